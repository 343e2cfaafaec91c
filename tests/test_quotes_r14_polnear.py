"""Constructions of round 14 of issue 25 (PolNeAR speech recall), each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_party_tag_in_commas_is_no_speaker():
    # the AP's "Rep. Ann Lee, R-N.Y., said": the lawmaker speaks, not her party and state
    row = one("Rep. Tom Reed, R-N.Y., said the farm bill would pass this week.", "farm bill")
    assert row["speaker"] == "Tom Reed"
    text = "Sen. Ann Lee, D-Okla., chairman of the farm credit panel, said the rescue should help all lenders."
    assert one(text, "rescue should help")["speaker"] == "Ann Lee"
    text = "Cuts are possible this year, said Dan Reed, D-Kans., chairman of the House subcommittee on wheat."
    assert one(text, "Cuts are possible")["speaker"] == "Dan Reed"


def test_pronoun_with_contracted_has_speaks():
    text = "Ann Roe said the vote was fair. She's said she will fight all the way to the convention."
    assert one(text, "fight all the way")["speaker"] == "Ann Roe"
    text = "Ann Roe said the vote was fair. While she's said she will fight on, Roe must decide what to demand."
    row = one(text, "fight on")
    assert row["speaker"] == "Ann Roe" and row["quote"] == "she will fight on"
    # "it's said" stays an impersonal passive, no pronoun speaker resolved
    assert all(r["speaker"] != "Ann Roe" for r in quotes_in_text("Ann Roe spoke. It's said the plan will fail."))


def test_subordinator_before_a_time_phrase_opens_the_clause():
    text = "Ann Roe said the vote was fair. Although in May she said the deal was a mistake, she later changed course."
    row = one(text, "deal was a mistake")
    assert row["speaker"] == "Ann Roe" and row["quote"] == "the deal was a mistake"


def test_column_and_essay_are_settings_and_sources():
    row = one("Tom Reed said in a guest column in Saturday's Herald that anger is fueling the rise.", "anger")
    assert row["quote"] == "anger is fueling the rise"
    assert one("Tom Reed argued in an essay that the port needs new cranes.", "cranes")["quote"].startswith("the port")
    assert one("The Herald's market column said the first hour of trading matters most.", "first hour")["speaker"]


def test_inverted_group_of_people_without_an_article():
    row = one("Prices will rise in June, said analysts in London.", "Prices will rise")
    assert row["speaker"] == "analysts" and row["quote"] == "Prices will rise in June"
    row = one("The vote was a surprise to the party more than to anyone else, said several observers.", "surprise")
    assert row["speaker"] == "observers"


def test_conjunction_before_a_fronted_subordinate_clause():
    text = "Tom Reed said the vote was fair. And if Roe is the nominee, he said, he would back another candidate."
    row = one(text, "back another candidate")
    assert row["speaker"] == "Tom Reed" and row["quote"] == "he would back another candidate"
    # "until" is also a preposition: the clause before the attribution is the content
    row = one("But until then there is an opening, some analysts said, for firms selling software.", "opening")
    assert row["quote"].startswith("But until then")


def test_second_participle_after_a_quoted_fragment():
    text = (
        'Tom Reed has said he would curb critics, vowing to "open up" the libel laws, and suggesting he would make'
        " aides sign secrecy pledges."
    )
    row = one(text, "sign secrecy pledges")
    assert row["speaker"] == "Tom Reed" and row["quote"].startswith("he would make")
