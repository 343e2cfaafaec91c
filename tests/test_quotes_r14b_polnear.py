"""Constructions of the second part of round 14 of issue 25 (PolNeAR speech recall): findings of polls and studies,
and noun objects of cues whose object is what was said; each with a sentence of our own."""

from __future__ import annotations

from test_quotes_constructions import one

from analysis.quotes import quotes_in_text


def test_document_participle_without_a_comma():
    row = one("Despite polls showing her well behind, the senator campaigned in the north.", "her well behind")
    assert row["speaker"] == "polls" and row["rule"].startswith("found:document-finding-participle")
    assert row["quote"] == "her well behind"  # the content ends at the comma before the main clause
    row = one("Shares rose after a new survey showing output grew 3 pct in May.", "output grew")
    assert "survey" in row["speaker"]
    # a participle after a person or a thing that is no document is no finding
    assert not quotes_in_text("The minister met traders showing samples of the new grain.")


def test_document_subject_with_an_aside_or_a_name_with_of():
    row = one("The poll, released on Monday by the institute, showed the mayor leading the field by 6 points.", "mayor")
    assert row["speaker"] == "poll"  # not the mayor: a person after "showed" is no inverted speaker
    row = one("A Fox News poll, conducted by two firms, shows the governor with 47 percent.", "the governor with")
    assert "poll" in row["speaker"]
    row = one("A University of Ohio poll out this week shows the governor with a 6-point lead.", "the governor with")
    assert "poll" in row["speaker"]


def test_researchers_find_that():
    row = one("The researchers found that towns hit by plant closures voted for the challenger.", "towns hit")
    assert row["speaker"] == "researchers" and row["cue"] == "found"
    assert not quotes_in_text("The researchers found the samples in a cave near the coast.")


def test_noun_object_of_a_cue_whose_object_is_what_was_said():
    row = one("The minister denied any link between the bank and the trading firm.", "any link")
    assert row["speaker"] == "minister" and row["rule"].startswith("found:noun-object-of-cue")
    row = one("Dealers predicted reasonable demand for both issues this week.", "reasonable demand")
    assert row["rule"].startswith("found:noun-object-of-cue")
    # not "announced": its noun object is mostly an action in wire copy (an order, a sale, a product)
    assert not quotes_in_text("The airline announced an order for 40 new aircraft from the two makers.")
    # a short noun object is no content, and the clause before it is not reported either
    rows = quotes_in_text("The firm has said it will not bid for the airline and its chairman reiterated that view.")
    assert [r["quote"] for r in rows] == ["it will not bid for the airline"]


def test_announced_noun_object_by_its_head_word():
    row = one("The senator announced his support for the governor in a radio interview.", "his support for")
    assert row["speaker"] == "senator" and row["rule"].startswith("found:noun-object-head")
    row = one("Former Gov. Ann Roe announced her candidacy for the Senate on Tuesday.", "her candidacy")
    assert row["speaker"] == "Ann Roe"
    # company actions stay out: the head word is not in noun_object_heads.csv
    assert not quotes_in_text("The company announced the sale of its paper unit to a Finnish group.")
    assert not quotes_in_text("The firm announced plans to acquire two savings banks in the west.")


def test_colon_headline_with_an_audience_or_a_venue():
    text = "Roe to Farmers: The new levy will be cut next year.\n\nGov. Ann Roe spoke in Ames on Friday."
    assert any(r["speaker"] == "Roe" and r["quote"].startswith("The new levy") for r in quotes_in_text(text))
    text = "Roe: I back D.C. statehood.\n\nGov. Ann Roe spoke in Ames on Friday."
    assert any(r["quote"] == "I back D.C. statehood" for r in quotes_in_text(text))  # "D.C." is a word, no figure
    assert not quotes_in_text("Note to Readers: prices are in dollars per tonne.\n\nPrices were steady.")
