"""Round 18 of issue 25, second helper (speech-only recall on PolNeAR): sentences of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["quote"]) for r in quotes_in_text(text)]


def test_an_inverted_speaker_with_a_relative_clause_is_no_content():
    # ", said an official who was briefed ...": the relative clause is the speaker's, the clause before is content
    found = rows("The ferry line will close in May, said an official who was briefed on the talks.")
    assert ("official", "The ferry line will close in May") in found, found
    assert not any(q.startswith("an official") for _, q in found), found


def test_a_later_inverted_speaker_with_a_relative_clause_ends_the_content():
    text = (
        "The mayor warned the board not to sell the harbour, said a banker who advises the city and spoke anonymously."
    )
    found = rows(text)
    assert not any("said a banker" in q for _, q in found), found
    assert any(sp == "banker" and q.startswith("The mayor warned") for sp, q in found), found


def test_a_head_with_a_preposition_before_who_stays_content():
    # "the number of people who ..." is the subject of the reported clause, not an inverted speaker
    text = (
        "The survey team, led by Dr. Ann Roe, said the number of people who have caught the virus in the county "
        "alone jumped from 69 in 1984 to 298 the following year."
    )
    found = rows(text)
    assert any(sp == "survey team" and q.startswith("the number of people who") for sp, q in found), found
