"""The figure rule tables (analysis/data/figure_*.csv), read once and compiled into regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..tables import read_table

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
