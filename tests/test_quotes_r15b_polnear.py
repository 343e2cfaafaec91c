"""Constructions of round 15 of issue 25 (PolNeAR speech recall), second branch, each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_gerund_with_a_quantity_is_what_was_reported():
    row = one("The Harbor Fund reported spending $2.5 million on radio ads attacking the mayor.", "spending")
    assert row["speaker"] == "Harbor Fund" and row["quote"].startswith("spending $2.5 million")
    row = one("The mayor reported raising and spending about $40,000 in May.", "raising")
    assert row["quote"].startswith("raising and spending")
    # a noun after the -ing word: a noun phrase, no report
    assert quotes_in_text("In 1990 the ferry firm reported operating income of 4 dlrs a share.") == []


def test_one_led_to_speak_says_the_infinitive_clause():
    row = one("The long delay led many parents to say that the school board had failed them.", "school board")
    assert row["speaker"] == "parents" and row["rule"].endswith("speaker:infinitive-speaker")
    row = one("The closure has left many riders to wonder whether the line will ever reopen.", "the line")
    assert row["speaker"] == "riders" and row["cue"] == "wonder"
    # nobody led to speak: the infinitive is no report
    assert quotes_in_text("The council is expected to say little about the bridge at its meeting.") == []


def test_more_likely_to_say_is_a_poll_finding():
    row = one("Younger voters were far more likely to say that the ferry fares mattered most.", "ferry fares")
    assert row["speaker"] == "Younger voters"


def test_two_word_gerund_after_a_preposition():
    row = one(
        "The mayor dismissed the charges by pointing out that the bridge had opened on time.", "bridge had opened"
    )
    assert row["speaker"] == "mayor" and row["cue"] == "pointing out"


def test_opening_gerund_after_a_preposition():
    row = one("After arguing that the count was unfair, Mayor Ann Vale conceded the race.", "count was unfair")
    assert row["speaker"] == "Ann Vale" and "opening-participle" in row["rule"]
