"""Period expressions of a sentence ("in the first six months of this year", "as of March since 2015") and
the dates they stand for (``period``, ``period_start``, ``period_end``).

Absolute periods ("in 2015", "December 2015") are resolved always; relative ones ("this year", "last
month", "in May") only when the article's publication date is known, else NaT.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import pandas as pd

from .numbers import spelled_value
from .rules import Rules

Dates = tuple[pd.Timestamp, pd.Timestamp]
_NAT: Dates = (pd.NaT, pd.NaT)


@dataclass(slots=True)
class Period:
    """A period expression; neighbours ("as of March since 2015") are one, dated by all their parts."""

    start: int
    end: int
    text: str
    parts: list[re.Match]  # matches of Rules.period in the sentence's text


class PeriodDates:
    """Dates of period expressions, each (expression, preposition, publication day) resolved once in a run:
    pandas date arithmetic was a twentieth of the time, and stories repeat "in 1986" and share days (the
    dates depend on the day of publication, not its time: a period starts at midnight)."""

    __slots__ = ("rules", "_known", "_days")

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self._known: dict[tuple[str, str, pd.Timestamp | None], Dates] = {}
        self._days: dict[pd.Timestamp | None, pd.Timestamp | None] = {}  # publication -> its day (normalize is slow)

    def of(self, parts: list[re.Match], published: pd.Timestamp | None) -> Dates:
        """Dates of a (merged) period: the intersection of its parts."""
        day = self._days.get(published, False)
        if day is False:
            day = published.normalize() if published is not None and not pd.isna(published) else None
            self._days[published] = day
        dates = [self._one(m, published, day) for m in parts]
        starts = [a for a, _ in dates if a is not pd.NaT]  # NaT is one object: no pd.isna per date
        ends = [b for _, b in dates if b is not pd.NaT]
        return (max(starts) if starts else pd.NaT), (min(ends) if ends else pd.NaT)

    def _one(self, m: re.Match, published: pd.Timestamp | None, day: pd.Timestamp | None) -> Dates:
        # the dates depend on the expression, the preposition before it (not for "first half" and the
        # like) and the day of publication, nothing else
        key = (m.group(), "" if m.group("p1") else _prep(m, self.rules), day)
        if key not in self._known:
            self._known[key] = _resolve(m, published, self.rules)
        return self._known[key]


class SentencePeriods:
    """The periods of one sentence; each figure takes the nearest in its clause (dates resolved once)."""

    __slots__ = ("periods", "published", "dates", "_dates")

    def __init__(self, periods: list[Period], published: pd.Timestamp | None, dates: PeriodDates) -> None:
        self.periods = periods
        self.published = published
        self.dates = dates
        self._dates: dict[int, Dates] = {}

    def of(self, pos: int, lo: int, hi: int) -> tuple[str | None, pd.Timestamp, pd.Timestamp]:
        """(text, start date, end date) of the period nearest ``pos``, preferring those in [lo, hi)."""
        inside = [p for p in self.periods if lo <= p.start < hi] or self.periods
        if not inside:
            return None, pd.NaT, pd.NaT
        period = min(inside, key=lambda p: abs(p.start - pos))
        if id(period) not in self._dates:  # resolving is slow: only periods in use
            self._dates[id(period)] = self.dates.of(period.parts, self.published)
        start, end = self._dates[id(period)]
        return " ".join(period.text.split()), start, end


def find_periods(sentence: str, base: int, rules: Rules) -> list[Period]:
    """Period expressions of a sentence; neighbours ("as of March since 2015") merge into one."""
    found: list[Period] = []
    for m in _period_matches(sentence, rules):
        s = m.start()
        if m.group("p1") is None:  # "as of March", "since 2015": the preposition says which end it is
            p = rules.prep_before.search(sentence, max(0, s - 20), s)
            if p and rules.period_prepositions[p.group(1).lower()] != 0:
                s = p.start()
        if found and not sentence[found[-1].end - base : s].strip(" ,"):
            a = found[-1]
            found[-1] = Period(a.start, base + m.end(), sentence[a.start - base : m.end()], a.parts + [m])
            continue
        found.append(Period(base + s, base + m.end(), sentence[s : m.end()], [m]))
    return found


def _period_matches(sentence: str, rules: Rules):
    """The matches of ``rules.period`` as its finditer would find them, tried only where one can start."""
    p, end, first, period = 0, 0, rules.period_start.search, rules.period.match
    while (c := first(sentence, p)) is not None:
        q = c.start()
        if q >= end:
            m = period(sentence, q)
            if m:
                yield m
                end = m.end()
        p = q + 1


def _resolve(m: re.Match, published, rules: Rules) -> Dates:
    """Dates of a period expression; relative ones need the publication date."""
    pub = published if published is not None and not pd.isna(published) else None
    if m.group("p3"):
        return _year(m, pub, rules)
    if m.group("p2"):
        return _month(m, pub, rules)
    return _part_of_year(m, pub, rules)


def _month_end(y: int, mo: int) -> pd.Timestamp:
    return pd.Timestamp(y, mo, calendar.monthrange(y, mo)[1])


# Month arithmetic on (year, month) numbers, as pd.DateOffset(months=...) gives it from a first of the month (the
# offsets were most of the time spent on dates)
def _month_start(year: int, months: int) -> pd.Timestamp:
    """The first day of the month ``months`` after January of ``year`` (0: January; negative: the years before)."""
    return pd.Timestamp(year + months // 12, months % 12 + 1, 1)


def _last_day(year: int, months: int) -> pd.Timestamp:
    """The last day of the month ``months`` after January of ``year``."""
    return _month_end(year + months // 12, months % 12 + 1)


def _prep(m: re.Match, rules: Rules) -> str:
    """The preposition before a period ("since", "as of"), lower case, or ""."""
    p = rules.prep_before.search(m.string, max(0, m.start() - 20), m.start())
    return p.group(1).lower() if p else ""


def _year(m: re.Match, pub, rules: Rules) -> Dates:
    """ "in 2015"; "since 2015" runs to publication; "by 2015" ends then."""
    y = int(m.group("year"))
    prep = _prep(m, rules)
    end = rules.period_prepositions.get(prep, 0)
    if end > 0:
        return pd.Timestamp(y, 1, 1), (pub.normalize() if pub is not None else pd.NaT)
    if end < 0 and prep != "to":  # "from 1985 to 1987": the year after "to" is read whole
        return pd.NaT, pd.Timestamp(y, 12, 31)
    return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)


def _month(m: re.Match, pub, rules: Rules) -> Dates:
    """ "December 2015"; "in May" is the last May up to publication."""
    mo = rules.months[m.group("month")]
    if m.group("my"):
        y = int(m.group("my"))
    elif pub is not None:
        y = pub.year if mo <= pub.month else pub.year - 1
    else:
        return _NAT
    end = rules.period_prepositions.get(_prep(m, rules), 0)
    if end > 0:
        return pd.Timestamp(y, mo, 1), (pub.normalize() if pub is not None else pd.NaT)
    if end < 0:
        return pd.NaT, _month_end(y, mo)
    return pd.Timestamp(y, mo, 1), _month_end(y, mo)


def _part_of_year(m: re.Match, pub, rules: Rules) -> Dates:
    """ "the first six months of this year", "the first quarter", "last year", "the past 12 months"."""
    part = m.group("part").lower()
    unit = rules.period_units.get(m.group("unit").lower(), 0)
    n = m.group("n")
    count = 1 if not n else (int(n) if n.isdigit() else int(spelled_value(n, rules) or 1))
    of = (m.group("of") or "").lower()
    if of[:4].isdigit():
        year = int(of)
    elif pub is None:
        return _NAT
    else:
        rel = of.split()[0] if of else ""
        year = pub.year + rules.period_parts.get(rel, 0)  # "of last year": -1
    if unit == 0:
        return _NAT
    if part in rules.period_relative:  # this/last/next year, past 12 months
        return _relative(rules.period_parts[part], unit, count, bool(n), pub)
    idx = rules.period_parts.get(part, 1)
    span = unit * count
    if span > 12:
        return _NAT
    first = 12 - span if idx < 0 else (idx - 1) * span
    s, e = _month_start(year, first), _last_day(year, first + span - 1)
    if not of and pub is not None and s > pub:
        s, e = s - pd.DateOffset(years=1), e - pd.DateOffset(years=1)  # rare; "Feb 28" stays the 28th
    return s, e


def _relative(off: int, unit: int, count: int, counted: bool, pub) -> Dates:
    """ "this year", "last quarter", "next month"; "the past 12 months" runs up to publication."""
    if pub is None:
        return _NAT
    span = unit * count
    if counted and off < 0:
        return pub.normalize() - pd.DateOffset(months=span), pub.normalize()
    if unit == 12:
        y = pub.year + off
        return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
    first = (pub.month - 1) // unit * unit + off * unit
    return _month_start(pub.year, first), _last_day(pub.year, first + span - 1)
