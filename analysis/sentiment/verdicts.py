"""Whose act a verdict judges: "Japan's response was disappointing", "efforts by Korea and Taiwan to strengthen their
currencies were still disappointing" (the country whose act or effort is the clause's subject; not its figures or
growth, which are no act of the country)."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .clauses import clause_subject
from .reader import Reader

_ACT = (
    r"(?:response|responses|efforts?|attempts?|steps|offers?|proposals?|measures|actions?|moves?|policy|policies"
    r"|progress|reply|answer|concessions?)"
)
# From the act's noun to the verdict: an infinitive it governs ("to strengthen their currencies"), then "be"
_TO_VERDICT = (
    r"(?:\s+to\s+[\w'’-]+(?:\s+[\w'’-]+){0,6})?\s+(?:(?:is|was|were|are|has|have|had|been|still|so\s+far|\w+ly)\s+)+"
)
_OWNED_ACT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}" + _ACT + _TO_VERDICT, re.I)
# A verdict whose pattern opens with its own verb ("Brazil's new measures did not make much sense"): no "be" before it
_OWNED_ACT_VERB = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}" + _ACT + r"\s+", re.I)
_VERB_VERDICT = re.compile(r"(?:did|does|do|make|makes|made)\b", re.I)
_ACT_BY = re.compile(r"\b" + _ACT + r"\s+by\s+(?:the\s+)?$", re.I)
_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def verdict_owner(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The countries whose act is the subject the verdict at ``hit`` judges: its owner before the noun, or its agent
    after "by"."""
    found = clause_subject(r, hit[0], sentence[0], 4)
    if found and _OWNED_ACT.fullmatch(r.text, found[-1].end, hit[0]):
        return found
    if found and _VERB_VERDICT.match(r.text, hit[0]) and _OWNED_ACT_VERB.fullmatch(r.text, found[-1].end, hit[0]):
        return found
    before = r.before(sentence[0], hit[0])
    for i, m in enumerate(before):
        if not _ACT_BY.search(r.text, max(sentence[0], m.start - 40), m.start):
            continue
        agents = [m]
        for nxt in before[i + 1 :]:
            if not _JOINED.fullmatch(r.text, agents[-1].end, nxt.start):
                break
            agents.append(nxt)
        return agents if re.fullmatch(_TO_VERDICT, r.text[agents[-1].end : hit[0]], re.I) else []
    return []
