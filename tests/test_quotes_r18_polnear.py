"""Round 18 of issue 25 (speech-only recall on PolNeAR): attributions inside the sentence, with sentences of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["quote"]) for r in quotes_in_text(text)]


def test_a_time_opener_before_according_to_is_no_content():
    # "But the next day" is when, not what the source said: the clause after the source is its content
    found = rows("But the next day, according to Ann Vale, the mayor made further demands.")
    assert ("Ann Vale", "the mayor made further demands") in found, found
    assert not any(q == "But the next day" for _, q in found), found


def test_a_time_opener_before_according_to_leaves_a_closing_attribution_its_sentence():
    text = (
        "In the future, according to a deal to be signed with the city, the club will need no approval, the board said."
    )
    found = [q for _, q in rows(text)]
    assert not any(q.endswith("the board said") for q in found), found


def test_a_setting_of_four_words_before_a_parenthetical_attribution():
    # "At times last year" is a setting: the content follows the attribution, and no row holds the setting
    found = rows("At times last year, people close to the mayor said, the mere mention of the bridge made him fume.")
    assert ("people close to the mayor", "the mere mention of the bridge made him fume") in found, found
    assert not any(q.startswith("At times") for _, q in found), found


def test_a_predicate_of_two_words_after_a_parenthetical_attribution():
    # the subject before, the predicate after: two words are a clause, and the subject alone is no content
    found = rows("The new bridge, Ann Vale said, never opened.")
    assert ("Ann Vale", "never opened") in found, found
    assert not any(q == "The new bridge" for _, q in found), found


def test_a_dash_after_the_closing_cue_opens_the_writers_aside():
    # the words after "-- " are the writer's comment on the report; the clause before the attribution is its content
    found = rows(
        "Falling deficits will end this year, the budget office reported on Tuesday -- a turn that could matter."
    )
    assert ("budget office", "Falling deficits will end this year") in found, found
    assert not any(q.startswith("--") for _, q in found), found


def test_plural_documents_speak_for_their_findings():
    # speaker_roles.csv: "tallies", "filings", "memos" ... as the plurals of document words already there
    found = rows("Most of the new ads come from groups that can raise any sum, tallies by a media firm show.")
    assert ("tallies by a media firm", "Most of the new ads come from groups that can raise any sum") in found, found


def test_families_and_customers_speak():
    # speaker_roles.csv: plural people nouns the table lacked ("families", "customers", "relatives", "neighbors")
    found = rows("Big families had mobilized, warning that the new dam would ruin the valley.")
    assert ("Big families", "the new dam would ruin the valley") in found, found


def test_a_bare_plural_subject_after_comma_and_starts_a_second_attribution():
    # "..., and analysts estimate ...": the first content ends at the comma, the analysts' clause is a row of its own
    found = rows(
        "Bank clients have complained about slow service at the branch, and analysts estimate the unit lost money."
    )
    assert ("analysts", "the unit lost money") in found, found
    assert not any("analysts estimate" in q for _, q in found), found
