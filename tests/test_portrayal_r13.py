"""Round 13: appraisals of a country in trouble or failing that the table did not hold (threatened, not able to, in a
crisis, slump or weakness of its own, suffering), and an attack another country retaliates for."""

from test_events import articles

from analysis.sentiment.countries import EventCounts, event_sentences, sentence_appraisals


def appraised_countries(*texts: str) -> list[set[str]]:
    """The countries each one-sentence story appraises (appraisals.py)."""
    return [sentence_appraisals(t) for t in texts]


def test_a_country_threatened_with_harm_or_not_able_to_do_what_it_must_is_in_trouble():
    got = appraised_countries(
        "Peru is threatened with massive imports from third countries.",
        "Bolivia has not been able to grow enough food for its population.",
        "Peru said the talks had been threatened with collapse.",  # the talks, said by Peru: no appraisal of it
        "Chilean officials were unable to give a breakdown of the figure.",  # "unable" alone: a refusal to comment
    )
    assert got == [{"Peru"}, {"Bolivia"}, set(), set()]


def test_a_country_s_own_crisis_slump_or_weakness_is_an_appraisal_of_it():
    got = appraised_countries(
        "The minister sought support for efforts to solve Brazil's debt crisis.",
        "Chile was also expected to see a slump in domestic demand.",
        "Peru's small firms are seriously suffering from the currency's rise.",
        "Bolivia warned of a crisis in the tin market.",  # a crisis, not Bolivia's
        "The U.S. bank failure was the 44th this year.",  # the adjective, not the possessive: a company's trouble
    )
    assert got == [{"Brazil"}, {"Chile"}, {"Peru"}, set(), set()]


def test_an_attack_another_country_retaliates_for_counts_firmly_against_its_actor():
    events = event_sentences(
        articles(
            "U.S. warships shelled an Iranian oil platform on Monday. Washington said the raid came in retaliation"
            " for an Iranian missile attack on a U.S.-flagged tanker.",
            # no force on Iran in the story: the retaliation is not shown, the attack stays a victim's news
            "Kuwaiti officials met on a response to an Iranian missile attack on a U.S.-flagged tanker.",
        )
    )
    iran = events.get(("a0", "Iran"))
    assert iran is not None and (iran.against, iran.firm) == (1, 1)
    assert events.get(("a1", "Iran"), EventCounts(0, 0, 0)).against == 0
    assert events.get(("a0", "United States"), EventCounts(0, 0, 0)).against == 0  # the retaliation blames no one
