"""Stance and portrayal, round 10: victims of force, charges named as nouns, attacks suffered."""

from __future__ import annotations

from test_events import articles

from analysis.sentiment.countries import event_sentences
from analysis.sentiment.events import article_events


def edges(text: str) -> set[tuple[str | None, str, str, str]]:
    """(actor, target, event, mode) of one text's events."""
    return {(e.actor, e.target, e.event, e.mode) for e in article_events(text, "1987-04-01")}


def test_a_country_attacked_is_not_counted_against_in_its_portrayal():
    events = event_sentences(
        articles("Peruvian jets carried out an attack on Chilean oil rigs. Bolivia accused Chile of smuggling.")
    )
    assert events[("a0", "Chile")].against == 1  # the accusation, not the attack


def test_charges_and_allegations_named_as_nouns_accuse_the_that_clause_s_subject():
    assert edges("The row is over Chilean charges that Peru is dumping copper.") == {
        ("Chile", "Peru", "ACCUSE", "asserted")
    }
    assert ("Chile", "Peru", "ACCUSE", "asserted") in edges("Peru rejected Chilean allegations that Peru had cheated.")
    assert not {e for e in edges("He dismissed allegations that Peru had dumped copper.") if e[0]}  # whose: unknown


def test_a_country_come_under_attack_by_another_is_its_target():
    assert edges("Ships serving Chile have come under repeated attack by Peru, officials said.") == {
        ("Peru", "Chile", "ASSAULT", "asserted")
    }
    assert not edges("An attack by Peruvian jets on a Chilean port was reported.") - {
        ("Peru", "Chile", "ASSAULT", "asserted")
    }  # "attack by" without "under": the clause subject is no target


def test_european_goods_an_act_falls_on_are_the_european_community_s():
    assert edges("Chile and Peru threatened to impose duties on European exports.") == {
        ("Chile", "European Union", "THREATEN", "future"),
        ("Peru", "European Union", "THREATEN", "future"),
    }
    assert not edges("Chile said it was encouraged by a ruling covering European pasta imports.")
    assert not edges("Chile imposed duties on goods from European countries.")  # countries: not the bloc


def test_an_attack_named_by_its_noun_reaches_its_target_through_on_a_few_words_on():
    assert ("Peru", "Chile", "ASSAULT", "asserted") in edges(
        "The navy struck back after a Peruvian missile attack last Friday on a Chilean tanker."
    )
    assert not edges("Chile said its troops repelled an overnight attack by Peruvian guards.")  # by: the attacker
    assert not edges("Chile reported Peruvian attacks to drive the Bolivians from their positions.")  # no "on"


def test_the_move_opposed_is_the_one_the_sentence_before_told_of():
    assert edges("Peruvian delegates asked for more votes at the bank. Chile opposed the move.") == {
        ("Chile", "Peru", "REJECT", "asserted")
    }
    assert not edges("Peru and Bolivia asked for more votes at the bank. Chile opposed the move.")  # two: which?
    assert not edges("Peru opened a night session of futures. Local Chilean houses welcomed the move.")  # firms
    assert not edges("Peru asked for more votes. Chile opposed the plan to cut funds.")  # the plan says what it is


def test_a_state_s_central_bank_or_ministry_acted_on_is_its_country():
    assert edges("Prime Minister Nakasone has criticized the Bundesbank's rate increase.") == {
        ("Japan", "West Germany", "ACCUSE", "asserted")
    }
    assert not {e for e in edges("Nakasone said the Bundesbank must cut rates.") if e[0]}  # no demand by a body


def test_a_country_naming_market_voices_is_no_actor():
    assert not {e for e in edges("Japanese commodity traders welcomed the Chilean decision.") if e[0]}


def test_asking_a_country_to_stop_or_undo_is_a_demand():
    assert edges("Chile will ask Lima to remove its quotas on Chilean copper.") >= {
        ("Chile", "Peru", "DEMAND", "asserted")
    }
    assert not edges("Chile asked Peru to join the talks.")  # a request, no demand
    assert not edges("Peruvian delegates asked for more votes at the bank.")


def test_a_former_official_holds_no_stance_for_his_country():
    from analysis.sentiment.voices import holder_country

    assert holder_country("a former U.S. diplomat now with a think tank", "United States") is None
    assert holder_country("an ex-career naval officer", "Bahrain") is None
    assert holder_country("Trade Minister", "Chile") == "Chile"


def test_clashes_between_two_countries_are_force_each_way():
    assert edges("Shells from an exchange of fire between Peru and Ecuador fell on the border.") == {
        ("Peru", "Ecuador", "ASSAULT", "asserted"),
        ("Ecuador", "Peru", "ASSAULT", "asserted"),
    }
    assert not edges("Clashes between students and police were reported in Lima.")
    assert not edges("The war between Peru and Ecuador ended in 1942.")  # a war named as background: no act


def test_the_head_of_a_which_clause_is_the_act_s_object():
    assert edges("Diplomats said Peru, which Chile has accused of dumping copper, denied it.") == {
        ("Chile", "Peru", "ACCUSE", "asserted")
    }
    assert edges("A Peruvian trawler which Chile had threatened to seize stayed in port.") == {
        ("Chile", "Peru", "THREATEN", "asserted")
    }
    assert not edges("Trading could drift to Lima, which the Chilean central bank opposes.")  # a city: the place
    assert not edges("Peru said that Chile had threatened to seize the trawler.")  # "that": a reported clause


def test_a_passive_s_agents_joined_by_and_all_act_and_participles_may_be_listed():
    assert edges("The rebels of Chad, supported, trained and armed by Paris and Washington, won.") == {
        ("France", "Chad", "SUPPORT", "asserted"),
        ("United States", "Chad", "SUPPORT", "asserted"),
    }
    assert edges("Peru was criticised by Chile and Bolivia for its tariffs.") == {
        ("Chile", "Peru", "ACCUSE", "asserted"),
        ("Bolivia", "Peru", "ACCUSE", "asserted"),
    }


def test_charges_without_that_need_a_verb_after_their_subject():
    assert edges("He will refute Chilean charges Peru has dumped copper.") == {("Chile", "Peru", "ACCUSE", "asserted")}
    assert not edges("Chilean port charges on Peruvian ships rose 10 pct.")


def test_retaliation_not_ruled_out_is_a_threat_at_the_condition_s_country():
    assert edges("The official refused to rule out Chilean retaliation if Peru went ahead with its tariffs.") >= {
        ("Chile", "Peru", "THREATEN", "conditional")
    }
    assert ("Chile", "Peru", "THREATEN", "future") in edges("Chile did not rule out retaliation against Peru.")
    assert ("Chile", "Peru", "SANCTION", "negated") in edges("Chile ruled out retaliation against Peru.")
    assert not edges("Fears of retaliation grew in Lima.")  # no condition: no target


def test_a_country_given_a_time_limit_to_act_faces_an_ultimatum():
    assert edges("Chile has given Peru six weeks to open its market.") == {("Chile", "Peru", "DEMAND", "asserted")}
    assert ("Chile", "Peru", "DEMAND", "asserted") in edges("Chile is giving Peru until April to cut its tariffs.")
    assert not edges("Chile gave Peru 300 mln dlrs in aid last year.") - {("Chile", "Peru", "AID", "asserted")}
