"""Figures, round 12: metrics and units a user met in the report over 1,000 Reuters stories (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import figs_dated, row


def test_an_amount_that_takes_its_unit_from_a_local_currency_keeps_that_currency():
    df = figs_dated(
        "Denmark's reserves rose to 36.34 billion crowns in February from 28.00 billion in January.",
        "COPENHAGEN, March 2 -",
    )
    assert row(df, "36.34 billion crowns")["unit"] == "DKK"
    assert row(df, "28.00 billion")["unit"] == "DKK"


def test_a_month_after_in_is_no_metric():
    df = figs_dated("Denmark's reserves rose to 36.34 billion crowns in February.", "COPENHAGEN, March 2 -")
    assert row(df, "36.34 billion crowns")["metric"] == "reserves"


def test_a_country_s_initials_before_the_counted_noun_are_no_metric():
    df = figs_dated("Taiwan bought 25,000 tonnes of U.S. corn.", "TAIPEI, March 2 -")
    assert row(df, "25,000 tonnes")["metric"] == "corn"


def test_a_metric_word_naming_people_or_part_of_a_name_is_no_metric():
    df = figs_dated(
        "Trade sources put the crop at 26 mln bags. In its Production and Trade Report, the department said the "
        "harvested area of cane declined seven pct.",
        "SAO PAULO, March 2 -",
    )
    assert row(df, "26 mln bags")["metric"] is None
    assert row(df, "seven pct")["metric"] is None


def test_the_us_without_its_last_full_stop_is_still_the_united_states():
    df = figs_dated("Trade with the U.S in 1986 rose 23 pct for exports, Japan said.", "TOKYO, March 2 -")
    assert row(df, "23 pct")["countries"] == ["Japan", "United States"]


def test_a_dollar_named_by_its_country_is_that_country_s_dollar():
    df = figs_dated("Revenues were up by 419 mln Jamaica dlrs, to 4.3 billion.", "KINGSTON, March 2 -")
    assert row(df, "419 mln Jamaica dlrs")["unit"] == "JMD"
    assert row(df, "4.3 billion")["unit"] == "JMD"
    assert row(df, "4.3 billion")["direction"] == "increase"


def test_a_company_s_unit_named_with_its_country_is_that_country_s():
    df = figs_dated(
        "Lloyds Bank Canada, a unit of <Lloyds Bank International PLC>, said net profit rose to 3,053,000 dlrs.",
        "TORONTO, March 2 -",
    )
    assert row(df, "3,053,000 dlrs")["countries"] == ["Canada"]
    assert row(df, "3,053,000 dlrs")["unit"] == "CAD"
