"""Stance, round 15: a negation in another conjunct, feelings and rhetoric, hostile acts urged of another."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.conjuncts import own_conjunct


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


def test_an_act_urged_by_the_urged_one_s_own_stays_its_own():
    found = edges("The Chilean Senate called on Chile's president to impose sanctions on Peru.")
    assert not {e for e in found if e[2] == "DEMAND" and e[1] == "Peru" and e[0] != "Chile"}
