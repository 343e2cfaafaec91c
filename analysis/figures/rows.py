"""The row of ``extract_figures``: one typed record per figure, and the DataFrame built from them.

A module of its own because the stages read the rows written before (partners and direction of the
previous figure), so they need the type without the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

import numpy as np
import pandas as pd


@dataclass(slots=True)
class FigureRow:
    """One figure. The field order is the column order of ``extract_figures``."""

    article_id: object
    text: str  # the figure as written: text[start:end] of the article
    value: float  # the number with its scale applied ("$2.5bn" = 2.5e9); a range's lower end; NaN for a move
    unit: str | None  # code of figure_units.csv: "USD", "percent", "tonnes", "USD/tonne"; "count"; None for a move
    quantity: str  # level | change | share | count
    metric: str | None  # what it measures: "trade", "iron ore imports", "cases of unauthorised exports"
    direction: str | None  # increase | decrease, for changes and levels moved by a verb
    countries: list[str]  # the countries whose figure it is, canonical short names
    period: str | None  # the period expression as written ("first six months of this year")
    period_start: pd.Timestamp  # the period resolved to dates (NaT when unknown)
    period_end: pd.Timestamp
    compared_with: str | None  # "same period last year", "a year earlier"
    source: str | None  # who gives the figure: "official figures from Beijing", "the ministry"
    source_country: str | None  # the country named in the source
    start: int  # character offsets into the article's text
    end: int
    sentence: str  # the sentence the figure is in
    rule: str  # which rules found it and set its partners and direction: "found:range; partners:figure-window"
    forecast: bool  # expected, not reported: a forecast word before it in its sentence ("is expected to grow 2 pct")


FIGURE_COLUMNS = [f.name for f in fields(FigureRow)]

# A value no reader would believe is a parse error, not a finding: outside these bounds a figure is left out of the
# rows and listed in ``attrs["errors"]`` (kind "implausible", with its sentence), so the run command's problems table
# shows it. A percent change of 17,400,000,000 % comes from a percent carried onto "from 17.4 billion".
PLAUSIBLE_MAX = {
    "percent": 100_000.0,
    "percentage points": 1_000.0,
    "basis points": 10_000.0,
}  # Bolivia 1985: 23,000 pct


def implausible(row: FigureRow) -> str | None:
    """Why ``row``'s value cannot be right (None when it can): a percent, share or rate outside its bounds."""
    v = row.value
    if v != v:  # a move without a number
        return None
    if v in (float("inf"), float("-inf")):
        return f"{row.text!r} read as an infinite value"
    bound = PLAUSIBLE_MAX.get(row.unit or "")
    if bound is not None and abs(v) > bound:
        return f"{row.text!r} read as {v:,.6g} {row.unit}, over {bound:,.0f}"
    if row.unit and " per " in row.unit and v <= 0:
        return f"{row.text!r} read as an exchange rate of {v:g}"
    return None


_VALUES = attrgetter(*FIGURE_COLUMNS)
_OPTIONAL_TEXT = ("unit", "metric", "direction", "period", "compared_with", "source", "source_country")
_TYPED = {"value": "float64", "start": "int64", "end": "int64", "forecast": "bool"}
_DATES = ("period_start", "period_end")


def figures_frame(rows: list[FigureRow]) -> pd.DataFrame:
    """The rows as a DataFrame with the documented dtypes, built column by column: pandas infers a type only for the
    columns that need it (ids and text), not for every column of every row."""
    values = zip(*map(_VALUES, rows)) if rows else [()] * len(FIGURE_COLUMNS)
    data = {}
    for c, column in zip(FIGURE_COLUMNS, values):
        if c in _OPTIONAL_TEXT:  # pandas 3 stores text as its string dtype, where a missing value is NaN: keep None
            data[c] = pd.Series(column, dtype=object)
        elif c == "countries":
            data[c] = pd.Series([list(v or []) for v in column], dtype=object)
        elif c in _TYPED:
            data[c] = pd.Series(column, dtype=_TYPED[c])
        elif c in _DATES:
            data[c] = _dates(column)
        else:  # ids and text: inferred (str, or the ids' own type); with no rows, object as pandas gives them
            data[c] = list(column) if rows else pd.Series([], dtype=object)
    return pd.DataFrame(data, columns=FIGURE_COLUMNS)


def _dates(column: tuple) -> pd.Series:
    """Timestamps (or NaT) as datetime64[ns], from their nanoseconds: converting the objects one by one was slow."""
    ns = np.fromiter((pd.NaT.value if t is pd.NaT else t.value for t in column), dtype="int64", count=len(column))
    return pd.Series(ns.view("datetime64[ns]"))
