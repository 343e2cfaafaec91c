"""Prior polarity of words: VADER's lexicon (a declared dependency) plus the diplomacy lexicon table.

Both are read once. They give the model features (valence summed by side of and distance from the target),
not answers: the trained weights decide how much a word counts next to a given target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

from ..text.rule_tables import read_table

# Negators as our tokenizer splits them ("did" "n't"); VADER's list is for whole words ("didn't").
NEGATORS = frozenset({w for w in NEGATE if "'" not in w} | {"n't", "no", "not", "never", "without", "nobody"})
# Words that end a clause: the target's sentiment rarely crosses them ("X praised Y, but Z ...").
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "but", "while", "whereas", "although", "though"})


@dataclass(frozen=True)
class Lexicon:
    """Word -> valence on VADER's -4..+4 scale, from VADER and from the diplomacy table."""

    vader: dict[str, float]
    exact: dict[str, float]
    prefixes: dict[str, float]
    lengths: tuple[int, ...]  # prefix lengths, longest first
    # the prefixes as one alternation, longest first (a regex takes the first that matches): one match per word
    # instead of a lookup per prefix length, which the model pays for every new word it reads
    pattern: re.Pattern | None = None

    def diplomacy(self, word: str) -> float:
        """Valence of ``word`` in the diplomacy lexicon (0.0 when it is not there); the longest prefix wins."""
        if word in self.exact:
            return self.exact[word]
        hit = self.pattern.match(word) if self.pattern else None
        return self.prefixes[hit.group()] if hit else 0.0


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicons, loaded once (read-only)."""
    exact: dict[str, float] = {}
    prefixes: dict[str, float] = {}
    for row in read_table("diplomacy_lexicon.csv"):
        term, valence = row["term"].strip().lower(), float(row["valence"])
        if term.endswith("*"):
            prefixes[term[:-1]] = valence
        else:
            exact[term] = valence
    # longest prefix first: "untrustworth" before "trustworth"
    lengths = tuple(sorted({len(p) for p in prefixes}, reverse=True))
    vader = dict(SentimentIntensityAnalyzer().lexicon)
    ordered = sorted(prefixes, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    return Lexicon(vader=vader, exact=exact, prefixes=prefixes, lengths=lengths, pattern=pattern)


def diplomacy_terms(kinds: frozenset[str], max_valence: float) -> list[str]:
    """The diplomacy table's terms of ``kinds`` with a valence at most ``max_valence`` ("provocat*" as written)."""
    return [
        r["term"].strip().lower()
        for r in read_table("diplomacy_lexicon.csv")
        if r["kind"].strip() in kinds and float(r["valence"]) <= max_valence
    ]
