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
