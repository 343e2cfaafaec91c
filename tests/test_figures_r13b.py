"""Figures, round 13b: constructions of wire copy outside the gold (sentences of our own)."""

from __future__ import annotations

from test_figure_partners import figs, row


def test_a_passive_estimate_does_not_start_the_figures_window():
    df = figs("Economic growth was estimated to be 2.5 pct last year.")
    assert row(df, "2.5 pct")["direction"] == "increase"
    text = "Saudi Arabia's output fell. Kuwait, which denies quota violations, was estimated to be pumping 1.4 mln bpd."
    assert row(figs(text, "1987-03-01", "OPEC OUTPUT"), "1.4 mln bpd")["countries"] == ["Kuwait"]


def test_an_estimate_after_an_article_and_an_adverb_is_a_modifier_not_a_report():
    df = figs("Farm exports rose to an officially estimated 4.2 billion dlrs in 1986 from 3.9 billion dlrs.")
    assert row(df, "4.2 billion dlrs")["direction"] == "increase"
    df = figs("Frost will cut the wheat crop to a provisionally estimated 9.5 mln tonnes from 11 mln tonnes.")
    assert row(df, "9.5 mln tonnes")["direction"] == "decrease"


def test_an_estimated_level_owned_by_the_object_did_not_move():
    df = figs("The senators want to reduce the estimated 160 billion dlr budget deficit next year.")
    assert row(df, "160 billion dlr")["direction"] is None
    df = figs("The plan would cut the officially projected 90 billion yen shortfall.")
    assert row(df, "90 billion yen")["direction"] is None
    df = figs("Sales rose an estimated 5 pct in May.")
    assert row(df, "5 pct")["direction"] == "increase"


def test_a_gain_on_a_sale_to_come_is_a_profit_booked():
    df = figs("The company agreed to sell its radio stations for 40 mln dlrs, resulting in a gain of 12 mln dlrs.")
    assert row(df, "12 mln dlrs")["direction"] is None


def test_a_change_noun_as_subject_with_longer_modifiers_and_links():
    cases = (
        ("The unadjusted year on year increase was 3.1 pct.", "3.1 pct", "increase"),
        ("The monthly rise in the wholesale price index (base 1980) was 0.7 pct.", "0.7 pct", "increase"),
        ("The March decline was originally put at 1.2 pct.", "1.2 pct", "decrease"),
        ("The year-on-year rise in import prices was a provisional 5.1 pct.", "5.1 pct", "increase"),
        ("The wage increase for public and private sector teachers will be 12 pct on salaries.", "12 pct", "increase"),
    )
    for text, surface, direction in cases:
        assert row(figs(text), surface)["direction"] == direction, text


def test_a_level_to_one_figure_from_an_earlier_one_moved_the_way_the_figures_say():
    df = figs("The plan would take the bank's capital to 480 mln francs from the present 310 mln.")
    assert row(df, "480 mln francs")["direction"] == "increase"
    assert row(df, "310 mln")["direction"] is None
    df = figs("The central bank cut interest rates on one, two and three-month bills to 6.90 pct from 7.10 pct.")
    assert row(df, "6.90 pct")["direction"] == "decrease"
    df = figs("Weekly M-1 was revised to 731.5 billion dlrs from 731.2 billion dlrs.")
    assert row(df, "731.5 billion dlrs")["direction"] is None
    df = figs("Sales went to 1.2 billion dlrs from 950 last year.")
    assert row(df, "1.2 billion dlrs")["direction"] is None
