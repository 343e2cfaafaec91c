"""Organisations named in a text and their home countries (data/organisations.csv): "bought three Boeing
planes" involves the United States."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .countries import country_name, find_mentions
from .datelines import named_country
from .rule_tables import read_table
from .word_tries import word_start_trie_pattern

# organisations.csv kinds with a home country, and with international bodies (no country) added
HOMED_KINDS = frozenset({"company", "central_bank", "ministry", "agency"})
NAMED_KINDS = HOMED_KINDS | {"body"}


@dataclass(frozen=True, slots=True)
class Organisation:
    """One mention of an organisation: where it is, its name, kind and home country (None for a body)."""

    start: int
    end: int
    name: str
    kind: str
    country: str | None


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    rows = {
        r["name"].strip(): (r["kind"].strip(), r["country"].strip())
        for r in read_table("organisations.csv")
        # stock exchange suffixes are read by ticker_home and places by place_country: neither is an organisation
        if r["kind"].strip() not in ("exchange", "place")
    }
    # a trie, longest first ("Bank of Japan" before "Bank"): a plain alternation of ~150 names is tried name by name
    # at every character of the text
    return rows, re.compile(word_start_trie_pattern(rows, r"[\w-]") + r"(?![\w-])")


@lru_cache(maxsize=8)
def _pattern_of(kinds: frozenset[str] | None) -> re.Pattern:
    """The trie of the names of ``kinds`` only: the event coder asks for a few kinds in every story."""
    rows, pattern = _table()
    if kinds is None:
        return pattern
    names = {name: row for name, row in rows.items() if row[0] in kinds}
    return re.compile(word_start_trie_pattern(names, r"[\w-]") + r"(?![\w-])") if names else re.compile(r"(?!)")


def find_organisations(text: str, day: str = "", kinds: frozenset[str] | None = None) -> list[Organisation]:
    """The organisations named in ``text`` (of ``kinds``, all when None), home countries named as on ``day``."""
    rows, _ = _table()
    out = []
    for m in _pattern_of(kinds).finditer(text):
        kind, iso3 = rows[m.group()]
        home = _unit_country(text, m.end(), day) if kind == "company" else None
        out.append(
            Organisation(m.start(), m.end(), m.group(), kind, home or (country_name(iso3, day) if iso3 else None))
        )
    return out


def _unit_country(text: str, end: int, day: str) -> str | None:
    """A company's unit named with its country right after the parent's name ("Lloyds Bank Canada"), or after its
    legal form and "of" ("Ford Motor Co of Canada Ltd", rule "unit-of-country"): that country."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return None  # the cheap test: no capitalised word right after the name
    at = _UNIT_OF.match(text, end)
    lead = at.end() - end if at else 1
    found = find_mentions(text[end : end + lead + 30], day)
    return found[0].country if found and found[0].start == lead and found[0].kind == "name" else None


# a legal form and "of" between a parent's name and its unit's country: "Ford Motor Co of Canada"
_UNIT_OF = re.compile(r" (?:Co|Corp|Inc|Ltd|Company|Corporation)\.? of (?:the )?")


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Lower-case place name -> iso3, for the rows of kind "place" (cities and U.S. states)."""
    return {
        r["name"].strip().lower(): r["country"].strip() for r in read_table("organisations.csv") if r["kind"] == "place"
    }


def place_country(place: str, day: str = "") -> str | None:
    """The country of a city or U.S. state of organisations.csv ("NEW YORK", "Calgary", "Minn."), as on ``day``;
    None for a place it does not list. Case is ignored: datelines write places in capitals."""
    iso3 = _places().get(" ".join(place.split()).lower())
    return country_name(iso3, day) if iso3 else None


def dateline_place_country(dateline: str, day: str = "") -> str | None:
    """The country of a dateline's place by the places of organisations.csv: "NEW YORK, March 18" -> United States,
    "PLYMOUTH, Minn., March 20" -> United States (its state); None when no comma-separated part is a listed place.
    The last part that is a place wins: it is the wider one ("BIRMINGHAM, Ala." is in Alabama, not England)."""
    found = None
    for part in dateline.split(",")[:3]:
        found = place_country(part.strip(" -—–"), day) or found
    return found


@lru_cache(maxsize=256)  # read once per story, when a figure needs it
def dateline_country(dateline: str, day: str = "") -> str | None:
    """A dateline's listed place's country ("CHICAGO", "CALGARY, Alberta"), else the country it writes out."""
    return dateline_place_country(dateline, day) or named_country(dateline, day)


def organisation_in(phrase: str, day: str = "") -> Organisation | None:
    """The first organisation of organisations.csv named in ``phrase`` ("a Bundesbank spokesman"), wires and places
    left out; an international body has country None."""
    found = find_organisations(phrase, day, NAMED_KINDS)
    return found[0] if found else None


@lru_cache(maxsize=1)
def _legal_forms() -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """Legal form -> (iso3 of its home, iso3 of the other countries that use it, also a form of offshore holdings),
    from legal_forms.csv."""
    return {
        r["form"].strip(): (
            r["country"].strip(),
            tuple(c for c in r["also"].split(";") if c.strip()),
            r["holding"].strip() == "yes",
        )
        for r in read_table("legal_forms.csv")
    }


def legal_form_home(name: str, dateline_home: str | None, day: str = "", holdings: bool = True) -> str | None:
    """The home a company's legal form points to ("Electrolux AB" Sweden; "... A/S" Norway under a Norwegian
    dateline, else Denmark); None for another form, a bare form with no name before it ("ASA"), a name that itself
    names a country ("National Bank of Brunei Bhd": left to the name's own reading), or, unless ``holdings``, a
    form of offshore holdings under another country's dateline ("Acme Holdings N.V." in a NEW YORK story)."""
    words = name.split()
    row = _legal_forms().get(words[-1]) if len(words) > 1 else None
    if row is None or find_mentions(name, day):
        return None
    home, also, holding = row
    if (
        holding
        and not holdings
        and dateline_home
        and dateline_home not in {country_name(c, day) for c in (home, *also)}
    ):
        return None
    there = next((country_name(c, day) for c in also if dateline_home and country_name(c, day) == dateline_home), None)
    return there or country_name(home, day)


# a wire's ticker: "<PSY>" (a U.S. listing), "<JARD.HK>" (the exchange's suffix); quotes and figures build on the parts
TICKER_SYMBOL = r"[A-Z][A-Z0-9&]{0,7}"
TICKER_SUFFIX = r"\.[A-Z]{1,3}"
TICKER = re.compile(rf"<({TICKER_SYMBOL})({TICKER_SUFFIX})?>")
BARE_TICKER = "<TICKER>"  # the organisations.csv name of a ticker written with no exchange suffix


@lru_cache(maxsize=1)
def _exchanges() -> dict[str, str]:
    """Exchange suffix (".HK") -> ISO alpha-3 of its country, from the ``exchange`` rows of organisations.csv."""
    return {
        r["name"].strip(): r["country"].strip()
        for r in read_table("organisations.csv")
        if r["kind"].strip() == "exchange"
    }


def ticker_home(text: str, day: str = "") -> str | None:
    """The home country of the first company named with its ticker in ``text``, as a wire writes it: "Pillsbury
    Co <PSY>" (no suffix: a U.S. listing), "Jardine Matheson Holdings Ltd <JARD.HK>" (Hong Kong), a foreign issuer's
    NASDAQ symbol skipped; None when ``text`` has no ticker or its exchange is not in organisations.csv."""
    m = first_ticker(text)
    if m is None:
        return None
    iso3 = _exchanges().get(m.group(2) or BARE_TICKER)
    return named_unit(text[max(0, m.start() - 60) : m.start()], day) or (country_name(iso3, day) if iso3 else None)


# a company's name ending in its country, then legal forms: "Shell Canada Ltd", "Ford Motor Co of Canada", "FORD CANADA"
_FORMS = r"(?i:Co|Corp|Inc|Ltd|Plc|Ltda|SA|AG|NV|Bhd|Pty|Company|Corporation)\.?"
_TRAILING_FORMS = re.compile(rf"(?:\s+{_FORMS},?)*\s*$")
# what stands before the country in a unit's name: a name word of its own, perhaps its legal form and "of" ("Shell
# Canada", "Ford Motor Co of Canada", "Royal Bank of Canada"); not a headline's "IN" ("PLANT IN CANADA")
_NAME_BEFORE = re.compile(
    rf"(?<![\w.])(?!(?i:in|to|for|from|at|with|by|and|on|of)\b)[A-Z][\w&.'-]*(?:\s+{_FORMS})?(?:\s+(?i:of)(?:\s+(?i:the))?)?\s+$"
)


def named_unit(name: str, day: str = "") -> str | None:
    """The country a company's name ends with, after a name word of its own ("Shell Canada Ltd", "Ford Motor Co of
    Canada", "FORD CANADA": Canada; rule "unit-of-country"): a parent's unit there, whatever the listing of its
    ticker says. None for a name that opens with its country ("Canada Southern Petroleum") or names none."""
    head = name[: _TRAILING_FORMS.search(name).start()]
    head = head.title() if head.isupper() else head  # a headline's "SHELL CANADA"
    found = find_mentions(head, day)  # the whole name read: "Public Service Co of New Mexico" names no Mexico
    last = found[-1] if found and found[-1].end == len(head) else None
    if last is None or last.kind not in ("name", "short") or not _NAME_BEFORE.search(head, 0, last.start):
        return None
    return last.country


def first_ticker(text: str) -> re.Match | None:
    """The first ticker in ``text`` that names its company's listing (a foreign issuer's NASDAQ symbol skipped)."""
    if "<" not in text:
        return None
    return next((t for t in TICKER.finditer(text) if not _foreign_issue(t)), None)


def _foreign_issue(ticker: re.Match) -> bool:
    """A NASDAQ symbol of five letters ending in "F" ("<ABCDF>") is a foreign issuer's: its listing says nothing of
    its home, so the next ticker (or the dateline) does."""
    symbol = ticker.group(1)
    return ticker.group(2) is None and len(symbol) == 5 and symbol.endswith("F") and symbol.isalpha()
