"""country_portrayal, round 9: the story's actor, an announced sanction, praise against one rider."""

from __future__ import annotations

import pandas as pd
from test_events import articles

from analysis.sentiment.countries import EventCounts, _evidenced_labels, event_sentences


def labels(scores: dict[str, float], events: dict[str, EventCounts], n: int = 5) -> dict[str, str]:
    """Labels of one story's countries from their mean scores and event counts."""
    df = pd.DataFrame({"article_id": "a", "country": list(scores), "score": list(scores.values()), "n_sentences": n})
    got = _evidenced_labels(df, {("a", c): e for c, e in events.items()})
    return dict(zip(scores, got))


def test_the_story_s_actor_is_not_portrayed_negatively_by_one_act_against_it():
    # Peru raised tariffs on Chile and warned it; Chile accused Peru once: Peru is the actor, Chile its object
    got = labels(
        {"Peru": -0.05, "Chile": -0.05},
        {"Peru": EventCounts(1, 0, 1, acts=2), "Chile": EventCounts(2, 0, 2, acts=1)},
    )
    assert got == {"Peru": "neutral", "Chile": "negative"}


def test_the_actor_s_own_sentences_read_positively_are_no_positive_portrayal():
    got = labels({"Peru": 0.3, "Chile": 0.3}, {"Peru": EventCounts(0, 0, 0, acts=1)})
    assert got == {"Peru": "neutral", "Chile": "positive"}
    acts = event_sentences(
        articles("Peru raised tariffs on Chilean copper.", "Bolivia asked whether Peru would protest against Chile.")
    )
    assert acts[("a0", "Peru")].acts == 1 and ("a1", "Peru") not in acts  # a question is no act


def test_a_threat_of_force_does_not_make_its_maker_the_story_s_actor():
    events = event_sentences(articles("Iran said it would destroy any U.S. warship. Oman imposed sanctions on Iran."))
    assert events[("a0", "Iran")].acts == 0
    assert events.get(("a0", "United States"), EventCounts(0, 0, 0)).firm == 0  # a victim, not blamed


def test_a_sanction_a_named_country_announces_is_firm_against_its_target():
    events = event_sentences(
        articles(
            "The United States will impose tariffs on Japanese electronic goods, officials said.",
            "Officials said they would impose tariffs on Japanese goods.",  # no country named as its maker
            "Chile has lifted the tariffs it imposed on Japanese goods.",  # a lift is a retreat, not a penalty
            "Reagan hoped the United States could lift its sanctions against Japan soon.",  # they stand
            "Chile will ask Tokyo to remove its quotas on Chilean beef.",  # a lift asked for
        )
    )
    assert [events[(f"a{i}", "Japan")].firm for i in range(4)] == [1, 0, 0, 1]
    assert events[("a4", "Chile")].firm == 0
    assert labels({"Japan": -0.1}, {"Japan": events[("a0", "Japan")]}) == {"Japan": "negative"}


def test_praise_with_sentences_leaning_for_a_country_outweighs_one_act_against_it():
    got = labels(
        {"Peru": 0.15, "Chile": 0.05, "Bolivia": 0.15},
        {
            "Peru": EventCounts(1, 1, 1, praised=1),  # praised, and warned
            "Chile": EventCounts(1, 1, 1, praised=1),  # the sentences barely lean for it
            "Bolivia": EventCounts(1, 1, 1),  # only backed, not praised
        },
    )
    assert got == {"Peru": "positive", "Chile": "neutral", "Bolivia": "neutral"}
    praised = event_sentences(articles("Washington praised South Korea's new trade policies."))
    assert praised[("a0", "South Korea")].praised == 1
