"""The ``rule`` column of extract_figures: every name it writes is documented in analysis/data/rules.csv,
and every documented figure rule has an example sentence here that makes the extractor write it."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import extract_figures
from analysis.text.rule_tables import read_table

STAGES = ("found", "partners", "other-party", "direction", "source", "unit")

# one example per rule: (stage, name) -> (text, the figure's surface)
EXAMPLES = {
    ("found", "number-with-unit"): ("Exports rose to $2.5bn last year.", "$2.5bn"),
    ("found", "range"): ("Prices rose 5 to 10 pct.", "5 to 10 pct"),
    ("found", "fraction-share"): ("A fifth of exports go to China.", "A fifth"),
    ("found", "unit-from-list"): ("Sales were at 1,850 and 1,880 dlrs per tonne.", "1,850"),
    ("found", "unit-from-comparison"): ("Output was 5.93 mln tonnes against 5.81 in 1986.", "5.81"),
    ("found", "unit-from-table"): ("Shr 12 cts vs 9 cts\n    Net 310,400 vs 207,900", "310,400"),
    ("found", "unit-from-table-header"): ("Stocks were as follows, in mln tonnes --\n    Rice    4.5    3.9\n", "4.5"),
    ("found", "unit-from-highlights"): (
        "Highlights of the estimates, in mln tonnes, with comparisons --\n\nRice -- Stocks at 4.5, vs 3.9 last month.\n",
        "3.9",
    ),
    ("direction", "alternative-after"): ("Bond prices ended 3/4 or 7/8 point lower.", "3/4"),
    ("found", "unit-from-stock-price"): ("GM shares rose 3-1/2 to 79-1/8 in active trading.", "79-1/8"),
    ("found", "unit-from-money-noun"): (
        "The quarter includes an aftertax charge of 818,000, on sales of 1.1 mln dlrs.",
        "818,000",
    ),
    ("found", "unit-from-table-line"): (
        "Acme said its profit was 12 mln stg.\n    Garden tools 4 mln vs 3 mln",
        "4 mln",
    ),
    ("found", "unit-from-changed-from"): ("Output was 4.2 mln tonnes in 1986, up from 3.9 in 1985.", "3.9"),
    ("found", "unit-from-period-list"): ("Exports were 236 mln dlrs in March and 255 in April 1986.", "255"),
    ("found", "unit-from-index-level"): ("The Zeta share index rose 2.5 points to 310.75.", "310.75"),
    ("found", "unit-from-later"): ("Revenues rose to 2.02 billion from 1.85 billion dlrs.", "2.02 billion"),
    ("found", "unit-from-sentence"): ("Sugar exports fell to 2.1 mln tonnes while imports rose to 1.4 mln.", "1.4 mln"),
    ("unit", "local-currency"): ("Norway's trade surplus rose to 540 mln crowns in May.", "540 mln crowns"),
    ("found", "count"): ("Three factories closed.", "Three"),
    ("found", "move-without-number"): (
        "Japanese car exports to South Korea plunged after the row.",
        "car exports to South Korea plunged",
    ),
    ("partners", "exchange-rate"): ("The dollar fell to 151.20 yen in Tokyo.", "151.20 yen"),
    ("partners", "currency-subject"): ("The yen has firmed, adding two pct on its trade-weighted index.", "two pct"),
    ("partners", "repeated-rate"): ("The dollar fell to 151.20 yen. Dealers saw 151.2 yen as a floor.", "151.2 yen"),
    ("partners", "dollar-quote"): ("Traders said March francs could ease toward 0.6125 this week.", "0.6125"),
    ("partners", "owner-after"): ("Brazil won 40 pct of the 90 mln dlr Mexican steel market.", "90 mln dlr"),
    ("other-party", "dollar-side"): (
        "The naira has lost 60 pct of its value against the dollar, Nigeria said.",
        "60 pct",
    ),
    ("partners", "figure-window"): ("Trade between India and Pakistan via Dubai rose 8 pct in 1986.", "8 pct"),
    ("partners", "quote-after-rate"): ("The dollar firmed to 152.10/20 yen. It ended at 152.40/50.", "152.40/50"),
    ("partners", "other-group"): (
        "French officials said the peso may move six pct around its rate, against 2.25 pct for the other members.",
        "2.25 pct",
    ),
    ("other-party", "owned-stake"): (
        "Alcoa of Australia Ltd <AA.S>, owned 51 pct by the Aluminum Co of America <AA>, said profit rose.",
        "51 pct",
    ),
    ("partners", "pronoun-measure"): (
        "Washington's deficit with Taipei rose to 13.6 billion dlrs. It widened to 3.61 billion in May.",
        "3.61 billion",
    ),
    ("partners", "previous-figure"): (
        "Canada bought 31 per cent of Peru's copper exports in 2023, down from 38 per cent two years earlier.",
        "38 per cent",
    ),
    ("partners", "clause-subject"): (
        "Thai exports rose 4 percent in May.\n\nExports to Japan, Thailand's second-biggest market, rose 5.5 percent.",
        "5.5 percent",
    ),
    ("partners", "opening-participle"): (
        "Owing its banks 12 billion dlrs, Chile asked for new terms.",
        "12 billion dlrs",
    ),
    ("partners", "repeated-figure"): (
        "Chile will buy 1.2 bln dlrs of Peruvian goods.\n\nThe 1.2 billion dlrs is in addition to earlier deals.",
        "1.2 billion dlrs",
    ),
    ("partners", "bilateral-pair"): (
        "Brazil's exports to Argentina rose 9 percent in March.\n\n"
        "Bilateral trade between the two countries hit $30 billion last year.",
        "$30 billion",
    ),
    ("partners", "source-country"): ("Exports rose 4 pct, the Chinese trade ministry said.", "4 pct"),
    ("source", "antecedent"): ("Acme Widget Corp said sales rose 4 pct.\n\nIt said exports fell 3 pct.", "3 pct"),
    ("source", "pronoun-dropped"): ("Sales of widgets rose 4 pct, he said.", "4 pct"),
    ("partners", "table-section"): (
        "Supply data by country, in mln tonnes --\n    NORWAY BARLEY\n Imports       3.00    2.00      2.50    2.50\n",
        "3.00",
    ),
    ("partners", "story-country"): (
        "Japan's trade surplus widened in May.\n\nExports rose 5 pct, officials said.",
        "5 pct",
    ),
    ("partners", "headline-country"): (
        "Growth slowed to 2 pct in 1986, the central bank said.",
        "2 pct",
        "BRAZILIAN GROWTH SLOWS",
    ),
    ("partners", "company-story"): ("Acme Widget Corp <ACW> said its net profit was 5 mln dlrs.", "5 mln dlrs"),
    ("other-party", "source-country"): ("Exports to Japan rose 4 pct, the Chinese trade ministry said.", "4 pct"),
    ("other-party", "earlier-figure"): (
        "Germany on Tuesday urged more pressure on Iran.\n\nTrade between India and Iran rose 12 percent.\n\n"
        "Crude imports from Iran surged, officials said.",
        "Crude imports from Iran surged",
    ),
    ("other-party", "story-company"): (
        "Acme Bancorp said it holds about 80 mln dlrs in loans to Peru.",
        "80 mln dlrs",
        "ACME BANCORP <ACB> SEES LOSS ON PERU",
        "DENVER, June 3 -",
    ),
    ("other-party", "story-country"): (
        "Thailand's trade deficit narrowed in May.\n\nExports to Japan fell 2 pct in May.",
        "2 pct",
    ),
    ("direction", "adverb-by"): ("Imports of cheese were down by roughly a quarter in the year.", "a quarter"),
    ("direction", "adverb-before"): ("Imports were up 4 pct.", "4 pct"),
    ("direction", "level-up-from"): (
        "Canada bought 31 per cent of Peru's copper exports in 2023, down from 38 per cent two years earlier.",
        "31 per cent",
    ),
    ("direction", "record-level"): ("Two-way trade hit a record $41 billion last year.", "$41 billion"),
    ("direction", "compared-level"): (
        "Its sales in the quarter were 3.1 billion yen, compared with 5.2 billion yen a year earlier.",
        "3.1 billion yen",
    ),
    ("direction", "word-after"): ("It reported a 7 pct rise in sales.", "7 pct"),
    ("direction", "verb-to-level"): ("Spain's share of the market slipped to 8.2% from 9.1%.", "8.2%"),
    ("direction", "verb-before"): ("Exports fell 3.2 pct in January.", "3.2 pct"),
    ("direction", "verb-object-by"): ("Mills will cut their pulp sales to Europe by 8 pct.", "8 pct"),
    ("direction", "reached-level"): ("The tin stockpile reached 41,000 tonnes in May.", "41,000 tonnes"),
    ("direction", "accounting-gain"): ("Net includes a pretax gain of 2.1 mln dlrs.", "2.1 mln dlrs"),
    ("direction", "benchmark-spread"): ("The notes pay 40 basis points above LIBOR.", "40 basis points"),
    ("direction", "restated-change"): ("Stocks were up 2.1 bln dlrs, or 3.4 pct, in May.", "3.4 pct"),
    ("direction", "listed-change"): ("The plan raises exports by 30 pct and imports by 12 pct.", "12 pct"),
    ("partners", "company-home"): ("Last year 30 Boeing jets were sold.", "30"),
    ("partners", "company-anaphor"): (
        "In a statement, Britain's Imperial Chemical Industries Plc said it would expand. The company said its profit"
        " rose to 50 mln stg.",
        "50 mln stg",
    ),
    ("partners", "clause-ticker"): (
        "The following filed with the SEC. Pennzoil Co <PZ> - Offering of 100 mln dlrs of debentures.",
        "100 mln dlrs",
    ),
    ("partners", "organisation-home"): ("The Bundesbank set its discount rate at 3.5 pct.", "3.5 pct"),
    ("partners", "paragraph-country"): ("In Chile, growth picked up in May. Inflation slowed to 9 pct.", "9 pct"),
    ("other-party", "company-home"): ("Egypt bought three Boeing planes.", "three"),
    ("other-party", "frame-pair"): (
        "Japan agreed to buy more U.S. rice. The purchases will rise 4 pct in May, Japanese officials said.",
        "4 pct",
    ),
    ("other-party", "antecedent-pair"): (
        "Peru drew up a list of Chinese machinery to buy. The list includes 40 mln dlrs of pumps, officials said.",
        "40 mln dlrs",
    ),
    ("partners", "company-story-home"): (
        "Year to March 31\n    Pretax profit 44.10 mln stg vs 39.22 mln\n    Turnover 310.5 mln vs 290.1 mln\n",
        "44.10 mln stg",
        "ACME HOLDINGS RAISES PROFITS",
        "LONDON, June 2",
    ),
    ("partners", "company-table-home"): (
        "Dividend 12 francs vs 10\n    Net profit 85.2 mln francs vs 70.1 mln\n",
        "12 francs",
        "<VALMONT ELEC> YEAR",
        "PARIS, March 31",
    ),
    ("partners", "central-bank-story"): (
        "The Bank of England said it did not operate in the money market. It forecast a shortage of 300 mln stg.",
        "300 mln stg",
        "BANK OF ENGLAND DOES NOT OPERATE",
        "LONDON, June 2",
    ),
    ("partners", "listed-abroad"): (
        "Shr profit 12 cts vs loss four cts\n    Net profit 3,100,000 vs loss 950,000\n",
        "12 cts",
        "MAPLE RIDGE MINES LTD <MRM> 4TH QTR NET",
        "TORONTO, March 30",
    ),
    ("partners", "dateline-money"): (
        "Acme Kreditbank AG made a 95.2 mln schilling net profit. Its total rose four pct to 88.1 billion schillings.",
        "95.2 mln schilling",
        "ACME KREDITBANK SEES PROFIT RISE",
        "VIENNA, March 18",
    ),
    ("partners", "share-with"): (
        "Taiwan's trade surplus rose to 2.1 billion dlrs. About 80 pct of the surplus was with Japan.",
        "80 pct",
    ),
    ("partners", "parallel-flow"): (
        "Chilean exports of copper to Japan fell to 80,000 tonnes, while zinc sales fell to 9,000 tonnes.",
        "9,000 tonnes",
    ),
    ("direction", "compared-change"): (
        "Exports grew 3.1 pct this year, compared with a 4.4 pct pace last year.",
        "4.4 pct",
    ),
    ("partners", "dateline-country"): (
        "Hog slaughter was put at 300,000 head.",
        "300,000",
        None,
        "CHICAGO, March 2",
    ),
    ("partners", "country-list"): (
        "Four growers - Ghana, Peru, Chile and Kenya - raised output by 6 pct.",
        "6 pct",
    ),
    ("partners", "pair-list"): (
        "Canada had deficits with three partners -- Japan 4.1 billion dlrs, Taiwan 2.4 billion and China 1.1 billion.",
        "2.4 billion",
    ),
    ("partners", "counter-flow"): ("Greek exports to Canada rose 12 pct, while imports fell 7 pct.", "7 pct"),
    ("direction", "part-of-earlier"): ("Output in 1987 was two-thirds of the 1986 level.", "two-thirds"),
    ("direction", "share-of-change"): ("Grain accounted for 40 pct of the 2.2 bln dlr fall in May.", "40 pct"),
    ("direction", "held-at-level"): ("The central bank kept its discount rate at 3.5 pct.", "3.5 pct"),
    ("direction", "additional-amount"): ("Argentina gets an additional quota of 5,000 tonnes of hake.", "5,000 tonnes"),
    ("direction", "balance-turned"): (
        "Italy had a surplus of 1.4 bln lire against a deficit of 1.1 bln.",
        "1.4 bln lire",
    ),
    ("direction", "brought-to-level"): ("The purchases brought the total to 2.3 mln tonnes.", "2.3 mln tonnes"),
    ("direction", "barrier-lifted"): ("Officials may lift 60 mln dlrs in trade sanctions.", "60 mln dlrs"),
    ("direction", "rate-pronoun"): (
        "Officials forecast inflation of 4 pct, but economists say it could be as high as 6 pct.",
        "6 pct",
    ),
    ("direction", "multiple-of-earlier"): (
        "Sales reached 40 mln dlrs, twice the 1986 total.",
        "40 mln dlrs",
    ),
    ("direction", "listed-rate"): (
        "The dollar slid below 1.40 Swiss francs and 125 yen.",
        "125 yen",
    ),
    ("direction", "listed-level"): (
        "The quota will rise to 50,000 tonnes in 1988 and 55,000 tonnes in 1989.",
        "55,000 tonnes",
    ),
    ("direction", "verb-object-to"): (
        "The fund raised its stake in the mining company to 310,000 shares.",
        "310,000 shares",
    ),
    ("direction", "verb-from-to"): ("The bank cut its base rate from 11 pct to 10.5 pct.", "10.5 pct"),
    ("direction", "adverb-from-to"): ("Wool exports were up from 3,100 to 4,200 tonnes.", "4,200 tonnes"),
    ("direction", "verb-comma-by"): ("Tin output also fell, by 12 pct, last year.", "12 pct"),
    ("direction", "change-subject"): ("The annual rise for retail sales was 4.1 pct.", "4.1 pct"),
    ("direction", "change-averaged"): ("Price increases for all its other models now average 198 dlrs.", "198 dlrs"),
    ("direction", "level-participle-from"): (
        "Oman had a deficit of 2.1 bln dlrs, widening from 1.4 bln.",
        "2.1 bln dlrs",
    ),
    ("direction", "held-within"): ("Dealers expect the rate to stay within a 4 to 4.5 pct band.", "4 to 4.5 pct"),
    ("direction", "comma-listed-change"): ("Sales of tea fell 12 pct, cocoa 9 pct and jute 4 pct.", "9 pct"),
    ("direction", "restated-level"): ("Net profit rose to 12 mln dlrs or 40 cts a share.", "40 cts a share"),
    ("direction", "adverb-after"): ("Tea output was 4 pct down on last year.", "4 pct"),
    ("direction", "verb-at-rate"): ("Money supply grew at an annual rate of 6.5 pct.", "6.5 pct"),
    ("direction", "change-after"): ("Cocoa output was 410,000 tonnes, down 6 pct.", "410,000 tonnes"),
    ("direction", "level-was-change"): ("Exports of 47 mln dlrs were 11 pct higher than in May.", "47 mln dlrs"),
    ("direction", "comparative-than"): (
        "The deficit was 310 mln stg, sharply narrower than May's 520 mln.",
        "310 mln stg",
    ),
    ("direction", "level-after-level"): (
        "Foreign buyers took 3 bln marks of bonds in May after 9 bln in April.",
        "3 bln marks",
    ),
    ("direction", "level-to-from"): (
        "The plan takes the fund's capital to 480 mln francs from the present 310 mln.",
        "480 mln francs",
    ),
    ("direction", "steady-hedged"): ("Bond purchases held steady around 2.4 billion marks.", "2.4 billion marks"),
    ("direction", "change-to-level"): ("Wheat exports rose 12 pct to 3.4 mln tonnes.", "3.4 mln tonnes"),
    ("direction", "growth-rate"): ("The bank forecast economic growth of 1.5 pct next year.", "1.5 pct"),
    ("direction", "adverb-to-level"): ("The dollar closed lower at 1.80 marks.", "1.80 marks"),
    ("direction", "unchanged-after"): ("The discount rate was 3.5 pct, unchanged from May.", "3.5 pct"),
    ("direction", "balance-swing"): ("The current account swung into a deficit of 900 mln dlrs.", "900 mln dlrs"),
    ("direction", "move-verb"): (
        "Iron ore imports from North Korea surged.",
        "Iron ore imports from North Korea surged",
    ),
}


def documented() -> set[tuple[str, str]]:
    return {(r["stage"], r["name"]) for r in read_table("rules.csv") if r["extractor"] == "figures"}


def figs(text: str, title: str | None = None, dateline: str | None = None) -> pd.DataFrame:
    arts = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published": [pd.NaT], "title": [title], "dateline": [dateline]}
    )
    return extract_figures(arts, qualitative=True)


def pairs(rule: str) -> list[tuple[str, str]]:
    return [tuple(p.split(":", 1)) for p in rule.split("; ")]


def test_table_is_well_formed():
    rows = [r for r in read_table("rules.csv") if r["extractor"] == "figures"]
    keys = [(r["stage"], r["name"]) for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert r["stage"] in STAGES, r
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", r["name"]), r
        assert len(r["description"]) > 20, r


@pytest.mark.parametrize("key", sorted(EXAMPLES), ids=lambda k: ":".join(k))
def test_every_rule_has_an_example(key):
    text, surface, *more = EXAMPLES[key]  # a third item is the story's headline, a fourth its dateline
    rows = figs(text, *more)
    rule = rows[rows["text"] == surface]["rule"].tolist()
    assert len(rule) == 1, f"{surface!r} not found once in {rows['text'].tolist()}"
    assert key in pairs(rule[0]), rule[0]


def test_examples_cover_the_table():
    assert set(EXAMPLES) == documented()


def test_rules_written_over_seeds_and_examples_are_documented(seeds):
    from test_figures import SEED_000, SEED_004

    texts = [t for t, *_ in EXAMPLES.values()] + [SEED_000, SEED_004]
    arts = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": texts, "published": pd.NaT})
    df = pd.concat([extract_figures(seeds, qualitative=True), extract_figures(arts, qualitative=True)])
    written = {p for rule in df["rule"] for p in pairs(rule)}
    assert written <= documented(), written - documented()
    for rule in df["rule"]:
        stages = [s for s, _ in pairs(rule)]
        assert stages[0] == "found" and stages == sorted(stages, key=STAGES.index), rule


def test_the_noun_right_after_a_percent_is_its_metric():
    """ "100 pct tariffs" measures tariffs, whatever metric word came earlier ("... Tariffs and Trade")."""
    text = "Under the General Agreement on Tariffs and Trade, Peru may impose 40 pct tariffs on Chilean wine."
    got = extract_figures(pd.DataFrame({"article_id": ["a"], "text": [text], "published": ["1987-04-01"]}))
    assert got["metric"].tolist() == ["tariffs"]


def test_pesos_and_dinars_take_the_figure_countrys_currency():
    rows = [
        "MANILA, April 1 - The Philippine government approved 20 billion pesos in new spending, the ministry said.",
        "Iraq's budget deficit widened to 1.2 billion dinars, the Iraqi planning ministry said.",
    ]
    got = extract_figures(pd.DataFrame({"article_id": ["a", "b"], "text": rows, "published": ["1987-04-01"] * 2}))
    assert got["unit"].tolist() == ["PHP", "IQD"]
