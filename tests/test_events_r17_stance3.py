"""Events (round 17, stance 3): a done act is no threat and its type agrees with its rule; a pair named before
acts on each other; a war communique's agentless passive is the speaker's forces' act."""

from __future__ import annotations

from analysis.sentiment.events import Voice, article_events, rule_of
from analysis.sentiment.stance import is_stance


def _coded(text: str, voices: list[Voice] | None = None) -> set[tuple]:
    return {(e.actor, e.target, e.event, e.mode) for e in article_events(text, "1987-05-01", voices or [])}


def test_an_act_a_cause_prompted_is_done_not_threatened():
    text = "The drought prompted Norway on Monday to stop imports of Danish grain."
    assert ("Norway", "Denmark", "SANCTION", "asserted") in _coded(text)
    text = "The drought could force Norway to stop imports of Danish grain."
    assert ("Norway", "Denmark", "THREATEN", "future") in _coded(text)


def test_a_preposition_to_is_no_future():
    text = "Sales to Chile, whose fleet has come under attack by Peru, fell."
    assert ("Peru", "Chile", "ASSAULT", "asserted") in _coded(text)
    text = "Lima sent a measured reply to an Argentine missile attack on a Chilean ship."
    assert ("Argentina", "Chile", "ASSAULT", "asserted") in _coded(text)


def test_an_amount_does_not_hide_the_acts_infinitive():
    text = "Ottawa announced plans to slap up to 50 mln dlrs in tariffs on Danish cheese."
    assert ("Canada", "Denmark", "THREATEN", "future") in _coded(text)


def test_the_rule_names_the_type_coded():
    found = article_events("Chile plans to impose duties on Peruvian wine.", "1987-05-01", [])
    assert found and all(rule_of(e).startswith(f"event:{e.event}(") for e in found)
    assert found[0].event == "THREATEN"


def test_a_pair_named_before_acts_on_each_other():
    text = "Chile and Peru held talks in Lima on Monday.\n    The two presidents also signed several trade accords."
    found = {(e.actor, e.target) for e in article_events(text, "1987-05-01", []) if is_stance(e)}
    assert found == {("Chile", "Peru"), ("Peru", "Chile")}
    text = (
        "Peru is the largest producer after Chile. Lopez said both nations' central banks would coordinate their work."
    )
    found = {(e.actor, e.target) for e in article_events(text, "1987-05-01", []) if is_stance(e)}
    assert found == {("Chile", "Peru"), ("Peru", "Chile")}


def test_a_pair_among_three_countries_is_no_one():
    text = "Chile, Peru and Bolivia held talks in Lima.\n    The two countries agreed to cooperate on copper."
    assert not [e for e in article_events(text, "1987-05-01", []) if is_stance(e)]


def test_a_countrys_report_of_the_enemys_forces_struck_is_its_own_act():
    text = "Chile said 900 Peruvians were killed or wounded in the new offensive."
    voice = [Voice(text.index("900"), len(text), "Chile")]
    assert ("Chile", "Peru", "ASSAULT", "asserted") in _coded(text, voice)
    text = "Chile said Chilean towns were shelled overnight."
    voice = [Voice(text.index("Chilean"), len(text), "Chile")]
    assert not {c for c in _coded(text, voice) if c[2] == "ASSAULT" and c[0]}
    text = "Chile said Bolivian ships were shelled overnight."
    voice = [Voice(text.index("Bolivian"), len(text), "Chile")]
    assert not {c for c in _coded(text, voice) if c[2] == "ASSAULT" and c[0]}


def test_a_passive_with_its_agent_after_and_no_country_before_is_still_read():
    assert ("Peru", "Chile", "ASSAULT", "asserted") in _coded("The ship from Chile was shelled by Peruvian gunboats.")
