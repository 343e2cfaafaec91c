"""country_portrayal, round 12: the model's positive leaning is no positive portrayal where a sentence reads the
country negatively."""

from __future__ import annotations

import pandas as pd
from test_events import articles

from analysis.sentiment.countries import country_portrayal, event_sentences


def portrayal(sentences: list[tuple[str, float]]) -> str:
    """Chile's label in a story of ``sentences`` (text, the model's score for Chile in it), no events in it."""
    text = " ".join(s for s, _ in sentences)
    sentiment = pd.DataFrame(
        {
            "article_id": "a0",
            "country": "Chile",
            "start": 0,
            "end": 5,
            "score": [sc for _, sc in sentences],
            "label": "neutral",
            "evidence": [s for s, _ in sentences],
            "rule": "test",
        }
    )
    got = country_portrayal(articles(text), sentiment)
    return dict(zip(got["country"], got["label"]))["Chile"]


def test_a_sentence_reading_a_country_negatively_stops_a_positive_portrayal_from_the_model_alone():
    praised = [
        ("Chile's copper output rose sharply last year.", 0.9),
        ("Chile expects exports to grow again.", 0.8),
        ("Chile held talks with its creditors.", 0.0),
    ]
    assert portrayal(praised) == "positive"
    # the same leaning, but one sentence tells of its highest subsidies: not "mainly praised"
    mixed = praised + [("Chile has the highest farm subsidies of any exporter.", -0.7)]
    assert portrayal(mixed) == "neutral"


def test_a_call_on_a_country_to_act_against_another_is_advice_not_blame():
    events = event_sentences(
        articles(
            "Union leaders called on Canada to retaliate against Brazil for its shoe subsidies.",
            "Union leaders called on Canada to cut its own farm subsidies.",
        )
    )
    assert ("a0", "Canada") not in events or events[("a0", "Canada")].against == 0
    assert events[("a1", "Canada")].against == 1  # a call to mend its own conduct still counts against it
