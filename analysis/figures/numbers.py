"""Numbers with their unit, scale and range, minus everything that is not a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import _Doc
from .rules import _YEAR, _num_value, _Rules


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


_APPROX = re.compile(
    r"(?i)\b(?:up to|about|around|almost|nearly|some|roughly|approximately|over|more than|"
    r"less than|at least|at most|only|just|as much as)\s*$"
)
