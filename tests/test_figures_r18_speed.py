"""Figures, round 18 speed: the faster paths give what the slower ones gave (sentences of our own)."""

from __future__ import annotations

import pandas as pd
from test_figures_r13c import story

from analysis.figures.periods import _last_day, _month_start
from analysis.figures.rows import FIGURE_COLUMNS, figures_frame


def test_month_arithmetic_is_the_date_offsets():
    for year in (1987, 1988, 2024):
        for first in range(-13, 26):
            for span in (1, 2, 3, 6, 12):
                start = pd.Timestamp(year, 1, 1) + pd.DateOffset(months=first)
                end = start + pd.DateOffset(months=span) - pd.Timedelta(days=1)
                assert (_month_start(year, first), _last_day(year, first + span - 1)) == (start, end)


def test_the_table_has_the_same_types_with_and_without_rows():
    df = story("Exports of widgets rose 4 pct in 1986.\n\nImports were 30 mln dlrs.\n", "WIDGETS", "LIMA, June 3")
    empty = figures_frame([])
    assert list(empty.columns) == FIGURE_COLUMNS and empty.empty
    for c in ("value", "start", "end", "forecast", "period_start", "period_end", "unit", "countries", "source"):
        assert df[c].dtype == empty[c].dtype, c
    assert str(df["period_start"].dtype) == "datetime64[ns]" and df["period_start"].isna().sum() == 1


def test_a_pronoun_points_back_to_a_speaker_of_a_sentence_without_figures():
    df = story(
        "Acme Widget Corp said on Monday it would open a plant in the north.\n\nIt said the plant would cost 40 mln dlrs.\n",
        "WIDGETS",
        "LIMA, June 3",
    )
    row = df[df["text"] == "40 mln dlrs"].iloc[0]
    assert row["source"] == "Acme Widget Corp" and "source:antecedent" in row["rule"]
