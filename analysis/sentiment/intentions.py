"""Sentences that tell what a country means to do ("Peru would maintain its freeze", "Japan will also strive to solve
trade problems", "South Korea is studying a plan to buy more coal"): its own plans, which the sentiment model reads as
praise, not the praise or success a positive portrayal needs."""

from __future__ import annotations

import re

# After the country's name (or its possessive's head noun: "Japan's government will"), an appositive or "also": a
# modal or a verb of intent. "X is to" and "X has" are not intent; "X can" is ability, not intent.
_INTENT = re.compile(
    r"(?:[\"'’]s\s+[a-z]+|,[^,;:()\"]{1,60},)?\s+(?:also\s+)?(?:"
    r"will|would|should|could|must|shall|"
    r"(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|wants?|wanted|seeks?|sought)\s+to|"
    r"(?:is|are|was|were)\s+(?:studying|considering|planning|preparing|seeking|hoping|ready|willing|prepared)|"
    r"(?:remains?|remained|is|are|was|were)\s+committed"
    r")\b",
    re.I,
)
# "expressed confidence that Japan will make increasing use of its surplus", "optimistic Greece would reach its
# target", "reasons to believe the Philippines could out-perform": another's confidence in what the country will do
# is credit given to it, not the country's own plan.
_CONFIDENCE = re.compile(
    r"\b(?:confiden(?:ce|t)|optimistic|believes?|believed)[\"'’]?\s+(?:that\s+)?(?:the\s+)?$", re.I
)
CONFIDENCE_WINDOW = 30  # characters before the country that may hold "confident that"
# A country after a preposition ("the agreements with Canada and Israel should help") is not the clause's subject.
_OBJECT = re.compile(
    r"\b(?:to|on|from|with|against|for|into|than|towards?|between|over|at|in|of|by)\s+(?:the\s+)?$", re.I
)


def states_intent(sentence: str, start: int, end: int) -> bool:
    """Is the country named at [start, end) of ``sentence`` the subject of a modal or a verb of intent right after
    it (see _INTENT), not in another's confidence (see _CONFIDENCE)?"""
    if not _INTENT.match(sentence, end):
        return False
    before = sentence[max(0, start - CONFIDENCE_WINDOW) : start]
    return not _CONFIDENCE.search(before) and not _OBJECT.search(before)
