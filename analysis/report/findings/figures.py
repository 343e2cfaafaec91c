"""Findings of notebook 04: which figures the articles report, between which countries, from which sources."""

from __future__ import annotations

import pandas as pd

from ..counts import figures_by_country, in_sentence, trade_changes
from .base import TABLE_ROWS, Findings, Section, count, country, names, of, percent, top_and_rest

FIGURE_COLUMNS = [
    "article_id", "text", "value", "unit", "quantity", "metric", "direction", "countries", "period",
    "compared_with", "source", "source_country", "rule",
]  # fmt: skip
# ... and what its CSV adds, so a figure can be found in its article: offsets, sentence, resolved period
FIGURE_TRACE = ["period_start", "period_end", "forecast", "start", "end", "sentence"]
CHANGE_NOTE = (
    "Each bar is one percent change as an article reports it (a fall to the left); the CSV beside the chart gives "
    "each change's sentence, period and source."
)


def _pair_name(countries) -> str:
    """ "China and North Korea", "Japan" (the names as they read in a sentence)."""
    return names([country(c) for c in sorted(countries)])


def _largest_change(changes: pd.DataFrame) -> str:
    top = changes.loc[changes["change"].abs().idxmax()]
    way = "rose" if top["change"] > 0 else "fell"
    between = top["pair"].split("–")
    who = f"between {_pair_name(between)}" if len(between) > 1 else f"of {country(between[0])}"
    source = f", according to {top['source']}" if isinstance(top["source"], str) and top["source"] else ""
    metric = top["metric"] if isinstance(top["metric"], str) and top["metric"] else "trade"
    period = top["period"] if isinstance(top["period"], str) and top["period"] else ""
    when = (
        f" ({period})" if period and period.lower() not in metric.lower() else ""
    )  # not "February exports (February)"
    metric = in_sentence(metric)  # "Trade" opening its sentence
    return f"The largest change reported: {metric} {who} {way} {abs(top['change']):,.1f}%{when}{source}."


def _coverage_sentence(figures: pd.DataFrame, n_articles: int) -> str:
    with_countries = int(figures["countries"].map(len).gt(0).sum())
    sourced = int(figures["source"].notna().sum())
    return (
        f"{count(len(figures), 'figure')} in {of(figures['article_id'].nunique(), n_articles, 'article')}: "
        f"{percent(with_countries, len(figures))} name the countries they are about, "
        f"{percent(sourced, len(figures))} name a source."
    )


def _countries_sentence(per_country: pd.DataFrame) -> str:
    top = per_country.iloc[0]
    lead = f"{country(top['country'], start=True)} is named by most figures: {count(int(top['figures']), 'figure')}"
    return f"{lead} in {count(int(top['articles']), 'article')}."


def figure_findings(articles: pd.DataFrame, figures: pd.DataFrame) -> Findings:
    """The findings of notebook 04: key sentences and its sections (figures, changes, countries)."""
    f = Findings("04_trade_figures", "Trade figures")
    n = len(articles)
    if figures is None or figures.empty:
        f.sentences.append(f"No figure was found in {count(n, 'article')}.")
        f.add(Section("figures", "No figures in these articles."))
        f.add(Section("changes", "No percent change of trade between named countries: no chart."))
        f.add(Section("countries", "No figure names a country."))
        f.stats["figures"] = 0
        return f
    f.stats["figures"] = len(figures)
    f.sentences.append(_coverage_sentence(figures, n))
    shown = [c for c in FIGURE_COLUMNS if c in figures.columns]
    table = figures[shown + [c for c in FIGURE_TRACE if c in figures.columns]]
    header = "Every figure with its unit, partners, direction, period, source and rule"
    f.add(Section("figures", header, table, columns=shown))
    changes = trade_changes(figures)
    if changes.empty:
        f.add(Section("changes", "No percent change of trade between named countries: no chart."))
    else:
        f.sentences.append(_largest_change(changes))
        largest_first = changes.reindex(changes["change"].abs().sort_values(ascending=False).index)
        head, rest, _ = top_and_rest(largest_first, "change", TABLE_ROWS)
        header = f"{count(len(changes), 'reported change')} of trade, by country or pair"
        note = CHANGE_NOTE + (f" The {rest} smallest changes are not drawn." if rest else "")
        f.add(Section("changes", header, head, note))
    per_country = figures_by_country(figures)
    if per_country.empty:
        f.add(Section("countries", "No figure names a country."))
    else:
        f.sentences.append(_countries_sentence(per_country))
        # every country: the table shows the first rows and its CSV holds them all
        f.add(Section("countries", f"Figures per country ({count(len(per_country), 'country')})", per_country))
    return f
