"""country_events, round 14b: executive bodies named without their nation, criticism a country is the target of."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def filed_from(home: str, *texts: str) -> set[tuple]:
    """The events of stories filed from one country."""
    table = articles(*texts)
    table["dateline_country"] = home
    return coded(country_events(table))


def test_the_administration_and_a_department_act_for_the_dateline_country():
    got = filed_from(
        "United States",
        "The administration criticised Japan's restrictions on beef imports.",
        "The Treasury Department accused South Korea of manipulating the won.",
    )
    assert ("United States", "Japan", "ACCUSE", "asserted") in got
    assert ("United States", "South Korea", "ACCUSE", "asserted") in got


def test_an_administration_elsewhere_or_of_a_thing_is_no_country():
    assert not filed_from("Japan", "The administration criticised Japan's restrictions on beef imports.")
    assert not filed_from("United States", "The administration of the fund criticised Japan.")


def test_a_home_body_is_no_target_of_an_act_with_no_actor():
    got = filed_from("United States", "The measure urges the administration to retaliate against Brazil.")
    assert not {t for _, t, *_ in got} & {"United States"}
    got = filed_from("United States", "Japan criticised the administration for its chip tariffs.")
    assert ("Japan", "United States", "ACCUSE", "asserted") in got


def test_the_target_of_criticism_by_a_country_is_criticised_by_it():
    got = coded(
        country_events(
            articles(
                "Italy has been the target of sharp criticism by the French government.",
                "Canada's lumber subsidy, the subject of criticism by the United States, will end.",
            )
        )
    )
    assert ("France", "Italy", "ACCUSE", "asserted") in got
    assert ("United States", "Canada", "ACCUSE", "asserted") in got
    got = coded(country_events(articles("The criticism by Baker of West German policy was sharp.")))
    assert ("United States", "West Germany", "ACCUSE", "asserted") in got


def test_criticism_by_no_country_has_no_actor():
    got = coded(country_events(articles("Japan has been the target of criticism by analysts.")))
    assert not {a for a, *_ in got if isinstance(a, str)}


def test_a_plan_told_of_before_and_backed_by_a_country_in_a_passive():
    got = coded(
        country_events(articles("Norway proposed new talks on fishing quotas. The proposal was backed by Iceland."))
    )
    assert ("Iceland", "Norway", "SUPPORT", "asserted") in got
    assert not coded(
        country_events(articles("Norway proposed new talks on fishing quotas. The proposal was backed by analysts."))
    )
