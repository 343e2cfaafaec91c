"""Round 13c speaker countries (issue 25): speakers a careful reader gives a country that had none. Every
sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-10"


def _rows(text: str, dateline: str | None) -> list[dict]:
    return quotes_in_text(text, DAY, dateline)


def _first(text: str, dateline: str | None) -> dict:
    return _rows(text, dateline)[0]


def test_a_workplace_after_the_kind_of_firm_is_the_firm():
    r = _first(
        '"Rates will stay high all spring," said Mary Dole, economist at brokerage house Crane and Lowe.',
        "United Kingdom",
    )
    assert (r["speaker"], r["speaker_country"]) == ("Mary Dole", "United Kingdom")


def test_a_firm_name_may_end_in_a_plural_post():
    r = _first('"Rates will stay high all spring," said Mary Dole, economist with Crane and City Brokers.', "Ireland")
    assert (r["speaker"], r["speaker_country"]) == ("Mary Dole", "Ireland")


def test_a_capitalised_apposition_ending_in_a_post_is_the_post():
    r = _first('"The plan is sound and fair," said Ben Ord, U.S. Commerce Department trade administrator.', None)
    assert (r["speaker_role"], r["speaker_country"]) == (
        "U.S. Commerce Department trade administrator",
        "United States",
    )
    r = _first('"We would buy more bonds now," said Ann Hale, Harlow senior vice president.', "United States")
    assert (r["speaker_role"], r["speaker_country"]) == ("Harlow senior vice president", "United States")


def test_a_person_named_of_a_firm_speaks_for_the_firms_home():
    r = _first("Ben Ord of Harlow Securities said the bonds looked cheap after the sell-off.", "United States")
    assert (r["speaker_country"], r["rule"].split("country:")[-1]) == (
        "United States",
        "person-of-firm/company-dateline",
    )
    text = "Nomura Securities Co International Inc will open a Chicago office. Ken Sato of Nomura said it would trade futures."
    assert _rows(text, "United States")[-1]["speaker_country"] == "Japan"


def test_a_possessive_name_of_a_body_is_no_person_of_a_firm():
    r = _first("Ship orders fell last year, according to Hale's Register of Shipping.", "Japan")
    assert "person-of-firm" not in r["rule"]


def test_the_foreign_economist_is_not_the_local_economist_named_before():
    text = (
        '"Prices will fall further this month," said Taro Ueda, chief economist at Fuji Bank. '
        '"It is a central bankers\' nightmare," said the foreign economist.'
    )
    rows = _rows(text, "Japan")
    assert [r["speaker"] for r in rows] == ["Taro Ueda", "foreign economist"]


def test_a_rating_agency_speaks_for_its_home_from_any_dateline():
    r = _first("Moody's Investors Service said it cut the ratings on Acme Plc's eurobonds.", "United Kingdom")
    assert r["speaker_country"] == "United States"
    r = _first("Duff and Phelps said it lowered the ratings on Lake Power Co bonds.", "United States")
    assert r["speaker_country"] == "United States"


def test_a_post_to_be_held_is_a_post():
    text = (
        "Acme Chemical Plc, the largest chemical company in Britain, will expand its drug business this year, "
        "said chairman-elect Ann Hale."
    )
    r = _rows(text, "United States")[-1]
    # the company's British form (and the story's "in Britain") wins over the U.S. dateline since round 18
    assert (r["speaker"], r["speaker_role"], r["speaker_country"]) == ("Ann Hale", "chairman-elect", "United Kingdom")
    assert r["rule"].endswith("country:story-company")


def test_a_named_organisation_may_open_with_an_ordinal():
    r = _first(
        "2nd Harbor Bank said it completed its merger with <Lake Savings Bank> of Elkhart, Ind.", "United States"
    )
    assert (r["speaker"], r["speaker_country"]) == ("2nd Harbor Bank", "United States")


def test_a_person_after_a_firms_possessive_speaks_for_the_firms_home():
    r = _first('"Prices will rise this summer," Carver Research\'s Ann Roe said.', "United States")
    assert (r["speaker_country"], r["rule"].split("country:")[-1]) == (
        "United States",
        "possessive-company/company-dateline",
    )
    r = _first('"Prices will rise this summer," Hollis\' Ann Roe said.', "United States")
    assert r["speaker_country"] == "United States"
    r = _first('"Prices will rise this summer," Texas\' Ann Roe said.', "United Kingdom")
    assert "possessive-company" not in r["rule"]


def test_an_officer_of_a_body_named_by_the_acronym_the_story_spelled_out():
    text = (
        "The Dakota Grain Exchange, DGE, will trade new futures. "
        '"The contract is the only one of its kind," DGE special counsel Ann Roe said.'
    )
    r = _rows(text, "United States")[-1]
    assert (r["speaker"], r["speaker_country"]) == ("Ann Roe", "United States")
    text = 'The International Cocoa Organization, ICCO, met today. "The talks are hard," ICCO director Ann Roe said.'
    assert _rows(text, "United Kingdom")[-1]["speaker_country"] is None
