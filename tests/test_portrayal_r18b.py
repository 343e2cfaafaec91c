"""country_portrayal, round 18, second pass: a country under pressure is appraised against; a country that modifies
the noun after it is not what the words before it appraise."""

from __future__ import annotations

from analysis.sentiment.countries import sentence_appraisals


def test_a_country_under_pressure_is_appraised_against():
    got = [
        sentence_appraisals(t)
        for t in (
            "Portugal has come under strong pressure at the meeting to cut its fishing quota.",
            "Chile is under growing pressure to reform its copper royalties.",
            "The union called for more political pressure on Peru over its fishing rules.",
        )
    ]
    assert got == [{"Portugal"}, {"Chile"}, {"Peru"}]


def test_a_currency_or_a_thing_the_country_modifies_under_pressure_is_not_the_country():
    got = [
        sentence_appraisals(t)
        for t in (
            "The Chilean currency came under pressure in thin trading on Tuesday.",
            "The Mexican peso came under pressure in thin trading on Tuesday.",
            "Officials said Peru could come under pressure to cut its fishing quota.",  # supposed, not told
            "Dealers saw renewed downward pressure on Peruvian interest rates next month.",
            "Analysts spoke of a loss of confidence in Brazilian assets among foreign investors.",
            "Officials said there was no pressure on Peru to cut its quota.",  # denied
            "A weaker dollar might also lead to pressure on Peru to cut its quota.",  # supposed
        )
    ]
    assert got == [set()] * 7
    # the country itself after the words still is appraised
    assert sentence_appraisals("Bankers spoke of a loss of confidence in Brazil among foreign investors.") == {"Brazil"}


def test_a_country_s_government_after_the_words_is_still_the_country():
    assert sentence_appraisals("The failure of the Peruvian government to pay its debts angered bankers.") == {"Peru"}
