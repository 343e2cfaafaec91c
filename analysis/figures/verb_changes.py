"""The direction rules of the change a direction verb made: "rose 5 pct", "fell, by 18 pct", "cut its coffee exports to
Europe by 12 pct"; not the object's own level ("boost its 22 pct stake")."""

from __future__ import annotations

import re

from .near import NEXT_WORD, YEAR_IN_OBJECT, Near
from .words_before import hedges_removed

_BY_END = re.compile(r"(?i)\bby(?:\s+an?(?:\s+[a-z]+ly)?\s+[a-z]+ed)?\s*$")  # "by", "by a seasonally adjusted"
# "boost its 22 pct stake", "cut the (congressionally) estimated 171 bln dlr deficit": the object's own level
_OWNED_MODIFIER = re.compile(
    r"(?i)(?:\b(?:the|its|their|his|her|our|this|current|existing)|['’]s)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:estimated|projected|forecast|expected|provisional|preliminary|revised|planned|proposed)\s+)?$"
)
_COMMA_BY = re.compile(r"(?i),\s+(?:[a-z]+ly\s+)?by\s+$")  # "fell, by 18 pct", "rose, partly by"


def verb_before(q: Near) -> str | None:
    """ "rose 5 pct", "a rise of 5 pct", "fell sharply by 3 pct", "cut prices in Britain by 3%"; not "rose
    27% to 1.05 million" (the level after a change), "rose to 5 pct" (a level, see verb-to-level) or "boost its 22 pct
    stake" (the object's level, after a determiner or an owner and before its noun)."""
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])  # "cuts of up to 50 pct", "rose by about 5 pct"
    if q.rules.verb_gap.search(gap) or len(gap.split()) > (8 if _BY_END.search(gap) else 5):
        return None
    return None if _OWNED_MODIFIER.search(gap) and _modifies_noun(q) else last[1]


def _modifies_noun(q: Near) -> bool:
    """Whether a noun follows the figure right away ("its 22 pct stake", "the 169.8 bln dlr trade deficit")."""
    nm = NEXT_WORD.match(q.text, q.fig.end, q.fig.end + 20)
    lw = nm.group(1).lower() if nm else ""
    return bool(lw) and nm.start(1) == q.fig.end + 1 and lw not in q.rules.words.stop and lw not in q.rules.directions


def verb_comma_by(q: Near) -> str | None:
    """ "fell, by 18 pct", "also rose, by 477 mln guilders to 916 mln": a direction verb, a comma and "by" the change
    (verb-before stops at a comma)."""
    if q.prev.lower() != "by":
        return None  # the cheap test: "by" right before the figure
    last = q.last_verb()
    if last is None or not _COMMA_BY.fullmatch(q.text, last[0], q.hedge):
        return None
    return last[1]


def verb_object_by(q: Near) -> str | None:
    """ "cut its coffee exports to Europe by 12 pct", "raise shipments from Vancouver by 15 pct": a direction verb,
    its object with the place it goes to or comes from, then "by" and the change (verb-before stops at "to")."""
    if q.prev.lower() != "by":
        return None  # the cheap test: "by" right before the figure
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    if q.rules.object_gap.search(YEAR_IN_OBJECT.sub("", gap)) or len(gap.split()) > 9:  # "its 1986 profit by"
        return None
    return None if _verb_of_other_way(q, last) else last[1]


def _verb_of_other_way(q: Near, last: tuple[int, str]) -> bool:
    """ "increase a proposed tax cut for 1988 by", "raising its total tax cuts by": a verb of the other way shortly
    before the last direction word, whose object that word names (the cut is raised)."""
    hits = [h for h in q.words.directions.between(q.lo, last[0]) if not q.rules.directions[h[2]].rate]
    if len(hits) < 2 or hits[-1][0] - hits[-2][1] > 40 or not q.rules.directions[hits[-1][2]].noun:
        return False  # the last word can be no noun ("Tax increase reduced 1986 net by")
    if any(ch in q.text[hits[-2][1] : hits[-1][0]] for ch in ",;"):
        return False  # "exports have declined since 1970, but might increase sales by": another clause
    d = q.rules.directions[hits[-2][2]]
    way = d.verb or d.to_level or d.infinitive
    return way is not None and way != last[1]
