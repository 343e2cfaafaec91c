"""Figures, round 15 (third helper): numbers that are no economic figures (sentences of our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _texts(text: str) -> list[str]:
    return story(text, "ACME SAYS OUTPUT STEADY", "LONDON, June 3")["text"].tolist()


def test_a_distance_that_places_something_is_no_figure():
    found = _texts(
        "The refinery, some 40 km (25 miles) north-west of the port, produced 3.5 mln tonnes.\n"
        "    The mine lies 70 miles from the capital and 12 km east of the river.\n"
    )
    assert found == ["3.5 mln tonnes"]


def test_a_length_of_line_stays_a_figure():
    found = _texts(
        "Acme built 200 km of new pipeline this year.\n"
        "    The new line will run 300 miles from the coast to the inland refinery.\n"
    )
    assert found == ["200 km", "300 miles"]


def test_a_period_length_in_the_wire_abbreviation_is_no_count():
    found = _texts(
        "Note: Prior qtr and nine mth net include a 2.1 mln dlr gain, and three qtrs a 1.5 mln dlr charge.\n"
    )
    assert found == ["2.1 mln dlr", "1.5 mln dlr"]


def test_a_fraction_of_one_or_more_is_a_ratio_or_a_date():
    found = _texts(
        "The partners hold the venture 50/50.\n"
        "    Rotterdam/Lagos 12,000 mt bagged rice 1,000/1,000 12-20/6 a/c Acme.\n"
        "    Lagos/Rotterdam 8,000 mt cocoa 500/500 26-3/7-7.\n"
        "    Acme shares rose 1-1/2 to 30-3/4.\n"
    )
    assert "50/50" not in found and "12-20/6" not in found and "26-3/7" not in found
    assert "1-1/2" in found and "30-3/4" in found
