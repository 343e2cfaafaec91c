"""Stance, round 10: constructions the read of 50 stance rows on stories outside the gold found wrong."""

from __future__ import annotations

import pandas as pd
from test_events import articles
from test_stance_r10 import edges

from analysis import country_stance


def pairs(df: pd.DataFrame) -> set[tuple[str, str]]:
    """(holder, target) of a stance table."""
    return set(zip(df.holder, df.target))


def test_any_act_is_the_premise_of_a_warning_not_an_act():
    found = edges("Any Peruvian attack on Chilean ships will bring a firm response, a Chilean official said.")
    assert ("Peru", "Chile", "ASSAULT", "hypothetical") in found
    stance = country_stance(articles("Any Peruvian attack on Chilean ships will bring a firm response."))
    assert ("Peru", "Chile") not in pairs(stance)
    assert ("Peru", "Chile", "ASSAULT", "asserted") in edges("A Peruvian attack on Chilean ships was reported.")


def test_a_request_the_speaker_reports_is_no_complaint():
    text = 'A Chilean trade official said: "These are among the items on which Peru has asked Chile to cut tariffs."'
    assert ("Chile", "Peru") not in pairs(country_stance(articles(text)))
    hostile = 'A Chilean trade official said: "Peru imposed duties on Chilean copper last week."'
    assert ("Chile", "Peru") in pairs(country_stance(articles(hostile)))


def test_a_participle_s_agent_after_its_setting_is_not_its_object():
    found = edges("Two tankers attacked in the Gulf by Iranian gunboats have anchored off Bahrain.")
    assert not {e for e in found if e[1] == "Iran"}
    assert ("Iran", "Iraq", "ACCUSE", "asserted") in edges("Iran attacked Iraqi policy on Monday.")


def test_market_groups_hold_no_stance_for_the_speaker_s_country():
    text = 'Trade sources in Lima said: "Some buyers rejected the Chilean request because they had sold the copper."'
    assert ("Peru", "Chile") not in pairs(country_stance(articles(text)))
    assert not {e for e in edges("Peruvian buyers are resisting Chile's prices.") if e[0] == "Peru"}


def test_a_company_s_act_is_no_country_s():
    assert not {e for e in edges("Citibank had held up an agreement with Chile, bankers said.") if e[0]}
    assert ("United States", "Japan", "SANCTION", "asserted") in edges(
        "The Commerce Department imposed duties on Japanese bearings."
    )


def test_a_noun_a_country_names_is_what_should_act_not_the_country():
    found = edges('An official said: "The Peruvian and Bolivian pacts should serve as precedents."')
    assert not {e for e in found if e[2] == "DEMAND"}
    assert (None, "Peru", "DEMAND", "asserted") in edges("He said the Peruvian currency should be adjusted.")
    assert (None, "Peru", "DEMAND", "asserted") in edges("He said Peru itself should cut tariffs.")
    assert not edges("He said the Peruvian economy should grow.")


def test_a_named_person_who_urged_inside_the_sources_words_makes_the_demand():
    text = (
        "Chilean farm minister Juan Roe said the plan was unfair. "
        "Diplomatic sources said Roe urged that Peru should take some of the imports."
    )
    df = country_stance(articles(text))
    assert ("Chile", "Peru") in pairs(df)


def test_support_withheld_is_no_support():
    assert ("Chile", "Peru", "SUPPORT", "negated") in edges("Chile threatened to withhold support for Peru.")
    assert ("Chile", "Peru", "SUPPORT", "asserted") in edges("Chile voiced support for Peru.")
