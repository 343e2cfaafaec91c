"""A demonym naming a company's home ("a Japanese firm", "the French group"): the company, not the country, is meant."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention, find_mentions
from ..text.rule_tables import read_table
from ..text.words import COMPANY_LEGAL_FORMS, COMPANY_NAME_AFTER
from .reader import Reader

# Words between the demonym and the noun that make the body the state's own ("the West German central bank")
_STATE_WORDS = r"(?:central|state|state-owned|government|national|federal|reserve|public)\b"
# Words that end the noun phrase: a demonym used as a noun ("the Japanese are a group of ...")
_CLAUSE_WORDS = (
    r"(?:a|an|the|and|or|is|are|was|were|has|have|had|to|of|in|on|for|with|by|that|its|their|will|would|said)\b"
)

# A country named as a place ("to distribute pacemakers in Japan", "its export programme to the U.S.") is not named
# as a party beside its firms; a bare "to" is ("complained to Japan"), so only goods' ways "to" a place count
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|from|at|across|throughout|(?:export|shipment|sale|deliver)\w*(?:\s+\w+)?\s+to)\s+(?:the\s+)?$", re.I
)


def names_party(text: str, m: Mention) -> bool:
    """May the mention ``m`` of ``text`` name a party: not an ambiguous one, nor a country opening a company's name
    ("British Telecom Plc", "Anglo American Gold Investment Co"), whose news is the company's, not the country's?"""
    return m.country is not None and not COMPANY_NAME_AFTER.match(text, m.end)


def party_mentions(text: str, day: str = "") -> list[Mention]:
    """The country mentions of ``text`` that may name a party (:func:`names_party`)."""
    return [m for m in find_mentions(text, day) if names_party(text, m)]


@lru_cache(maxsize=1)
def _company_noun() -> re.Pattern:
    """Right after a demonym: up to two lower-case words, then a company noun (speaker_roles.csv head "company"
    and company_nouns.csv)."""
    legal = {w.lower() for w in COMPANY_LEGAL_FORMS}  # "co", "inc": name endings, not nouns in running text
    words = {r["word"].strip().lower() for r in read_table("speaker_roles.csv") if r.get("head") == "company"}
    words = {w for w in words if w not in legal} | {r["noun"].strip() for r in read_table("company_nouns.csv")}
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?!{_STATE_WORDS}|{_CLAUSE_WORDS})[a-z][\w-]*){{0,2}}?\s+(?:{nouns})s?\b(?!-)")


def names_company_home(text: str, end: int) -> bool:
    """Does the demonym ending at ``end`` modify a company noun ("American" in "a major American constructor")?"""
    return bool(_company_noun().match(text, end))


def company_not_country(r: Reader, m: Mention) -> bool:
    """Is the demonym ``m`` a company's home, with its country named nowhere else in the sentence but as another
    company's home ("sanctions against Japanese companies if Tokyo did not ...", "block Japanese firms after the
    Japanese placed conditions" are acts on Japan: the country is named beside its firms)?"""
    if m.kind != "demonym" or not names_company_home(r.text, m.end):
        return False
    start, end = r.finder.at(m.start)
    others = [o for o in r.after(start, end) if o.country == m.country and o.start != m.start]
    others = [o for o in others if not _PLACE_BEFORE.search(r.text, max(start, o.start - 40), o.start)]
    return not any(o.kind != "demonym" or not names_company_home(r.text, o.end) for o in others)
