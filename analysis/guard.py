"""Keep a run over thousands of articles going when one article trips an extractor."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pandas as pd


def _short(error: str, width: int = 80) -> str:
    """An error as a short phrase: its first line, cut (a message may quote a long pattern or a whole text)."""
    line = str(error).splitlines()[0] if str(error) else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class ArticleErrors:
    """Runs a per-article step, records what failed, and reports it on the result table."""

    def __init__(self, task: str) -> None:
        self.task = task
        self.errors: list[dict] = []

    def run(self, article_id: Any, step: Callable[..., list], *args: Any) -> list:
        """``step(*args)``, or an empty list when it raises (the error is recorded, not lost)."""
        try:
            return step(*args)
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the others
            self.errors.append({"article_id": article_id, "error": f"{type(e).__name__}: {e}"})
            return []

    def finish(self, df: pd.DataFrame) -> pd.DataFrame:
        """Attach the errors as ``df.attrs["errors"]`` and warn once, naming the articles."""
        df.attrs["errors"] = list(self.errors)
        if self.errors:
            shown = ", ".join(f"{e['article_id']} ({_short(e['error'])})" for e in self.errors[:5])
            more = f" and {len(self.errors) - 5} more" if len(self.errors) > 5 else ""
            warnings.warn(
                f"{self.task}: {len(self.errors)} article(s) could not be processed and have no rows: "
                f"{shown}{more}; please report them",
                stacklevel=3,
            )
        return df
