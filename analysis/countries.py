"""Country mentions: a gazetteer shipped as data files, matched longest-first.

Gazetteer: ``data/countries.csv`` (ISO names, rebuilt from pycountry by scripts/build_gazetteer.py)
plus ``data/country_aliases.csv`` (short forms, demonyms, capitals, state bodies and media, and the
ambiguous "Korea"/"Korean"), which a user can extend. Extra alias files can be passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .tables import read_table

MENTION_COLUMNS = ["article_id", "country", "iso3", "surface", "start", "end", "kind"]

# A candidate starts at a capitalised word (aliases are proper names, so "us" is never "US").
_CANDIDATE = re.compile(r"(?<![\w.])[A-ZÀ-Þ]")


@dataclass(frozen=True)
class Mention:
    """One country mention in a text; ``country`` is None for an ambiguous one."""

    start: int
    end: int
    surface: str
    country: str | None
    iso3: str | None
    kind: str


@dataclass(frozen=True)
class Gazetteer:
    """Aliases indexed by their first character for a fast longest-first scan."""

    by_first: dict  # first two chars -> list of (alias, country, iso3, kind), longest alias first
    names: dict  # iso3 -> canonical country name

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """Read the shipped gazetteer plus any extra alias CSVs (columns alias, iso3, kind)."""
        names: dict[str, str] = {}
        entries: dict[str, tuple] = {}
        for r in read_table("countries.csv"):
            names.setdefault(r["iso3"], r["country"])
            entries[r["alias"]] = (r["alias"], r["country"], r["iso3"], r["kind"])
        # canonical name wins for each code (the first row for a code may be an official form)
        for r in read_table("countries.csv"):
            if r["alias"] == r["country"]:
                names[r["iso3"]] = r["country"]
        for path in ["country_aliases.csv", *map(Path, extra)]:
            for r in read_table(path):
                iso3 = (r.get("iso3") or "").strip() or None
                if iso3 is not None and iso3 not in names:
                    raise ValueError(f"{path}: unknown iso3 {iso3!r} for alias {r['alias']!r}")
                entries[r["alias"]] = (r["alias"], names.get(iso3) if iso3 else None, iso3, r["kind"])
        by_first: dict[str, list] = {}
        # keyed by two characters: a capitalised word then meets a handful of aliases, not dozens
        for e in sorted(entries.values(), key=lambda e: -len(e[0])):
            by_first.setdefault(e[0][:2], []).append(e)
        return cls(by_first=by_first, names=names)

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, longest match first, no overlaps."""
        out: list[Mention] = []
        pos = 0
        for m in _CANDIDATE.finditer(text):
            i = m.start()
            if i < pos:
                continue
            for alias, country, iso3, kind in self.by_first.get(text[i : i + 2], ()):
                j = i + len(alias)
                if text.startswith(alias, i) and not (j < len(text) and (text[j].isalnum() or text[j] == "_")):
                    if kind != "ignore":  # "New Jersey" is read past, so "Jersey" is not a mention
                        out.append(Mention(i, j, alias, country, iso3, kind))
                    pos = j
                    break
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once (read-only, so caching it hides no state)."""
    return Gazetteer.load()


def find_mentions(text: str) -> list[Mention]:
    """Country mentions in one text, with the shipped gazetteer."""
    return gazetteer().find(text)


def country_name(iso3: str) -> str | None:
    """Canonical short name for an ISO alpha-3 code."""
    return gazetteer().names.get(iso3)


def country_mentions(articles: pd.DataFrame, include_ambiguous: bool = True) -> pd.DataFrame:
    """One row per country mention: article_id, country, iso3, surface, start, end, kind.

    ``kind`` is name, short, demonym, capital, body or ambiguous (country and iso3 None).
    """
    g = gazetteer()
    rows = [
        (aid, m.country, m.iso3, m.surface, m.start, m.end, m.kind)
        for aid, text in zip(articles["article_id"], articles["text"])
        for m in g.find(text or "")
        if include_ambiguous or m.country is not None
    ]
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return df.astype({"start": "int64", "end": "int64"})
