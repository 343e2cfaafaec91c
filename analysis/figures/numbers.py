"""Numbers with their unit, scale and range, minus everything that is not a figure (stage "found").

``find_numbers`` reads every number of an article once (the record: candidates.py); bare_units.py then gives a bare
number the unit of the figure it is listed or compared with, sentence by sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import ARTICLES, CONTRASTIVE_CONJUNCTIONS, INCORPORATION_FORMS, PREPOSITIONS, RELATIVE_WORDS
from .candidates import Candidate
from .hits import WordHits
from .regexes import WORD_AFTER
from .rules import Rules
from .words_before import approx_start, prev_word, sentence_initial

YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
_DASH_DIGIT = re.compile(r"-\d")
_BARE_DIGITS = re.compile(r"\d{4,}")
# a currency's name used as a modifier before these is the unit of the number before it ("a 1.80-1.85 mark range")
_LEVEL_NOUN = re.compile(r"\s+(?:range|level|area)\b")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")  # a word after a number: the noun it counts ("17 U.S. banks")
_NEXT_WORDS = re.compile(r"(?: [a-z]+){1,3}(?=[ .,;:)]|$)")  # up to three lower-case words after a number
_SENTENCE_END = re.compile(r"[.!?][\s\"]")  # a sentence ends (not the point of "27.5")
# a number before one of these is read on, no name ("the Dow near 2300 unless ...": a level)
_FUNCTION_WORDS = (
    PREPOSITIONS
    | ARTICLES
    | RELATIVE_WORDS
    | CONTRASTIVE_CONJUNCTIONS
    | {"and", "or", "as", "if", "than", "unless", "until", "since"}
)


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


# --- finding numbers -------------------------------------------------------------------------------------
_BID_OFFER = re.compile(
    r"\d+\.\d{2,4}/\d{1,4}(?:\.\d{1,4})?(?![\d/:-]|\.\d)"
)  # a dealer's quote: bid "149.05", offer "/15"
# a money market's two-way quote in percent, bid then offer, one of them with a fraction: "10 9-7/8 pct", "6-1/4 6-1/8 pct"
_TWO_WAY = re.compile(r" (\d{1,2}(?:-\d{1,2}/\d{1,2})?)(?= (?:pct|percent)\b)")
_MIXED = re.compile(r"\d{1,2}-\d{1,2}/\d{1,2}")  # "6-9/16": a whole number and a fraction
_TWO_MIXED = re.compile(r" \d{1,2}-\d{1,2}/\d{1,2}(?![\d/-])")  # "6-9/16 6-7/16 and ...": two mixed numbers are a quote


def find_numbers(text: str, hits: WordHits, rules: Rules) -> list[Candidate]:
    """Numbers with their units, minus everything that is not a figure."""
    out: list[Candidate] = []
    last_end = 0
    clinical = -1  # the end of the last clinical rate read ("a 33 pct remission rate")
    for m in _number_matches(text, hits, rules):
        if (m.start("num") if m.group("num") else m.start("word")) < last_end:
            continue  # the second end of a range already read
        read = _read_number(text, m, rules)
        if read is not None:
            last_end = read[1]
            if read[0].unit == "percent" and _clinical_rate(text, read[0], clinical, rules):
                clinical = read[0].end
                continue
            out.append(read[0])
    return out


def _clinical_rate(text: str, fig: Candidate, clinical: int, rules: Rules) -> bool:
    """A percent that is a clinical rate, no economic quantity: "a 33 pct remission rate", and "a 27 pct rate" listed
    after one in its sentence."""
    if rules.clinical_after.match(text, fig.end):
        return True
    return (
        clinical >= 0
        and bool(rules.rate_after.match(text, fig.end))
        and _SENTENCE_END.search(text, clinical, fig.start) is None
    )


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


# what opens a line before a list's number: "\n    1)", ": (2)"; not a table's "64.3   (44.5)"
_LIST_MARK = re.compile(r"(?:^|[\n:;])[ \t]*\(?$")


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
        if _date_time_or_name(text, m.start("num"), m.end("num"), rules) or _improper(num):
            return None
        value, word, fraction = number_value(num), None, False
    else:
        word = m.group("word").lower()
        spelled = _spelled(word, rules)
        if spelled is None or rules.month_before.search(text, max(0, m.start() - 12), m.start()):
            return None  # "on March nine": the wire spells a date's day below ten
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


def _improper(num: str) -> bool:
    """A fraction at least one ("50/50" a ratio, "10-15/4" a freight listing's days of a month): a wire price's
    fraction is below one ("11-5/8")."""
    if "/" not in num:
        return False
    a, b = num.replace(" ", "-").rpartition("-")[2].split("/")
    return int(a) >= int(b)


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
    if m.group("num"):
        pos = _quote_end(text, m, pos)
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


def _quote_end(text: str, m: re.Match, pos: int) -> int:
    """Where a dealer's quote that starts with the number ends, valued at its bid: "149.05/15", a money market's
    "10 9-7/8 pct" (one of the two with a fraction), "6-9/16 6-7/16" (both whole numbers with fractions); else ``pos``."""
    if text.startswith("/", pos):
        bid = _BID_OFFER.match(text, m.start("num"))
        return bid.end() if bid else pos
    if not text.startswith(" ", pos) or not text[pos + 1 : pos + 2].isdecimal():
        return pos  # the cheap test: both quotes go on with a space and a digit (\d: a decimal character)
    two = _TWO_WAY.match(text, pos)
    if two and ("/" in m.group("num") or "/" in two.group(1)):
        return two.end()
    two = _TWO_MIXED.match(text, pos) if _MIXED.fullmatch(m.group("num")) else None
    return two.end() if two else pos


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
    elif unit is None and text.startswith(" ", pos):
        unit, pos = _attributive_currency(text, pos, rules)
    if unit and (code or (unit_word is not None and unit_word.kind == "currency")):
        pm = rules.per.match(text, pos)
        if pm:
            unit, pos = f"{unit}/{rules.per_units[pm.group('w').lower()]}", pm.end()
        elif text.startswith(" per 100", pos) and not text[pos + 8 : pos + 9].isdigit():
            unit, pos = f"{unit} per 100", pos + 8  # "1.2555 marks per 100 (yen)": a rate, not the count 100
    return unit, unit_mult, pos


def _attributive_currency(text: str, pos: int, rules: Rules) -> tuple[str | None, int]:
    """ "a 1.80-1.85 mark range", "the 1.80 mark level": a currency's name in the singular, as a noun used as a modifier
    is, before a range or level noun is the unit of the number before it (currency names: figure_units.csv)."""
    m = rules.currency_name.match(text, pos + 1)
    if m is None or m.group()[-1] == "s" or not _LEVEL_NOUN.match(text, m.end()):
        return None, pos  # not "the mark's range"
    return rules.currencies[m.group().lower()][0], m.end()


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
    if not explicit and text[max(0, m.start() - 5) : m.start()].lower() == "-for-":
        return True  # "a three-for-two split", "2-for-1": the second term of a ratio
    if not explicit and _not_a_count(text, m, word, value, fraction, ext, rules):
        return True
    if _place_or_dates(text, m, word, ext, rules):
        return True
    if _unit_names(text, m, word, value, ext, rules):
        return True
    return fraction and _no_share(text, m, value, ext, rules)


def _unit_names(text: str, m: re.Match, word: str | None, value: float, ext: _Extent, rules: Rules) -> bool:
    """A number whose unit names something rather than measures it."""
    if ext.scale == 1.0 and ext.unit in rules.currency_country and rules.share_class_after.match(text, ext.pos):
        return True  # "its 2.19 dlr cumulative preferred": a dividend rate naming a class of shares
    if ext.unit == "points" and text.endswith("point", 0, ext.pos) and _no_points(text, m, word, ext, rules):
        return True
    # "Pier 1 common shares", "one common shares purchase right": one of a plural is a name or a ratio
    return value == 1 and ext.unit == "shares" and ext.scale == 1.0


def _no_points(text: str, m: re.Match, word: str | None, ext: _Extent, rules: Rules) -> bool:
    """A singular "point" that measures nothing: a poll's lead ("a nine point lead"), a compound modifier with no change
    after it ("a 12-point scale", "a seven-point plan"; "a 120-point drop" is one), "at one point" (a moment), "one
    point of agreement" (an idea)."""
    nxt = WORD_AFTER.match(text, ext.pos)
    if nxt is not None and nxt.group(1) == "lead":
        return True  # "a nine point lead over Labour": a poll's, no economic quantity
    if text[ext.pos - 6 : ext.pos - 5] == "-":
        return nxt is None or nxt.group(1).lower() not in rules.directions
    if word != "one":
        return False
    return prev_word(text, m.start())[0].lower() in ("at", "on") or (nxt is not None and nxt.group(1) == "of")


def _no_share(text: str, m: re.Match, value: float, ext: _Extent, rules: Rules) -> bool:
    """A spelled fraction that is no share: "the first half", "a quarter" are periods ("a fifth of", "by half" are
    shares); "four quarters of profits", "two halves": a whole or more counts periods."""
    if value >= 100:
        return True
    tail = text[ext.pos : ext.pos + 4].lower()
    pw = prev_word(text, approx_start(text, m.start()))[0].lower()
    return not (tail.startswith(" of") or pw == "by") or pw in rules.period_parts


def _place_or_dates(text: str, m: re.Match, word: str | None, ext: _Extent, rules: Rules) -> bool:
    """A distance that places something ("10 km east of the city", "60 miles from the port"), or a freight listing's
    dates ("25-4/5-5": 25 April to 5 May; not a price range "97-1/2-98", whose second end was read)."""
    if ext.unit in rules.words.distance_unit and rules.place_after.match(text, ext.pos):
        return True
    return ext.high is None and word is None and "/" in m.group("num") and bool(_DASH_DIGIT.match(text, ext.pos))


def _not_a_count(text, m, word, value, fraction, ext: _Extent, rules: Rules) -> bool:
    """A number without unit or scale that counts nothing: a year, "one", a duration, a label, a name."""
    if word is None and (YEAR.fullmatch(m.group("num")) or _list_number(text, m) or _identifier(text, m)):
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
    if word is not None and (pw.lower() in rules.words.definite or _the_other(text, pw, pws, rules)):
        return True  # "the two sides", "the other two" refer back
    return _in_a_name(text, m, word, pw, pws, rules)


def _in_a_name(text: str, m: re.Match, word: str | None, pw: str, pws: int, rules: Rules) -> bool:
    """ "the Group of Seven", "Boeing 747", "Resolution 2397", and at a sentence's start a company's name ("Pier 1
    said" where the story names "Pier 1 Imports Inc"; "Some 200 workers" opens a sentence too)."""
    if word is not None:
        # a capitalised spelled number inside a sentence is a name
        return word[:1] != m.group("word")[:1] and not sentence_initial(text, m.start())
    if not pw[:1].isupper() or pw in rules.calendar or text[pws + len(pw) : m.start()].strip() != "":
        return False
    return not sentence_initial(text, pws) or _company_name(text, pw, m.group("num"))


_FORM = "|".join(re.escape(f) for f in INCORPORATION_FORMS if f[0].isupper())


def _company_name(text: str, pw: str, num: str) -> bool:
    """The story names a company whose name holds the word and the number: "Pier 1 Imports Inc"."""
    # compiled per call: reached only by a bare number after a capitalised word opening a sentence
    return re.search(rf"\b{re.escape(pw)} {re.escape(num)}(?: [A-Z][\w&'.-]*){{0,3}},? (?:{_FORM})\b", text) is not None


def _identifier(text: str, m: re.Match) -> bool:
    """Four or more bare digits that name or time something: "0936" (a time), "the 80386 microprocessor", "a 7480
    cartridge tape subsystem". News writes a count of a thousand or more with commas, and a count's noun is plural
    ("1700 lawsuits", "1500 campus computer users" stay figures)."""
    num = m.group("num")
    if not _BARE_DIGITS.fullmatch(num):
        return False
    if num.startswith("0"):
        return True
    words = _NEXT_WORDS.match(text, m.end())
    after = words.group(0).split() if words else []
    return bool(after) and after[0] not in _FUNCTION_WORDS and not any(_plural(w) for w in after)


def _plural(word: str) -> bool:
    """A plural noun, roughly: "lawsuits", "users", "people"."""
    return (word.endswith("s") and not word.endswith("ss")) or word in ("people", "men", "women", "children")


def _the_other(text: str, pw: str, pws: int, rules: Rules) -> bool:
    """ "the other two": a spelled number after "the other" refers back to parties already counted."""
    return pw.lower() == "other" and prev_word(text, pws)[0].lower() in rules.words.definite


def _list_number(text: str, m: re.Match) -> bool:
    """ "1) to finance the deficit", "(2) to cut rates": a list's numbering at the start of a line."""
    return text.startswith(")", m.end()) and _LIST_MARK.search(text, max(0, m.start() - 8), m.start()) is not None


def _duration(text: str, ext: _Extent, rules: Rules) -> bool:
    """ "six months", "12 years", and the first of two periods ("within 10 or 15 years", "three- and seven-day")."""
    if rules.duration_after.match(text, ext.pos):
        return True
    return ext.high is None and bool(
        rules.duration_after.match(text, ext.after_scale) or rules.duration_paired.match(text, ext.after_scale)
    )


def _parties(text: str, pw: str, pws: int, value: float, ext: _Extent, rules: Rules) -> bool:
    """ "six major industrial nations", "delegates from 22 countries", "eight senior officials": who is counted;
    "the Group of 10", "the group of seven - the United States, ...": a name (not "a group of seven banks")."""
    if value < 1000 and rules.party_count.match(text, ext.after_scale):
        return True
    if pw != "of" or prev_word(text, pws)[0].lower() != "group":
        return False
    return prev_word(text, pws)[0] == "Group" or not _NOUN_AFTER.match(text, ext.after_scale)


def _second_day(text: str, m: re.Match, word: str | None, value: float, ext: _Extent, rules: Rules) -> bool:
    """ "from April 21 to 24", "on April 11 and 26": a bare day after a month and a day is a date; "in the next year or
    two", "a week or two": the second of two lengths of time."""
    if value > 31 or ext.after_scale != m.end():
        return False
    if word is None and "." not in m.group("num") and rules.day_range.search(text, max(0, m.start() - 24), m.start()):
        return True
    return rules.span_or.search(text, max(0, m.start() - 16), m.start()) is not None
