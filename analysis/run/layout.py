"""The run's output folder: the tables it holds, their formats and the manifest (standard library only)."""

from __future__ import annotations

import json
from pathlib import Path

# The tables of a run, in reading order. Columns: those of the public function named (README, "Public API").
TABLES = {
    "articles": "load_articles",
    "sentences": "sentences",
    "country_mentions": "country_mentions",
    "quotes": "extract_quotes",
    "figures": "extract_figures",
    "country_sentiment": "country_sentiment",
    "portrayal": "country_portrayal",
    "stance": "country_stance",
    "country_events": "country_events",
    "problems": "files skipped, duplicates, and articles a stage skipped, cut into parts or could not process",
}
STAGE_TABLES = tuple(t for t in TABLES if t not in ("articles", "problems"))  # what analysis.stages makes
FORMATS = ("parquet", "csv")
MANIFEST = "manifest.json"


def output_files(out: Path, tables, formats) -> list[Path]:
    """Every file a run making ``tables`` in ``formats`` writes into ``out`` (besides the manifest)."""
    return [Path(out) / f"{n}.{fmt}" for n in ("articles", *tables, "problems") for fmt in formats]


def read_manifest(folder: Path) -> dict:
    """The folder's manifest, or {} when there is none or it cannot be read."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
