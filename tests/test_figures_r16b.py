"""Figures, round 16 (second helper): partners of figures near a currency, an opening participle and a market's
city (sentences of our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _rows(text: str, dateline: str = "LIMA, June 3", title: str = "ACME SAYS OUTPUT STEADY") -> dict[str, list[str]]:
    df = story(text, title, dateline)
    return dict(zip(df["text"], df["countries"], strict=True))


def test_a_currency_something_is_paid_in_is_no_partner():
    found = _rows("Peru's central bank lends its 14 savings banks intis by swaps against U.S. Dollars.\n")
    assert found["14"] == ["Peru"]


def test_a_currency_move_against_a_named_currency_keeps_it():
    found = _rows("The Ruritanian crown had fallen four pct against the Swiss franc by noon.\n")
    assert "Switzerland" in found["four pct"]


def test_a_figure_in_an_opening_participle_is_the_subject_s():
    found = _rows("Owing its banks 12 billion dlrs, Chile asked for new terms on Tuesday.\n", "CHICAGO, June 3")
    assert found["12 billion dlrs"] == ["Chile"]


def test_a_comparison_splits_the_countries_of_the_figures_it_joins():
    found = _rows("Chile's farm aid reached 41.5 pct compared with 12.5 pct for Peru last year.\n")
    assert found["41.5 pct"] == ["Chile"] and found["12.5 pct"] == ["Peru"]


def test_the_market_a_rate_is_quoted_in_is_no_partner():
    found = _rows(
        "The dollar opened at 1.8150/60 marks. It ended at 1.8205/15 in Paris after 1.8260/70 in Madrid.\n",
        "SINGAPORE, June 3",
    )
    assert "France" not in found["1.8205/15"] and "United States" in found["1.8205/15"]


def test_a_price_in_the_rates_currency_goes_on_with_the_rate():
    found = _rows("The dollar opened at 145.05/15 yen on Monday.\n    It closed at 145.25 yen.\n", "SINGAPORE, June 3")
    assert sorted(found["145.25 yen"]) == ["Japan", "United States"]


def test_a_count_of_currencies_is_no_figure():
    df = story(
        "Ruritania set its crown at 12.50 to the dollar, subject to change against a basket of five currencies.\n",
        "ACME SAYS OUTPUT STEADY",
        "LIMA, June 3",
    )
    assert "five" not in df["text"].tolist()


def test_a_move_against_a_named_currency_takes_the_other_side_too():
    found = _rows("Peru's economy is weak.\n    The steepest fall was against the Swiss franc, 61.5 pct.\n")
    assert sorted(found["61.5 pct"]) == ["Peru", "Switzerland"]


def test_a_purpose_phrase_after_the_figure_ends_its_countries():
    found = _rows("Chile cut duties on some 900 foreign goods in May aimed at trimming its surplus with Peru.\n")
    assert found["900"] == ["Chile"]
