"""Places inside other names (issue r17-places): a town with its U.S. state, a place opening a U.S. firm's name, a
phrase that names a thing after a country, a unit named with its country. Every sentence here is invented."""

from __future__ import annotations

import pytest

from analysis.text.countries import find_mentions

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
