"""Public figures named in a text and the countries they act and speak for (data/people.csv): "Reagan imposed
tariffs" is the United States acting, "Nakasone said" Japan speaking."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .countries import country_name
from .rule_tables import read_table
from .word_tries import word_start_trie_pattern


@dataclass(frozen=True, slots=True)
class Person:
    """One mention of a public figure: where it is, the words, and the country (named as on the story's date)."""

    start: int
    end: int
    name: str
    country: str


@dataclass(frozen=True, slots=True)
class _Row:
    iso3: str
    start: str  # ISO dates; "" = open
    end: str
    full: bool  # the full name (valid on any date) or the key alone (valid in the office's period)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[_Row]], re.Pattern]:
    words: dict[str, list[_Row]] = {}
    for r in read_table("people.csv"):
        iso3, start, end = r["country"].strip(), r["from"].strip(), r["to"].strip()
        words.setdefault(r["name"].strip(), []).append(_Row(iso3, "", "", True))
        if r["key"].strip():
            words.setdefault(r["key"].strip(), []).append(_Row(iso3, start, end, False))
    # a trie, longest first ("George W. Bush" before "George Bush"), whole words only
    return words, re.compile(word_start_trie_pattern(words, r"[\w-]") + r"(?![\w-])")


def _country(rows: list[_Row], day: str) -> str | None:
    """The country of the first row valid on ``day`` (a key alone needs a dated story within the office)."""
    for row in rows:
        if row.full or (day and row.start <= day and (not row.end or day <= row.end)):
            return country_name(row.iso3, day)
    return None


def find_people(text: str, day: str = "") -> list[Person]:
    """The public figures of data/people.csv named in ``text``, with their countries as on ``day`` (ISO date)."""
    return list(_people(text, day))


@lru_cache(maxsize=16)  # events, their reader and stance each ask for the same article's people
def _people(text: str, day: str) -> tuple[Person, ...]:
    words, pattern = _table()
    out = []
    for m in pattern.finditer(text):
        country = _country(words[m.group()], day)
        if country:
            out.append(Person(m.start(), m.end(), m.group(), country))
    return tuple(out)


def people_countries(text: str, day: str = "") -> dict[str, str]:
    """Each word that names a public figure in ``text`` (full name, surname) -> the figure's country."""
    out: dict[str, str] = {}
    for p in find_people(text, day):
        out.setdefault(p.name, p.country)
        surname = p.name.split()[-1]
        if len(surname) > 2:  # "Kim Jong Un": the family name comes first, and "Un" names no one
            out.setdefault(surname, p.country)
    return out
