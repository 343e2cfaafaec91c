"""country_portrayal, round 14: an act by no named country outside the lead is background; a country that will not
be able to pay, in default or facing a crisis is appraised."""

from __future__ import annotations

from test_events import articles

from analysis.sentiment.countries import event_sentences, sentence_appraisals


def test_an_act_by_no_named_country_is_firm_only_in_the_story_s_lead():
    events = event_sentences(
        articles(
            "Chile raised its copper output by five pct in March. The mining unions have accused Chile of breaking the "
            "wage accord.",
            "The mining unions have accused Chile of breaking the wage accord. Chile raised its copper output in March.",
            "Chile raised its copper output by five pct in March. Peru has accused Chile of breaking the fishing accord.",
        )
    )
    assert [events[(a, "Chile")].firm for a in ("a0", "a1", "a2")] == [0, 1, 1]
    assert all(events[(a, "Chile")].against == 1 for a in ("a0", "a1", "a2"))  # still an act against it


def test_a_country_that_will_not_be_able_to_pay_in_default_or_facing_a_crisis_is_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Peru has said it will not be able to meet interest payments falling due this year.",
            "Bolivia would not be able to bear a further rise, he said.",  # a supposition, not a failure
            "Ecuador has been in default on its commercial bank debt since January.",
            "Argentina now faces a severe budget crisis.",
        )
    ]
    assert got == [{"Peru"}, set(), {"Ecuador"}, {"Argentina"}]
