"""Figures, round 14 (second helper): levels reached toward or "to close at", and averaged changes (sentences of our
own)."""

from __future__ import annotations

from test_figure_partners import row
from test_figures_r14 import story


def test_a_level_a_verb_advances_toward_is_a_rise():
    df = story("Analysts expect the December contract to advance toward the 0.7200 area next week.")
    assert row(df, "0.7200")["direction"] == "increase"


def test_a_move_by_an_unnumbered_amount_to_close_at_a_level():
    df = story("The currency rose by one cent today to close at 31.08 to the dollar.")
    assert row(df, "31.08")["direction"] == "increase"


def test_a_change_noun_that_averages_gives_its_way_but_a_level_does_not():
    df = story("Price increases for all its other models now average 198 dlrs or 1.6 pct.")
    assert row(df, "198 dlrs")["direction"] == "increase"
    df = story("The ministry said crude oil will average 15.50 dlrs a barrel this year.")
    assert row(df, "15.50 dlrs a barrel")["direction"] is None
