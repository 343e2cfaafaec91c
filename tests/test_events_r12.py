"""country_events, round 12: constructions of wire copy that raise stance recall."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events, country_stance


def test_criticism_by_an_agent_of_a_country_is_the_agents_accusation():
    found = coded(
        country_events(
            articles(
                "Markets fell on criticism by Baker of West German monetary policy.",
                "Criticism by the French government of Spanish fishing quotas grew.",
                "The ministry declined to comment on criticism by Italian officials of recent Greek rate increases.",
            )
        )
    )
    assert ("United States", "West Germany", "ACCUSE", "asserted") in found
    assert ("France", "Spain", "ACCUSE", "asserted") in found
    assert ("Italy", "Greece", "ACCUSE", "asserted") in found  # "declined to comment on" negates no act


def test_a_countrys_plans_or_offer_to_act_are_its_own():
    found = coded(
        country_events(
            articles(
                "Robertson said the loss was triggered when Washington announced plans to slap 300 mln dlrs of tariffs on "
                "Brazilian shoes, raising fears.",
            )
        )
    )
    assert ("United States", "Brazil", "THREATEN", "future") in found


def test_reassurance_and_complaints_and_a_title_before_a_name():
    found = coded(
        country_events(
            articles(
                "Spain was reassured by the determination of Mr. Baker to help.",
                "Italy has been complaining about French wine subsidies for months.",
            )
        )
    )
    assert ("Spain", "United States", "SUPPORT", "asserted") in found  # "Mr." ends no clause
    assert ("Italy", "France", "DISAPPROVE", "asserted") in found


def test_a_warning_that_any_act_of_a_country_will_meet_a_response_threatens_it():
    found = coded(
        country_events(
            articles(
                "Iran said any U.S. Interference in the region would meet a strong response.",
                "A Greek official said any Turkish move into the disputed waters would be met with a swift response.",
                "The ministers will meet on Monday to discuss any Japanese response.",
                "Any Italian aid will bring relief, Spanish officials said.",
            )
        )
    )
    assert ("Iran", "United States", "THREATEN", "asserted") in found
    assert ("Greece", "Turkey", "THREATEN", "asserted") in found
    assert not any(t in ("Japan", "Italy") for _, t, *_ in found)  # no premise, or no response warned of


def test_talks_that_make_progress_or_are_called_fruitful_are_welcomed():
    stance = country_stance(
        articles(
            "Spain said satisfactory progress has been made in talks with Portugal on fishing.",
            "Italy held fruitful talks with Greece, the ministry said.",
            "Good progress was made in talks with creditor banks on loans to Brazil, Spain said.",
        )
    )
    pairs = set(zip(stance["holder"], stance["target"], stance["label"]))
    assert ("Spain", "Portugal", "positive") in pairs
    assert ("Italy", "Greece", "positive") in pairs
    assert not any(t == "Brazil" for _, t, _ in pairs)  # the banks were talked with, not Brazil


def test_protectionism_in_a_country_is_its_own_and_a_concern_reported_is_no_complaint():
    found = coded(country_events(articles("Spain expressed concern about the rise of protectionism in Portugal.")))
    assert ("Spain", "Portugal", "DISAPPROVE", "asserted") in found
    stance = country_stance(
        articles('"Italy is unhappy with the slow opening of the Greek market," a Greek minister said.')
    )
    assert not any(h == "Greece" for h in stance["holder"])  # the Greek reports their unhappiness; no grievance


def test_not_standing_idly_by_and_letting_a_country_act_is_a_threat():
    found = coded(country_events(articles("Spain will not stand idly by and let Portugal take its fishing grounds.")))
    assert ("Spain", "Portugal", "THREATEN", "asserted") in found


def test_an_act_decided_is_done_not_threatened():
    found = coded(
        country_events(
            articles(
                "Officials regretted Canada's decision to impose duties on Spanish wine.",
                "Canada will impose duties on Italian wine.",
            )
        )
    )
    assert ("Canada", "Spain", "SANCTION", "asserted") in found
    assert ("Canada", "Italy", "THREATEN", "future") in found
