"""Figures, round 13: directions the sixth holdout and the other development sets missed (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import figs, row


def test_a_figure_restated_in_brackets_keeps_the_words_after_the_bracket():
    df = figs(
        "Car sales totalled 8.2 billion crowns (1.3 billion dlrs), or 0.9 billion crowns (140 mln dlrs) less than in the same period a year earlier."
    )
    for surface in ("8.2 billion crowns", "1.3 billion dlrs", "0.9 billion crowns", "140 mln dlrs"):
        assert row(df, surface)["direction"] == "decrease", surface


def test_a_change_in_brackets_restates_the_change_before_it():
    df = figs("Grain exports rose 2.6 billion roubles (3.9 billion dlrs) in the first half.")
    assert row(df, "3.9 billion dlrs")["direction"] == "increase"


def test_a_level_then_or_and_a_comparison_with_an_earlier_time_moved_that_way():
    df = figs("Tax receipts were 4.1 billion stg, or 6.2 pct higher than a year earlier.")
    assert row(df, "4.1 billion stg")["direction"] == "increase"
    df = figs("Tax receipts were 4.1 billion stg, or 6.2 pct of the total.")
    assert row(df, "4.1 billion stg")["direction"] is None


def test_above_or_below_an_earlier_time_after_a_level_moved_it():
    df = figs("Copper output was 61,000 tonnes, 4 pct below the year-earlier level.")
    assert row(df, "61,000 tonnes")["direction"] == "decrease"
    df = figs("The bonds were priced to yield 7.2 pct, 40 basis points above Treasuries.")
    assert row(df, "7.2 pct")["direction"] is None


def test_a_level_said_lower_or_higher_than_an_earlier_level_of_its_unit():
    df = figs("The 3.4 billion dlr deficit for March and April was lower than the 4.2 billion dlr deficit of January.")
    assert row(df, "3.4 billion dlr")["direction"] == "decrease"
    df = figs("The 3.4 billion dlr deficit was higher than the 3.1 billion dlr forecast of economists.")
    assert row(df, "3.4 billion dlr")["direction"] is None
    df = figs("The deficit fell to 2.1 billion dlrs from 3.4 billion dlrs in May but was higher than in April.")
    assert row(df, "3.4 billion dlrs")["direction"] is None


def test_an_amount_more_than_a_clause_is_a_gap_not_a_move():
    df = figs("Brazil sold us 2.3 billion dlrs more than we sold them, the minister said.")
    assert row(df, "2.3 billion dlrs")["direction"] is None
    df = figs("The deficit will be about 900 mln dlrs less than we forecast in May, the minister said.")
    assert row(df, "900 mln dlrs")["direction"] == "decrease"


def test_a_change_listed_after_a_and_a_comparative_adjective():
    df = figs("Output should grow by 0.4 pct this year and a more modest 0.2 pct in 1988.")
    assert row(df, "0.2 pct")["direction"] == "increase"
    df = figs("Wages will rise 3.1 pct in April and a further 1.2 pct in October.")
    assert row(df, "1.2 pct")["direction"] == "increase"


def test_a_level_moved_toward_or_into_a_range():
    df = figs("Dealers expect the peso to weaken towards the 1,200 area.")
    assert row(df, "1,200")["direction"] == "decrease"
    df = figs("Traders said copper could climb to a range between 64.50 and 65.20 cents.")
    assert row(df, "64.50 and 65.20 cents")["direction"] == "increase"


def test_a_level_moved_to_below_or_above_a_figure():
    df = figs("Farm exports could drop to below 8 mln bushels a week, traders said.")
    assert row(df, "8 mln bushels")["direction"] == "decrease"
    df = figs("Bond prices rallied in late trading to 101.5 from 100.2.")
    assert row(df, "101.5")["direction"] == "increase"


def test_a_level_then_a_change_noun_from_or_in_a_relative_clause():
    df = figs("Its 1987 budget is 44 mln dlrs, an increase from 38 mln dlrs spent last year.")
    assert row(df, "44 mln dlrs")["direction"] == "increase"
    df = figs("The 12.5 billion rand budget, which represents a drop of 3 pct from last year, was approved.")
    assert row(df, "12.5 billion rand")["direction"] == "decrease"


def test_a_percent_before_a_rate_noun_is_that_rate():
    df = figs("The minister kept his 3.5 pct inflation target for next year.")
    assert row(df, "3.5 pct")["direction"] == "increase"


def test_words_past_a_bracket_are_only_the_word_right_after_it():
    df = figs("The current limit of 2.3 trillion (2,300 billion) dlrs drops in May to 2.1 trillion dlrs.")
    assert row(df, "2.3 trillion")["direction"] is None


def test_an_amount_more_or_less_than_a_plan_is_a_revision():
    df = figs("The committee approved 1.2 billion dlrs less than the president had proposed.")
    assert row(df, "1.2 billion dlrs")["direction"] == "decrease"


def test_the_country_s_points_back_to_the_country_the_sentence_before_names():
    df = figs(
        "Australia's economy should grow by 2.5 pct this year, the OECD said.\n"
        "    The OECD predicts a similar combination of growth and rising unemployment for New Zealand.\n"
        "    The country's GDP, which contracted by 0.6 pct last year, should grow by 0.25 pct this year."
    )
    assert row(df, "0.6 pct")["countries"] == ["New Zealand"]
    assert row(df, "0.25 pct")["countries"] == ["New Zealand"]


def test_a_level_a_longer_phrase_then_up_from_the_earlier_level():
    df = figs(
        "The group will spend 210 mln dlrs this year on new plant and equipment, up 8 pct from 194 mln dlrs in 1986."
    )
    assert row(df, "210 mln dlrs")["direction"] == "increase"
    df = figs("Exports to Japan were 210 mln dlrs in the first half of the year, and imports rose.")
    assert row(df, "210 mln dlrs")["direction"] is None
