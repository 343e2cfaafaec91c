"""Constructions of round 10 of issue 25 (PolNeAR speech recall), each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_inverted_attribution_between_a_short_subject_and_its_verb():
    row = one("The ferry, said Ann Vale, the harbour master, would stop running in May.", "would stop running")
    assert row["speaker"] == "Ann Vale" and row["rule"].startswith("found:inverted-parenthetical")


def test_participle_with_its_agent_between_commas_is_no_inverted_attribution():
    rows = quotes_in_text("The plan, announced a day after the vote on the harbour, will cost the town dearly.")
    assert not any("inverted-parenthetical" in r["rule"] for r in rows)


def test_according_to_between_a_short_subject_and_its_verb():
    row = one("The new ferry fares, according to the council, will take effect in June.", "will take effect")
    assert row["speaker"] == "council" and row["rule"].startswith("found:according-to-inside")


def test_according_to_after_a_short_opener():
    row = one("Since last spring, according to the council, ferry fares have doubled on the island.", "ferry fares")
    assert row["speaker"] == "council" and row["quote"].startswith("ferry fares have doubled")


def test_according_to_a_study_by_a_named_author():
    # the "by" names the source's author, not the agent of a passive participle
    text = "Ferry fares rose faster than wages last year, according to a study by Ann Vale of the harbour board."
    row = one(text, "Ferry fares rose")
    assert "Ann Vale" in row["speaker"]


def test_plural_common_nouns_of_people_speak():
    row = one("Fruit growers said the frost had cut the apple harvest by a third.", "the frost had cut")
    assert row["speaker"] == "Fruit growers"
    row = one("About forty rabbis have said they will join the march on Sunday.", "they will join")
    assert "rabbis" in row["speaker"]


def test_according_to_after_a_bare_conjunction():
    row = one("But according to the harbour board, ferry fares will double next spring.", "ferry fares will")
    assert row["speaker"] == "harbour board" and row["quote"].startswith("ferry fares")


def test_content_after_according_to_starts_after_the_sources_apposition():
    row = one("According to Ann Vale, a council spokeswoman, ferry fares will double next spring.", "ferry fares")
    assert row["quote"].startswith("ferry fares will double") and row["speaker"] == "Ann Vale"
    row = one("According to the council, which met on Monday, ferry fares will double next spring.", "ferry fares")
    assert row["quote"].startswith("ferry fares will double")


def test_a_subjects_own_apposition_after_according_to_stays_in_the_content():
    row = one(
        "According to the council, the ferry fares, the highest in years, will double next spring.", "will double"
    )
    assert row["quote"].startswith("the ferry fares")


def test_participle_content_ends_at_a_second_speech_participle():
    text = 'Vale defended the ferry plan, saying it would create jobs and calling the critics "harbour snobs."'
    row = one(text, "it would create jobs")
    assert row["quote"] == "it would create jobs" and row["speaker"] == "Vale"


def test_subject_after_why():
    row = one("That is why critics say the ferry plan would fail.", "the ferry plan would fail")
    assert row["speaker"] == "critics"


def test_time_phrase_before_the_subject_without_a_comma():
    row = one("Last week the harbour board said ferry fares would double.", "ferry fares would double")
    assert row["speaker"] == "harbour board"
    row = one("On Friday Vale Shipping said ferry fares would double.", "ferry fares would double")
    assert row["speaker"] == "Vale Shipping"
    row = one("May Ferry Lines said ferry fares would double in June.", "ferry fares would double")
    assert row["speaker"] == "May Ferry Lines"  # a name, not the month
