"""The direction rules of a noun after the figure: a direction noun ("a 5 pct rise", "a 0.4 pct third-quarter decline"),
the change it is part of ("33.2 bln of the 36.6 bln dlr rise"), an earlier level it is part of ("a third of the level
in 1986")."""

from __future__ import annotations

import re
from copy import copy

from .near import NEXT_WORD, Near, past_bracket

# the next word of a compound modifier ("third-quarter decline"); a measure's name may hold a digit ("M-1 decline")
_NEXT_PART = re.compile(r"(?: |-)([A-Za-z]+|\d(?=\s))")
_OF_THE = re.compile(
    r"(?:the|this|that|its|their)\s+((?:[\w.'’-]+,?\s+){0,5}[\w'’-]+)"
)  # "of the 36.6 bln dlr rise in"
_NOT_IN_NP = frozenset({"to", "in", "of", "for", "from", "on", "with", "by", "and", "was", "were", "is", "are", "will"})
# after the head noun of "of the ... rise": a preposition, a verb or a relative word, not another noun
_AFTER_HEAD = _NOT_IN_NP | frozenset(
    {"would", "could", "has", "had", "have", "since", "last", "this", "that", "which", "as", "because", "due"}
)
_THAN_EARLIER = re.compile(
    r"\s+than\s+(?:in\s+)?(?:(?:the\s+|a\s+)?(?:previous|preceding|last|same|year|normal|usual)|(?:19|20)\d\d)\b"
)
_MORE_LESS = frozenset({"more", "less", "fewer"})
_THAN_CLAUSE = re.compile(r"\s+than\s+(?:we|they|it|he|she|I|you)\s")  # "more than we sold them": a clause compared
_THAN_AIMED = re.compile(
    r"\s+than\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|expected|estimated|planned|budgeted|projected|predicted|targett?ed|anticipated|proposed|requested|sought)\b"
)  # "a billion dollars less than we forecast": a revision
_OR_NUMBER = re.compile(r" or (?=\d)")  # "1/2 or 5/8 point lower": the alternative's number next
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?= [a-z])")


def word_after(q: Near) -> str | None:
    """ "a 5 pct rise", "5 pct higher", "a 10 pct annual reduction": a direction noun or "after" word right
    after the figure, or after a frequency word; "a 5.9 pct rate reduction", "10 mln dlrs in tax cuts", "a 0.4 pct
    third-quarter decline": a direction noun after a compound modifier (and "in")."""
    text, end = q.text, past_bracket(q.text, q.fig.end)  # "4.8 bln roubles (7.2 bln dollars) less than"
    if not q.words.directions.between(end, end + 45):
        return None  # the cheap test: no direction word in the next few words
    year = _YEAR_AFTER.match(text, end)  # "a 1.8 pct 1988 rise": the year of the change before its noun
    nm = NEXT_WORD.match(text, year.end() if year else end, end + 20)
    if nm and nm.group(1).lower() in q.rules.words.frequency:
        nm = NEXT_WORD.match(text, nm.end(), nm.end() + 20)
    d = q.rules.directions.get(nm.group(1).lower()) if nm else None
    if d and d.noun and not q.fig.unit and nm.group(1).endswith("s"):
        return None  # "43 reductions": a count of moves, not a change
    if d:
        rate = d.rate if q.fig.unit == "percent" else None  # "its five pct inflation target": the rate, a rise
        return None if d.after and _compares_things(q, nm) else d.noun or d.after or rate
    if end != q.fig.end:
        return None  # "2.3 trillion (2,300 billion) dlrs drops to": past a bracket only the word right after it
    if nm and nm.group(1) == "in":
        nm = NEXT_WORD.match(text, nm.end(), nm.end() + 20)
    return _noun_after_modifier(q, nm)


def alternative_after(q: Near) -> str | None:
    """ "1/2 or 5/8 point lower", "5 or 6 pct higher": a number before "or" and the figure its alternative, whose
    direction word after it says how both moved."""
    m = _OR_NUMBER.match(q.text, q.fig.end)
    nxt = q.others.next_number(m.end()) if m else None
    if nxt is None or nxt.start != m.end() or nxt.unit != q.fig.unit or nxt.unit is None:
        return None
    alt = copy(q)
    alt.fig = nxt
    return word_after(alt)


def _compares_things(q: Near, nm: re.Match) -> bool:
    """Whether an after-word and "than" set the figure against another thing, not an earlier time: "five times
    stronger than steel" (a ratio), "sold us 3.7 bln stg more than we sold them" (a gap); "than last year", "less than
    we forecast" (a revision) are moves."""
    text, end = q.text, nm.end()
    if q.fig.unit == "times" and text.startswith(" than", end):
        return not _THAN_EARLIER.match(text, end)
    if nm.group(1).lower() in _MORE_LESS and text.startswith(" than ", end):
        return _THAN_CLAUSE.match(text, end) is not None and not _THAN_AIMED.match(text, end)
    return False


def _noun_after_modifier(q: Near, nm: re.Match | None) -> str | None:
    """The direction of a direction noun up to three modifier words after ``nm`` (the first of them)."""
    for _ in range(3):
        lw = nm.group(1).lower() if nm else ""
        if not lw or (lw in q.rules.words.stop and lw != "on") or lw in q.rules.directions:
            return None
        nxt = _NEXT_PART.match(q.text, nm.end(), nm.end() + 20)
        if nxt is None:
            return None
        d = q.rules.directions.get(nxt.group(1).lower())
        if d:
            return d.noun
        nm = nxt
    return None


def share_of_change(q: Near) -> str | None:
    """ "accounted for 33.2 bln dlrs of the 36.6 bln dlr rise", "half of the decline was": a part of a change named
    right after it moved the same way; not "of the tax reduction package" (a modifier), "six of the seven cuts" (a
    count of things) or money "of the gain" (a profit booked)."""
    if not q.text.startswith(" of ", q.fig.end):
        return None  # the cheap test: "of" right after the figure
    m = _OF_THE.match(q.text, q.fig.end + 4)
    words = m.group(1).split() if m else []
    for i, w in enumerate(words[:4]):  # "36.6 billion dlr rise": the first direction noun within four words
        lw = w.lower().rstrip(",")
        d = q.rules.directions.get(lw)
        if lw in _NOT_IN_NP:
            return None
        if d and d.noun:
            nxt = words[i + 1].lower() if i + 1 < len(words) and not w.endswith(",") else ""
            gain = lw.startswith("gain") and q.fig.unit not in (None, "count", "percent")
            plural = lw.endswith("s") and q.fig.unit in (None, "count")
            return None if gain or plural or (nxt.isalpha() and nxt not in _AFTER_HEAD) else d.noun
        if w.endswith(","):
            return None  # the noun phrase ends at a comma
    return None


# "a third of the level in 1986", "two-thirds of the 1986 level", "60 pct of last year's level": a part of an earlier
# level (not "30 pct of the total in 1986": a share of the same time's total)
_EARLIER = r"(?:previous|preceding|prior|last|year-earlier|year-ago|(?:19|20)\d\d)"
_OF_EARLIER_LEVEL = re.compile(
    rf"(?i)\s+of\s+(?:the\s+{_EARLIER}(?:\s+[\w-]+)?\s+levels?\b|(?:the|its|their)\s+(?:[\w-]+\s+)?levels?\s+"
    rf"(?:of|in|for|during)\s+(?:the\s+)?(?:{_EARLIER}|a\s+year)\b|(?:last|the\s+previous)\s+year['’]s\s+(?:[\w-]+\s+)?levels?\b)"
)


def part_of_earlier(q: Near) -> str | None:
    """ "only about a third of the level in 1986", "two-thirds of the 1986 level": a percent of an earlier level is a
    fall below 100, a rise above it."""
    if q.fig.unit != "percent" or not q.text.startswith(" of ", q.fig.end):
        return None  # the cheap test: a percent with "of" right after it
    if _OF_EARLIER_LEVEL.match(q.text, q.fig.end) is None or q.fig.value == 100:
        return None
    return "decrease" if q.fig.value < 100 else "increase"


# ", about half the deficit of the previous year", ", twice the 1986 total": the figure as a multiple of an earlier one
_MULTIPLE_OF_EARLIER = re.compile(
    r"(?i)[A-Za-z -]{0,40}?,\s+(?:(?:about|around|some|roughly|nearly|almost|only|just|more\s+than|less\s+than)\s+)?"
    r"(half|a\s+third|a\s+quarter|one\s+third|one\s+quarter|two-thirds|double|twice|three\s+times|four\s+times)\s+"
    r"(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:of|in|for)\s+(?:the\s+)?)?"
    rf"(?:{_EARLIER}\s+year|a\s+year\s+(?:earlier|ago|before)|{_EARLIER}\b)"
)
_GROWN = ("double", "twice", "three", "four")


def multiple_of_earlier(q: Near) -> str | None:
    """ "a five billion dlr trade deficit, about half the deficit of the previous year", "sales of 40 mln dlrs, twice
    the 1986 total": an amount (with the words naming it) that is a fraction of the same quantity at an earlier time
    fell; a multiple of it rose."""
    if q.text.find(",", q.fig.end, q.fig.end + 41) < 0:
        return None  # the cheap test: a comma soon after the figure
    m = _MULTIPLE_OF_EARLIER.match(q.text, q.fig.end)
    if m is None:
        return None
    return "increase" if m.group(1).lower().startswith(_GROWN) else "decrease"
