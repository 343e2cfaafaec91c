"""Figures, round 18 (a read of nongold rows): U.S. lenders and exchanges give their figures the United States;
a fraction of a point before "or ... point lower" is a change; a clinical rate is no economic figure (invented
sentences)."""

from __future__ import annotations

import pandas as pd
from test_figure_partners import row

from analysis.figures.extract import extract_figures


def figs(text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.NaT]})
    return extract_figures(arts)


def test_a_us_mortgage_lender_gives_its_debt_issue_the_united_states():
    got = row(figs("Fannie Mae said it would sell 450 mln dlrs of two-year notes next week."), "450 mln dlrs")
    assert list(got["countries"]) == ["United States"]


def test_a_us_futures_exchange_gives_its_prices_the_united_states():
    got = row(figs("NYMEX heating oil futures rose 40 points at the opening on light buying."), "40 points")
    assert list(got["countries"]) == ["United States"]


def test_a_clinical_rate_is_no_figure():
    text = (
        "The trial gave the vaccine to 90 volunteers and found a 40 pct survival rate in older groups, a 22 pct rate "
        "in younger ones. Its maker's shares rose 5 pct."
    )
    assert figs(text)["text"].tolist() == ["90", "5 pct"]


def test_a_rate_listed_after_an_economic_rate_stays():
    got = figs("The jobless rate was 7 pct in April and a 6 pct rate was forecast for May.")
    assert got["text"].tolist() == ["7 pct", "6 pct"]


def test_a_number_before_or_takes_the_direction_after_its_alternative():
    df = figs("Bond prices ended 3/4 or 7/8 point lower in thin trade.")
    assert (row(df, "3/4")["unit"], row(df, "3/4")["direction"]) == ("points", "decrease")
    assert row(df, "7/8 point")["direction"] == "decrease"


def test_a_singular_point_that_measures_nothing_is_no_figure():
    text = (
        "At one point the ruling party had a nine point lead, on a 12-point scale of support. "
        "The central bank made a one-point cut in its discount rate."
    )
    assert figs(text)["text"].tolist() == ["one-point"]
