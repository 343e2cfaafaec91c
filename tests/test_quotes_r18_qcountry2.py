"""Round 18 speaker-country rules for bodies and firms named once in full (issue 25). Every sentence is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text
from analysis.text.countries import find_mentions
from analysis.text.datelines import place_country

DAY = "1987-04-09"


def _country_of(text: str, speaker: str, dateline: str, place: str) -> str | None:
    rows = quotes_in_text(text, DAY, dateline, "", place)
    return next(r["speaker_country"] for r in rows if r["speaker"] == speaker)


def test_a_body_named_later_by_its_first_word_keeps_its_country():
    text = (
        "Wage costs will climb next year, the Kestrel economic institute said.\n\n"
        "Exports will slow in the autumn, Kestrel said."
    )
    assert _country_of(text, "Kestrel", "West Germany", "BONN, April 9") == "West Germany"


def test_a_person_named_with_a_bare_post_of_a_firm_speaks_for_its_home():
    text = (
        "Lower taxes were urged by Anton Wegmeister, management board chairman of Alpenkraft Handel AG.\n\n"
        "Wegmeister said state borrowing could rise for a year."
    )
    assert _country_of(text, "Wegmeister", "West Germany", "BONN, April 9") == "West Germany"


def test_words_before_of_that_are_no_post_name_no_firm():
    text = (
        "The plan was drafted by Anton Wegmeister, sharply critical of Alpenkraft Handel AG.\n\n"
        "Wegmeister said state borrowing could rise for a year."
    )
    assert _country_of(text, "Wegmeister", "France", "PARIS, April 9") is None


def test_volkswagen_by_its_initials_is_west_german():
    text = "VW said its new small car would reach dealers in the spring."
    assert _country_of(text, "VW", "United Kingdom", "LONDON, April 9") == "West Germany"


def test_a_german_firm_name_joined_by_fuer_is_one_company():
    text = (
        "A rate cut was urged by Klaus Brandtner, management board member of Bank fuer Baukredit AG.\n\n"
        "Brandtner said mortgage demand had picked up in May."
    )
    assert _country_of(text, "Brandtner", "United Kingdom", "LONDON, April 9") == "West Germany"


def test_east_berlin_is_east_germany_until_unification():
    assert place_country("EAST BERLIN", "1987-03-17") == "East Germany"
    found = [(m.surface, m.country) for m in find_mentions("Trade talks opened in East Berlin.", "1987-03-17")]
    assert found == [("East Berlin", "East Germany")]
