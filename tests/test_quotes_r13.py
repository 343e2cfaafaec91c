"""Round 13 reported-speech constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "2016-09-08"


def _rows(text: str) -> list[dict]:
    return quotes_in_text(text, DAY, None)


def test_a_plural_subject_with_and_inside_its_prepositional_phrase():
    rows = _rows("Political analysts in Ohio and across the region say the mill will close by spring.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("the mill will close by spring", "Political analysts in Ohio and across the region")
    ]
    rows = _rows("Experts on trade and farm policy said the mill will close by spring.")
    assert [r["speaker"] for r in rows] == ["Experts on trade and farm policy"]


def test_a_share_of_a_group_named_before_whom():
    rows = _rows("The plan angered the families of the miners, many of whom say the company lied to them.")
    assert rows and rows[0]["quote"] == "the company lied to them" and rows[0]["speaker"].endswith("miners")


def test_a_name_with_a_post_without_an_article_is_no_inverted_speaker():
    rows = _rows("Ann Roe, senior fellow at the Vale Institute, said voters still want lower taxes.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("voters still want lower taxes", "Ann Roe")]
    rows = _rows("Ann Roe, Acme spokeswoman, said Brook's lender, Vale Bank of Ohio, had made clear it would sue.")
    assert rows[0]["speaker"] == "Ann Roe" and rows[0]["quote"].startswith("Brook's lender")


def test_a_name_in_s_before_a_regular_past_and_that_or_the_sentence_end():
    text = (
        "Moody's Investors Service Inc said it cut the ratings of Acme Corp.\n\n"
        "The cut affects 300 mln dlrs of debt, Moody's noted.\n\n"
        "Moody's noted that Acme had guaranteed the notes.\n\n"
        "Acme's announced plan is to sell the unit, the union said."
    )
    rows = _rows(text)
    assert [r["speaker"] for r in rows[:3]] == ["Moody's Investors Service Inc"] * 3
    assert rows[3]["speaker"] == "union" and rows[3]["quote"].startswith("Acme's announced plan")


def test_a_transcript_line_quoted_whole():
    text = (
        "Host Jane Vale spoke to Senator Tom Roe on Sunday.\n\n"
        '"VALE: Do you really think those two are the same? Do you really think so?\n\n'
        '"ROE: Well, look, the governor has been saying some pretty tough things about my running mate.\n\n'
        '"NOTE: This story was updated with new material on Monday morning.'
    )
    rows = _rows(text)
    by_quote = {r["quote"][:12]: r["speaker"] for r in rows}
    assert by_quote["Do you reall"] == "Jane Vale"
    assert by_quote["Well, look, "] == "Tom Roe"
    assert not any(r["quote"].startswith(("VALE", "ROE")) for r in rows)


def test_a_colon_after_the_cue_and_its_listener():
    rows = _rows("The minister told reporters: The plan will not change this year.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("The plan will not change this year", "minister")]


def test_a_participle_after_a_common_noun_of_people():
    rows = _rows("The heirs of the owners had rallied, warning that the sale would hurt workers.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("the sale would hurt workers", "heirs of the owners")]
