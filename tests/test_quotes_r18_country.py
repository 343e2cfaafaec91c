"""Speaker countries, round 18 (issue 25): a company's legal form, a parent's officer abroad, groupings of states,
"the two sides". Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-03"


def _rows(text: str) -> list[dict]:
    rows = quotes_in_text(text, DAY, "United States")
    assert rows, text
    return rows


def test_a_british_legal_form_wins_over_a_foreign_dateline():
    rows = _rows("NEW YORK, March 3 - <Hopwell Stores PLC> said its offer for Acme Corp would lapse on Friday.")
    assert rows[0]["speaker_country"] == "United Kingdom" and rows[0]["rule"].endswith("country:company-legal-form")


def test_the_unit_after_an_owner_possessive_speaks():
    rows = _rows(
        "NEW YORK, March 3 - A spokesman for Hopwell Stores PLC's Acme Widget Inc subsidiary said the plant would "
        "close next month."
    )
    assert rows[0]["speaker_country"] == "United States"


def test_a_group_of_developing_countries_speaks_for_no_country():
    rows = _rows("WASHINGTON, March 3 - The Group of 15 developing countries said lenders must ease their terms.")
    assert rows[0]["speaker_country"] is None
