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


def test_sources_close_to_a_meeting_speak_for_no_host():
    text = (
        "Grain exporters will cut their offers next month, sources close to a meeting of the exporters' club said.\n\n"
        "The sources said prices had been the main topic of the talks."
    )
    rows = quotes_in_text(text, dateline_country="France")
    assert [r["speaker_country"] for r in rows] == [None, None]


def test_a_participle_clause_is_not_the_speakers_post():
    text = '"Prices are far too low," said a delegate representing a large coffee producer.'
    assert one(text, "far too low", dateline_country="Kenya")["speaker_country"] is None


def test_a_long_apposition_naming_a_company_gives_the_post():
    text = (
        '"Bonds will stay weak," said Jane Roe, deputy general manager of Acme Trust and Banking Co Ltd\'s '
        "international bond investment department."
    )
    row = one(text, "stay weak", dateline_country="Japan")
    assert row["speaker"] == "Jane Roe" and "deputy general manager" in (row["speaker_role"] or "")


def test_a_short_name_after_a_laboratories_name_is_the_same_company():
    text = (
        "Acme Widget Laboratories said its drug unit began clinical trials on a new vaccine.\n\n"
        "Acme also said it expected approval of a second drug next year."
    )
    rows = quotes_in_text(text, dateline_country="United States")
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_a_surname_that_is_also_a_title_is_a_person_a_pronoun_refers_to():
    text = "King said the result was satisfactory. He said the airline would return to profit."
    assert one(text, "the airline would return")["speaker"] == "King"
