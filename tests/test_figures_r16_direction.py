"""Figures, round 16: the level a change moved the quantity to, across a time, an "off" phrase or a sentence
adverb between the change and "to" (sentences of our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _directions(text: str) -> dict[str, str | None]:
    df = story(text, "ACME SAYS OUTPUT STEADY", "LIMA, June 3")
    return dict(zip(df["text"], df["direction"], strict=True))


def test_a_time_with_by_between_the_change_and_the_level():
    found = _directions("The copper price lost 14 cents by late afternoon to 61.5 cents a pound.\n")
    assert found["14 cents"] == "decrease" and found["61.5 cents a pound"] == "decrease"


def test_an_off_phrase_between_the_change_and_the_level():
    found = _directions("The firm is cutting 40 mln dlrs off its spending plan to about 310 mln dlrs.\n")
    assert found["310 mln dlrs"] == "decrease"


def test_a_sentence_adverb_before_to_the_level():
    found = _directions("Sales of the paper mill rose 8 pct in the year, eventually to 92 mln dlrs.\n")
    assert found["92 mln dlrs"] == "increase"


def test_a_change_compared_with_an_earlier_forecast_of_it():
    found = _directions("Farm output is now seen to rise 6 pct against an earlier forecast of 4.5 pct.\n")
    assert found["6 pct"] == "increase" and found["4.5 pct"] == "increase"
