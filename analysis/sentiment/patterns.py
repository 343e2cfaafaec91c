"""The event patterns of data/events.csv (PLOVER types) and where they occur in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.rule_tables import read_table
from ..text.word_tries import trie_pattern

MATERIAL = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # an act that can be done; announced, it is a threat


@dataclass(frozen=True)
class Pattern:
    """A row of data/events.csv."""

    form: str
    event: str
    quad_class: int
    valence: float
    # object | subject | owner | verdict | near | clause | feeling | undergoer | request | between | condition | deadline | agent-of | dispute
    target: str
    scope: str  # any | quote


@lru_cache(maxsize=1)
def event_patterns() -> tuple[tuple[Pattern, ...], re.Pattern, dict[str, list[tuple[re.Pattern, int]]]]:
    """The table's rows; a cheap pattern of their first words (a trie, case-insensitive), and for each first
    word the rows' full patterns that start with it, longest first."""
    rows = tuple(
        Pattern(r["pattern"].strip().lower(), r["event"].strip(), int(r["quad_class"]), float(r["valence"]),
                r["target"].strip(), r["scope"].strip())
        for r in read_table("events.csv")
    )  # fmt: skip
    by_first: dict[str, list[tuple[re.Pattern, int]]] = {}
    for i in sorted(range(len(rows)), key=lambda i: len(rows[i].form), reverse=True):
        first = rows[i].form.split()[0].rstrip("*")
        by_first.setdefault(first, []).append((re.compile(_form_regex(rows[i].form), re.I), i))
    firsts = re.compile(r"\b(?:" + trie_pattern(by_first) + r")\w*")  # matched in lower case: faster than re.I
    return rows, firsts, by_first


def pattern_matches(text: str):
    """(row, start, end) of every pattern found, longest at a place first, no overlaps."""
    rows, firsts, _ = event_patterns()
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer ("İ"): offsets would move
        lower, firsts = text, re.compile(firsts.pattern, re.I)
    pos = 0
    for m in firsts.finditer(lower):
        if m.start() < pos:
            continue
        regex, index = _candidates(m.group().lower())
        full = regex.match(text, m.start()) if regex else None
        if full:
            yield rows[index[full.lastindex - 1]], full.start(), full.end()
            pos = full.end()


@lru_cache(maxsize=8192)
def _candidates(word: str) -> tuple[re.Pattern | None, tuple[int, ...]]:
    """One regex of the patterns whose first word is a prefix of ``word``, longest pattern first, each a group, and the
    row of each group (a story repeats its words: worked out once per word; one match tries them all)."""
    rows, _, by_first = event_patterns()
    found = [c for n in range(len(word), 0, -1) for c in by_first.get(word[:n], ())]
    found.sort(key=lambda c: -len(rows[c[1]].form))
    if not found:
        return None, ()
    return re.compile("|".join(f"({c[0].pattern})" for c in found), re.I), tuple(c[1] for c in found)


def _form_regex(form: str) -> str:
    """A form as a regex: words separated by any whitespace, a trailing * any word ending."""
    words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in form.split()]
    return r"\s+".join(words)
