"""Figures, round 14 (fourth helper): company stories' homes (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import row
from test_figures_r14 import story


def test_a_capitals_results_table_of_an_unplaced_marked_company_is_the_capitals():
    df = story(
        "Dividend 12 francs vs 10\n    Net profit 85.2 mln francs vs 70.1 mln", "<VALMONT ELEC> YEAR", "PARIS, March 31"
    )
    assert row(df, "85.2 mln francs")["countries"] == ["France"]


def test_an_upper_case_legal_form_and_a_hong_kong_suffix_place_the_company():
    df = story(
        "Six months to December 31\n    Group net 12.4 mln ringgit vs 24.3 mln",
        "<KAMPAR ESTATES BHD>",
        "LONDON, March 7",
    )
    assert row(df, "12.4 mln ringgit")["countries"] == ["Malaysia"]
    df = story(
        "Wing Lee Holdings Ltd <WLEH.HKG> said its net profit rose to 80 mln dlrs.", "WING LEE NET UP", "LONDON, May 3"
    )
    assert row(df, "80 mln dlrs")["countries"] == ["Hong Kong"]


def test_a_central_bank_opening_the_lede_gives_its_country_to_the_market_figures():
    text = (
        "The Bank of England said it had provided 120 mln stg of help. Earlier it estimated a shortage of 400 mln stg."
    )
    df = story(text, "BANK OF ENGLAND PROVIDES HELP", "LONDON, June 2")
    assert row(df, "400 mln stg")["countries"] == ["United Kingdom"]
    df = story("Dealers said the shortage was put at 400 mln stg.", "MONEY MARKET SHORTAGE", "LONDON, June 2")
    assert row(df, "400 mln stg")["countries"] == []


def test_punts_are_irish_pounds():
    df = story("Brewing profits were put at 80 mln punts last year.", "GUINNESS BREWING", "DUBLIN, March 3")
    assert row(df, "80 mln punts")["unit"] == "IEP"
