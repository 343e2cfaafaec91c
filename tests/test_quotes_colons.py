"""A paragraph that opens with a speaker and a colon (issue 25), or a headline in title case. Invented sentences."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

TEXT = (
    "Vale: Critics of the harbour deal have not read it\n\n"
    "The mayor of Lakeside, Ann Vale, spoke to reporters on Monday about the deal.\n\n"
    "Poll: Most voters back the harbour deal in Lakeside.\n\n"
    "ANN VALE: We have waited long enough for this harbour.\n\n"
    "Note: this story was corrected on Tuesday to fix a name.\n\n"
    "North End: 13 hrs 15 hrs\n\n"
)


def test_headline_transcript_and_poll_openers_are_quotes():
    rows = {r["quote"]: r for r in quotes_in_text(TEXT) if r["rule"].startswith("found:speaker-colon")}
    assert rows["Critics of the harbour deal have not read it"]["speaker"] == "Vale"
    assert rows["Most voters back the harbour deal in Lakeside"]["speaker"] == "Poll"
    assert rows["We have waited long enough for this harbour"]["speaker"] == "ANN VALE"
    assert all(r["cue"] == ":" and r["cue_class"] == "speech" for r in rows.values())


def test_labels_and_table_lines_are_not():
    quotes = [r["quote"] for r in quotes_in_text(TEXT)]
    assert not any(q.startswith("this story was corrected") or q.startswith("13 hrs") for q in quotes)


def test_headline_in_title_case():
    text = "Vale Says Harbour Plan Will Bring Jobs To The Town\n\nThe mayor spoke on Monday at the port."
    rows = quotes_in_text(text)
    assert [(r["quote"], r["speaker"], r["rule"]) for r in rows] == [
        ("Harbour Plan Will Bring Jobs To The Town", "Vale", "found:title-case-headline; speaker:headline-subject")
    ]
    assert quotes_in_text("Vale Wants Harbour Plan To Bring Jobs To The Town\n\nThe mayor spoke on Monday.") == []


def test_a_cue_word_after_the_colon_is_the_speakers_own_word():
    rows = quotes_in_text(
        "Ann Vale: I would consider a second term in the spring.\n\nAnn Vale, the mayor, spoke on Monday."
    )
    row = [r for r in rows if r["quote"].startswith("I would consider")]
    assert row and row[0]["speaker"] == "Ann Vale" and row[0]["cue"] == ":"
