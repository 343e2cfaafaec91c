"""Round 14 speaker-country constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-20"


def _rows(text: str, dateline: str | None, title: str = "", place: str = "") -> list[dict]:
    rows = quotes_in_text(text, DAY, dateline, title, place)
    assert rows, text
    return rows


def test_an_official_abroad_speaks_for_the_headline_country():
    text = (
        "New inflows of capital have lifted the reserves to nine billion dlrs, director of public credit Juan\n"
        "Ortega told reporters.\n\nOrtega said the new loans would fund investment."
    )
    rows = _rows(text, "United States", "PERU'S RESERVES RISE TO NINE BILLION DLRS", "NEW YORK, March 20")
    assert {r["speaker_country"] for r in rows} == {"Peru"}


def test_an_official_in_a_capital_speaks_for_the_dateline():
    text = "The yen will stay firm, Finance Minister Taro Sato told reporters."
    rows = _rows(text, "Japan", "U.S. URGED TO CUT DEFICIT", "TOKYO, March 20")
    assert rows[0]["speaker_country"] == "Japan"


def test_a_spokesman_abroad_is_no_government_post():
    text = "The bank is confident a solution will be found, spokesman Carl Dunn said."
    rows = _rows(text, "United States", "PERU DEBT TALKS TO RESUME", "NEW YORK, March 20")
    assert rows[0]["speaker_country"] != "Peru"


def test_a_body_described_as_based_in_a_city():
    text = "Rapeseed output will fall this year, the Hamburg-based newsletter Seed Report said."
    assert _rows(text, None)[0]["speaker_country"] == "West Germany"


def test_a_legislature_named_without_its_nation_is_the_datelines():
    text = "The bill would extend farm credit for a year, Senate staff members said."
    assert _rows(text, "United States")[0]["speaker_country"] == "United States"
    assert _rows(text, "Netherlands")[0]["speaker_country"] is None


def test_the_automaker_is_the_story_company():
    text = "Halvor Motors Corp said it would close a truck plant. Some 900 jobs will go, the automaker said."
    rows = _rows(text, "United States")
    assert rows[-1]["speaker_country"] == "United States"


def test_a_name_without_its_middle_initial_is_the_same_person():
    text = (
        "Halvor Securities Inc said founder and chairman Carl J. Dunn has resigned. The company quoted Carl Dunn as\n"
        'saying, "I accept sole responsibility.\n\n"I regret the harm done to the firm," he said.'
    )
    rows = _rows(text, "United States")
    quoted = next(r for r in rows if r["quote"].startswith("I accept"))
    assert (quoted["speaker"], quoted["speaker_country"]) == ("Carl J. Dunn", "United States")


def test_a_lawsuit_speaks_for_whoever_filed_it():
    text = (
        "Marlow Holdings Plc of London said it filed a lawsuit in U.S. district court against Acme Inc.\n\n"
        "The suit alleges that Acme failed to disclose the cost of its plan."
    )
    rows = _rows(text, "United States")
    assert rows[-1]["speaker_country"] == "United Kingdom"


def test_a_minister_is_no_official_of_a_government_without_ministers():
    text = (
        'State Department spokesman Charles Roe told reporters, "We urge restraint."\n\n'
        "Washington was still studying the facts, as Prime minister Andreas Kostas said Greece was ready to act."
    )
    rows = _rows(text, "United States")
    assert next(r for r in rows if r["speaker"] == "Andreas Kostas")["speaker_country"] == "Greece"
