"""What stands before a number: the word before it, a sentence's start, a hedge ("about", "as much as")."""

from __future__ import annotations

import re

from ..text.words import HEDGES
from .rules import alternation

# the word before a position, read backwards from it: what ``([A-Za-z][\w'’.-]*)\W{0,2}$`` finds in the 40 characters
# before it (the newline "$" may stand before, up to two marks, then the word up to its first letter), but anchored,
# where the forward search tried every one of the 40 characters
_PREV_WORD_REVERSED = re.compile(r"\n?\W{0,2}?([\w'’.-]*[A-Za-z])")
# a hedge before a number ("about 5 pct", "as much as $2 billion"), and the last words hedges end in (a cheap test)
# "about 5 pct", "only around 100 bln", "just over": "only"/"just" may stand before another hedge (not "up to nearly")
_APPROX = re.compile(rf"(?i)\b(?:(?:only|just)\s+)?{alternation(HEDGES)}\s*$")
_APPROX_LAST = tuple(sorted({h.split()[-1] for h in HEDGES}))


def prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word before ``pos`` (skipping up to two marks) and where it starts, or ("", -1)."""
    lo = max(0, pos - 40)
    m = _PREV_WORD_REVERSED.match(text[pos - 1 : lo - 1 if lo else None : -1]) if pos > 0 else None
    return (text[pos - m.end(1) : pos - m.start(1)], pos - m.end(1)) if m else ("", -1)


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (after quotes and brackets)."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:"


def approx_start(text: str, pos: int) -> int:
    """Where the hedge before a number starts ("by about a quarter": at "about")."""
    if not text[max(0, pos - 16) : pos].rstrip().lower().endswith(_APPROX_LAST):
        return pos  # a cheap test first: this runs for every figure
    m = _APPROX.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos


def hedges_removed(text: str) -> str:
    """``text`` without its hedges ("rose by about" -> "rose by ")."""
    return _APPROX.sub("", text)
