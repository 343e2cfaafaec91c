"""Constructions of round 9 of issue 25 (PolNeAR speech recall), each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def rows_of(text: str) -> list[dict]:
    return quotes_in_text(text)


def test_subject_with_apposition_before_the_cue_is_no_inverted_attribution():
    # the comma before "said" closes the subject's apposition: what follows is the content, not the speaker
    text = "Mayor Ann Vale, a harbour supporter, said council planners plan to finish the pier by June."
    row = one(text, "council planners plan to finish")
    assert row["speaker"] == "Ann Vale" and row["kind"] == "indirect"
    assert not any(r["quote"].startswith("Mayor Ann Vale") for r in rows_of(text))


def test_inverted_attribution_after_a_clause_still_takes_the_speaker_after_the_cue():
    row = one("The pier will be finished by June, said Ann Vale, a harbour supporter.", "The pier will be")
    assert row["speaker"] == "Ann Vale"


def test_content_before_a_relative_clause_whose_own_cue_holds_the_quotation():
    text = 'Roe said he had backed a bill to cap ferry fares, which he called "a lifeline for the islands."'
    row = one(text, "he had backed a bill to cap ferry fares")
    assert row["speaker"] == "Roe" and row["quote"] == "he had backed a bill to cap ferry fares"
    assert any(r["quote"].startswith("a lifeline") for r in rows_of(text))


def test_quotation_in_the_main_clause_after_a_relative_clause_keeps_the_content_whole():
    # the relative clause ends before the quotation: the quotation is the reported clause's, no piece before it
    rows = rows_of('Roe said the new harbour plan, which Vale proposed, was "a disaster for the islands."')
    assert not any(r["quote"] == "the new harbour plan" for r in rows)


def test_subject_and_its_relative_clause_before_a_quotation_is_no_content():
    rows = rows_of('He said the ferry report, which stated that "fares are too high," had been welcomed.')
    assert not any(r["quote"].startswith("the ferry report") for r in rows)


def test_content_of_a_fronted_subordinate_clause_ends_before_the_main_clause():
    text = "When Roe said the harbour plan had failed, the council voted to scrap it."
    row = one(text, "the harbour plan had failed")
    assert row["quote"] == "the harbour plan had failed" and row["speaker"] == "Roe"


def test_fronted_clause_comma_inside_a_number_is_no_clause_end():
    text = "While one company says there are more than 2,400 ferries in the world, another says there are 1,800."
    row = one(text, "ferries")
    assert row["quote"] == "there are more than 2,400 ferries in the world"


def test_question_of_a_fronted_clause_ends_before_the_main_clause():
    text = "When Ann Vale, the campaign manager, was asked if Roe would debate again, she laughed and said no."
    row = one(text, "if Roe would debate again")
    assert row["quote"] == "if Roe would debate again"


def test_emphatic_reflexive_after_the_subject_is_no_part_of_the_speaker():
    row = one("The ferry company itself said the timetable would change in May.", "the timetable would change")
    assert row["speaker"] in ("ferry company", "company")


def test_in_the_past_is_a_setting_of_the_cue_but_not_a_span_of_time():
    row = one("The council has said in the past that the pier would reopen.", "the pier would reopen")
    assert row["quote"] == "the pier would reopen" and row["speaker"] == "council"
    row = one("Vale's old allies have in the past said she would run again.", "she would run again")
    assert "allies" in row["speaker"]
    row = one("Roe said in the past week the pier had reopened.", "the pier had reopened")
    assert row["quote"].startswith("in the past week")


def test_a_clause_after_and_has_its_own_subject_when_no_joint_subject_parses():
    text = "The mayor was sent the questions last week and Vale said she answered them on Monday."
    row = one(text, "she answered them")
    assert row["speaker"] == "Vale"


def test_a_pronoun_and_a_name_stay_one_joint_subject():
    rows = rows_of("Roe said he and Chairman Ann Vale agree on the need for a new pier.")
    assert not any(r["speaker"] == "Ann Vale" for r in rows)


def test_who_after_an_inverted_speaker_refers_to_that_speaker():
    text = '"We will rebuild," said one former harbour official, who said the pier would reopen in May.'
    row = one(text, "the pier would reopen")
    assert row["speaker"] == "former harbour official"


def test_who_with_a_subject_of_its_own_is_no_relative_of_the_inverted_speaker():
    text = '"We will rebuild," said the official, who the paper said was a key figure in the talks.'
    assert not any(r["speaker"] == "official" and "key figure" in r["quote"] for r in rows_of(text))


def test_a_request_not_to_be_named_is_no_content():
    rows = rows_of('"We will rebuild," said an analyst who asked that he not be identified.')
    assert not any("identified" in r["quote"] for r in rows)


def test_a_sentence_reporting_speech_after_a_closed_quotation_is_a_unit_of_its_own():
    text = 'The band got the crowd to cheer for "Mayor Vale." Many in the crowd said the mayor was the only one they trusted.'
    row = one(text, "the mayor was the only one")
    assert row["speaker"] == "Many in the crowd"


def test_a_short_attribution_after_a_closed_quotation_still_joins_it():
    rows = rows_of('"We will rebuild the pier." Vale said on Monday.')
    assert rows[0]["speaker"] == "Vale"


def test_participle_after_an_inverted_speaker_with_a_long_apposition_takes_that_speaker():
    text = (
        '"The pier is safe," said Ann Vale, chairman of the Northport Harbour Board, noting that repairs ended in May.'
    )
    row = one(text, "repairs ended in May")
    assert row["speaker"] == "Ann Vale"


def test_a_bare_share_of_the_people_polled_speaks():
    row = one("On taxes, 42% say they would back the ferry levy.", "they would back the ferry levy")
    assert row["speaker"] == "42%"
