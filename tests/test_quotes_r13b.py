"""Round 13b reported-speech constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "2016-09-08"


def _rows(text: str) -> list[dict]:
    return quotes_in_text(text, DAY, None)


def test_a_speech_participle_in_commas_before_the_cue_is_an_aside():
    rows = _rows("Ann Roe, speaking to farmers in Iowa, said the new tariff would hurt exports of soybeans.")
    assert [(r["quote"], r["speaker"], r["cue"]) for r in rows] == [
        ("the new tariff would hurt exports of soybeans", "Ann Roe", "said")
    ]
    rows = _rows("The senator, writing in a letter to the board, argued that the plan was unfair to farmers.")
    assert [(r["quote"], r["cue"]) for r in rows] == [("the plan was unfair to farmers", "argued")]


def test_a_participle_after_a_main_clause_keeps_its_content():
    rows = _rows("The minister left the talks early, saying the offer was not good enough for his country.")
    assert [(r["quote"], r["cue"]) for r in rows] == [("the offer was not good enough for his country", "saying")]


def test_a_preposition_ends_the_listener_of_told():
    rows = _rows("The new plant will open in May, Ann Roe told the Senate in a letter.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("The new plant will open in May", "Ann Roe")]


def test_a_title_case_headline_with_a_two_word_speaker():
    rows = _rows("Ann Roe Says Acme Will Close Its Mill In Ohio.\n\nThe senator spoke on Tuesday.")
    assert [(r["quote"], r["speaker"], r["cue"]) for r in rows] == [
        ("Acme Will Close Its Mill In Ohio", "Ann Roe", "says")
    ]
    rows = _rows("New Survey Shows Voters Split On Farm Bill.\n\nThe survey was taken in May.")
    assert [(r["quote"], r["cue"]) for r in rows] == [("Voters Split On Farm Bill", "shows")]


def test_a_title_case_verb_before_a_preposition_reports_nothing():
    rows = _rows("Ann Roe Responds To Question About Farm Subsidies With A Joke.\n\nThe senator spoke on Tuesday.")
    assert rows == []


def test_continues_to_before_a_speech_cue():
    rows = _rows("Ann Roe continues to insist that the mill will stay open through the winter.")
    assert [(r["quote"], r["speaker"], r["cue"]) for r in rows] == [
        ("the mill will stay open through the winter", "Ann Roe", "insist")
    ]
    assert _rows("The mill continued to report losses in its steel unit.") == []
    assert _rows("The bank continued to add to its provisions for loans to troubled borrowers.") == []


def test_that_before_a_verb_is_the_subject_of_the_content():
    rows = _rows("Ann Roe said that was not the reason the mill closed.")
    assert [r["quote"] for r in rows] == ["that was not the reason the mill closed"]


def test_a_listener_and_a_place_before_that():
    rows = _rows("Ann Roe told a press conference in Rio de Janeiro today that Brazil has no set target for exports.")
    assert [r["quote"] for r in rows] == ["Brazil has no set target for exports"]
