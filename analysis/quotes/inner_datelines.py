"""Datelines inside a story: a round-up of news items opens each with its own ("BAHIA BLANCA, Argentina - Pope
John Paul began ...", "ROME - Italy's government ..."). Such a dateline is never a speaker: the text reads on."""

from __future__ import annotations

import re

from ..text import datelines
from ..text.organisations import dateline_place_country

# a paragraph that opens with a place in capitals, perhaps its state or country, then a dash and the item's text
_INNER = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.’'-]+(?:[ /][A-Z][A-Z.’'-]+){0,3})"
    r"(,\s*[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})?\s+(?:--|[—–-])\s+(?=[A-Z\"“])"
)


def inner_datelines(text: str, day: str = "") -> list[tuple[int, int, str]]:
    """(start, end, country) of each paragraph-opening dateline whose place the gazetteer or the organisations'
    places know ("ROME -", "ZEEBRUGGE, Belgium -"); not a heading in capitals ("NOTE -", "FRESH PORK CUTS -")."""
    if " - " not in text and " -- " not in text and "—" not in text and "–" not in text:
        return []
    out = []
    for m in _INNER.finditer(text):
        place = m.group(1)
        country = (
            datelines.named_country(m.group().rstrip(" -—–"), day)
            or datelines.place_country(place, day)
            or dateline_place_country(place.title(), day)
        )
        if country:
            out.append((m.start(1), m.end(), country))
    return out
