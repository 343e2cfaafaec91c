"""Relations between two countries that one works to mend ("talks on improving strained relations between the two
countries", "the agreement reflects a strengthening of trade relations between Mexico and Britain"), and "the two
countries" a "between" pattern names: the two the story has just named."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .clauses import previous_sentence
from .patterns import Pattern
from .reader import Reader

# events.csv rows whose act is only the mending the words before them tell of, between "the two countries" (target
# between)
RELATIONS = frozenset({"relations between", "ties between"})
# a word of mending or growth, up to five words before the relations ("improving strained", "a strengthening of
# economic, financial and trade"); not their state alone ("strained relations between", "relations between them
# deteriorated"), which is no act of either side
_MENDING = re.compile(
    r"\b(?:improv\w*|strengthen\w*|closer|better|expand\w*|deepen\w*|boost\w*|promot\w*|consolidat\w*"
    r"|normali[sz]\w*|restor\w*|mend\w*)\s+(?:(?:of|in|the|[\w-]+,?)\s+){0,5}$",
    re.I,
)
_TWO = re.compile(r"\s+the\s+two\s+(?:countries|nations|states|governments)\b", re.I)
TWO_LOOKBACK = 3  # sentences read back for the two countries when those before them name fewer


def unmended(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Relations between two countries that the words before them do not mend or grow, or between two named by name:
    no act ("favoured improved relations between Iran and Iraq" is a third party's wish; "the normalization of
    relations between Washington and Peking" in 1979 is background; "the two countries" are the two just told of)."""
    if p.form not in RELATIONS:
        return False
    return not names_two(r.text, hit[1]) or not r.head_search(_MENDING, hit, sentence, 80)


def names_two(text: str, end: int) -> bool:
    """Does "the two countries" come right after ``end``?"""
    return bool(_TWO.match(text, end))


def two_countries(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The two countries "the two countries" right after ``hit`` stands for: those named before it in its sentence,
    else in it and the sentences before (up to TWO_LOOKBACK), where exactly two are; else none."""
    if not names_two(r.text, hit[1]):
        return []
    start, before = sentence[0], sentence
    for _ in range(TWO_LOOKBACK + 1):
        first: dict[str, Mention] = {}
        for m in r.after(start, hit[0]):
            first.setdefault(m.country, m)
        if len(first) >= 2 or before is None:
            break
        before = previous_sentence(r, start)
        start = before[0] if before else start
    return list(first.values()) if len(first) == 2 and all(first) else []
