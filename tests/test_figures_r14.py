"""Figures, round 14: pence written against the number, and levels a move reached behind a hedge (sentences of our own)."""

from __future__ import annotations

import pandas as pd
from test_figure_partners import row

from analysis import extract_figures


def story(text: str, title: str = "ACME RESULTS", dateline: str = "LONDON, June 2") -> pd.DataFrame:
    """The figures of one story with its headline and dateline."""
    arts = pd.DataFrame(
        {"article_id": ["a"], "title": [title], "text": [text], "published": [pd.NaT], "dateline": [dateline]}
    )
    return extract_figures(arts)


def test_pence_written_against_the_number_are_sterling():
    df = story("Acme Holdings Plc shares firmed to 231p from 222p at last night's close.")
    assert row(df, "231p")["unit"] == "GBP" and abs(row(df, "231p")["value"] - 2.31) < 1e-9
    assert row(df, "222p")["unit"] == "GBP"


def test_a_word_starting_with_a_is_no_price_per_unit():
    df = story("Acme shares rose 49p to 237p ahead of the announcement.")
    assert row(df, "237p")["unit"] == "GBP"


def test_a_hedge_in_quotation_marks_after_to_keeps_the_move():
    df = story('The chancellor aimed to further cut the standard rate to "no more than 25 pct."')
    assert row(df, "25 pct")["direction"] == "decrease"


def test_lifted_to_a_level_is_a_rise_but_lifted_sanctions_on_an_amount_is_not():
    df = story("Annual output of steel will be lifted to more than 1.7 mln tonnes in the plan, the agency said.")
    assert row(df, "1.7 mln tonnes")["direction"] == "increase"
    df = story("The United States lifted sanctions on 300 mln dlrs of Japanese goods.")
    assert row(df, "300 mln dlrs")["direction"] is None


def test_more_than_treble_from_one_level_to_another():
    df = story("The project will more than treble hydro-electric power from 300 megawatts to nearly 1,000 megawatts.")
    assert row(df, "1,000 megawatts")["direction"] == "increase"


def test_a_move_to_levels_around_a_rate():
    df = story("The dollar fell further against the mark to levels around 1.60.")
    assert row(df, "1.60")["direction"] == "decrease"


def test_a_level_held_or_moved_to_between_two_numbers():
    df = story("It forecast the ringgit will remain stable at between 2.60 and 2.70 Malaysian dlrs to the U.S. Dollar.")
    assert row(df, "2.60 and 2.70 Malaysian dlrs")["direction"] == "unchanged"
    df = story("Drought reduced the crop to between 11.2 mln and 12 mln bags.")
    assert row(df, "11.2 mln")["direction"] == "decrease"


def test_advancing_money_is_a_loan_not_a_rise():
    df = story("The banks agreed to advance the group 110 mln crowns to solve its liquidity problems.")
    assert row(df, "110 mln crowns")["direction"] is None


def test_an_upper_case_headline_names_a_country_whose_name_opens_with_a_short_word():
    df = story(
        "Civil strife will slow the economy, the finance minister said here.\n    He expected output to grow four pct.",
        "SRI LANKAN MINISTER SEES SLOWER GROWTH",
        "OSAKA, Japan, April 29",
    )
    assert row(df, "four pct")["countries"] == ["Sri Lanka"]


def test_new_zealand_dollars_written_n_z_and_bare_numbers_revised_or_listed_for_another_period():
    df = story(
        "Exports rose to 998.4 mln N.Z. Dlrs, from 889.2 mln (revised from 889.5) in January and 903.2 in"
        " February 1986.",
        "N.Z. TRADE SURPLUS RISES",
        "WELLINGTON, March 25",
    )
    assert row(df, "998.4 mln N.Z. Dlrs")["unit"] == "NZD"
    assert row(df, "998.4 mln N.Z. Dlrs")["countries"] == ["New Zealand"]
    assert row(df, "889.5")["value"] == 889.5e6 and row(df, "889.5")["rule"].startswith("found:unit-from-changed-from")
    assert row(df, "903.2")["value"] == 903.2e6 and row(df, "903.2")["rule"].startswith("found:unit-from-period-list")


def test_a_day_of_a_month_written_in_lower_case_is_a_date_not_a_figure():
    df = story("Permian Corp said that effective march 5 it raised its posted prices for crude oil 50 cts a barrel.")
    assert df["text"].tolist() == ["50 cts a barrel"]
    df = story("The talks will resume on 12 march, and the bank will sell 500 mln dlrs of bills.")
    assert df["text"].tolist() == ["500 mln dlrs"]


def test_a_scaled_number_compared_with_a_later_figure_takes_its_unit():
    df = story("Revenues rose to 2.02 billion from 1.85 billion dlrs.")
    assert row(df, "2.02 billion")["unit"] == "USD"
    df = story("Residual fuel stocks fell 380,000 barrels to 38.04 mln from 38.42 mln barrels.")
    assert row(df, "38.04 mln")["unit"] == "barrels"
    df = story("Output was 1.5 mln last year and the company sold 300 mln dlrs of bonds.")
    assert row(df, "1.5 mln")["unit"] == "count"


def test_a_subject_with_its_apposition_before_said_is_the_source():
    df = story("Acme Holding AG, a West German-based chemicals group, said its net profit rose to 150 mln dlrs.")
    assert row(df, "150 mln dlrs")["source"] == "Acme Holding AG, a West German-based chemicals group"
    assert row(df, "150 mln dlrs")["countries"] in (["West Germany"], ["Germany"])  # undated: today's name


def test_the_day_of_a_move_between_its_change_and_the_level():
    df = story(
        "Coffee for May delivery settled 2.29 cents lower Thursday at 104.68 cents a lb.", dateline="NEW YORK, May 2"
    )
    assert row(df, "104.68 cents a lb")["direction"] == "decrease"
    df = story("Acme's stock slipped 3/8 today to close at 34-3/4 dlrs.", dateline="NEW YORK, May 2")
    assert row(df, "34-3/4 dlrs")["direction"] == "decrease"


def test_the_first_of_two_lengths_of_time_is_no_figure():
    df = story("The debt certificates will carry maturities of five or six years, worth 500 mln dlrs.")
    assert df["text"].tolist() == ["500 mln dlrs"]
    df = story("The bank drained funds with three- and seven-day repurchase agreements at 12-1/2 pct.")
    assert df["text"].tolist() == ["12-1/2 pct"]


def test_a_ticker_named_before_the_figure_gives_its_listing_when_nothing_else_does():
    text = "These offerings were filed.\n    Pennzoil Co <PZ> - Offering of 100 mln dlrs of debentures due 2017.\n"
    df = story(text, "REGISTRATIONS", "WASHINGTON, May 2")
    assert row(df, "100 mln dlrs")["countries"] == ["United States"]
    assert row(df, "100 mln dlrs")["rule"].endswith("partners:clause-ticker")


def test_the_company_refers_back_to_the_company_the_lede_opens_with():
    text = (
        "In a statement today, Britain's Imperial Chemical Industries Plc said it would expand.\n"
        "    The company said its pretax profit rose to 50 mln stg.\n"
    )
    df = story(text, "RESULTS", "LONDON, May 2")
    assert row(df, "50 mln stg")["countries"] == ["United Kingdom"]
    assert row(df, "50 mln stg")["rule"].startswith("found:number-with-unit; partners:company-anaphor")
    text = (
        "Shares rose after Nestle SA said it would expand in Britain.\n"
        "    The company said its pretax profit rose to 50 mln francs.\n"
    )
    df = story(text, "RESULTS", "LONDON, May 2")
    assert row(df, "50 mln francs")["countries"] == ["Switzerland"]


def test_a_singular_hour_or_minute_after_a_number_is_a_compound_modifier():
    df = story("Talks ended after a 90 minute session, and the 40 hour week stays. Sales rose 12 pct to 90 mln stg.")
    assert set(df["text"]) == {"12 pct", "90 mln stg"}
