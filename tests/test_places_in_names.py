"""Places inside other names (issue r17-places): a town with its U.S. state, a place opening a U.S. firm's name, a
phrase that names a thing after a country, a unit named with its country. Every sentence here is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_figures
from analysis.text.countries import find_mentions
from analysis.text.organisations import find_organisations, ticker_home

DAY = "1987-03-03"


def found(text: str, day: str = DAY) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in find_mentions(text, day)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # rule town-with-state: a name set off by a comma before a state's abbreviation is a town there
        ("Acme closed its Vienna, Va., branch.", [("Vienna", "United States")]),
        ("The Whitehall, Pa., office was sold.", [("Whitehall", "United States")]),
        ("a mill in Cairo, Ga. closed", [("Cairo", "United States")]),
        # a list of cities or a country after the comma keeps the capital's country
        ("offices in Paris, Vienna and Rome", [("Paris", "France"), ("Vienna", "Austria"), ("Rome", "Italy")]),
        ("Vienna, Austria, said", [("Vienna", "Austria"), ("Austria", "Austria")]),
    ],
)
def test_town_with_its_state(text, expected):
    assert found(text) == expected


def test_town_with_its_state_is_of_kind_place():
    assert [m.kind for m in find_mentions("its Dublin, Calif., plant", DAY)] == ["place"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # rule place-opening-firm-name (firm_name_places.csv)
        ("Gibraltar Savings said deposits rose.", []),
        ("a stake in Jersey Central Power and Light Co", []),
        ("Holland Systems Corp said", []),
        # a legal form right after the place, or the place alone, still names it
        ("Gibraltar Ltd said", [("Gibraltar", "Gibraltar")]),
        ("exports to Holland rose", [("Holland", "Netherlands")]),
        # a country whose name opens its own firms' names is not listed
        ("Japan Widget Co said", [("Japan", "Japan")]),
    ],
)
def test_place_opening_a_firm_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shares will be sold in a Dutch auction next week.",
        "A tanker sank in the Indian Ocean.",
        "Rigs in the Gulf of Mexico were idle.",
    ],
)
def test_phrases_that_name_no_country(text):
    assert found(text) == []


def test_unit_named_with_of_and_its_country():
    """Rule unit-of-country: "Acme Motor Co of Canada" after a parent of organisations.csv is its Canadian unit."""
    orgs = find_organisations("Ford Motor Co of Canada Ltd said sales fell", DAY)
    assert [(o.name, o.country) for o in orgs] == [("Ford Motor", "Canada")]
    assert find_organisations("Ford Motor Co of Dearborn said", DAY)[0].country == "United States"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("MAPLE WIDGETS CANADA <MWC> RAISES PRICES", "Canada"),
        ("Acme Motor Co of Canada Ltd <AMC> said", "Canada"),
        ("Maple Trust Bank of Canada <MTB> said", "Canada"),
        # a name that opens with the country, or a country outside the name, leaves the listing's home
        ("Canada Southern Widgets Ltd <CSW> said", "United States"),
        ("ACME BUILDS PLANT IN CANADA <ACM>", "United States"),
        ("Acme Widgets Inc <ACM> said", "United States"),
    ],
)
def test_ticker_of_a_unit_named_with_its_country(text, expected):
    assert ticker_home(text, DAY) == expected


def test_figure_of_a_unit_named_with_its_country():
    """A bare ticker is a U.S. listing, but "MAPLE WIDGETS CANADA <MWC>" is the Canadian unit's story: its earnings
    are Canada's alone."""
    arts = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": [
                "Maple Widgets Canada said earnings from its Canadian operations fell 7.5 mln dlrs to 10.4 mln dlrs."
            ],
            "published": [pd.Timestamp(DAY)],
            "title": ["MAPLE WIDGETS CANADA <MWC> PROFIT DOWN"],
            "dateline": ["NEW YORK, March 3"],
        }
    )
    rows = extract_figures(arts)
    assert rows[rows["text"] == "7.5 mln dlrs"]["countries"].tolist() == [["Canada"]]  # no U.S. story company


def test_quoted_officer_of_a_unit_named_with_its_country():
    """A company officer in a story filed from NEW YORK on "Maple Widgets Canada Ltd" speaks for Canada."""
    from analysis.quotes import quotes_in_text

    text = "Maple Widgets Canada Ltd raised its prices by two pct today, chairman John Doe said."
    rows = quotes_in_text(text, DAY, "United States", "MAPLE WIDGETS CANADA RAISES PRICES", "NEW YORK")
    assert [r["speaker_country"] for r in rows if r["speaker"] == "John Doe"] == ["Canada"]


def test_unit_name_reads_a_longer_place_name_whole():
    """ "Public Service Co of New Mexico <PNM>" ends in a U.S. state, not in Mexico: a bare ticker's U.S. listing."""
    assert ticker_home("Acme Power Co of New Mexico <APM> said", DAY) == "United States"
