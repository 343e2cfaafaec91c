"""Dates of articles: header dates, wire dates and the usual written forms, read into timestamps."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

import pandas as pd
from dateutil import parser as dateparser

MAX_SKIPPED_WORDS = 2  # words beside a header's date ("at", a time zone dateutil does not know)
MAX_DATE_WORDS = 9  # a header's date is at most this many words ("Saturday, 13 July 2019, 10:42 a.m. GMT")
_TIME_WITH_DOT = re.compile(
    r"(?<![:\d.])\b([01]?\d|2[0-3])\.([0-5]\d)\b(?=\s*(?:[AaPp]\.?[Mm]\b|GMT|BST|UTC|CET|[A-Z]{2,4}\b|$))"
)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)}
_WIRE_DATE = re.compile(
    r"(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{4}) "
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# SGML residue after a feed's date: "27-MAR-1987 07:27:59.04&#5;&#5;&#5;RM" (character references, then desk codes)
_MARKUP_TAIL = re.compile(r"&#\d+;.*\Z", re.S)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def _looks_like_date(s: str) -> bool:
    """A short string that names a month or is written as a numeric date, and parses with at most
    ``MAX_SKIPPED_WORDS`` words left over (more are a sentence that names a month: "prices rose in March")."""
    if _iso_or_wire(s.strip()) is not None:
        return True
    if len(s.split()) > MAX_DATE_WORDS or not (_MONTH.search(s) or _NUMERIC_DATE.search(s)):
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            _, skipped = dateparser.parse(_TIME_WITH_DOT.sub(r"\1:\2", s), fuzzy_with_tokens=True)
        except (ValueError, OverflowError, TypeError):
            return False
    return sum(len(_WORD.findall(t)) for t in skipped) <= MAX_SKIPPED_WORDS


def leading_date(s: str) -> str | None:
    """The date a header line gives: all of ``s``, or its longest first words that read as a date
    ("27-MAR-1987 07:27:59.04 junk" -> "27-MAR-1987 07:27:59.04"); None when no first words do."""
    if _looks_like_date(s):
        return s
    words = s.split()[:MAX_DATE_WORDS]
    for n in range(len(words) - 1, 0, -1):
        if _looks_like_date(" ".join(words[:n])):
            return " ".join(words[:n])
    return None


def parse_date(value) -> pd.Timestamp:
    """A timestamp from the usual forms (ISO, 'Sat, July 13, 2019', '26-FEB-1987 15:01:01.79'); NaT if none."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return pd.NaT
    if isinstance(value, (int, float)) and 1e8 < value < 1e11:  # Unix seconds
        return pd.Timestamp(int(value), unit="s")
    text = _MARKUP_TAIL.sub("", str(value)).strip()
    try:
        ts = pd.Timestamp(_iso_or_wire(text) or _parse_any(text))
    except (ValueError, OverflowError, TypeError):
        return pd.NaT
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.as_unit("ns")


def _iso_or_wire(text: str) -> datetime | None:
    """ISO 8601 or the wire's "26-FEB-1987 15:01:01.79", read by exact rules; None for any other form.

    dateutil reads these too, but its general parser takes about 0.3 ms a date, the largest part of loading a
    feed of short stories; these two forms cover most feeds and read the same either way."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    m = _WIRE_DATE.fullmatch(text)
    if m is None or m["month"].lower() not in _MONTHS:
        return None
    day, year, hour, minute, second = (int(m[g]) for g in ("day", "year", "hour", "minute", "second"))
    micro = int((m["fraction"] or "0").ljust(6, "0"))
    return datetime(year, _MONTHS[m["month"].lower()], day, hour, minute, second, micro)  # ValueError if no such day


def _parse_any(text: str) -> datetime:
    """Any other form, through dateutil's fuzzy parser ("Sat, July 13, 2019 07.15 GMT")."""
    text = _TIME_WITH_DOT.sub(r"\1:\2", text)  # "07.15 GMT", as British sites write times
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dateparser.parse(text, fuzzy=True)
