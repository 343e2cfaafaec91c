"""Partners and direction of figures from the story's frame (issue 12): sentences written for the tests."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def figs(text: str, published: str | None = None, title: str | None = None) -> pd.DataFrame:
    """The figures of one article."""
    arts = pd.DataFrame(
        {
            "article_id": ["a"],
            "title": [title],
            "text": [text],
            "published": [pd.Timestamp(published) if published else pd.NaT],
        }
    )
    return extract_figures(arts)


def row(df: pd.DataFrame, surface: str) -> dict:
    """The single row whose surface is ``surface``."""
    rows = df[df["text"] == surface].to_dict("records")
    assert len(rows) == 1, f"{surface!r} in {df['text'].tolist()}"
    return rows[0]


def test_soviet_era_names_reach_figure_partners():
    # error kind (d): in 1987 copy "Moscow" and "the Kremlin" are the Soviet Union, today Russia
    text = "Moscow bought 2 mln tonnes of grain from Canada, officials said."
    assert set(row(figs(text, "1987-03-01"), "2 mln tonnes")["countries"]) == {"Soviet Union", "Canada"}
    assert set(row(figs(text, "2023-03-01"), "2 mln tonnes")["countries"]) == {"Russia", "Canada"}


def test_balances_that_widen_narrow_or_swing_carry_a_direction():
    # error kind (e)
    df = figs(
        "The trade deficit widened to 4.2 bln dlrs in March and narrowed to 3.9 bln in April. "
        "The current account swung into a deficit of 700 mln dlrs in May and is expected to return to a "
        "1.1 bln dlr surplus next year."
    )
    assert row(df, "4.2 bln dlrs")["direction"] == "increase"
    assert row(df, "3.9 bln")["direction"] == "decrease"
    assert row(df, "700 mln dlrs")["direction"] == "decrease"
    assert row(df, "1.1 bln dlr")["direction"] == "increase"


def test_a_level_moved_by_a_change_carries_its_direction():
    df = figs("Coffee exports fell 8 pct to 1.6 mln bags, while imports rose 3 pct to 240,000 bags.")
    assert row(df, "1.6 mln bags")["direction"] == "decrease"
    assert row(df, "240,000 bags")["direction"] == "increase"
    # the level a move started from did not move
    assert row(figs("The duty was raised to 40 pct from 15 pct."), "15 pct")["direction"] is None


def test_a_rate_takes_the_direction_of_the_verb_that_moves_it():
    # issue 26: "growth slowed to 2.7 pct" is a decrease (the rate moved down); "growth of 3 pct" an increase
    df = figs("Growth in farm output is expected to slow to 2.1 pct this year and 1.8 pct next.")
    assert {row(df, s)["direction"] for s in ("2.1 pct", "1.8 pct")} == {"decrease"}
    assert row(figs("Inflation fell to 2.3 pct in May."), "2.3 pct")["direction"] == "decrease"
    assert row(figs("Inflation quickened to 4.1 pct in May."), "4.1 pct")["direction"] == "increase"
    assert row(figs("The bank forecast growth of 3.1 pct next year."), "3.1 pct")["direction"] == "increase"
    assert row(figs("Output grew 0.9 pct after zero growth and a 1.1 pct fall."), "1.1 pct")["direction"] == "decrease"
    # the rate an earlier period had, given for comparison, is that period's growth
    df = figs("Growth should slow to 2.4 pct this year and 2.2 pct next year after reaching 3.3 pct in 1986.")
    assert [row(df, s)["direction"] for s in ("2.4 pct", "2.2 pct", "3.3 pct")] == ["decrease", "decrease", "increase"]
    df = figs("Consumer prices rose 1.2 pct in the quarter, down from 1.7 pct a year ago.")
    assert row(df, "1.2 pct")["direction"] == "increase" and row(df, "1.7 pct")["direction"] == "increase"


def test_levels_held_or_moved_by_an_adverb():
    assert row(figs("The franc was fixed lower at 3.41 marks, dealers said."), "3.41 marks")["direction"] == "decrease"
    assert row(figs("The lira was little changed at 1.25 marks."), "1.25 marks")["direction"] == "unchanged"
    assert row(figs("The central bank held its rate at 6.5 pct, unchanged since May."), "6.5 pct")["direction"] == (
        "unchanged"
    )
    assert row(figs("Tariffs of up to 40 pct apply."), "40 pct")["direction"] is None
    assert row(figs("Prices were cut by a 3 pct tax reduction."), "3 pct")["direction"] == "decrease"


def test_a_company_bought_from_or_selling_names_its_home_country():
    # error kind (a): the company's home country is the partner (analysis/data/organisations.csv)
    df = figs("Egypt bought three Boeing planes for 300 mln dlrs, officials said.")
    assert set(row(df, "300 mln dlrs")["countries"]) == {"Egypt", "United States"}
    assert "other-party:company-home" in row(df, "300 mln dlrs")["rule"]
    df = figs("The state airline of Kenya ordered four aircraft from a U.S. maker for 90 mln dlrs.")
    assert set(row(df, "90 mln dlrs")["countries"]) == {"Kenya", "United States"}
    # a company named outside a purchase or sale adds nobody
    assert row(figs("Toyota's profit in Spain rose 5 pct."), "5 pct")["countries"] == ["Spain"]


def test_the_headline_and_lede_frame_the_pair_of_later_figures():
    # error kind (b): later figures name one side; the other comes from the frame
    text = (
        "Brazil and Canada signed a trade accord on Monday.\n\n"
        "Under the accord the purchases will rise to 2 mln tonnes next year, Brazilian officials said."
    )
    df = figs(text, title="BRAZIL, CANADA SIGN TRADE ACCORD")
    assert set(row(df, "2 mln tonnes")["countries"]) == {"Brazil", "Canada"}
    assert "other-party:frame-pair" in row(df, "2 mln tonnes")["rule"]
    # issue 26: only a quantity the sentence points back to ("the purchases"); a plain one is the sentence's own
    df = figs(text + "\n\nBrazilian purchases of beef rose to 3 mln tonnes.", title="BRAZIL, CANADA SIGN TRADE ACCORD")
    assert row(df, "3 mln tonnes")["countries"] == ["Brazil"]
    # a sentence that names a third country keeps its own countries
    df = figs(text + "\n\nExports to Peru rose 3 pct.", title="BRAZIL, CANADA SIGN TRADE ACCORD")
    assert "Canada" not in row(df, "3 pct")["countries"]
    # a one-country measure stays one country's
    df = figs(text + "\n\nBrazilian industrial output fell 2 pct in May.", title="BRAZIL, CANADA SIGN TRADE ACCORD")
    assert row(df, "2 pct")["countries"] == ["Brazil"]


def test_the_frame_leaves_overall_balances_and_partners_that_are_no_country():
    title = "CHILE, PERU AGREE ON COPPER TRADE"
    text = "Chile and Peru agreed on copper trade on Monday.\n\n"
    df = figs(text + "The nation's trade deficit widened to 2 bln dlrs, officials said.", title=title)
    assert "Peru" not in row(df, "2 bln dlrs")["countries"]
    df = figs(text + "Chilean exports to Europe rose 6 pct in May.", title=title)
    assert "Peru" not in row(df, "6 pct")["countries"]


def test_the_frame_leaves_a_plain_flow_which_may_be_the_countrys_total():
    # "exports rose to ..." in a story framed by a pair is as often the country's total: a partner added there would
    # be a false claim, a partner left out only an omission (the sentence is in the row)
    title = "CHILE, PERU AGREE ON COPPER TRADE"
    text = (
        "Chile and Peru agreed on copper trade on Monday.\n\nChilean exports rose to 2 bln dlrs in May, officials said."
    )
    assert row(figs(text, title=title), "2 bln dlrs")["countries"] == ["Chile"]


def test_a_party_mentioned_nearby_is_no_partner():
    # error kind (c): the EC complains in the sentence, but the balance is the United States' with Japan
    df = figs("The U.S. trade deficit with Japan widened to 5.2 bln dlrs in May, a figure the EC also watches.")
    assert set(row(df, "5.2 bln dlrs")["countries"]) == {"United States", "Japan"}


def test_barriers_lifted_and_listed_levels_carry_a_direction():
    df = figs("Washington imposed 200 mln dlrs in duties in May. It may lift 60 mln dlrs of the duties in June.")
    assert row(df, "200 mln dlrs")["direction"] == "increase"
    assert row(df, "60 mln dlrs")["direction"] == "decrease"
    df = figs("The quota will rise to 50,000 tonnes in 1988 and 55,000 tonnes in 1989.")
    assert row(df, "55,000 tonnes")["direction"] == "increase"
    assert row(figs("The bill demands a 5 pct annual reduction in the surplus."), "5 pct")["direction"] == "decrease"
    # a level listed without a moving verb stays a level, and so do earlier levels compared
    df = figs("Imports will fall to 190,000 tonnes from 270,000 tonnes in 1986 and 295,000 tonnes in 1985.")
    assert row(df, "295,000 tonnes")["direction"] is None
    assert row(figs("Sales were 3 mln tonnes in 1986 and 4 mln tonnes in 1987."), "4 mln tonnes")["direction"] is None


def test_a_record_reached_after_another_figure_is_an_increase():
    df = figs("The gap swelled to 3.1 bln dlrs in May, bringing the deficit for the year to a record 9.4 bln dlrs.")
    assert row(df, "9.4 bln dlrs")["direction"] == "increase"


def test_exchange_rates_name_both_currencies_countries():
    # issue 26: a rate's unit names the pair, its partners are both currencies' countries
    df = figs(
        "The dollar slipped to 139.50 yen in early trade and the U.S. currency later firmed to 140.10/20. "
        "Sterling was fixed lower at 2.41 marks, from 2.43. The lira closed at 0.71 marks per 100.",
        "1987-05-04",
    )
    r = row(df, "139.50 yen")
    assert r["unit"] == "JPY per USD" and set(r["countries"]) == {"United States", "Japan"}
    assert r["direction"] == "decrease"
    assert set(row(df, "140.10/20")["countries"]) == {"United States", "Japan"}
    assert row(df, "140.10/20")["value"] == 140.1 and row(df, "140.10/20")["direction"] == "increase"
    assert set(row(df, "2.41 marks")["countries"]) == {"United Kingdom", "West Germany"}
    assert set(row(df, "2.43")["countries"]) == {"United Kingdom", "West Germany"}
    assert row(df, "0.71 marks per 100")["unit"] == "DEM per 100 ITL"
    assert "100" not in df["text"].tolist()
    # the rate's own currency where the currency named before it is the one after "to"/"per"
    df = figs("The value of the yen against the dollar rose to an average 153.49 yen per dollar.", "1987-05-04")
    assert row(df, "153.49 yen")["unit"] == "JPY per USD"
    assert set(row(df, "153.49 yen")["countries"]) == {"United States", "Japan"}
    df = figs("The won rose to 820.5 to the dollar. A yen/dollar rate of 160 would hurt exporters.", "1987-05-04")
    assert set(row(df, "160")["countries"]) == {"United States", "Japan"}
    # an amount of money is no rate, and a currency that modifies a noun is no subject
    df = figs("The dollar's fall cost exporters 5 billion yen. Dollar reserves rose to 300 yen a share.", "1987-05-04")
    assert row(df, "5 billion yen")["countries"] == []
    assert "yen/dollar" not in " ".join(df["unit"].dropna())


def test_currency_words_that_are_no_rates_subject():
    day = "1987-05-04"
    for text, surface in [
        ("Mark said the warrants would sell at 900 dlrs each.", "900 dlrs"),  # a man
        ("The Sterling 700 sells for 21,000 dlrs.", "21,000 dlrs"),  # a car
        ("Tea fell to 88 cents a pound from a peak of 2.10 dlrs.", "2.10 dlrs"),  # a price per pound
        ("Wages rose to 300 rand, or 140 dlrs, a month.", "140 dlrs"),  # a unit after a number
    ]:
        r = row(figs(text, day), surface)
        assert r["unit"] == "USD" and r["countries"] == [], text
    # "a narrow range" is no move
    assert row(figs("Copper traded in a narrow range of 1,350 dlrs."), "1,350 dlrs")["direction"] is None
    assert row(figs("The deficit should narrow to 2.5 bln dlrs."), "2.5 bln dlrs")["direction"] == "decrease"


def test_directions_of_compound_modifiers_lists_and_rate_objects():
    df = figs("Output rose 4 pct after a 1.5 pct third-quarter decline and a 0.8 pct year on year fall.")
    assert row(df, "1.5 pct")["direction"] == "decrease" and row(df, "0.8 pct")["direction"] == "decrease"
    assert row(figs("Exports rose 11.0 pct and imports 3.1 pct."), "3.1 pct")["direction"] == "increase"
    df = figs("The institute cut its growth forecast for Spain to 2.1 pct.")
    assert row(df, "2.1 pct")["direction"] == "decrease"
    df = figs("The mark's strength brought it up to 0.82 guilders per 100.", "1987-05-04")
    assert row(df, "0.82 guilders per 100")["direction"] == "increase"
    assert row(figs("The lira rose to a fix of 0.74 marks.", "1987-05-04"), "0.74 marks")["direction"] == "increase"


def test_forecast_flag_marks_expected_figures():
    # issue 26: an expected or forecast change keeps its direction and is marked in the last column, forecast
    df = figs("Exports rose 4.1 pct in May. Growth is expected to slow to 2.2 pct next year, the bank said.")
    assert list(df.columns)[-1] == "forecast" and df["forecast"].dtype == bool
    assert row(df, "4.1 pct")["forecast"] is False or not row(df, "4.1 pct")["forecast"]
    r = row(df, "2.2 pct")
    assert r["forecast"] and r["direction"] == "decrease"


def test_a_barrier_named_as_the_clause_subject_points_back_to_the_frame():
    text = (
        "Chile and Japan agreed a trade deal on Monday.\n\n"
        "Under the deal the quota on Chilean salmon will be raised by 2,000 tonnes, officials said."
    )
    df = figs(text, title="CHILE, JAPAN AGREE TRADE DEAL")
    assert set(row(df, "2,000 tonnes")["countries"]) == {"Chile", "Japan"}


def test_a_definite_trade_noun_points_back_to_the_sentence_that_named_it():
    # issue 26: "the list" / "the imports" take the other side from their antecedent, not from the frame
    text = (
        "Chile will step up grain imports from Argentina this year, the farm ministry said.\n\n"
        "An official told reporters the imports, which will include 900,000 tonnes of wheat, would cost more."
    )
    assert set(row(figs(text), "900,000 tonnes")["countries"]) == {"Chile", "Argentina"}
    assert "other-party:antecedent-pair" in row(figs(text), "900,000 tonnes")["rule"]
    # a plain total with no antecedent stays one country's
    plain = "Chile will step up grain imports from Argentina.\n\nChile's wheat output rose to 900,000 tonnes."
    assert row(figs(plain), "900,000 tonnes")["countries"] == ["Chile"]
    # "the Board bought": a verb after a name is no noun pointing back
    board = "Chile bought Argentine wheat in May.\n\nIn June the Board bought 20,000 tonnes from a trader."
    assert "antecedent-pair" not in row(figs(board), "20,000 tonnes")["rule"]


def test_a_list_set_off_by_dashes_is_the_figures_partners():
    # issue 26: the countries of a list in apposition ("five nations - A, B, C, D and E -") all go with the figure
    text = "Canada signed pacts with five nations - Chile, Peru, Japan, Norway and the U.S. - to cut quotas by 20 pct."
    df = figs(text)
    want = {"Canada", "Chile", "Peru", "Japan", "Norway", "United States"}
    assert set(row(df, "five")["countries"]) == want
    assert set(row(df, "20 pct")["countries"]) == want - {"Canada"}  # the clause after the list names no Canada
    # a plain list with no dash, colon or bracket keeps the figure's own part of the clause
    plain = "Exports to Chile, Peru and Japan rose 4 pct, while those to Norway fell 2 pct."
    assert set(row(figs(plain), "2 pct")["countries"]) == {"Norway"}


def test_goods_bought_worth_of_a_country_name_the_seller_as_partner():
    # issue 26: "N dlrs worth of Canadian wheat": the goods' country is the partner; the buyer comes from the source
    text = "The state will buy 200 mln dlrs worth of Canadian wheat this year, Brazil's farm minister said."
    assert set(row(figs(text), "200 mln dlrs")["countries"]) == {"Brazil", "Canada"}


def figs_dated(text: str, dateline: str) -> pd.DataFrame:
    """The figures of one article with its dateline."""
    arts = pd.DataFrame(
        {"article_id": ["a"], "title": [None], "text": [text], "published": [pd.NaT], "dateline": [dateline]}
    )
    return extract_figures(arts)


def test_a_figure_with_no_country_takes_the_datelines_listed_place():
    assert row(figs_dated("Hog slaughter was put at 300,000 head.", "CHICAGO, March 2"), "300,000")["countries"] == [
        "United States"
    ]
    # world figures and international bodies stay without a country; so do stories without a dateline
    world = figs_dated("World cocoa stocks rose to 800,000 tonnes.", "CHICAGO, March 2")
    assert row(world, "800,000 tonnes")["countries"] == []
    assert row(figs("Hog slaughter was put at 300,000 head."), "300,000")["countries"] == []


def test_a_dateline_that_writes_out_its_country_gives_it_to_figures_without_one():
    # "PORTVILLE, Ruritania": the wire names the country of a place its readers may not know
    df = figs_dated("the budget was set at 4.2 billion dlrs, up 12 pct.", "PORTVILLE, Jamaica, May 4 -")
    assert row(df, "4.2 billion dlrs")["countries"] == ["Jamaica"]
    assert "partners:dateline-country" in row(df, "4.2 billion dlrs")["rule"]
    # a state or province is no country, and a part that only contains a country's name is not read
    assert row(figs_dated("Sales were 300,000 tonnes.", "SPRINGVILLE, Ore., May 4"), "300,000 tonnes")["countries"] == [
        "United States"
    ]
    assert (
        row(figs_dated("Sales were 300,000 tonnes.", "PORTVILLE, Jamaica Plain, May 4"), "300,000 tonnes")["countries"]
        == []
    )


def test_a_figure_of_the_other_members_of_a_group_is_no_country_s():
    # "against 2.25 pct for the other members": neither the previous figure's country nor the story's
    text = "French officials said the peso may move six pct around its rate, against 2.25 pct for the other members."
    df = figs(text)
    assert row(df, "2.25 pct")["countries"] == []
    assert "partners:other-group" in row(df, "2.25 pct")["rule"]
    assert row(df, "six pct")["countries"] == ["France"]
    # a partner country named in the window still counts
    assert row(figs("Sales rose 5 pct to Japan and 2 pct in other Asian countries."), "5 pct")["countries"] == ["Japan"]


def test_a_sydney_listing_is_an_australian_company_s():
    # ".S" in 1987 wire tickers is the Sydney exchange, not a Swiss one
    df = figs("Acme Mining Ltd <ACMA.S> said its net profit rose to 12 mln dlrs.")
    assert row(df, "12 mln dlrs")["countries"] == ["Australia"]


def test_a_foreign_issuer_s_nasdaq_symbol_says_nothing_of_its_home():
    # a five-letter NASDAQ symbol ending in "F" is a foreign issuer's: the next ticker names the home
    df = figs(
        "Acme Widget Corp said it will buy Beta Data Ltd <BETA.TO> for 3 mln dlrs.",
        title="ACME WIDGET <ACMWF> BUYS BETA",
    )
    assert row(df, "3 mln dlrs")["countries"] == ["Canada"]
    df = figs("Acme Widget Corp said its net profit was 3 mln dlrs.", title="ACME WIDGET <ACMWD> YEAR NET")
    assert row(df, "3 mln dlrs")["countries"] == ["United States"]  # ending in "D": a U.S. listing


def test_it_with_a_verb_of_change_goes_on_about_the_two_country_measure_before():
    df = figs(
        "Washington's deficit with Taipei rose to 13.6 billion dlrs last year. It widened to 3.61 billion in May."
    )
    assert set(row(df, "3.61 billion")["countries"]) == {"United States", "Taiwan"}
    other = figs("Japan's surplus with the U.S. rose to 5 billion dlrs. It estimated the crop at 16.1 mln tonnes.")
    assert set(row(other, "16.1 mln tonnes")["countries"]) != {"Japan", "United States"}  # no verb of change


def test_a_percent_move_of_one_currency_against_another():
    df = figs("The mark was up 85 pct against the dollar and nearly 20 pct on a trade-weighted basis.", "1987-05-04")
    assert set(row(df, "85 pct")["countries"]) == {"West Germany", "United States"}
    assert row(df, "85 pct")["unit"] == "percent"
    assert set(row(df, "20 pct")["countries"]) != {"West Germany", "United States"}  # a basket, not the pair
    assert row(figs("Exports rose 5 pct against the same month last year."), "5 pct")["countries"] == []


def test_a_stake_owned_by_a_company_of_another_country():
    df = figs("Alcoa of Australia Ltd <AA.S>, owned 51 pct by the Aluminum Co of America <AA>, said net profit rose.")
    assert set(row(df, "51 pct")["countries"]) == {"Australia", "United States"}
    same = figs("Northern Telecom of Canada is 52 pct owned by Bell Canada Enterprises.")
    assert row(same, "52 pct")["countries"] == ["Canada"]  # one country's firms


def test_an_exchange_rate_restated_has_both_countries():
    df = figs("Sterling rose to 2.95 marks in London. Dealers said 2.95 marks was a ceiling. Shoes cost 3.10 marks.")
    restated = df[df["text"] == "2.95 marks"].iloc[1]
    assert set(restated["countries"]) == {"United Kingdom", "Germany"}
    assert "partners:repeated-rate" in restated["rule"]
    # an amount of another value, or a scaled amount, is no rate restated
    assert "partners:repeated-rate" not in row(df, "3.10 marks")["rule"]
    scaled = figs("Sterling rose to 2.95 marks. Exports were 2.95 mln marks.")
    assert "partners:repeated-rate" not in row(scaled, "2.95 mln marks")["rule"]


def test_a_currency_named_in_the_lede_is_no_side_of_the_storys_frame():
    # "U.S. Dollar currency" names a currency: the lede frames no Brazil-U.S. trade, so a surplus stays Brazil's
    text = (
        "Brazil legalised the purchase of U.S. Dollar currency in the parallel market to promote imports.\n"
        "    The president said the country must recover the trade surplus to 12 billion dlrs."
    )
    assert row(figs(text), "12 billion dlrs")["countries"] == ["Brazil"]


def test_a_rate_in_a_shared_currency_word_is_the_named_countrys_currency():
    # "dinars", "rupees", "pounds" name several countries' currencies: the one of the country named before the rate
    df = figs("Yugoslavia dropped its fixed rate of 24.53 dinars to the dollar.")
    assert row(df, "24.53 dinars")["unit"] == "YUD per USD"
    assert set(row(df, "24.53 dinars")["countries"]) == {"Yugoslavia", "United States"}
    cairo = figs("Egypt's central bank set the rate at 1.36 pounds to the dollar.")
    assert set(row(cairo, "1.36 pounds")["countries"]) == {"Egypt", "United States"}
    # a currency named with its country keeps it
    zurich = figs("In Zurich the dollar was at 1.51 Swiss francs and 6.07 French francs.")
    assert set(row(zurich, "6.07 French francs")["countries"]) == {"France", "United States"}


def test_the_won_is_a_rates_subject_and_won_the_verb_is_not():
    df = figs("The central bank quoted the won at 812.05 against the dollar, a 6.02 pct gain this year.")
    assert row(df, "812.05")["unit"] == "KRW per USD"
    assert set(row(df, "6.02 pct")["countries"]) == {"South Korea", "United States"}
    assert row(figs("The firm won a 40 mln dlr order."), "40 mln dlr")["countries"] == []


def test_british_columbia_is_no_british_figure():
    df = figs("Westmin will raise capacity at its British Columbia mine by 33 pct to 4,400 tons a day.")
    assert "United Kingdom" not in row(df, "33 pct")["countries"]


def test_a_bonds_size_in_a_named_dollar_is_money_and_the_issuers():
    df = figs("Acme Finance BV of Rotterdam, Netherlands is issuing a 75 mln Canadian dlr bond due 1993.")
    assert row(df, "75 mln Canadian dlr")["unit"] == "CAD"
    assert row(df, "75 mln Canadian dlr")["countries"] == ["Netherlands"]
    assert row(figs("It signed a 26.5 mln U.S. Dlr loan."), "26.5 mln U.S. Dlr")["unit"] == "USD"


def test_bare_korea_in_a_figure_sentence_is_the_korea_the_story_names():
    # the figure's sentence says only "Korea"; the lede named North Korea, so that is the Korea meant
    text = (
        "North Korean officials met Chinese traders in Beijing on Monday.\n\n"
        "Diplomats said the weather was cold.\n\n"
        "Coal shipments from Korea to China rose 12 pct last year."
    )
    assert set(row(figs(text), "12 pct")["countries"]) == {"North Korea", "China"}


def test_bare_korea_in_the_headline_is_the_korea_the_story_names():
    text = (
        "Coal output rose 5 pct in March from February, officials said.\n\n"
        "The mines lie near the border.\n\n"
        "North Korean state radio said the gains would continue."
    )
    assert row(figs(text, title="KOREA COAL OUTPUT RISES"), "5 pct")["countries"] == ["North Korea"]
