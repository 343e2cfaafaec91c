"""Round 17 speaker constructions (r17-speakers2). Every sentence here is invented."""

from __future__ import annotations

from quote_rows import row_with, rows_of

DAY = "1987-03-27"


def _rows(text: str, dateline: str | None = None) -> list[dict]:
    return rows_of(text, DAY, dateline)


def _one(text: str, key: str, dateline: str | None = None) -> dict:
    return row_with(text, key, DAY, dateline)


def test_a_firms_initials_before_a_line_break_end_no_sentence():
    text = '"The market is strong," said Ann Vale of T.R.\nBellamy and Co. She added that prices would rise.'
    row = _one(text, "market is strong")
    assert row["speaker"] == "Ann Vale of T.R. Bellamy and Co"


def test_a_place_after_initials_still_ends_a_sentence():
    text = "Acme Tools is based in Newark, N.J.\nThe company said it would close two plants next year."
    row = _one(text, "close two plants")
    assert row["sentence"].startswith("The company said")


def test_a_home_aside_before_the_apposition_is_no_speaker():
    row = _rows("Harbour Tools Corp, of Dayton, Ohio, a maker of drills, said it would cut its dividend.")[0]
    assert row["speaker"] == "Harbour Tools Corp" and row["speaker_country"] == "United States"


def test_a_home_town_without_a_state_gives_its_country():
    row = _rows("Harbour Tools Corp, of Toronto, a maker of drills, said it would cut its dividend.", "Japan")[0]
    assert row["speaker"] == "Harbour Tools Corp" and row["speaker_country"] == "Canada"


def test_a_state_without_a_comma_after_it_is_blanked_in_an_apposition():
    text = "Birch Associates, a Cresskill, N.J. securities dealer, told regulators it had bought 9 pct of Acme."
    row = _rows(text)[0]
    assert row["speaker"] == "Birch Associates" and row["speaker_country"] == "United States"


def test_the_name_before_a_description_speaks_for_a_relative_clause():
    text = "The plant was sold to Harbour Tools Inc, the largest maker of drills, which said it would shut it."
    row = _rows(text)[0]
    assert row["speaker"] == "Harbour Tools Inc"


def test_a_body_before_a_description_and_a_which_clause_speaks():
    text = "Harbour Tools Inc, the largest maker of drills, which has plants in Ohio, said it would cut jobs."
    row = _rows(text)[0]
    assert row["speaker"] == "Harbour Tools Inc"


def test_a_closing_speech_cue_after_a_request_carries_the_clause():
    text = "The council urged the mayor to cut fares on buses, officials involved said."
    rows = _rows(text)
    assert [r["cue"] for r in rows] == ["said"]
    assert rows[0]["speaker"] == "officials" and rows[0]["quote"].startswith("The council urged")


def test_a_closing_inverted_attribution_after_a_belief_carries_the_clause():
    rows = _rows("The mayor wants to visit every school hall, said Ann Vale.")
    assert [r["cue"] for r in rows] == ["said"]
    assert rows[0]["speaker"] == "Ann Vale" and rows[0]["quote"] == "The mayor wants to visit every school hall"


def test_a_closing_inverted_attribution_may_have_one_apposition():
    rows = _rows("Harbour wants to sell the drill unit, said Ann Vale, an analyst at Birch Co.")
    assert [r["cue"] for r in rows] == ["said"] and rows[0]["speaker"] == "Ann Vale"


def test_a_naming_cue_after_a_comma_is_no_closing_attribution():
    text = "Harbour Tools said it has introduced a new drill, called the Vale Master."
    row = _rows(text)[0]
    assert row["speaker"] == "Harbour Tools" and row["cue"] == "said"


def test_preferred_stock_is_no_cue():
    text = "Ann Vale, an investor with 6 pct of the Harbour Tools preferred stock, said she would seek a seat."
    rows = _rows(text)
    assert [r["cue"] for r in rows] == ["said"] and rows[0]["speaker"] == "Ann Vale"


def test_a_past_post_after_and_former_leaves_the_present_post():
    text = "Prices will fall further this year, said Ann Vale, chairman of Birch Holdings of Canada Inc and former head of the Ruritanian Bankers Association of the City of Birchport."
    row = _rows(text)[0]
    assert row["speaker_role"].startswith("chairman of Birch Holdings")


def test_a_seat_after_based_in_is_the_company_home_before_the_dateline():
    row = _rows("Birch Securities Co, based in London, said prices would fall this year.", "Japan")[0]
    assert row["speaker"] == "Birch Securities Co" and row["speaker_country"] == "United Kingdom"
