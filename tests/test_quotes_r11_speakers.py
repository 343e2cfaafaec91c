"""Round 11 speaker and speaker-country constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes, quotes_in_text

DAY = "1987-04-08"


def _rows(text: str) -> list[dict]:
    rows = quotes_in_text(text, DAY)
    assert rows, text
    return rows


def test_a_canadian_province_in_the_dateline_places_the_company():
    text = "Coastal Timber Ltd said its mill would reopen next week."
    arts = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published": [DAY], "dateline": ["TRAIL, British Columbia"]}
    )
    assert extract_quotes(arts)["speaker_country"].tolist() == ["Canada"]


def test_a_province_dateline_alone_places_an_official():
    row = _rows("QUEBEC, April 8 - The mines minister said the province would help reopen the copper mine.")[0]
    assert row["speaker_country"] == "Canada"


def test_a_bracketed_company_keeps_the_nationality_before_it():
    text = (
        "LONDON, April 8 - Belgian biscuit maker <Koekjes NV> expects higher profits this year, chairman Pierre "
        "Lambot said. Lambot said sales in France rose sharply."
    )
    assert [r["speaker_country"] for r in _rows(text)] == ["Belgium", "Belgium"]


def test_name_before_a_possessive_post_speaks_after_a_quotation():
    text = (
        'OTTAWA, April 8 - Acme Mines Ltd said the mine was not insured. "The cost would have been too high," '
        "Larry Vale, Acme's risk management and insurance director, said."
    )
    row = _rows(text)[-1]
    assert row["speaker"] == "Larry Vale" and "insurance director" in row["speaker_role"]


def test_name_before_a_capitalised_post_of_a_body_speaks():
    text = (
        'PARIS, April 8 - "It is far from certain that the tax will pass," Sir Roy Danby, Head of the EC '
        "Delegation in Washington, told reporters."
    )
    row = _rows(text)[0]
    assert row["speaker"] == "Roy Danby" and row["speaker_country"] == "European Union"


def test_it_refers_to_the_body_the_sentence_before_opens_with():
    text = (
        "WASHINGTON, April 8 - The Federal Road Noise Agency proposed rules to cut traffic noise near schools. "
        "It said the rules would cost road builders about 40 mln dlrs a year."
    )
    row = _rows(text)[0]
    assert row["speaker"] == "Federal Road Noise Agency" and row["rule"].split("; ")[1].endswith("/previous-subject")


def test_they_refers_back_to_two_speakers_named_together():
    text = (
        "ROME, April 8 - Alfa and Betacom said on Monday they were negotiating a venture in microchips. "
        "They said the accord would need the approval of the French and Italian authorities."
    )
    assert [r["speaker"] for r in _rows(text)] == ["Alfa and Betacom", "Alfa and Betacom"]


def test_he_is_the_named_subject_not_the_reporter_who_asked():
    text = (
        "WASHINGTON, April 8 - President Reagan said the government was still studying acid rain. Reagan was "
        "asked by a reporter whether the government should set emission standards. He said the government did not "
        "want to rush into a costly measure."
    )
    row = [r for r in _rows(text) if r["quote"].startswith("the government did not")][0]
    assert row["speaker"] == "Reagan" and row["speaker_country"] == "United States"


def test_body_before_a_possessive_description_speaks():
    text = (
        "BRUSSELS, April 8 - The Belgian Monetary Institute (BMI) said bank balances fell in January. The BMI, "
        "Belgium's monetary authority, said this was partly due to the closure of accounts in December."
    )
    row = _rows(text)[-1]
    assert "Monetary Institute" in row["speaker"] or row["speaker"] == "BMI"


def test_a_partial_quote_takes_the_outer_speaker_when_the_inner_cue_has_none():
    text = (
        'NEW YORK, April 8 - Acme Widget Corp said an audit of its Brill Tools unit revealed "serious '
        "discrepancies\" in the unit's accounts."
    )
    row = [r for r in _rows(text) if r["kind"] == "partial"][0]
    assert row["speaker"].startswith("Acme Widget Corp") and row["speaker_country"] == "United States"


def test_a_named_newspaper_takes_the_dateline_country():
    text = "LONDON, April 8 - Iran has built a new missile with foreign help, the Sentinel newspaper said."
    row = _rows(text)[0]
    assert row["speaker_country"] == "United Kingdom" and row["rule"].endswith("country:named-body-as-post")


def test_an_official_of_a_un_economic_commission_speaks_for_no_country():
    text = "The response of donors has been weak, ECA Executive Secretary Ade Bajo told the conference."
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [DAY], "dateline": ["ABUJA, Nigeria"]})
    assert extract_quotes(arts)["speaker_country"].tolist() == [None]


def test_name_before_a_post_whose_closing_comma_is_missing_speaks():
    text = (
        '"Most investors are still waiting to see if the dollar is stable," Hiro Tanabe, manager of Acme Life '
        "Insurance Co's investment department said."
    )
    row = _rows(text)[0]
    assert row["speaker"] == "Hiro Tanabe" and row["speaker_role"].startswith("manager of Acme Life")


def test_a_quotation_paragraph_after_reported_speech_is_that_persons():
    text = (
        "Analysts said the move would cut bank profits.\n\n"
        "Paul Verner said he believed both countries wanted to keep paying their debts.\n\n"
        '"It is in their best interest to grow again."\n'
    )
    row = [r for r in _rows(text) if r["kind"] == "direct"][0]
    assert row["speaker"] == "Paul Verner" and "previous-paragraph-speaker" in row["rule"]


def test_an_unnamed_body_takes_the_dateline_country():
    row = _rows("TOKYO, April 8 - Exports will rise 3.6 pct next year, a private economic institute said.")[0]
    assert row["speaker_country"] == "Japan" and row["rule"].endswith("country:dateline-local-body")


def test_an_unnamed_international_body_takes_no_country():
    row = _rows("TOKYO, April 8 - Exports will rise 3.6 pct next year, an international study group said.")[0]
    assert row["speaker_country"] is None
