"""Events, round 12: actors and targets named by "it", "its" or a definite act told of in the sentence before."""

from __future__ import annotations

from analysis.sentiment.events import article_events


def edges(text: str) -> set[tuple[str | None, str, str, str, str]]:
    """(actor, target, event, actor rule, target rule) of one text's events."""
    return {(e.actor, e.target, e.event, e.actor_rule, e.target_rule) for e in article_events(text, "1987-04-01")}


def test_its_in_the_object_is_the_one_other_country_named_before():
    assert ("Peru", "Chile", "REJECT", "participle-subject", "its-antecedent") in edges(
        "Peru approved the sale of fishing boats to Chile, rejecting its request for a larger vessel."
    )
    # a company named between could own it: no target
    assert not edges("Peru fined Codelco for selling copper to Bolivia, rejecting its appeal.")
    # the actor's own "its" is no target
    assert not edges("Peru has threatened to use its new trade law, officials said.")


def test_it_after_a_country_s_verb_of_saying_is_that_country():
    assert ("Peru", "Chile", "ACCUSE", "it-sayer", "object") in edges(
        "Peru said on Monday it had accused Chile of dumping copper."
    )
    assert not {e for e in edges("The Andean Bank said on Monday it had accused Chile of dumping copper.") if e[0]}


def test_it_opening_a_sentence_is_the_country_that_opened_the_one_before():
    assert ("Peru", "Chile", "DEMAND", "it-previous-subject", "requested") in edges(
        "Peru is claiming full repayment of the loan. It has also asked Chile to stop selling weapons to Bolivia."
    )
    assert not {
        e
        for e in edges(
            "The World Bank is claiming repayment. It has also asked Chile to stop selling weapons to Bolivia."
        )
        if e[0]
    }


def test_an_objection_to_a_bare_definite_act_targets_its_owner_in_the_sentence_before():
    assert ("Chile", "Peru", "REJECT", "subject", "act-antecedent") in edges(
        "Peru imposed penalties on Chilean copper. Chile rejected the penalties."
    )
    # the act's owner named in its own words: the object, not the sentence before
    assert ("Chile", "Peru", "REJECT", "subject", "act-antecedent") not in edges(
        "Peru imposed penalties on Chilean copper. Chile rejected the penalties imposed by Bolivia."
    )
    # two other countries in the sentence before: no clear owner
    assert not {
        e
        for e in edges("Peru and Bolivia imposed penalties on Ecuador. Chile rejected the penalties.")
        if e[4] == "act-antecedent"
    }
