"""Round 17 speaker countries and continuations (nongold read). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-06-16"


def _rows(text: str, dateline: str | None = None) -> list[dict]:
    return quotes_in_text(text, DAY, dateline)


def test_a_capitalised_post_of_a_company_in_a_country_after_a_name_gives_that_country_to_the_surname():
    text = (
        "Widget makers will merge before 1990, Carl Dorn, Executive Vice President (commercial) of Acme Widgets "
        "in France, said. Dorn added that talks with three rivals would go on."
    )
    rows = _rows(text, "Netherlands")
    assert [r["speaker"] for r in rows] == ["Carl Dorn", "Carl Dorn"]
    assert all(r["speaker_country"] == "France" for r in rows)
    assert rows[0]["speaker_role"].startswith("Executive Vice President")


def test_a_capitalised_post_of_a_body_after_a_name_keeps_the_name_as_speaker():
    text = "Widget makers will merge, Carl Dorn, Managing Director of Acme Widgets, said."
    rows = _rows(text, "Netherlands")
    assert rows and rows[0]["speaker"] == "Carl Dorn"


def test_a_nationality_word_in_a_bodys_apposition_gives_its_country_when_named_alone():
    text = (
        "The Belgian agency for trade fairs, <Fairco>, said it plans a show in Chicago.\n"
        "    The show will open in May, Fairco said."
    )
    rows = [r for r in _rows(text, "United States") if r["speaker"] == "Fairco"]
    assert rows and rows[0]["speaker_country"] == "Belgium"
    assert rows[0]["rule"].endswith("country:body-apposition")


def test_a_nationality_word_after_a_bodys_word_is_a_topic():
    text = "Fairco, an agency for Belgian trade fairs, said it plans a show.\n    The show opens in May, Fairco said."
    rows = [r for r in _rows(text, "United States") if r["rule"].endswith("body-apposition")]
    assert not rows


def test_a_decree_speaks_for_the_datelines_country():
    text = "The bonus will not count toward severance pay, the decree said."
    rows = _rows(text, "Venezuela")
    assert rows and rows[0]["speaker_country"] == "Venezuela"


def test_a_quotation_after_one_plain_sentence_in_the_speakers_paragraph_is_the_speakers():
    text = (
        "    Acme analyst Ann Roe also believes the copper market has more room this year. Although the price "
        'rose slightly it is below the levels of past years. "Copper looks cheap to foreign buyers."'
    )
    rows = [r for r in _rows(text, "United States") if r["kind"] == "direct"]
    assert rows and rows[0]["speaker"] == "Ann Roe"
    assert rows[0]["rule"].startswith("found:direct-quote; speaker:same-paragraph-speaker")


def test_a_quotation_after_a_sentence_with_its_own_cue_is_not_the_paragraph_speakers():
    text = (
        "    Acme analyst Ann Roe also believes the copper market has more room this year. Bankers said the "
        'price rose. "Copper looks cheap to foreign buyers."'
    )
    rows = [r for r in _rows(text, "United States") if r["kind"] == "direct"]
    assert not rows or rows[0]["speaker"] != "Ann Roe"


ROUND_UP = (
    "Rebels shelled the port overnight, witnesses said.\n\n"
    "    SALTA, Argentina - Bishop Tomas Ruiz began a tour of the farm belt, saying farm workers had been "
    "neglected too long.\n\n"
    "    ROME - The coalition is expected to fall tomorrow, political sources said.\n"
)


def test_an_inner_dateline_is_never_a_speaker_nor_part_of_the_quote():
    rows = _rows(ROUND_UP, "Lebanon")
    saying = [r for r in rows if "neglected" in r["quote"]]
    assert saying and saying[0]["speaker"] == "Tomas Ruiz"
    rome = [r for r in rows if "coalition" in r["quote"]]
    assert rome and not rome[0]["quote"].startswith("ROME")


def test_local_voices_under_an_inner_dateline_take_its_country():
    rows = _rows(ROUND_UP, "Lebanon")
    rome = [r for r in rows if r["speaker"] == "political sources"]
    assert rome and rome[0]["speaker_country"] == "Italy"
    assert rome[0]["rule"].endswith("country:inner-dateline")
    first = [r for r in rows if r["speaker"] == "witnesses"]
    assert first and first[0]["speaker_country"] == "Lebanon"
