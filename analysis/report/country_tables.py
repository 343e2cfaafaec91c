"""Tables behind the sentiment notebook: portrayal per country with intervals, stance pairs, evidence, timeline."""

from __future__ import annotations

import numpy as np
import pandas as pd

BOOTSTRAP_DRAWS = 2000
CONFIDENCE = 0.95
PORTRAYAL_TABLE = ["country", "score", "ci_low", "ci_high", "n_sentences", "n_mentions", "n_articles"]
STANCE_TABLE = ["holder", "target", "score", "n_statements", "n_articles", "n_hostile", "n_cooperative"]
FEW_MENTIONS = 5  # a timeline point (a day's mean) over fewer mentions is drawn hollow, and its note says so
TOP_COUNTRIES = 15  # countries drawn in the heatmap and the network; the rest are counted in the note
# start, end: where the evidence sentence is in the article's text, so a reader finds it (text[start:end])
EVENT_TABLE = ["date", "actor", "target", "event", "mode", "source", "evidence", "article_id", "start", "end", "rule"]
# The column order of GDELT's and POLECAT's event exports (date, actor, target, event code, quad class ...), so a
# corpus's events can be set beside theirs; codes are ISO 3166 alpha-3 and PLOVER event types.
GDELT_COLUMNS = [
    "date", "actor", "actor_code", "target", "target_code", "event_code", "quad_class", "mode", "polarity",
    "article_id", "evidence",
]  # fmt: skip


def bootstrap_ci(values: np.ndarray, draws: int = BOOTSTRAP_DRAWS, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (seeded, so a rerun draws the same chart)."""
    values = np.asarray(values, dtype=float)
    if len(values) < 2:  # one mention gives no spread to resample: the interval is the value itself
        return (float(values.mean()), float(values.mean())) if len(values) else (np.nan, np.nan)
    rng = np.random.default_rng(seed)
    means = values[rng.integers(0, len(values), size=(draws, len(values)))].mean(axis=1)
    tail = (1 - CONFIDENCE) / 2 * 100
    return float(np.percentile(means, tail)), float(np.percentile(means, 100 - tail))


def portrayal_by_country(sentiment: pd.DataFrame, top: int | None = 15) -> pd.DataFrame:
    """Mean sentiment per country over the sentences naming it, with a 95% bootstrap interval; most named first.

    A sentence counts once (the mean of its mentions), as in country_portrayal: three mentions in one sentence
    are one judgement, and the interval is drawn over sentences, not over mentions that share a sentence.
    """
    if sentiment is None or len(sentiment) == 0:
        return pd.DataFrame(columns=PORTRAYAL_TABLE)
    per_sentence = sentiment.groupby(["country", "article_id", "evidence"])["score"].agg(["mean", "size"]).reset_index()
    rows = []
    for country, group in per_sentence.groupby("country"):
        low, high = bootstrap_ci(group["mean"].to_numpy())
        n_articles = group["article_id"].nunique()
        rows.append((country, group["mean"].mean(), low, high, len(group), group["size"].sum(), n_articles))
    table = pd.DataFrame(rows, columns=PORTRAYAL_TABLE)
    table = table.sort_values(["n_sentences", "country"], ascending=[False, True])
    table = table.head(top) if top else table
    return table.sort_values("score").reset_index(drop=True)


def stance_pairs(stance: pd.DataFrame) -> pd.DataFrame:
    """One row per holder -> target: mean stance score, number of statements and of articles, and how many of
    the statements are hostile (negative) and cooperative (positive)."""
    if stance is None or len(stance) == 0:
        return pd.DataFrame(columns=STANCE_TABLE)
    stance = stance.assign(hostile=stance["score"] < 0, cooperative=stance["score"] > 0)
    grouped = stance.groupby(["holder", "target"])
    table = grouped.agg(
        score=("score", "mean"),
        n_statements=("score", "size"),
        n_articles=("article_id", "nunique"),
        n_hostile=("hostile", "sum"),
        n_cooperative=("cooperative", "sum"),
    ).reset_index()
    return table.sort_values(["n_statements", "score"], ascending=[False, True]).reset_index(drop=True)[STANCE_TABLE]


def _marked(text: str, evidence: str, start: int, end: int) -> str:
    """The evidence sentence with the scored mention in [[brackets]], so a reader sees which name was read."""
    at = text.find(evidence, max(0, start - len(evidence)), end + len(evidence))
    if at < 0 or not at <= start < end <= at + len(evidence):
        return evidence
    s, e = start - at, end - at
    return f"{evidence[:s]}[[{evidence[s:e]}]]{evidence[e:]}"


def portrayal_evidence(sentiment: pd.DataFrame, articles: pd.DataFrame, per_country: int | None = 5) -> pd.DataFrame:
    """The mentions behind each country's score: country, score, label, article, the mention's offsets, sentence;
    the most mentioned countries first (those the portrayal chart draws come before the rest), each country's
    strongest first."""
    cols = ["country", "score", "label", "article_id", "start", "end", "sentence"]
    if sentiment is None or len(sentiment) == 0:
        return pd.DataFrame(columns=cols)
    texts = dict(zip(articles["article_id"], articles["text"]))
    table = sentiment.assign(
        sentence=[
            _marked(texts.get(a) or "", ev, s, e)
            for a, ev, s, e in zip(sentiment["article_id"], sentiment["evidence"], sentiment["start"], sentiment["end"])
        ],
        strength=sentiment["score"].abs(),
        mentions=sentiment.groupby("country")["country"].transform("size"),
    ).sort_values(["mentions", "country", "strength"], ascending=[False, True, False], kind="stable")
    if per_country:
        table = table.groupby("country", sort=False).head(per_country)
    return table[cols].reset_index(drop=True)


def stance_evidence(stance: pd.DataFrame) -> pd.DataFrame:
    """Every stance statement as a reader checks it: holder, target, score, label, article, where what was said
    is in its text (quote_start, quote_end), what was said, rule."""
    cols = ["holder", "target", "score", "label", "article_id", "quote_start", "quote_end", "evidence", "rule"]
    if stance is None or len(stance) == 0:
        return pd.DataFrame(columns=cols)
    return stance.sort_values(["holder", "target", "score"])[cols].reset_index(drop=True)


def portrayal_timeline(sentiment: pd.DataFrame, articles: pd.DataFrame, top: int = 6) -> pd.DataFrame:
    """Mean score per publication day and country (the ``top`` most mentioned); empty unless two or more dates."""
    cols = ["date", "country", "score", "n_mentions"]
    if sentiment is None or len(sentiment) == 0 or "published" not in articles:
        return pd.DataFrame(columns=cols)
    dates = pd.to_datetime(articles.set_index("article_id")["published"], errors="coerce").dt.normalize()
    dated = sentiment.assign(date=sentiment["article_id"].map(dates)).dropna(subset=["date"])
    if dated["date"].nunique() < 2:  # one day is a point, not a timeline
        return pd.DataFrame(columns=cols)
    keep = dated["country"].value_counts().head(top).index
    dated = dated[dated["country"].isin(keep)]
    table = dated.groupby(["date", "country"]).agg(score=("score", "mean"), n_mentions=("score", "size"))
    return table.reset_index()[cols]


def top_pairs(pairs: pd.DataFrame, top: int = TOP_COUNTRIES) -> pd.DataFrame:
    """The pairs between the ``top`` countries with the most statements (as holder or target); ``attrs``
    says how many countries and statements were left out, for the chart's note."""
    if pairs is None or len(pairs) == 0:
        return pd.DataFrame(columns=STANCE_TABLE)
    weight = (
        pairs.groupby("holder")["n_statements"].sum().add(pairs.groupby("target")["n_statements"].sum(), fill_value=0)
    )
    keep = set(weight.sort_values(ascending=False, kind="stable").head(top).index)
    out = pairs[pairs["holder"].isin(keep) & pairs["target"].isin(keep)].reset_index(drop=True)
    out.attrs["countries_left_out"] = len(weight) - len(keep)
    out.attrs["statements_left_out"] = int(pairs["n_statements"].sum() - out["n_statements"].sum())
    return out


def event_table(events: pd.DataFrame, kinds: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """Every event with its evidence, oldest first (the order of ``gdelt_events``), undated ones last, in text order
    within an article; ``kinds`` keeps only those event types (e.g. ["SANCTION"])."""
    if events is None or len(events) == 0:
        return pd.DataFrame(columns=EVENT_TABLE)
    if kinds:
        events = events[events["event"].isin([k.upper() for k in kinds])]
    return events.sort_values(["date", "article_id", "start"], kind="stable")[EVENT_TABLE].reset_index(drop=True)


def _codes() -> dict[str, str]:
    """Country name (today's and former ones) -> ISO 3166 alpha-3."""
    from ..text.countries import gazetteer

    g = gazetteer()
    codes = {name: iso3 for iso3, name in g.names.items()}
    for iso3, dated in g.dated_names.items():
        codes.update({name: iso3 for name, _, _ in dated})
    return codes


def gdelt_events(events: pd.DataFrame) -> pd.DataFrame:
    """The events in the column order of GDELT / POLECAT exports: date, actor, actor_code, target, target_code,
    event_code (PLOVER type), quad_class, mode, polarity, article_id, evidence."""
    if events is None or len(events) == 0:
        return pd.DataFrame(columns=GDELT_COLUMNS)
    codes = _codes()
    out = events.assign(
        actor_code=events["actor"].map(codes),
        target_code=events["target"].map(codes),
        event_code=events["event"],
    )
    return out.sort_values(["date", "article_id", "start"], kind="stable")[GDELT_COLUMNS].reset_index(drop=True)
