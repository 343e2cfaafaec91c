"""country_events, round 13b: constructions of wire copy from the stance development sets' misses."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def test_action_needed_or_called_for_from_a_country_is_a_demand_of_it():
    found = coded(
        country_events(
            articles(
                "U.S. officials said the United States needed action from Japan to open its markets, not just promises.",
                "The European Community has repeated its calls for action by Japan to cut its trade surplus.",
                "The report underscores the need for action by West Germany and Japan, a U.S. official said.",
            )
        )
    )
    assert ("United States", "Japan", "DEMAND", "asserted") in found
    assert ("European Union", "Japan", "DEMAND", "asserted") in found
    assert ("United States", "West Germany", "DEMAND", "asserted") in found


def test_an_attack_a_countrys_response_is_to_targets_that_country():
    found = coded(
        country_events(
            articles(
                "Officials said a decision had been made on the U.S. response to Friday's Iran attack.",
                "Washington's retaliation for the Libyan attacks was swift, officials said.",
            )
        )
    )
    assert ("Iran", "United States", "ASSAULT", "asserted") in found
    assert ("Libya", "United States", "ASSAULT", "asserted") in found


def test_an_attack_reaches_its_target_through_a_participle_of_damage():
    found = coded(
        country_events(
            articles("Israel bombed bases in retaliation for Tuesday's Syrian attack damaging an Israeli patrol boat.")
        )
    )
    assert ("Syria", "Israel", "ASSAULT", "asserted") in found
