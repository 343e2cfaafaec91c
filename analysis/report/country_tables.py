"""Tables behind the sentiment notebook: portrayal per country with intervals, stance pairs, evidence, timeline."""

from __future__ import annotations

import numpy as np
import pandas as pd

BOOTSTRAP_DRAWS = 2000
CONFIDENCE = 0.95
PORTRAYAL_TABLE = ["country", "score", "ci_low", "ci_high", "n_sentences", "n_mentions", "n_articles"]
STANCE_TABLE = ["holder", "target", "score", "n_statements", "n_articles"]


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
    """One row per holder -> target: mean stance score, number of statements and of articles."""
    if stance is None or len(stance) == 0:
        return pd.DataFrame(columns=STANCE_TABLE)
    grouped = stance.groupby(["holder", "target"])
    table = grouped.agg(
        score=("score", "mean"), n_statements=("score", "size"), n_articles=("article_id", "nunique")
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
    """The mentions behind each country's score, strongest first: country, score, label, article, sentence."""
    cols = ["country", "score", "label", "article_id", "start", "sentence"]
    if sentiment is None or len(sentiment) == 0:
        return pd.DataFrame(columns=cols)
    texts = dict(zip(articles["article_id"], articles["text"]))
    table = sentiment.assign(
        sentence=[
            _marked(texts.get(a) or "", ev, s, e)
            for a, ev, s, e in zip(sentiment["article_id"], sentiment["evidence"], sentiment["start"], sentiment["end"])
        ],
        strength=sentiment["score"].abs(),
    ).sort_values(["country", "strength"], ascending=[True, False])
    if per_country:
        table = table.groupby("country", sort=False).head(per_country)
    return table[cols].reset_index(drop=True)


def stance_evidence(stance: pd.DataFrame) -> pd.DataFrame:
    """Every stance statement as a reader checks it: holder, target, score, label, what was said, rule."""
    cols = ["holder", "target", "score", "label", "article_id", "evidence", "rule"]
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
