"""The direction rules of a level compared with an earlier one: "2.3 bln, compared with 4.1 bln a year earlier", "were
11 pct higher than in February", ", sharply narrower than January's", "four bln in February after 13 bln in January"."""

from __future__ import annotations

import re

from .near import NEXT_WORD, Near
from .words_before import approx_start

_COMPARATIVE_THAN = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+)\s+than\s+")  # ", sharply narrower than"
_EARLIER_NAMED = re.compile(
    r"(?:in\s+)?(?:(?:the\s+|a\s+)?(?:previous|preceding|last|same|year)|(?:19|20)\d\d)\b|[A-Z][a-z]+['’]s\s"
)  # after "than": "the previous month", "last year's", "in 1986", "January's"
_AFTER_LEVEL = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,6}?,?\s+after\s+")  # "in February after", ", after"
_EARLIER_PERIOD = re.compile(
    r"\s*(?:[.;]|,(?!\s+and\b)|$)|\s+(?:in|during|for)\s+(?:the\s+)?(?:previous\s+|preceding\s+|same\s+)?"
    r"(?:[A-Z][a-z]+|month|quarter|year|week|half|(?:19|20)\d\d)\b(?![^.;]{0,30}\band\s+\d)"
    r"|\s+(?:a|one)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)|\s+last\s+(?:year|month|week|quarter)\b"
)  # "after 13 billion in January", ", after 11.2 billion.": a period or the clause's end, no second level after "and"


def compared_level(q: Near) -> str | None:
    """ "sales were 2.3 bln yen, compared with 4.1 bln yen a year earlier": a level set against an earlier
    level of the same unit (not a count or a percent)."""
    fig, text = q.fig, q.text
    cm = q.rules.compared_after.match(text, fig.end) if "compared" in text[fig.end : fig.end + 80] else None
    if not cm:
        return None
    nxt = q.others.next_number(fig.end)
    if (
        nxt is not None
        and nxt.unit == fig.unit
        and fig.unit not in (None, "count", "percent")
        and approx_start(text, nxt.start) <= cm.end() <= nxt.start
        and nxt.value != fig.value
        and not q.figure_between(q.lo, fig.start)
    ):
        return "increase" if fig.value > nxt.value else "decrease"
    return None


# the noun phrase of a level, its linking verb and a comparative with "than": "surplus for January was lower than the"
_WAS_THAN = re.compile(
    r"(?:\s+(?!was\b|were\b|is\b|are\b|than\b|but\b|while\b|which\b|that\b)[\w'’/-]+){0,7}?\s+(?:was|were|is|are)\s+"
    r"(?:also\s+|still\s+|[a-z]+ly\s+)?([a-z]+)\s+than\s+(?:(?:the|its|their)\s+)?"
)
_EARLIER_PREP = frozenset({"from", "with", "against", "after", "than", "over"})
_AIMED = re.compile(r"[^.;,]{0,25}?\b(?:forecasts?|targets?|expected|estimates?|projected|predicted|limits?|ceiling)\b")
_WAS_BEFORE_CHANGE = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+|still\s+)?")


def level_was_change(q: Near) -> str | None:
    """ "March exports of 47.06 bln marks were 11 pct higher than in February": a level whose clause goes on with
    the change it made ("was/were N higher/lower/up/down") moved that way."""
    m = _WAS_BEFORE_CHANGE.match(q.text, q.fig.end)
    if m is None:
        return _was_than(q)  # the cheap test: "was"/"were" right after the figure
    nxt = q.others.next_number(m.end())
    if nxt is None or approx_start(q.text, nxt.start) != m.end() or nxt.unit != "percent":
        return _was_than(q)
    after = NEXT_WORD.match(q.text, nxt.end, nxt.end + 20)
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if d is not None and d.after in ("increase", "decrease"):
        return d.after
    return d.adverb if d is not None and d.adverb else None


def _was_than(q: Near) -> str | None:
    """ "the 17.6 bln mark surplus for January and February was lower than the 21.6 bln mark surplus posted in
    November", "exports of 3 bln were higher than a year earlier": a level (with its noun) said to be higher or lower
    than an earlier level of its unit or an earlier time; not "higher than expected", "than the 4 pct forecast"."""
    if " than " not in q.text[q.fig.end : q.fig.end + 90] or q.prev in _EARLIER_PREP:
        return None  # the cheap test; "narrowed from 4.6 bln ... but was higher than": the earlier level is no subject
    m = _WAS_THAN.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1)) if m else None
    if d is None or d.after not in ("increase", "decrease") or q.figure_between(q.fig.end, m.end()):
        return None
    if len(q.words.directions.between(q.fig.end, m.end())) > 1:
        return None  # "the 5 pct rise in exports was higher than": the figure is a change, the comparison of changes
    nxt = q.others.next_number(m.end())
    if nxt is not None and approx_start(q.text, nxt.start) == m.end():
        same = nxt.unit == q.fig.unit and not _AIMED.match(q.text, nxt.end)
        return d.after if same else None
    return d.after if _EARLIER_NAMED.match(q.text, m.end()) else None


def comparative_than(q: Near) -> str | None:
    """ "224 mln stg, sharply narrower than January's 527 mln deficit", "7.5 pct, higher than last year's": a level, a
    comma and a comparative set against an earlier level named after "than"; not "higher than expected"."""
    if not q.text.startswith(",", q.fig.end):
        return None  # the cheap test: a comma right after the figure
    m = _COMPARATIVE_THAN.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or d.after not in ("increase", "decrease"):
        return None
    return d.after if _EARLIER_NAMED.match(q.text, m.end()) else None


def level_after_level(q: Near) -> str | None:
    """ "foreigners bought only four bln marks of bonds in February after 13 bln in January", "only 2.2 bln marks were
    imported, after 11.2 bln": a level set after the earlier level of the same unit (money or goods, not a count or a
    percent, which list changes: "rose 0.4 pct after 0.7 pct") moved from it; not "after 2 mln dlrs in charges"."""
    fig, text = q.fig, q.text
    if fig.unit in (None, "count", "percent") or "after" not in text[fig.end : fig.end + 60]:
        return None  # the cheap test
    m = _AFTER_LEVEL.match(text, fig.end)
    nxt = q.others.next_number(fig.end) if m else None
    if nxt is None or approx_start(text, nxt.start) != m.end() or nxt.unit != fig.unit or nxt.value == fig.value:
        return None
    if q.words.directions.between(fig.end, m.end()) or not _EARLIER_PERIOD.match(text, nxt.end):
        return None
    return "increase" if fig.value > nxt.value else "decrease"
