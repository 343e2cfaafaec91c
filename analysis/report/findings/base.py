"""What a notebook found, as sentences computed from the data, and the phrases they are written with.

A :class:`Findings` holds a notebook's key findings (the sentences it opens with, which the report's title page
gathers), one :class:`Section` per chart or table (its header states what it shows on this corpus, or in one line
that there is nothing to show), and counts for the terminal summary of ``make report``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ...text.files import RECORD_SUFFIXES

TABLE_ROWS = 20  # rows of a table a reader can scan; the CSV beside the report has them all


@dataclass
class Section:
    """One section of a notebook: a header sentence, the data its chart or table shows, and the chart's note;
    ``columns``, when given, are the columns of ``data`` the report shows (its CSV keeps every column, so a row
    can be traced to its offsets and sentence)."""

    key: str
    header: str
    data: pd.DataFrame = field(default_factory=pd.DataFrame)
    note: str = ""
    columns: list[str] | None = None

    @property
    def empty(self) -> bool:
        """True when there is nothing to draw (the header then says so)."""
        return self.data is None or len(self.data) == 0


@dataclass
class Findings:
    """A notebook's findings: key sentences, sections by key, and counts for the terminal."""

    notebook: str
    title: str
    sentences: list[str] = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    def add(self, section: Section) -> Section:
        """Add (or replace) a section and return it."""
        self.sections[section.key] = section
        return section

    def section(self, key: str) -> Section:
        """The section ``key``; KeyError names the sections there are."""
        if key not in self.sections:
            raise KeyError(f"no section {key!r} in {self.notebook}; there are: {', '.join(self.sections)}")
        return self.sections[key]


# --- phrases ---------------------------------------------------------------------------------------

_IRREGULAR = {
    "country": "countries",
    "entry": "entries",
    "body": "bodies",
    "story": "stories",
    "analysis": "analyses",
    "this": "these",
    "file or record": "files or records",
}


def plural(noun: str, n: int | float) -> str:
    """``noun`` for one, its plural otherwise ("1 quote", "2 quotes", "2 countries")."""
    if n == 1:
        return noun
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def verb(n: int | float, singular: str, plural_form: str) -> str:
    """The verb agreeing with a count: verb(1, "gives", "give") is "gives"."""
    return singular if n == 1 else plural_form


def sentences(*parts: str) -> str:
    """Non-empty parts joined with one space (a note made of optional sentences)."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def count(n: int | float, noun: str) -> str:
    """ "1 quote", "1,820 quotes"."""
    return f"{n:,.0f} {plural(noun, n)}"


def percent(part: int | float, whole: int | float) -> str:
    """``part`` as a share of ``whole``: "70%", "<1%" for a small non-zero share, "all", "none"."""
    if whole <= 0 or part <= 0:
        return "0%"
    share = 100 * part / whole
    if share < 1:
        return "<1%"
    if share > 99 and part < whole:
        return ">99%"
    return f"{math.floor(share + 0.5):.0f}%"


def of(part: int | float, whole: int | float, noun: str = "") -> str:
    """ "36 of 1,820 quotes", "all 3 quotes", "the only quote"."""
    if whole == 1 and part == 1:
        return f"the only {noun}".rstrip()
    if whole == 2 and part == 2:
        return f"both {plural(noun, 2)}".rstrip()
    if part == whole and whole > 1:
        return f"all {whole:,.0f} {plural(noun, whole)}".rstrip()
    return f"{part:,.0f} of {whole:,.0f} {plural(noun, whole)}".rstrip()


def names(items: Sequence[str], conjunction: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [str(i) for i in items if str(i)]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


_THE = re.compile(r"^(United |Republic|Russian Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|"
                  r"Seychelles|Holy See|Vatican|Congo|Sudan$|Ivory Coast|Czech Republic)|(Republic|Islands|Union|"
                  r"Emirates|Kingdom|States|Community|Federation)$")  # fmt: skip


def country(name: str, start: bool = False) -> str:
    """A country's name as it reads in a sentence: "the United States", "the Philippines", "Japan"."""
    name = str(name)
    if _THE.search(name):
        return ("The " if start else "the ") + name
    return name


def holder(path: str) -> str:
    """What holds an article, as a note names it: its file of records ("reuters.jsonl"), else its folder with a
    slash ("articles/"), so "392 articles in articles/" does not read as a word repeated."""
    p = Path(path)
    return p.name if p.suffix.lower() in RECORD_SUFFIXES else f"{p.parent.name}/"


def capitalise(sentence: str) -> str:
    """The sentence with its first letter upper-case (the rest untouched)."""
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def quoted(text: str, width: int = 60) -> str:
    """Text in curly quotes, cut at a word near ``width`` characters."""
    text = " ".join(str(text).split())
    if len(text) > width:
        text = text[:width].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"


def day(ts: pd.Timestamp) -> str:
    """ "13 July 2019"."""
    return f"{ts.day} {ts.strftime('%B %Y')}"


def date_range(dates: Iterable) -> str:
    """The span of the known dates: "13 July 2019", "26 February – 2 March 1987", "" when none is known."""
    known = pd.to_datetime(pd.Series(list(dates), dtype="datetime64[ns]")).dropna()
    if known.empty:
        return ""
    lo, hi = known.min(), known.max()
    if lo.normalize() == hi.normalize():
        return day(lo)
    if lo.year == hi.year:
        left = f"{lo.day} {lo.strftime('%B')}" if lo.month != hi.month else f"{lo.day}"
        return f"{left} – {day(hi)}"
    return f"{day(lo)} – {day(hi)}"


def top_and_rest(table: pd.DataFrame, value: str, top: int) -> tuple[pd.DataFrame, int, float]:
    """The ``top`` rows of ``table`` by ``value`` (already sorted), how many rows are left and their total."""
    head, rest = table.head(top), table.iloc[top:]
    return head, len(rest), float(rest[value].sum()) if len(rest) else 0.0


def rest_note(shown: int, total_rows: int, rest_total: float, row_noun: str, value_noun: str) -> str:
    """ "Top 15 of 48 countries; the other 33 have 210 mentions." (empty when every row is shown)."""
    if total_rows <= shown:
        return ""
    rest = total_rows - shown
    have = "has" if rest == 1 else "have"
    return f"Top {shown} of {count(total_rows, row_noun)}; the other {rest:,} {have} {count(rest_total, value_noun)}."


def leaders(table: pd.DataFrame, name: str, value: str, noun: str, show: int = 3, the: bool = False) -> str:
    """The first rows of a table sorted by ``value``, as a reader says them: "Japan (4 quotes), Norio Maruyama (3)
    and 9 others with 1 each"; a tie at the cut is summed up, not listed in an arbitrary order."""
    if table.empty:
        return ""
    label = (lambda c: country(c)) if the else str
    values = list(table[value])
    cut = min(show, len(values))
    while cut > 1 and cut < len(values) and values[cut] == values[cut - 1]:
        cut -= 1  # the row after the cut ties with the last shown: stop before the tie
    parts = [f"{label(n)} ({count(v, noun) if i == 0 else f'{v:,.0f}'})"
             for i, (n, v) in enumerate(zip(table[name][:cut], values[:cut]))]  # fmt: skip
    rest = len(values) - cut
    if rest == 1:
        parts.append(f"1 other ({values[cut]:,.0f})")
    elif rest and len(set(values[cut:])) == 1:
        parts.append(f"{count(rest, 'other')} with {values[cut]:,.0f} each")
    elif rest:
        parts.append(f"{count(rest, 'other')}")
    return names(parts)
