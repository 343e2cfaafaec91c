"""Figures, round 17: exchange rates quoted as a level, a company's debts to a country, a change a figure's words
state (sentences of our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _rows(text: str, title: str = "CURRENCIES CALM", dateline: str = "LIMA, June 3") -> dict[str, tuple]:
    df = story(text, title, dateline)
    return {t: (d, sorted(c)) for t, d, c in zip(df["text"], df["direction"], df["countries"], strict=True)}


def test_a_currency_name_before_range_is_the_rate_unit():
    df = story("Last month the dollar traded in a 1.5000-1.6000 mark range.\n", "CURRENCIES CALM", "LIMA, June 3")
    assert df["text"].tolist() == ["1.5000-1.6000 mark"]  # "mark" alone is no unit word (a noun too)
    assert df["unit"].tolist() == ["DEM per USD"] and len(df["countries"][0]) == 2


def test_the_unit_points_back_to_a_currency_named_before():
    found = _rows("The central bank sold dollars to keep the unit below 130 yen, traders reported.\n")
    assert found["130 yen"][1] == ["Japan", "United States"]


def test_a_rate_listed_after_a_moved_rate_moves_the_same_way():
    found = _rows("On Tuesday the dollar slipped below 1.70 marks and 130 yen.\n")
    assert found["130 yen"] == ("decrease", ["Japan", "United States"])


def test_a_plain_change_of_one_currency_against_another():
    found = _rows("Farm exports were hurt by a 40 pct rise of the yen against the dollar.\n")
    assert found["40 pct"] == ("increase", ["Japan", "United States"])


def test_axe_is_a_cut():
    found = _rows("The carmaker plans to axe 700 jobs at its plant.\n", "ACME TO CLOSE PLANT")
    assert found["700"][0] == "decrease"


def test_a_change_by_a_seasonally_adjusted_range():
    found = _rows("Italian output fell in real terms by a seasonally adjusted 1/2 to one pct in the quarter.\n")
    assert found["1/2 to one pct"][0] == "decrease"


def test_where_it_was_said_is_no_party():
    text = "Luigi Rossi, governor of the Italian central bank, said in Tokyo that output rose by 2 pct last year.\n"
    assert _rows(text)["2 pct"][1] == ["Italy"]


def test_a_company_story_loans_to_a_country_take_the_company_home():
    text = (
        "Acme Bancorp said it would lose 5 mln dlrs a year.\n"
        "    Acme said it has about 200 mln dlrs in loans to Peru.\n"
        "    It said its nonperforming Peruvian debt was about 3 mln dlrs.\n"
    )
    found = _rows(text, "ACME BANCORP <ACB> SEES LOSS ON PERU", "DENVER, June 3")
    assert found["5 mln dlrs"][1] == ["United States"]
    assert found["200 mln dlrs"][1] == ["Peru", "United States"]
    assert found["3 mln dlrs"][1] == ["Peru", "United States"]


def test_it_is_the_rate_given_before_in_its_sentence():
    found = _rows(
        "The ministry expects 1988 growth to be under three pct but some bankers think it will be nearer four pct.\n"
    )
    assert found["four pct"][0] == "increase"


def test_a_fraction_of_the_earlier_amount_is_a_fall():
    text = "Last year the group had a three billion dlr trade deficit, about half the deficit of the previous year.\n"
    assert _rows(text)["three billion dlr"][0] == "decrease"


def test_a_two_way_money_market_quote_is_one_figure_at_its_bid():
    df = story("Call money was quoted at 8-3/8 8-1/4 pct in late trade.\n", "MONEY MARKETS", "PARIS, June 3")
    assert df["text"].tolist() == ["8-3/8 8-1/4 pct"] and df["value"].tolist() == [8.375]


def test_a_rate_level_after_its_move_in_points_at():
    found = _rows("The three-month rate gained 1/16 point at 8-3/8 pct.\n")
    assert found["8-3/8 pct"][0] == "increase"


def test_two_mixed_numbers_are_one_quote_without_pct_after_them():
    text = "Week and month money were unchanged at 8-3/8 8-1/4 and 8-5/8 8-1/2 pct.\n"
    df = story(text, "MONEY MARKETS", "PARIS, June 3")
    assert df["text"].tolist() == ["8-3/8 8-1/4", "8-5/8 8-1/2 pct"]
