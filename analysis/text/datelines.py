"""Datelines: the place a wire story was filed from ("TOKYO, March 3 (Reuters) -", "SEOUL (AP) —"), from a
record's ``dateline`` field or the start of its body, and the country of that place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import find_mentions

_PLACE = r"[A-Z][A-Za-z.’'-]*(?:[ /][A-Z][A-Za-z.’'-]*){0,3}"
_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
_DASH = r"\s*(?:--|[—–-])\s*"
# "SEOUL, Sept. 3 (Yonhap) --", "WASHINGTON (AP) —", "Seoul (AFP) –", "ISLAMABAD/NEW DELHI, Nov 4 (Reuters) -"
_WITH_CREDIT = re.compile(rf"\s*({_PLACE}){_DATE}?\s*\([A-Z][A-Za-z .&-]{{1,30}}\){_DASH}")
# "WASHINGTON, March 2 - ": a place in capitals and a date, as wire copy without a credit opens
_CAPITALS = re.compile(rf"\s*([A-Z][A-Z.’'-]*(?:[ /][A-Z][A-Z.’'-]*){{0,3}}){_DATE}{_DASH}")
# A record's field may name a state or province between place and date ("SYRACUSE, N.Y., April 17", "CALGARY,
# Alberta, March 3"), and the wire's month is sometimes mistyped ("APril 8")
_REGION = r"(?:,\s*[A-Z][A-Za-z.’'-]*(?:\s[A-Z][A-Za-z.’'-]*){0,2})"
_FIELD_DATE = r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})"
_FIELD = re.compile(rf"\s*({_PLACE}){_REGION}?\s*(?:{_FIELD_DATE})?\s*(?:\([^)]*\))?\s*(?:--|[—–-])?\s*$")


@dataclass(frozen=True)
class Dateline:
    """A dateline: where it stands in the text (0, 0 when it came from a field), its words and place."""

    start: int
    end: int
    text: str
    place: str


def in_text(text: str, paragraphs: list[tuple[int, int]] | None = None) -> Dateline | None:
    """The dateline opening one of the first paragraphs of a body, if any."""
    spans = paragraphs[:4] if paragraphs is not None else [(0, min(len(text), 200))]
    for ps, pe in spans:
        dm = _WITH_CREDIT.match(text, ps, pe) or _CAPITALS.match(text, ps, pe)
        if dm is not None:
            words = text[dm.start() : dm.end()].strip().rstrip("-—– ").strip()
            return Dateline(ps, dm.end(), words, dm.group(1))
    return None


def from_field(value: str) -> Dateline | None:
    """A record's dateline field ("SALVADOR, Feb 26 -")."""
    dm = _FIELD.match(value or "")
    if dm is None:
        return None
    return Dateline(0, 0, value.strip().rstrip("-—– ").strip(), dm.group(1))


def place_country(place: str, day: str = "") -> str | None:
    """The country of a dateline's place when it names one ("TOKYO" -> Japan; "NEW YORK" -> None)."""
    if place.isupper():  # "SEOUL", "NEW DELHI": the gazetteer's names are capitalised
        place = " ".join(w.capitalize() for w in place.split(" "))
        place = "/".join(w[:1].upper() + w[1:] for w in place.split("/"))
    places = {x.country for x in find_mentions(place, day) if x.country}
    return next(iter(places)) if len(places) == 1 else None


def named_country(dateline: str, day: str = "") -> str | None:
    """The country a dateline writes after its place ("KINGSTON, Jamaica, April 24", "DUESSELDORF, West Germany,
    March 3"): the wire names the country of a place its readers may not know; None when no later part is one."""
    for part in dateline.split(",")[1:3]:
        part = part.strip(" -—–")
        found = find_mentions(part, day)
        if len(found) == 1 and found[0].country and found[0].kind in ("name", "short") and found[0].surface == part:
            return found[0].country
    return None
