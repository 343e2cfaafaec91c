"""Round 17 figure fixes (a read of 50 figure rows outside the gold): numbers naming a category or a share class,
"dls", an index level in points, "adding N pct", a currency's own move, a table header with its source."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def _rows(text: str) -> pd.DataFrame:
    arts = pd.DataFrame(
        [{"article_id": "a", "title": "", "text": text, "published": pd.Timestamp("1987-03-01"), "dateline": ""}]
    )
    return extract_figures(arts)


def _one(text: str, figure: str) -> pd.Series:
    rows = _rows(text)
    return rows[rows["text"] == figure].iloc[0]


def test_band_number_is_no_figure():
    texts = list(_rows("The central bank bought 12 mln stg of band three bills at 9-1/4 pct.")["text"])
    assert texts == ["12 mln stg", "9-1/4 pct"]


def test_share_class_amount_is_no_figure():
    texts = list(
        _rows("Zeta Corp will redeem its 3.15 dlr cumulative convertible preferred stock at 40 dlrs a share.")["text"]
    )
    assert texts == ["40 dlrs a share"]


def test_dls_is_dollars():
    row = _one("The new printer is priced at 12,300 dls.", "12,300 dls")
    assert row["unit"] == "USD"


def test_index_level_in_points_and_increase():
    row = _one("The Zeta share index climbed 3.12 points to a new five-year high of 418.65.", "418.65")
    assert (row["unit"], row["direction"]) == ("points", "increase")


def test_stock_price_level_is_no_index_level():
    row = _one("Zeta Corp rose two points to 31-1/4.", "31-1/4")
    assert row["unit"] != "points"


def test_adding_after_a_rise_is_increase_of_the_currency_country():
    row = _one("The yen has firmed steadily, adding nearly three pct on its trade-weighted index.", "three pct")
    assert row["direction"] == "increase"
    assert list(row["countries"]) == ["Japan"]


def test_adding_that_is_no_move():
    row = _one("The firm said profits were strong, adding that 300 workers were hired.", "300")
    assert row["direction"] is None


def test_currency_modifier_is_no_subject():
    row = _one("Zeta said yen borrowing should fall to 20 pct of its debt.", "20 pct")
    assert "Japan" not in list(row["countries"])


def test_table_header_with_its_source():
    text = (
        "Output by region was as follows (in thousands of tonnes) the Zeta Institute said.\n"
        "                 Feb'87   Jan'87\n"
        "    North region     45       50\n"
        "    South region    354      389\n"
    )
    row = _one(text, "354")
    assert (row["unit"], row["value"]) == ("tonnes", 354000.0)


def test_compared_with_a_revised_level_takes_its_unit():
    row = _one("Output was 949,000 tonnes compared with a downwardly revised 1.038 mln in January.", "1.038 mln")
    assert row["unit"] == "tonnes"


def test_countries_calling_for_a_figure_are_no_partners():
    text = "The Commission proposed 2.1 billion Ecus in aid, but France and Italy called for the rise to be kept to 20 pct."
    assert "France" not in list(_one(text, "20 pct")["countries"])


def test_country_addressed_by_a_demand_keeps_both_sides():
    text = "Brazil urged Argentina to raise its wheat purchases to 1.5 mln tonnes."
    assert set(_one(text, "1.5 mln tonnes")["countries"]) >= {"Brazil", "Argentina"}
