"""Round 16 of issue 25 (speech-only recall on PolNeAR): constructions with sentences of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def quotes(text: str) -> list[str]:
    return [r["quote"] for r in quotes_in_text(text)]


def test_a_fronted_setting_is_no_content_before_the_cue():
    # a prepositional phrase before the subject reports nothing: it is where or when, not what was said
    for text in (
        "In her weekly column, she warned readers about the new tolls.",
        "On local radio Friday, the mayor's deputy, Ann Vale, criticized the budget.",
        "As a former teacher, he complained about the school board.",
    ):
        assert not any(q.startswith(("In her", "On local", "As a")) for q in quotes(text)), quotes(text)


def test_a_clause_after_a_fronted_setting_is_still_content_before_the_cue():
    assert "In Dover, the council voted to close the bridge" in quotes(
        "In Dover, the council voted to close the bridge, officials said."
    )
    assert any(q.startswith("At least two bridges") for q in quotes("At least two bridges will close in May, he said."))
