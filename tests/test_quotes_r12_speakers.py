"""Round 12 speaker and speaker-country constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-04-08"


def _rows(text: str, dateline: str | None = None) -> list[dict]:
    rows = quotes_in_text(text, DAY, dateline)
    assert rows, text
    return rows


def test_a_post_of_a_body_written_before_the_name_without_a_comma():
    text = (
        "Exports should rise this year, president of the Spanish farmers' union ASAJA Pedro Marin said. "
        "Marin said wine sales would lead."
    )
    rows = _rows(text)
    assert [r["speaker"] for r in rows] == ["Pedro Marin", "Pedro Marin"]
    assert [r["speaker_country"] for r in rows] == ["Spain", "Spain"]


def test_a_post_named_by_a_lower_case_noun_before_the_name():
    text = "Japanese director of budget planning Ken Sato said spending would fall. Sato said taxes would not rise."
    assert [r["speaker_country"] for r in _rows(text)] == ["Japan", "Japan"]


def test_a_body_named_after_its_description_is_no_person():
    row = _rows("Bonds will rally, an economist at brokerage Smith Barney said.")[0]
    assert row["speaker"] != "Smith Barney"


def test_a_wrapped_line_does_not_make_a_possessive_name_a_subject():
    text = (
        "Agriculture Secretary Tom Vale said farm exports would rise. Vale was referring to a study by\n"
        "economist R. Lee Hart of his own department. Prices moved with\nHart's forecasts.\n"
        "    He said exports to Asia would lead the rise."
    )
    assert _rows(text)[-1]["speaker"] == "Tom Vale"


def test_an_economist_of_a_continental_bank_speaks_for_its_home():
    row = _rows("Rates will fall, said Anne Roux, an economist at Credit Lyonnais.", "United States")[0]
    assert row["speaker_country"] == "France"


def test_a_post_naming_a_body_by_its_last_word_takes_the_body_named_before():
    text = (
        "Exports of cut flowers rose in May, figures from the Flower Growers Association show. "
        "Association chairman Piet Visser said he expected more growth."
    )
    rows = _rows(text, "Netherlands")
    assert rows[-1]["speaker_country"] == "Netherlands" and "named-body-officer" in rows[-1]["rule"]


def test_a_surname_keeps_the_country_of_a_phrase_read_whole_before_it():
    text = (
        'U.S. Attorney for Manhattan Paul Ridley said fraud cases would fall. "We expect a better year," Ridley said.'
    )
    rows = _rows(text)
    assert rows[0]["speaker_country"] == "United States"
    assert rows[-1]["speaker_country"] == "United States" and "earlier-mention" in rows[-1]["rule"]


def test_an_opening_asked_clause_of_a_later_sentence_is_skipped_for_its_subject():
    text = (
        "Bank lending rose in March, figures show.\n"
        "    Asked if she had advised the ministry to borrow more, Ann Roe said she had offered no\n"
        'advice, but added: "The rates are not stable."'
    )
    assert _rows(text)[-1]["speaker"] == "Ann Roe"


def test_a_sentence_opening_with_but_keeps_its_subject_before_a_participle():
    text = (
        "Exports rose in March, the ministry said.\n"
        '    But Ann Roe set the tone of the debate by saying, "We will not cut tariffs."'
    )
    assert _rows(text)[-1]["speaker"] == "Ann Roe"


def test_an_international_body_s_officer_keeps_no_country_in_later_mentions():
    text = (
        "IMF managing director Jacques Marin said the Fund would lend more. "
        "Marin said the loans would be made soon. He said they would help the debtors."
    )
    rows = _rows(text, "WASHINGTON, April 8 -")
    assert [r["speaker"] for r in rows] == ["Jacques Marin"] * 3
    assert [r["speaker_country"] for r in rows] == [None, None, None]


def test_a_capital_before_a_post_of_a_foreign_body_is_where_the_post_is_held():
    text = "Li Wen, Washington representative of the China Reform Institute, said reforms will go on."
    assert [r["speaker_country"] for r in _rows(text)] == ["China"]
    assert [r["speaker_country"] for r in _rows("Reforms will go on, Washington officials said.")] == ["United States"]
