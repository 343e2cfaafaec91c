"""Findings of notebook 03: how each country is portrayed, who speaks how of whom, and the evidence."""

from __future__ import annotations

import pandas as pd

from ..sentiment_findings import sentiment_findings
from ..sentiment_tables import (
    portrayal_by_country,
    portrayal_evidence,
    portrayal_timeline,
    stance_evidence,
    stance_pairs,
)
from .base import Findings, Section, count

EVIDENCE_PER_COUNTRY = 5
NO_MENTIONS = "No country is mentioned in these articles: nothing to show."
NO_STANCE = "No country voices a stance toward another in these articles: nothing to chart."


def _portrayal_section(sentiment: pd.DataFrame) -> Section:
    """Mean sentiment per country with intervals, most often named countries."""
    table = portrayal_by_country(sentiment)
    if table.empty:
        return Section("portrayal", NO_MENTIONS)
    header = f"Mean sentiment toward {count(len(table), 'country')} over the sentences naming them, with 95% intervals"
    note = (
        "Mean of the model's score per sentence (a sentence naming a country twice counts once); lines: 95% interval."
    )
    return Section("portrayal", header, table, note)


def _stance_sections(stance: pd.DataFrame) -> list[Section]:
    """The holder x target heatmap, the network, and every statement as evidence."""
    pairs = stance_pairs(stance)
    if pairs.empty:
        return [Section(k, NO_STANCE) for k in ("stance", "network")] + [
            Section("stance_evidence", "No stance statement to list.")
        ]
    n = count(int(pairs["n_statements"].sum()), "statement")
    return [
        Section(
            "stance",
            f"Who speaks how of whom: {n} between {count(len(pairs), 'pair')} of countries",
            pairs,
            "Mean stance score per speaking and spoken-of country; n× = statements.",
        ),
        Section(
            "network",
            "The same as a network: an arrow from the speaking country to the country it speaks of",
            pairs,
            "Arrow width: number of statements; colour: mean stance score (red hostile, blue friendly).",
        ),
        Section(
            "stance_evidence",
            f"The {n} behind the stance scores, with what was said and the rule that found each",
            stance_evidence(stance),
        ),
    ]


def _timeline_section(sentiment: pd.DataFrame, articles: pd.DataFrame) -> Section:
    """Portrayal per publication day, when there are two days or more."""
    timeline = portrayal_timeline(sentiment, articles)
    if timeline.empty:
        return Section("timeline", "The articles carry fewer than two publication dates: no timeline.")
    first, last = timeline["date"].min(), timeline["date"].max()
    header = f"Portrayal by publication day, {first:%d %B %Y} to {last:%d %B %Y}"
    return Section("timeline", header, timeline, "Mean of the model's score per mention, by publication day.")


def country_findings(articles: pd.DataFrame, sentiment: pd.DataFrame, stance: pd.DataFrame) -> Findings:
    """Key sentences and one section per chart or table of notebook 03."""
    f = Findings(
        "03_country_sentiment",
        "How is each country portrayed, and who speaks against whom?",
        sentences=sentiment_findings(sentiment, stance),
        stats={"country mentions": len(sentiment), "stance statements": 0 if stance is None else len(stance)},
    )
    f.add(_portrayal_section(sentiment))
    evidence = portrayal_evidence(sentiment, articles, per_country=EVIDENCE_PER_COUNTRY)
    header = f"The sentences behind each country's score, strongest first (up to {EVIDENCE_PER_COUNTRY} per country)"
    f.add(Section("evidence", header if len(evidence) else NO_MENTIONS, evidence))
    for section in _stance_sections(stance):
        f.add(section)
    f.add(_timeline_section(sentiment, articles))
    return f
