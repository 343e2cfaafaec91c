"""country_portrayal, round 15: a suspension of debt payments is a failure, and an appraisal is read past the
country's appositive or from its relative pronoun."""

from __future__ import annotations

from analysis.sentiment.countries import sentence_appraisals


def test_a_country_that_suspended_its_debt_payments_or_declared_a_moratorium_on_them_is_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Peru suspended all interest payments on its foreign debt in May.",
            "Bankers discussed Ecuador's recent interest payments moratorium at length.",
            "Chile said it might suspend debt payments if talks failed.",  # a threat, not a failure
        )
    ]
    assert got == [{"Peru"}, {"Ecuador"}, set()]


def test_an_appraisal_is_read_past_the_country_s_appositive_or_from_its_relative_pronoun():
    got = [
        sentence_appraisals(t)
        for t in (
            "Peru, the region's fourth largest debtor, has suspended interest payments to its banks.",
            "The plan met resistance from Ecuador, which suspended interest payments in January.",
            "Bolivia, one minister told reporters, is in trouble.",  # a speaker's aside, not an appositive
        )
    ]
    assert got == [{"Peru"}, {"Ecuador"}, set()]


def test_a_country_s_problems_or_a_country_accused_with_no_holder_is_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Creditors discussed Peru's mounting economic problems on Monday.",
            "Chile has been accused of selling copper below cost.",
            "Exports to Bolivia have problems with customs.",  # no possessive: not Bolivia's problems
        )
    ]
    assert got == [{"Peru"}, {"Chile"}, set()]
