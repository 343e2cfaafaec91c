"""A value no reader would believe is a parse error, not a finding (issue 26): it goes to the problems table with
its sentence, never into the figure rows. Sentences written for the tests."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures
from analysis.run.stages import analyse


def arts(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.NaT], "title": [None]})


def test_a_percent_is_not_carried_onto_the_level_a_change_started_from():
    df = extract_figures(arts("Diesel demand averaged 3.10 mln bpd, up 1.6 pct from 3.05 mln a year ago."))
    # not the percent of the change before it; the unit of the level the sentence gave first (unit-from-sentence)
    assert df.loc[df["text"] == "3.05 mln", "unit"].tolist() == ["barrels per day"]
    assert df.attrs["errors"] == []


def test_an_implausible_value_goes_to_the_problems_table_with_its_sentence():
    text = "Imports fell 12.3 billion pct in May. Exports rose 4.5 pct."
    df = extract_figures(arts(text))
    assert df["text"].tolist() == ["4.5 pct"]
    (e,) = df.attrs["errors"]
    assert e["kind"] == "implausible" and "Imports fell 12.3 billion pct in May." in e["error"]
    problems = analyse(arts(text), tables=["figures"])["problems"]
    assert problems["kind"].tolist() == ["implausible"] and problems["stage"].tolist() == ["figures"]
    assert "12.3 billion pct" in problems["detail"].iloc[0]


def test_plausible_large_percents_stay():
    df = extract_figures(arts("The union is seeking a pay rise of 275 pct. The bonds were priced at 101-3/4 pct."))
    assert set(df["text"]) == {"275 pct", "101-3/4 pct"} and df.attrs["errors"] == []


def test_hyperinflation_is_believable():
    df = extract_figures(arts("He inherited inflation of 23,000 pct a year."))
    assert df["text"].tolist() == ["23,000 pct"] and df.attrs["errors"] == []
