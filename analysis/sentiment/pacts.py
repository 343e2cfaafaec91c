"""Pacts two countries sign together: "China and Australia's Victoria state signed a joint venture contract". An
agreement, accord, treaty or contract the two countries of a clause's subject sign is each side's act toward the other
(a pact, as an agreement the pair reaches: event_sides.PACT); not a purchase or sale it settles ("signed a contract to
buy wheat": a deal reported without evaluation is no stance), nor one country's signing "with" another (no stance
on its own, as events.csv's "signed" has it)."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .clauses import clause_subject
from .reader import Reader

SIGNING = frozenset({"signed", "signing"})
# the pact signed: an article, up to three words, its noun; not one that settles a purchase, sale or shipment
_PACT = re.compile(
    r"\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|accords?|treaty|treaties|pacts?|protocols?|contracts?|memorandum)\b"
    r"(?!\s+(?:to\s+(?:buy|sell|supply|purchase|import|export|deliver|ship)"
    r"|for\s+(?:the\s+)?(?:sale|purchase|supply|delivery|export|import|shipment)s?\s+of)\b)",
    re.I,
)


def signed_pact(r: Reader, form: str, hit: tuple[int, int]) -> re.Match | None:
    """The pact a signing pattern at ``hit`` names right after it, if it is one."""
    return _PACT.match(r.text, hit[1]) if form in SIGNING else None


def pact_signers(r: Reader, form: str, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The two countries of the clause's subject that sign a pact at ``hit`` ("China and Australia's Victoria state
    signed a joint venture contract"), where no third is named before the pact's noun ends; else none."""
    pact = signed_pact(r, form, hit)
    if pact is None:
        return []
    found = clause_subject(r, hit[0], sentence[0])
    named = {m.country for m in r.after(sentence[0], pact.end())}
    return found if len({m.country for m in found}) == 2 and named == {m.country for m in found} else []
