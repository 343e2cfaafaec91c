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


def test_an_offshore_holding_form_keeps_the_dateline_abroad():
    rows = _rows("NEW YORK, March 3 - Pinewood Holdings N.V. said it sold its hotel unit to a local buyer.")
    assert rows[0]["speaker_country"] == "United States"


def test_a_bare_legal_form_word_is_no_company_home():
    rows = _rows(
        "WASHINGTON, March 3 - The American Seed Association (ASA) met on Monday.\n"
        '    "We need a loan program," ASA\'s Roe said.'
    )
    assert rows[0]["speaker_country"] == "United States"


def test_the_parent_named_in_full_keeps_its_officer_at_home_abroad():
    text = (
        "ROTTERDAM, March 3 - Mobil Corp chairman Ann Roe said the group would invest more in Europe.\n"
        "    Mobil Oil BV, the Dutch unit of Mobil, runs two plants."
    )
    row = _rows(text)[0]
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:organisation-table")


def test_the_two_sides_of_one_country_take_it():
    text = (
        "NEW YORK, March 3 - The union said the offer was unfair. Acme Corp said it would not raise the offer.\n"
        "    The two sides said they would meet again on Friday."
    )
    row = _rows(text)[-1]
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:sides-before")
    text = (
        "WASHINGTON, March 3 - U.S. officials said the offer was unfair. Japanese officials said they would not "
        "raise the offer.\n    Both sides said they would meet again on Friday."
    )
    assert _rows(text)[-1]["speaker_country"] is None


def test_the_two_sides_in_a_story_naming_another_country_take_none():
    text = (
        "WASHINGTON, March 3 - U.S. officials said the wheat offer stood. Farm officials said they backed it.\n"
        "    The two sides said they discussed Soviet grain purchases."
    )
    assert _rows(text)[-1]["speaker_country"] is None


def test_he_after_an_unnamed_person_subject_of_the_sentence_before():
    text = (
        "NEW YORK, March 3 - Acme Ratings Inc said it cut the ratings of Widget Corp on Monday.\n\n"
        "A spokesman for Widget criticized the move.\n\n"
        '"The cut is not justified," he said.'
    )
    row = _rows(text)[-1]
    assert row["speaker"] == "spokesman for Widget"


def test_a_person_the_company_headline_names_speaks_from_its_home():
    rows = quotes_in_text(
        "DALLAS, March 3 - Ann B. Roe said Acme Widget Inc is a stronger company now than a year ago.",
        DAY,
        "United States",
        "ROE SAYS ACME <ACW> HAS GROWN STRONGER",
    )
    assert rows[0]["speaker_country"] == "United States" and "country:headline-company-voice" in rows[0]["rule"]


def test_a_firm_written_with_joined_initials_inside_a_line_stays_in_the_phrase():
    rows = _rows(
        "CHICAGO, March 3 - The chief forecaster for G.H. Widgett said the crop would suffer from the drought."
    )
    assert rows[0]["speaker"] == "chief forecaster for G.H. Widgett"


def test_the_post_speaks_when_the_name_after_it_is_its_body():
    row = _rows("NEW YORK, March 3 - The president of the chip maker, Acme Widget Corp, said sales would rise.")[0]
    assert row["speaker"] == "president of the chip maker, Acme Widget Corp" and row["speaker_role"] == "president"
    row = _rows("NEW YORK, March 3 - The president of Acme Widget Corp, John Roe, said sales would rise.")[0]
    assert row["speaker"] == "John Roe" and row["speaker_role"] == "president of Acme Widget Corp"
