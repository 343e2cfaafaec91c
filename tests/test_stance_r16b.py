"""Stance, round 16 (issue 24, second pass): a third party's hope about a country's act is not that act, and a
speaker's report of a country's own refusal is not the speaker's evaluation of it."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.evaluations import evaluation_candidates
from analysis.sentiment.events import Voice
from analysis.text.countries import find_mentions


def test_a_hope_that_another_will_resist_is_not_its_act():
    assert ("Chile", "Peru", "REJECT", "asserted") not in edges(
        "The fishermen's guild hopes Chile will resist Peruvian pressure over quotas."
    )
    assert ("Chile", "Peru", "REJECT", "asserted") in edges("Chile will resist Peruvian pressure over quotas.")


def _evaluations(words: str) -> set[tuple[str | None, str]]:
    text = "The Chilean miner said " + words
    mentions = [m for m in find_mentions(text, "1987-04-01") if m.country]
    voices = [Voice(23, len(text), "Chile")]
    return {(e.actor, e.target) for e in evaluation_candidates(text, mentions, voices, [])}


def test_a_reported_refusal_of_the_subject_is_no_evaluation_of_it():
    assert not _evaluations("Peruvian Copper Co last week refused to accept an order for ore.")
    assert ("Chile", "Peru") in _evaluations("Peru refused the order, a hostile and unfair move.")


def test_two_countries_that_agreed_to_act_together_agree_with_each_other():
    found = edges("Peru and Chile agreed to set up a joint fishing commission.")
    assert {("Peru", "Chile", "AGREE", "asserted"), ("Chile", "Peru", "AGREE", "asserted")} <= found
    found = edges("Peru and Chile agreed to cut tariffs and Bolivia agreed to open its ports.")
    assert not any(e[2] == "AGREE" for e in found)  # each one's pledge to a third, no pact between them
    assert not any(e[2] == "AGREE" for e in edges("Peru agreed to talks on Chilean fishing rights."))
