"""country_portrayal, round 16 (second part): an appraisal's subject stops at another owner, a security's losses are
not its country's, a denied appraisal is none; appraisals of a country succeeding portray it positively."""

from __future__ import annotations

from analysis.sentiment.countries import EventCounts, _label, sentence_appraisals


def test_another_owner_a_security_or_a_denial_between_stops_the_appraisal():
    got = [
        sentence_appraisals(t, "1987-04-01")
        for t in (
            "The vote follows Thatcher's long tour of Asia and Labour's recent slump in the polls.",  # Labour's slump
            "Portuguese bonds suffered heavy losses in thin trading, dealers said.",
            "Belgium will not suffer losses from the accord, the minister said.",
            "Belgium suffered heavy losses in the floods.",  # no security, no denial: appraised
        )
    ]
    assert got == [set(), set(), set(), {"Belgium"}]


def test_a_country_shown_succeeding_is_appraised_for_it():
    got = [
        sentence_appraisals(t, positive=True)
        for t in (
            "Portugal appears to have won a long battle over fishing rights, analysts said.",
            "Chile, a latecomer to salmon farming, is the most successful exporter in the region.",
            "Uruguay is on the right track, the banker said.",
            "Rates would fall if Peru and Chile succeeded in cutting their deficits.",  # supposed, not told
        )
    ]
    assert got == [{"Portugal"}, {"Chile"}, {"Uruguay"}, set()]
    assert sentence_appraisals("Uruguay is on the right track, the banker said.") == set()


def test_success_appraised_portrays_positively_and_outweighs_as_much_trouble():
    assert _label(0.05, "neutral", 2, EventCounts(0, 0, 0, succeeded=1)) == "positive"
    assert _label(0.05, "neutral", 2, EventCounts(1, 0, 0, succeeded=1)) == "neutral"  # an act against it
    assert _label(0.05, "neutral", 2, EventCounts(0, 0, 0, appraised=1, succeeded=1)) == "neutral"
    assert _label(0.05, "neutral", 2, EventCounts(0, 0, 0, appraised=1)) == "negative"
