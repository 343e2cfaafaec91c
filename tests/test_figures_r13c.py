"""Figures, round 13c: a story about one company gives its figures the company's home (sentences of our own)."""

from __future__ import annotations

import pandas as pd
from test_figure_partners import row

from analysis import extract_figures


def story(text: str, title: str, dateline: str) -> pd.DataFrame:
    """The figures of one story with its headline and dateline."""
    arts = pd.DataFrame(
        {"article_id": ["a"], "title": [title], "text": [text], "published": [pd.NaT], "dateline": [dateline]}
    )
    return extract_figures(arts)


TABLE = "Year to March 31\n    Shr 21.3p vs 19.5p\n    Pretax profit 44.10 mln stg vs 39.22 mln\n    Turnover 310.5 mln vs 290.1 mln\n"


def test_a_results_table_takes_the_ticker_below_it():
    text = TABLE + "    Note - The final dividend is 9.25p.\n    Acme Holdings Plc <ACME.L> will pay it on July 1.\n"
    df = story(text, "ACME HOLDINGS RAISES PROFITS", "LONDON, June 2")
    assert row(df, "44.10 mln stg")["countries"] == ["United Kingdom"]
    assert row(df, "290.1 mln")["countries"] == ["United Kingdom"]


def test_a_results_table_with_no_ticker_takes_the_capital_of_its_dateline():
    df = story(TABLE, "ACME HOLDINGS RAISES PROFITS", "WELLINGTON, June 2")
    assert row(df, "39.22 mln")["countries"] == ["New Zealand"]


def test_a_foreign_issuers_symbol_leaves_the_tickers_below_to_other_companies():
    text = (
        "Shr loss 10 cts vs profit seven cts\n    Net loss 918,000 vs profit 585,000\n    Revs 5,475,000 vs 4,430,000\n"
        "    YEAR\n    Shr profit 32 cts vs loss 24 cts\n    Revs 23.7 mln vs 15.0 mln\n"
        "    Note: net includes a 900,000 dlr gain.\n    Net also includes a writedown of its stake in Hollow Inc <HOL>.\n"
    )
    df = story(text, "ACME HOLDINGS LTD <ACMEF> 4TH QTR LOSS", "TORONTO, March 5")
    assert row(df, "918,000")["countries"] == ["Canada"]


def test_a_company_marked_opening_the_lede_takes_its_listed_home():
    text = "<Goldman Sachs and Co> said it faces no financial problems.\n    Its capital rose to 2.5 billion dlrs last year.\n"
    df = story(text, "GOLDMAN SACHS SAYS CAPITAL UP", "LONDON, Oct 20")
    assert row(df, "2.5 billion dlrs")["countries"] == ["United States"]


def test_international_in_a_marked_companys_name_is_no_world_figure():
    text = "<Acme International Inc> said it expects revenues to rise 37 pct to 3.5 mln dlrs in 1987.\n"
    df = story(text, "ACME INTERNATIONAL SEES HIGHER REVENUES", "MAITLAND, Fla., June 19")
    assert row(df, "3.5 mln dlrs")["countries"] == ["United States"]


def test_a_marked_parent_whose_unit_is_the_subject_gives_no_home():
    text = (
        "<Hoechst AG's> Acme Fibers Corp subsidiary said it plans to raise funds in U.S. capital markets.\n"
        "    Officials said the funds will pay down 600 mln dlrs of bank loans.\n"
    )
    df = story(text, "<HOECHST AG> UNIT TO RAISE FUNDS", "NEW YORK, March 16")
    assert row(df, "600 mln dlrs")["countries"] == ["United States"]


def test_the_world_in_a_company_story_is_no_companys():
    text = (
        "<Acme International Inc> said it expects revenues to rise 37 pct to 3.5 mln dlrs in 1987.\n"
        "    Asia will hold 50 pct of global productive capacity by 2000, the company said.\n"
    )
    df = story(text, "ACME INTERNATIONAL SEES HIGHER REVENUES", "MAITLAND, Fla., June 19")
    assert row(df, "50 pct")["countries"] == []
