"""Speakers and their countries that issue 25's round 6c adds, each with a sentence of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def one(text: str, key: str, **kw) -> dict:
    rows = [r for r in quotes_in_text(text, **kw) if key in r["quote"]]
    assert rows, f"no quote holding {key!r} in {[r['quote'] for r in quotes_in_text(text, **kw)]}"
    return rows[0]


def test_a_place_before_based_is_where_not_whose():
    text = "A group of Paris-based Chilean exporters said they would ship more copper next year."
    assert one(text, "ship more copper")["speaker_country"] == "Chile"


def test_a_quotation_after_a_reported_sentence_of_the_same_paragraph():
    text = (
        "The plan will cost two billion pesos, Gomez said.\n\n"
        'Gomez said older plants would close. "We have waited far too long for this change."'
    )
    row = one(text, "waited far too long")
    assert row["speaker"] == "Gomez"
