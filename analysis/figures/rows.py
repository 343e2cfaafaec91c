"""The row of ``extract_figures``: one typed record per figure, and the DataFrame built from them.

A module of its own because the stages read the rows written before (partners and direction of the
previous figure), so they need the type without the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

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


def figures_frame(rows: list[FigureRow]) -> pd.DataFrame:
    """The rows as a DataFrame with the documented dtypes."""
    values = [_VALUES(r) for r in rows]
    df = pd.DataFrame(values, columns=FIGURE_COLUMNS)
    column = dict(zip(FIGURE_COLUMNS, zip(*values))) if values else dict.fromkeys(FIGURE_COLUMNS, ())
    # pandas 3 stores text as its string dtype, where a missing value shows as NaN: keep None (object dtype)
    for c in _OPTIONAL_TEXT:
        df[c] = pd.Series(list(column[c]), index=df.index, dtype=object)
    df["countries"] = pd.Series([list(c or []) for c in column["countries"]], index=df.index, dtype=object)
    df["value"] = df["value"].astype("float64")
    df["forecast"] = df["forecast"].astype("bool")
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    for c in ("period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    return df
