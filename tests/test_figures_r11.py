"""Figures, round 11: directions and counts from the misses of the fourth figures holdout (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import figs, row


def test_an_earlier_change_compared_across_the_changes_own_noun():
    df = figs("Wages rose two pct in the year to May, the same rise as in April, and against 1.7 pct a year ago.")
    assert row(df, "1.7 pct")["direction"] == "increase"
    pay = figs("The board saw a 2.4 pct rise in pay, up from 1.2 pct this year but less than last year's 3.1 pct.")
    assert row(pay, "1.2 pct")["direction"] == "increase"
    assert row(pay, "3.1 pct")["direction"] == "increase"
    lists = figs("Spending should grow 3.3 pct next year after a five pct rise this year and 4.4 pct in 1985.")
    assert row(lists, "4.4 pct")["direction"] == "increase"
    rents = figs("Rents fell 3 pct compared to 6 pct a year earlier.")
    assert row(rents, "6 pct")["direction"] == "decrease"
    # a share listed after a change is no change; a verb of the same way between still moves something else
    share = figs("Car sales were 9,100, a 0.5 pct rise on the year and 22.3 pct of the market.")
    assert row(share, "22.3 pct")["direction"] is None
    jobs = figs("Prices rose 3.1 pct, compared with 2.9 pct, and jobless numbers increased from 6.2 pct to 6.6 pct.")
    assert row(jobs, "6.2 pct")["direction"] is None


def test_a_year_between_a_percent_and_its_change_noun():
    df = figs("The agency forecast a 2.6 pct 1988 rise in output.")
    assert row(df, "2.6 pct")["direction"] == "increase"


def test_a_change_noun_before_the_rate_it_moved_to_a_level():
    df = figs("The bank forecast a fall in retail price inflation to three pct from 3.8 pct and 4.2 pct in 1986.")
    assert row(df, "three pct")["direction"] == "decrease"
    assert row(df, "3.8 pct")["direction"] is None  # an earlier level of a rate moved by a noun
    assert row(df, "4.2 pct")["direction"] is None


def test_two_estimate_words_before_a_level_and_slide_contract_as_moves():
    df = figs("The deficit narrowed to a seasonally adjusted provisional 310 mln stg in May from 480 mln in April.")
    assert row(df, "310 mln stg")["direction"] == "decrease"
    assert row(figs("Shares recovered after the 12 pct slide in the index."), "12 pct")["direction"] == "decrease"
    economy = figs("The economy will contract an estimated three pct this year.")
    assert row(economy, "three pct")["direction"] == "decrease"
    # "contract" as a noun moves nothing
    deal = figs("The firm won an additional contract worth 700,000 dlrs.")
    assert row(deal, "700,000 dlrs")["direction"] == "increase"


def test_the_parties_counted_and_a_group_of_n_are_no_figures():
    df = figs("Ministers from 14 nations and the Group of 10 agreed that the eight major industrial powers should act.")
    assert df.empty
    assert figs("Officials of 30 Asian countries met while exports rose 5 pct.")["text"].tolist() == ["5 pct"]
    people = figs("Two senior officials said the firm had received three takeover proposals and sold 400 cars.")
    assert people["text"].tolist() == ["400"]
    # a count followed by the list of its countries stays a figure
    listed = figs("The U.S. signed accords with three steel-making nations - Brazil, Mexico and Spain.")
    assert listed["text"].tolist() == ["three"]


def test_a_quantity_after_an_exchange_rate_does_not_take_the_rates_pair():
    df = figs("French officials assumed a rate of 6.50 francs to the dollar and an oil price of 17 dlrs a barrel.")
    assert set(row(df, "6.50 francs")["countries"]) == {"France", "United States"}
    assert list(row(df, "17 dlrs a barrel")["countries"]) == ["France"]
    # the rate's own move keeps the pair
    won = figs("The Bank of Korea fixed the won at 790.10 against the dollar, a 4.2 pct gain so far this year.")
    assert set(row(won, "4.2 pct")["countries"]) == {"South Korea", "United States"}


def test_a_level_the_same_as_at_an_earlier_time_is_unchanged():
    df = figs("Services were put at a 450 mln stg surplus, the same as in March.")
    assert row(df, "450 mln stg")["direction"] == "unchanged"
    assert (
        row(figs("Turnover was 2.1 billion shares, the same as yesterday."), "2.1 billion shares")["direction"]
        == "unchanged"
    )
    # the same as another party's, and a rate of growth, are no level kept
    assert row(figs("Chile won a price of 90 dlrs, the same as Peru won."), "90 dlrs")["direction"] is None
    assert row(figs("Growth will be 2.1 pct, the same as in 1986."), "2.1 pct")["direction"] == "increase"


def test_the_second_day_of_a_span_of_dates_is_no_figure():
    assert figs("The minister will visit Tokyo from May 12 to 19.").empty
    assert figs("Elections will be held on June 7 and 21.").empty
    # an amount after a date and "to" is a figure
    df = figs("Balances fell on May 12 to 4.1 billion dlrs.")
    assert df["text"].tolist() == ["4.1 billion dlrs"]


def test_a_year_or_a_crop_year_in_the_object_of_a_move():
    df = figs("The board increased its 1986 operating profit by 21 pct to 95.2 mln stg.")
    assert row(df, "21 pct")["direction"] == "increase"
    assert row(df, "95.2 mln stg")["direction"] == "increase"
    crop = figs("Officials forecast a fall in 1987/88 cane output to about 1.9 mln tonnes.")
    assert row(crop, "1.9 mln tonnes")["direction"] == "decrease"
    # a verb of the other way before a change noun in the object: the cut is raised, which way is left open
    tax = figs("The government will increase its planned tax cuts for 1989 by four billion marks.")
    assert row(tax, "four billion marks")["direction"] is None


def test_revised_upwards_or_downwards_is_a_move():
    df = figs("The agency revised its sugar import estimate upwards by 40,000 tonnes to 1.2 mln.")
    assert row(df, "40,000 tonnes")["direction"] == "increase"
    assert row(df, "1.2 mln")["direction"] == "increase"
    cut = figs("Profit for the year was adjusted downward to 4.4 mln dlrs.")
    assert row(cut, "4.4 mln dlrs")["direction"] == "decrease"


def test_the_second_of_two_lengths_of_time_is_no_figure():
    assert figs("Prices should firm within the next month or two.").empty
    assert figs("It will take a week or two to settle 300 claims.")["text"].tolist() == ["300"]
