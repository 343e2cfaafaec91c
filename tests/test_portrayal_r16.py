"""country_portrayal, round 16: losses, criticism "under fire", payments a country cannot meet, drought, and an
appraisal of the country a later "but it" resumes."""

from __future__ import annotations

from analysis.sentiment.countries import sentence_appraisals


def test_a_country_that_suffers_losses_or_comes_under_fire_is_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Norwegian fishermen suffered heavy losses when the cod season failed.",
            "Portugal came under fire at the meeting for its fishing quotas.",
            "Exporters to Portugal suffered heavy losses.",  # after a preposition: not the clause's subject
        )
    ]
    assert got == [{"Norway"}, {"Portugal"}, set()]


def test_a_country_unable_to_meet_its_payments_or_hit_by_drought_is_appraised():
    got = [
        sentence_appraisals(t)
        for t in (
            "Bolivia is unable to meet its interest bill this year.",
            "Zambia's drought has cut the maize crop by a third.",
            "Ecuador has been hit by a severe drought.",
        )
    ]
    assert got == [{"Bolivia"}, {"Zambia"}, {"Ecuador"}]


def test_but_it_resumes_the_country_opening_the_sentence():
    got = [
        sentence_appraisals(t)
        for t in (
            "Uruguay has large farm reserves, but it is in a difficult position this year, the minister said.",
            "The Swiss franc firmed, but it remained weak against the mark.",  # "it" is the franc
            "Chile has reserves, but Peru said it is in trouble.",  # Peru speaks of itself; Chile is not resumed
        )
    ]
    assert got == [{"Uruguay"}, set(), {"Peru"}]


def test_a_troubled_company_of_a_country_is_not_the_country_s_trouble():
    got = [
        sentence_appraisals(t)
        for t in (
            "Greece's financially troubled shipping company may miss its payments.",
            "Greece's ailing textile industry needs new orders.",
        )
    ]
    assert got == [set(), {"Greece"}]


def test_a_public_figure_appraised_appraises_the_country_the_figure_acts_for():
    got = [
        sentence_appraisals(t)
        for t in (
            "Treasury Secretary James Baker came under fire from bond dealers over the weekend.",
            "Bond dealers said James Baker would meet them on Monday.",
        )
    ]
    assert got == [{"United States"}, set()]
