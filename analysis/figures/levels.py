"""The direction rules of a level (the figure is where the quantity stood after a move, not the change itself): a
verb or an adverb that moved it to the level, a level reached or held, a level followed by the change it made, a
level compared with an earlier one. ``directions.DIRECTION_RULES`` orders them with the others."""

from __future__ import annotations

import re

from ..text.words import WEEKDAYS
from .candidates import Candidate
from .near import ADVERB_AFTER_FIG, NEXT_WORD, Near, past_bracket
from .words_before import approx_start, hedges_removed, prev_word

_AT_TO = ("at ", "to ", "At ", "To ")
# "edged up to", "edging up to", "brought it up to": a move; not "offering up to", "covering up to" (as much as)
_MOVED_UP = re.compile(r"(?:ed|\bedging|\binching|\bcreeping|\bmoving|\bgoing|\bit|\bthem|\bwent)\s+$")
# a cap ("a payment that could reach 350 mln") or a condition ("until prices reach 20 dlrs"); "exports could reach 2
# mln tonnes" stays a forecast rise, like "is projected to top"
_CONDITION = re.compile(
    r"(?i)\b(?:(?:that|which)\s+(?:could|might|may)(?:\s+[a-z]+ly)?|(?:until|unless|if|whether)(?:\s+[a-z]+){0,3})\s+$"
)
_FROM_LEVEL = re.compile(r",?\s+from\s+(?:the\s+|an?\s+)?")  # "to one dlr from two dlrs", "to 14 cts, from 12 cts"
# the verb's object, then "to"; an insert between commas in it ("its total polypropylene, a resin, capacity to")
_LONG_OBJECT_TO = re.compile(
    r"\s*(?:[\w'’()-]+\s+){1,12}to\s+"
    r"|\s*(?:[\w'’()-]+\s+){0,8}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,4}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,3}to\s+"
)
_ADVERB_AFTER = re.compile(r",\s+([A-Za-z]+)")
_CHANGE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?([A-Za-z]+)\s+(?:by\s+)?(?:(?:a|an)\s+(?:revised\s+)?)?")
# "from 12 pct", "from a low of 37 pesos", "from a post-war high of"
_FROM_END = re.compile(
    r"(?i)\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:current|present|previous|existing|original|old)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:low|high|peak|record|level)\s+of\s+)?$"
)  # "from 12.75 pct", "from a high of", "from the current level of", "from the current 27 pct"
_EARLIER_TO = re.compile(
    r"(?:\s+(?!and\b|or\b)[\w'’-]+){0,6}?\s+to\s+(?:an?\s+)?"
)  # "from 81 bln at the end of 1986 to"
_PEAK_AT = re.compile(r"\bpeak(?:ed|ing)? at\b")
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
_LONG_PHRASE = re.compile(r"(?:\s+[A-Za-z0-9][\w'’-]*){5,10}?(?=,\s+(?:up|down)\s+[^,;.]{1,25}?\s+from\s)")
_SHORT_PHRASE = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,4}?(?=,)")  # "67.5 mln barrels on March one, up 39 pct"
# ", an increase of 261 bags", ", an increase from 65 mln dlrs", ", which would mean a drop of between 34 and 41 pct"
_NOUN_OF_AFTER = re.compile(
    r"(?i),\s+(?:(?:which|that)\s+(?:would\s+|will\s+)?(?:means?|meant|represents?|represented|is|was)\s+)?"
    r"an?\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:of|from|over)\s+"
)
_INSERT = re.compile(r",\s+[^,;]*,\s+")  # the insert between commas in a verb's object (_LONG_OBJECT_TO)
# "earned 39.4 mln dlrs, including gains of 11.5 mln dlrs from ..., down from", "earmarks 59.8 bln, or 24.6 pct of
# spending, for debt service, up from": an insert after a level, up to the change of that level
_INSERT_UP_FROM = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?,\s+(?:including|excluding|or|for)\s(?:[^;.()]|\.(?=\d)){1,160}?(?=,\s+(?:up|down)\s+from\s)"
)
_VERB_CHANGE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:by\s+)?(?:an?\s+)?(?:about\s+|some\s+|nearly\s+)?")
_PERFECT_FIXED = re.compile(r"(?i)\b(?:has|have|had)\s+been\s+(?:[a-z]+ly\s+)?(?:fixed|pegged|frozen)\s+at\s+$")
_SINCE_AFTER = re.compile(r"[^.;]{0,40}?\bsince\b")  # not "the coupon has been fixed at 7.5 pct": a new issue's terms
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma that is no thousands separator
_AND_LISTED = re.compile(r"(?:\s+[\w-]+){0,3},?\s+and\s+")  # "4.3 pct this year and" 5.5 pct
_LINK_ADVERB_FROM = re.compile(r"(?i)\b(?:was|were|is|are)\s+(up|down)\s+from\s+$")  # "were up from 3,100 to"
YEAR_IN_OBJECT = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?\b")  # "its 1986/87 grain imports": a year or a crop year
_RANGE = frozenset({"range", "ranges", "ranging", "ranged"})  # right after a direction noun: "price cuts ranging from"
# ", narrowing from 30 bln", ", falling sharply from": a direction verb's participle after a level's comma, then "from"
_PARTICIPLE_FROM = re.compile(r",\s+([a-z]+ing)(?:\s+[a-z]+ly)?\s+from\s+(?:an?\s+|the\s+)?")
# "18.2 pct more than in the previous year", "more than in 1985": a comparison with an earlier period (not "than the
# 1986 Budget forecasts")
_THAN_BEFORE = re.compile(
    r"\s+than\s+(?:in\s+|at\s+)?(?:(?:the\s+|a\s+)?(?:previous|preceding|last|same|year|year-earlier)|(?:19|20)\d\d)\b"
)
# "above a year earlier", "below year-ago levels", "above the year-earlier level": an earlier time right after the word
_EARLIER_BESIDE = re.compile(
    r"\s+(?:(?:the|its)\s+)?(?:year-earlier|year-ago|a\s+year\s+(?:earlier|ago|before)|(?:last|the\s+previous)\s+year)\b"
)
_WITHIN = re.compile(r"\s+within\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$")  # "to remain within a 3.7 to 4 pct range"
_SET_APART = frozenset({"under", "over", "above", "below", "short"})  # "remain 47 pct under": a gap, not a level
_THEN_FROM = re.compile(r"(?:\s+(?:in|on|at|during|for)\s+[\w-]+(?:\s+\d{4})?)?,?\s+from\s+(?:an?\s+|the\s+)?\d")
_DAY_WORDS = frozenset(WEEKDAYS + ("today", "yesterday", "overnight"))  # the day a move was made, after its adverb
_NOT_LEVEL = frozenset({"more", "less", "hit", "above", "below"})  # after-words that move no level before "at"/"to"


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


def reached_level(q: Near) -> str | None:
    """ "the surplus, which reached 58.6 bln dlrs", "was projected to top 10 bln", "hit a 52-week low of 115 dlrs"
    (decrease): a level reached is where a rise (or, to a low, a fall) took the quantity."""
    window = q.text[max(q.lo, q.fig.start - 60) : q.hedge]
    if (
        "reach" not in window
        and "top" not in window
        and "hit" not in window
        and "touch" not in window
        and ("peak" not in window or not _PEAK_AT.search(window))  # "peaked at", not "to a peak 101.8 bln"
    ):
        return None  # the cheap test
    m = q.rules.reached.search(q.text, max(q.lo, q.fig.start - 60), q.hedge)
    if m is None or (m.group(1) and not m.group(2)) or q.figure_between(m.start(), q.fig.start):
        return None  # "hit 5 bln" is no reach: only "hit a high/low/record"
    if _CONDITION.search(q.text, max(q.lo, m.start() - 30), m.start()):
        return None  # "a payment that could reach 350 mln dlrs", "until prices reach": a cap or a condition, no move
    after = _ADVERB_AFTER.match(q.text, q.fig.end)  # "reached 5 bln, down 3 pct": the adverb says it
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if d and d.adverb:
        return d.adverb
    return "decrease" if "low" in (m.group(2) or "", m.group(3) or "") else "increase"


def brought_to_level(q: Near) -> str | None:
    """ "bringing the number of unemployed to 4.2 mln", "brings to 157 the number of goods": a total brought to a
    level grew by what was added to it."""
    if q.prev.lower() not in ("to", "of"):
        return None  # the cheap test: "to" (or "a total of") right before the figure, a word of bringing before
    window = q.text[max(q.lo, q.hedge - 70) : q.hedge]
    if "bring" not in window and "brought" not in window:
        return None
    if q.rules.brought_to.search(q.text, max(q.lo, q.hedge - 70), q.hedge):
        return "increase"
    before = q.rules.bring_to.search(q.text, max(q.lo, q.hedge - 70), q.hedge)
    if before and before.group().rstrip().endswith("of"):
        return "increase"  # "bring Lufthansa's purchases to a total of 34"
    return "increase" if before and q.rules.total_after.match(q.text, q.fig.end) else None


def held_at_level(q: Near) -> str | None:
    """ "kept its discount rate at 3.5 pct", "sustain their average growth at 2.5 to three pct": a verb that holds its
    object at a level says the level did not move; so does a verb of staying right before it ("could remain around
    18 dlrs", "stayed near 3 pct")."""
    if q.prev.lower() in q.rules.words.stay_verb:
        nm = NEXT_WORD.match(q.text, q.fig.end, q.fig.end + 20)
        after = nm.group(1).lower() if nm else ""
        return None if after in q.rules.directions or after in _SET_APART else "unchanged"
    if q.prev.lower() != "at":
        return None  # the cheap test: "at" right before the figure
    if _PERFECT_FIXED.search(q.text, max(q.lo, q.hedge - 40), q.hedge) and _SINCE_AFTER.match(q.text, q.fig.end):
        return "unchanged"  # "has been pegged at 3.671 to the dollar since 1980": a level kept since a time
    return "unchanged" if q.rules.held_at.search(q.text, max(q.lo, q.fig.start - 70), q.hedge) else None


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
    return d.adverb or (d.after if d.after in ("increase", "decrease", "unchanged") and lw not in _NOT_LEVEL else None)


def _no_move(q: Near, lw: str, d, prep: str, pws2: int) -> bool:
    """The adverb-and-preposition forms that move no level: "tariffs of up to 40 pct" (as much as, unless "from" an
    earlier level follows), "unchanged to three mln barrels higher" (a range of changes), "set up at" (a phrasal
    verb), "was changed to 5 pct" (moved; "little changed at" did not)."""
    if lw == "up" and prep == "to" and not _MOVED_UP.search(q.text, max(0, pws2 - 12), pws2):
        return not _THEN_FROM.match(q.text, q.fig.end)  # "were up to 220 mln dlrs in March from 110 mln" rose
    if d.after == "unchanged" and prep == "to":
        return True
    if lw in ("up", "down") and prev_word(q.text, pws2)[0].lower() in q.rules.words.particle_verb:
        return True
    return lw == "changed" and prev_word(q.text, pws2)[0].lower() != "little"


def level_up_from(q: Near) -> str | None:
    """ "42 pct of exports last year, down from 47 pct": the level carries the move stated after it; in "78 pct
    of the 170 mln dlr market, up from 60 pct" the level is the one of the unit compared, not the market."""
    end, um = _up_from_after(q)
    if um is not None and (_inside_including(q) or _listed_after_move(q)):
        return None  # "earned 39.4 mln, including 7.4 mln from ..., down from 41.5 mln": the total's change; "rise by
        # 4.3 pct this year and 5.5 pct in 1988, down from 6.5 pct": the verb says it, as for the first
    if um is None or _COMPARED_BASE.search(q.text, max(q.lo, q.hedge - 20), q.hedge):
        return (
            None  # "totaled 83.8 bln, more than the 77.9 bln of a year ago but slightly down from": the base compared
        )
    earlier = q.others.next_number(um.end())
    unit = earlier.unit if earlier is not None else None
    if any(o.unit == unit or unit is None for o in q.others.numbers_in(end + 1, um.end()) if o is not q.fig):
        return None
    if (unit == "percent") != (q.fig.unit == "percent") and unit is not None and q.fig.unit is not None:
        return None  # a share compared, not the money it is a share of
    return q.rules.directions[um.group(1).lower()].adverb


def _up_from_after(q: Near) -> tuple[int, re.Match | None]:
    """Where the words after the level end and its ", up/down from" match: past a restated figure ("24.8 mln dlrs,
    or 1.20 dlrs a share, down from") or an insert ("39.4 mln dlrs in 1986, including ..., down from")."""
    end = q.fig.end
    if q.text.startswith(", or ", end):
        restated = q.others.next_number(end)
        end = restated.end if restated is not None and approx_start(q.text, restated.start) == end + 5 else end
    um = q.rules.up_from.match(q.text, end) if "from" in q.text[end : end + 90] else None
    if um is None and q.text.find(" from ", end, end + 200) >= 0:  # the cheap test for an insert
        im = _INSERT_UP_FROM.match(q.text, end)
        if im:
            end = im.end()
            um = q.rules.up_from.match(q.text, end)
    return end, um


def _inside_including(q: Near) -> bool:
    """Whether the figure is inside an ", including ..." insert after another figure of its clause."""
    inc = q.text.rfind(", including ", q.lo, q.fig.start)
    if inc < 0 or _CLAUSE_COMMA.search(q.text, inc + 1, q.fig.start):
        return False  # "down this week, including six at GM, carmakers built 160,111 cars": the insert ended before
    return q.figure_between(q.lo, inc)


def _listed_after_move(q: Near) -> bool:
    """Whether the figure follows a change of its unit moved by a verb, joined by "and" ("rise by 4.3 pct this year and
    5.5 pct")."""
    before = q.others.numbers_in(q.lo, q.fig.start)
    prev = before[-1] if before else None
    if prev is None or prev.unit != q.fig.unit or not _AND_LISTED.fullmatch(q.text, prev.end, q.hedge):
        return False
    last = q.last_verb()  # the verb's own change right after it: "rise by 4.3 pct", not "surged to a high of 1.57"
    return last is not None and last[0] <= prev.start and _VERB_CHANGE_GAP.fullmatch(q.text, last[0], prev.start)


def level_participle_from(q: Near) -> str | None:
    """ "a surplus of 12.2 bln dirhams, narrowing from 30.2 bln in 1985", "at 5 pct, rising from 4 pct": a level, a comma
    and a direction verb's participle, then "from" and an earlier level of its unit: the level carries that move."""
    m = _PARTICIPLE_FROM.match(q.text, q.fig.end) if q.text.startswith(",", q.fig.end) else None
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.verb:
        return None
    earlier = q.others.next_number(m.end())
    if earlier is None or approx_start(q.text, earlier.start) != m.end():
        return None  # the earlier level right after "from"
    if earlier.unit not in (q.fig.unit, "count", None) or q.fig.unit in ("count", None):
        return None  # another quantity's figure; a count ("2,000 workers, rising from") is seldom a level moved
    return d.verb


def held_within(q: Near) -> str | None:
    """ "expected rates to remain within a 3.70 to four pct range", "kept the currency within a 2.25 pct band": a verb
    that holds its object within a range says it did not move."""
    window = q.text[max(q.lo, q.hedge - 80) : q.hedge]
    if "within" not in window:
        return None  # the cheap test
    m = _WITHIN.search(window)
    if m is None:
        return None
    held = q.rules.held_at.search(window[: m.start()] + " at ")  # the hold verb and its object, as before "at"
    return "unchanged" if held else None


def _phrase_before_from(text: str, end: int) -> re.Match | None:
    """ "will spend 530 mln dlrs this year on research and development, up 11 pct from the 480 mln": a longer
    phrase after a level, where the change after its comma names the earlier level ("from")."""
    window = text[end : end + 110]
    if ", up " not in window and ", down " not in window:
        return None  # the cheap test
    return _LONG_PHRASE.match(text, end)


def change_after(q: Near) -> str | None:
    """ "output was 8.35 mln bpd, down 7.8 pct from 9.06 mln", "grade B 17.75 dlrs, up 30 cts", "a record 3.7 mln
    hectares, 10.8 pct higher than", "392,845 bags, an increase of 261 bags", "67.5 mln barrels on March one, up 39 pct":
    a level followed (after at most a short phrase) by a comma and the change it made moved that way."""
    comma = past_bracket(q.text, q.fig.end)  # "27.5 bln roubles (41.25 bln dollars), or 4.8 bln roubles less than"
    if not q.text.startswith(",", comma):
        pm = _SHORT_PHRASE.match(q.text, comma) if "," in q.text[comma : comma + 30] else None
        pm = pm or _phrase_before_from(q.text, comma)  # the cheap tests: a comma a few words on, or ", up"
        if pm is None or q.words.directions.between(comma, pm.end()) or q.figure_between(comma, pm.end()):
            return None
        comma = pm.end()
    nxt = q.others.next_number(comma)
    if nxt is None or q.rules.compare_word.search(q.text, max(q.lo, q.hedge - 25), q.hedge):
        return None  # "fell to 383,380 from 402,599 last year, down 4.8 pct": the earlier level compared
    lead = approx_start(q.text, nxt.start)
    m = _CHANGE_AFTER.match(q.text, comma)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is not None and d.adverb:
        return d.adverb if lead == m.end() else None
    nm = _NOUN_OF_AFTER.match(q.text, comma)  # ", an increase of 261 bags", ", a rise of three from"
    d = q.rules.directions.get(nm.group(1).lower()) if nm else None
    if d is not None and d.noun:
        return d.noun if lead == nm.end() else None
    gap = q.text[comma:lead].strip()
    if gap == ", or":  # "totalled 27.5 bln roubles, or 4.8 bln less than a year earlier": the change restated
        return _figure_then_word(q, comma, nxt, False)
    return _figure_then_word(q, comma, nxt, gap != ",") if gap in (",", ", a", ", an") else None


def _figure_then_word(q: Near, comma: int, nxt: Candidate, article: bool) -> str | None:
    """The direction of ", 10.8 pct higher than", ", 4 pct down on", ", a 4.8 pct rise over": the change after a
    level's comma."""
    end = past_bracket(q.text, nxt.end)
    after = NEXT_WORD.match(q.text, end, end + 20)
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if article:
        return d.noun if d is not None else None  # ", a 4.8 pct rise over the current year"
    if d is not None and d.after in ("increase", "decrease") and after.group(1).lower() not in _NOT_LEVEL:
        return d.after
    if d is not None and d.after in ("increase", "decrease") and _THAN_BEFORE.match(q.text, after.end()):
        return d.after  # ", 18.2 pct more than in the previous year": not "3 bln more than imports"
    if d is not None and d.after in ("increase", "decrease") and _EARLIER_BESIDE.match(q.text, after.end()):
        return d.after  # ", 5 pct above a year earlier", ", 3 pct below year-ago levels": not "40 pct above LIBOR"
    am = ADVERB_AFTER_FIG.match(q.text, end)
    d = q.rules.directions.get(am.group(1).lower()) if am else None
    return d.adverb if d is not None and d.adverb else None


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


def record_level(q: Near) -> str | None:
    """ "hit a record $65.7 billion" (increase), "fell to a record low of ..." (decrease)."""
    start = q.fig.start
    if "record" not in q.text[max(0, start - 40) : q.hedge]:
        return None
    rec = q.rules.record.search(q.text, max(q.lo, start - 50), q.hedge)
    if rec and not q.figure_between(rec.start(), start):
        return "decrease" if (rec.group(1) or "").lower() == "low" else "increase"
    return None


def _noun_moved(q: Near, end: int) -> bool:
    """Whether a direction word of the other way stands just before the one ending at ``end``: in "cut the fare rise
    from 30 pct to 12 pct" the second names the quantity and the first moves it, which no rule here tells apart."""
    found = q.words.directions.between(max(q.lo, end - 60), end)
    if len(found) < 2:
        return False
    a, b = q.rules.directions[found[-2][2]], q.rules.directions[found[-1][2]]
    first, second = a.verb or a.noun, b.verb or b.noun or b.to_level
    return not a.rate and first is not None and first != second and found[-1][0] - found[-2][1] < 40


_COMPARED_BASE = re.compile(r"\bthan\s+(?:the\s+)?$")
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


def steady_hedged(q: Near) -> str | None:
    """ "purchases steady around 1.3 bln marks", "stable near 300 dlrs": a level said to hold, a hedge before it."""
    if q.hedge >= q.fig.start:
        return None  # the cheap test: a hedge right before the figure
    d = q.rules.directions.get(q.prev.lower())
    if d is None or d.after != "unchanged" or not q.text[q.prev_start + len(q.prev) : q.hedge].isspace():
        return None  # "purchases steady, only 2.2 bln": a comma ends the level held
    changed = q.prev.lower() == "changed"  # "little changed around 1.83" held; "changed around" is no word of it
    return None if changed and prev_word(q.text, q.prev_start)[0].lower() != "little" else "unchanged"


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
