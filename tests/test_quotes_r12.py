"""Round 12 quote detection constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-04-08"


def _rows(text: str) -> list[dict]:
    return quotes_in_text(text, DAY)


def test_a_reported_clause_with_a_quoted_fragment_is_one_partial_quote():
    rows = _rows('Smith said the harbour plan was "a disaster for the farmers of the region" and should be dropped.')
    assert len(rows) == 1
    row = rows[0]
    assert row["kind"] == "partial" and row["speaker"] == "Smith"
    assert row["quote"].startswith("the harbour plan was") and row["quote"].endswith("should be dropped")
    assert "clause-with-quoted-fragment" in row["rule"]


def test_two_fragments_in_one_clause_make_one_row():
    text = 'The agency said it found "serious gaps" in the filings, gaps "that hide the real cost of the loans."'
    rows = _rows(text)
    assert len(rows) == 1 and rows[0]["quote"].startswith("it found")


def test_a_one_word_fragment_leaves_only_its_clause():
    rows = _rows('The ministry said the troops had fired "unprovoked" across the border on Tuesday.')
    assert [r["kind"] for r in rows] == ["indirect"]


def test_a_participle_before_the_main_cue_keeps_the_fragment_alone():
    text = 'The ministry official, speaking to reporters in Tokyo, said the curbs were "needed for security reasons".'
    rows = _rows(text)
    assert [r["quote"] for r in rows if r["kind"] == "partial"] == ["needed for security reasons"]


def test_a_fragment_opening_the_clause_leaves_the_clause_as_content():
    rows = _rows('The agency said "paper" funds must be left out because they are only verbal promises.')
    assert len(rows) == 1 and rows[0]["quote"].startswith('"paper" funds must be left out')


def test_a_fragment_two_words_into_the_clause_makes_a_partial_clause():
    rows = _rows('The agency said it had "serious doubts" about the filings of the bank.')
    assert [r["quote"] for r in rows] == ['it had "serious doubts" about the filings of the bank']


def test_a_fragment_object_before_a_preposition_stays_alone():
    rows = _rows('The committee expressed "grave concern" to the minister over the halt in payments.')
    assert [r["quote"] for r in rows] == ["grave concern"]


def test_a_name_in_s_before_said_is_the_subject():
    rows = _rows("Dunmore's said it would open ten stores this year. Later, Dunmore's said, sales would rise.")
    assert [r["speaker"] for r in rows] == ["Dunmore's", "Dunmore's"]
    assert not _rows("Dunmore's announced plan to close two stores was dropped by the board last week.")
    assert not _rows("Roe's warning that the store would close was ignored by the board.")


def test_declining_to_quantify_or_predict_reports_nothing():
    rows = _rows("Smith declined to quantify the shortfall but said it was the main reason for the loss.")
    assert [r["quote"] for r in rows] == ["it was the main reason for the loss"]
    assert not _rows("Smith declined to predict how high the reserves might rise this year.")


def test_a_day_in_s_after_the_cue_opens_the_content():
    rows = _rows("A spokesman said Monday's auction drew 500 mln dlrs in bids from the banks.")
    assert [r["quote"] for r in rows] == ["Monday's auction drew 500 mln dlrs in bids from the banks"]
    rows = _rows("A spokesman said Monday that the auction drew 500 mln dlrs in bids from the banks.")
    assert [r["quote"] for r in rows] == ["the auction drew 500 mln dlrs in bids from the banks"]


def test_three_dots_between_market_items_end_a_sentence():
    text = (
        "Market talk - Ruritania bought 30,000 tonnes of maize for May shipment, a grain trader said...Freight "
        "rates on the Gulf route rose sharply this morning, ship brokers said..."
    )
    rows = _rows(text)
    assert [(r["quote"][:20], r["speaker"]) for r in rows] == [
        ("Market talk - Rurita", "grain trader"),
        ("Freight rates on the", "ship brokers"),
    ]


def test_a_fronted_subordinate_clause_after_that_keeps_its_main_clause():
    rows = _rows("Vale Mining said that, when it reopens the pit, it plans to run it at half its capacity.")
    assert [r["quote"] for r in rows] == ["when it reopens the pit, it plans to run it at half its capacity"]
    rows = _rows("Vale Mining said although sales fell, it expects to earn more this year.")
    assert [r["quote"] for r in rows] == ["although sales fell, it expects to earn more this year"]


def test_a_second_speaker_in_apposition_after_and_ends_the_first_content():
    text = (
        "Ann Vale, head of the board, said the fund may lose 40 mln dlrs this year, and another board member, "
        "Jim Roe, said the state should plan to spend at least 20 mln dlrs."
    )
    rows = _rows(text)
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("the fund may lose 40 mln dlrs this year", "Ann Vale"),
        ("the state should plan to spend at least 20 mln dlrs", "Jim Roe"),
    ]


def test_as_with_a_second_speaker_ends_the_participle_content():
    text = (
        "The envoy would not say who was to blame, saying his government was still gathering the facts, as "
        "Prime Minister Ann Vale said Ruritania was ready to defend itself."
    )
    quotes = [r["quote"] for r in _rows(text)]
    assert "his government was still gathering the facts" in quotes
    assert "Ruritania was ready to defend itself" in quotes


def test_a_progressive_belief_verb_is_no_participle_clause():
    rows = _rows("Alpha Corp and Beta Ltd are planning a joint venture in medical equipment, Alpha announced.")
    assert [(r["quote"][:24], r["speaker"]) for r in rows] == [("Alpha Corp and Beta Ltd ", "Alpha")]


def test_a_participle_before_a_closing_attribution_reports_nothing_of_its_own():
    text = "Acme Ltd expects strong results this year after reporting record profits in 1986, chairman Ann Vale said."
    rows = _rows(text)
    assert [(r["quote"][:20], r["speaker"]) for r in rows] == [("Acme Ltd expects str", "Ann Vale")]
    rows = _rows("He was quoted as saying the plan would be dropped within the year, the spokesman said.")
    assert any(r["quote"] == "the plan would be dropped within the year" for r in rows)
