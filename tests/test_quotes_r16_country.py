"""Round 16 speaker countries (issue 25), from the quote sets' misses. Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-10"


def _speaker_rows(text: str, dateline: str | None, name: str) -> list[dict]:
    return [r for r in quotes_in_text(text, DAY, dateline) if name in (r["speaker"] or "")]


def test_a_shared_title_abroad_with_no_country_before_it_is_the_datelines():
    text = "Commerce Secretary Rahim Uddin said the talks would cover jute and tea exports."
    rows = _speaker_rows(text, "Bangladesh", "Uddin")
    assert rows and rows[0]["speaker_country"] == "Bangladesh"


def test_a_shared_title_abroad_keeps_its_country_written_before_it():
    text = (
        "U.S. Treasury Secretary Tom Rudd arrived for talks. "
        "Treasury Secretary Tom Rudd said the currency talks would go well."
    )
    rows = _speaker_rows(text, "Japan", "Rudd")
    assert rows and all(r["speaker_country"] == "United States" for r in rows)


def test_a_title_of_one_government_only_keeps_its_country_abroad():
    text = "Sen. Tom Rudd said the navy would need more ships in the region."
    rows = _speaker_rows(text, "Kuwait", "Rudd")
    assert rows and rows[0]["speaker_country"] == "United States"


def test_voices_there_belong_to_the_place_named_before():
    text = "A report from Rotterdam quoted trade sources there saying grinders are unhappy with the stock buying."
    rows = [r for r in quotes_in_text(text, DAY, "United Kingdom") if "there" in (r["speaker"] or "")]
    assert rows and rows[0]["speaker_country"] == "Netherlands"
    assert rows[0]["rule"].endswith("country:place-there")


def test_a_role_of_an_emirate_is_of_its_country():
    text = "The ruling family of Ajman said its ruler had stepped down in favour of his brother."
    rows = _speaker_rows(text, "Bahrain", "Ajman")
    assert rows and rows[0]["speaker_country"] == "United Arab Emirates"


def test_a_role_of_an_unnamed_body_is_the_bodys():
    text = "The leadership of the dockers' union said pay must keep pace with prices."
    rows = _speaker_rows(text, "Australia", "leadership")
    assert rows and rows[0]["speaker_country"] == "Australia"
    assert rows[0]["rule"].endswith("country:dateline-local-body")


def test_the_agency_refers_back_to_the_description_a_name_was_apposed_to():
    text = (
        "The council rejected the plan, the Emirates news agency, WAM, reported. "
        "It would meet again next week, the agency added. The Qatar news agency said the ruler was abroad."
    )
    rows = [r for r in quotes_in_text(text, DAY, "Bahrain") if r["speaker"] == "agency"]
    assert rows and rows[0]["speaker_country"] == "United Arab Emirates"


def test_a_portfolio_after_a_title_is_part_of_the_role():
    text = "Minister of State for Fisheries Ann Kolo said the catch quota would be cut next season."
    rows = quotes_in_text(text, DAY, "Ghana")
    assert rows and rows[0]["speaker"] == "Ann Kolo"
    assert rows[0]["speaker_role"] == "Minister of State for Fisheries"


def test_a_portfolio_joined_by_and_leaves_no_name():
    text = "The Secretary of State for Trade and Industry said the merger would not be referred to the commission."
    rows = quotes_in_text(text, DAY, "United Kingdom")
    assert rows and rows[0]["speaker"].endswith("Secretary of State for Trade and Industry")


def test_a_company_officer_takes_the_company_named_before_in_his_sentence():
    text = (
        "General Electric Co <GE>, which built the dam's generators, agreed to pay damages, the operators said.\n\n"
        "A spokesman for <Rio Verde Energia>, a state utility, confirmed a statement by company president Jose Costa.\n\n"
        "Costa told a newspaper that the utility was receiving money from the government."
    )
    rows = _speaker_rows(text, "Brazil", "Costa")
    assert rows and rows[0]["speaker_country"] == "Brazil"
