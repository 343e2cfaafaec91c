"""Regex building blocks of the figure rules: the number core and alternations of literal words."""

from __future__ import annotations

import re

from ..text.word_tries import trie_pattern

# "1-1/4" and "5/8" (wire-style fractions in prices) come first; a date "3/4/87" is not one (no second slash)
NUMBER_CORE = r"(?:(?:\d{1,3}[- ])?\d{1,2}/\d{1,2}(?![/\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma that is no thousands separator (not that of "50,000 tonnes")
WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")  # the word after a figure or a phrase, past its spaces


def alternation(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so "per cent" wins over "per").

    Written as a trie (``wordlists.trie_pattern``): ``re`` tries a plain alternation word by word at every
    position, which made the unit, scale and period patterns the slowest part of the extractor. The words that
    match at one position are prefixes of each other, so the trie's longest-first order is the alternation's.
    """
    words = set(words)
    body = trie_pattern(words) if words - {""} else ""
    if "" in words and body:
        body += "?"  # the empty word, tried last
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def literals(words) -> re.Pattern:
    """Case-sensitive literals, longest first, at the top of the pattern: the engine then scans for their
    first characters (a pattern that opens with a group or an assertion is tried at every character)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
