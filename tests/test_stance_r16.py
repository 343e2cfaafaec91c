"""Stance, round 16 (issue 24): a duty's amount before its target, resisting "such" pressure told of before, a
speaker's second verb after "and", acts joined to the act opposed, and an act "in violation of" an accord."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.events import Voice, article_events


def _said(words: str, country: str = "Chile") -> set[tuple[str | None, str, str]]:
    text = "A minister said " + words
    return {(e.actor, e.target, e.event) for e in article_events(text, "1987-04-01", [Voice(16, len(text), country)])}


def test_an_amount_with_as_much_as_before_the_target_of_duties():
    found = edges("Peru imposed duties of as much as 40 mln dlrs on Chilean copper.")
    assert ("Peru", "Chile", "SANCTION", "asserted") in found
    assert not edges("Peru said the duties of Chile were high.")


def test_resisting_such_pressure_told_of_in_the_sentence_before():
    text = "Peru pressed Chile to cut its copper output. Chile said it would resist any such pressure."
    assert ("Chile", "Peru", "REJECT", "asserted") in edges(text)
    assert ("Chile", "Peru", "REJECT", "asserted") in edges(
        "Peru wants lower tariffs. Chile will resist such pressure."
    )


def test_the_pronoun_after_help_is_the_subject_of_resist():
    assert ("Peru", "Chile", "REJECT", "asserted") not in edges("Bolivia got loans from Peru to help it resist Chile.")


def test_a_verb_after_and_shares_the_subject_of_a_named_speaker():
    text = (
        "Peruvian Trade Minister Juan Quispe spoke on Monday. Later in the week, Quispe too said there was no "
        "deal yet and called on Chile to cut its tariffs."
    )
    assert ("Peru", "Chile", "DEMAND", "asserted") in edges(text)
    text = "Peruvian Trade Minister Juan Quispe spoke. Quispe said Bolivia was ready and called on Chile to act."
    assert ("Peru", "Chile", "DEMAND", "asserted") not in edges(text)  # another country named between


def test_an_act_joined_by_and_to_the_act_opposed_is_opposed_too():
    text = "Peru opposed the Chilean decision to tax Bolivian tin, and a proposal by Ecuador to cut fishing quotas."
    found = edges(text)
    assert {("Peru", "Chile", "REJECT", "asserted"), ("Peru", "Ecuador", "REJECT", "asserted")} <= found
    assert ("Peru", "Ecuador", "REJECT", "asserted") not in edges(
        "Peru opposed the Chilean decision, and the talks by Ecuador went on."
    )


def test_an_act_in_violation_of_an_accord_is_the_speaker_s_charge_against_its_actor():
    assert ("Chile", "Peru", "ACCUSE") in _said("measures Peru has been taking at sea in violation of the treaty.")
    assert ("Chile", "Peru", "ACCUSE") not in _said("exports to Peru climbed in violation of the quota.")


def test_rejecting_charges_told_of_before_is_no_act_in_portrayal():
    from test_events import articles

    from analysis.sentiment.countries import event_sentences

    text = "Peru accused Chile of dumping copper. Chile rejected the charges."
    counts = event_sentences(articles(text))
    assert counts[("a0", "Chile")].against == 1 and counts[("a0", "Chile")].acts == 0  # defending itself
    assert counts[("a0", "Peru")].against == 0  # the refusal counts against no one (Peru's accusation is its act)
