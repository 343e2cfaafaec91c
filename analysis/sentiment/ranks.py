"""Sentences that rank a country in a trade ("the world's largest silver producer", "the second biggest exporter of
rubber"): a fact of size, which the sentiment model reads as praise. data/rank_nouns.csv holds the nouns."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.rule_tables import read_table

# "the world's (second) largest ... producer", "Japan's biggest trading partner", "the two largest producers": a
# superlative of size or rank, up to three words (what is produced, "silver", "natural rubber"), then a rank noun.
# (an ordinal before it, "the second largest", changes nothing in whether a sentence ranks: left out of the regex,
# whose optional prefix tried at every position cost a fifth of portrayal's time)
_WORDS = ("largest", "biggest", "leading", "top", "major", "main", "chief", "principal")
_SUPERLATIVE = "(?:" + "|".join(_WORDS) + ")"


@lru_cache(maxsize=1)
def rank_pattern() -> re.Pattern:
    """A regex of a superlative of size and a rank noun of data/rank_nouns.csv, up to three words between."""
    nouns = sorted((" ".join(r["noun"].lower().split()) for r in read_table("rank_nouns.csv")), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(rf"\b{_SUPERLATIVE}\s+(?:[\w-]+\s+){{0,3}}?(?:{alt})s?\b", re.I)


def ranks(sentence: str) -> bool:
    """Does ``sentence`` rank something in a trade ("is the world's leading silver producer")?"""
    lower = sentence.lower()
    if not any(w in lower for w in _WORDS):
        return False  # the cheap test: no superlative of size
    return bool(rank_pattern().search(sentence))
