"""country_portrayal, round 11: a refusal is no blame, credit (not aid) makes a positive, praise repeated, and
appraisals with no holder (failing, criticised, falling short, in trouble)."""

from __future__ import annotations

from test_events import articles
from test_portrayal_r9 import labels

from analysis.sentiment.countries import (
    EventCounts,
    appraisal_counts,
    country_sentiment,
    event_sentences,
    sentence_appraisals,
)


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


def appraised_countries(*texts: str) -> list[set[str]]:
    """The countries each one-sentence story appraises (appraisals.py)."""
    return [sentence_appraisals(t) for t in texts]


def test_a_country_s_failure_is_an_appraisal_of_it_but_a_meeting_s_failure_is_not():
    got = appraised_countries(
        "Tariffs were raised in retaliation for Chile's alleged failure to honour the accord.",
        "The talks were overshadowed by the failure of Peru to pay its creditors.",
        "Prices fell after the failure of the Lima coffee talks.",  # the city names where the talks were
    )
    assert got == [{"Chile"}, {"Peru"}, set()]


def test_criticism_a_country_faces_with_no_holder_is_an_appraisal_and_a_named_attacker_an_event():
    got = appraised_countries(
        "Chile's farm subsidies have also attracted criticism.",
        "Peru's trade policies face growing international attack, diplomats said.",
        "Bolivia faced a fierce Peruvian attack on its border posts.",  # Peru attacks: an event, not an appraisal
    )
    assert got == [{"Chile"}, {"Peru"}, set()]


def test_efforts_found_wanting_or_a_country_in_trouble_are_appraisals_of_it():
    got = appraised_countries(
        "He said efforts by Chile and Peru to cut their deficits were still disappointing.",
        "Bolivia has said it was badly hit by the fall in tin prices.",
        "Chilean Copper said its results were disappointing.",  # a company's results, said by the company
        "Peru, one official said, is in a difficult position.",  # a comma: no appraisal read across it
    )
    assert got == [{"Chile", "Peru"}, {"Bolivia"}, set(), set()]


def test_an_appraisal_portrays_a_country_negatively_unless_events_are_for_it_or_it_is_the_actor():
    got = labels(
        {"Chile": 0.1, "Peru": 0.1, "Bolivia": 0.1},
        {
            "Chile": EventCounts(0, 0, 0, appraised=1),
            "Peru": EventCounts(0, 1, 0, appraised=1, credit=1),  # praised too
            "Bolivia": EventCounts(0, 0, 0, acts=1, appraised=1),  # the story's actor
        },
        n=2,
    )
    assert got == {"Chile": "negative", "Peru": "neutral", "Bolivia": "neutral"}
    stories = articles("Chile's farm subsidies have also attracted criticism. Peru's were praised.", "Chile grew.")
    assert appraisal_counts(stories, country_sentiment(stories, "fast")) == {("a0", "Chile"): 1}


def test_a_country_to_blame_or_failing_is_appraised_but_not_one_after_a_preposition_or_in_another_clause():
    got = appraised_countries(
        "Officials said Peru's president was the main cause of the tension.",
        "Chilean industry is failing to produce what its markets need.",
        "Quotas on exports to Bolivia were also to blame for the fall.",  # Bolivia is no subject
        "Chile cut its aid to Peru as a protest it is failing to pay.",  # "it" opens another clause
    )
    assert got == [{"Peru"}, {"Chile"}, set(), set()]
