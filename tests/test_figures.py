"""Figures: the seed gold (copied here as literals) and tricky sentences of news and wire style."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.quantities import FIGURE_COLUMNS, extract_figures

ROOT = Path(__file__).resolve().parents[1]


def figs(text: str, published=None) -> pd.DataFrame:
    """Figures of one text as an article."""
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.Timestamp(published) if published else pd.NaT]})
    return extract_figures(arts)


def one(text: str, surface: str, published=None) -> dict:
    """The single figure whose surface is ``surface``."""
    df = figs(text, published)
    rows = df[df["text"] == surface].to_dict("records")
    assert len(rows) == 1, f"{surface!r} not found once in {df['text'].tolist()}"
    return rows[0]


def values(text: str) -> list[float]:
    return [v for v in figs(text)["value"].tolist() if not math.isnan(v)]


# --- the seed gold (shared/gold/seeds.json), as literals so the tests run without ../shared -------------
SEED_000 = (
    "South Korea's industry ministry said on Wednesday it had found 156 cases of unauthorised exports of "
    "strategic goods as of March since 2015, but none involved North Korea."
)
SEED_004 = (
    "In the first six months of this year, trade between China and North Korea increased 10.5 percent to "
    "$2.5 billion, compared to the same period last year, according to official figures from Beijing.\n"
    "Iron ore imports from North Korea surged, with China arguing that the UN sanctions resolution allows "
    "for trade if the income is used for the livelihood of civilians."
)


def test_columns_and_offsets():
    df = figs(SEED_004)
    assert list(df.columns) == FIGURE_COLUMNS
    for r in df.to_dict("records"):
        assert SEED_004[r["start"]:r["end"]] == r["text"]
        assert r["text"] in r["sentence"]


def test_seed_count_of_cases():
    r = one(SEED_000, "156", "2019-07-13")
    assert r["value"] == 156 and r["unit"] == "count" and r["quantity"] == "count"
    assert r["metric"] == "cases of unauthorised exports of strategic goods"
    assert r["countries"] == ["South Korea"]  # the finder, not North Korea of the next clause
    assert r["source"] == "South Korea's industry ministry" and r["source_country"] == "South Korea"
    assert r["period_start"] == pd.Timestamp("2015-01-01") and r["period_end"] == pd.Timestamp("2019-03-31")


def test_seed_trade_change_and_level():
    pct = one(SEED_004, "10.5 percent")
    assert pct["value"] == 10.5 and pct["unit"] == "percent" and pct["quantity"] == "change"
    assert pct["direction"] == "increase" and pct["metric"] == "trade"
    assert set(pct["countries"]) == {"China", "North Korea"}
    assert pct["period"] == "first six months of this year"
    assert pct["compared_with"] == "same period last year"
    assert pct["source"] == "official figures from Beijing" and pct["source_country"] == "China"
    assert pd.isna(pct["period_start"])  # no publication date: relative periods stay unresolved
    usd = one(SEED_004, "$2.5 billion")
    assert usd["value"] == 2.5e9 and usd["unit"] == "USD" and usd["quantity"] == "level"
    assert set(usd["countries"]) == {"China", "North Korea"} and usd["metric"] == "trade"
    assert usd["period"] == "first six months of this year"


def test_seed_move_without_number_takes_partner_from_context():
    r = one(SEED_004, "Iron ore imports from North Korea surged")
    assert math.isnan(r["value"]) and r["direction"] == "increase" and r["quantity"] == "change"
    assert set(r["countries"]) == {"China", "North Korea"}
    assert "imports" in r["metric"]


def test_period_resolved_with_publication_date():
    r = one(SEED_004, "10.5 percent", "2017-07-04")
    assert r["period_start"] == pd.Timestamp("2017-01-01") and r["period_end"] == pd.Timestamp("2017-06-30")


@pytest.mark.parametrize("text", [
    "Published: Sat, July 13, 2019",
    "It would be the first official inter-Korea talks since December 2015.",
    "Pyongyang tested its first intercontinental ballistic missile.",
    "North Korea would destroy US F-35 fighter jets.",
    "The positions still differ (between the two sides), Lee said.",
    "In May, Russia opened a new ferry service.",
])
def test_seed_not_figures(text):
    assert figs(text).empty


def test_seed_articles_when_present():
    seeds = ROOT / "seeds"
    if not seeds.exists():
        pytest.skip("no seeds folder")
    from analysis.articles import load_articles
    df = extract_figures(load_articles(seeds))
    got = {(a[:3], v) for a, v in zip(df["article_id"], df["value"]) if not math.isnan(v)}
    assert got == {("000", 156.0), ("004", 10.5), ("004", 2.5e9)}
    assert not df[df["article_id"].str.startswith("000")]["text"].isin(["2015", "F-35", "13", "2019"]).any()


# --- tricky sentences ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,surface,value,unit", [
    ("Exports rose to $2.5bn last year.", "$2.5bn", 2.5e9, "USD"),
    ("The deal is worth 1.5 billion dlrs, the company said.", "1.5 billion dlrs", 1.5e9, "USD"),
    ("Net profit was 12 mln dlrs.", "12 mln dlrs", 12e6, "USD"),
    ("Exports fell 3.2 pct in January.", "3.2 pct", 3.2, "percent"),
    ("Its share of the market is 30 per cent.", "30 per cent", 30, "percent"),
    ("Inflation eased to 2.1% in June.", "2.1%", 2.1, "percent"),
    ("Japan's surplus reached ¥1.2 trillion.", "¥1.2 trillion", 1.2e12, "JPY"),
    ("The fund holds €300m in bonds.", "€300m", 3e8, "EUR"),
    ("Britain pledged £50 million.", "£50 million", 5e7, "GBP"),
    ("Seoul spent 3.5 trillion won on the project.", "3.5 trillion won", 3.5e12, "KRW"),
    ("Beijing lent 40 billion yuan.", "40 billion yuan", 4e10, "CNY"),
    ("It costs US$12.50 a tonne.", "US$12.50 a tonne", 12.5, "USD/tonne"),
    ("Shr 12 cts vs 15 cts.", "12 cts", 0.12, "USD"),
    ("Output was 1.2 mln barrels per day.", "1.2 mln barrels per day", 1.2e6, "barrels per day"),
    ("Sales of 150,000 tonnes were reported.", "150,000 tonnes", 150000, "tonnes"),
    ("A fifth of exports go to China.", "A fifth", 20, "percent"),
    ("Two-thirds of the aid was spent.", "Two-thirds", 66.6666666666, "percent"),
    ("Three ministers resigned.", "Three", 3, "count"),
    ("The bank will sell one billion dollars of bonds.", "one billion dollars", 1e9, "USD"),
    ("The fee is 1-1/4 pct.", "1-1/4 pct", 1.25, "percent"),
    ("Rates rose 0.5 percentage points.", "0.5 percentage points", 0.5, "percentage points"),
    ("The stock rose 12 points.", "12 points", 12, "points"),
])
def test_units_and_scales(text, surface, value, unit):
    r = one(text, surface)
    assert r["value"] == pytest.approx(value) and r["unit"] == unit


@pytest.mark.parametrize("text", [
    "The summit took place on July 13, 2019.",
    "The treaty was signed in 1953.",
    "Talks were last held in December 2015.",
    "The meeting starts at 10:30 a.m. local time.",
    "Trading opens at 0900 GMT.",
    "He came first, and the 2nd round was cancelled.",
    "Lockheed's F-35 and the MiG-29 were on show.",
    "The G7 and G-20 summits were held.",
    "The Security Council adopted Resolution 2397.",
    "A Boeing 747 landed.",
    "The talks lasted six months.",
    "The 10-year bond and a three-day visit.",
    "One official said no one had seen it.",
    "The 1986/87 crop and the 1990s.",
    "The first half of the year was quiet.",
])
def test_not_figures(text):
    df = figs(text)
    assert df.empty, df[["text", "value"]].to_dict("records")


def test_range_is_one_row_with_lower_end():
    r = one("Prices rose 5 to 10 pct.", "5 to 10 pct")
    assert r["value"] == 5 and r["unit"] == "percent"
    assert values("Spot prices were 340 to 350 dlrs.") == [340]
    assert values("Growth of between 2 and 3 pct is expected.") == [2]
    assert values("It will cost $2-3 billion.") == [2e9]


def test_from_to_is_two_figures_and_bare_number_inherits_unit():
    df = figs("Exports fell to 5.8 bln dlrs from 5.9 bln in 1985.")
    assert df["value"].tolist() == [5.8e9, 5.9e9] and df["unit"].tolist() == ["USD", "USD"]
    df = figs("Sales were at 1,850 and 1,880 dlrs per tonne.")
    assert df["value"].tolist() == [1850, 1880]
    assert df["unit"].tolist() == ["USD/tonne", "USD/tonne"]


def test_change_level_and_directions():
    df = figs("Chinese exports to the United States fell 12 pct to 30 billion dlrs in May, customs data showed.")
    pct, usd = df.to_dict("records")
    assert (pct["quantity"], pct["direction"]) == ("change", "decrease")
    assert usd["quantity"] == "level" and pd.isna(usd["direction"])
    assert set(pct["countries"]) == {"China", "United States"}
    assert pct["source"] == "customs data" and pct["metric"].endswith("exports")
    assert one("Imports were up 4 pct.", "4 pct")["direction"] == "increase"
    assert one("Output was down 2.5 pct.", "2.5 pct")["direction"] == "decrease"
    assert one("It reported a 7 pct rise in sales.", "7 pct")["direction"] == "increase"
    assert one("GDP plunged by 3 percent.", "3 percent")["direction"] == "decrease"
    assert one("Exports to Japan accounted for 40 pct of the total.", "40 pct")["quantity"] == "share"


def test_moves_without_numbers():
    r = figs("Japanese car exports to South Korea plunged after the row.").to_dict("records")
    assert len(r) == 1 and r[0]["direction"] == "decrease" and math.isnan(r[0]["value"])
    assert set(r[0]["countries"]) == {"Japan", "South Korea"}
    assert figs("Tensions rose after the test.").empty  # no measured quantity
    assert figs("Prices are expected to rise.").empty or figs("Prices are expected to rise.")["direction"].isna().all()


def test_compared_with_and_source_after():
    r = one("Exports rose 5.4 pct from a year earlier, the ministry said.", "5.4 pct")
    assert r["compared_with"] == "a year earlier" and r["source"] == "the ministry"


def test_relative_periods_need_publication_date():
    r = one("Exports rose 3 pct last year.", "3 pct", "2019-03-01")
    assert r["period"] == "last year"
    assert (r["period_start"], r["period_end"]) == (pd.Timestamp("2018-01-01"), pd.Timestamp("2018-12-31"))
    r = one("Exports rose 3 pct in 2015.", "3 pct")
    assert r["period_start"] == pd.Timestamp("2015-01-01")  # absolute: no date needed
    r = one("Imports fell 2 pct in the first quarter.", "2 pct", "2019-06-01")
    assert r["period_end"] == pd.Timestamp("2019-03-31")


def test_empty_and_missing_text():
    df = extract_figures(pd.DataFrame({"article_id": ["x", "y"], "text": ["No numbers here.", None],
                                       "published": [pd.NaT, pd.NaT]}))
    assert df.empty and list(df.columns) == FIGURE_COLUMNS
