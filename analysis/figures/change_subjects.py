"""The direction rules of a change noun as the subject of the figure: "the year-on-year rise for GDP was 2.3 pct", "wage
pacts averaging 5.6 pct"."""

from __future__ import annotations

import re

from .near import Near
from .words_before import approx_start

# after a change noun as the subject: its phrase ("for exports"), then the linking verb before the figure
# "The rise in the all items index (base 1980) was", "the January decline was originally put at", "the increase will
# be", "was a provisional"
_SUBJECT_LINK = re.compile(
    r"(?i)(?:\s+(?:for|in|of)(?:\s+(?!was\b|were\b|is\b|are\b|will\b)[\w'’()-]+){1,6})?"
    r"\s+(?:was|were|is|are|will\s+be)\s+(?:(?:[a-z]+ly\s+)?(?:put|reported|estimated)\s+(?:at|as)\s+)?"
    r"(?:an?\s+(?:provisional|preliminary|revised)\s+)?$"
)
_LINKS = frozenset({"was", "were", "is", "are", "be", "at", "as", "provisional", "preliminary", "revised"})
_SET_AGAINST = frozenset({"against", "with", "to"})  # "was 2.6 pct against", "compared with", "compared to"
_LINK_WORD = re.compile(r" (?:was|were|is|are) ")
# "The year-on-year rise", "the unadjusted year on year rise"
_SUBJECT_OWNER = re.compile(r"(?i)\b(?:the|its|their|this|that)\s+(?:[\w/-]+\s+){0,4}$")


def change_subject(q: Near) -> str | None:
    """ "The year-on-year rise for GDP was 2.3 pct", "the rise was 2.6 pct against three pct a year earlier": a change
    noun as the subject, a linking verb, then the change (and the earlier change it is set against); or the change
    set off after its noun ("The last cut, of 0.5 pct, was")."""
    prev = q.prev.lower()
    comma_of = prev == "of" and q.text.endswith(", of ", 0, q.hedge)  # "The last cut, of 0.5 pct, was"
    if (
        prev not in _LINKS
        and not comma_of
        and (prev not in _SET_AGAINST or not _LINK_WORD.search(q.text, max(q.lo, q.hedge - 50), q.hedge))
    ):
        return None  # the cheap test: a linking verb right before the figure, or one a little before a comparison
    last = q.last_verb()
    if last is None:
        return None
    s, _, w = q.words.directions.between(q.lo, q.fig.start)[-1]
    d = q.rules.directions[w]
    if not d.noun or last[0] != s + len(w) or not _SUBJECT_OWNER.search(q.text, max(q.lo, s - 30), s):
        return None  # a noun after its determiner ("the rise"), not a verb ("exports rise")
    before = [o for o in q.others.numbers_in(last[0], q.fig.start) if o is not q.fig and o.end <= q.fig.start]
    link_end = q.hedge
    if before:  # "was 2.6 pct against three pct a year earlier": the earlier change set against it
        gap = q.text[before[-1].end : q.hedge]
        if len(before) > 1 or before[-1].unit != q.fig.unit or not q.rules.compare_word.fullmatch(gap.strip()):
            return None
        link_end = approx_start(q.text, before[-1].start)
    if comma_of:
        return d.noun if last[0] + 5 == link_end else None  # the noun right before ", of"
    return d.noun if _SUBJECT_LINK.fullmatch(q.text, last[0], link_end) else None


_AVERAGE_VERBS = frozenset({"average", "averages", "averaged", "averaging"})


def change_averaged(q: Near) -> str | None:
    """ "price increases for all its vehicles now average 198 dlrs", "wage pacts averaging 5.6 pct": a change noun as
    the subject of "average" (within its clause, no other figure between) gives the average change its way; not "oil
    will average 15.50 dlrs" (a level)."""
    if q.prev.lower() not in _AVERAGE_VERBS:
        return None  # the cheap test: a form of "average" right before the figure
    a = max(q.lo, q.prev_start - 90)
    hits = q.words.directions.between(a, q.prev_start)
    if not hits:
        return None
    s, e, w = hits[-1]
    d = q.rules.directions[w]
    if (
        not (d.noun or d.rate)
        or q.figure_between(s, q.fig.start)
        or any(ch in q.text[e : q.prev_start] for ch in ",;:")
    ):
        return None
    return d.noun or d.rate
