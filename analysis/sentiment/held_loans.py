"""Loans that are no country's aid: a commercial lender's ("several banks plan to place their loans to Brazil ..."),
or loans booked rather than given ("classified its loans to Brazil as non-accrual") (data/held_loans.csv)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.organisations import find_organisations
from ..text.rule_tables import read_table
from .event_mentions import STATE_BODIES
from .patterns import Pattern
from .reader import Reader

REACH = 100  # characters either side of the pattern, within its sentence, read for the loans' status
# "a senior bank official said Japan would extend loans to": the bank's people speak, the bank does not lend
_PEOPLE_AFTER = r"(?!\s+(?:officials?|sources?|economists?|analysts?|spokes\w+|chairman|president|executives?)\b)"


def _words(kind: str) -> str:
    """The table's words of ``kind`` as one alternation (a trailing * matches any ending)."""
    rows = [r["word"].strip().lower() for r in read_table("held_loans.csv") if r["kind"] == kind]
    forms = [re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in rows]
    return "|".join(f.replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _status() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('status')})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _lender() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_words('lender')})\b{_PEOPLE_AFTER}", re.I)


@lru_cache(maxsize=1)
def _state_before() -> re.Pattern:
    """A state word right before a lender, or one word before it ("the Export-Import Bank", "state-owned commercial
    bank")."""
    return re.compile(rf"\b(?:{_words('state')})\s+(?:[\w-]+\s+)?$", re.I)


def _commercial(text: str) -> bool:
    """Does ``text`` name a commercial lender: a lender word that no state word right before qualifies?"""
    return any(not _state_before().search(text, 0, m.start()) for m in _lender().finditer(text))


def held_loan(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Is the loan or credit pattern at ``hit`` a commercial lender's loans, or loans booked rather than given?"""
    if p.event != "AID" or not p.form.startswith(("loan", "credit")):
        return False
    if _status().search(r.text[max(sentence[0], hit[0] - REACH) : min(sentence[1], hit[1] + REACH)]):
        return True
    head = r.text[sentence[0] : hit[0]]
    for body in find_organisations(head, r.day, STATE_BODIES):  # "the Bank of Japan": the state's lender
        head = head[: body.start] + " " * (body.end - body.start) + head[body.end :]
    return _commercial(head)
