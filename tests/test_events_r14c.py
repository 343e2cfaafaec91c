"""country_events, round 14c: an act named by a country's definite noun phrase is done; an act blamed is no act."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def test_a_definite_act_owned_by_a_country_has_happened_whatever_the_clause_around_it():
    got = coded(
        country_events(
            articles(
                "Oil prices would remain firm despite the U.S. attack on Iranian oil platforms, traders said.",
                "Markets could stay calm after Iraq's attack on Iranian shipping, dealers said.",
            )
        )
    )
    assert ("United States", "Iran", "ASSAULT", "asserted") in got
    assert ("Iraq", "Iran", "ASSAULT", "asserted") in got
    assert not {e for _, _, e, _ in got} & {"THREATEN"}


def test_an_act_announced_or_planned_is_still_a_threat():
    got = coded(
        country_events(
            articles(
                "The United States would attack Iranian oil platforms, officials said.",
                "Officials said a planned U.S. attack on Iranian oil platforms would go ahead.",
            )
        )
    )
    assert ("United States", "Iran", "THREATEN", "future") in got
    assert ("United States", "Iran", "ASSAULT", "asserted") not in got


def test_an_act_blamed_on_a_country_is_no_act_of_the_one_who_blames():
    got = coded(
        country_events(
            articles("Kuwait blamed the attack on Iran.", "Iraq blamed Iran for the attack on Saudi Arabia.")
        )
    )
    assert ("Kuwait", "Iran", "ACCUSE", "asserted") in got
    assert ("Iraq", "Iran", "ACCUSE", "asserted") in got
    assert not {e for _, _, e, _ in got} & {"ASSAULT", "THREATEN"}


def test_attacked_is_force_where_it_strikes_a_countrys_ships_or_forces_and_words_elsewhere():
    got = coded(
        country_events(
            articles(
                "Iranian gunboats attacked a Kuwaiti tanker on Friday.",
                "Iraqi jets attacked Iranian positions near Basra.",
                "Japan attacked U.S. trade policy.",
            )
        )
    )
    assert ("Iran", "Kuwait", "ASSAULT", "asserted") in got
    assert ("Iraq", "Iran", "ASSAULT", "asserted") in got
    assert ("Japan", "United States", "ACCUSE", "asserted") in got


def test_a_demonym_opening_a_company_name_is_the_company_not_its_country():
    company = "Canada's Acme Inc said it signed an agreement with British Telecommunications Plc to sell its phones."
    assert not coded(country_events(articles(company)))
    state = coded(country_events(articles("Canada signed an agreement with Britain to cut tariffs on steel.")))
    assert ("Canada", "United Kingdom", "AGREE", "asserted") in state
