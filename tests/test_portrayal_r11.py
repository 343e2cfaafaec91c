"""country_portrayal, round 11: a refusal is no blame, credit (not aid) makes a positive, praise repeated."""

from __future__ import annotations

from test_events import articles
from test_portrayal_r9 import labels

from analysis.sentiment.countries import EventCounts, event_sentences


def test_a_refusal_or_opposition_is_counted_against_a_country_but_never_firm():
    events = event_sentences(articles("The United States opposed Japan's proposal to change the voting rules."))
    japan = events[("a0", "Japan")]
    assert (japan.against, japan.firm) == (1, 0)
    # one refusal and sentences barely leaning against it: turned down, not blamed
    assert labels({"Japan": -0.1}, {"Japan": japan}) == {"Japan": "neutral"}


def test_aid_and_escorts_are_no_credit_for_a_positive_portrayal():
    events = event_sentences(
        articles(
            "The U.S. Navy will escort Kuwaiti tankers through the Gulf. Washington has offered aid to Kuwait.",
            "Japan agreed to drop barriers to Peruvian fish. Canada praised the Peruvian reforms.",
        )
    )
    kuwait, peru = events[("a0", "Kuwait")], events[("a1", "Peru")]
    assert (kuwait.for_, kuwait.credit) == (2, 0)
    assert (peru.for_, peru.credit) == (2, 2)  # a concession to it and praise of it
    got = labels({"Kuwait": 0.05, "Peru": 0.05}, {"Kuwait": kuwait, "Peru": peru}, n=2)
    assert got == {"Kuwait": "neutral", "Peru": "positive"}


def test_praise_repeated_outweighs_as_many_acts_against_unless_the_sentences_lean_against():
    got = labels(
        {"Peru": 0.05, "Chile": 0.05, "Bolivia": -0.05},
        {
            "Peru": EventCounts(2, 2, 1, praised=2, credit=2),  # welcomed twice, accused in the background
            "Chile": EventCounts(2, 2, 1, praised=1, credit=2),  # praised once: the sentences barely lean for it
            "Bolivia": EventCounts(2, 2, 1, praised=2, credit=2),  # the sentences lean against it
        },
    )
    assert got == {"Peru": "positive", "Chile": "neutral", "Bolivia": "neutral"}
    praised = event_sentences(articles("Brazil welcomed Mexico's new trade policy. Chile praised the Mexican reforms."))
    assert praised[("a0", "Mexico")].praised == 2
