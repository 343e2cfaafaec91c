"""A level "to" one figure "from" an earlier one that no word of change moved: the figures say which way
("cut the fund's share to 15 pct of salaries from 25 pct", "took the company's capital to 677.6 mln francs from the
present 242 mln")."""

from __future__ import annotations

import re

from .near import Near, past_bracket
from .words_before import approx_start

# after the level: a few words ("of salaries", "in 1987") and "from" with the earlier level's article or modifier
_FROM_AFTER = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,4}?,?\s+from\s+(?:an?\s+|the\s+)?"
    r"(?:(?:current|present|previous|original|existing|old|estimated|projected|provisional|revised)\s+)?"
)
# "was revised to 734.6 bln from 734.2 bln", "restated": a figure restated, not a move of the quantity
_RESTATED = re.compile(r"(?i)\b(?:revis|restat|correct)\w*\b[^.;]{0,100}$")


def level_to_from(q: Near) -> str | None:
    """The way from the earlier level after "from" to the level after "to" (level-to-from)."""
    fig = q.fig
    if q.prev != "to" or fig.range or " from " not in q.text[fig.end : fig.end + 50]:
        return None  # the cheap test: "to" before the figure, "from" shortly after it
    fm = _FROM_AFTER.match(q.text, past_bracket(q.text, fig.end))
    nxt = q.others.next_number(fig.end + 1)
    if fm is None or nxt is None or nxt.range or approx_start(q.text, nxt.start) != fm.end():
        return None
    if nxt.unit not in (None, fig.unit) or _RESTATED.search(q.text, q.lo, q.prev_start):
        return None
    if nxt.value == fig.value or nxt.scale != fig.scale and 1.0 in (nxt.scale, fig.scale):
        return None
    if nxt.unit_from and not 0.2 < fig.value / nxt.value < 5.0:
        return None  # "to 1.2 bln from 950": the scale it takes from the level is not the writer's
    return "increase" if fig.value > nxt.value else "decrease"
