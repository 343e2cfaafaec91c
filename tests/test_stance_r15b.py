"""Stance, round 15 (second pass): doubt that another means it, "opposed to", a "which" clause's country, and a
verdict on another country's act or effort."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.events import Voice, article_events


def _said(words: str, country: str = "Chile") -> set[tuple[str | None, str, str]]:
    text = "A minister said " + words
    return {(e.actor, e.target, e.event) for e in article_events(text, "1987-04-01", [Voice(16, len(text), country)])}


def test_unconvinced_that_another_acts_is_disapproval_of_it():
    found = edges("Lima remained unconvinced that Santiago meant business.")
    assert ("Peru", "Chile", "DISAPPROVE", "asserted") in found
    assert ("Peru", "Chile", "DISAPPROVE", "asserted") in edges("Peru was sceptical that Chile would keep its word.")
    assert not edges("Dealers were sceptical that the Chilean peso would recover.")


def test_opposed_to_is_a_state_not_a_passive():
    assert ("Peru", "Chile", "REJECT", "asserted") in edges("Peru is strongly opposed to the Chilean plan.")
    assert ("Chile", "Peru", "REJECT", "asserted") in edges("The Peruvian plan is opposed by Chile.")


def test_a_which_clause_after_a_country_has_that_country_as_its_actor():
    found = edges("Bolivia is angry with Peru, which has accused Chile of smuggling, and with Ecuador.")
    assert ("Peru", "Chile", "ACCUSE", "asserted") in found
    found = edges("Capital may move to Lima, which has accused Chile of smuggling.")
    assert ("Peru", "Chile", "ACCUSE", "asserted") not in found


def test_a_verdict_on_another_country_s_act_or_effort_is_the_speaker_s_disapproval():
    assert ("Chile", "Peru", "DISAPPROVE") in _said("Peru's response had been disappointing.")
    found = _said("efforts by Peru and Bolivia to open their markets were still disappointing.")
    assert {("Chile", "Peru", "DISAPPROVE"), ("Chile", "Bolivia", "DISAPPROVE")} <= found
    assert ("Chile", "Peru", "DISAPPROVE") in _said("the Peruvian offer was inadequate.")
    assert not _said("Peru's trade figures were disappointing.")
    assert not _said("Peruvian growth has been disappointing.")
