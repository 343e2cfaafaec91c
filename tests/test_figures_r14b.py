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


def test_only_before_another_hedge_keeps_the_move_to_the_level():
    df = story("Economists said the surplus would fall to only around 90 billion marks from 105 billion.")
    assert row(df, "90 billion marks")["direction"] == "decrease"
    df = story("Output edged up to nearly four pct from 3.5 pct.")
    assert row(df, "four pct")["direction"] == "increase"


def test_a_percent_after_a_count_moved_to_restates_it():
    df = story("Unemployment fell by 21,600 to 3.02 mln or 10.9 pct of the workforce in April.")
    assert row(df, "10.9 pct")["direction"] == "decrease"
    df = story("Unemployment fell by 21,600 to 3.02 mln or 10.9 pct, the office said.")
    assert row(df, "10.9 pct")["direction"] == "decrease"


def test_a_marked_company_is_at_home_where_its_legal_form_points():
    df = story("<Vaxholm Bygg AB> said it raised its stake in the builder to 40 pct.", dateline="LONDON, June 2")
    assert row(df, "40 pct")["countries"] == ["Sweden"]
    df = story("<Fjordline Shipping A/S> said it sold two ferries for 90 mln crowns.", dateline="OSLO, June 2")
    assert row(df, "90 mln crowns")["countries"] == ["Norway"]
    df = story("<Fjordline Shipping A/S> said it sold two ferries for 90 mln crowns.", dateline="LONDON, June 2")
    assert row(df, "90 mln crowns")["countries"] == ["Denmark"]


def test_a_part_of_an_earlier_level_is_a_fall_but_a_share_of_a_total_is_not():
    df = story("Exploration spending in 1987 will be only about a third of the level in 1986, the company said.")
    assert row(df, "a third")["direction"] == "decrease"
    df = story("Exports to the U.S. were 30 pct of the total in 1986.")
    assert row(df, "30 pct")["direction"] is None


def test_the_objects_own_level_between_a_verb_and_to_keeps_the_move():
    df = story("The accord allows Acme to reduce its current 42.5 pct stake in the venture to 19.9 pct by 1989.")
    assert row(df, "19.9 pct")["direction"] == "decrease"
    assert row(df, "42.5 pct")["direction"] is None


def test_a_list_of_countries_each_with_its_figure_keeps_the_other_party():
    df = story(
        "Canada last year had trade deficits with three Asian partners -- Japan 4.1 billion dlrs, "
        "Taiwan 2.4 billion and China 1.1 billion.",
        dateline="OTTAWA, June 2",
    )
    assert set(row(df, "2.4 billion")["countries"]) == {"Canada", "Taiwan"}
    assert set(row(df, "1.1 billion")["countries"]) == {"Canada", "China"}


def test_the_reverse_flow_after_a_bilateral_flow_is_between_the_same_pair():
    df = story("Greek exports to Canada rose 12 pct last year, while imports fell 7 pct.", dateline="ATHENS, June 2")
    assert set(row(df, "7 pct")["countries"]) == {"Greece", "Canada"}
