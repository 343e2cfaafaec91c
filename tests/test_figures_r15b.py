"""Figures, round 15 (second helper): patterns read in the partner and direction misses (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import row
from test_figures_r13c import story


def test_a_bare_quote_after_a_currency_is_its_rate_against_the_dollar():
    text = (
        "Futures traders said December francs could ease toward 0.6125 before buyers return.\n"
        "    The analyst said the dollar may climb against the mark to around 1.74 by the summer.\n"
    )
    df = story(text, "CURRENCY FUTURES SEEN STEADY", "CHICAGO, June 3")
    assert sorted(row(df, "0.6125")["countries"]) == ["France", "United States"]
    assert sorted(row(df, "1.74")["countries"]) in (["Germany", "United States"], ["United States", "West Germany"])


def test_a_bare_quote_beside_a_rate_in_marks_is_in_marks():
    text = "Sterling firmed to 2.8810/40 marks after opening at 2.8760/90 and closing yesterday at 2.8725/55.\n"
    df = story(text, "STERLING FIRMER IN LONDON", "LONDON, June 3")
    assert "United States" not in row(df, "2.8725/55")["countries"]


def test_rates_against_a_basket_are_no_dollar_quotes():
    text = "The fund said currency values against the SDR were:\n    French Franc       7.51234   (5.82126)\n"
    df = story(text, "SDR VALUES", "WASHINGTON, June 3")
    assert "United States" not in row(df, "7.51234")["countries"]


def test_a_bonds_listing_place_is_no_partner():
    text = (
        "Acme Finance NV is issuing a 60 mln Canadian dlr bond due 1992.\n"
        "    The bond is available in denominations of 5,000 Canadian dlrs and will be listed in Luxembourg.\n"
    )
    df = story(text, "ACME FINANCE ISSUES CANADIAN DLR BOND", "LONDON, June 3")
    assert "Luxembourg" not in row(df, "5,000 Canadian dlrs")["countries"]


def test_the_capitalised_word_after_us_is_read_as_written_lower():
    text = "The plan lowers the minimum capital for companies building plants in the U.S. To 15 mln Taiwan dlrs from 25 mln.\n"
    df = story(text, "RULES EASED", "TAIPEI, June 3")
    assert row(df, "15 mln Taiwan dlrs")["direction"] == "decrease"
