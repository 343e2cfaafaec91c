"""The direction rules of a rate of change ("growth of 2.2 pct", "the rate of increase was 6.5 pct", "growing at about
3 pct"): the percent is the change the rate's noun or verb names, unless a verb moves the rate itself."""

from __future__ import annotations

import re

from .near import Near
from .words_before import hedges_removed

_VERB_OF_RATE = re.compile(
    r"(?i)\b(?:(?:cut|cuts|raised|raises|lowered|lowers|revised|revises|trimmed|trims|reduced|reduces|boosted)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"|(?<!the\s)(?<!a\s)(?:cut|cuts|cutting|lowered|lowering|reduced|reducing|trimmed|halved|curbed|raised|boosted)\s+"
    r"(?:[\w-]+\s+){0,2})$"
)  # a verb whose object is the rate (its forecast; "cut inflation to 6 pct", "lowered estimated GDP growth to"): the
# verb moves it
# "growing at about", "grew at a year-on-year rate of", "rose at an annual rate of": a verb and the rate of its move
_AT_RATE = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?at\s+(?:an?\s+)?(?:(?:annual|annuali[sz]ed|yearly|monthly|seasonally|adjusted|underlying|"
    r"average|year-on-year|[a-z]+-year)\s+)*(?:rate\s+of\s+)?"
)
# "a fall in consumer price" inflation: a change noun and the words before the rate's name
_INTO_RATE = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}")
_RATE_OF = re.compile(r"\b(?:rate|pace) of ([A-Za-z]+)\b")  # "the rate of increase was 6.5 pct"


def growth_rate(q: Near) -> str | None:
    """ "growth of 2.2 pct", "inflation at 3 pct": a percent given for a rate of change that no verb moves is that
    change (the rate noun's direction); where a verb moves the rate ("growth slowed to 2.7 pct", "inflation fell
    to 2.1 pct") the verb says it (verb-to-level, verb-before: a decrease), also for the rates listed after it
    ("and 1.9 pct in 1988"); an earlier rate it is compared with is the rate's own ("... after 2.8 pct last year",
    "from last year's 3.1 pct")."""
    if q.fig.unit != "percent":
        return None
    directions, start = q.rules.directions, q.fig.start
    rate_at = next(
        ((s, e, w) for s, e, w in reversed(q.words.directions.between(q.lo, start)) if directions[w].rate), None
    )
    if rate_at is None:
        return _rate_of_change(q)
    rate = directions[rate_at[2]].rate
    if _VERB_OF_RATE.search(q.text, max(q.lo, rate_at[0] - 40), rate_at[0]):
        return (
            None  # "cut its growth forecast to 2.2 pct", "raised its 1987 inflation estimate to 2.5 pct": the verb says
        )
    between = q.words.directions.between(rate_at[1], start)
    moves = [(e, m) for s, e, v in between if (m := q.moving(s, v))]
    moved = [e for e, _ in moves]
    if not q.figure_between(rate_at[0], start):
        # "inflation is expected to rise even more, perhaps to 2.6 pct"; "growth slowed to"; "expected to ease to"
        if not moves and q.prev == "to" and _moved_into(q, rate_at[0]):
            return None  # "a fall in consumer price inflation to 2 pct": the noun moved the rate (verb-to-level)
        return moves[-1][1] if moves else rate
    before = [o for o in q.others.numbers_in(rate_at[1], start) if o is not q.fig and o.end <= start]
    if not moved or not before or before[-1].end < moved[-1]:
        return None  # another figure stands between the rate and this one, with no move of its own: not this rate
    gap = q.text[before[-1].end : start]
    return rate if q.rules.compare_word.search(gap) or "after" in gap else None


def _moved_into(q: Near, rate_start: int) -> bool:
    """Whether a direction noun or verb right before "in"/"of" and the rate's name moves the rate ("a fall in consumer
    price inflation to", "a slowdown of growth to")."""
    last = q.last_verb()
    if last is None or last[0] > rate_start or _INTO_RATE.fullmatch(q.text, last[0], rate_start) is None:
        return False
    return q.rules.to_reached.fullmatch(hedges_removed(q.text[last[0] : q.fig.start])) is not None  # verb-to-level's


def _rate_of_change(q: Near) -> str | None:
    """ "the rate of increase was 6.5 pct", "a pace of decline of 2 pct": a direction noun after "rate of" names a rate
    of change; its percent, with no other figure or direction word between, is that change."""
    window = q.text[max(q.lo, q.fig.start - 60) : q.fig.start]
    if "rate of " not in window and "pace of " not in window:
        return None  # the cheap test
    m = _RATE_OF.search(window)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.noun or q.figure_between(q.fig.start - len(window) + m.end(), q.fig.start):
        return None
    return None if q.words.directions.between(q.fig.start - len(window) + m.end(), q.fig.start) else d.noun


def verb_at_rate(q: Near) -> str | None:
    """ "the economy is growing at about 3 pct", "spending grew at a year-on-year rate of 10 pct": a percent after a
    direction verb and "at" is the rate of the move (verb-before stops at "at")."""
    if q.fig.unit != "percent" or "at" not in q.text[max(q.lo, q.hedge - 40) : q.hedge]:
        return None  # the cheap test: a percent with "at" before it
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start) or not _AT_RATE.fullmatch(q.text, last[0], q.hedge):
        return None
    verb = q.words.directions.between(q.lo, q.fig.start)[-1][2]
    return q.rules.directions[verb].verb
