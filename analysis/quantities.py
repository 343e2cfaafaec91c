"""Figures in news text: every number with its unit, scale, metric, partners, direction, period and source.

``extract_figures(articles)`` returns one row per figure (columns in ``FIGURE_COLUMNS``).

Choices (documented here because a reader of the table needs them):
- ``value`` has the scale applied: "$2.5 billion", "$2.5bn" and "2.5 bln dlrs" are 2.5e9; "12 cts" is 0.12 USD.
- Fractions are shares in percent: "a fifth" is 20 with unit ``percent`` and quantity ``share``; they count
  only as "a fifth of ..." or "by a fifth", because "the first half" and "a quarter" are usually periods.
- A range ("5 to 10 pct", "$2-3 billion", "between 5 and 10 pct") is one row whose ``text`` is the whole range
  and whose ``value`` is its lower end.
- A bare number takes the unit of the number it is listed or compared with ("1,850 and 1,880 dlrs",
  "5.93 mln against 5.81"); otherwise it is a ``count`` of the noun phrase after it ("156 cases of ...").
- Not figures: years, dates, times, ordinals, durations ("six months": they fill ``period``), numbers in
  names ("F-35", "G7", "Resolution 2397", "Boeing 747"), compound modifiers ("a 10-year bond"), and the
  spelled "one", or a spelled number after a determiner ("the two sides"), which refer rather than count.
- A move without a number ("Iron ore imports from North Korea surged") is a row with ``value`` NaN,
  ``quantity`` change, and its direction, metric and countries.
- ``direction`` is set on changes and number-less moves; a level after a change ("rose 5% to $2.5 billion")
  has None, but a level moved by a verb with no change figure of its own ("dropped to 13.9%", "hit a record
  $65bn") or followed by ", up/down from ..." or "compared with" an earlier level of its unit carries the move.
- Fractions are percent with one decimal ("a third" = 33.3), as the annotators write them.
- ``countries``: countries named in the figure's clause (after a reporting verb, up to the next comma); if
  none, the source's country; a flow (trade, exports, imports...) naming one party takes the other from the
  source or from the previous figure of the article that names that party.
- ``period_start``/``period_end``: absolute periods ("in 2015", "December 2015") always; relative ones
  ("this year", "last month", "in May") only when the article's ``published`` date is known, else NaT.

Why hand-written rules and no library: quantulum3 (measured for issue 5) read "$2.5bn" as "dollar bit
newton", left "30 per cent" without a unit, reported years as quantities and parsed ~440 sentences/s;
word2number/number-parser only turn words into numbers. News copy uses a small closed set of units and
scale words, so regexes built from the data tables in ``data/figure_*.csv`` are both more accurate here and
fast enough (>1,000 articles/s), and a reader can extend the tables without touching the code.
"""

from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .countries import find_mentions
from .guard import ArticleErrors
from .sentences import paragraph_spans, tokenizer
from .tables import read_table

FIGURE_COLUMNS = [
    "article_id",
    "text",
    "value",
    "unit",
    "quantity",
    "metric",
    "direction",
    "countries",
    "period",
    "period_start",
    "period_end",
    "compared_with",
    "source",
    "source_country",
    "start",
    "end",
    "sentence",
]

# "1-1/4" and "5/8" (wire-style fractions in prices) come first; a date "3/4/87" is not one (no second slash)
_NUMCORE = r"(?:(?:\d{1,3}[- ])?\d{1,2}/\d{1,2}(?![/\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"


def _num_value(s: str) -> float:
    if "/" in s:
        whole, _, frac = s.replace(" ", "-").rpartition("-")
        a, b = frac.split("/")
        return (float(whole) if whole else 0.0) + (float(a) / float(b) if float(b) else 0.0)
    return float(s.replace(",", ""))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _alt(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so "per cent" wins over "per")."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


@dataclass
class _Rules:
    """Everything read from the data tables, compiled once."""

    units: dict = field(default_factory=dict)  # lower surface -> (kind, code, multiplier, attached)
    symbols: dict = field(default_factory=dict)  # surface -> code
    numbers: dict = field(default_factory=dict)  # word -> (kind, value)
    directions: dict = field(default_factory=dict)  # word -> {kind: direction}
    metrics: dict = field(default_factory=dict)  # lower word -> kind
    trade_metrics: set = field(default_factory=set)  # lower words that measure trade between countries
    periods: dict = field(default_factory=dict)  # word -> (kind, value)
    words: dict = field(default_factory=dict)  # kind -> set of words


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Read the tables and build the regexes (once; they are read-only)."""
    r = _Rules()
    for row in read_table("figure_units.csv"):
        s, kind = row["surface"].strip(), row["kind"].strip()
        if kind == "symbol":
            r.symbols[s] = row["code"].strip()
        else:
            r.units.setdefault(
                (kind == "per", s.lower()),
                (kind, row["code"].strip(), float(row["multiplier"] or 1), row["attached"].strip() == "1"),
            )
    for row in read_table("figure_numbers.csv"):
        r.numbers[row["word"].strip().lower()] = (row["kind"].strip(), float(row["value"]))
    for row in read_table("figure_directions.csv"):
        r.directions.setdefault(row["word"].strip().lower(), {})[row["kind"].strip()] = row["direction"].strip()
    for row in read_table("figure_metrics.csv"):
        r.metrics[row["word"].strip().lower()] = row["kind"].strip()
        if (row.get("trade") or "").strip().lower() == "yes":
            r.trade_metrics.add(row["word"].strip().lower())
    for row in read_table("figure_periods.csv"):
        r.periods.setdefault(row["word"].strip(), (row["kind"].strip(), int(row["value"])))
    for row in read_table("figure_words.csv"):
        r.words.setdefault(row["kind"].strip(), set()).add(row["word"].strip().lower())
    _compile(r)
    return r


def _compile(r: _Rules) -> None:
    num_words = r.numbers
    cards = [w for w, (k, _) in num_words.items() if k == "cardinal"]
    mults = [w for w, (k, _) in num_words.items() if k == "multiplier"]
    fracs = [w for w, (k, _) in num_words.items() if k == "fraction"]
    scales = [s for (per, s), (k, *_rest) in r.units.items() if k == "scale" and not per]
    spelled = rf"{_alt(cards)}(?:[\s-]+{_alt(cards + mults)})*"
    fraction = rf"(?:(?:an?|{_alt(cards)})[\s-]+{_alt(fracs)}|half)"
    a_scale = rf"an?(?=\s+{_alt(scales + mults)}\b)"
    sym = _alt(r.symbols)
    r.spelled_re = re.compile(rf"(?i:{spelled})\b")
    r.number = re.compile(
        rf"(?<![\w$.,:'’])(?<![\d/]/)(?:(?P<sym>{sym})\s?)?(?:(?P<num>{_NUMCORE})"
        rf"|\b(?P<word>(?i:{fraction}|{a_scale}|{spelled}))\b)"
    )
    r.range = re.compile(rf"\s*(?P<conn>-|–|—|to|and)\s*(?:{sym}\s?)?(?P<num2>{_NUMCORE}|\b(?i:{spelled})\b)")
    r.scale = re.compile(rf"(?P<sp>\s*-?\s*)(?P<w>{_alt(scales, 'i')})(?![A-Za-z])")
    unit_words = [s for (per, s), (k, *_rest) in r.units.items() if k != "scale" and not per]
    r.unit = re.compile(rf"(?P<sp>\s*-?\s*)(?P<w>{_alt(unit_words, 'i')})(?![A-Za-z])")
    per_words = [s for (per, s) in r.units if per]
    r.per = re.compile(rf"\s*(?:per|a|an|/)\s*(?P<w>{_alt(per_words, 'i')})\b")

    months = [w for w, (k, _) in r.periods.items() if k == "month"]
    units = [w for w, (k, _) in r.periods.items() if k == "unit"]
    parts = [w for w, (k, _) in r.periods.items() if k in ("part", "relative")]
    month = _alt(months)

    def both(ws):  # explicit capitals instead of (?i:): keeps the regex's fast first-character scan
        return _alt(set(ws) | {w.capitalize() for w in ws})

    # Dates and times are checked around each number (one pass of a date regex over every text cost more
    # than all the rest): a month before ("July 13"), a month after ("13 July"), a clock word after.
    r.month_before = re.compile(rf"\b{month}\.?\s+$")
    r.month_after = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b")
    r.clock_after = re.compile(
        r"\s*(?:[ap]\.m\.|(?i:am|pm)\b|o['’]clock|GMT|UTC|EST|EDT|BST|CET|JST|KST|hrs\b|local time)"
    )
    r.period = re.compile(
        "|".join(
            [
                rf"(?P<p1>(?P<part>{both(parts)})\s+(?:(?P<n>\d+|(?i:{spelled}))\s+)?"
                rf"(?P<unit>{both(units)})\b(?:\s+of\s+(?P<of>(?:this|last|next|the current|the)\s+year|\d{{4}}))?)",
                rf"(?P<p2>(?P<month>{month})\b\.?(?:\s+(?P<my>(?:1[89]|20)\d\d)\b)?)",
                r"(?P<p3>(?P<year>(?:1[89]|20)\d\d)\b)",
            ]
        )
    )
    r.prep_before = re.compile(
        r"\b(as of|since|by|until|through|from|to|in|during|for)\s+(?:(?:early|mid|late)-?\s*)?$", re.I
    )
    r.period_units = {w.lower(): v for w, (k, v) in r.periods.items() if k == "unit"}
    r.period_parts = {w.lower(): v for w, (k, v) in r.periods.items() if k in ("part", "relative")}
    r.period_relative = {w.lower() for w, (k, _) in r.periods.items() if k == "relative"}
    r.months = {w: v for w, (k, v) in r.periods.items() if k == "month"}
    r.calendar = set(months) | {w for w, (k, _) in r.periods.items() if k == "weekday"}
    r.duration_after = re.compile(rf"\s+(?:{_alt(units, 'i')})\b")
    r.metric_last = {}
    for phrase in sorted(r.metrics, key=lambda p: -len(p.split())):
        *before, last = phrase.split()
        pat = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, before)) + r"\s+$") if before else None
        r.metric_last.setdefault(last, []).append((phrase, pat))
    r.num_words = set(cards) | set(fracs) | {"a", "an", "half"}
    r.doc_words = set(r.directions) | r.words["report"] | set(r.metric_last) | r.num_words
    r.digits = re.compile(_NUMCORE)
    r.a_next = re.compile(rf"[\s-]+{_alt(scales + mults + fracs, 'i')}\b")
    r.sym_before = re.compile(rf"{sym}\s?$")
    r.source_prep = re.compile(
        rf"\b{_alt(r.words['source_prep'], 'i')}\s+(?P<np>[^,;.]+(?:\.(?:(?=\w)|(?<=\b[A-Z]\.)\s+(?=[A-Z]))[^,;.]*)*)"
    )
    compare = [w for w in r.words["compare"]]
    r.compare = re.compile(
        rf"\b(?P<cue>{_alt(compare, 'i')})\.?\s+(?P<np>[^,;]+?)(?=\s*(?:[,;]|\.(?:\s|$)|\baccording to\b|$))"
    )
    r.yoy = re.compile(r"(?i)\b(?:year-on-year|year-over-year|on-year|(?:from\s+)?a year (?:earlier|ago|before))\b")
    # a partner named but not a country ("to the EC", "with the West"): no listed partner carries over
    r.partner_np = re.compile(rf"\b(?:to|from|with|those to|those from)\s+(?:the\s+)?(?!{month}\b)[A-Z]")
    r.clause = re.compile(
        r";|(?<=[a-z]{3})\.\s+(?=[A-Z])|,\s*(?:but|while|whereas|with|although|though)\b|\s(?:but|while|whereas)\s"
    )


# ---------------------------------------------------------------------------------------------------------
_TOKEN = re.compile(r"[A-Za-z]+")


class _Hits:
    """Word hits of one kind in an article, sorted by offset, for range look-ups."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[tuple[int, int, str]] = []

    def add(self, s: int, e: int, w: str) -> None:
        self.starts.append(s)
        self.items.append((s, e, w))

    def between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [t for t in self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)] if t[1] <= hi]


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:an?|the)\s+$")


@dataclass
class _Doc:
    """One article's text with its word look-ups (tokenised once: word regexes per window were the bottleneck)."""

    text: str
    directions: _Hits
    metrics: _Hits
    reports: _Hits
    mentions: tuple = ((), ())
    numbers: list = field(default_factory=list)  # where spelled numbers start


def _doc(text: str, r: _Rules) -> _Doc:
    d = _Doc(text, _Hits(), _Hits(), _Hits())
    report, wanted = r.words["report"], r.doc_words
    for m in _TOKEN.finditer(text.lower()):
        w = m.group()
        if w not in wanted:
            continue
        s, e = m.span()
        if w in r.directions:
            d.directions.add(s, e, w)
        if w in report and not _DETERMINER_BEFORE.search(text, max(0, s - 5), s):
            d.reports.add(s, e, w)  # not "an estimated $53 billion", "the reported figure"
        for phrase, before in r.metric_last.get(w, ()):
            if before is None:
                d.metrics.add(s, e, phrase)
                break
            b = before.search(text, max(0, s - 40), s)
            if b:
                d.metrics.add(b.start(), e, phrase)
                break
        if w in r.num_words and (w not in ("a", "an") or r.a_next.match(text, e)):
            d.numbers.append(s)
    return d


@dataclass
class _Fig:
    start: int
    end: int
    num_start: int
    value: float
    unit: str | None
    scale: float = 1.0
    explicit: bool = False  # a unit or scale is written or inherited
    has_unit: bool = False
    mult: float = 1.0  # scale times sub-unit ("cts"), applied to value
    fraction: bool = False
    qualitative: bool = False
    after: int = 0  # where the figure's words end (for a count: after its scale, before the noun)


def _spelled_value(words: str, r: _Rules) -> float | None:
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        kind, v = r.numbers.get(w, (None, 0.0))
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


_PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)\W{0,2}$")


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    m = _PREV_WORD.search(text[max(0, pos - 40) : pos])
    return (m.group(1), max(0, pos - 40) + m.start(1)) if m else ("", -1)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:"


def _number_matches(text: str, r: _Rules, doc: _Doc):
    """Matches of the number regex, tried only where a digit run or a number word starts.

    Running the full regex over every character was the slowest step; digit runs are found by a regex
    with a fast first-character scan, and number words come from the article's one tokenisation.
    """
    starts = []
    for m in r.digits.finditer(text):
        s = m.start()
        sb = r.sym_before.search(text, max(0, s - 5), s)
        starts.append(sb.start() if sb else s)
    starts.extend(doc.numbers)
    for s in sorted(starts):
        m = r.number.match(text, s)
        if m:
            yield m


def _candidates(text: str, r: _Rules, doc: _Doc) -> list[_Fig]:
    """Numbers with their units, minus everything that is not a figure."""
    out: list[_Fig] = []
    last_end = 0
    for m in _number_matches(text, r, doc):
        ns = m.start("num") if m.group("num") else m.start("word")
        if ns < last_end:
            continue  # the second end of a range already read
        if m.group("num"):
            ne = m.end("num")
            if (
                r.month_before.search(text, max(0, ns - 12), ns)
                or r.month_after.match(text, ne)
                or r.clock_after.match(text, ne)
            ):
                continue  # "July 13", "13 July", "3 p.m.", "0900 GMT"
            if ne < len(text) - 1 and text[ne] in ":/.-" and text[ne + 1].isdigit() and not r.range.match(text, ne):
                continue  # "15:01", "1986/87", "13.07.2019", "2019-07-13"
            if ns >= 2 and text[ns - 1] == "-" and text[ns - 2].isdigit():
                continue  # the second half of "2019-20" or "2-1"
        sym = m.group("sym")
        code = r.symbols.get(sym) if sym else None
        pos = m.end()
        if m.group("num"):
            value = _num_value(m.group("num"))
            word = None
            # "F-35", "COVID-19", "A320": a number glued to a name
            if ns >= 2 and text[ns - 1] == "-" and text[ns - 2].isalpha():
                continue
        else:
            word = m.group("word").lower()
            value = None
        fraction = False
        if word is not None:
            parts = re.split(r"[\s-]+", word)
            if r.numbers.get(parts[-1], ("",))[0] == "fraction":
                head = parts[0] if len(parts) > 1 else "a"
                num = 1.0 if head in ("a", "an") else (_spelled_value(head, r) or 1.0)
                value = round(num * r.numbers[parts[-1]][1] * 100, 1)  # "a third" = 33.3 (percent, one decimal)
                fraction = True
            else:
                value = _spelled_value(word, r)
            if value is None:
                continue
        # range, scale, unit, per
        hi = None
        rm = r.range.match(text, pos)
        if rm and not fraction:
            v2 = _range_high(text, m.start(), rm, value, r)
            if v2 is not None:
                hi, pos = v2, rm.end()
        scale = 1.0
        after_scale = pos
        sm = r.scale.match(text, pos)
        if sm:
            kind, _, mult, attached = r.units[(False, sm.group("w").lower())]
            if not attached or sm.group("sp") == "":
                scale, pos = mult, sm.end()
        after_scale = pos
        unit, unit_mult = None, 1.0
        um = r.unit.match(text, pos)
        if um:
            kind, ucode, umult, attached = r.units[(False, um.group("w").lower())]
            if not attached or um.group("sp") == "":
                unit, unit_mult, pos = ucode, umult, um.end()
                if kind == "currency" and code:
                    unit = code  # "$5 billion dollars": the sign decides
        if code:
            unit = code
        if unit and (code or r.units.get((False, (um.group("w").lower() if um else "")), ("",))[0] == "currency"):
            pm = r.per.match(text, pos)
            if pm:
                unit, pos = f"{unit}/{r.units[(True, pm.group('w').lower())][1]}", pm.end()
        if fraction:
            unit = "percent"
        if hi is None and unit == "percent" and not fraction:
            # "5% to 10%", "between 10 per cent and 15 per cent": the unit is written after both ends
            rm = r.range.match(text, pos)
            v2 = _range_high(text, m.start(), rm, value, r) if rm else None
            um2 = r.unit.match(text, rm.end()) if v2 is not None else None
            if um2:
                _, ucode2, _, attached2 = r.units[(False, um2.group("w").lower())]
                if ucode2 == "percent" and (not attached2 or um2.group("sp") == ""):
                    hi, pos = v2, um2.end()
        explicit = bool(unit) or scale != 1.0
        nxt = text[pos : pos + 1]
        if word is None and nxt.isalpha():
            continue  # "5G", "747s": a name, not a figure
        if nxt == "-" and text[pos + 1 : pos + 2].isalpha() and not explicit:
            continue  # "a 10-year bond", "a 13-member team"
        if not explicit:
            if word is None and _YEAR.fullmatch(m.group("num")):
                continue
            if word == "one" or (word and value == 1 and not fraction):
                continue
            if r.duration_after.match(text, pos) or (hi is None and r.duration_after.match(text, after_scale)):
                continue  # "six months", "12 years": a period, not a figure
            pw, pws = _prev_word(text, m.start())
            if pw.lower().rstrip(".") in r.words["label"]:
                continue
            if word is not None and pw.lower() in r.words["definite"]:
                continue  # "the two sides" refers back
            if word is not None and word[:1] != m.group("word")[:1] and not _sentence_initial(text, m.start()):
                continue  # "the Group of Seven", "the Big Three": a capitalised number inside a sentence is a name
            if (
                word is None
                and pw[:1].isupper()
                and pw not in r.calendar
                and not _sentence_initial(text, pws)
                and text[pws + len(pw) : m.start()].strip() == ""
            ):
                continue  # "Boeing 747", "Resolution 2397"
        if fraction:
            tail = text[pos : pos + 4].lower()
            pw = _prev_word(text, _approx_start(text, m.start()))[0].lower()
            if not (tail.startswith(" of") or pw == "by") or pw in r.period_parts:
                continue  # "the first half", "a quarter" are periods; "a fifth of", "by half" are shares
        end = pos if unit not in (None, "count") or fraction else after_scale
        out.append(
            _Fig(
                m.start(),
                end,
                ns,
                value * scale * unit_mult,
                unit,
                scale,
                explicit,
                bool(unit),
                scale * unit_mult,
                fraction,
                after=after_scale,
            )
        )
        last_end = pos
    return out


_TO_LEVEL = re.compile(
    r"(?i)\bto\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?(?:[$€£¥]|US\$)?\d[^.;]{0,40}$"
)


def _range_high(text: str, start: int, rm: re.Match, value: float, r: _Rules) -> float | None:
    """The upper end of a range ("5 to 10 pct", "between 5 and 10 pct", "$3 to $4"), or None: "from 5 to 10"
    is a move, unless a level reached comes first ("widened to $8 from $3 to $4": "from" is the comparison)."""
    before = text[max(0, start - 12) : start]
    conn = rm.group("conn")
    pw = before.split()[-1].lower() if before.split() else ""
    n2 = rm.group("num2")
    v2 = _num_value(n2) if n2[0].isdigit() else _spelled_value(n2, r)
    if v2 is None or (conn == "and" and pw != "between"):
        return None
    if pw == "from" and not _TO_LEVEL.search(text, max(0, start - 60), start - len(before) + before.rfind("from")):
        return None
    if not (value <= v2 <= max(value * 10, 10)) or (_YEAR.fullmatch(n2) and value >= 1800):
        return None
    return v2


def _approx_start(text: str, pos: int) -> int:
    """Where the hedge before a number starts ("by about a quarter": at "about")."""
    if not text[max(0, pos - 16) : pos].rstrip().lower().endswith(_APPROX_LAST):
        return pos  # a cheap test first: this runs for every figure
    m = _APPROX.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos


_APPROX_LAST = (
    "to",
    "about",
    "around",
    "almost",
    "nearly",
    "some",
    "roughly",
    "approximately",
    "over",
    "than",
    "least",
    "most",
    "only",
    "just",
    "much",
)


def _inherit_units(figs: list[_Fig], text: str) -> None:
    """A number without a unit takes the unit of the figure it is listed or compared with."""
    for a, b in reversed(list(zip(figs, figs[1:]))):
        if not a.has_unit and b.has_unit and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|to)\s*", text[a.end : b.start]):
            _copy_unit(a, b)
    for a, b in zip(figs, figs[1:]):
        if (
            not b.has_unit
            and a.has_unit
            and re.fullmatch(r"\s*(?i:against|vs\.?|versus|from|compared (?:with|to))\s*", text[a.end : b.start])
        ):
            _copy_unit(b, a)


def _copy_unit(dst: _Fig, src: _Fig) -> None:
    """ "1.5 and 2 billion dlrs": the scale too, unless the number has its own ("5.8 bln dlrs from 5.9 bln")."""
    mult = src.mult if dst.scale == 1.0 else src.mult / src.scale
    dst.value *= mult
    dst.mult *= mult
    dst.unit, dst.has_unit, dst.explicit = src.unit, True, True
    if dst.scale == 1.0:
        dst.scale = src.scale


# ---------------------------------------------------------------------------------------------------------
def _clauses(sentence: str, base: int, r: _Rules) -> list[tuple[int, int]]:
    cuts = [base] + [base + m.start() for m in r.clause.finditer(sentence)] + [base + len(sentence)]
    return list(zip(cuts, cuts[1:]))


def _noun_phrase_after(text: str, pos: int, limit: int, r: _Rules) -> str | None:
    """The noun phrase right after a count or "of": "cases of unauthorised exports of strategic goods"."""
    words = []
    first = True
    for m in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text[pos:limit]):
        w = m.group()
        lw = w.lower()
        if not w[0].isalpha():
            break
        if lw == "of" and words and not first:
            words.append(w)
            first = True
            continue
        if (
            lw in r.words["stop"]
            or lw in r.words["report"]
            or (lw in r.directions and not first)
            or (not first and lw.endswith("ed"))
            or len(words) >= 8
        ):
            break
        words.append(w)
        first = False
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words) or None


def _metric_before(doc: _Doc, lo: int, hi: int, r: _Rules) -> tuple[str, int, str] | None:
    """The last metric noun in text[lo:hi], with up to two modifiers before it ("iron ore imports")."""
    hits = doc.metrics.between(lo, hi)
    if not hits:
        return None
    start, end, phrase = hits[-1]
    text = doc.text
    for w in reversed(list(re.finditer(r"[A-Za-z][\w-]*(?:['’]s)?", text[max(lo, start - 30) : start]))[-2:]):
        ws = max(lo, start - 30) + w.start()
        lw = w.group().lower()
        if (
            text[ws + len(w.group()) : start].strip()
            or lw in r.words["stop"]
            or lw in r.words["report"]
            or lw in r.directions
            or lw.endswith(("'s", "’s"))
            or _in_mentions(ws, doc.mentions)
            or lw in r.calendar
            or lw in r.metrics
        ):
            break
        start = ws
    return " ".join(text[start:end].split()), start, r.metrics[phrase]


_ROUTE = re.compile(r"(?i)\b(?:via|through|transiting|off|off the coast of|outside|excluding|except)\s+(?:the\s+)?$")
_PARTNER = re.compile(r"(?i)\b(?:to|from|with|into|towards)\s+(?:the\s+)?$")
_JOIN = re.compile(r"(?i)^\s*(?:,|and|or|&)\s+(?:the\s+)?$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")
_AND = re.compile(r"\band\b")
_COMMA = re.compile(r",(?!\d)")


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no thousands separator ("84,037"), or -1."""
    c = text.rfind(",", lo, hi)
    while c >= 0 and c + 1 < len(text) and text[c + 1].isdigit() and c > 0 and text[c - 1].isdigit():
        c = text.rfind(",", lo, c)
    return c


_SEG_LEAD = re.compile(
    r"\s*(?:([a-z]{3,}ing)\b(?<!\bbring)(?<!\bthing)(?<!\bnothing)(?<!\bduring)|(which|who|whose)\b)"
)
_ASIDE = re.compile(r",\s*(?:(?:of|in|to) which|which|who|whose|where)\b[^,;]*,")
_FWD_STOP = re.compile(
    r"(?i)\b(?:is|was|are|were|as|because|after|before|since|which|who|while|when|but|said|says|in favou?r of)\b"
)
_HOME_GAP = re.compile(
    r"(?i)\b(?:to|from|with|via|through|of|and|or|in|on|for|at|by|is|was|will|would|said|says)\b|[,;.:]"
)


def _roles(text: str, lo: int, hi: int, mentions, skip=()) -> list[tuple[str, str]]:
    """Countries named in text[lo:hi] with their role: "partner" after to/from/with ("exports to Japan",
    "a surplus with the U.S.", and those listed with it), else "party"; a route ("via Hong Kong") is no party."""
    starts, items = mentions
    out: list[tuple[str, str]] = []
    prev_role, prev_end = None, -1
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        s, e, c = items[k]
        if e > hi or not c or any(a <= s < b for a, b in skip):
            continue
        before = text[max(lo, s - 24) : s]
        if _ROUTE.search(before):
            role = "route"
        elif _PARTNER.search(before) or (prev_role == "partner" and _JOIN.match(text[prev_end:s])):
            role = "partner"
        else:
            role = "party"
        prev_role, prev_end = role, e
        if role != "route" and all(c != x for x, _ in out):
            out.append((c, role))
    return out


def _country_window(text: str, f: _Fig, lo: int, hi: int, sfigs: list, mentions=((), ())) -> tuple[int, int]:
    """Where a figure's countries are named: its comma-separated part of the clause ("24,391 from Australia"),
    cut at an "and" that starts the next listed figure ("a 7.1 bln surplus with the U.S. and a 5.5 bln deficit
    with Japan") and, after the figure, at the next verb or conjunction ("... with the U.S. is bound to ...")."""
    if f.qualitative:
        return lo, hi
    c = _last_comma(text, lo, f.start)
    seg_lo = c + 1 if c >= 0 else lo
    if c >= 0 and not any(ch.isalpha() for ch in text[seg_lo : f.start]):
        c2 = _last_comma(text, lo, c)  # "Japan, 9.9 pct to ...": a short name before the comma goes with it
        head = text[(c2 + 1 if c2 >= 0 else lo) : c]
        if len(head.split()) <= 4 and not any(ch.isdigit() for ch in head):
            seg_lo = c2 + 1 if c2 >= 0 else lo
    if c >= 0:
        lead = _SEG_LEAD.match(text, c + 1, f.start)
        if lead and lead.group(1):
            # "South Korea was Japan's biggest market, taking 7% of its exports": the subject of the
            # participle is the clause's subject
            seg_lo = lo
        elif lead:
            # "the US, which quadrupled its tariff ...": the antecedent named just before the comma
            starts, items = mentions
            k = bisect_left(starts, c) - 1
            if k >= 0 and items[k][0] >= lo and not text[items[k][1] : c].strip(" '’s"):
                seg_lo = items[k][0]
    seg_hi = hi
    others = [o for o in sfigs if not o.qualitative and o is not f and seg_lo <= o.start < seg_hi]
    prev = [o for o in others if o.end <= f.start]
    nxt = [o for o in others if o.start >= f.end]
    # listed groups: "19,102 from the U.S. against 16,577 and 9,933, ... and 12,611 from Indonesia against ..."
    for i in range(len(prev) - 1, -1, -1):  # the last "and" after a listed figure, nearest first
        gap_end = prev[i + 1].start if i + 1 < len(prev) else f.start
        m = None
        for m in _AND.finditer(text, prev[i].end, gap_end):
            pass
        if m:
            seg_lo = max(seg_lo, m.start())
            break
    for a in nxt:
        m = _AND.search(text, f.end, a.start)
        if m:
            seg_hi = min(seg_hi, m.start())
            break
    m = _FWD_STOP.search(text, f.end, seg_hi)
    if m:
        seg_hi = m.start()
    return seg_lo, seg_hi


def _home(doc: _Doc, items, base: int, lede: bool, r: _Rules) -> str | None:
    """The story's own country: one that owns a measure ("Japan's trade surplus", "Soviet sugar imports",
    "exports of American wine") in the first sentences, or the subject opening the lede ("Taiwan plans ...")."""
    text = doc.text
    for s, e, c in items:
        if not c:
            continue
        before = text[max(0, s - 24) : s]
        if _ROUTE.search(before) or _PARTNER.search(before) or _BETWEEN.search(before):
            continue
        if re.search(r"(?i)\b(?:exports|sales|shipments) of\s+$", before):
            return c
        for ms, _, _ in doc.metrics.between(e, e + 45):
            if (
                not _HOME_GAP.search(text, e, ms)
                or re.fullmatch(r"['’]s\b.*", text[e:ms].split(",")[0])
                and not _HOME_GAP.search(text, e + 2, ms)
            ):
                return c
            break
        if lede and not text[base:s].strip(" \"“'‘(").lower().removeprefix("the").strip():
            return c
    return None


def _in_mentions(pos: int, mentions) -> bool:
    starts = mentions[0]
    i = bisect_right(starts, pos) - 1
    return i >= 0 and mentions[1][i][0] <= pos < mentions[1][i][1]


def _countries(lo: int, hi: int, mentions, skip=()) -> list[str]:
    """Countries named in text[lo:hi], in order, except inside the ``skip`` spans."""
    starts, items = mentions
    out: list[str] = []
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        s, e, c = items[k]
        if e <= hi and c and c not in out and not any(a <= s < b for a, b in skip):
            out.append(c)
    return out


@dataclass
class _Span:
    s: int
    e: int

    def start(self, *_):
        return self.s

    def end(self, *_):
        return self.e


def _source(sentence: str, base: int, r: _Rules, doc: _Doc) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """Who the figures come from: "according to X", "X said ...", "..., X said"."""
    mentions = doc.mentions
    m = r.source_prep.search(sentence)
    if m:
        np = m.group("np").strip()
        span = (base + m.start("np"), base + m.start("np") + len(np))
    else:
        reps = doc.reports.between(base, base + len(sentence))
        if not reps:
            return None, None, None
        m = _Span(reps[0][0] - base, reps[0][1] - base)
        comma = sentence.rfind(",", 0, m.start())
        tail = sentence[m.end() :].strip(" .\"”'")
        if comma >= 0 and len(sentence[comma : m.start()].split()) <= 8 and sentence[comma + 1 : m.start()].strip():
            s = comma + 1  # "..., the ministry said"
        elif comma >= 0 and not sentence[comma + 1 : m.start()].strip() and len(tail.split()) <= 8:
            s = m.end()  # "..., said Maruyama"
            np = tail
            span = (base + s, base + s + len(sentence[s:].rstrip(" .\"”'")))
            return np or None, (_countries(*span, mentions) or [None])[0], span
        else:
            s = 0
            if len(sentence[: m.start()].split()) > 10:
                return None, None, None
        np = sentence[s : m.start()].strip()
        np = re.sub(r"\s+(?:on\s+\w+day|last\s+\w+|this\s+\w+|yesterday|today)$", "", np)
        span = (base + s + (len(sentence[s : m.start()]) - len(sentence[s : m.start()].lstrip())), base + m.start())
    np = np.strip(" ,")
    if not np:
        return None, None, None
    return np, (_countries(*span, mentions) or [None])[0], span


# ---------------------------------------------------------------------------------------------------------
def _month_end(y: int, mo: int) -> pd.Timestamp:
    return pd.Timestamp(y, mo, calendar.monthrange(y, mo)[1])


def _prep(m: re.Match, r: _Rules) -> str:
    p = r.prep_before.search(m.string, max(0, m.start() - 20), m.start())
    return p.group(1).lower() if p else ""


def _resolve(m: re.Match, published, r: _Rules) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Dates of a period expression; relative ones need the publication date."""
    nat = (pd.NaT, pd.NaT)
    pub = published if published is not None and not pd.isna(published) else None
    if m.group("p3"):
        y = int(m.group("year"))
        prep = _prep(m, r)
        if prep in ("since", "from"):
            return pd.Timestamp(y, 1, 1), (pub.normalize() if pub is not None else pd.NaT)
        if prep in ("as of", "by", "until", "through"):
            return pd.NaT, pd.Timestamp(y, 12, 31)
        return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
    if m.group("p2"):
        mo = r.months[m.group("month")]
        if m.group("my"):
            y = int(m.group("my"))
        elif pub is not None:
            y = pub.year if mo <= pub.month else pub.year - 1
        else:
            return nat
        prep = _prep(m, r)
        if prep in ("since", "from"):
            return pd.Timestamp(y, mo, 1), (pub.normalize() if pub is not None else pd.NaT)
        if prep in ("as of", "by", "until", "through", "to"):
            return pd.NaT, _month_end(y, mo)
        return pd.Timestamp(y, mo, 1), _month_end(y, mo)
    part = m.group("part").lower()
    unit = r.period_units.get(m.group("unit").lower(), 0)
    n = m.group("n")
    count = 1 if not n else (int(n) if n.isdigit() else int(_spelled_value(n, r) or 1))
    of = (m.group("of") or "").lower()
    if of[:4].isdigit():
        year = int(of)
    elif pub is None:
        return nat
    else:
        rel = of.split()[0] if of else ""
        year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
    if unit == 0:
        return nat
    span = unit * count
    if part in r.period_relative:  # this/last/next year, past 12 months
        if pub is None:
            return nat
        off = r.period_parts[part]
        if n and off < 0:  # "past 12 months": up to publication
            return pub.normalize() - pd.DateOffset(months=span), pub.normalize()
        if unit == 12:
            y = pub.year + off
            return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
        first = (pub.month - 1) // unit * unit + 1 + off * unit
        s = pd.Timestamp(pub.year, 1, 1) + pd.DateOffset(months=first - 1)
        return s, s + pd.DateOffset(months=span) - pd.Timedelta(days=1)
    idx = r.period_parts.get(part, 1)
    if span > 12:
        return nat
    first = 12 - span if idx < 0 else (idx - 1) * span
    s = pd.Timestamp(year, 1, 1) + pd.DateOffset(months=first)
    e = s + pd.DateOffset(months=span) - pd.Timedelta(days=1)
    if not of and pub is not None and s > pub:
        s, e = s - pd.DateOffset(years=1), e - pd.DateOffset(years=1)
    return s, e


def _periods(sentence: str, base: int, r: _Rules) -> list[tuple[int, int, str, list]]:
    """Period expressions of a sentence; neighbours ("as of March since 2015") merge into one."""
    found: list[tuple[int, int, str, list]] = []
    for m in r.period.finditer(sentence):
        s = m.start()
        if m.group("p1") is None:  # "as of March", "since 2015": the preposition says which end it is
            p = r.prep_before.search(sentence, max(0, s - 20), s)
            if p and p.group(1).lower() not in ("in", "during", "for"):
                s = p.start()
        if found and not sentence[found[-1][1] - base : s].strip(" ,"):
            a = found[-1]
            found[-1] = (a[0], base + m.end(), sentence[a[0] - base : m.end()], a[3] + [m])
            continue
        found.append((base + s, base + m.end(), sentence[s : m.end()], [m]))
    return found


def _period_dates(matches: list, published, r: _Rules) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Dates of a (merged) period: the intersection of its parts. Resolved only for periods in use (slow)."""
    dates = [_resolve(m, published, r) for m in matches]
    starts = [a for a, _ in dates if not pd.isna(a)]
    ends = [b for _, b in dates if not pd.isna(b)]
    return (max(starts) if starts else pd.NaT), (min(ends) if ends else pd.NaT)


def _nearest(items, lo: int, hi: int, pos: int):
    inside = [p for p in items if lo <= p[0] < hi] or items
    return min(inside, key=lambda p: abs(p[0] - pos)) if inside else None


# ---------------------------------------------------------------------------------------------------------
_APPROX = re.compile(
    r"(?i)\b(?:up to|about|around|almost|nearly|some|roughly|approximately|over|more than|"
    r"less than|at least|at most|only|just|as much as)\s*$"
)
_ELLIPSIS = re.compile(r"\s+to\s+(?:[$€£¥]|US\$|\d)")


def _direction_of(doc: _Doc, fig: _Fig, lo: int, others: list[_Fig], r: _Rules) -> str | None:
    """The direction of a change, or None when the figure is a level."""
    text = doc.text
    # "up 5 pct", "down 3 pct", "up roughly 20%", "down by about a quarter"
    ast = _approx_start(text, fig.start)
    pw, pws = _prev_word(text, ast)
    if pw.lower() == "by":
        pw2, pws2 = _prev_word(text, pws)
        if "adverb" in r.directions.get(pw2.lower(), {}) and not text[pws2 + len(pw2) : pws].strip():
            return r.directions[pw2.lower()]["adverb"]
    if pw and not text[pws + len(pw) : ast].strip() and "adverb" in r.directions.get(pw.lower(), {}):
        return r.directions[pw.lower()]["adverb"]
    # "42 pct of exports last year, down from 47 pct": the level carries the move stated after it
    um = _UP_FROM.match(text, fig.end) if "from" in text[fig.end : fig.end + 90] else None
    if um and not any(fig.end < o.start < fig.end + um.end() - fig.end for o in others if not o.qualitative):
        return r.directions[um.group(1).lower()]["adverb"]
    # "hit a record $65.7 billion", "fell to a record low of ..."
    rec = _RECORD.search(text, max(lo, fig.start - 50), ast) if "record" in text[max(0, fig.start - 40) : ast] else None
    if rec and not any(lo <= o.start < fig.start for o in others if o is not fig and not o.qualitative):
        return "decrease" if (rec.group(1) or "").lower() == "low" else "increase"
    # "sales were 2.3 bln yen, compared with 4.1 bln yen a year earlier": a level set against an earlier one
    cm = _COMPARED.match(text, fig.end) if "compared" in text[fig.end : fig.end + 80] else None
    if cm:
        nxt = next((o for o in others if not o.qualitative and o.start >= fig.end), None)
        if (
            nxt is not None
            and nxt.unit == fig.unit
            and fig.unit not in (None, "count", "percent")
            and _approx_start(text, nxt.start) <= fig.end + cm.end() - fig.end <= nxt.start
            and nxt.value != fig.value
            and not any(lo <= o.start < fig.start for o in others if not o.qualitative and o is not fig)
        ):
            return "increase" if fig.value > nxt.value else "decrease"
    # "a 5 pct rise", "5 pct higher"
    nm = re.match(r"\s*([A-Za-z]+)", text[fig.end : fig.end + 20])
    if nm:
        d = r.directions.get(nm.group(1).lower(), {})
        if "noun" in d or "after" in d:
            return d.get("noun") or d.get("after")
    # "rose 5 pct", "a rise of 5 pct", "fell sharply by 3 pct"; not "rose to 5 pct" (a level)
    last = None
    for s, e, w in doc.directions.between(lo, fig.start):
        d = r.directions[w]
        if "verb" in d or "noun" in d:
            last = (e, d.get("verb") or d.get("noun"))
    if last is None:
        return None
    if any(last[0] <= o.start < fig.start for o in others if o is not fig and not o.qualitative):
        return None  # "rose 27% to 1.05 million": the level after a change has no direction of its own
    gap = _APPROX.sub("", text[last[0] : fig.start])  # "cuts of up to 50 pct", "rose by about 5 pct"
    if _TO_REACHED.fullmatch(gap):
        # "dropped to 13.9%", "more than doubled to an average of 1.66 mln", "quadrupled its tariff to 100 pct":
        # a level moved by a verb with no change figure of its own carries the move
        return last[1]
    if re.search(r"[,;]|\d|\b(?:to|from|at|than|vs|against|and|was|were|is|are)\b", gap, re.I) or len(gap.split()) > (
        8 if re.search(r"(?i)\bby\s*$", gap) else 5
    ):  # "cut prices in Britain by 3%"
        return None
    return last[1]


_COMPARED = re.compile(r"(?i)(?:\s+[^\s,;]+){0,6}?,?\s+compared (?:with|to)\s+")
_UP_FROM = re.compile(r"(?i)(?:\s+(?!up\b|down\b)[^\s,;]+){0,8}?,?\s+(up|down)\s+from\b")
_RECORD = re.compile(
    r"(?i)\b(?:hit|hits|hitting|reached|reach|reaches|reaching|touched|set|at)\s+(?:an?\s+)?(?:new\s+)?"
    r"(?:all-time\s+)?record(?:\s+(high|low))?(?:\s+of)?\s*$"
)
_TO_REACHED = re.compile(
    r"(?i)\s*(?:[\w'’-]+\s+){0,5}?to\s+(?:(?:an?|the)\s+)?(?:(?:average|total|record|high|low|level|peak)\s+"
    r"(?:of\s+)?)?"
)


_OPTIONAL_TEXT = ("unit", "metric", "direction", "period", "compared_with", "source", "source_country")


def extract_figures(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per figure in each article's ``text`` (columns: ``FIGURE_COLUMNS``; rules in the module docstring)."""
    r = _rules()
    rows: list[dict] = []
    errors = ArticleErrors("extract_figures")
    published_col = articles["published"] if "published" in articles.columns else [None] * len(articles)
    for aid, text, published in zip(articles["article_id"], articles["text"], published_col):
        if not isinstance(text, str):
            continue
        pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
        if pub is not None and pub.tzinfo is not None:
            pub = pub.tz_localize(None)
        rows.extend(errors.run(aid, _article_figures, aid, text, pub, r))
    df = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    # pandas 3 stores text as its string dtype, where a missing value shows as NaN: keep None (object dtype)
    for c in _OPTIONAL_TEXT:
        df[c] = pd.Series([row[c] for row in rows], index=df.index, dtype=object)
    df["countries"] = pd.Series([list(row["countries"] or []) for row in rows], index=df.index, dtype=object)
    df["value"] = df["value"].astype("float64")
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    for c in ("period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    return errors.finish(df)


_PREPOSITIONS = {"on", "of", "for", "in", "with", "by", "at", "from", "into", "about"}
_COMPARATIVE = re.compile(r"(?i)\s+(?:much\s+)?(?:faster|slower|more|less|further)\b")
_OBJECT = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "them"}


def _qualitative(doc: _Doc, lo: int, hi: int, figs: list[_Fig], r: _Rules) -> list[_Fig]:
    """Moves without a number: a metric noun followed by a direction verb ("Iron ore imports ... surged")."""
    out = []
    text = doc.text
    for s, e, w in doc.directions.between(lo, hi):
        d = r.directions[w]
        # only a finite move: "surged", "fell", "has grown"; not "tariff cuts", "export gains" (nouns),
        # "rising imports" (an adjective) or "will rise" (a forecast)
        if "verb" not in d or "noun" in d or w.endswith(("ing", "s")):
            continue
        nw = re.match(r"\s+([A-Za-z][\w'’]*)", text[e : e + 30])
        if nw and (nw.group(1)[0].isupper() and nw.group(1) not in r.calendar or nw.group(1).lower() in _OBJECT):
            continue  # a transitive verb with an object: "the reserves weakened Taiwan's position"
        pw = _prev_word(text, s)[0].lower()
        if pw in r.words["definite"] or pw in r.words["modal"] or pw in ("a", "an", "this", "that"):
            continue
        if pw in _PREPOSITIONS or _COMPARATIVE.match(text, e):
            continue  # "controls on advanced chips" (an adjective); "imports fell faster than exports" (a comparison)
        if any(s <= f.start < hi for f in figs):
            continue  # the verb already describes a figure
        met = _metric_before(doc, max(lo, s - 80), s, r)
        gap = text[met[1] + len(met[0]) : s] if met else ""
        # the metric must be the subject of this verb: close, not negated, not inside another clause
        if (
            met is None
            or len(text[met[1] : s].split()) > 8
            or re.search(r"[,;:()]", text[met[1] : s])
            or re.search(r"(?i)\b(?:not|never|where|which|that|and|or)\b|n't", gap)
        ):
            continue
        f = _Fig(met[1], e, met[1], math.nan, None, qualitative=True)
        f.direction = r.directions[w]["verb"]  # type: ignore[attr-defined]
        out.append(f)
    return out


def _needed_sentences(text: str, figs: list, doc: _Doc) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of the sentences of the first paragraph (where the story's own country is
    named) and of paragraphs with a figure or a direction word: sentence splitting (NLTK Punkt) was a
    quarter of the time, and it works paragraph by paragraph, so the other paragraphs can be left alone."""
    tok = tokenizer()
    marks = sorted([f.start for f in figs] + doc.directions.starts)
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        i = bisect_left(marks, ps)
        if p and not (i < len(marks) and marks[i] < pe):
            continue
        para = text[ps:pe]
        if _MAY_BREAK.search(para) is None:  # no . ? ! before a space: Punkt would return the one sentence
            a = len(para) - len(para.lstrip())
            out.append((p, ps + a, ps + len(para.rstrip())))
        else:
            out.extend((p, ps + a, ps + b) for a, b in tok.span_tokenize(para))
    return out


_MAY_BREAK = re.compile(r"[.?!](?!\d|[\"'”’)\]]*\s*$)")


_EU = "European Union"
_BLOC = re.compile(
    r"(?i)\b(the\s+(?:\d+-(?:nation|member|country)\s+|European\s+)?bloc)(?!['’]s\s+(?:27|members|member))\b"
)
_BILATERAL = re.compile(
    r"(?i)\b(?:bilateral|two-way)\b|\b(?:the two|both)\s+(?:countries|nations|sides|neighbou?rs|economies)\b"
)


def _story_pair(rows: list, mentions, upto: int, home) -> list | None:
    """The two parties of the story: those of the last figure naming two, else the story's own country and
    the country named most often so far ("bilateral trade", "between the two countries")."""
    for row in reversed(rows):
        if len(row["countries"]) == 2:
            return list(row["countries"])
    if home:
        counts: dict = {}
        for s, _, c in mentions[1]:
            if s < upto and c and c != home:
                counts[c] = counts.get(c, 0) + 1
        if counts:
            return [home, max(counts, key=counts.get)]
    return None


def _article_figures(aid, text: str, pub, r: _Rules) -> list[dict]:
    doc = _doc(text, r)
    figs = _candidates(text, r, doc)
    if not figs and not doc.directions.items:
        return []
    spans = _needed_sentences(text, figs, doc)
    mentions: tuple[list, list] = ([], [])
    doc.mentions = mentions
    sent_starts = [s for _, s, _ in spans]
    by_sentence: dict[int, list[_Fig]] = {}
    for f in figs:
        k = bisect_right(sent_starts, f.start) - 1
        if k >= 0:
            by_sentence.setdefault(k, []).append(f)
    rows: list[dict] = []
    home: list = [None]  # the story's own country ("Japan's trade surplus ..."), found in the first sentences
    for k, (_, ss, se) in enumerate(spans):
        sfigs = by_sentence.get(k, [])
        sentence = text[ss:se]
        if not sfigs and not doc.directions.between(ss, se) and (k or home[0]):
            continue
        # countries only where figures are: the gazetteer scan of whole texts was a third of the time
        first = len(mentions[0])
        new = [(ss + m.start, ss + m.end, m.country) for m in find_mentions(sentence)]
        if "bloc" in sentence and any(c == _EU for *_, c in mentions[1] + new):
            # "imports from the bloc": in a story that names the European Union, the bloc is the EU
            new = sorted(new + [(ss + m.start(1), ss + m.end(1), _EU) for m in _BLOC.finditer(sentence)])
        for item in new:
            mentions[0].append(item[0])
            mentions[1].append(item)
        if home[0] is None and k < 3 and spans[k][0] < 3:
            home[0] = _home(doc, mentions[1][first:], ss, k == 0, r)
        if not sfigs and not doc.directions.between(ss, se):
            continue
        _inherit_units(sfigs, text)
        clauses = _clauses(sentence, ss, r)
        for lo, hi in clauses:
            sfigs = sfigs + _qualitative(doc, lo, hi, [f for f in sfigs if lo <= f.start < hi], r)
        if not sfigs:
            continue
        sfigs.sort(key=lambda f: f.start)
        src, src_country, src_span = _source(sentence, ss, r, doc)
        periods = _periods(sentence, ss, r)
        resolved: dict[int, tuple] = {}
        cmatches = list(r.compare.finditer(sentence))
        compares = [(ss + m.start(), m.group("cue").lower(), m.group("np")) for m in cmatches]
        yoy = r.yoy.search(sentence)
        bilateral = _BILATERAL.search(sentence)
        # "the same period last year" is what a figure is compared with, not its period
        taken = [(ss + m.start(), ss + m.end()) for m in cmatches if m.group("cue").lower() != "from"]
        periods = [p for p in periods if not any(a <= p[0] < b for a, b in taken)]
        for f in sfigs:
            lo, hi = next(((a, b) for a, b in clauses if a <= f.start < b), (ss, se))
            reps = doc.reports.between(lo, f.start)
            wlo = reps[-1][1] if reps else lo
            cm = _COMMA.search(text, f.end, hi)
            whi = cm.start() if cm else hi
            # metric
            metric, kind = None, None
            if f.qualitative:
                metric, _, kind = _metric_before(doc, f.start, f.end, r) or (None, 0, None)
            elif f.unit == "count" or not f.explicit:
                metric = _noun_phrase_after(text, f.end, whi, r)
            else:
                of = re.match(r"\s+(?:of|in|worth of)\s+", text[f.end : whi])
                if of:
                    metric = _noun_phrase_after(text, f.end + of.end(), whi, r)
            if metric is None or f.unit == "percent":
                met = _metric_before(doc, wlo, f.start, r)
                if met and (metric is None or f.unit == "percent" and not f.fraction):
                    metric, kind = met[0], met[2]
            if kind is None and metric:
                kind = r.metrics.get(metric.split()[-1].lower())
            unit = f.unit if f.unit else (None if f.qualitative else "count")
            # quantity and direction
            if f.qualitative:
                quantity, direction = "change", f.direction  # type: ignore[attr-defined]
            else:
                direction = _direction_of(doc, f, wlo, sfigs, r)
                if (
                    direction is None
                    and unit == "percent"
                    and (_ELLIPSIS.match(text, f.end) or _prev_word(text, f.start)[0].lower() == "by")
                ):
                    # a list that leaves out the verb: "Canada rose 3 pct to 2.6 mln; Japan, 9.9 pct to 1.2 mln",
                    # "imports 24.4 pct to 2.1 bln", "increase trade by 20 pct and output by 9 pct"
                    prev = next(
                        (x for x in reversed(rows) if x["start"] >= ss and x["unit"] == "percent" and x["direction"]),
                        None,
                    )
                    if prev is not None and not doc.directions.between(prev["end"], f.start):
                        direction = prev["direction"]
                if unit == "count" and direction is None:
                    quantity = "count"
                elif direction is not None:
                    quantity = "change"
                elif f.fraction or (unit == "percent" and re.match(r"\s+of\b", text[f.end : f.end + 5])):
                    quantity = "share"
                else:
                    quantity = "level"
            # countries
            # the source and the units ("U.S. dlrs") are not partners
            skip = [src_span] if src_span else []
            figspans = [(o.start, o.end) for o in sfigs if not o.qualitative]
            clo, chi = _country_window(text, f, wlo, whi, sfigs, mentions)
            found = _roles(text, clo, chi, mentions, skip + figspans)
            countries = [c for c, _ in found]
            prev_row = rows[-1] if rows and rows[-1]["start"] >= lo else None
            if (
                not countries
                and prev_row is not None
                and prev_row["countries"]
                and not r.partner_np.search(text, clo, chi)
            ):
                countries = list(prev_row["countries"])  # a list or an ellipsis: "... and 9,933 a year ago"
                found = [(c, "party") for c in countries]
            if not countries and not r.partner_np.search(text, clo, chi):
                # "exports to China, South Korea's largest partner, rose 7.6 pct": the subject before the commas
                asides = (
                    [m.span() for m in _ASIDE.finditer(text, wlo, f.start)] if "," in text[wlo : f.start] else []
                )  # ", of which Russia is ...,"
                found = _roles(text, wlo, f.start, mentions, skip + figspans + asides)
                countries = [c for c, _ in found]
            if len(countries) < 2 and bilateral and _BILATERAL.search(text, wlo, whi):
                pair = _story_pair(rows, mentions, f.start, home[0])
                if pair and set(countries) <= set(pair):
                    countries, found = pair, [(c, "party") for c in pair]
            if not countries and src_country:
                countries = [src_country]
            if not countries and home[0]:
                countries = [home[0]]
            elif (
                len(found) == 1
                and found[0][1] != "partner"
                and home[0]
                and countries[0] != home[0]
                and (kind == "flow" or any(r.metrics[w] == "flow" for _, _, w in doc.metrics.between(ss, se)))
            ):
                countries = [home[0]] + countries  # "Canadian imports rose" in a story on U.S. exports
            elif found and all(role == "partner" for _, role in found):
                # "exports to Japan rose": the other party is the source's country or the story's own country
                # in order: the source's country, the one other country of the same sentence ("imports from
                # North Korea surged, with China arguing ..."), the pair of an earlier figure, the story's country
                other = src_country if src_country and src_country not in countries else None
                if other is None and kind == "flow":
                    for prev in reversed(rows):
                        if countries[0] in prev["countries"] and len(prev["countries"]) > 1:
                            other = next(c for c in prev["countries"] if c != countries[0])
                            break
                if other is None and home[0] and home[0] not in countries:
                    other = home[0]
                if other:
                    countries = [other] + countries
            per = _nearest(periods, lo, hi, f.start)
            if per and id(per) not in resolved:
                resolved[id(per)] = _period_dates(per[3], pub, r)
            pdates = resolved[id(per)] if per else (pd.NaT, pd.NaT)
            cmp = None
            for pos, cue, np in compares:
                near = 0 <= pos - f.end <= 3 and cue != "than"
                if (cue.startswith("compared") and lo <= pos < hi) or near:
                    if cue == "from" and not (np[:1].islower() or np[:1].isdigit() or np[:1] in "$€£¥"):
                        continue
                    cmp = re.sub(r"^(?i:the)\s+", "", np.strip())
                    break
            if cmp is None and yoy and lo <= ss + yoy.start() < hi:
                cmp = re.sub(r"^(?i:from)\s+", "", yoy.group())
            rows.append(
                {
                    "article_id": aid,
                    "text": text[f.start : f.end],
                    "value": f.value,
                    "unit": unit,
                    "quantity": quantity,
                    "metric": metric,
                    "direction": direction,
                    "countries": countries,
                    "period": " ".join(per[2].split()) if per else None,
                    "period_start": pdates[0],
                    "period_end": pdates[1],
                    "compared_with": cmp,
                    "source": src,
                    "source_country": src_country,
                    "start": f.start,
                    "end": f.end,
                    "sentence": sentence,
                }
            )
    return rows


# ---------------------------------------------------------------------------------------------------------
def trade_changes(figures: pd.DataFrame) -> pd.DataFrame:
    """Percent changes of trade (the nouns marked trade in figure_metrics.csv) between named countries.

    One row per change: pair ("China–North Korea"), metric, change (signed: a decrease is negative),
    text, period, source, article_id, and label ("China–North Korea (trade)", with the article id
    where two rows would read the same) for charts.
    """
    r = _rules()
    cols = ["pair", "metric", "change", "text", "period", "source", "article_id", "label"]
    if figures.empty:
        return pd.DataFrame(columns=cols)
    trade = figures["metric"].fillna("").map(lambda m: bool(m) and m.split()[-1].lower() in r.trade_metrics)
    keep = figures[
        (figures["quantity"] == "change")
        & (figures["unit"] == "percent")
        & trade
        & figures["countries"].map(len).ge(1)
        & figures["value"].notna()
    ]
    sign = keep["direction"].map({"decrease": -1.0}).fillna(1.0)
    out = pd.DataFrame(
        {
            "pair": keep["countries"].map(lambda cs: "–".join(sorted(cs))),
            "metric": keep["metric"],
            "change": keep["value"] * sign,
            "text": keep["text"],
            "period": keep["period"],
            "source": keep["source"],
            "article_id": keep["article_id"],
        }
    )
    out["label"] = out["pair"] + " (" + out["metric"].fillna("change") + ")"
    repeated = out["label"].duplicated(keep=False)
    out.loc[repeated, "label"] += " · " + out.loc[repeated, "article_id"].astype(str)
    return out.reset_index(drop=True)[cols]


def figures_by_country(figures: pd.DataFrame) -> pd.DataFrame:
    """Per country: how many figures and articles name it, and which units and metrics they use."""
    cols = ["country", "figures", "articles", "units", "metrics"]
    if figures.empty:
        return pd.DataFrame(columns=cols)
    ex = figures.explode("countries").dropna(subset=["countries"])
    if ex.empty:
        return pd.DataFrame(columns=cols)
    g = ex.groupby("countries")
    out = (
        pd.DataFrame(
            {
                "figures": g.size(),
                "articles": g["article_id"].nunique(),
                "units": g["unit"].agg(lambda s: ", ".join(sorted(set(s.dropna())))),
                "metrics": g["metric"].agg(lambda s: ", ".join(sorted(set(s.dropna()))[:5])),
            }
        )
        .rename_axis("country")
        .reset_index()
    )
    return out.sort_values(["figures", "country"], ascending=[False, True]).reset_index(drop=True)[cols]
