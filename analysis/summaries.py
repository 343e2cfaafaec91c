"""Tables computed from the extractors' rows, for the notebooks' charts."""

from __future__ import annotations

import pandas as pd

from .figures.rules import rules


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
    trade = figures["metric"].fillna("").map(lambda m: bool(m) and m.split()[-1].lower() in r.trade_metrics)
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
    out["label"] = out["pair"] + " (" + out["metric"].fillna("change") + ")"
    repeated = out["label"].duplicated(keep=False)
    out.loc[repeated, "label"] += " · " + out.loc[repeated, "article_id"].astype(str)
    return out.reset_index(drop=True)[cols]


def figures_by_country(figures: pd.DataFrame) -> pd.DataFrame:
    """Per country: how many figures and articles name it, and which units and metrics they use."""
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
                "units": g["unit"].agg(lambda s: ", ".join(sorted(set(s.dropna())))),
                "metrics": g["metric"].agg(lambda s: ", ".join(sorted(set(s.dropna()))[:5])),
            }
        )
        .rename_axis("country")
        .reset_index()
    )
    return out.sort_values(["figures", "country"], ascending=[False, True]).reset_index(drop=True)[cols]
