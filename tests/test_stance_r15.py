"""Stance, round 15: a negation in another conjunct, feelings and rhetoric, hostile acts urged of another, promises
not kept; portrayal: a debt moratorium."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.conjuncts import own_conjunct
from analysis.sentiment.countries import sentence_appraisals
from analysis.sentiment.events import Voice, article_events


def test_a_negation_before_and_belongs_to_the_other_conjunct():
    text = "Chile said there was no hurry and called on Peru to open its market."
    assert ("Chile", "Peru", "DEMAND", "asserted") in edges(text)
    assert ("Chile", "Peru", "DEMAND", "negated") in edges("Chile has not called on Peru to open its market.")
    assert own_conjunct("there was no hurry and") == ""
    assert own_conjunct("did not") == "did not"


def test_upset_with_and_rhetoric_against_disapprove_of_their_object():
    assert ("Chile", "Peru", "DISAPPROVE", "asserted") in edges("Chile was upset with Peru's decision on tariffs.")
    assert ("Chile", "Peru", "DISAPPROVE", "asserted") in edges("Chile stepped up its rhetoric against Peru.")


def test_a_hostile_act_urged_of_another_is_the_urger_s_demand_against_its_target():
    found = edges("Portugal urged the European Community to take action against Argentina.")
    assert ("Portugal", "Argentina", "DEMAND", "asserted") in found
    assert not {e for e in found if e[0] == "European Community" or e[1] == "European Union"}
    assert not {e for e in found if e[0] == "European Union"}
    found = edges("Norway and Denmark urged that the European Community impose sanctions on Chile.")
    assert {("Norway", "Chile", "DEMAND", "asserted"), ("Denmark", "Chile", "DEMAND", "asserted")} <= found
    assert not {e for e in found if e[0] == "European Union"}


def test_a_hostile_act_a_speaker_says_another_should_take_is_the_speaker_s_demand_against_its_target():
    words = "The EC should build barriers against Peruvian imports"
    found = {(e.actor, e.target, e.event) for e in article_events(words, "1987-04-01", [Voice(0, 55, "Chile")])}
    assert ("Chile", "Peru", "DEMAND") in found
    assert not {e for e in found if e[1] == "European Union" or e[0] == "European Union"}


def test_an_act_urged_by_the_urged_one_s_own_stays_its_own():
    found = edges("The Chilean Senate called on Chile's president to impose sanctions on Peru.")
    assert not {e for e in found if e[2] == "DEMAND" and e[1] == "Peru" and e[0] != "Chile"}


def test_a_promise_not_fulfilled_or_honoured_is_a_charge_against_the_subject_in_a_speaker_s_words():
    for words in ("Peru had not fulfilled its promise to open its market", "Peru has not honoured its pledge"):
        found = {(e.actor, e.target, e.event) for e in article_events(words, "1987-04-01", [Voice(0, 60, "Chile")])}
        assert ("Chile", "Peru", "ACCUSE") in found


def test_a_debt_moratorium_or_suspended_interest_payments_are_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Officials discussed Peru's debt moratorium at length.",
            "Ecuador suspended interest payments to its creditor banks in March.",
            "Peru, the region's second largest debtor, has suspended all interest payments on its debt.",
            "The banks fear that Chile might suspend interest payments.",  # not done
            "Exports to Peru, which suspended interest payments, fell.",  # the relative pronoun is the subject
            "Exports to Peru suspended interest payments.",  # after a preposition, no relative: not the subject
        )
    ]
    assert got == [{"Peru"}, {"Ecuador"}, {"Peru"}, set(), {"Peru"}, set()]
