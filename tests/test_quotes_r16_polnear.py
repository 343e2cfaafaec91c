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


def test_a_month_before_an_inverted_cue_is_no_modal():
    # "in May, said X": "May" is the month, not the modal that makes "may say" no report
    assert "The ferry will stop in May" in quotes("The ferry will stop in May, said Ann Vale, a planner.")


def test_a_listener_after_the_setting_of_a_cue_ends_the_attribution():
    text = "Two piers have been shut for repairs, Tom Reed wrote in a memo to the harbour board."
    assert "Two piers have been shut for repairs" in quotes(text)


def test_the_subject_and_its_apposition_are_no_part_of_the_content_before():
    text = "Two piers have been shut for repairs, Tom Reed, the head of the harbour, said."
    assert quotes(text) == ["Two piers have been shut for repairs"]
    text = "Fares will not rise this year, its chairman, Ann Vale, said."
    assert quotes(text) == ["Fares will not rise this year"]
    text = "Freight rose in May, the Harbour Users Association, HUA, said."
    assert quotes(text) == ["Freight rose in May"]


def test_a_subject_with_its_apposition_reports_nothing_before_its_cue():
    assert quotes("One pier worker, Tom Reed, 52, of Dover, disagrees.") == []


def test_the_name_after_told_is_the_listener_not_an_inverted_speaker():
    rows = quotes_in_text("Ferry fares will rise in May, Tom Reed, a harbour official, told the Dover Herald.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("Ferry fares will rise in May", "Tom Reed")]
