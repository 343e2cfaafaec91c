"""Figures, round 10: what the read of 50 figure rows outside the gold found wrong."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def column(text: str, name: str) -> dict[str, str | None]:
    """Figure text -> one column of its row, for one story."""
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.Timestamp("1987-03-02")]})
    df = extract_figures(arts)
    return dict(zip(df.text, df[name]))


def units(text: str) -> dict[str, str | None]:
    """Figure text -> unit."""
    return column(text, "unit")


def test_bare_dollars_of_a_canadian_or_australian_figure_are_that_country_s():
    found = units("Canada's retail sales fell to 11.98 billion dlrs from 11.99 billion dlrs, Statistics Canada said.")
    assert found["11.98 billion dlrs"] == "CAD"
    found = units("Australia's current account deficit narrowed to 750 mln dlrs in February.")
    assert found["750 mln dlrs"] == "AUD"


def test_qualified_or_other_countries_dollars_keep_their_code():
    assert units("Canada sold 500 mln U.S. dlrs of bonds.")["500 mln U.S. dlrs"] == "USD"
    assert units("Taiwan's exports rose to 11.25 billion dlrs.")["11.25 billion dlrs"] == "USD"
    assert units("Japan's surplus with Canada was 300 mln dlrs.")["300 mln dlrs"] == "USD"


def test_a_level_a_count_dived_to_is_a_decrease():
    assert column("The rig count dived to a low of 663 in July.", "direction")["663"] == "decrease"


def test_dollars_in_a_rate_stay_us_dollars_whatever_dollar_country_came_before():
    text = (
        "SYDNEY, March 3 - Australia's exports rose. In London, Lawson wanted sterling at around 2.90 marks and 1.60 "
        "dlrs to the pound."
    )
    assert units(text)["1.60 dlrs"] == "USD per GBP"


def test_a_level_listed_after_a_level_in_local_dollars_keeps_its_direction():
    text = (
        "OTTAWA, June 18 - Canada's refundable tax credits will be increased to 70 dlrs from 50 dlrs for adults and "
        "to 35 dlrs from 25 dlrs for children, the finance department said."
    )
    assert column(text, "direction")["35 dlrs"] == "increase"
    assert units(text)["35 dlrs"] == "CAD"
