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


def test_a_proposal_backed_by_a_country_is_support_of_the_one_that_made_it():
    text = "Peru made a new proposal on fishing rights. The proposal, strongly backed by Chile and Bolivia, would help."
    assert {("Chile", "Peru", "SUPPORT", "asserted"), ("Bolivia", "Peru", "SUPPORT", "asserted")} <= edges(text)


def test_a_country_singled_out_of_the_group_an_act_is_aimed_at_is_its_target():
    assert ("Peru", "Chile", "DEMAND", "asserted") in edges("Peru urged others to follow suit, notably Chile.")
    found = edges("Peru criticised its trading partners, particularly Chile and Bolivia, for their subsidies.")
    assert {("Peru", "Chile", "ACCUSE", "asserted"), ("Peru", "Bolivia", "ACCUSE", "asserted")} <= found
    assert not {e for e in edges("Peru criticised the plan, notably Chile's role.") if e[0] == "Peru"}


def test_the_two_countries_are_the_pair_the_sentence_before_names():
    text = "Peru and Bolivia agreed to adopt the rules. The two countries urged others to follow suit, notably Chile."
    assert {("Peru", "Chile", "DEMAND", "asserted"), ("Bolivia", "Chile", "DEMAND", "asserted")} <= edges(text)
    text = "Peru, Bolivia and Ecuador met. The two countries accused Chile of dumping."
    assert not {e for e in edges(text) if e[0] is not None}


def test_appeasing_another_country_is_a_concession_to_it():
    assert ("Peru", "Chile", "CONCEDE", "asserted") in edges("Peru cut its exports to appease Chile.")
    text = "Peru will monitor copper shipments in an attempt to appease concerns in Chile over its exports."
    assert ("Peru", "Chile", "CONCEDE", "asserted") in edges(text)


def test_pressure_eased_is_no_pressure_put_on():
    found = edges("Peru called on creditor banks to ease pressure on Chile's debt repayments.")
    assert not {e for e in found if e[2] == "DEMAND" and e[3] == "asserted"}
    assert ("Peru", "Chile", "DEMAND", "asserted") in edges("Peru stepped up pressure on Chile.")
