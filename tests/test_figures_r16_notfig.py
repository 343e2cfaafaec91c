"""Numbers that are no figure (round 16, a read of 50 figure rows outside the gold): a date's spelled day, a time
of day with a time zone the wire writes, a product's number."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_figures


def _texts(sentence: str) -> list[str]:
    arts = pd.DataFrame(
        [{"article_id": "a", "title": "", "text": sentence, "published": pd.Timestamp("1987-03-01"), "dateline": ""}]
    )
    return list(extract_figures(arts)["text"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The bonds were placed under review on March nine after the plan failed.",
        "Payable April two to holders of record March 20.",
        "Bids close at 1400 gmt on Friday, the agency said.",
        "The contract will trade from 0900 to 1315 CST.",
        "Orders must reach the exchange by 1000 London time.",
        "The tremor struck around 0936, the observatory said.",
        "The new machine is built around the 68000 microprocessor.",
        "The firm announced a new 7480 cartridge tape subsystem.",
    ],
)
def test_no_figure(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("At one point about 1700 lawsuits had been filed.", "1700"),
        ("It supplies services to 1500 campus computer users.", "1500"),
        ("Few would buy stocks with the index near 2300 unless earnings rose.", "2300"),
        ("Exports rose to nine mln tonnes in March.", "nine mln tonnes"),
    ],
)
def test_still_a_figure(sentence, text):
    assert text in _texts(sentence)
