"""Which way a figure moved, read from the words around it: the direction rules, tried in the order of
``DIRECTION_RULES`` (the first that finds one wins). ``describe.describe`` asks ``direction_of`` first, then the
rules that carry a direction from the rows already written (``carried.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .gates import first_word_match
from .levels import (
    YEAR_IN_OBJECT,
    adverb_from_to,
    adverb_to_level,
    brought_to_level,
    change_after,
    comparative_than,
    compared_level,
    held_at_level,
    held_within,
    level_after_level,
    level_participle_from,
    level_up_from,
    level_was_change,
    reached_level,
    record_level,
    steady_hedged,
    verb_from_to,
    verb_object_to,
    verb_to_level,
)
from .near import ADVERB_AFTER_FIG, NEXT_WORD, Near, past_bracket
from .words_before import approx_start, hedges_removed, prev_word

_VERB_OF_RATE = re.compile(
    r"(?i)\b(?:(?:cut|cuts|raised|raises|lowered|lowers|revised|revises|trimmed|trims|reduced|reduces|boosted)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"|(?<!the\s)(?<!a\s)(?:cut|cuts|cutting|lowered|lowering|reduced|reducing|trimmed|halved|curbed|raised|boosted)\s+"
    r"(?:[\w-]+\s+){0,2})$"
)  # a verb whose object is the rate (its forecast; "cut inflation to 6 pct", "lowered estimated GDP growth to"): the
# verb moves it
# the next word of a compound modifier ("third-quarter decline"); a measure's name may hold a digit ("M-1 decline")
_NEXT_PART = re.compile(r"(?: |-)([A-Za-z]+|\d(?=\s))")
_BY_END = re.compile(r"(?i)\bby\s*$")
# "2.6 pct, the same as in 1986", "1.8 billion, the same as yesterday": an earlier time (a month, a year) after "as"
_SAME_AS = re.compile(
    r"(?:\s+[a-z]+){0,2},\s+the\s+same\s+as\s+(?:(?:in|on|for|at)\s+)?(?:the\s+)?"
    r"(yesterday|last|previous|preceding|prior|a\s+year|[A-Z][a-z]+|(?:19|20)\d\d)\b"
)
_UNCHANGED_AFTER = re.compile(r",?\s+(?:little\s+)?([A-Za-z]+)\b")
_OF_THE = re.compile(
    r"(?:the|this|that|its|their)\s+((?:[\w.'’-]+,?\s+){0,5}[\w'’-]+)"
)  # "of the 36.6 bln dlr rise in"
_NOT_IN_NP = frozenset({"to", "in", "of", "for", "from", "on", "with", "by", "and", "was", "were", "is", "are", "will"})
# after the head noun of "of the ... rise": a preposition, a verb or a relative word, not another noun
_AFTER_HEAD = _NOT_IN_NP | frozenset(
    {"would", "could", "has", "had", "have", "since", "last", "this", "that", "which", "as", "because", "due"}
)
_ADVERB_PERIOD_BY = re.compile(
    r"(?i)\b([a-z]+)\s+(?:in|during|over|for|last|this)(?:\s+(?:the\s+)?[\w-]+){1,3}\s+$"
)  # an adverb, a period, then "by": "were up in February by"
# "boost its 22 pct stake", "cut the (congressionally) estimated 171 bln dlr deficit": the object's own level
_OWNED_MODIFIER = re.compile(
    r"(?i)(?:\b(?:the|its|their|his|her|our|this|current|existing)|['’]s)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:estimated|projected|forecast|expected|provisional|preliminary|revised|planned|proposed)\s+)?$"
)
# "growing at about", "grew at a year-on-year rate of", "rose at an annual rate of": a verb and the rate of its move
_AT_RATE = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?at\s+(?:an?\s+)?(?:(?:annual|annuali[sz]ed|yearly|monthly|seasonally|adjusted|underlying|"
    r"average|year-on-year|[a-z]+-year)\s+)*(?:rate\s+of\s+)?"
)
_COMMA_BY = re.compile(r"(?i),\s+(?:[a-z]+ly\s+)?by\s+$")  # "fell, by 18 pct", "rose, partly by"
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
_THAN_EARLIER = re.compile(
    r"\s+than\s+(?:in\s+)?(?:(?:the\s+|a\s+)?(?:previous|preceding|last|same|year|normal|usual)|(?:19|20)\d\d)\b"
)
_MORE_LESS = frozenset({"more", "less", "fewer"})
_THAN_CLAUSE = re.compile(r"\s+than\s+(?:we|they|it|he|she|I|you)\s")  # "more than we sold them": a clause compared
_THAN_AIMED = re.compile(
    r"\s+than\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|expected|estimated|planned|budgeted|projected|predicted|targett?ed|anticipated|proposed|requested|sought)\b"
)  # "a billion dollars less than we forecast": a revision
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?= [a-z])")
# "a fall in consumer price" inflation: a change noun and the words before the rate's name
_INTO_RATE = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}")
_RATE_OF = re.compile(r"\b(?:rate|pace) of ([A-Za-z]+)\b")  # "the rate of increase was 6.5 pct"


def _adverb_by(q: Near) -> str | None:
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


def _adverb_before(q: Near) -> str | None:
    """ "up 5 pct", "down 3 pct", "up roughly 20%"; not after a phrasal verb ("set up two firms", "made up 40 pct")."""
    d = q.rules.directions.get(q.prev.lower())
    if q.prev and d and d.adverb and not q.text[q.prev_start + len(q.prev) : q.hedge].strip():
        verb, _ = prev_word(q.text, q.prev_start)
        return None if verb.lower() in q.rules.words.particle_verb else d.adverb
    return None


def _balance_swing(q: Near) -> str | None:
    """ "swung into a deficit of 2 bln", "is projected to return to a 7.4 bln deficit": a balance that moved into
    deficit fell, into surplus rose."""
    a, swing = max(q.lo, q.fig.start - 60), q.rules.words.swing
    m = first_word_match(q.rules.swing_to, swing, q.text, q.lower, a, q.hedge)  # tried where a swing word starts
    if m is None or q.figure_between(m.start(), q.fig.start):
        return None
    balance = m.group(1)
    if balance is None:
        after = q.rules.balance_after.match(q.text, q.fig.end)
        balance = after.group(1) if after else None
    return q.rules.balances.get(balance.lower()) if balance else None


def _balance_turned(q: Near) -> str | None:
    """ "a 3.51 bln dlr deficit in February after a 2.54 bln dlr surplus in January": a balance named after the figure
    that turned from the opposite balance moved that way (into deficit: a fall)."""
    window = q.text[max(q.lo, q.hedge - 15) : q.fig.end + 40]
    if not any(b in window for b in q.rules.balances):
        return None  # the cheap test: no balance word near the figure
    after = q.rules.balance_next.match(q.text, q.fig.end)
    now = after.group(1) if after else None
    if now is None:
        ahead = q.rules.balance_of.search(q.text, max(q.lo, q.hedge - 15), q.hedge)
        now = ahead.group(1) if ahead else None  # "a surplus of 1.2 bln dlrs against a deficit of"
    before = q.rules.balance_before.match(q.text, after.end() if after else q.fig.end) if now else None
    balances = q.rules.balances
    if before is None or balances[now.lower()] == balances[before.group(1).lower()]:
        return None
    return balances[now.lower()]


def _growth_rate(q: Near) -> str | None:
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


def _word_after(q: Near) -> str | None:
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


def _adverb_after(q: Near) -> str | None:
    """ "sales were 39 pct down at 3,267 units", "it was still 26 pct up on February 1986": a direction adverb right
    after the figure, then a preposition of comparison or the clause's end; not "up to" nor "a down payment"."""
    m = ADVERB_AFTER_FIG.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.adverb if d and d.adverb else None


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


def _share_of_change(q: Near) -> str | None:
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


def _unchanged_after(q: Near) -> str | None:
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


def _barrier_lifted(q: Near) -> str | None:
    """ "may lift an additional 84 mln dlrs in trade sanctions", "the 51 mln dlrs in sanctions would be
    lifted": an amount of a trade barrier that is lifted fell."""
    after = q.rules.barrier_after.match(q.text, q.fig.end)
    if after is None:
        return None
    stop = q.rules.sentence_stop.search(q.text, after.end(), after.end() + 50)
    lifted = q.rules.remove_word.search(q.text, after.end(), stop.start() if stop else after.end() + 50)
    return "decrease" if lifted or q.rules.remove_word.search(q.text, q.lo, q.fig.start) else None


_ADDITIONAL = re.compile(r"(?i)\b(?:an?|the)\s+(?:further\s+)?additional\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?$")


def _additional(q: Near) -> str | None:
    """ "an additional quota of 5,000 tonnes", "an additional 300 mln dlrs": an amount added to what there was."""
    if q.fig.unit == "percent" or "dditional" not in q.text[max(q.lo, q.hedge - 40) : q.hedge]:
        return None  # the cheap test; "an additional 20 pct stock dividend" is a rate, no amount added
    m = _ADDITIONAL.search(q.text, max(q.lo, q.hedge - 40), q.hedge)
    moved = q.words.directions.between(m.start(), q.hedge) if m else ()
    if m is None or any(not q.rules.directions[w].infinitive for _, _, w in moved):
        return None  # "an additional staff reduction of 20 pct": the noun says which way; "an additional contract" not
    return "increase"


def _verb_at_rate(q: Near) -> str | None:
    """ "the economy is growing at about 3 pct", "spending grew at a year-on-year rate of 10 pct": a percent after a
    direction verb and "at" is the rate of the move (verb-before stops at "at")."""
    if q.fig.unit != "percent" or "at" not in q.text[max(q.lo, q.hedge - 40) : q.hedge]:
        return None  # the cheap test: a percent with "at" before it
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start) or not _AT_RATE.fullmatch(q.text, last[0], q.hedge):
        return None
    verb = q.words.directions.between(q.lo, q.fig.start)[-1][2]
    return q.rules.directions[verb].verb


def _verb_before(q: Near) -> str | None:
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


def _verb_comma_by(q: Near) -> str | None:
    """ "fell, by 18 pct", "also rose, by 477 mln guilders to 916 mln": a direction verb, a comma and "by" the change
    (verb-before stops at a comma)."""
    if q.prev.lower() != "by":
        return None  # the cheap test: "by" right before the figure
    last = q.last_verb()
    if last is None or not _COMMA_BY.fullmatch(q.text, last[0], q.hedge):
        return None
    return last[1]


def _change_subject(q: Near) -> str | None:
    """ "The year-on-year rise for GDP was 2.3 pct", "the rise was 2.6 pct against three pct a year earlier": a change
    noun as the subject, a linking verb, then the change (and the earlier change it is set against)."""
    prev = q.prev.lower()
    if prev not in _LINKS and (
        prev not in _SET_AGAINST or not _LINK_WORD.search(q.text, max(q.lo, q.hedge - 50), q.hedge)
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
    return d.noun if _SUBJECT_LINK.fullmatch(q.text, last[0], link_end) else None


# "a third of the level in 1986", "two-thirds of the 1986 level", "60 pct of last year's level": a part of an earlier
# level (not "30 pct of the total in 1986": a share of the same time's total)
_EARLIER = r"(?:previous|preceding|prior|last|year-earlier|year-ago|(?:19|20)\d\d)"
_OF_EARLIER_LEVEL = re.compile(
    rf"(?i)\s+of\s+(?:the\s+{_EARLIER}(?:\s+[\w-]+)?\s+levels?\b|(?:the|its|their)\s+(?:[\w-]+\s+)?levels?\s+"
    rf"(?:of|in|for|during)\s+(?:the\s+)?(?:{_EARLIER}|a\s+year)\b|(?:last|the\s+previous)\s+year['’]s\s+(?:[\w-]+\s+)?levels?\b)"
)


def _part_of_earlier(q: Near) -> str | None:
    """ "only about a third of the level in 1986", "two-thirds of the 1986 level": a percent of an earlier level is a
    fall below 100, a rise above it."""
    if q.fig.unit != "percent" or not q.text.startswith(" of ", q.fig.end):
        return None  # the cheap test: a percent with "of" right after it
    if _OF_EARLIER_LEVEL.match(q.text, q.fig.end) is None or q.fig.value == 100:
        return None
    return "decrease" if q.fig.value < 100 else "increase"


_AVERAGE_VERBS = frozenset({"average", "averages", "averaged", "averaging"})


def _change_averaged(q: Near) -> str | None:
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


def _verb_object_by(q: Near) -> str | None:
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


DIRECTION_RULES: tuple[tuple[str, Callable[[Near], str | None]], ...] = (
    ("adverb-by", _adverb_by),
    ("adverb-before", _adverb_before),
    ("adverb-to-level", adverb_to_level),
    ("unchanged-after", _unchanged_after),
    ("steady-hedged", steady_hedged),
    ("balance-swing", _balance_swing),
    ("balance-turned", _balance_turned),
    ("record-level", record_level),
    ("compared-level", compared_level),
    ("share-of-change", _share_of_change),
    ("part-of-earlier", _part_of_earlier),
    ("word-after", _word_after),  # before the rate: "zero growth and a 1.3 pct fall"
    ("adverb-after", _adverb_after),
    ("held-at-level", held_at_level),
    ("brought-to-level", brought_to_level),  # before the rate: "sustain growth at 2.5 pct" did not move
    ("held-within", held_within),  # before the rate: "to remain within a 3.7 to 4 pct range"
    ("growth-rate", _growth_rate),
    ("barrier-lifted", _barrier_lifted),
    ("additional-amount", _additional),  # after barrier-lifted: "lift an additional 84 mln dlrs in sanctions" fell
    ("verb-to-level", verb_to_level),
    ("verb-before", _verb_before),
    ("verb-object-to", verb_object_to),
    ("verb-from-to", verb_from_to),
    ("adverb-from-to", adverb_from_to),
    ("verb-object-by", _verb_object_by),
    ("verb-comma-by", _verb_comma_by),
    ("change-subject", _change_subject),
    ("change-averaged", _change_averaged),
    ("level-up-from", level_up_from),  # after the verbs: in "rose 1.8 pct, down from 2.3 pct" the verb says it
    ("level-participle-from", level_participle_from),  # after the verbs, as level-up-from
    ("verb-at-rate", _verb_at_rate),  # after level-up-from: "growing at 7 pct, down from 9 pct" slowed
    ("change-after", change_after),  # after the verbs: "rose to 5 bln, up 3 pct" is the verb's
    ("comparative-than", comparative_than),  # after change-after: ", 10.8 pct higher than" is that rule's
    ("level-was-change", level_was_change),  # as change-after, with "was/were": "exports of 47 bln were 11 pct higher"
    ("reached-level", reached_level),  # last: "reached 5 bln, down 3 pct from" is a fall
    ("level-after-level", level_after_level),  # after the verbs and the reached levels
)


def direction_of(q: Near) -> tuple[str | None, str | None]:
    """(direction, rule name) of the first direction rule that finds one, or (None, None) for a level."""
    for name, rule in DIRECTION_RULES:
        direction = rule(q)
        if direction:
            return direction, name
    return None, None
