"""Tables that count what the extractors found, for charts and reports: quotes per speaker or country,
mentions per country and article."""

from __future__ import annotations

import re

import pandas as pd

from .quotes.lexicon import lexicon


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
    if len(key) == 0:
        return pd.DataFrame(columns=cols).astype({"quoted": "int64", "reported": "int64", "total": "int64"})
    table = pd.crosstab(key, group).reindex(columns=["quoted", "reported"], fill_value=0)
    table["total"] = table["quoted"] + table["reported"]
    table = table.sort_values(["total", "quoted"], ascending=False)
    table = table.head(top) if top is not None else table
    return table.rename_axis(by).reset_index()[cols]
