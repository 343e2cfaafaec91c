"""The direction rules of a direction adverb next to the figure: "up by 5 pct", "up 5 pct", "39 pct down at 3,267
units", and the level said not to have moved ("3.80 pct, unchanged from last week")."""

from __future__ import annotations

import re

from ..text.words import SUBJECT_PRONOUNS
from .near import ADVERB_AFTER_FIG, Near
from .words_before import prev_word

# "2.6 pct, the same as in 1986", "1.8 billion, the same as yesterday": an earlier time (a month, a year) after "as"
_SAME_AS = re.compile(
    r"(?:\s+[a-z]+){0,2},\s+the\s+same\s+as\s+(?:(?:in|on|for|at)\s+)?(?:the\s+)?"
    r"(yesterday|last|previous|preceding|prior|a\s+year|[A-Z][a-z]+|(?:19|20)\d\d)\b"
)
_UNCHANGED_AFTER = re.compile(r",?\s+(?:little\s+)?([A-Za-z]+)\b")
_ADVERB_PERIOD_BY = re.compile(
    r"(?i)\b([a-z]+)\s+(?:in|during|over|for|last|this)(?:\s+(?:the\s+)?[\w-]+){1,3}\s+$"
)  # an adverb, a period, then "by": "were up in February by"


def adverb_by(q: Near) -> str | None:
    """ "up by 5 pct", "down by about a quarter", "were up in February by 3.9 pct" (a period between)."""
    if q.prev.lower() != "by":
        return None
    pw2, pws2 = prev_word(q.text, q.prev_start)
    d = q.rules.directions.get(pw2.lower())
    if d and d.adverb and not q.text[pws2 + len(pw2) : q.prev_start].strip():
        return d.adverb
    m = _ADVERB_PERIOD_BY.search(q.text, max(q.lo, q.prev_start - 40), q.prev_start)  # "up in February by 3.9 pct"
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.adverb or q.figure_between(m.start(), q.fig.start):
        return None
    return None if prev_word(q.text, m.start())[0].lower() in q.rules.words.particle_verb else d.adverb


def adverb_before(q: Near) -> str | None:
    """ "up 5 pct", "down 3 pct", "up roughly 20%"; not after a phrasal verb ("set up two firms", "made up 40 pct")."""
    d = q.rules.directions.get(q.prev.lower())
    if q.prev and d and d.adverb and not q.text[q.prev_start + len(q.prev) : q.hedge].strip():
        verb, _ = prev_word(q.text, q.prev_start)
        # "he added nine other states backed it": an adverb that is a verb of speech too, after a pronoun, is speech
        speech = SUBJECT_PRONOUNS.get(verb.lower()) in ("person", "plural")
        return None if verb.lower() in q.rules.words.particle_verb or speech else d.adverb
    return None


def adverb_after(q: Near) -> str | None:
    """ "sales were 39 pct down at 3,267 units", "it was still 26 pct up on February 1986": a direction adverb right
    after the figure, then a preposition of comparison or the clause's end; not "up to" nor "a down payment"."""
    m = ADVERB_AFTER_FIG.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.adverb if d and d.adverb else None


def unchanged_after(q: Near) -> str | None:
    """ "3.80 pct, unchanged from last week", "2.1 pct, steady on the month", "a 600 mln surplus, the same as in
    January": a level said not to have moved."""
    if q.fig.unit != "percent" and ", the same as " in q.text[q.fig.end : q.fig.end + 40]:
        # not a percent: "growth of 2.6 pct, the same as in 1986" is a rise (growth-rate)
        m = _SAME_AS.match(q.text, q.fig.end)
        first = m.group(1) if m else "X"
        return "unchanged" if first[0].islower() or first[0].isdigit() or first in q.rules.calendar else None
    if not q.words.directions.between(q.fig.end, q.fig.end + 20):
        return None  # no direction word right after the figure (the cheap test)
    m = _UNCHANGED_AFTER.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.after if d and d.after == "unchanged" else None
