"""Figures, round 16: partners of exchange rates and numbers that are no figures (sentences of our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _rows(text: str, dateline: str = "LIMA, June 3") -> dict[str, list[str]]:
    df = story(text, "ACME SAYS OUTPUT STEADY", dateline)
    return dict(zip(df["text"], df["countries"], strict=True))


def test_a_bid_offer_quote_with_two_digits_is_a_dollar_rate():
    found = _rows(
        "The inti's official buy-sell rate against the dollar is 18.25/40 and the free rate about 26.10/30.\n"
    )
    assert sorted(found["18.25/40"]) == ["Peru", "United States"]
    assert sorted(found["26.10/30"]) == ["Peru", "United States"]


def test_a_shared_currency_name_is_the_named_country_s():
    found = _rows("Chile and the IMF put the peso/dollar target rate for the year at 210.50.\n", "SANTIAGO, June 3")
    assert sorted(found["210.50"]) == ["Chile", "United States"]


def test_a_new_currency_name_makes_a_rate():
    found = _rows("Ghana's cedi fell to 160 to the dollar in the weekly auction.\n", "ACCRA, June 3")
    assert sorted(found["160"]) == ["Ghana", "United States"]


def test_a_price_per_us_gallon_is_not_the_united_states():
    found = _rows("Peru will raise the price of petrol by 25 pct from the current 19.5 intis per U.S. gallon.\n")
    assert found["25 pct"] == ["Peru"] and found["19.5 intis per U.S. gallon"] == ["Peru"]


def test_list_numbering_and_whole_fractions_are_no_figures():
    df = story(
        "The bank set out its aims:\n1) to cut the deficit by 5 pct\n(2) to sell 20 mln dlrs of bonds.\n"
        "    The loss came after four quarters of small profits, and the bank sold three quarters of its stake.\n",
        "ACME SAYS OUTPUT STEADY",
        "LONDON, June 3",
    )
    assert df["text"].tolist() == ["5 pct", "20 mln dlrs", "three quarters"]


def _directions(text: str) -> dict[str, str | None]:
    df = story(text, "ACME SAYS OUTPUT STEADY", "LONDON, June 3")
    return dict(zip(df["text"], df["direction"], strict=True))


def test_a_report_word_after_an_owner_is_a_noun():
    found = _directions("Broker Jane Doe said she raised her profit estimates for Acme to 95 cts a share.\n")
    assert found["95 cts a share"] == "increase"


def test_a_verb_before_a_modified_rate_moves_it():
    found = _directions("Weak demand has lowered projected Ruritanian growth to 1.5 pct from an earlier 2.5 pct.\n")
    assert found["1.5 pct"] == "decrease"


def test_a_level_carries_the_change_after_an_insert():
    found = _directions(
        "Acme earned 52.3 mln dlrs in 1986, including gains of 4.5 mln dlrs from land sales and 2,100,000 dlrs from "
        "a lawsuit, down from 60.1 mln dlrs in 1985.\n"
        "    The plan sets aside 12.5 billion crowns, or 8.2 pct of spending, for new roads, up from 10 billion.\n"
    )
    assert found["52.3 mln dlrs"] == "decrease" and found["2,100,000 dlrs"] is None
    assert found["12.5 billion crowns"] == "increase"


def test_a_change_listed_after_a_verb_keeps_the_verb_s_move():
    found = _directions(
        "Farm output should grow by 2.1 pct this year and 3.4 pct next year, down from 4.8 pct in 1986.\n"
    )
    assert found["3.4 pct"] == "increase" and found["4.8 pct"] == "increase"


def test_a_level_fixed_since_a_time_is_unchanged():
    found = _directions(
        "The Ruritanian crown has been pegged at 2.415 to the dollar since March 1979.\n"
        "    The coupon of the new Acme bond has been fixed at 6.25 pct.\n"
    )
    assert found["2.415"] == "unchanged" and found["6.25 pct"] is None


def test_estimated_at_is_a_participle_not_a_report():
    found = _directions("Ruritania raised bread prices despite inflation now estimated at 14 pct.\n")
    assert found["14 pct"] == "increase"


def test_a_bare_quote_after_a_rate_goes_on_with_that_rate():
    found = _rows("The dollar opened at 1.7530/40 Swiss francs. It ended at 1.7610/20 on Friday.\n", "ZURICH, June 3")
    assert sorted(found["1.7610/20"]) == ["Switzerland", "United States"]


def test_an_including_insert_that_ended_before_the_figure_keeps_its_move():
    found = _directions(
        "With nine plants shut this week, including four at Acme, makers will build an estimated 140,220 cars, "
        "down from 151,300 a year ago.\n"
    )
    assert found["140,220"] == "decrease"


def test_an_index_named_after_a_firm_is_no_figure_of_the_firms_home():
    df = story(
        "The Barclays share index fell a record 310.5 points to 1,840.2 on Monday.\n",
        "NEW ZEALAND SHARES FALL",
        "AUCKLAND, Oct 19",
    )
    found = dict(zip(df["text"], df["countries"], strict=True))
    assert found["310.5 points"] == ["New Zealand"]


def test_a_firms_own_figure_still_takes_its_home():
    found = _rows("Barclays said its pretax profit rose 12.5 pct in the half year.\n", "AUCKLAND, Oct 19")
    assert found["12.5 pct"] == ["United Kingdom"]
