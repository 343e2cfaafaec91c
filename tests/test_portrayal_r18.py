"""country_portrayal, round 18: a country's rank in a trade is no praise; backing down and recovering are appraisals."""

from __future__ import annotations

from test_portrayal_r12 import portrayal

from analysis.sentiment.countries import sentence_appraisals
from analysis.sentiment.ranks import ranks


def test_a_sentence_ranking_a_country_in_a_trade_is_not_read_as_praise():
    assert ranks("Chile is the world's second largest copper producer.")
    assert ranks("Chile and Peru are the two biggest exporters of fishmeal.")
    assert not ranks("Chile's copper output rose sharply last year.")
    story = [
        ("Chile held talks with its creditors.", 0.0),
        ("Chile is the world's largest copper producer.", 0.95),
        ("Chile sent a delegation to Geneva.", 0.0),
    ]
    assert portrayal(story) == "neutral"
    praised = story[:1] + [("Chile's copper output rose sharply last year.", 0.95)] + story[2:]
    assert portrayal(praised) == "positive"


def test_a_country_backing_down_or_recovering_from_a_disaster_is_appraised_against():
    assert sentence_appraisals("The Chilean government is backing down on its plan to tax imported wine.") == {"Chile"}
    assert sentence_appraisals("Loans to Peru, which is recovering from severe floods, were cut.") == {"Peru"}
    assert sentence_appraisals("Peru is recovering its share of the fishmeal market.") == set()
