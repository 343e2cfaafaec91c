"""Read the rule tables in analysis/data/: CSV files whose lines starting with "#" explain the columns."""

from __future__ import annotations

import csv
from pathlib import Path

from ..paths import DATA


def read_table(path: str | Path) -> list[dict]:
    """Rows of a rule table, as dicts; ``path`` is a file name in analysis/data/ or any path."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = DATA / path
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))
