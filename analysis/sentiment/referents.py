"""Targets an event's clause does not name: the country a threat's condition or premise is about."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.rule_tables import read_table
from .reader import Reader

# "warned of retaliation if Seoul's reforms falter", "threatened sanctions unless Japan opens": a threat's target is
# the country its condition is about, a few words on
_CONDITION_AFTER = re.compile(r"\s(?:if|unless)\s+(?:the\s+)?", re.I)
MAX_THREAT_WORDS = 6  # words between the threat and its condition: "warned of possible protectionist retaliation if"
# a passive condition names its doer after "by": "retaliate if the tax is approved by the EC Council"
_PASSIVE_AGENT = re.compile(
    r"(?:[\w-]+\s+){1,3}?(?:is|are|was|were|be|been|gets?)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+by\s+(?:the\s+)?"
)


def _condition(r: Reader, end: int, limit: int) -> re.Match | None:
    """The "if"/"unless" opening a condition within a few words after a threat that ends at ``end``, no punctuation
    between."""
    window = r.text[end : min(limit, end + 80)]
    if " if " not in window and " unless " not in window:
        return None  # the cheap test
    m = _CONDITION_AFTER.search(r.text, end, min(limit, end + 80))
    if (
        m is None
        or len(r.text[end : m.start()].split()) > MAX_THREAT_WORDS
        or re.search(r"[;:,()]", r.text[end : m.start()])
    ):
        return None
    return m


def condition_country(r: Reader, end: int, limit: int) -> tuple[list[Mention], str]:
    """The country of the "if"/"unless" clause right after a threat with no object of its own, and its rule: the
    one opening it ("condition-subject"), else the one after "by" in a passive one ("if the tax is approved by":
    "condition-agent"); else none."""
    m = _condition(r, end, limit)
    if m is None:
        return [], ""
    found = r.after(m.end(), m.end() + 1)[:1]
    if found:
        return found, "condition-subject"
    agent = _PASSIVE_AGENT.match(r.text, m.end(), limit)
    return (r.after(agent.end(), agent.end() + 1)[:1], "condition-agent") if agent else ([], "")


# "Any Iranian attack on Soviet ships will bring a forceful response", "any U.S. interference would meet a strong
# response": a warning whose premise is another country's act; that country is its target.
@lru_cache(maxsize=1)
def _premise() -> re.Pattern:
    """ "any", a country and an act of data/premise_acts.csv."""
    nouns = "|".join(sorted((r["noun"].strip() for r in read_table("premise_acts.csv")), key=len, reverse=True))
    return re.compile(
        r"\b[Aa]ny\s+(?:further\s+|new\s+|more\s+|future\s+)?(?P<country>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+"
        rf"(?:[\w-]+\s+)?(?i:{nouns})\b"  # "any U.S. Interference": capitalised after "U.S." in the wire's copy
    )


_RESPONSE_AFTER = re.compile(
    r"\s+(?:with\s+|by\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:response|reply|retaliation|reaction|answer"
    r"|riposte|counter-?attack|punishment)\b",
    re.I,
)


def premise_subject(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country whose act "any ..." names before a warning of the response it would meet (after the pattern)."""
    if "ny " not in r.text[sentence[0] : hit[0]] or not _RESPONSE_AFTER.match(r.text, hit[1]):
        return []  # the cheap test: no "any" before, no response after
    premise = list(_premise().finditer(r.text, sentence[0], hit[0]))
    if not premise:
        return []
    owner = premise[-1].span("country")
    return [m for m in r.after(owner[0], owner[1]) if m.start == owner[0]][:1]


# "the U.S. response to Friday's Iran attack", "Washington's retaliation for the Libyan attacks": a country's response
# to another's attack that names no target answers an attack on itself; the responder is the noun's owner, right
# before it (not a clause's subject: "Iraq said it bombed Iranian towns in retaliation for" may answer an ally's loss).
_RESPONSE_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:response|retaliation)\s+(?:to|for)\s+(?:(?!on\b|against\b|by\b)[\w.'’-]+\s+){0,3}$",
    re.I,
)

_RESPONSE_WORD = re.compile(r"\b(?:response|retaliation)\s+(?:to|for)\b", re.I)


def after_response(text: str, start: int) -> bool:
    """The cheap test: is a response word a few words before ``start``?"""
    return bool(_RESPONSE_WORD.search(text, max(0, start - 60), start))


def responder(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country whose response the attack at ``hit`` is the cause of ("the U.S. response to the Iran attack")."""
    floor = max(sentence[0], hit[0] - 60)
    if not after_response(r.text, hit[0]):
        return []
    for owner in reversed(r.before(floor, hit[0])):
        if _RESPONSE_BEFORE.fullmatch(r.text, owner.end, hit[0]):
            return [owner]
    return []


# A condition that names the measure, not who takes it: "retaliate if it is introduced", "if the tax is adopted"; the
# measure's country is the one named right before the same noun earlier in the sentence ("the proposed EC tax").
_TAKEN = (
    r"(?:is|are|was|were|be|gets?)\s+(?:\w+ly\s+)?"
    r"(?:introduced|approved|adopted|imposed|passed|enacted|implemented)\b"
)


@lru_cache(maxsize=1)
def _measures() -> str:
    """The nouns of data/condition_measures.csv, as a regex alternation."""
    nouns = sorted((r["noun"].strip() for r in read_table("condition_measures.csv")), key=len, reverse=True)
    return "|".join(nouns)


@lru_cache(maxsize=1)
def _measure_taken() -> re.Pattern:
    """ "it" or a measure noun, then a passive of taking it ("it is introduced", "the tax is adopted")."""
    return re.compile(rf"(?:(?P<it>it|they)|(?:\w+\s+)?(?P<noun>{_measures()}))\s+{_TAKEN}", re.I)


def condition_measure(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country owning the measure a threat's condition names ("retaliate if it is introduced": the EC tax)."""
    m = _CONDITION_AFTER.match(r.text, hit[1], sentence[1])
    cond = _measure_taken().match(r.text, m.end(), sentence[1]) if m else None
    if cond is None:
        return []
    noun = cond.group("noun") or _measures()
    owned = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\b", re.I)
    return [c for c in r.before(sentence[0], hit[0]) if owned.match(r.text, c.end, hit[0])][-1:]
