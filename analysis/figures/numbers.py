"""Numbers with their unit, scale and range, minus everything that is not a figure (stage "found").

``find_numbers`` reads every number of an article once; ``inherit_units`` then gives a bare number the
unit of the figure it is listed or compared with, sentence by sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from ..text.words import HEDGES
from .hits import WordHits
from .rules import Rules, alternation

YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
# the word before a position, read backwards from it: what ``([A-Za-z][\w'’.-]*)\W{0,2}$`` finds in the 40 characters
# before it (the newline "$" may stand before, up to two marks, then the word up to its first letter), but anchored,
# where the forward search tried every one of the 40 characters
_PREV_WORD_REVERSED = re.compile(r"\n?\W{0,2}?([\w'’.-]*[A-Za-z])")
# a hedge before a number ("about 5 pct", "as much as $2 billion"), and the last words hedges end in (a cheap test)
# "about 5 pct", "only around 100 bln", "just over": "only"/"just" may stand before another hedge (not "up to nearly")
_APPROX = re.compile(rf"(?i)\b(?:(?:only|just)\s+)?{alternation(HEDGES)}\s*$")
_APPROX_LAST = tuple(sorted({h.split()[-1] for h in HEDGES}))
PERCENT_UNITS = frozenset({"percent", "percentage points"})
_BARE_AFTER = re.compile(r"(?i)\s*(?:[,.;)]|$|(?:from|in|against|and|or|compared|versus|vs|a|the|last|this|to)\b)")
_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to)\s*")
# between a bare scaled number and the figure that gives its unit: "5.2 billion from", "3.1 billion in January against"
_LATER_GAP = re.compile(
    r"(?:\s+(?:in|at|on|for)\s+[\w -]{1,25}?)?,?\s+(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:an?\s+|the\s+)?(?:revised\s+|estimated\s+)?"
)
_FROM_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rose|rising|fell|falling|increased|decreased|revised)(?:\s+[a-z]+ly)?\s+from\s+$"
)  # "up from 27.51", "(revised from 889.5)"
# "236 mln dlrs in March and 255 in April": the same quantity listed for another period
_PERIOD_AND = re.compile(r"\)?\s+in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?,?\s+and\s+")


@dataclass(slots=True)
class Candidate:
    """A figure found in the text: a number with its unit, or a move without a number (``move``).

    Not frozen (a frozen dataclass costs five times as much to build, and an article has dozens), but
    no stage changes one: ``inherit_units`` builds new ones.
    """

    start: int  # offsets of the figure's surface: "$2.5 billion", "5 to 10 pct", "Iron ore imports ... surged"
    end: int
    value: float  # scale and sub-unit applied ("$2.5bn" = 2.5e9, "12 cts" = 0.12); NaN for a move
    unit: str | None  # code of figure_units.csv ("USD", "percent", "USD/tonne"); None for a bare number
    scale: float = 1.0  # the scale word's factor ("bn": 1e9)
    explicit: bool = False  # a unit or scale is written or inherited
    has_unit: bool = False
    mult: float = 1.0  # scale times sub-unit ("cts"), applied to value
    fraction: bool = False  # a spelled fraction, as a percent share ("a fifth" = 20)
    range: bool = False  # a range, valued at its lower end ("5 to 10 pct")
    unit_from: str | None = None  # "list" or "comparison" when the unit was taken from a neighbour
    move: bool = False  # a move without a number ("imports surged")
    direction: str | None = None  # of a move: the direction of its verb

    @property
    def found(self) -> str:
        """The name of the rule that found it (analysis/data/rules.csv, stage "found")."""
        if self.move:
            return "move-without-number"
        if self.fraction:
            return "fraction-share"
        if self.range:
            return "range"
        if self.unit_from:
            return f"unit-from-{self.unit_from}"
        return "number-with-unit" if self.explicit else "count"


class SentenceFigures:
    """The figures of one sentence in text order, with look-ups by offset over its numbers (moves left out).

    Wire tables put hundreds of numbers in one "sentence": the stages ask these look-ups (a binary search)
    instead of scanning every other figure for every figure.
    """

    __slots__ = ("all", "numbers", "starts", "_max_end")

    def __init__(self, figs: list[Candidate]) -> None:
        self.all = figs  # sorted by start
        self.numbers = [f for f in figs if not f.move]
        self.starts = [f.start for f in self.numbers]
        self._max_end = list(accumulate((f.end for f in self.numbers), max))

    def number_between(self, a: int, b: int, but: Candidate | None = None) -> bool:
        """Whether a number other than ``but`` starts in [a, b)."""
        n = bisect_left(self.starts, b) - bisect_left(self.starts, a)
        if but is not None and not but.move and a <= but.start < b:
            n -= 1
        return n > 0

    def numbers_in(self, a: int, b: int) -> list[Candidate]:
        """The numbers that start in [a, b), in order."""
        return self.numbers[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def next_number(self, pos: int) -> Candidate | None:
        """The first number that starts at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return self.numbers[i] if i < len(self.numbers) else None

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` is inside a number ("U.S. dlrs" in "5 bln U.S. dlrs" is no partner)."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self._max_end[i] > pos


def number_value(s: str) -> float:
    """The value of a written number: "1,234.5", "1-1/4", "5/8"."""
    if "/" in s:
        whole, _, frac = s.replace(" ", "-").rpartition("-")
        a, b = frac.split("/")
        return (float(whole) if whole else 0.0) + (float(a) / float(b) if float(b) else 0.0)
    return float(s.replace(",", ""))


def spelled_value(words: str, rules: Rules) -> float | None:
    """The value of a spelled number ("twenty-five", "a hundred", "two thousand"), or None."""
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        n = rules.numbers.get(w)
        kind, v = (n.kind, n.value) if n else (None, 0.0)
        if kind == "cardinal":
            current += v
        elif kind == "multiplier":
            current = max(current, 1.0) * v
            if v >= 1000:
                total, current = total + current, 0.0
        elif w in ("a", "an"):
            current += 1
        else:
            return None
    return total + current


def prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word before ``pos`` (skipping up to two marks) and where it starts, or ("", -1)."""
    lo = max(0, pos - 40)
    m = _PREV_WORD_REVERSED.match(text[pos - 1 : lo - 1 if lo else None : -1]) if pos > 0 else None
    return (text[pos - m.end(1) : pos - m.start(1)], pos - m.end(1)) if m else ("", -1)


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (after quotes and brackets)."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:"


def approx_start(text: str, pos: int) -> int:
    """Where the hedge before a number starts ("by about a quarter": at "about")."""
    if not text[max(0, pos - 16) : pos].rstrip().lower().endswith(_APPROX_LAST):
        return pos  # a cheap test first: this runs for every figure
    m = _APPROX.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos


def hedges_removed(text: str) -> str:
    """``text`` without its hedges ("rose by about" -> "rose by ")."""
    return _APPROX.sub("", text)


# --- finding numbers -------------------------------------------------------------------------------------
_BID_OFFER = re.compile(r"\d+\.\d{2,4}/\d{2,4}(?![\d/:-]|\.\d)")  # a dealer's quote: bid "149.05", offer "/15"


def find_numbers(text: str, hits: WordHits, rules: Rules) -> list[Candidate]:
    """Numbers with their units, minus everything that is not a figure."""
    out: list[Candidate] = []
    last_end = 0
    for m in _number_matches(text, hits, rules):
        if (m.start("num") if m.group("num") else m.start("word")) < last_end:
            continue  # the second end of a range already read
        read = _read_number(text, m, rules)
        if read is not None:
            out.append(read[0])
            last_end = read[1]
    return out


def _number_matches(text: str, hits: WordHits, rules: Rules):
    """Matches of the number regex, tried only where a digit run or a number word starts.

    Running the full regex over every character was the slowest step; digit runs are found by a regex
    with a fast first-character scan, and number words come from the article's one tokenisation.
    """
    starts = []
    ends, sym_before = rules.symbol_ends, rules.sym_before
    for s in _digit_runs(text, rules):
        j = s - 1
        while j >= s - 2 and j >= 0 and text[j].isspace():
            j -= 1  # a sign may stand a space away ("$ 5", "RMB 5")
        sb = sym_before.search(text, max(0, s - 5), s) if j >= 0 and text[j] in ends else None
        starts.append(sb.start() if sb else s)
    starts.extend(hits.numbers)
    for s in sorted(starts):
        m = rules.number.match(text, s)
        if m:
            yield m


def _digit_runs(text: str, rules: Rules):
    """Where the numbers of ``rules.digits`` start, as its finditer would find them.

    The regex has no first character the engine can scan for (its branches open with an optional group),
    so finditer tried it at every character; a number starts with a digit, so jump from digit to digit.
    """
    p, first, digits = 0, _DIGIT.search, rules.digits.match
    while (d := first(text, p)) is not None:
        m = digits(text, d.start())
        if m is None:  # cannot happen (a digit is a number), but finditer would move on
            p = d.start() + 1
            continue
        yield m.start()
        p = m.end()


@dataclass(slots=True)
class _Extent:
    """What follows a number: the second end of a range, a scale, a unit, "per tonne"."""

    pos: int  # where the figure's words end
    high: float | None  # the upper end of a range
    scale: float
    after_scale: int  # where the scale ends (a count ends here, before its noun)
    unit: str | None
    unit_mult: float  # a sub-unit ("cts": 0.01)


def _read_number(text: str, m: re.Match, rules: Rules) -> tuple[Candidate, int] | None:
    """The figure of one number match and where its words end, or None when it is no figure."""
    num = m.group("num")
    if num:
        if _date_time_or_name(text, m.start("num"), m.end("num"), rules):
            return None
        value, word, fraction = number_value(num), None, False
    else:
        word = m.group("word").lower()
        spelled = _spelled(word, rules)
        if spelled is None:
            return None
        value, fraction = spelled
    ext = _extent(text, m, value, fraction, rules)
    explicit = bool(ext.unit) or ext.scale != 1.0
    if _not_a_figure(text, m, word, value, fraction, explicit, ext, rules):
        return None
    end = ext.pos if ext.unit not in (None, "count") or fraction else ext.after_scale
    mult = ext.scale * ext.unit_mult
    value = value * ext.scale * ext.unit_mult  # in this order: the float product must not change
    fig = Candidate(
        m.start(), end, value, ext.unit, ext.scale, explicit, bool(ext.unit), mult, fraction, ext.high is not None
    )
    return fig, ext.pos


def _date_time_or_name(text: str, ns: int, ne: int, rules: Rules) -> bool:
    """Digits that are part of a date, a time or a name: "July 13", "15:01", "2019-20", "F-35"."""
    if (
        rules.month_before.search(text, max(0, ns - 12), ns)
        or rules.month_after.match(text, ne)
        or rules.clock_after.match(text, ne)
    ):
        return True  # "July 13", "13 July", "3 p.m.", "0900 GMT"
    if ne < len(text) - 1 and text[ne] in ":/.-" and text[ne + 1].isdigit() and not rules.range.match(text, ne):
        return not _BID_OFFER.match(text, ns)  # "15:01", "1986/87", "13.07.2019"; not a quote "149.05/15"
    if ns >= 2 and text[ns - 1] == "-" and (text[ns - 2].isdigit() or text[ns - 2].isalpha()):
        return True  # the second half of "2019-20" or "2-1"; "F-35", "COVID-19": a number glued to a name
    return False


def _spelled(word: str, rules: Rules) -> tuple[float, bool] | None:
    """(value, is a fraction) of a spelled number; a fraction is a percent with one decimal ("a third" = 33.3)."""
    parts = re.split(r"[\s-]+", word)
    last = rules.numbers.get(parts[-1])
    if last is not None and last.kind == "fraction":
        head = parts[0] if len(parts) > 1 else "a"
        num = 1.0 if head in ("a", "an") else (spelled_value(head, rules) or 1.0)
        return round(num * last.value * 100, 1), True
    value = spelled_value(word, rules)
    return None if value is None else (value, False)


def _extent(text: str, m: re.Match, value: float, fraction: bool, rules: Rules) -> _Extent:
    """Read the range, scale, unit and "per ..." after a number; a dealer's bid/offer quote ("149.05/15") is
    one figure, valued at its bid."""
    pos, high = m.end(), None
    if text.startswith("/", pos) and m.group("num"):
        bid = _BID_OFFER.match(text, m.start("num"))
        pos = bid.end() if bid else pos
    rm = rules.range.match(text, pos)
    if rm and not fraction:
        v2 = _range_high(text, m.start(), rm, value, rules)
        if v2 is not None:
            high, pos = v2, rm.end()
    scale = 1.0
    sm = rules.scale.match(text, pos)
    if sm:
        u = rules.units[sm.group("w").lower()]
        if not u.attached or sm.group("sp") == "":
            scale, pos = u.multiplier, sm.end()
    after_scale = pos
    unit, unit_mult, pos = _unit(text, m, pos, rules)
    if fraction:
        unit = "percent"
    if high is None and unit == "percent" and not fraction:
        high, pos = _percent_range(text, m.start(), pos, value, rules) or (None, pos)
    return _Extent(pos, high, scale, after_scale, unit, unit_mult)


def _unit(text: str, m: re.Match, pos: int, rules: Rules) -> tuple[str | None, float, int]:
    """(unit, sub-unit multiplier, where it ends): a unit word, a currency sign before the number, "per tonne"."""
    sym = m.group("sym")
    code = rules.symbols.get(sym) if sym else None
    unit, unit_mult = None, 1.0
    um = rules.unit.match(text, pos)
    unit_word = rules.units[um.group("w").lower()] if um else None
    if um and (not unit_word.attached or um.group("sp") == ""):
        unit, unit_mult, pos = unit_word.code, unit_word.multiplier, um.end()
    if code:
        unit = code  # "$5 billion dollars": the sign decides
    if unit and (code or (unit_word is not None and unit_word.kind == "currency")):
        pm = rules.per.match(text, pos)
        if pm:
            unit, pos = f"{unit}/{rules.per_units[pm.group('w').lower()]}", pm.end()
        elif text.startswith(" per 100", pos) and not text[pos + 8 : pos + 9].isdigit():
            unit, pos = f"{unit} per 100", pos + 8  # "1.2555 marks per 100 (yen)": a rate, not the count 100
    return unit, unit_mult, pos


def _percent_range(text: str, start: int, pos: int, value: float, rules: Rules) -> tuple[float, int] | None:
    """ "5% to 10%", "between 10 per cent and 15 per cent": the unit is written after both ends."""
    rm = rules.range.match(text, pos)
    v2 = _range_high(text, start, rm, value, rules) if rm else None
    um = rules.unit.match(text, rm.end()) if v2 is not None else None
    if um:
        u = rules.units[um.group("w").lower()]
        if u.code == "percent" and (not u.attached or um.group("sp") == ""):
            return v2, um.end()
    return None


def _range_high(text: str, start: int, rm: re.Match, value: float, rules: Rules) -> float | None:
    """The upper end of a range ("5 to 10 pct", "between 5 and 10 pct", "$3 to $4"), or None: "from 5 to 10"
    is a move, unless a level reached comes first ("widened to $8 from $3 to $4": "from" is the comparison)."""
    before = text[max(0, start - 12) : start]
    conn = rm.group("conn")
    pw = before.split()[-1].lower() if before.split() else ""
    n2 = rm.group("num2")
    v2 = number_value(n2) if n2[0].isdigit() else spelled_value(n2, rules)
    if v2 is None or (conn == "and" and pw != "between"):
        return None
    if pw == "from" and not rules.to_level.search(text, max(0, start - 60), start - len(before) + before.rfind("from")):
        return None
    if not (value <= v2 <= max(value * 10, 10)) or (YEAR.fullmatch(n2) and value >= 1800):
        return None
    return v2


def _not_a_figure(text, m, word, value, fraction, explicit, ext: _Extent, rules: Rules) -> bool:
    """Names, compound modifiers, and (without a unit) years, durations, labels and references."""
    nxt = text[ext.pos : ext.pos + 1]
    if word is None and nxt.isalpha():
        return True  # "5G", "747s": a name, not a figure
    if nxt == "-" and text[ext.pos + 1 : ext.pos + 2].isalpha() and not explicit:
        return True  # "a 10-year bond", "a 13-member team"
    if not explicit and _not_a_count(text, m, word, value, fraction, ext, rules):
        return True
    if value == 1 and ext.unit == "shares" and ext.scale == 1.0:
        return True  # "Pier 1 common shares", "one common shares purchase right": one of a plural is a name or a ratio
    if fraction:
        tail = text[ext.pos : ext.pos + 4].lower()
        pw = prev_word(text, approx_start(text, m.start()))[0].lower()
        if not (tail.startswith(" of") or pw == "by") or pw in rules.period_parts:
            return True  # "the first half", "a quarter" are periods; "a fifth of", "by half" are shares
    return False


def _not_a_count(text, m, word, value, fraction, ext: _Extent, rules: Rules) -> bool:
    """A number without unit or scale that counts nothing: a year, "one", a duration, a label, a name."""
    if word is None and YEAR.fullmatch(m.group("num")):
        return True
    if word == "one" or (word and value == 1 and not fraction):
        return True
    if _second_day(text, m, word, value, ext, rules):
        return True
    if _duration(text, ext, rules):
        return True
    pw, pws = prev_word(text, m.start())
    if pw.lower().rstrip(".") in rules.words.label or _parties(text, pw, pws, value, ext, rules):
        return True
    if word is not None and pw.lower() in rules.words.definite:
        return True  # "the two sides" refers back
    if word is not None and word[:1] != m.group("word")[:1] and not sentence_initial(text, m.start()):
        return True  # "the Group of Seven", "the Big Three": a capitalised number inside a sentence is a name
    return (
        word is None
        and pw[:1].isupper()
        and pw not in rules.calendar
        and not sentence_initial(text, pws)
        and text[pws + len(pw) : m.start()].strip() == ""
    )  # "Boeing 747", "Resolution 2397"


def _duration(text: str, ext: _Extent, rules: Rules) -> bool:
    """ "six months", "12 years", and the first of two periods ("within 10 or 15 years", "three- and seven-day")."""
    if rules.duration_after.match(text, ext.pos):
        return True
    return ext.high is None and bool(
        rules.duration_after.match(text, ext.after_scale) or rules.duration_paired.match(text, ext.after_scale)
    )


def _parties(text: str, pw: str, pws: int, value: float, ext: _Extent, rules: Rules) -> bool:
    """ "six major industrial nations", "delegates from 22 countries", "eight senior officials": who is counted;
    "the Group of 10": a name."""
    if value < 1000 and rules.party_count.match(text, ext.after_scale):
        return True
    return pw == "of" and prev_word(text, pws)[0] == "Group"


def _second_day(text: str, m: re.Match, word: str | None, value: float, ext: _Extent, rules: Rules) -> bool:
    """ "from April 21 to 24", "on April 11 and 26": a bare day after a month and a day is a date; "in the next year or
    two", "a week or two": the second of two lengths of time."""
    if value > 31 or ext.after_scale != m.end():
        return False
    if word is None and "." not in m.group("num") and rules.day_range.search(text, max(0, m.start() - 24), m.start()):
        return True
    return rules.span_or.search(text, max(0, m.start() - 16), m.start()) is not None


# --- units from neighbours -------------------------------------------------------------------------------
def inherit_units(figs: list[Candidate], text: str, rules: Rules) -> list[Candidate]:
    """A number without a unit takes the unit of the figure it is listed ("1,850 and 1,880 dlrs") or
    compared with ("5.93 mln against 5.81"); a scaled one with no noun after it that of the last scaled figure before
    it in the sentence ("exports fell to 3.75 mln tonnes while imports rose to 5.72 mln from 5.37 mln"); the figures of
    one sentence, in order."""
    figs = _listed_units(list(figs), text)
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if not b.has_unit and a.has_unit and rules.compared_gap.fullmatch(text[a.end : b.start]) and _may_take(b, a):
            figs[i + 1] = _with_unit(b, a, "comparison")
    for i in range(1, len(figs)):
        b = figs[i]
        if b.has_unit or b.scale == 1.0 or b.move or not _BARE_AFTER.match(text, b.end):
            continue  # the cheap test: a scaled number with no unit and no noun after it ("rose to 5.72 mln from")
        a = next((x for x in reversed(figs[:i]) if x.unit not in PERCENT_UNITS and not x.move), None)
        if a is not None and a.has_unit and a.scale != 1.0:  # "850,000 shares ... 1.99 mln": a count between
            figs[i] = _with_unit(b, a, "sentence")
    return _changed_from(_later_units(figs, text), text)


def _later_units(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "rose to 5.2 billion from 4.8 billion dlrs": a scaled number with no unit and no noun after it, compared with
    the scaled figure right after it, takes that figure's unit (the writer gives the unit once, at the end)."""
    for i in range(len(figs) - 1):
        b, c = figs[i], figs[i + 1]
        if b.has_unit or b.scale == 1.0 or b.move or not c.has_unit or c.scale == 1.0 or c.move:
            continue  # the cheap test: a bare scaled number before a scaled figure with a unit
        if c.unit in PERCENT_UNITS or not _BARE_AFTER.match(text, b.end):
            continue
        if _LATER_GAP.fullmatch(text, b.end, c.start):
            figs[i] = _with_unit(b, c, "later")
    return figs


def _listed_units(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "1.5, 2 and 3 bln dlrs": a number listed before a figure with a unit takes it (right to left)."""
    for i in range(len(figs) - 2, -1, -1):
        a, b = figs[i], figs[i + 1]
        gap = text[a.end : b.start]
        if not a.has_unit and b.has_unit and _LISTED.fullmatch(gap) and _may_take(a, b):
            if "/" in (b.unit or "") and "," in gap and "or" in gap:
                continue  # "net income of 3,321,000, or 74 cts a share": the same amount per share, no list
            figs[i] = _with_unit(a, b, "list")
    return figs


def _changed_from(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "produced 27.85 mln tonnes in 1986, up from 27.51 the previous year": a bare number after "up from" (or
    "revised from"), or listed for another period ("236 mln dlrs in March and 255 in April"), takes the unit and scale
    of the figure just before it when its digits are of the same size (not "from 15 banks")."""
    for i in range(1, len(figs)):
        a, b = figs[i - 1], figs[i]
        if b.has_unit or b.explicit or b.move or b.fraction or not a.has_unit or a.unit in PERCENT_UNITS or a.move:
            continue
        if not _BARE_AFTER.match(text, b.end):
            continue
        if _FROM_BEFORE.search(text, max(0, b.start - 30), b.start):
            how = "changed-from"
        elif _PERIOD_AND.fullmatch(text, a.end, b.start):
            how = "period-list"
        else:
            continue
        written = a.value / a.mult if a.mult else 0.0  # the digits of "27.85 mln tonnes"
        if 0.5 * written <= b.value <= 2 * written and ";" not in text[a.end : b.start]:
            figs[i] = _with_unit(b, a, how)
    return figs


def table_money(figs: list[Candidate], text: str, lo: int, currency: str, rules: Rules) -> list[Candidate]:
    """A results table's money lines ("Net loss 473,784 vs loss 489,257", "Revs 301.9 mln vs 196.4 mln"): their
    bare numbers are amounts in the story's currency (the unit of its last money figure: "Shr 41 cts" is USD)."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.unit in rules.currency_country:
            currency = f.unit  # "Shr 12 yen vs 9 yen" on a line before, in the same sentence
        if f.has_unit or f.move or f.fraction:
            continue
        nl = text.rfind("\n", lo, f.start)
        if rules.table_money.fullmatch(text, nl + 1 if nl >= 0 else lo, f.start):
            out[i] = replace(f, unit=currency, has_unit=True, explicit=True, unit_from="table")
    return out


def money_of(figs: list[Candidate], text: str, currency: str | None, rules: Rules) -> list[Candidate]:
    """ "an aftertax charge of 818,000", "up from 16.6 mln, or 40 cts a share": a bare number written out in full after
    a money noun and "of", or one restated per share, is an amount in the sentence's currency (else the story's)."""
    units = ((f.unit or "").split("/")[0] for f in figs)  # "74 cts a share" is USD/share: its money is USD
    money = next((u for u in units if u in rules.currency_country), None) or currency
    if money is None:
        return figs
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.move or f.fraction or f.value < 1000 or not _BARE_AFTER.match(text, f.end):
            continue  # "sales of 1,200 units": a count of things
        nxt = out[i + 1] if i + 1 < len(out) else None
        per_share = nxt is not None and "/" in (nxt.unit or "") and OR_RESTATED.fullmatch(text, f.end, nxt.start)
        if per_share or (f.scale == 1.0 and rules.money_of.search(text, max(0, f.start - 30), f.start)):
            out[i] = replace(f, unit=money, has_unit=True, explicit=True, unit_from="money-noun")
    return out


OR_RESTATED = re.compile(r",\s+or\s+")  # "up 8.2 bln dlrs, or 1.4 pct": a figure restated after "or"
_QUOTED_PRICE = re.compile(r"\d+-\d+/\d+|\d+/\d+")  # "71-1/2", "7/8": how U.S. share prices are quoted
_STOCK_MOVE = re.compile(
    r"(?i)\b(?:stock|shares?)\b[^.;]{0,60}?\b(?:rose|fell|slipped|gained|declined|dropped|climbed|eased|added|lost|closed|ended|jumped|was|were|at|to|up|down|off)\s+$"
)


def stock_prices(figs: list[Candidate], text: str, lo: int, money: str | None) -> list[Candidate]:
    """ "The stock slipped 1/2 to 71-1/2", "GM shares rose 3-1/2 to 79-1/8": a share price quoted in fractions, and its
    move, are money in the story's currency (dollars where it has none)."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.move or not _QUOTED_PRICE.fullmatch(text, f.start, f.end):
            continue
        moved = i > 0 and out[i - 1].unit_from == "stock-price" and text.startswith(" to ", out[i - 1].end)
        if moved or (_BARE_AFTER.match(text, f.end) and _STOCK_MOVE.search(text, max(lo, f.start - 90), f.start)):
            out[i] = replace(f, unit=money or "USD", has_unit=True, explicit=True, unit_from="stock-price")
    return out


def _may_take(dst: Candidate, src: Candidate) -> bool:
    """Whether ``dst`` may take ``src``'s unit: never a percent for a number with a scale or over 1,000 ("up 2.4
    pct from 6.44 mln", "1.8 pct of GNP from 1.79 billion or 2.5 pct": a level, not a percent)."""
    return src.unit not in PERCENT_UNITS or (dst.scale == 1.0 and dst.value <= 1000)


def _with_unit(dst: Candidate, src: Candidate, how: str) -> Candidate:
    """ "1.5 and 2 billion dlrs": the scale too, unless the number has its own ("5.8 bln dlrs from 5.9 bln") or is
    written out in full ("24.5 mln dlrs, compared with 7,900,000")."""
    own = dst.scale != 1.0 or dst.value >= 1000  # "24.5 mln dlrs, compared with 7,900,000": written out in full
    mult = src.mult / src.scale if own else src.mult
    return replace(
        dst,
        value=dst.value * mult,
        mult=dst.mult * mult,
        unit=src.unit,
        has_unit=True,
        explicit=True,
        scale=dst.scale if own else src.scale,
        unit_from=how,
    )
