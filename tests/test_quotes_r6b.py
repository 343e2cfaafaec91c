"""Reported speech of modern news that issue 25's sixth round adds, each with a sentence of our own."""

from __future__ import annotations

import pytest

from analysis.quotes import quotes_in_text


def rows_holding(text: str, key: str) -> list[dict]:
    return [r for r in quotes_in_text(text) if key in r["quote"]]


def one(text: str, key: str) -> dict:
    rows = rows_holding(text, key)
    assert rows, f"no quote holding {key!r} in {[r['quote'] for r in quotes_in_text(text)]}"
    return rows[0]


@pytest.mark.parametrize(
    "text",
    [
        "Vale also suggested farmers don’t understand the markets.",
        "Vale said he’s hopeful about the vote in May.",
        "Vale said they're ready for the storm.",
    ],
)
def test_contracted_verbs_make_a_clause(text):
    (row,) = quotes_in_text(text)
    assert row["kind"] == "indirect" and row["speaker"] == "Vale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The nurse later sued, claiming the quarantine violated her rights.", "nurse"),
        ("And even Vale tried to help them, noting that he would vote for the bill.", "Vale"),
    ],
)
def test_plain_main_clause_subject_of_a_participle(text, speaker):
    row = one(text, "the")
    assert row["cue"] in ("claiming", "noting") and row["speaker"] == speaker
    assert "main-clause-plain-subject" in row["rule"]


def test_subject_inside_an_object_relative_clause_speaks():
    row = one("The governor vetoed a bill, which critics said was unfair to students.", "unfair")
    assert row["speaker"] == "critics" and "relative-clause-subject" in row["rule"]


def test_no_content_before_a_cue_inside_an_object_relative_clause():
    assert quotes_in_text("As an example he cited the role of oil, which he said was fading.") == []


def test_inverted_speaker_with_a_relative_clause_keeps_the_content_before():
    row = one("Some of its work would be done by other firms, said Vale, who was elected to the board in 2012.", "work")
    assert row["speaker"] == "Vale" and row["quote"] == "Some of its work would be done by other firms"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Roe testified, for example, that she never sent the files.", "she never sent the files"),
        ("Roe said on the radio, where she is a host, that the plan would fail.", "the plan would fail"),
        ("Roe told a small county fair lunch group that her position remains firm.", "her position remains firm"),
    ],
)
def test_that_clause_after_an_aside_or_a_long_listener(text, content):
    row = one(text, content)
    assert row["quote"] == content and row["speaker"] == "Roe" and "that-after-aside" in row["rule"]


def test_a_listener_holds_no_clause_of_its_own():
    row = one("Roe, of Acme Inc., told Reuters he remains hopeful that the talks will succeed.", "hopeful")
    assert "that-after-aside" not in row["rule"]


def test_subject_with_its_own_relative_clause():
    row = one("The state officials whose laws were struck down say the real change came in the courts.", "change")
    assert row["speaker"] == "state officials" and "subject-with-relative-clause" in row["rule"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Vale affirmed that the vote would go ahead.", "affirmed"),
        ("Vale speculated that the vote would be close.", "speculated"),
        ("Vale conceded that Roe had won but implied that the count was flawed.", "implied"),
    ],
)
def test_speech_verbs_added_to_the_table(text, cue):
    assert cue in [r["cue"] for r in quotes_in_text(text)]


def test_implied_as_an_adjective_takes_no_partial_quote():
    assert [r["cue"] for r in quotes_in_text('The implied "threat" was clear, Vale said.')] != ["implied"]


def test_coordinated_second_verb_of_a_plain_subject():
    row = one("The nurse later sued and said the quarantine violated her rights.", "quarantine")
    assert row["speaker"] == "nurse" and "coordinated-plain-subject" in row["rule"]


def test_a_noun_after_but_is_no_second_verb():
    assert (
        quotes_in_text("Meanwhile, the pound was supported by the polls, but fear of intervention limited buying.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan angered farmers, who said it would ruin them.", "farmers"),
        ("Roe won among the 30 percent of voters who said Wall Street helps the economy.", "the 30 percent of voters"),
        ("The plan drew rebukes, including from some who warned it could make matters worse.", "some"),
    ],
)
def test_a_group_before_who_speaks(text, speaker):
    (row,) = quotes_in_text(text)
    assert row["speaker"] == speaker and "group-before-who" in row["rule"]


def test_a_group_before_who_with_a_belief_cue_does_not_speak():
    text = "The deal was opposed by investors who wanted the bank to stay independent, according to press reports."
    assert [r["cue"] for r in quotes_in_text(text)] == ["according to"]


def test_a_speech_participle_joined_by_and_to_a_participle():
    text = "Vale fired back, rejecting the agenda and suggesting that voters should come first."
    row = one(text, "voters should come first")
    assert row["cue"] == "suggesting" and row["speaker"] == "Vale" and "coordinated-participle" in row["rule"]


def test_a_subordinate_clause_ends_the_listener():
    row = one("This is not about me, Vale told his closest advisers as he worked on the speech.", "about me")
    assert row["quote"] == "This is not about me" and row["speaker"] == "Vale"
