"""Tables that count what the extractors found, for charts and reports: quotes per speaker or country,
mentions per country and article, trade changes and figures per country."""

from __future__ import annotations

import re

import pandas as pd

from ..figures.rules import rules
from ..quotes.lexicon import lexicon
from ..text.words import MONTHS, WEEKDAYS

# the terms of trade are a ratio of export to import prices, not trade (its metric ends with "trade" all the same)
_TERMS_OF_TRADE = re.compile(r"(?i)\bterms\s+of\s+trade$")
PROPER_WORDS = frozenset(MONTHS + WEEKDAYS)  # capitalised inside a sentence too


def in_sentence(metric: str) -> str:
    """A metric as it reads inside a sentence: "Exports" (it opened its sentence) is "exports"; an acronym or a month
    keeps its capital ("GDP", "February exports")."""
    first = metric.split()[0] if metric.strip() else ""
    if not (first[:1].isupper() and first[1:].islower()) or first in PROPER_WORDS:
        return metric
    return metric.replace(first, first.lower(), 1)


def mention_counts(mentions: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Mentions per country and article (the ``top`` countries overall): country, article_id, mentions."""
    known = mentions[mentions["country"].notna()]
    counts = known.groupby(["country", "article_id"]).size().rename("mentions").reset_index()
    order = counts.groupby("country")["mentions"].sum().sort_values(ascending=False).head(top).index
    counts = counts[counts["country"].isin(order)]
    counts["country"] = pd.Categorical(counts["country"], categories=list(order), ordered=True)
    return counts.sort_values(["country", "article_id"]).reset_index(drop=True)


def quote_counts(
    quotes: pd.DataFrame, by: str = "speaker", top: int | None = 15, named_only: bool = False
) -> pd.DataFrame:
    """Quotes per ``by`` value (speaker or speaker_country), quoted vs reported, most quoted first.

    Columns: ``by``, quoted (direct and partial), reported (indirect), total; missing values are
    counted as "(no speaker in the text)" / "(not stated)" so an unattributed quote is visible, not
    dropped; speakers only described ("the spokesman", "analysts") share one "(described, not named)" row.
    ``named_only`` leaves out the rows of missing and described speakers (or of unstated countries).
    """
    cols = [by, "quoted", "reported", "total"]
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame(columns=cols).astype({"quoted": "int64", "reported": "int64", "total": "int64"})
    missing = "(no speaker in the text)" if by == "speaker" else "(not stated)"
    key = quotes[by].astype("object").where(quotes[by].notna(), missing)
    if by == "speaker":
        # "the spokesman" of one story is not "the spokesman" of the next: described speakers are pooled
        # in one bar instead of being added up as if they were one person
        lex = lexicon()
        described = key.map(
            lambda s: (
                s != missing and all(not w[0].isupper() or lex.kind(w) is not None for w in re.findall(r"[\w’'.-]+", s))
            )
        )
        key = key.where(~described, "(described, not named)")
    if named_only:
        keep = (key != missing) & (key != "(described, not named)")
        quotes, key = quotes[keep], key[keep]
    group = quotes["kind"].map(lambda k: "reported" if k == "indirect" else "quoted")
    if len(key) == 0:
        return pd.DataFrame(columns=cols).astype({"quoted": "int64", "reported": "int64", "total": "int64"})
    table = pd.crosstab(key, group).reindex(columns=["quoted", "reported"], fill_value=0)
    table["total"] = table["quoted"] + table["reported"]
    table = table.sort_values(["total", "quoted"], ascending=False)
    table = table.head(top) if top is not None else table
    return table.rename_axis(by).reset_index()[cols]


def trade_changes(figures: pd.DataFrame) -> pd.DataFrame:
    """Percent changes of trade (the nouns marked trade in figure_metrics.csv) between named countries.

    One row per change: pair ("China–North Korea"), metric, change (signed: a decrease is negative),
    text, period, source, article_id, and label ("China–North Korea (trade)", with the article id
    where two rows would read the same) for charts.
    """
    r = rules()
    cols = ["pair", "metric", "change", "text", "period", "source", "article_id", "label"]
    if figures.empty:
        return pd.DataFrame(columns=cols)
    trade = (
        figures["metric"]
        .fillna("")
        .map(lambda m: bool(m) and m.split()[-1].lower() in r.trade_metrics and not _TERMS_OF_TRADE.search(m))
    )
    keep = figures[
        (figures["quantity"] == "change")
        & (figures["unit"] == "percent")
        & trade
        & figures["countries"].map(len).ge(1)
        & figures["value"].notna()
    ]
    sign = keep["direction"].map({"decrease": -1.0}).fillna(1.0)
    out = pd.DataFrame(
        {
            "pair": keep["countries"].map(lambda cs: "–".join(sorted(cs))),
            "metric": keep["metric"],
            "change": keep["value"] * sign,
            "text": keep["text"],
            "period": keep["period"],
            "source": keep["source"],
            "article_id": keep["article_id"],
        }
    )
    out["label"] = _change_labels(out)
    return out.reset_index(drop=True)[cols]


def _change_labels(changes: pd.DataFrame) -> pd.Series:
    """A label per change that no other change shares: "Japan (exports)", then its period where two read the
    same ("Japan (exports, January)"), then its article, then a number (largest change first), so each bar is told
    apart; what tells a reader most comes first, as a long label is cut at its end."""
    metric = changes["metric"].fillna("change").map(in_sentence)  # "Japan (exports)" twice, not "(Exports)" once
    period = changes["period"].fillna("").astype(str)
    label = changes["pair"] + " (" + metric + ")"
    new = pd.Series([p.lower() not in m.lower() for p, m in zip(period, metric)], index=changes.index)
    dated = label.duplicated(keep=False) & (period != "") & new
    label[dated] = (changes["pair"] + " (" + metric + ", " + period + ")")[dated]
    repeated = label.duplicated(keep=False)
    label[repeated] += " · " + changes["article_id"].astype(str)[repeated]
    still = label.duplicated(keep=False)
    largest_first = changes["change"].abs().sort_values(ascending=False, kind="stable").index
    ranks = label[still].reindex([i for i in largest_first if still[i]])
    label[ranks.index] += " #" + (ranks.groupby(ranks).cumcount() + 1).astype(str)
    return label


METRICS_SHOWN = 5  # a country's most frequent metrics (the figures table has every one)


def _most_used(values: pd.Series, top: int | None = None) -> list[str]:
    """The distinct values, most frequent first (ties alphabetically): what a country's figures mostly measure."""
    counts = values.dropna().value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [v for v, _ in ranked[:top]]


def figures_by_country(figures: pd.DataFrame) -> pd.DataFrame:
    """Per country: how many figures and articles name it, the units they use and their most frequent metrics,
    each most used first."""
    cols = ["country", "figures", "articles", "units", "metrics"]
    if figures.empty:
        return pd.DataFrame(columns=cols)
    ex = figures.explode("countries").dropna(subset=["countries"])
    if ex.empty:
        return pd.DataFrame(columns=cols)
    g = ex.groupby("countries")
    out = (
        pd.DataFrame(
            {
                "figures": g.size(),
                "articles": g["article_id"].nunique(),
                "units": g["unit"].agg(lambda s: ", ".join(_most_used(s))),
                # "sales" and "Sales" (opening its sentence) are one metric, not two of the five shown
                "metrics": g["metric"].agg(lambda s: ", ".join(_most_used(s.dropna().map(in_sentence), METRICS_SHOWN))),
            }
        )
        .rename_axis("country")
        .reset_index()
    )
    return out.sort_values(["figures", "country"], ascending=[False, True]).reset_index(drop=True)[cols]
