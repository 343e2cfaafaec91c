"""Cooperative and hostile acts between countries (round 17): support a country has, losses inflicted by a
country's troops, stable relations, coordination, cooperation agreements, goodwill missions, debt rescheduled,
a rebuttal."""

from __future__ import annotations

from analysis.sentiment.events import article_events
from analysis.sentiment.stance import is_stance


def _stances(text: str) -> set[tuple]:
    found = article_events(text, "1987-05-01", [])
    return {(e.actor, e.target, e.event) for e in found if is_stance(e)}


def test_a_country_that_has_the_support_of_another_is_its_target():
    found = _stances("Norway has the full support of Sweden in the fishing dispute, an official said.")
    assert ("Sweden", "Norway", "SUPPORT") in found


def test_troops_killing_or_wounding_another_countrys_soldiers_assault_it():
    found = _stances("Chilean forces had killed or wounded over 1,000 Peruvians in the new offensive.")
    assert ("Chile", "Peru", "ASSAULT") in found
    assert ("Chile", "Peru", "ASSAULT") in _stances("Chilean troops killed hundreds of Peruvians.")


def test_its_troops_in_a_countrys_words_are_that_countrys_side():
    text = "Chile said its troops had killed thousands of Peruvians on the northern front."
    found = article_events(text, "1987-05-01", [])
    assert ("Chile", "Peru") in {(e.actor, e.target) for e in found}


def test_stable_relations_coordination_and_a_cooperation_agreement_are_cooperation():
    assert ("Finland", "Norway", "COOPERATE") in _stances("Finland wants stable economic relations with Norway.")
    assert ("Sweden", "Norway", "COOPERATE") in _stances("Sweden acted in coordination with Norway on the rates.")
    assert ("Sweden", "Norway", "COOPERATE") in _stances("Sweden signed a cooperation agreement with Norway.")


def test_a_goodwill_mission_and_rescheduled_debt_are_friendly_acts():
    assert ("Uganda", "Kenya", "CONSULT") in _stances("A Ugandan goodwill mission to Kenya will arrive today.")
    assert ("Sweden", "Zambia", "COOPERATE") in _stances("Sweden has agreed to reschedule Zambia's debt.")


def test_a_plain_agreement_signed_stays_no_stance():
    assert not _stances("Sweden signed an agreement with Norway on fish sales.")


def test_a_whose_clause_makes_its_head_country_the_undergoer():
    text = "Norway, whose fishing fleet has come under repeated attack by Chile, has the full support of Sweden."
    found = _stances(text)
    assert ("Chile", "Norway", "ASSAULT") in found and ("Sweden", "Norway", "SUPPORT") in found
    assert not _stances("The Norwegian fleet, whose ships have come under attack by Chile, sailed.")


def test_mending_or_breaking_relations_is_cooperation_or_a_sanction():
    assert ("Sweden", "Chile", "COOPERATE") in _stances("Sweden wants to improve relations with Chile.")
    assert ("Sweden", "Chile", "COOPERATE") in _stances("Sweden restored diplomatic relations with Chile.")
    assert ("Sweden", "Chile", "SANCTION") in _stances("Sweden broke off diplomatic relations with Chile.")
    assert ("Sweden", "Chile", "PROTEST") in _stances("Sweden recalled its ambassador from Chile on Monday.")


def test_help_gifts_coordination_and_cooperation_between_two_countries():
    assert ("Norway", "Chile", "AID") in _stances("Norway donated grain to Chile.")
    assert ("Norway", "Chile", "COOPERATE") in _stances("Norway has agreed to help Chile rebuild its ports.")
    found = _stances("Officials praised the close cooperation between Norway and Chile.")
    assert {("Norway", "Chile", "COOPERATE"), ("Chile", "Norway", "COOPERATE")} <= found
    found = _stances("Norway and Chile will coordinate their fishing policies.")
    assert {("Norway", "Chile", "COOPERATE"), ("Chile", "Norway", "COOPERATE")} <= found


def test_a_plane_shot_down_is_an_assault():
    assert ("Chile", "Peru", "ASSAULT") in _stances("Chilean jets shot down a Peruvian plane near the border.")


def test_a_pact_to_act_with_a_country_is_friendly_but_a_deal_to_trade_is_not():
    assert ("Norway", "Zambia", "AGREE") in _stances("Norway agreed with Zambia to reschedule the debt.")
    assert not _stances("Norway agreed with Zambia to buy copper.")
    assert not _stances("Norway agreed with Zambia on the need for talks.")


def test_solidarity_with_a_country_is_support():
    assert ("Norway", "Zambia", "SUPPORT") in _stances("Norway has shown solidarity with Zambia.")


def test_a_rebutted_charge_is_a_rejection_of_its_maker():
    assert ("Norway", "Chile", "REJECT") in _stances("Oslo rebutted Chilean criticism of its fishing quotas.")


def test_two_countries_that_work_together_or_cooperate_act_in_cooperation():
    found = _stances("Norway and Chile will work together to protect fish stocks.")
    assert {("Norway", "Chile", "COOPERATE"), ("Chile", "Norway", "COOPERATE")} <= found
    assert ("Norway", "Chile", "COOPERATE") in _stances("Norway and Chile will cooperate on fish.")
    assert not _stances("Norway, Chile and Peru will cooperate on fish.")


def test_a_countrys_urgings_for_another_to_act_are_a_demand():
    found = _stances("Swedish urgings for Norway to cut its fishing quotas went unheeded.")
    assert ("Sweden", "Norway", "DEMAND") in found
