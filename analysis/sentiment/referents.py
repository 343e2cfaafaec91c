"""Targets an event's clause does not name: the country a threat's condition is about."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .reader import Reader

# "warned of retaliation if Seoul's reforms falter", "threatened sanctions unless Japan opens": a threat's target is
# the country its condition is about, a few words on
_CONDITION_AFTER = re.compile(r"\s(?:if|unless)\s+(?:the\s+)?", re.I)
MAX_THREAT_WORDS = 6  # words between the threat and its condition: "warned of possible protectionist retaliation if"


def condition_subject(r: Reader, end: int, limit: int) -> list[Mention]:
    """The country opening the "if"/"unless" clause right after a threat with no object of its own."""
    window = r.text[end : min(limit, end + 80)]
    if " if " not in window and " unless " not in window:
        return []  # the cheap test
    m = _CONDITION_AFTER.search(r.text, end, min(limit, end + 80))
    if (
        m is None
        or len(r.text[end : m.start()].split()) > MAX_THREAT_WORDS
        or re.search(r"[;:,()]", r.text[end : m.start()])
    ):
        return []
    found = r.after(m.end(), m.end() + 1)
    return found[:1]
