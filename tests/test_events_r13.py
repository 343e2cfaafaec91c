"""country_events, round 13: constructions of wire copy from the sixth stance holdout's misses."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def test_a_duty_named_with_its_rate_targets_the_goods_after_it():
    found = coded(
        country_events(
            articles(
                "Mexico last week imposed a duty of 20 pct on Guatemalan coffee imports.",
                "The EC has imposed tariffs of up to 40 pct on Japanese goods.",
                "The customs duties of Spain and Portugal will be aligned with those of the Community.",
            )
        )
    )
    assert ("Mexico", "Guatemala", "SANCTION", "asserted") in found
    assert ("European Union", "Japan", "SANCTION", "asserted") in found
    assert not any(t in ("Spain", "Portugal") for _, t, _, _ in found)  # no rate: the duties are Spain's own


def test_an_act_that_is_the_cause_of_a_response_is_done():
    found = coded(
        country_events(
            articles(
                "Officials expect Libya will respond to the French raid on its airfields.",
                "Analysts said Iraq would retaliate for the Syrian attack on its border posts.",
                "Canada will protest against the U.S. duties on Canadian lumber.",
            )
        )
    )
    assert ("United States", "Canada", "SANCTION", "asserted") in found
    assert ("France", "Libya", "ASSAULT", "asserted") in found
    assert ("Syria", "Iraq", "ASSAULT", "asserted") in found


def test_a_negative_quantifier_subject_denies_the_act():
    found = coded(
        country_events(articles("So far none of the Greek ships are reported to have been attacked by Turkey."))
    )
    assert ("Turkey", "Greece", "ACCUSE", "negated") in found


def test_attack_as_a_verb_takes_its_direct_object_where_force_is_used():
    found = coded(
        country_events(
            articles(
                "Shipping sources said Iraq began to attack Iranian-chartered tankers last month.",
                "Farmers said the EC would use the ruling to attack U.S. farm programmes.",
            )
        )
    )
    assert ("Iraq", "Iran", "ASSAULT", "asserted") in found  # begun, not to come
    assert not any(t == "United States" for _, t, _, _ in found)  # words against programmes, no force


def test_its_after_an_owned_act_is_the_other_country_before_despite_titles():
    found = coded(
        country_events(
            articles(
                "Admiral John Smith, commander of the U.S. Pacific Fleet, said Vietnam would respond to the "
                "Chinese raid on its border villages.",
                "Finance Minister Jean Dupont said he believed Brazil would reach an agreement with its creditors.",
            )
        )
    )
    assert ("China", "Vietnam", "ASSAULT", "asserted") in found
    assert not any(t in ("France", "United States") for _, t, _, _ in found)


def test_he_going_on_from_his_words_is_the_speaker():
    df = country_events(
        articles(
            'Japanese Foreign Minister Tadashi Kuranari said the talks were "useful" but he sharply criticised '
            "South Korean moves to curb imports."
        ),
        quotes=None,
    )
    assert ("Japan", "South Korea", "ACCUSE", "asserted") in coded(df)


def test_an_act_named_as_a_topic_talked_of_is_no_complaint():
    from analysis import country_stance

    text = (
        "Canada's trade minister Pat Carney said the U.S. duties on Canadian lumber were not discussed at the "
        "meeting in Ottawa."
    )
    holders = set(zip(*(country_stance(articles(text))[c] for c in ("holder", "target"))))
    assert ("Canada", "United States") not in holders
    said = 'Canada\'s trade minister Pat Carney said: "The United States imposed duties on Canadian lumber last week."'
    assert ("Canada", "United States") in set(zip(*(country_stance(articles(said))[c] for c in ("holder", "target"))))
