"""country_events, round 14: constructions of wire copy from the stance development sets' misses."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def found(*texts: str) -> set[tuple]:
    return coded(country_events(articles(*texts)))


def test_aid_or_assistance_for_a_country_is_aid_to_it_but_not_aid_sought_from_a_donor():
    assert ("United States", "Honduras", "AID", "asserted") in found("The U.S. approved military aid for Honduras.")
    assert ("Japan", "Indonesia", "AID", "asserted") in found("Japan will provide technical assistance to Indonesia.")
    assert not found("Japan sought aid for its farmers from the United States.")


def test_an_endorsement_of_a_government_supports_its_country():
    got = found("Shultz delivered a strong endorsement of the Manila government.")
    assert ("United States", "Philippines", "SUPPORT", "asserted") in got


def test_an_opening_phrase_ending_in_a_name_is_no_list_of_subjects():
    got = found(
        "After a meeting with President Corazon Aquino, Shultz delivered an endorsement of the Manila government."
    )
    assert ("United States", "Philippines", "SUPPORT", "asserted") in got
    got = found("Britain, France and Italy condemned Iran.")
    assert {a for a, t, *_ in got if t == "Iran"} == {"United Kingdom", "France", "Italy"}


def test_a_sanction_is_aimed_at_the_owner_of_its_stated_cause():
    got = found("Washington imposed the tariffs because of Japan's alleged failure to uphold the agreement.")
    assert ("United States", "Japan", "SANCTION", "asserted") in got
    assert not found("Prices rose because of Japan's policy.")


def test_blame_laid_by_an_agent_on_a_country():
    got = found("The U.S. retaliated for the tanker attack, blamed by both the Americans and Kuwaitis on Iran.")
    assert ("United States", "Iran", "ACCUSE", "asserted") in got
    assert ("Kuwait", "Iran", "ACCUSE", "asserted") in got


def test_a_country_joined_by_another_in_criticising_both_criticise():
    got = found("The EC was joined by the United States in criticising Brazil for extending its list.")
    assert ("European Union", "Brazil", "ACCUSE", "asserted") in got
    assert ("United States", "Brazil", "ACCUSE", "asserted") in got
    got = found("Britain was joined by France in condemning Iran for the attack.")
    assert ("United Kingdom", "Iran", "ACCUSE", "asserted") in got


def test_concessions_a_country_is_willing_to_offer_are_friendly_but_not_those_it_wants_to_win():
    arts = articles(
        "The European Community is willing to offer limited concessions to the United States on farm trade.",
        "Japan wants to win concessions to its exporters from the United States.",
    )
    from analysis import country_stance

    stance = country_stance(arts)
    rows = set(zip(stance.article_id, stance.holder, stance.target, stance.label))
    assert ("a0", "European Union", "United States", "positive") in rows
    assert not any(a == "a1" and lab == "positive" for a, _, _, lab in rows)


def test_a_verb_of_attack_strikes_the_country_its_target_lies_in():
    got = found("Libyan forces are still bombing the key Ouadi Doum airstrip in northern Chad.")
    assert ("Libya", "Chad", "ASSAULT", "asserted") in got
    assert not found("Iraq shelled Kurdish villages in Iraq.")
    assert not found("Iraqi jets bombed a tanker off Kuwait.")


def test_the_makers_of_a_motion_calling_for_sanctions_threaten_them():
    got = found(
        "One hundred members of Britain's ruling Conservative Party have signed a motion calling for trade sanctions against Japan."
    )
    assert ("United Kingdom", "Japan", "THREATEN", "future") in got
