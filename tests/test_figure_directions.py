"""Directions of figures in constructions of wire copy (issue 26, round 4): sentences written for the tests."""

from __future__ import annotations

from test_figure_partners import figs, row


def test_a_verb_an_adverb_and_a_comma_before_the_level_reached():
    df = figs("Business investment will also slow down, to a likely 2.5 pct next year and 2.1 pct in 1989.")
    assert row(df, "2.5 pct")["direction"] == "decrease"
    assert row(df, "2.1 pct")["direction"] == "decrease"  # listed after it
    assert row(figs("Steel output rose again, to 41 mln tonnes."), "41 mln tonnes")["direction"] == "increase"


def test_the_share_of_a_change_moved_with_it():
    df = figs("Car exports made up 1.9 bln dlrs of the 2.7 bln dlr rise in Peru's surplus last year.")
    assert row(df, "1.9 bln dlrs")["direction"] == "increase"
    assert row(figs("About half of the decline was due to lower coffee prices."), "half")["direction"] == "decrease"
    # a direction noun that modifies another noun, a count of things and money of a gain booked move nothing
    plan = figs("How the last 9 bln marks of the tax reduction plan will be paid for is open.")
    assert row(plan, "9 bln marks")["direction"] is None
    assert row(figs("Four of the nine budget cuts were dropped."), "Four")["direction"] is None
    assert row(figs("The firm said 2 mln dlrs of the gain will be booked in May."), "2 mln dlrs")["direction"] is None


def test_a_cap_or_a_condition_is_no_level_reached():
    capped = figs("The buyer will add a bonus that could reach 40 mln dlrs if profits hold.")
    assert row(capped, "40 mln dlrs")["direction"] is None
    cond = figs("Tin sales will stay curbed until prices reach 9 dlrs a kilo.")
    assert row(cond, "9 dlrs a kilo")["direction"] is None
    # a quantity forecast to reach a level still rose
    assert row(figs("Copper exports could reach 2.0 mln tonnes."), "2.0 mln tonnes")["direction"] == "increase"


def test_an_amount_listed_with_and_after_a_change_of_its_unit():
    df = figs("Output showed a fall of 1.2 mln bpd in June and 0.8 mln bpd in July.")
    assert row(df, "0.8 mln bpd")["direction"] == "decrease"
    # a level listed with its own change after it takes that change (change-after), not the one listed before it;
    # a gain booked takes nothing
    bags = figs("Stocks were 300,000 bags in Santos, a rise of 90 bags, and 150,000 bags in Rio, a fall of 40 bags.")
    assert row(bags, "150,000 bags")["direction"] == "decrease"
    assert row(bags, "300,000 bags")["direction"] == "increase"
    gain = figs("Net includes a gain of 2.1 mln dlrs in the quarter and 3.4 mln dlrs in the year.")
    assert row(gain, "3.4 mln dlrs")["direction"] is None


def test_a_results_tables_money_lines_are_amounts_in_the_storys_currency():
    table = "Shr 12 yen vs 9 yen\n    Net loss 310,400 vs profit 2.1 mln\n    Avg shrs 4,100,000 vs 3,900,000\n"
    df = figs(table)
    assert row(df, "310,400")["unit"] == "JPY"
    assert row(df, "2.1 mln")["unit"] == "JPY"
    assert row(df, "4,100,000")["unit"] == "count"  # shares are counted
    assert row(figs("Revs 5,200,000 vs 4,800,000\n"), "5,200,000")["unit"] == "USD"  # a wire table's dollars
    # a line that is no table keeps a bare number's count
    assert row(figs("Sales rose to 300 vs 250 units.\n"), "300")["unit"] != "USD"


def test_a_phrasal_verb_before_up_moves_nothing():
    assert row(figs("The group has set up three trading firms in Lima."), "three")["direction"] is None
    assert row(figs("Rice made up 40 pct of farm exports."), "40 pct")["direction"] is None
    assert row(figs("Farm exports were up 40 pct."), "40 pct")["direction"] == "increase"


def test_a_long_object_before_to_and_from_levels():
    text = "The bank cut the rate on its old savings and loan accounts for small savers to 4.5 pct from 5 pct."
    assert row(figs(text), "4.5 pct")["direction"] == "decrease"
    spelled = "The firm lowered the price of its new class C share purchase warrants to one dlr from two dlrs."
    assert row(figs(spelled), "one dlr")["direction"] == "decrease"
    # without the earlier level the long object is no move to a level
    assert (
        row(figs("Oil prices rose after the group sold its stake in the plant to 40 pct."), "40 pct")["direction"]
        is None
    )


def test_a_scaled_number_without_unit_takes_the_unit_of_the_sentences_last_scaled_figure():
    df = figs("Sugar exports fell to 2.1 mln tonnes while imports rose to 1.4 mln from 1.2 mln.")
    assert row(df, "1.4 mln")["unit"] == "tonnes"
    assert row(df, "1.2 mln")["unit"] == "tonnes"
    # not across a count, and not for a scaled number with its own noun
    shares = figs("The fund paid 40 mln dlrs for 900,000 shares and may buy a further 1.5 mln.")
    assert row(shares, "1.5 mln")["unit"] != "USD"


def test_a_shared_currency_word_takes_the_code_of_the_figures_country():
    df = figs("Norway's trade surplus rose to 540 mln crowns in May. Sweden's fell to 300 mln crowns.")
    assert row(df, "540 mln crowns")["unit"] == "NOK"
    assert row(df, "300 mln crowns")["unit"] == "SEK"
    assert row(figs("Syria will invest 17.5 billion pounds in dams."), "17.5 billion pounds")["unit"] == "SYP"
    assert row(figs("Britain will spend 2 billion pounds on roads."), "2 billion pounds")["unit"] == "GBP"


def test_a_verb_that_holds_its_object_at_a_level():
    assert row(figs("The central bank kept its discount rate at 3.5 pct."), "3.5 pct")["direction"] == "unchanged"
    grow = figs("Exporters hope rich nations sustain their average GNP growth at 2.5 pct.")
    assert row(grow, "2.5 pct")["direction"] == "unchanged"
    # a holder of shares, a company's name and stocks held somewhere are no hold at a level
    held = figs("The group will buy the 2.1 mln shares held by its founder at 24 dlrs a share.")
    assert row(held, "24 dlrs a share")["direction"] is None
    name = figs("Shares of Lima Holding Corp common stock were priced at 13.50 dlrs a share.")
    assert row(name, "13.50 dlrs a share")["direction"] is None


# --- round 4b: the constructions of fresh stories that had no direction ------------------------------------------
def test_the_level_after_a_change_and_a_bare_year_or_a_restated_change():
    assert row(figs("Pulp exports fell 6 pct in 1986 to 2.3 mln tonnes."), "2.3 mln tonnes")["direction"] == "decrease"
    text = "Factory orders rose 3.1 billion dlrs, or 2.0 pct, in June to 96.4 billion dlrs, officials said."
    assert row(figs(text), "96.4 billion dlrs")["direction"] == "increase"
    assert row(figs("Store sales rose 4 pct, to 51 mln dlrs."), "51 mln dlrs")["direction"] == "increase"
    text = "Farm building slipped 3 pct to an unadjusted 4.2 billion dlrs."
    assert row(figs(text), "4.2 billion dlrs")["direction"] == "decrease"
    # an earlier level after "from" is no change the level after it could take
    text = "The plan cut the fare rise from 30 pct in 1985 to 12.5 pct this year."
    assert row(figs(text), "12.5 pct")["direction"] != "increase"


def test_a_level_reached_as_the_equivalent_of():
    text = "Reserves fell to the equivalent of 4.1 billion dlrs at the end of May."
    assert row(figs(text), "4.1 billion dlrs")["direction"] == "decrease"


def test_a_level_followed_by_the_change_it_made():
    df = figs("Tin output was put at 9,200 tonnes, down 4.1 pct from 9,590 tonnes a year ago.")
    assert row(df, "9,200 tonnes")["direction"] == "decrease"
    assert row(df, "9,590 tonnes")["direction"] is None  # the earlier level
    assert row(figs("The shares closed at 41-1/2, up 3/4."), "41-1/2")["direction"] == "increase"
    # "up to" is as much as, no change
    assert row(figs("The fund bought 2 mln shares, up to 4 mln in all."), "2 mln shares")["direction"] is None


def test_a_verb_its_long_object_and_to_an_amount():
    text = "The new rules cut the credit line for exports of dairy cattle to 4 mln dlrs."
    assert row(figs(text), "4 mln dlrs")["direction"] == "decrease"
    text = "The board raised its quarterly dividend on its common stock to 22 cts a share, from 20 cts."
    assert row(figs(text), "22 cts a share")["direction"] == "increase"
    # a count is no level moved; "as" ends the verb's object
    assert row(figs("Exports rose as the firm sold its bonds to 40 banks."), "40")["direction"] is None


def test_the_level_a_verb_moved_from_an_earlier_level():
    df = figs("The bank cut its base rate from 11 pct to 10.5 pct.")
    assert row(df, "10.5 pct")["direction"] == "decrease"
    assert row(df, "11 pct")["direction"] is None  # the earlier level
    text = "Its share of the home market grew from 14 pct in 1984 to 19 pct last year."
    assert row(figs(text), "19 pct")["direction"] == "increase"
    text = "Analysts said the reduction from 9.5 pct to 9 pct would be followed by other banks."
    assert row(figs(text), "9 pct")["direction"] == "decrease"
    # a range after a verb is no move
    assert row(figs("Prices rose, with grades ranging from 3 to 4 dlrs."), "4 dlrs")["direction"] is None


def test_an_amount_after_or_restates_the_change_or_the_level_before_it():
    df = figs("Farm income was up 2.1 pct or 1.3 billion dlrs to 64 billion dlrs.")
    assert row(df, "1.3 billion dlrs")["direction"] == "increase"
    df = figs("Net profit fell to 80 mln dlrs or 1.10 dlrs a share from 95 mln dlrs.")
    assert row(df, "1.10 dlrs a share")["direction"] == "decrease"
    # a loss booked is no fall, and a gain booked no rise
    assert row(figs("The firm lost 9 mln dlrs, or 30 cts a share."), "30 cts a share")["direction"] is None
    assert row(figs("Net includes an extraordinary gain of 12 cts a share."), "12 cts a share")["direction"] is None


def test_a_direction_adverb_right_after_the_figure():
    assert row(figs("Home sales were 12 pct down at 4,100 units."), "12 pct")["direction"] == "decrease"
    assert row(figs("The index was 0.4 pct up on March."), "0.4 pct")["direction"] == "increase"
    assert row(figs("The buyer made a 5,000 dlrs down payment."), "5,000 dlrs")["direction"] is None


def test_a_level_followed_by_its_change_and_a_direction_word():
    text = "The area planted was a record 2.2 mln hectares, 8.5 pct higher than last season."
    assert row(figs(text), "2.2 mln hectares")["direction"] == "increase"
    text = "Wool exports totalled 1.1 mln tonnes, 9 pct down on 1.2 mln."
    assert row(figs(text), "1.1 mln tonnes")["direction"] == "decrease"


def test_an_adverb_a_period_and_by():
    text = "Orders for farm machinery were down in March by 2.2 pct to 4.1 billion dlrs."
    assert row(figs(text), "2.2 pct")["direction"] == "decrease"
    assert row(figs(text), "4.1 billion dlrs")["direction"] == "decrease"


def test_the_ing_forms_of_direction_verbs_and_a_level_that_modifies_the_object():
    assert row(figs("Exports ended the year dropping 7 pct."), "7 pct")["direction"] == "decrease"
    assert row(figs("The plan aims to boost output by 12 pct."), "12 pct")["direction"] == "increase"
    # the figure before the object's noun is its level, not the verb's change
    assert row(figs("Japan has no plan to cut its 2.5 pct discount rate."), "2.5 pct")["direction"] is None
    assert row(figs("The firm will use the cash to reduce its 300 mln dlr debt."), "300 mln dlr")["direction"] is None
    # "a sinking fund" is no fall
    assert row(figs("The stock has a sinking fund of 50,000 shares a year."), "50,000 shares")["direction"] is None


def test_levels_after_edging_up_to_a_from_period_and_an_annual_rate():
    assert row(figs("Profit was steady, edging up to 8.1 mln dlrs."), "8.1 mln dlrs")["direction"] == "increase"
    assert row(figs("The firm is offering up to 90 mln dlrs of notes."), "90 mln dlrs")["direction"] is None
    assert row(figs("The index fell 6 pct from May to 210.5."), "210.5")["direction"] == "decrease"
    text = "Housing starts rose 3.1 pct in June to a seasonally adjusted annual rate of 1.7 mln units."
    assert row(figs(text), "1.7 mln")["direction"] == "increase"


def test_a_percent_after_a_verb_and_at_is_the_rate_of_the_move():
    assert row(figs("The economy is growing at about 2.5 pct."), "2.5 pct")["direction"] == "increase"
    text = "Bank lending grew at a year-on-year rate of 11 pct in May."
    assert row(figs(text), "11 pct")["direction"] == "increase"
    text = "Money supply was growing at 6 pct in March, down from 8 pct in February."
    assert row(figs(text), "6 pct")["direction"] == "decrease"  # the rate slowed


def test_a_level_then_a_short_phrase_and_its_change():
    text = "Coffee stocks totalled 401,200 bags, an increase of 350 bags."
    assert row(figs(text), "401,200 bags")["direction"] == "increase"
    text = "Gas reserves were put at 61.2 mln barrels on June one, up 12 pct from a year ago."
    assert row(figs(text), "61.2 mln barrels")["direction"] == "increase"
    # an earlier level compared takes no change
    text = "Sales fell to 38,100 from 41,500 a year earlier, down 8.2 pct."
    assert row(figs(text), "41,500")["direction"] is None


def test_a_year_in_a_long_object_and_a_long_period_before_to():
    text = "The credits increase the fiscal 1988 program for sales of wheat to 46 mln dlrs."
    assert row(figs(text), "46 mln dlrs")["direction"] == "increase"
    text = "Foreign debt will grow from 81 billion dlrs at the end of 1986 to 97 billion dlrs."
    assert row(figs(text), "97 billion dlrs")["direction"] == "increase"
    assert row(figs("The central bank devalued the peso by 8 pct."), "8 pct")["direction"] == "decrease"


def test_a_percent_listed_after_a_longer_subject_without_its_verb():
    text = "Farm output rose 2.1 pct and gross domestic product (GDP) 1.4 pct in the year."
    assert row(figs(text), "1.4 pct")["direction"] == "increase"


def test_fewer_after_a_figure_and_a_level_listed_with_and_to():
    assert row(figs("The line carried 8.5 pct fewer passengers."), "8.5 pct")["direction"] == "decrease"
    text = "Truck exports rose to 5,100 in May from 4,300 and to 41,000 from 38,000 in the five months."
    assert row(figs(text), "41,000")["direction"] == "increase"


def test_an_adverb_a_comma_and_at_a_count_of_the_number_and_a_range_of_changes():
    text = "Imports fell, but exports were also lower, at 21.4 billion francs."
    assert row(figs(text), "21.4 billion francs")["direction"] == "decrease"
    text = "Its output was far higher, at 89 pct, than the average of 69 pct."
    assert row(figs(text), "89 pct")["direction"] is None  # a comparison, no change
    text = "The airline will increase the number of flights to Tokyo to 14 a week."
    assert row(figs(text), "14")["direction"] == "increase"
    text = "The firm announced price cuts ranging from 3 pct to 12 pct on its printers."
    assert row(figs(text), "12 pct")["direction"] == "decrease"


def test_a_bare_level_after_an_adverbs_change_and_at_or_to_close_at_and_a_level_with_a_change_noun():
    assert row(figs("The shares were trading up 1/4 at 12-3/8 before the halt."), "12-3/8")["direction"] == "increase"
    assert row(figs("The chain cut prices 5 pct at 2,000 stores."), "2,000")["direction"] is None
    assert row(figs("The index fell 12.3 points to close at 1,410.5."), "1,410.5")["direction"] == "decrease"
    text = "Spending is budgeted at 4.1 billion dlrs, a 3.2 pct rise over the current year."
    assert row(figs(text), "4.1 billion dlrs")["direction"] == "increase"


def test_the_level_after_a_change_keeps_its_own_hedge():
    text = "Orders rose 12 pct to about 3.4 billion dlrs."
    assert row(figs(text), "3.4 billion dlrs")["direction"] == "increase"
    text = "Tin output could drop by 5,000 tonnes to around 40,000 tonnes."
    assert row(figs(text), "40,000 tonnes")["direction"] == "decrease"


def test_an_adverb_of_degree_before_the_earlier_level():
    text = "The airline filled 61.4 pct of its seats in May, down slightly from 63.0 pct a year before."
    df = figs(text)
    assert row(df, "61.4 pct")["direction"] == "decrease"
    assert row(df, "63.0 pct")["direction"] is None  # the earlier level
    text = "Its order book stood at 2.9 bln dlrs, up sharply from 2.1 bln dlrs."
    assert row(figs(text), "2.9 bln dlrs")["direction"] == "increase"


def test_lower_as_a_verb_after_to_or_a_modal():
    text = "The lender said it will lower its base rate to 8.5 pct from 9 pct next week."
    assert row(figs(text), "8.5 pct")["direction"] == "decrease"
    text = "The council plans to lower the toll for heavy lorries to 12 dlrs."
    assert row(figs(text), "12 dlrs")["direction"] == "decrease"
    # an adjective, not a verb
    text = "Farmers in Lower Bavaria hold 30 pct of the land."
    assert row(figs(text), "30 pct")["direction"] is None


def test_an_insert_between_commas_in_the_verbs_object():
    text = "The new plant will increase the firm's total nylon, a synthetic fibre, capacity to 400 mln pounds a year."
    assert row(figs(text), "400 mln pounds")["direction"] == "increase"


def test_a_direction_noun_after_rate_of_names_the_rate():
    assert row(figs("In May the rate of increase was 6.5 pct."), "6.5 pct")["direction"] == "increase"
    assert row(figs("Last quarter the pace of decline was 1.5 pct."), "1.5 pct")["direction"] == "decrease"
    # a verb that moves the rate says it
    assert row(figs("The rate of increase slowed to 3.5 pct."), "3.5 pct")["direction"] == "decrease"


def test_a_comma_before_by_and_the_level_after_it():
    df = figs("Bank lending also rose, by 310 mln crowns to 845 mln.")
    assert row(df, "310 mln crowns")["direction"] == "increase"
    assert row(df, "845 mln")["direction"] == "increase"


def test_a_change_noun_as_the_subject():
    text = "The annual rise in retail prices was 3.4 pct against 2.9 pct a year before."
    assert row(figs(text), "3.4 pct")["direction"] == "increase"
    assert row(figs(text), "2.9 pct")["direction"] == "increase"
    assert row(figs("The fall for steel output was 6 pct."), "6 pct")["direction"] == "decrease"


def test_a_participle_after_the_level_says_its_move():
    text = "Kenya posted a current account deficit of 310 mln dlrs, shrinking from 480 mln in 1985."
    assert row(figs(text), "310 mln dlrs")["direction"] == "decrease"
    assert row(figs(text), "480 mln")["direction"] is None  # the earlier level


def test_a_level_then_a_change_more_than_an_earlier_period():
    text = "Chile's copper sales at 2.4 bln dlrs, 11.5 pct more than in the previous year, led exports."
    assert row(figs(text), "2.4 bln dlrs")["direction"] == "increase"
    # more than another quantity is no move
    assert row(figs("Exports were 5 bln dlrs, 2 bln dlrs more than imports."), "5 bln dlrs")["direction"] is None


def test_a_list_with_commas_leaves_out_its_verb():
    df = figs("Prices of wool dropped 14 pct, cotton 9 pct, flax 5 pct and hemp 2 pct.")
    assert [row(df, s)["direction"] for s in ("9 pct", "5 pct", "2 pct")] == ["decrease"] * 3
    df = figs("Shipments of steel up 21 pct, glass 13 pct.")
    assert row(df, "13 pct")["direction"] == "increase"


def test_words_between_the_verb_and_the_level():
    text = "The peso sank to a ten-year low below 900 to the dollar."
    assert row(figs(text), "900")["direction"] == "decrease"
    text = "The shares climbed from a low of 12 pesos in May to 85.50 on Friday."
    assert row(figs(text), "85.50")["direction"] == "increase"
    text = "Wheat exports rose threefold, from 120 mln dlrs to 400 mln in 1986."
    assert row(figs(text), "400 mln")["direction"] == "increase"
    text = "Output rose 0.4 pct in the third quarter of 1986 to 108.2."
    assert row(figs(text), "108.2")["direction"] == "increase"
    text = "The official said the rate may slide down a little to around 4.1 pct."
    assert row(figs(text), "4.1 pct")["direction"] == "decrease"


def test_a_verb_that_moves_a_rate_with_no_determiner():
    text = "Tight money helped the government cut inflation to an average 4.2 pct last year."
    assert row(figs(text), "4.2 pct")["direction"] == "decrease"


def test_a_level_held_within_a_range():
    text = "Traders expected the rate to remain within a 5.5 to six pct range next month."
    assert row(figs(text), "5.5 to six pct")["direction"] == "unchanged"
    assert row(figs("The jobless rate stayed at 7.1 pct."), "7.1 pct")["direction"] == "unchanged"


def _dir(text: str, surface: str) -> str | None:
    d = row(figs(text), surface)["direction"]
    return d if isinstance(d, str) else None


def test_a_level_with_its_change_after_was_held_constant_or_sharply_down_from():
    assert _dir("March exports of 47.06 billion marks were 11 pct higher than in February.", "47.06 billion marks") == (
        "increase"
    )
    assert _dir("The government intends to keep its deficit constant at 1.0 pct of GDP.", "1.0 pct") == "unchanged"
    assert _dir("Inflation will probably stabilise at around five pct next year.", "five pct") == "unchanged"
    assert _dir("Earnings amounted to 397.0 mln dlrs, sharply down from 589.3 mln.", "397.0 mln dlrs") == "decrease"
    text = (
        "Outlays totalled 83.83 billion dlrs, more than the 77.95 billion dlrs a year ago but slightly down from March."
    )
    assert _dir(text, "77.95 billion dlrs") is None  # the base compared, not the level that moved


def test_a_level_a_verb_of_staying_keeps_is_unchanged():
    assert row(figs("Prices could remain around 18 dlrs a barrel this year."), "18 dlrs a barrel")["direction"] == (
        "unchanged"
    )
    gap = figs("Used car costs remain 47 pct under the cost of a new car.")
    assert row(gap, "47 pct")["direction"] is None  # a gap to something else, not a level kept


def test_a_level_after_a_change_and_an_aside():
    df = figs("Exports dropped by 17.8 pct, in hard currency terms, to 2.124 billion dlrs.")
    assert row(df, "2.124 billion dlrs")["direction"] == "decrease"


def test_a_rate_eased_by_a_verb_or_an_infinitive_fell():
    assert row(figs("The budget saw inflation easing to 4.0 pct."), "4.0 pct")["direction"] == "decrease"
    assert row(figs("Inflation is expected to ease to 3 pct next year."), "3 pct")["direction"] == "decrease"


def test_a_level_restated_per_share_before_its_earlier_level():
    df = figs("Net profit was 24.8 mln dlrs, or 1.20 dlrs a share, down from 42.7 mln dlrs.")
    assert row(df, "24.8 mln dlrs")["direction"] == "decrease"


def test_the_middle_levels_of_a_list_after_a_verb():
    df = figs("Inflation rose to 5.8 pct in June, 6.2 pct in July and 6.15 pct in August.")
    assert row(df, "6.2 pct")["direction"] == "increase"
    listed = figs("Inflation was low early on, rising to 1.0, 2.5 and 4.6 pct in April, May and June.")
    assert row(listed, "2.5")["direction"] == "increase"
    other = figs("Exports rose to 5.8 bln dlrs, 200 mln dlrs in farm goods, officials said.")
    assert row(other, "200 mln dlrs")["direction"] is None  # no list goes on after it


def test_a_total_brought_to_a_level_grew():
    df = figs("The layoffs will displace 9,000 workers, bringing the number of unemployed to 4.2 mln.")
    assert row(df, "4.2 mln")["direction"] == "increase"
    assert row(figs("The order brings to 157 the number of goods covered."), "157")["direction"] == "increase"
    assert row(figs("The sale brought its stake in the firm to 12 pct."), "12 pct")["direction"] is None


def test_a_balance_turned_from_the_opposite_balance():
    df = figs("Hong Kong recorded a 3.51 billion H.K. dlr deficit in February after a 2.54 billion dlr surplus.")
    assert row(df, "3.51 billion")["direction"] == "decrease"
    same = figs("Japan had a 5 bln dlr surplus after a 4 bln dlr surplus in May.")
    assert row(same, "5 bln dlr")["direction"] is None  # no turn: a level compared


def test_up_to_a_level_from_an_earlier_one_and_a_doubling_infinitive():
    df = figs("Coffee earnings were up to 220 mln dlrs in March from 110 mln dlrs in February.")
    assert row(df, "220 mln dlrs")["direction"] == "increase"
    assert row(figs("Tariffs of up to 40 pct were imposed."), "40 pct")["direction"] is None
    investment = figs("Investment in the U.S. is expected to nearly double to 80 mln dlrs in 1987.")
    assert row(investment, "80 mln dlrs")["direction"] == "increase"


def test_a_level_after_a_hedge_and_market_comparatives():
    assert row(figs("Inflation will be unchanged at about 3.5 pct this year."), "3.5 pct")["direction"] == "unchanged"
    assert row(figs("Tesco was two pence firmer at 475p."), "two pence")["direction"] == "increase"
    assert row(figs("Silver was trading about 30 cts weaker today."), "30 cts")["direction"] == "decrease"
    assert row(figs("Kevlar is five times stronger than steel."), "five times")["direction"] is None
    assert row(figs("Exports were five times higher than last year."), "five times")["direction"] == "increase"
    ranged = figs("Hog prices opened steady to 0.50 dlr higher, private sources said.")
    assert row(ranged, "0.50 dlr")["direction"] == "increase"  # the change a range of changes runs to


def test_a_total_brought_to_and_a_level_compared_written_in_full():
    df = figs("The orders bring the airline's purchases of Airbus jets to a total of 34.")
    assert row(df, "34")["direction"] == "increase"
    money = figs("Revenues were 24.5 mln dlrs, compared with 7,900,000 for 1985.")
    assert row(money, "7,900,000")["value"] == 7_900_000 and row(money, "7,900,000")["unit"] == "USD"
    assert row(money, "24.5 mln dlrs")["direction"] == "increase"


def test_durations_with_an_adjective_and_stage_numbers_are_no_figures():
    assert figs("The balance sheet, after three good years, neutralized the impact.").empty
    assert figs("The jobless rate stayed at 6.7 pct for three consecutive months.")["text"].tolist() == ["6.7 pct"]
    assert figs("The contract covers stage three production work.").empty


def test_amounts_written_out_after_a_money_noun_or_restated_per_share():
    df = figs(
        "AEL had net income of 3,321,000, or 74 cts a share, including a charge of 818,000, on sales of 108 mln dlrs."
    )
    assert row(df, "3,321,000")["unit"] == "USD" and row(df, "3,321,000")["value"] == 3_321_000
    assert row(df, "818,000")["unit"] == "USD"
    assert row(figs("The firm had sales of 1,200 units, or 5 dlrs a share."), "1,200")["unit"] != "USD"


def test_share_prices_quoted_in_fractions_are_money():
    df = figs("The stock slipped 1/2 to 71-1/2 on volume of 1.3 mln shares.")
    assert row(df, "1/2")["unit"] == "USD" and row(df, "71-1/2")["unit"] == "USD"
    assert row(df, "71-1/2")["direction"] == "decrease"
    assert row(figs("The stock is trading at about 1/3 its appraised value."), "1/3")["unit"] != "USD"


def test_an_additional_amount_was_added():
    assert row(figs("Argentina gets an additional quota of 5,000 tonnes of hake."), "5,000 tonnes")["direction"] == (
        "increase"
    )
    cut = figs("The firm said an additional staff reduction of about 20 pct is being made.")
    assert row(cut, "20 pct")["direction"] == "decrease"
    lift = figs("The United States may lift an additional 84 mln dlrs in trade sanctions against Japan.")
    assert row(lift, "84 mln dlrs")["direction"] == "decrease"


def test_a_level_peaked_at_was_reached_by_a_rise():
    assert row(figs("The lira peaked at a high of 1,310 to the dollar."), "1,310")["direction"] == "increase"
    assert row(figs("Cocoa imports peaked at 2.1 mln tonnes in 1984."), "2.1 mln tonnes")["direction"] == "increase"
    # a peak compared, no verb: a level; "speaking at" is no peak
    assert row(figs("Revenue was 9 bln dlrs, against a peak 40 bln in 1981."), "40 bln")["direction"] is None
    assert row(figs("Speaking at the fair, he said 40 mln dlrs was lent."), "40 mln dlrs")["direction"] is None


def test_a_verb_from_the_current_level_of_one_figure_to_another():
    df = figs("The state will cut its debt ratio from the current level of 61 pct to 40 pct by 1992.")
    assert row(df, "40 pct")["direction"] == "decrease"


def test_a_level_then_a_comparative_against_an_earlier_one():
    df = figs("The trade gap was 310 mln stg, sharply narrower than May's 520 mln deficit.")
    assert row(df, "310 mln stg")["direction"] == "decrease"
    assert row(figs("Imports were 4.1 bln dlrs, wider than last year's."), "4.1 bln dlrs")["direction"] == "increase"
    # set against an expectation, not an earlier level: no move
    assert row(figs("Sales were 4.1 bln dlrs, higher than expected."), "4.1 bln dlrs")["direction"] is None


def test_a_level_held_with_a_hedge_before_it():
    assert row(figs("Bond purchases held steady around 2.4 bln marks."), "2.4 bln marks")["direction"] == "unchanged"
    assert row(figs("Tin was stable at about 5,600 stg a tonne."), "5,600 stg a tonne")["direction"] == "unchanged"
    assert row(figs("Tin was flat around 5,600 stg a tonne."), "5,600 stg a tonne")["direction"] == "unchanged"
    assert row(figs("The mark was little changed around 1.83 dlrs."), "1.83 dlrs")["direction"] == "unchanged"


def test_a_level_set_after_the_earlier_level_of_its_unit():
    df = figs("Foreign buyers took only 3 bln marks of bonds in May after 9 bln in April, dealers said.")
    assert row(df, "3 bln marks")["direction"] == "decrease"
    assert row(df, "9 bln")["direction"] is None
    assert row(figs("The group earned 285 mln guilders, after 265 mln."), "285 mln guilders")["direction"] == "increase"
    # an amount deducted, two earlier levels, and percents (a list of changes) are no move from an earlier level
    assert row(figs("Net profit was 5 mln dlrs after 2 mln dlrs in charges."), "5 mln dlrs")["direction"] is None
    two = figs("The deficit was 1.8 bln dlrs after 1.3 bln in June and 1.9 bln a year earlier.")
    assert row(two, "1.8 bln dlrs")["direction"] is None
    assert row(figs("The index stood at 4.1 pct after 3.2 pct in May."), "4.1 pct")["direction"] is None


def test_a_level_after_a_move_and_a_comma_before_to():
    df = figs("Steel orders jumped by 2.1 bln dlrs, a six pct rise, to 37.4 bln dlrs.")
    assert row(df, "37.4 bln dlrs")["direction"] == "increase"
    assert row(figs("The average price also declined, to 98 dlrs a ton."), "98 dlrs a ton")["direction"] == "decrease"
    # a comma after the direction word with other words before "to": no level moved
    loss = figs("Charges, net of gains, led to a 30 mln dlr net loss.")
    assert row(loss, "30 mln dlr")["direction"] is None


def test_a_share_of_a_total_restating_a_moved_level_moved_with_it():
    stake = figs("The fund lowered its stake in the firm to 60,000 shares, or 4.2 pct of the total outstanding.")
    assert row(stake, "4.2 pct")["direction"] == "decrease"
    jobs = figs("Jobless rose by 9,100 to 1.31 mln or 8.4 pct of the workforce.")
    assert row(jobs, "8.4 pct")["direction"] == "increase"
    # a percent after "or" that is no share of a total stays a level; a bare "or" between two counts is a range
    assert row(figs("Sales rose to 300 mln dlrs, or 4 pct more."), "300 mln dlrs")["direction"] == "increase"
    assert row(figs("Output rose by 5 or 6 of the units."), "6")["direction"] is None


def test_raise_moves_a_level_after_to_or_a_change_after_by_not_money_raised():
    assert row(figs("The fund may raise its stake in the firm to 15 pct."), "15 pct")["direction"] == "increase"
    assert row(figs("The firm is raising its prices by 5 pct."), "5 pct")["direction"] == "increase"
    quota = figs("Peru will ask to raise its quota by 90,000 bales to 500,000 bales.")
    assert row(quota, "500,000")["direction"] == "increase"  # a plural noun between the change and "to"
    # money raised, and "raise" as a noun, move nothing
    assert row(figs("The firm plans to raise 48 mln dlrs to repay debt."), "48 mln dlrs")["direction"] is None
    pool = figs("The firm is reducing the merit raise pool to 3.5 pct.")
    assert row(pool, "3.5 pct")["direction"] == "decrease"


def test_a_change_to_a_level_after_a_period_with_a_day():
    df = figs("Spending will rise 3.8 pct in the fiscal year beginning April 1 to 110.1 bln dlrs.")
    assert row(df, "110.1 bln dlrs")["direction"] == "increase"


def test_a_total_brought_to_a_level_after_a_possessive_or_a_value():
    df = figs("This brings the Bank's total help so far today to 310 mln stg.")
    assert row(df, "310 mln stg")["direction"] == "increase"
    cds = figs("The bank sold CDs, bringing the value of CD issues this year to 61.2 bln dlrs.")
    assert row(cds, "61.2 bln dlrs")["direction"] == "increase"


def test_a_change_by_an_average_and_a_level_from_the_current_one():
    df = figs("The maker will increase prices on all its cars by an average of 2.9 pct, or 410 dlrs.")
    assert row(df, "2.9 pct")["direction"] == "increase"
    assert row(df, "410 dlrs")["direction"] == "increase"
    tax = figs("He may cut the basic rate of tax from the current 29 pct to 27 pct.")
    assert row(tax, "27 pct")["direction"] == "decrease"
    assert row(tax, "29 pct")["direction"] is None
