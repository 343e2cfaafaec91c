"""Stance, round 11: relative clauses, feelings about what a country did, pressure, a country saying it."""

from __future__ import annotations

from test_events import articles
from test_stance_r10 import edges

from analysis.sentiment.stance import country_stance


def test_the_head_of_a_who_relative_clause_acts_not_the_speaker():
    text = (
        "Much of the blame lay with Chilean Finance Minister Jorge Perez, who had publicly criticised Peru for its "
        "rates, a Bolivian official said."
    )
    assert ("Chile", "Peru", "ACCUSE", "asserted") in edges(text)
    assert not {e for e in edges(text) if e[0] == "Bolivia" and e[1] == "Peru"}
    assert ("Chile", "Peru", "ACCUSE", "asserted") in edges("It was Chile who has criticised Peru.")


def test_a_feeling_about_what_a_country_did_targets_the_country_acting():
    assert ("Chile", "Peru", "DISAPPROVE", "asserted") in edges(
        "Chile was disappointed that Peru took such action against its exports."
    )
    assert ("Chile", "Peru", "DISAPPROVE", "asserted") in edges(
        "Chile's concern that Peru might ignore its interests was raised at the meeting."
    )
    assert not edges("Chile was concerned that Peruvian interest rates could rise.")  # a market, no act
    assert not edges("Chile regretted that Peru will not be at the meeting.")  # a fate, not an act


def test_pressure_owned_by_countries_is_their_demand_of_the_clause_subject():
    assert edges("Peru may bow to Chilean and Bolivian pressure and open its market.") == {
        ("Chile", "Peru", "DEMAND", "asserted"),
        ("Bolivia", "Peru", "DEMAND", "asserted"),
    }
    assert edges("Peru is under Chilean pressure to cut its surplus.") == {("Chile", "Peru", "DEMAND", "asserted")}
    assert ("Chile", "Peru", "DEMAND", "asserted") in edges("Chile's decision would pressure Lima to pay its debts.")
    assert not edges("Chile might feel pressure to address Peruvian complaints.")  # the noun's object is no target


def test_a_country_saying_it_inside_a_speakers_words_holds_the_demand():
    df = country_stance(
        articles("Chile has indicated it is open to talks but that Peru must be flexible, delegates said."),
        sentiment="fast",
    )
    assert {(r.holder, r.target, r.label) for r in df.itertuples()} == {("Chile", "Peru", "negative")}


def test_two_countries_blaming_one_another_are_each_the_others_target():
    assert edges("Chile and Peru, the two largest producers, blamed one another for the failure.") == {
        ("Chile", "Peru", "ACCUSE", "asserted"),
        ("Peru", "Chile", "ACCUSE", "asserted"),
    }
    assert edges("Chile and Peru accused each other.") == {
        ("Chile", "Peru", "ACCUSE", "asserted"),
        ("Peru", "Chile", "ACCUSE", "asserted"),
    }
    assert not edges("Chilean firms blamed one another for the failure.")  # one country: no target


def test_an_offensive_mounted_towards_a_country_is_an_assault_by_the_verbs_subject():
    assert edges(
        "Peru's leadership had pledged a breakthrough and mounted a major offensive towards Chile's ports."
    ) == {("Peru", "Chile", "ASSAULT", "asserted")}
    assert edges("Peruvian forces have renewed their assault on Chilean lines.") == {
        ("Peru", "Chile", "ASSAULT", "asserted")
    }
    assert not edges("Peru's surplus had widened and mounted a major offensive towards Chile's ports.") - {
        (None, "Chile", "ASSAULT", "asserted")
    }  # a possessive that is not the government is no subject


def test_refusing_to_bow_to_a_countrys_pressure_rejects_it():
    assert edges("Peru has no plans to bow to Chilean and Bolivian pressure to open its market.") == {
        ("Chile", "Peru", "DEMAND", "asserted"),
        ("Bolivia", "Peru", "DEMAND", "asserted"),
        ("Peru", "Chile", "REJECT", "asserted"),
        ("Peru", "Bolivia", "REJECT", "asserted"),
    }
    assert ("Peru", "Chile", "REJECT", "asserted") in edges("Peru would not bow to Chilean pressure.")
    assert ("Peru", "Chile", "REJECT", "asserted") not in edges("Peru may bow to Chilean pressure soon.")


def test_losing_patience_with_a_country_is_disapproval():
    assert edges("Chilean authorities have lost patience with Peruvian trading practices.") == {
        ("Chile", "Peru", "DISAPPROVE", "asserted")
    }


def test_a_decision_said_to_rest_on_incorrect_data_is_an_accusation_of_its_owner():
    df = country_stance(
        articles("Perez said the Chilean decision was based on incorrect data, a Peruvian ministry statement said."),
        sentiment="fast",
    )
    assert ("Peru", "Chile", "negative") in {(r.holder, r.target, r.label) for r in df.itertuples()}
    assert not edges("The Chilean weather was based on incorrect data.")  # no act or claim: no owner


def test_to_protest_a_countrys_act_is_a_protest():
    assert edges("The law was enacted by Chile to protest the policies of Peru's government.") == {
        ("Chile", "Peru", "PROTEST", "asserted")
    }


def test_a_group_opening_the_sources_words_acts_not_the_sources_country():
    from test_events import coded

    from analysis import country_events

    text = "Unidentified jets attacked three Iranian oil rigs early on Monday, Bahraini shipping sources said."
    assert not {e for e in coded(country_events(articles(text))) if e[0] == "Bahrain"}
    text = "Iranian gunboats attacked a Kuwaiti tanker early on Monday, Bahraini shipping sources said."
    assert ("Iran", "Kuwait", "ASSAULT", "asserted") in coded(country_events(articles(text)))  # force (round 14c)


def test_may_the_month_is_no_future():
    text = "The bill was written in the wake of the May 17 Iraqi missile attack on the U.S. frigate Stark."
    assert ("Iraq", "United States", "ASSAULT", "asserted") in edges(text)
    assert ("Iraq", "United States", "THREATEN", "future") in edges("Iraq said it may impose sanctions on the U.S.")
