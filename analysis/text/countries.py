"""Country mentions: a gazetteer shipped as data files, matched longest-first.

Gazetteer: ``data/countries.csv`` (ISO names, rebuilt from pycountry by scripts/build_gazetteer.py)
plus ``data/country_aliases.csv`` (short forms, demonyms, capitals, state bodies and media, and the
ambiguous "Korea"/"Korean"), which a user can extend. Extra alias files can be passed in. An ambiguous alias is
read from its story (``data/ambiguous_countries.csv``): "Korea" is the one Korea the story names explicitly.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .columns import article_column
from .rule_tables import read_table
from .word_tries import word_start_trie_pattern
from .words import INCORPORATION_FORMS

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
class Variant:
    """What an alias means in a period: ``valid_from``/``valid_to`` are ISO dates, "" when open."""

    iso3: str | None
    kind: str
    valid_from: str = ""
    valid_to: str = ""

    def valid(self, day: str) -> bool:
        """True when the alias has this meaning on ``day`` (ISO date)."""
        return (not self.valid_from or self.valid_from <= day) and (not self.valid_to or day <= self.valid_to)


@dataclass(frozen=True)
class Gazetteer:
    """Aliases as one trie pattern for a fast longest-first scan; their meanings by date."""

    names: dict  # iso3 -> canonical country name today
    dated_names: dict  # iso3 -> [(name, valid_from, valid_to)]: a country's name in a period ("West Germany")
    variants: dict  # alias -> its meanings
    pattern: re.Pattern  # every alias, as a trie, longest first, at a capital not inside a word
    readings: dict = field(default_factory=dict)  # ambiguous alias -> Reading: how its story resolves it
    states: dict = field(default_factory=dict)  # an abbreviation ("Pa.") -> iso3: "Whitehall, Pa." is a U.S. town
    state_after: re.Pattern | None = None  # ", Pa." right after a mention
    firm_places: frozenset = frozenset()  # aliases that open U.S. firms' names: "Gibraltar Savings" names no country

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """Read the shipped gazetteer plus any extra alias CSVs (columns alias, iso3, kind[, valid_from, valid_to])."""
        names: dict[str, str] = {}
        entries: dict[str, list[Variant]] = {}
        for r in read_table("countries.csv"):
            names.setdefault(r["iso3"], r["country"])
            entries[r["alias"]] = [Variant(r["iso3"], r["kind"])]
        # canonical name wins for each code (the first row for a code may be an official form)
        for r in read_table("countries.csv"):
            if r["alias"] == r["country"]:
                names[r["iso3"]] = r["country"]
        dated: dict[str, list] = {}
        for path in ["country_aliases.csv", *map(Path, extra)]:
            _read_aliases(path, names, entries, dated)
        starts = [a for a in entries if _CANDIDATE.match(a)]  # aliases are proper names
        pattern = re.compile(word_start_trie_pattern(starts, r"[\w.]") + r"(?!\w)")
        variants = {alias: tuple(v) for alias, v in entries.items()}
        readings = {r["alias"]: _reading(r, names) for r in read_table("ambiguous_countries.csv")}
        states = state_abbreviations()
        after = re.compile(r",\s+(" + "|".join(map(re.escape, sorted(states, key=len, reverse=True))) + r")(?!\w)")
        firm_places = frozenset(r["alias"].strip() for r in read_table("firm_name_places.csv"))
        return cls(names, dated, variants, pattern, readings, states, after if states else None, firm_places)

    def name(self, iso3: str | None, day: str = "") -> str | None:
        """The country's canonical name on ``day`` (ISO date; "" for today)."""
        if iso3 is None:
            return None
        for name, valid_from, valid_to in self.dated_names.get(iso3, ()):
            if day and (not valid_from or valid_from <= day) and (not valid_to or day <= valid_to):
                return name
        return self.names.get(iso3)

    @staticmethod
    def meaning(variants: tuple[Variant, ...], day: str) -> Variant | None:
        """The variant valid on ``day`` ("" for today), the one of narrowest validity when several are."""
        if len(variants) == 1 and not variants[0].valid_from and not variants[0].valid_to:
            return variants[0]
        day = day or _TODAY
        valid = [v for v in variants if v.valid(day)]
        if not valid:
            return None
        return min(valid, key=lambda v: (v.valid_to or "9999") + "|" + _invert(v.valid_from))

    def find(self, text: str, day: str = "", story: str | None = None) -> list[Mention]:
        """Every mention in ``text``, longest match first, no overlaps; aliases read as on ``day``, and
        ambiguous ones ("Korea") from ``story``, the whole text ``text`` is part of (``text`` itself when None)."""
        out = self._scan(text, day)
        if any(m.country is None and m.surface in self.readings for m in out):
            named = out if story is None or story == text else self._scan(story, day)
            out = self._resolve(text, out, {m.iso3 for m in named if m.iso3}, day)
        return out

    def _scan(self, text: str, day: str) -> list[Mention]:
        out: list[Mention] = []
        for m in self.pattern.finditer(text):
            v = self.meaning(self.variants[m.group()], day)
            if m.group() in self.firm_places and _FIRM_WORD.match(text, m.end()):
                continue  # "Gibraltar Savings", "Jersey Central Power": a firm's name (rule "place-opening-firm-name")
            if v is not None and v.kind != "ignore":  # "New Jersey" is read past, not reported
                out.append(
                    self._town_or(
                        Mention(m.start(), m.end(), m.group(), self.name(v.iso3, day), v.iso3, v.kind), text, day
                    )
                )
        return out

    def _town_or(self, found: Mention, text: str, day: str) -> Mention:
        """A name set off by a comma before a U.S. state's or a Canadian province's abbreviation is a town there
        ("Whitehall, Pa.", "Vienna, Va.", "Angola, Ind."): that country's, of kind "place" (rule "town-with-state")."""
        if self.state_after is None or not text.startswith(",", found.end):
            return found
        state = self.state_after.match(text, found.end)
        if state is None:
            return found
        iso3 = self.states[state.group(1)]
        return replace(found, country=self.name(iso3, day), iso3=iso3, kind="place")

    def _resolve(self, text: str, found: list[Mention], named: set[str], day: str) -> list[Mention]:
        """Ambiguous mentions read as the one candidate the story names, or the default when it names none."""
        out = []
        for m in found:
            r = self.readings.get(m.surface) if m.country is None else None
            iso3 = r.decide(named) if r is not None and not r.names_all(text, m.start) else None
            out.append(replace(m, country=self.name(iso3, day), iso3=iso3, kind=r.kind) if iso3 is not None else m)
        return out


@dataclass(frozen=True)
class Reading:
    """How a story resolves an ambiguous alias: its candidate countries, and the default when it names none."""

    kind: str
    candidates: tuple[str, ...]
    default: str | None
    all_after: tuple[str, ...] = ()  # written right before the alias, these make it name every candidate

    def names_all(self, text: str, start: int) -> bool:
        """True when the words right before ``start`` make the alias name all candidates ("inter-Korean")."""
        before = text[max(0, start - 8) : start].lower()
        return any(before.endswith(w) for w in self.all_after)

    def decide(self, named: set[str]) -> str | None:
        """The one candidate in ``named``; the default when none is; None (still ambiguous) when several are."""
        hits = [c for c in self.candidates if c in named]
        return hits[0] if len(hits) == 1 else self.default if not hits else None


def _reading(r: dict, names: dict) -> Reading:
    codes = [*r["candidates"].split(), *([r["default"]] if r.get("default") else [])]
    if unknown := [c for c in codes if c not in names]:
        raise ValueError(f"ambiguous_countries.csv: unknown iso3 {unknown} for alias {r['alias']!r}")
    all_after = tuple((r.get("all_after") or "").split())
    return Reading(r["kind"], tuple(r["candidates"].split()), r.get("default") or None, all_after)


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """Abbreviation -> iso3 of the U.S. states and Canadian provinces among the places of organisations.csv ("Pa.",
    "N.J.", "Ont."): a place row written with a period ("Calif.") or as initials ("N.Y")."""
    rows = read_table("organisations.csv")
    return {
        r["name"].strip(): r["country"].strip()
        for r in rows
        if r["kind"].strip() == "place"
        and (r["name"].strip().endswith(".") or re.fullmatch(r"[A-Z]\.[A-Z]", r["name"].strip()))
    }


# a capitalised word after a place that opens firms' names, no legal form: "Gibraltar Savings", not "Holland BV"
_FIRM_WORD = re.compile(r" (?!(?:" + "|".join(map(re.escape, INCORPORATION_FORMS)) + r")\b)[A-Z][\w&'-]")

_TODAY = "9999-12-31"  # an undated article reads aliases as they are used today


def _invert(day: str) -> str:
    """Sort key that puts later start dates first (narrower validity)."""
    return "".join(chr(0x7F - ord(c)) for c in day) if day else "~"


def _read_aliases(path, names: dict, entries: dict, dated: dict) -> None:
    for r in read_table(path):
        iso3 = (r.get("iso3") or "").strip() or None
        if iso3 is not None and iso3 not in names:
            raise ValueError(f"{path}: unknown iso3 {iso3!r} for alias {r['alias']!r}")
        valid_from, valid_to = (r.get("valid_from") or "").strip(), (r.get("valid_to") or "").strip()
        if r["kind"] == "canonical":  # the country's name in a period
            dated.setdefault(iso3, []).append((r["alias"], valid_from, valid_to))
            continue
        variant = Variant(iso3, r["kind"], valid_from, valid_to)
        if valid_from or valid_to:  # a meaning in a period adds to the alias's other meanings
            entries.setdefault(r["alias"], []).append(variant)
        else:  # an undated row replaces what the ISO names said
            entries[r["alias"]] = [v for v in entries.get(r["alias"], []) if v.valid_from or v.valid_to] + [variant]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once (read-only, so caching it hides no state)."""
    return Gazetteer.load()


def day_of(published) -> str:
    """An article's publication date as an ISO day ("" when unknown), for reading aliases by date."""
    if published is None or (not isinstance(published, str) and pd.isna(published)):
        return ""
    if isinstance(published, datetime.date):  # pd.Timestamp too: no parsing needed (a fifth of the time)
        return published.isoformat()[:10]
    try:
        return pd.Timestamp(published).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return ""


def find_mentions(text: str, day: str = "", story: str | None = None) -> list[Mention]:
    """Country mentions in one text, with the shipped gazetteer, aliases read as on ``day`` (ISO date) and
    ambiguous ones ("Korea") from ``story``, the article ``text`` is part of (``text`` itself when None)."""
    return gazetteer().find(text, day, story)


def country_name(iso3: str, day: str = "") -> str | None:
    """Canonical short name for an ISO alpha-3 code on ``day`` ("West Germany" in 1987, "Germany" today)."""
    return gazetteer().name(iso3, day)


def country_mentions(articles: pd.DataFrame, include_ambiguous: bool = True) -> pd.DataFrame:
    """One row per country mention: article_id, country, iso3, surface, start, end, kind.

    ``kind`` is name, short, demonym, capital, body or ambiguous (country and iso3 None: "Korea" in a story that
    names both Koreas). Names are read as on the article's ``published`` date when known: "Moscow" in 1987 is the
    Soviet Union, "Germany" West Germany.
    """
    g = gazetteer()
    published = article_column(articles, "published")
    rows = [
        (aid, m.country, m.iso3, m.surface, m.start, m.end, m.kind)
        for aid, text, pub in zip(articles["article_id"], articles["text"], published)
        for m in g.find(text or "", day_of(pub))
        if include_ambiguous or m.country is not None
    ]
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return df.astype({"start": "int64", "end": "int64"})
