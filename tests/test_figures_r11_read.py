"""Figures, round 11: units from the read of 50 figure rows outside the gold (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import figs_dated, row


def test_a_price_per_share_of_a_local_dollar_figure_is_in_that_dollar():
    df = figs_dated(
        "Acme Sugar Ltd said it received a 2.20 dlrs a share cash offer from Bolt Ltd.", "SYDNEY, March 2 -"
    )
    assert row(df, "2.20 dlrs a share")["unit"] == "AUD/share"


def test_a_world_commodity_price_stays_in_us_dollars():
    df = figs_dated("Acme Mines Ltd said it sold its gold at 410 dlrs an ounce.", "TORONTO, March 2 -")
    assert row(df, "410 dlrs an ounce")["unit"] == "USD/ounce"


def test_a_pound_weighed_after_each_is_no_currency_of_a_rate():
    df = figs_dated(
        "Acme Mines Ltd said it would receive 1.025 dlrs for each pound of uranium oxide and a minimum advance of "
        "25,000 dlrs a quarter.",
        "TORONTO, March 2 -",
    )
    assert row(df, "25,000 dlrs")["unit"] == "CAD"
    assert row(df, "25,000 dlrs")["countries"] == ["Canada"]


def test_a_listed_local_price_keeps_the_move_of_the_one_before():
    df = figs_dated(
        "Acme Mines Ltd said it raised its copper prices by 20 dlrs to 2,220 dlrs per tonne for cathodes and to "
        "2,387.50 dlrs per tonne for rods.",
        "BRISBANE, March 2 -",
    )
    assert row(df, "2,387.50 dlrs per tonne")["unit"] == "AUD/tonne"
    assert row(df, "2,387.50 dlrs per tonne")["direction"] == row(df, "2,220 dlrs per tonne")["direction"]
