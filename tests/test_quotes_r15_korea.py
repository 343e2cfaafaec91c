"""A bare "Korea" in a quote's headline is the Korea the story names (text/countries.py). Sentences invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def test_headline_korea_is_the_korea_the_text_names():
    text = (
        "New inflows of capital have lifted the reserves to nine billion dlrs, director of public credit Kim\n"
        "Sung-ho told reporters.\n\nKim said the loans would go to North Korean mines."
    )
    rows = quotes_in_text(text, "1987-03-20", "United States", "KOREA'S RESERVES RISE TO NINE BILLION DLRS", "NEW YORK")
    assert {r["speaker_country"] for r in rows} == {"North Korea"}
