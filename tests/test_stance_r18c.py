"""Round 18, third pass (issue 24): countries an event reaches that are no target of it (a model copied, an ally
asked to press a third party), a relative clause the writer adds to a speaker's noun phrase, and a threat whose
condition names the measure instead of its country."""

from __future__ import annotations

from test_events import articles

from analysis import country_stance
from analysis.sentiment.events import article_events
from analysis.sentiment.stance import is_stance


def _stances(text: str) -> set[tuple]:
    return {(e.actor, e.target, e.event) for e in article_events(text, "1987-05-01", []) if is_stance(e)}


def _pairs(text: str) -> set[tuple]:
    df = country_stance(articles(text))
    return set(zip(df["holder"], df["target"], df["label"]))


def test_a_country_whose_act_is_copied_is_no_target():
    found = _stances("Peru has threatened to emulate Ecuador's suspension of interest payments if creditors refuse.")
    assert not {f for f in found if f[1] == "Ecuador"}
    assert ("Peru", "Ecuador", "THREATEN") in _stances("Peru has threatened to punish Ecuador's exporters.")


def test_asking_a_country_to_press_a_third_is_no_demand_of_it():
    found = _stances('Norway urged Sweden to "keep the heat on" the Danish government over the fishing quotas.')
    assert not {f for f in found if f[1] == "Sweden"}
    assert ("Norway", "Sweden", "DEMAND") in _stances("Norway urged Sweden to lift its quotas on fish.")


def test_the_writers_relative_clause_on_a_speakers_noun_phrase_is_no_complaint():
    text = (
        "Chile has confirmed a new outbreak of cattle fever, which prompted Peru on Friday to ban imports of "
        "Chilean beef."
    )
    assert ("Chile", "Peru", "negative") not in _pairs(text)
    assert ("Peru", "Chile", "negative") in _pairs(text)  # the ban itself stays


def test_a_threat_whose_condition_names_the_measure_targets_its_country():
    text = (
        "Growers hope the proposed Brazilian tax on coffee will not be imposed, but say Colombia is prepared to "
        "retaliate if it is introduced."
    )
    assert ("Colombia", "Brazil", "THREATEN") in _stances(text)
    other = "Colombia will retaliate if the tax on Brazilian coffee is introduced."
    assert not {f for f in _stances(other) if f[1] == "Brazil"}  # the goods' country takes no measure


def test_retaliatory_measures_if_aim_at_the_condition_and_keep_their_object_otherwise():
    text = "Sweden will take retaliatory measures if the quota is approved by Norway's parliament."
    assert ("Sweden", "Norway", "THREATEN") in _stances(text)
    against = "Sweden took retaliatory measures against Norway."
    assert ("Sweden", "Norway", "SANCTION") in _stances(against)  # no "if": the object pattern stays


def test_a_stock_condition_lets_the_threat_keep_its_object():
    text = "Sweden will retaliate if deemed necessary against Norwegian fish exports."
    assert ("Sweden", "Norway", "THREATEN") in _stances(text)
    assert not _stances("Sweden will retaliate if necessary.")


def test_asking_for_help_or_to_join_is_no_demand():
    assert not {
        f for f in _stances("Norway pressed Sweden to increase its level of aid to Norway.") if f[2] == "DEMAND"
    }
    assert ("Norway", "Sweden", "DEMAND") in _stances("Norway urged Sweden to increase imports of Norwegian fish.")
    assert not _pairs('Norway\'s minister said: "Sweden should join the Nordic fund."')
    assert ("Norway", "Sweden", "negative") in _pairs(
        'Norway\'s minister said: "Sweden should lower its fish tariffs."'
    )
