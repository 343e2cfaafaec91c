"""Moves without a number: a metric noun followed by a direction verb ("Iron ore imports ... surged").

Found clause by clause, after the numbers: a verb that already describes a number is no move of its own.
"""

from __future__ import annotations

import math
import re

from ..text.words import ARTICLES, DEMONSTRATIVES, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, PREPOSITIONS
from .candidates import Candidate
from .context import Context
from .describe import metric_before
from .rules import Rules
from .words_before import prev_word

# a word that opens the object of a transitive verb ("weakened its position", "cut them")
_OBJECT = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | set(OBJECT_PRONOUNS) | {"it"}
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’]*)")
_INSIDE_CLAUSE = re.compile(r"[,;:()]")


def find_moves(ctx: Context, lo: int, hi: int, figs: list[Candidate], rules: Rules) -> list[Candidate]:
    """Moves without a number in the clause text[lo:hi], whose numbers are ``figs``."""
    out = []
    text = ctx.text
    for s, e, w in ctx.words.directions.between(lo, hi):
        d = rules.directions[w]
        # only a finite move: "surged", "fell", "has grown"; not "tariff cuts", "export gains" (nouns),
        # "rising imports" (an adjective) or "will rise" (a forecast)
        if not d.verb or d.noun or w.endswith(("ing", "s")):
            continue
        if _has_object(text, e, rules) or _not_finite(text, s, e, rules):
            continue
        if any(s <= f.start < hi for f in figs):
            continue  # the verb already describes a figure
        met = metric_before(ctx, max(lo, s - 80), s, rules)
        if met is None or not _is_subject(text, met.start, len(met.text), s, rules):
            continue
        out.append(Candidate(met.start, e, math.nan, None, move=True, direction=d.verb))
    return out


def _has_object(text: str, e: int, rules: Rules) -> bool:
    """A transitive verb with an object: "the reserves weakened Taiwan's position"."""
    nw = _NEXT_WORD.match(text[e : e + 30])
    return bool(nw) and (
        nw.group(1)[0].isupper() and nw.group(1) not in rules.calendar or nw.group(1).lower() in _OBJECT
    )


def _not_finite(text: str, s: int, e: int, rules: Rules) -> bool:
    """After a determiner or a modal ("the rise", "will rise"), a preposition ("controls on advanced chips":
    an adjective), or before a comparative ("imports fell faster than exports")."""
    pw = prev_word(text, s)[0].lower()
    if pw in rules.words.definite or pw in rules.words.modal or pw in ARTICLES or pw in DEMONSTRATIVES:
        return True
    return pw in PREPOSITIONS or bool(rules.comparative.match(text, e))


def _is_subject(text: str, start: int, length: int, verb: int, rules: Rules) -> bool:
    """The metric must be the subject of the verb: close, not negated, not inside another clause."""
    gap = text[start + length : verb]
    return not (
        len(text[start:verb].split()) > 8 or _INSIDE_CLAUSE.search(text[start:verb]) or rules.not_subject.search(gap)
    )
