"""Round 18 figure fixes (issue 26, second pass): a figure modifying a country's noun is that country's alone, a move
against a bare "the dollar" has the United States as its other side, "barely changed at", "by a maximum", "The last
cut, of"."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def _row(text: str, figure: str) -> pd.Series:
    arts = pd.DataFrame(
        [{"article_id": "a", "title": "", "text": text, "published": pd.Timestamp("1987-03-01"), "dateline": ""}]
    )
    rows = extract_figures(arts)
    return rows[rows["text"] == figure].iloc[0]


def test_figure_before_a_country_and_its_noun_is_that_countrys():
    text = "Brazil won 40 pct of the 90 mln dlr Mexican steel market last year, the ministry said."
    assert list(_row(text, "90 mln dlr")["countries"]) == ["Mexico"]
    text = "Analysts blamed the 12 pct Canadian mortgage rates and the start of Swedish strikes."
    assert list(_row(text, "12 pct")["countries"]) == ["Canada"]


def test_figure_before_a_currency_or_a_credit_keeps_its_parties():
    text = "The Chilean state mining firm signed for a 40 mln dlr French suppliers' credit, the bank said."
    assert set(_row(text, "40 mln dlr")["countries"]) == {"Chile", "France"}


def test_percent_move_against_a_bare_dollar_has_the_us_as_other_side():
    text = "The Nigerian naira has lost more than 60 pct of its value against the dollar since last June."
    assert set(_row(text, "60 pct")["countries"]) == {"Nigeria", "United States"}


def test_barely_changed_at_is_unchanged():
    text = "Norwegian bank deposits were barely changed at 41.2 billion crowns in May, the central bank said."
    assert _row(text, "41.2 billion crowns")["direction"] == "unchanged"


def test_by_a_maximum_is_a_change_by():
    text = "The board will ask shareholders to raise share capital by a maximum 40 mln francs."
    assert _row(text, "40 mln francs")["direction"] == "increase"


def test_change_noun_comma_of_is_its_change():
    text = "The central bank held rates. The previous cut, of 0.75 pct, came in May."
    assert _row(text, "0.75 pct")["direction"] == "decrease"


def test_tariff_cut_in_a_framed_story_is_the_cutting_countrys():
    text = (
        "Chile to cut tariffs on Argentine demand.\n"
        "Chile will cut tariffs on 200 items, Argentina's trade negotiator said. "
        "The tariff cuts of between 10 and 20 pct will take effect in June."
    )
    arts = pd.DataFrame(
        [
            {
                "article_id": "a",
                "title": "CHILE TO CUT TARIFFS ON ARGENTINE DEMAND",
                "text": text,
                "published": pd.Timestamp("1987-03-01"),
                "dateline": "SANTIAGO, March 1",
            }
        ]
    )
    rows = extract_figures(arts)
    assert list(rows[rows["text"] == "10 and 20 pct"].iloc[0]["countries"]) == ["Chile"]


def test_country_before_a_currency_word_is_no_antecedent_party():
    text = (
        "Kenya's trade surplus widened to 2.1 billion U.S. Dlrs in 1986, the statistics office said. "
        "The March trade surplus was 310 mln dlrs compared with 280 mln in February."
    )
    assert list(_row(text, "310 mln dlrs")["countries"]) == ["Kenya"]
