"""country_portrayal, round 18: a country's rank in a trade and its own plans are no praise; backing down and
recovering are appraisals."""

from __future__ import annotations

import pandas as pd
from test_events import articles
from test_portrayal_r12 import portrayal

from analysis.sentiment.countries import country_portrayal, sentence_appraisals
from analysis.sentiment.intentions import states_intent
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


def test_a_country_s_own_plans_are_not_read_as_praise():
    plans = "Chile would keep its freeze on copper sales."
    assert states_intent(plans, 0, 5)
    confident = "The banker was confident that Chile will repay its loans."
    assert not states_intent(confident, confident.index("Chile"), confident.index("Chile") + 5)
    belief = "There are reasons to believe Chile could grow faster."
    assert not states_intent(belief, belief.index("Chile"), belief.index("Chile") + 5)
    pact = "The pact with Chile should help trade."
    assert not states_intent(pact, pact.index("Chile"), pact.index("Chile") + 5)
    assert plan_portrayal(plans) == "neutral"
    assert plan_portrayal("Chile's copper output rose sharply.") == "positive"


def plan_portrayal(middle: str) -> str:
    """Chile's label in a three-sentence story where the model reads only ``middle`` (naming Chile first) positively."""
    story = ["Chile held talks with its creditors.", middle, "Chile sent a delegation to Geneva."]
    text = " ".join(story)
    starts = [text.index(s) for s in story]
    sentiment = pd.DataFrame(
        {
            "article_id": "a0",
            "country": "Chile",
            "start": starts,
            "end": [s + 5 for s in starts],
            "score": [0.0, 0.95, 0.0],
            "label": "neutral",
            "evidence": story,
            "rule": "test",
        }
    )
    return country_portrayal(articles(text), sentiment)["label"].iloc[0]


def test_a_lack_of_confidence_in_a_country_or_its_opposition_blamed_for_a_failure_is_appraised_against_it():
    blamed = "The talks failed because of opposition from Chile and Peru, delegates said."
    assert sentence_appraisals(blamed) == {"Chile", "Peru"}
    assert sentence_appraisals("Bond prices fell on a lack of confidence in Chile.") == {"Chile"}
    assert sentence_appraisals("The plan met opposition from farmers in Chile.") == set()
