"""Holders and targets of stance (round 17, stance2): an act another country announced to the speaker's side is the
announcer's; a spokeswoman named after a clause word is not the country before it."""

from __future__ import annotations

from analysis.quotes import quotes_in_text
from analysis.sentiment.events import Voice, article_events


def _coded(text: str, voices: list[Voice] | None = None) -> set[tuple]:
    return {(e.actor, e.target, e.event) for e in article_events(text, "1987-05-01", voices or [])}


def _said(text: str, words: str, country: str) -> list[Voice]:
    start = text.index(words)
    return [Voice(start, start + len(words), country)]


def test_an_act_another_country_told_the_speaker_it_would_do_is_that_countrys():
    text = "A Dutch statement said Lubbers had been informed by Canada that it would take action against a Cuban ship."
    words = "Lubbers had been informed by Canada that it would take action against a Cuban ship"
    found = _coded(text, _said(text, words, "Netherlands"))
    assert ("Canada", "Cuba", "THREATEN") in found
    assert not any(actor == "Netherlands" for actor, _, _ in found)


def test_the_country_assuring_another_of_an_act_does_it():
    text = "The spokesman said Canada assured Norway that it would impose sanctions on Cuba."
    words = "Canada assured Norway that it would impose sanctions on Cuba"
    assert ("Canada", "Cuba", "THREATEN") in _coded(text, _said(text, words, "Norway"))


def test_a_country_before_a_clause_word_does_not_introduce_the_spokeswoman_after_it():
    # "to Chile because of what spokeswoman ...": Chile ends its phrase; the spokeswoman is not Chile's
    text = (
        "OSLO, May 4 - The Norwegian foreign ministry renewed its advice to Norwegians not to travel to Chile because"
        ' of what spokeswoman Ann Roe called "its reckless and hostile policies."\n"The danger has grown," Roe said.'
    )
    assert {r["speaker_country"] for r in quotes_in_text(text, "1987-05-04")} == {"Norway"}


def test_a_force_verb_is_an_assault_only_on_a_countrys_ships_forces_or_places():
    assert ("Norway", "Chile", "ASSAULT") in _coded("Norwegian gunboats hit a Chilean tanker off the coast.")
    assert ("Norway", "Chile", "ASSAULT") in _coded("Norway's troops captured the Chilean outpost of Gorro.")
    assert not _coded("The new Norwegian tariffs hit Chilean exporters of wine.")


def test_the_maker_of_the_weapons_used_is_not_the_actor_and_their_use_is_done():
    found = _coded("Norwegian forces used Chilean-made missiles to hit a Danish tanker on Friday.")
    assert ("Norway", "Denmark", "ASSAULT") in found
    assert not any(actor == "Chile" for actor, _, _ in found)
    (ev,) = [
        e
        for e in article_events("Norwegian forces used Chilean-made missiles to hit a Danish tanker.", "1987-05-01", [])
    ]
    assert ev.mode == "asserted"


def test_its_troops_in_a_countrys_words_act_for_that_country():
    text = "Norway said its troops had captured the Chilean outpost of Gorro."
    assert ("Norway", "Chile", "ASSAULT") in _coded(
        text, _said(text, "its troops had captured the Chilean outpost of Gorro", "Norway")
    )
