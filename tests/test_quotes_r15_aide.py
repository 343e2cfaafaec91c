"""Round 15 speaker countries (issue 25): an aide speaks for the country of the person they serve. Every sentence
here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-10"


def _rows(text: str, dateline: str | None, who: str) -> list[dict]:
    return [r for r in quotes_in_text(text, DAY, dateline) if who in (r["speaker"] or "")]


def test_a_named_aide_of_a_principal_with_a_country_takes_it():
    text = (
        "Dutch trade envoy Pieter Vos fell ill on Monday. Greta Lind, Vos's personal assistant, told reporters he "
        'was resting. "He is fine," Lind said.'
    )
    rows = _rows(text, None, "Lind")
    assert rows and rows[0]["speaker_country"] == "Netherlands"
    assert "country:principal" in rows[0]["rule"]


def test_an_aide_to_a_principal_with_a_country_takes_it():
    text = (
        "Dutch trade envoy Pieter Vos fell ill on Monday. An aide to Vos said the envoy would return to work next week."
    )
    rows = _rows(text, None, "aide")
    assert rows and rows[0]["speaker_country"] == "Netherlands"


def test_an_aide_of_a_principal_without_a_country_gets_none_from_it():
    text = (
        "Trade envoy Pieter Vos fell ill. Greta Lind, Vos's personal assistant, told reporters he was resting. "
        '"He is fine," Lind said.'
    )
    rows = _rows(text, None, "Lind")
    assert rows and rows[0]["speaker_country"] is None


def test_an_apposed_adviser_of_a_principal_takes_his_country():
    text = "Dutch trade envoy Pieter Vos fell ill. Greta Lind, the chief adviser of Vos, said he was resting at home."
    rows = _rows(text, None, "Lind")
    assert rows and rows[0]["speaker_country"] == "Netherlands"
