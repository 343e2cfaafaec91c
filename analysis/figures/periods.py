"""Period expressions and their dates."""

from __future__ import annotations

import calendar
import re

import pandas as pd

from .numbers import _spelled_value
from .rules import _Rules


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
