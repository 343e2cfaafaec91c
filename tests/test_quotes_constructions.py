"""Constructions of modern news writing that issue 11 adds, each with a sentence of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def one(text: str, key: str) -> dict:
    rows = [r for r in quotes_in_text(text) if key in r["quote"]]
    assert rows, f"no quote holding {key!r} in {[r['quote'] for r in quotes_in_text(text)]}"
    return rows[0]


def test_quotation_marks_typed_as_two_apostrophes():
    text = "''We will win this race,'' Mayor Ann Vale said on Monday."
    row = one(text, "We will win")
    assert row["kind"] == "direct" and row["speaker"] == "Ann Vale"
    assert text[row["start"] : row["end"]] == "We will win this race"


def test_opening_mark_typed_where_the_closing_one_belongs():
    row = one("“It is unusual,“ said Tom Reed, an attorney with the Harbor Law Center.", "It is unusual")
    assert row["speaker"] == "Tom Reed" and row["kind"] == "direct"


def test_attribution_after_a_question_in_marks_is_one_sentence():
    rows = quotes_in_text('"Did you bring the list of names?" Vale asked. "Okay, great!" The crowd cheered.')
    assert [r["speaker"] for r in rows] == ["Vale", "Vale"]


def test_subject_before_a_relative_clause_speaks():
    row = one("Anchor Mia Sorel, who was off-screen, then loudly asked, “Really?”", "Really")
    assert row["speaker"] == "Mia Sorel"


def test_reported_speech_of_an_unresolved_pronoun_is_kept_without_speaker():
    row = one("They say the new bridge will never be finished on time.", "the new bridge")
    assert row["kind"] == "indirect" and row["speaker"] is None
