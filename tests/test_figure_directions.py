"""Directions of figures in constructions of wire copy (issue 26, round 4): sentences written for the tests."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def figs(text: str) -> pd.DataFrame:
    """The figures of one article."""
    arts = pd.DataFrame({"article_id": ["a"], "title": [None], "text": [text], "published": [pd.NaT]})
    return extract_figures(arts)


def row(df: pd.DataFrame, surface: str) -> dict:
    """The single row whose surface is ``surface``."""
    rows = df[df["text"] == surface].to_dict("records")
    assert len(rows) == 1, f"{surface!r} in {df['text'].tolist()}"
    return rows[0]


def test_a_verb_an_adverb_and_a_comma_before_the_level_reached():
    df = figs("Business investment will also slow down, to a likely 2.5 pct next year and 2.1 pct in 1989.")
    assert row(df, "2.5 pct")["direction"] == "decrease"
    assert row(df, "2.1 pct")["direction"] == "decrease"  # listed after it
    assert row(figs("Steel output rose again, to 41 mln tonnes."), "41 mln tonnes")["direction"] == "increase"
