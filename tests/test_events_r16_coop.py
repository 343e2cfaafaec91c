"""Cooperative acts (issue 24, round 16): deals a government agrees to, words of no country's speaker, a place
named as a list."""

from __future__ import annotations

from analysis.sentiment.events import Voice, article_events
from analysis.sentiment.stance import is_stance


def _coded(text: str, voices: list[Voice] | None = None) -> set[tuple]:
    return {(e.actor, e.target, e.event, e.mode) for e in article_events(text, "1987-05-01", voices or [])}


def test_a_country_that_agrees_to_charter_or_lend_acts_in_cooperation_with_the_other():
    found = _coded("Norway has agreed to charter ferries from Chile under a new shipping protocol.")
    assert ("Norway", "Chile", "COOPERATE", "asserted") in found
    assert ("Norway", "Chile", "COOPERATE", "negated") in _coded("Norway has not agreed to lend Chile two ferries.")


def test_a_purchase_agreed_under_an_accord_is_a_neutral_fact_not_stance():
    # a read of nongold rows found "agreed to buy/purchase" grain under an accord read as cooperation: the
    # conventions call a neutral fact or a deal reported without evaluation no stance
    text = "Under the accord, Ankara agreed to purchase two mln tonnes of Australian wheat a year."
    assert not [e for e in article_events(text, "1987-05-01", []) if is_stance(e)]


def test_an_agreed_deal_is_a_positive_stance_but_a_refused_one_none():
    (ev,) = [e for e in article_events("Oslo agreed to lend Iceland two ships for the summer.", "1987-05-01", [])]
    assert is_stance(ev) and ev.pattern.valence > 0
    refused = article_events("Norway has not agreed to lend Chile two ferries.", "1987-05-01", [])
    assert not any(is_stance(e) for e in refused)


def test_words_of_no_countrys_speaker_leave_the_clause_its_own_subject():
    text = "The naval build-up fits Italian plans to start escorting Maltese ferries next week."
    start = text.index("to start")
    voice = Voice(start, text.index(" next week"), None)  # words taken as cued by "plans", their speaker no country
    assert ("Italy", "Malta", "AID", "asserted") in _coded(text, [voice])


def test_a_quote_of_no_countrys_speaker_still_names_no_actor():
    text = '"We will never retaliate against Malta," a shipping source said.'
    voice = Voice(1, text.index(',"'), None)
    assert not [e for e in article_events(text, "1987-05-01", [voice]) if e.actor]


def test_a_place_named_as_a_list_of_countries_is_no_subject():
    text = "Acme Corp said it will distribute its boats in Norway and Sweden and also agreed to charter Danish ships."
    assert not [e for e in article_events(text, "1987-05-01", []) if e.actor in ("Norway", "Sweden")]


def test_a_country_called_on_to_engage_in_dialogue_is_offered_talks():
    found = _coded("Britain called on Spain to engage in dialogue over the Gibraltar question.")
    assert ("United Kingdom", "Spain", "CONSULT", "asserted") in found
    assert ("United Kingdom", "Spain", "DEMAND", "asserted") in found  # the call itself stays a demand
    found = _coded("Britain urged Spain to hold talks with it on fishing rights.")
    assert ("United Kingdom", "Spain", "CONSULT", "asserted") in found


def test_talks_a_country_is_pressed_to_hold_with_others_are_no_offer():
    found = _coded("Britain urged Spain to open talks with its fishermen on quotas.")
    assert not [e for e in found if e[:3] == ("United Kingdom", "Spain", "CONSULT")]


def test_a_dispute_that_should_be_settled_by_talks_offers_talks_to_the_other_side():
    text = "Britain said its dispute with Spain over fishing rights should be solved through negotiations."
    text_voice = Voice(text.index("its dispute"), len(text) - 1, "United Kingdom")
    found = _coded(text, [text_voice])
    assert ("United Kingdom", "Spain", "CONSULT", "asserted") in found
    (ev,) = [e for e in article_events(text, "1987-05-01", [text_voice]) if e.event == "CONSULT"]
    assert is_stance(ev)


def test_a_dispute_reported_as_settled_by_talks_is_no_stance():
    text = "Britain's dispute with Spain was settled through negotiations last year."
    assert not [e for e in article_events(text, "1987-05-01", []) if is_stance(e)]


def test_a_loan_a_country_extends_is_aid_given_but_loans_merely_named_are_none():
    (ev,) = article_events("Norway has extended a 300 mln crown loan to Iceland.", "1987-05-01", [])
    assert (ev.actor, ev.target, ev.event) == ("Norway", "Iceland", "AID") and is_stance(ev)
    assert not [e for e in article_events("Norway said loans to Iceland rose.", "1987-05-01", []) if is_stance(e)]
