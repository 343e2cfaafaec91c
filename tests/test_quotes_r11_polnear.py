"""Constructions of round 11 of issue 25 (PolNeAR speech recall), each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_inverted_speaker_with_a_bare_post_before_the_name():
    # no article before the post: the phrase after the cue is the speaker, the clause before it the content
    row = one("Even Brazil has more pull through its films, says political scientist Tom Reed in Lisbon.", "more pull")
    assert row["speaker"] == "Tom Reed" and row["rule"].startswith("found:content-before-cue")
    rows = quotes_in_text("The notes yield 8.5 pct, said sole manager Acme Securities Inc.")
    assert [r["quote"] for r in rows] == ["The notes yield 8.5 pct"]


def test_inverted_speaker_with_a_long_apposition_and_relative_clause():
    text = (
        "It was the first time a candidate had made the disease a central issue, said Ann Vale, executive director"
        " of the Health League, whose members lobby every campaign to take up the issue."
    )
    assert one(text, "the first time")["speaker"] == "Ann Vale"
    text = (
        "The harbour had lost its best pilots by the spring, said a former spokesman for the port, Tom Reed, who also"
        " ran for mayor in the new party the council helped form."
    )
    assert "spokesman" in one(text, "lost its best pilots")["speaker"]
    text = "The ferry could break even this year, said Vale, citing large cuts in fuel costs at the port, its owner."
    assert one(text, "could break even")["speaker"] == "Vale"


def test_inverted_name_whose_apposition_runs_into_a_verb_is_no_speaker():
    # "said Tom Reed, former director of Bell, has been named ...": the name is the subject of the content
    rows = quotes_in_text(
        "Acme Corp, recently formed from the merger of Bell Corp and Dell Corp, said Tom Reed, former director"
        " of Bell, has been named chairman."
    )
    assert not any(r["quote"].startswith("Acme Corp") for r in rows)


def test_as_clause_reports_the_clause_before_it():
    row = one(
        "The ferry service had failed badly, as the Herald reported a few days later.", "ferry service had failed"
    )
    assert row["speaker"] == "Herald" and row["rule"].startswith("found:as-attribution")
    row = one("The ferry fares changed over the summer, as Vale has sometimes acknowledged.", "fares changed")
    assert row["speaker"] == "Vale"


def test_second_verb_after_an_adverb_takes_the_pronoun_subject():
    text = (
        "Tom Reed said the vote was fair. Last year, he played down the remarks and reportedly argued that attacking"
        " the mayor would only help her."
    )
    assert one(text, "attacking the mayor")["speaker"] == "Tom Reed"


def test_time_phrase_without_a_comma_opens_the_clause():
    text = "A few minutes later the organizers reversed themselves and said they would count the ballots again."
    assert one(text, "count the ballots")["speaker"] == "organizers"
    assert one("Two days ago the ministry said the ferry talks would go on.", "ferry talks")["speaker"] == "ministry"


def test_publisher_or_listener_of_the_setting_before_that():
    row = one("The mayor said in an interview with the Herald that the ferry fares were too high.", "ferry fares")
    assert row["quote"].startswith("the ferry fares were too high")
    row = one("Acme said in a filing with the Securities and Exchange Commission that it had sold its stake.", "sold")
    assert row["quote"].startswith("it had sold its stake")


def test_plural_supporters_and_critics_speak():
    row = one(
        "When her lead slipped, Vale's biggest boosters in the state insisted it was a passing dip.", "passing dip"
    )
    assert "boosters" in row["speaker"]
    assert one("Proponents say the ferry plan will create jobs.", "create jobs")["speaker"] == "Proponents"


def test_participle_after_a_document_its_subject_put_out():
    row = one(
        "Later that day, the mayor's office released a statement saying it would delay the vote.", "delay the vote"
    )
    assert row["speaker"] == "mayor's office" and row["rule"].startswith("found:document-participle")
    # the report speaks, not the one who denied it
    rows = quotes_in_text("The ministry denied a newspaper report saying that the ferry would stop running.")
    assert not any("document-participle" in r["rule"] for r in rows)


def test_participle_after_a_dash():
    row = one("Tom Vale changed his pick on the spot – saying he now backed the visitors.", "now backed")
    assert row["speaker"] == "Tom Vale" and row["rule"].startswith("found:participle-clause")


def test_participle_after_a_contracted_pronoun_and_is():
    text = "Tom Reed said the vote was fair. He's suggesting that the delegates should switch to the mayor."
    assert one(text, "delegates should switch")["speaker"] == "Tom Reed"


def test_opening_participle_before_a_main_clause_without_speech():
    text = "Noting that both mayors faced a hostile press, Vale put her finger on one side of the campaign."
    row = one(text, "both mayors faced")
    assert row["speaker"] == "Vale" and row["rule"].startswith("found:opening-participle")


def test_time_phrase_with_late_or_early_before_a_pronoun():
    text = (
        "Tom Reed said the vote was fair. He first defended it, but late Saturday he announced he backed a new count."
    )
    assert one(text, "backed a new count")["speaker"] == "Tom Reed"


def test_listener_before_the_that_of_the_content():
    row = one("The union complained to the ministry that the ferry was unsafe.", "ferry was unsafe")
    assert row["quote"].startswith("the ferry was unsafe") and row["speaker"] == "union"


def test_participle_speaker_after_several_short_openers():
    text = "The day before, at a rally in Bend, Ore., Mr. Vale was just as blunt, claiming that the mayor would raise fares."
    assert one(text, "the mayor would raise fares")["speaker"] == "Vale"


def test_place_or_channel_before_the_that_of_the_content():
    text = "Tom Reed said the vote was fair. He insisted at a rally in Ohio on Wednesday that he is still in the race."
    row = one(text, "still in the race")
    assert row["quote"].startswith("he is still") and row["speaker"] == "Tom Reed"
    # not the clause before the cue: the words after it are a setting and the content
    assert not any(r["quote"].startswith("Tom Reed said") for r in quotes_in_text(text))
    row = one("Senator Ann Vale suggested on social media that she would back a third candidate.", "third candidate")
    assert row["quote"].startswith("she would back")


def test_setting_after_a_cue_holds_no_second_cue():
    # "published" in the setting of "said" reports nothing of its own: one row
    text = "The Harbour Institute said in a study published today that ferry fares would rise by a tenth this year."
    assert len([r for r in quotes_in_text(text) if "fares would rise" in r["quote"]]) == 1


def test_a_noun_after_an_adverb_is_no_coordinated_verb():
    row = one("A storm hit the harbour town but first reports said no one was hurt.", "no one was hurt")
    assert row["speaker"] == "first reports"


def test_a_place_after_an_inverted_role_is_no_name():
    text = (
        "Acme Gas Partners LP, half owned by Acme Corp, said a jury in Bend County, Texas, district court has found"
        " that it owed nothing to the drillers."
    )
    assert not any(r["quote"].startswith("Acme Gas") for r in quotes_in_text(text))
