"""Figure units read from a neighbour or a table: European Currency Units, share classes, "up from" a figure's
digits, and the lines of a results table with their own labels (invented sentences)."""

from __future__ import annotations

from test_figures import figs, one


def test_european_currency_units_are_xeu():
    row = one(
        "The Commission said farm spending will reach 22 billion European Currency Units.",
        "22 billion European Currency Units",
    )
    assert (row["unit"], row["value"]) == ("XEU", 22e9)
    assert one("It set the levy at 12 Ecus a tonne for barley.", "12 Ecus a tonne")["unit"] == "XEU/tonne"


def test_a_class_of_shares_counts_shares():
    row = one("The bid is for at least 3.5 mln common shares of the brewer.", "3.5 mln common shares")
    assert (row["unit"], row["value"]) == ("shares", 3.5e6)


def test_bare_number_up_from_a_figure_takes_its_unit_and_scale():
    text = "The mine produced 14.25 mln tonnes of ore in 1986, up from 13.9 the year before."
    row = one(text, "13.9")
    assert (row["unit"], row["value"]) == ("tonnes", 13.9e6)
    assert "found:unit-from-changed-from" in row["rule"]


def test_up_from_a_number_of_another_size_is_no_comparison():
    text = "The mine produced 14.25 mln tonnes of ore in 1986, up from 3 in 1980."
    assert one(text, "3")["unit"] == "count"


def test_results_table_line_with_its_own_label_is_money():
    text = (
        "Acme Holdings Plc said its results were:\n"
        "    Pretax profit 40 mln stg vs 31 mln\n"
        "    Garden tools 12 mln vs 9 mln\n"
        "    Avg shrs 80 mln vs 75 mln\n"
    )
    row = one(text, "9 mln")
    assert (row["unit"], row["value"]) == ("GBP", 9e6)
    assert "found:unit-from-table-line" in row["rule"]
    assert one(text, "80 mln")["unit"] == "shares"  # a line counting shares, not money


def test_one_before_plural_shares_is_no_count():
    text = "Holders get one common shares purchase right for each share, and the fund holds 2,000 Pier 1 common shares."
    assert figs(text)["text"].tolist() == ["2,000"]


def test_a_results_table_line_of_average_shares_counts_shares():
    text = "Shr 56 cts vs 63 cts\nNet 48.9 mln vs 55.0 mln\nAvg shrs 86.6 mln vs 87.3 mln\n"
    assert [one(text, t)["unit"] for t in ("86.6 mln", "87.3 mln", "48.9 mln")] == ["shares", "shares", "USD"]


def test_a_percent_of_import_duties_measures_the_duty_not_imports():
    assert one("The U.S. imposed 100 pct import duties on Japanese computers.", "100 pct")["metric"] == "import duties"
    assert one("It faces a 100 pct import tax from April.", "100 pct")["metric"] == "import tax"
