"""Regular expressions for long word lists (cue verbs, titles, aliases), built as a trie.

Python's ``re`` tries the alternatives of ``(?:said|says|say|...)`` one by one at every position; with hundreds
of words that scan dominated the quote extractor. A trie shares prefixes (``sa(?:id|ys?)``), so a position is
rejected after a character or two. Each optional ending is greedy, so the longest word that fits is tried
first, as a longest-first alternation would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    return root


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the word may stop here: try the longer words first
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no anchors or boundaries) that matches exactly the given words, longest first."""
    words = [w for w in set(words) if w]
    if not words:
        return "(?!)"
    return "(?:" + _pattern(_trie(words)) + ")"
