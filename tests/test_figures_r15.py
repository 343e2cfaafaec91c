"""Figures, round 15: the eighth holdout's misses read as patterns of wire writing (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import row
from test_figures_r13c import story


def test_a_bare_ticker_under_a_foreign_listed_place_is_the_places_company():
    text = (
        "Shr profit 12 cts vs loss four cts\n    Net profit 3,100,000 vs loss 950,000\n    Revs 41.2 mln vs 30.6 mln\n"
    )
    df = story(text, "MAPLE RIDGE MINES LTD <MRM> 4TH QTR NET", "TORONTO, March 30")
    assert row(df, "3,100,000")["countries"] == ["Canada"]
    assert row(df, "41.2 mln")["countries"] == ["Canada"]


def test_a_bare_ticker_under_a_home_dateline_stays_a_us_listing():
    text = "Shr profit 12 cts vs loss four cts\n    Net profit 3,100,000 vs loss 950,000\n"
    df = story(text, "MAPLE RIDGE MINES INC <MRM> 4TH QTR NET", "DENVER, March 30")
    assert row(df, "3,100,000")["countries"] == ["United States"]


def test_a_ticker_named_late_in_the_headline_is_no_subject_abroad():
    text = "Acme Hotels Ltd said it will invest 20 mln dlrs in the hotel.\n"
    df = story(text, "ACME HOTELS IN TALKS TO BUY WIDGET WORLD <WWX> HOTEL", "TORONTO, March 2")
    assert row(df, "20 mln dlrs")["countries"] != ["Canada"]


def test_a_capitals_story_counted_in_its_currency_is_that_countrys():
    text = (
        "Acme Kreditbank AG expects a moderate rise in profits after the 95.2 mln schilling net profit made in 1986.\n"
        "    The bank's balance sheet total rose four pct to 88.1 billion schillings.\n"
    )
    df = story(text, "ACME KREDITBANK SEES PROFIT RISE", "VIENNA, March 18")
    assert row(df, "four pct")["countries"] == ["Austria"]
    assert row(df, "88.1 billion schillings")["countries"] == ["Austria"]


def test_a_capitals_eurobond_in_its_currency_is_no_sign_of_the_issuer():
    text = (
        "Acme Finance NV is issuing a 100 mln stg eurobond due 1992 paying 9-1/2 pct.\n"
        "    The fees total two pct and the issue will raise 98 mln stg.\n"
    )
    df = story(text, "ACME FINANCE ISSUES STERLING EUROBOND", "LONDON, March 13")
    assert row(df, "98 mln stg")["countries"] != ["United Kingdom"]


def test_a_devaluation_of_one_currency_against_another_is_both_countries():
    df = story(
        "Ruritania announced a 30 pct devaluation of the rupiah against the dollar.\n", "RUPIAH CUT", "JAKARTA, May 2"
    )
    assert sorted(row(df, "30 pct")["countries"]) == ["Indonesia", "United States"]


def test_a_shared_currency_word_in_a_rate_is_the_named_countrys():
    df = story(
        "Sudan also has an incentive rate of four pounds to the dollar for visitors.\n", "SUDAN RATES", "CAIRO, May 2"
    )
    assert sorted(row(df, "four pounds")["countries"]) == ["Sudan", "United States"]


def test_a_change_noun_after_a_measure_named_with_a_digit_gives_the_direction():
    df = story(
        "Economists expect a 700 mln dlr M-2 decline for the week.\n", "MONEY SUPPLY SEEN LOWER", "NEW YORK, May 2"
    )
    assert row(df, "700 mln dlr")["direction"] == "decrease"


def test_a_share_of_gnp_restating_a_moved_level_after_its_period_moves_with_it():
    text = (
        "The budget deficit is expected to narrow to 2.4 billion crowns in 1988 or 2.1 pct of GNP from 3.0 billion.\n"
    )
    df = story(text, "DEFICIT TO NARROW", "OSLO, May 2")
    assert row(df, "2.1 pct")["direction"] == "decrease"


def test_the_share_of_a_surplus_that_is_with_a_partner_has_both_countries():
    text = "Taiwan's trade surplus rose to 2.1 billion dlrs in May.\n    About 80 pct of the surplus was with Japan.\n"
    df = story(text, "SURPLUS RISES", "TAIPEI, June 2")
    assert sorted(row(df, "80 pct")["countries"]) == ["Japan", "Taiwan"]


def test_a_flow_of_another_good_after_a_bilateral_flow_has_its_pair():
    text = "Chilean exports of copper to Japan fell to 80,000 tonnes, while zinc sales fell to 9,000 tonnes, figures show.\n"
    df = story(text, "CHILE EXPORTS FALL", "SANTIAGO, May 2")
    assert sorted(row(df, "9,000 tonnes")["countries"]) == ["Chile", "Japan"]


def test_an_earlier_change_given_for_comparison_moved_the_same_way():
    text = "Ruritanian exports grew 3.1 pct this year, compared with a 4.4 pct pace last year, officials said.\n"
    df = story(text, "EXPORTS GROW", "LONDON, May 2")
    assert row(df, "4.4 pct")["direction"] == "increase"
