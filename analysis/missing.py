"""Missing text is None in every public table, as the README documents (numbers stay NaN, dates NaT).

pandas 3 stores text in its string dtype, where a missing value reads back as NaN; ``row.speaker is None``
then fails and a table shows "NaN" to a reader. The public functions pass their result through
:func:`none_for_missing`, and so does anything that reads the tables back from disk.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pandas as pd
from pandas.api.types import is_object_dtype, is_string_dtype

# A list in a CSV cell (the countries of a figure): the run command's tables and the report's tables write it
# alike, so a reader who splits one splits the other
LIST_SEPARATOR = "; "


def none_for_missing(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text column that has a missing value as object dtype holding None (attrs kept)."""
    if not isinstance(df, pd.DataFrame):
        return df
    for column in df.columns:
        s = df[column]
        if not (is_string_dtype(s.dtype) or is_object_dtype(s.dtype)):
            continue
        missing = s.isna()
        if missing.any():
            df[column] = pd.Series(s.astype(object).where(~missing, None), index=df.index, dtype=object)
    return df


def with_none_for_missing(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a function that returns a table so that its missing text is None."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return none_for_missing(func(*args, **kwargs))

    return wrapper
