"""Participles that report nothing (round 16, a read of 50 quote rows outside the gold): a refusal or a wish to act
("declining to", "seeking to") has no reported content."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes


def _quotes(sentence: str) -> list[tuple[str, str]]:
    arts = pd.DataFrame(
        [{"article_id": "a", "title": "", "text": sentence, "published": pd.Timestamp("1987-03-01"), "dateline": ""}]
    )
    return [(r.cue, r.quote) for r in extract_quotes(arts).itertuples()]


def test_a_refusal_or_wish_to_act_reports_nothing():
    assert _quotes("The mayor, declining to be pinned down on costs, promised voters a new bridge by 1990.") == []
    assert _quotes("The union met on Friday, refusing to accept the longer shifts offered by the port.") == []


def test_a_speech_participle_still_reports():
    assert _quotes("The minister left the talks, saying that they would resume next week.") == [
        ("saying", "they would resume next week")
    ]
