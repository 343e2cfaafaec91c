"""Public figures and their countries (data/people.csv), read as on the story's date."""

from __future__ import annotations

from analysis.text.people import find_people, people_countries


def named(text: str, day: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_people(text, day)]


def test_a_full_name_on_any_date_a_surname_only_in_office():
    text = "Margaret Thatcher met Kohl; Baker said."
    assert named(text, "1987-05-01") == [
        ("Margaret Thatcher", "United Kingdom"), ("Kohl", "West Germany"), ("Baker", "United States"),
    ]  # fmt: skip
    assert named(text, "2021-05-01") == [("Margaret Thatcher", "United Kingdom")]
    assert named(text, "") == [("Margaret Thatcher", "United Kingdom")]  # undated: full names only


def test_common_words_and_surnames_need_the_full_name():
    assert named("Major banks said in May that Johnson & Johnson would cut prices.", "2019-05-01") == []
    assert named("Theresa May said.", "2019-05-01") == [("Theresa May", "United Kingdom")]


def test_a_full_name_gives_its_surname_for_later_mentions():
    got = people_countries("Joe Clark spoke first. Later, Clark said ...", "1987-05-01")
    assert got["Clark"] == "Canada"
    assert "Un" not in people_countries("Kim Jong Un said.", "2020-01-01")
