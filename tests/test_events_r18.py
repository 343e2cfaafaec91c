"""Acts and evaluations of round 18 (the eleventh holdout's misses): a country wanting another to act, an act judged
to make no sense, cooperation discussed, a pact two countries sign together, the Paris Club in lower case, and
relations mended between "the two countries"."""

from __future__ import annotations

from analysis.sentiment.events import article_events
from analysis.sentiment.stance import is_stance
from analysis.sentiment.voices import Voice


def _stances(text: str, voices: list[Voice] | None = None) -> set[tuple]:
    found = article_events(text, "1987-05-01", voices or [])
    return {(e.actor, e.target, e.event) for e in found if is_stance(e)}


def _voiced(text: str, words: str, country: str) -> set[tuple]:
    start = text.index(words)
    return _stances(text, [Voice(start, start + len(words), country)])


def test_wanting_a_country_to_stop_or_cut_is_a_demand():
    found = _stances("The Swedish government wanted Norway to lower its fishing quotas further.")
    assert ("Sweden", "Norway", "DEMAND") in found
    assert not _stances("The Swedish government wanted Norway to join the talks.")  # an invitation, no demand


def test_a_countrys_measures_that_make_no_sense_are_criticised():
    text = "Officials said Norway's new fishing measures did not make much sense in the present market."
    found = _voiced(text, "Norway's new fishing measures did not make much sense in the present market", "Sweden")
    assert ("Sweden", "Norway", "DISAPPROVE") in found
    assert not _stances("Officials said Norway's new fishing measures did not make much sense.")  # no voice


def test_discussing_cooperation_with_a_country_is_cooperation():
    found = _stances("Finland will discuss cooperation in the timber market with Swedish officials.")
    assert ("Finland", "Sweden", "COOPERATE") in found


def test_a_pact_two_countries_sign_together_is_each_sides_pact():
    found = _stances("Finland and Sweden signed a joint venture contract for a paper mill in Finland.")
    assert {("Finland", "Sweden", "AGREE"), ("Sweden", "Finland", "AGREE")} <= found
    assert not _stances("Finland and Sweden signed a contract to buy Norwegian timber.")  # a purchase
    assert not _stances("Finland, Norway and Sweden signed an accord on fishing.")  # three signers: no pair


def test_the_paris_club_in_lower_case_is_no_france():
    found = article_events("Chile signed an accord with the Paris club of creditors last year.", "1987-05-01", [])
    assert not any(e.target == "France" for e in found)


def test_mending_relations_between_the_two_countries_is_each_sides_cooperation():
    text = (
        "A Finnish trade mission will visit Sweden for talks on improving strained relations between the two countries."
    )
    assert {("Finland", "Sweden", "COOPERATE"), ("Sweden", "Finland", "COOPERATE")} <= _stances(text)
    text = "Chile signed an accord with Peru.  The minister said it reflects closer ties between the two nations."
    assert ("Chile", "Peru", "COOPERATE") in _stances(text)


def test_relations_between_two_countries_that_no_one_mends_are_no_act():
    assert not _stances("Finland and Sweden met today.  Strained relations between the two countries worsened.")
    assert not _stances("Trade relations between Finland and Sweden were discussed.")


def test_relations_between_two_countries_named_by_name_are_no_act():
    assert not _stances("Sweden said it favoured improved relations between Finland and Norway.")


def test_a_country_opposing_anothers_measure_rejects_it():
    found = _stances("Finland restated its position in opposing the proposed Swedish tax on timber.")
    assert ("Finland", "Sweden", "REJECT") in found
    assert ("Finland", "Sweden", "REJECT") in _stances("Finland is opposing the Swedish timber tax.")
    assert not _stances("Finland met growers who took the step of opposing the Swedish tax.")  # the growers oppose


def test_retaliation_if_a_country_passes_a_measure_threatens_that_country():
    assert ("Finland", "Sweden", "THREATEN") in _stances("Finland will retaliate if Sweden adopts the timber tax.")
    found = _stances("Finland is ready to retaliate if the timber tax is approved by Sweden.")
    assert ("Finland", "Sweden", "THREATEN") in found
    assert not _stances("Finland has no plan to retaliate if Sweden adopts the timber tax.")  # negated


def test_two_countries_conducting_a_joint_inquiry_cooperate():
    found = _stances("Finland and Sweden will conduct a joint inquiry into the timber trade.")
    assert {("Finland", "Sweden", "COOPERATE"), ("Sweden", "Finland", "COOPERATE")} <= found


def test_a_joint_act_one_side_proposes_is_its_offer_to_the_other():
    text = "In a letter to Norwegian officials, Swedish minister Olof Berg suggested the two countries could conduct a joint inquiry."
    assert _stances(text) == {("Sweden", "Norway", "COOPERATE")}
