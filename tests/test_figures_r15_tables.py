"""Figures, round 15 (tables): a table's header that states a unit gives its rows that unit and scale (invented
tables, table_headers.py)."""

from __future__ import annotations

import pandas as pd
from test_figure_partners import row

from analysis.figures.extract import extract_figures


def figs(text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.NaT]})
    return extract_figures(arts)


GRAIN = (
    "The ministry gave the following harvest estimates for the region, with comparisons, in mln bushels --\n"
    "              1988      1987\n"
    "  Acreage (mln acres) --\n"
    "     Sown     12.5      11.8\n"
    "  Yield (bu)  41.2      39.9\n"
    "  Supply (mln bu) --\n"
    "  Barley      515       470\n"
    "  Avg Price   245       230\n"
)


def test_a_row_under_a_header_takes_its_unit_and_scale():
    df = figs(GRAIN)
    assert (row(df, "515")["unit"], row(df, "515")["value"]) == ("bushels", 515e6)
    assert "unit-from-table-header" in row(df, "470")["rule"]


def test_a_later_header_in_parentheses_replaces_the_first():
    got = row(figs(GRAIN), "12.5")
    assert (got["unit"], got["value"]) == ("acres", 12.5e6)


def test_a_row_whose_label_has_its_own_unit_keeps_it():
    df = figs(GRAIN)
    assert row(df, "41.2")["unit"] == "count"
    assert row(df, "245")["unit"] != "bushels"


def test_a_thousand_written_in_digits_scales_the_rows():
    text = "The board gave these wool stocks at its depots, in 1,000 bales -\n  North     1450     1320\n  South      870      910\n"
    got = row(figs(text), "870")
    assert (got["unit"], got["value"]) == ("bales", 870e3)


def test_a_header_naming_an_exception_first_gives_no_unit():
    text = (
        "The board gave stocks under loan, in mln bushels, except pulses, which is in mln tonnes --\n"
        "  OATS      225     300\n  PULSES     5.1     6.2\n"
    )
    assert row(figs(text), "225")["unit"] == "count"


def test_prose_after_the_rows_ends_the_table():
    text = (
        "The board gave stocks at its depots, in mln tonnes --\n  North     14.5     13.2\n"
        "    The board said 12 ships were waiting to load at the northern port on Friday.\n"
        "  Ships      12     9\n"
    )
    df = figs(text)
    assert row(df, "14.5")["unit"] == "tonnes"
    assert row(df, "9")["unit"] != "tonnes"


def test_a_number_outside_a_table_is_unchanged():
    text = "The board said farmers in mln bushels terms sold 45 of their stocks to the mill last week.\n"
    assert "unit-from-table-header" not in " ".join(figs(text)["rule"])


def test_a_row_with_one_space_after_its_label_takes_the_unit():
    text = (
        "The board gave stocks at its depots, in mln tonnes --\n  Start stocks 14.5   13.2\n  End stocks   8.1    7.9\n"
    )
    assert row(figs(text), "14.5")["unit"] == "tonnes"


REPORT = (
    "The board gave the following harvest estimates, in mln bushels, with comparisons, unless noted --\n\n"
    "OATS\n\n  Sown  (mln acres) --\n\n  North     12.5      11.8\n\n"
    "Note - Acreage is planted area in the northern region only.\n\n"
    "RYE\n\n  North     315       290\n\n"
    "Note - Rye season begins in the early summer for the region.\n\n"
    "PULSES - in mln tonnes\n\n  North     4.4       3.9\n\n"
    "Note - Pulse season begins in the early autumn for the region.\n\n"
    "PULSES (cont.)\n\n  South     2.6       2.2\n"
)


def test_a_new_section_of_a_report_takes_the_intros_unit():
    got = row(figs(REPORT), "315")
    assert (got["unit"], got["value"]) == ("bushels", 315e6)


def test_a_continued_section_keeps_the_unit_stated_last():
    got = row(figs(REPORT), "2.6")
    assert (got["unit"], got["value"]) == ("tonnes", 2.6e6)


HIGHLIGHTS = (
    "Following are highlights of the board's crop estimates, in mln bushels, with comparisons, unless noted --\n\n"
    "Oats -- Stocks at 412, vs 398 last month. Sown by 12 farms.\n\n"
    "Pulses -- in mln tonnes - Stocks at 4.4, vs 3.9 last month.\n"
)


def test_prose_highlights_take_the_intros_unit():
    df = figs(HIGHLIGHTS)
    assert (row(df, "398")["unit"], row(df, "398")["value"]) == ("bushels", 398e6)
    assert row(df, "12")["unit"] != "bushels"  # a counted noun keeps its own


def test_a_highlight_stating_its_own_unit_takes_it():
    got = row(figs(HIGHLIGHTS), "4.4")
    assert (got["unit"], got["value"]) == ("tonnes", 4.4e6)
