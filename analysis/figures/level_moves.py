"""The direction rules of a level a verb or an adverb moved the quantity to (the figure is where the quantity stood
after the move, not the change itself): "dropped to 13.9%", "reduce the coverage for wheat to 8 mln", "cut its rate
from 12.75 pct to 11.25 pct", "were up from 3,100 to 4,200", "edged down to nine pct"."""

from __future__ import annotations

import re

from ..text.words import PASSIVE_MARKERS, WEEKDAYS
from .candidates import Candidate
from .near import HARDLY, NOT_LEVEL, YEAR_IN_OBJECT, Near
from .words_before import approx_start, hedges_removed, prev_word

_AT_TO = ("at ", "to ", "At ", "To ")
# "edged up to", "edging up to", "brought it up to": a move; not "offering up to", "covering up to" (as much as)
_MOVED_UP = re.compile(r"(?:ed|\bedging|\binching|\bcreeping|\bmoving|\bgoing|\bit|\bthem|\bwent)\s+$")
_FROM_LEVEL = re.compile(r",?\s+from\s+(?:the\s+|an?\s+)?")  # "to one dlr from two dlrs", "to 14 cts, from 12 cts"
# the verb's object, then "to"; an insert between commas in it ("its total polypropylene, a resin, capacity to")
_LONG_OBJECT_TO = re.compile(
    r"\s*(?:[\w'’()-]+\s+){1,12}to\s+"
    r"|\s*(?:[\w'’()-]+\s+){0,8}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,4}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,3}to\s+"
)
# "from 12 pct", "from a low of 37 pesos", "from a post-war high of"
_FROM_END = re.compile(
    r"(?i)\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:current|present|previous|existing|original|old)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:low|high|peak|record|level)\s+of\s+)?$"
)  # "from 12.75 pct", "from a high of", "from the current level of", "from the current 27 pct"
_EARLIER_TO = re.compile(
    r"(?:\s+(?!and\b|or\b)[\w'’-]+){0,6}?\s+to\s+(?:an?\s+)?"
)  # "from 81 bln at the end of 1986 to"
_INSERT = re.compile(r",\s+[^,;]*,\s+")  # the insert between commas in a verb's object (_LONG_OBJECT_TO)
_LINK_ADVERB_FROM = re.compile(r"(?i)\b(?:was|were|is|are)\s+(up|down)\s+from\s+$")  # "were up from 3,100 to"
_RANGE = frozenset({"range", "ranges", "ranging", "ranged"})  # right after a direction noun: "price cuts ranging from"
_THEN_FROM = re.compile(r"(?:\s+(?:in|on|at|during|for)\s+[\w-]+(?:\s+\d{4})?)?,?\s+from\s+(?:an?\s+|the\s+)?\d")
_DAY_WORDS = frozenset(WEEKDAYS + ("today", "yesterday", "overnight"))  # the day a move was made, after its adverb


def verb_to_level(q: Near) -> str | None:
    """ "dropped to 13.9%", "more than doubled to an average of 1.66 mln", "quadrupled its tariff to 100 pct":
    a level moved by a verb with no change figure of its own carries the move; with "from" and the earlier level
    after it the verb's object may be long ("reduced the exercise price of its warrants to one dlr from two")."""
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return _moved_before_comma(q)
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    if q.rules.to_reached.fullmatch(gap):
        return last[1]
    fm = _FROM_LEVEL.match(q.text, q.fig.end)
    if fm is None or not _LONG_OBJECT_TO.fullmatch(gap):
        return None  # the cheap test first: "from" right after the figure
    nxt = q.others.next_number(q.fig.end)
    if nxt is None or approx_start(q.text, nxt.start) != fm.end():
        return None  # "from" and the earlier level: "to one dlr from two dlrs"
    return None if q.rules.object_gap.search(_INSERT.sub(" ", gap[: gap.rstrip().rfind(" ")])) else last[1]


def _moved_before_comma(q: Near) -> str | None:
    """ "jumped by 5.7 bln dlrs, a six pct rise, to 101.2 bln dlrs": the window starts after the comma, and the word
    right before ", to" the level is a direction noun or verb."""
    if q.prev != "to" or not q.text.endswith(", ", 0, q.prev_start):
        return None  # the cheap test: ", to" right before the figure or its hedge
    word = prev_word(q.text, q.prev_start - 2)[0].lower()
    d = q.rules.directions.get(word)
    return (d.verb or d.noun) if d is not None and not d.rate else None


def verb_object_to(q: Near) -> str | None:
    """ "reduce the guarantee coverage for sales of wheat to 8 mln dlrs": a direction verb, its long object and "to" the
    level, with no earlier level after it (verb-to-level takes those); not a count ("sold the stake to 40 funds"), not
    across a word that ends the object ("rose after the group sold its stake to 40 pct")."""
    if (
        q.prev != "to"
        or q.fig.unit in (None, "count")
        and "number" not in q.text[max(q.lo, q.fig.start - 90) : q.hedge]
    ):
        return None  # the cheap test: "to" right before an amount, or a count of "the number of"
    last = q.last_verb()
    if last is None:
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    if q.figure_between(last[0], q.fig.start):
        own = _owned_level(q, last[0])
        if own is None:
            return None
        gap = hedges_removed(q.text[last[0] : own.start] + "its" + q.text[own.end : q.fig.start])
    words = gap.split()
    if (
        len(words) > 12
        or not _LONG_OBJECT_TO.fullmatch(gap)
        or any(w.lower() in q.rules.words.object_end for w in words)
    ):
        return None  # "rose after the group sold its stake to 40 pct": the verb's object ended
    # a year in the object is no figure ("the cumulative fiscal year 1987 program for sales to Algeria to")
    obj = _INSERT.sub(" ", YEAR_IN_OBJECT.sub("", gap[: gap.rstrip().rfind(" ")]))
    return None if q.rules.object_gap.search(obj) else last[1]


# "reduce its current 42.5 pct stake in the company to 19.9 pct": the object's own level, after its owner
_OWNER_BEFORE = re.compile(r"(?i)\b(?:its|their|his|her|our|the)\s+(?:(?:current|existing|present|original)\s+)?$")
_NOUN_AFTER = re.compile(r"\s+(?:stake|holding|interest|share|shareholding)\b")


def _owned_level(q: Near, a: int) -> Candidate | None:
    """The one figure between the verb and the level that is its object's own level ("its current 42.5 pct stake"),
    in the same unit, or None."""
    between = [o for o in q.others.numbers_in(a, q.fig.start) if o is not q.fig]
    own = between[0] if len(between) == 1 else None
    if own is None or own.unit != q.fig.unit or not _NOUN_AFTER.match(q.text, own.end):
        return None
    return own if _OWNER_BEFORE.search(q.text, max(a, own.start - 30), approx_start(q.text, own.start)) else None


def verb_from_to(q: Near) -> str | None:
    """ "cut its lending rate from 12.75 pct to 11.25 pct", "grew from 12 pct in 1985 to 15 pct", "the reduction from
    12.75 to 11.25": the level a verb (or a direction noun) moved the quantity to from an earlier level."""
    if q.prev != "to":
        return None  # the cheap test: "to" right before the figure
    last = q.last_verb()
    before = q.others.numbers_in(last[0], q.fig.start) if last else []
    if len(before) != 1 or before[0] is q.fig:
        return None  # one number between the verb and the figure: the earlier level
    earlier = before[0]
    lead = approx_start(q.text, earlier.start)
    fm = _FROM_END.search(q.text, max(last[0], lead - 30), lead)
    if not fm or not _EARLIER_TO.fullmatch(q.text, earlier.end, approx_start(q.text, q.fig.start)):
        return None
    if earlier.unit and q.fig.unit and earlier.unit != q.fig.unit and q.fig.unit != "count":
        return None  # another quantity's figure ("from 37 pesos to 367.50": a bare level takes the earlier's unit)
    words = hedges_removed(q.text[last[0] : lead]).split()
    ends = [
        w for w in words[1 if words and words[0].lower() in _RANGE else 0 :] if w.lower() in q.rules.words.object_end
    ]
    if len(words) > 10 or ends:
        return (
            None  # "rose as prices ranged from 3 to 4 dlrs": the verb's object ended; "price cuts range from" did not
        )
    # "rose fivefold, from 417 mln to 2.3 bln": a comma may stand right before "from"
    obj = hedges_removed(q.text[last[0] : fm.start()]).rstrip().removesuffix(",")
    if q.rules.object_gap.search(obj) or _noun_moved(q, last[0]):
        return None
    return last[1]


def adverb_from_to(q: Near) -> str | None:
    """ "exports were up from 3,100 to 4,200 tonnes": the level a linking verb and a direction adverb moved the
    quantity to from an earlier level; not after a comma ("2.3 to 2.6 mln, down from 2.4 to 2.7 mln": the earlier)."""
    if q.prev != "to":
        return None  # the cheap test: "to" right before the figure
    before = q.others.numbers_in(max(q.lo, q.fig.start - 40), q.fig.start)
    earlier = before[-1] if before else None
    if earlier is None or earlier is q.fig:
        return None
    if not _EARLIER_TO.fullmatch(q.text, earlier.end, approx_start(q.text, q.fig.start)):
        return None
    lead = approx_start(q.text, earlier.start)
    m = _LINK_ADVERB_FROM.search(q.text, max(q.lo, lead - 30), lead)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.adverb if d is not None else None


def adverb_to_level(q: Near) -> str | None:
    """ "was fixed lower at 1.8218 marks", "edge down to nine pct", "was little changed at 4.829", "held steady
    at 2 pct": a direction adverb, "at" or "to", then the level; not "up to" (as much as)."""
    if not q.text.endswith(_AT_TO, max(0, q.fig.start - 4), q.fig.start) and not (
        q.hedge < q.fig.start and q.text.endswith(_AT_TO, max(0, q.hedge - 4), q.hedge)
    ):
        return None  # the cheap test: no "at"/"to" right before the figure or its hedge
    prev, prev_start = prev_word(q.text, q.fig.start)  # not q.prev: "up to" is also a hedge ("up to 40 pct")
    if prev.lower() not in ("at", "to") and q.hedge < q.fig.start:
        prev, prev_start = q.prev, q.prev_start  # "unchanged at about 3.5 pct": the word before the hedge
    if prev.lower() not in ("at", "to"):
        return None
    pw2, pws2 = prev_word(q.text, prev_start)
    if pw2 in _DAY_WORDS:  # "settled 2.29 cents lower Thursday at 104.68 cents": the day of the move between
        pw2, pws2 = prev_word(q.text, pws2)
        prev_start = pws2 + len(pw2) + 1 if pw2 else prev_start
    lw = pw2.lower()
    d = q.rules.directions.get(lw)
    between = q.text[pws2 + len(pw2) : prev_start].strip()
    if d is None or between not in ("", ",") or between and " than " in q.text[q.fig.end : q.fig.end + 40]:
        return (
            None  # "were also lower, at 219 bln francs": a comma may stand between; "higher, at 89 pct, than" compares
        )
    if _no_move(q, lw, d, prev.lower(), pws2):
        return None
    return d.adverb or (d.after if d.after in ("increase", "decrease", "unchanged") and lw not in NOT_LEVEL else None)


def _no_move(q: Near, lw: str, d, prep: str, pws2: int) -> bool:
    """The adverb-and-preposition forms that move no level: "tariffs of up to 40 pct" (as much as, unless "from" an
    earlier level follows), "unchanged to three mln barrels higher" (a range of changes), "set up at" (a phrasal
    verb), "was changed to 5 pct" (moved; "little/barely changed at" did not), "was added at" (a passive)."""
    if lw == "up" and prep == "to" and not _MOVED_UP.search(q.text, max(0, pws2 - 12), pws2):
        return not _THEN_FROM.match(q.text, q.fig.end)  # "were up to 220 mln dlrs in March from 110 mln" rose
    if d.after == "unchanged" and prep == "to":
        return True
    before = prev_word(q.text, pws2)[0].lower()
    if lw in ("up", "down") and before in q.rules.words.particle_verb:
        return True
    if d.adverb and lw.endswith("ed") and before in PASSIVE_MARKERS:
        return True  # "liquidity was added at about 3.95 pct": a passive says at what level, not that it moved
    return lw == "changed" and before not in HARDLY


def _noun_moved(q: Near, end: int) -> bool:
    """Whether a direction word of the other way stands just before the one ending at ``end``: in "cut the fare rise
    from 30 pct to 12 pct" the second names the quantity and the first moves it, which no rule here tells apart."""
    found = q.words.directions.between(max(q.lo, end - 60), end)
    if len(found) < 2:
        return False
    a, b = q.rules.directions[found[-2][2]], q.rules.directions[found[-1][2]]
    first, second = a.verb or a.noun, b.verb or b.noun or b.to_level
    return not a.rate and first is not None and first != second and found[-1][0] - found[-2][1] < 40
