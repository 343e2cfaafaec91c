"""Cheap tests before the case-insensitive word regexes run over a whole sentence.

``re`` cannot scan for the first character of a pattern that opens with ``\\b`` or ``(?i)`` ("forecast_word",
"compare", "source_prep", "yoy"), so it tries such a pattern at every character of the sentence. The same words as
a case-sensitive trie, searched in the lower-cased sentence, keep the engine's fast first-character scan: where
the trie finds none of them the regex cannot match, and a match can only start where one of them starts.

Only for ASCII text, where lower-casing keeps every offset and ``(?i)`` compares letters as ``lower()`` does
(elsewhere "K", the Kelvin sign, matches a "k"): for other text the regexes run as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..text.word_tries import trie_pattern


@lru_cache(maxsize=32)
def _gate(words: frozenset[str]) -> re.Pattern:
    """The words in lower case as a case-sensitive trie (no boundaries: a cheap test, not the rule)."""
    return re.compile(trie_pattern(w.lower() for w in words))


@lru_cache(maxsize=32)
def joined(*sets: frozenset[str]) -> frozenset[str]:
    """The union of word sets, built once: a union built per call is a new set, which ``_gate``'s cache hashes and
    compares whole every time."""
    return frozenset().union(*sets)


def lowered(text: str) -> str | None:
    """``text`` in lower case for the gates, or None when it is not ASCII (every regex then runs)."""
    return text.lower() if text.isascii() else None


def may_match(words: frozenset[str], low: str | None) -> bool:
    """Whether a case-insensitive regex that needs one of ``words`` may match the text ``low`` lower-cases."""
    return low is None or _gate(words).search(low) is not None


def word_matches(
    pattern: re.Pattern, words: frozenset[str], text: str, low: str | None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose matches open with one of ``words`` (in any case),
    tried only where one of them starts (``low``: ``lowered(text)``)."""
    endpos = len(text) if endpos is None else endpos
    if low is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    p, end, first, match = pos, pos, _gate(words).search, pattern.match
    while (c := first(low, p, endpos)) is not None:
        q = c.start()
        if q >= end:
            m = match(text, q, endpos)
            if m:
                yield m
                end = m.end()
        p = q + 1


def first_word_match(
    pattern: re.Pattern, words: frozenset[str], text: str, low: str | None, pos: int = 0, endpos: int | None = None
) -> re.Match | None:
    """``pattern.search(text, pos, endpos)`` for a pattern whose matches open with one of ``words`` (see
    ``word_matches``; a loop of its own, not a generator: it runs several times for every figure)."""
    endpos = len(text) if endpos is None else endpos
    if low is None:
        return pattern.search(text, pos, endpos)
    first, match = _gate(words).search, pattern.match
    while (c := first(low, pos, endpos)) is not None:
        m = match(text, c.start(), endpos)
        if m:
            return m
        pos = c.start() + 1
    return None
