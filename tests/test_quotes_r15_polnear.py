"""Constructions of round 15 of issue 25 (PolNeAR speech recall), each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_inverted_party_members_speak():
    # a party's members are capitalised: "say some Republicans" is an inverted group, not the content
    row = one("The levy will sink the harbour towns, say some Republicans, who voted against it.", "sink the harbour")
    assert row["speaker"] == "Republicans" and row["rule"].startswith("found:content-before-cue")
    assert one("The levy will sink the harbour towns, say Democrats.", "sink the harbour")["speaker"] == "Democrats"


def test_document_participle_before_its_cue():
    # "published" modifies the report (a reduced relative clause); the report's "said" reports
    row = one("A report published last week by the river council said the old bridge needs new piers.", "old bridge")
    assert "report" in row["speaker"] and row["cue"] == "said"
    row = one("A memo posted online said the ferry timetable would change in May.", "ferry timetable")
    assert "memo" in row["speaker"]


def test_document_subject_with_reported_participle():
    row = one("Figures reported on Friday suggest that turnout fell in every ward.", "turnout fell")
    assert row["speaker"] == "Figures" and row["cue"] == "suggest"


def test_cue_noun_after_determiner_and_modifiers_is_no_cue():
    # "attacks", "email", "reports" after a determiner and modifiers are nouns: no row
    assert quotes_in_text("The recent bomb attacks in the capital shook the coalition on Friday.") == []
    assert quotes_in_text("Her use of a private email server angered the auditors.") == []
    assert [r["speaker"] for r in quotes_in_text("The senator attacks the levy as a giveaway to landlords.")] == [
        "senator"
    ]


def test_questioned_takes_what_is_doubted_not_whom():
    row = one("The senator also questioned the wisdom of closing the ferry line in winter.", "wisdom")
    assert row["speaker"] == "senator" and row["rule"].startswith("found:noun-object-head")
    assert quotes_in_text("Police questioned the ferry captain on Monday about the crash.") == []


def test_participle_with_a_listed_noun_object():
    row = one("Vale pushed back, questioning Reed's judgment in backing the toll road.", "judgment")
    assert row["speaker"] == "Vale" and row["cue"] == "questioning"


def test_repeated_and_reaffirmed_statements():
    row = one("At a stop in Dover, the mayor repeated her promise to reopen the ferry line.", "promise")
    assert row["speaker"] == "mayor"
    assert (
        one("Some councillors reaffirmed their opposition to the toll road.", "opposition")["speaker"] == "councillors"
    )
    assert quotes_in_text("The agency reaffirmed its rating on the harbour bonds.") == []


def test_stances_put_in_words_by_head():
    row = one("The harbour master expressed concern about the cost of the new piers.", "concern")
    assert row["speaker"] == "harbour master" and row["rule"].startswith("found:noun-object-head")
    assert one("The mayor claimed victory in the ferry vote on Tuesday night.", "victory")["speaker"] == "mayor"
    assert quotes_in_text("The board declared a dividend of 10 cents a share.") == []


def test_point_to_takes_a_noun_object_but_not_after_a_count():
    row = one("Union leaders pointed to the example of the northern ferry line.", "example")
    assert row["speaker"] == "Union leaders" and row["cue"] == "pointed to"
    assert quotes_in_text("The bank raised the reserve ratio by one percentage point to 19 pct on Friday.") == []
    assert quotes_in_text("The harbour index rose 10 points to 1,800 on Monday.") == []
