"""Quote rows of one invented text, for the construction tests (one helper instead of a copy per test file)."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def rows_of(text: str, day: str, dateline: str | None = None) -> list[dict]:
    """The quote rows of ``text`` as published on ``day``; fails when there are none."""
    rows = quotes_in_text(text, day, dateline)
    assert rows, text
    return rows


def row_with(text: str, key: str, day: str, dateline: str | None = None) -> dict:
    """The first quote row of ``text`` whose quote holds ``key``."""
    return next(r for r in rows_of(text, day, dateline) if key in r["quote"])
