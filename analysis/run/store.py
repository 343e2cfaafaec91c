"""The run's output: one Parquet file and one CSV file per table in a folder, and :func:`load_tables` to read them.

Why Parquet files rather than an embedded database (DuckDB, SQLite): the notebooks and the report read whole
tables, never a query, so a file per table is all the structure needed; Parquet keeps the types (dates, lists of
countries, integers beside missing values), is compressed and columnar, and pandas, R, DuckDB, Spark and Excel (the
CSV twin) read it with nothing of ours installed; pyarrow, which writes it, is already a requirement, while a
database would be one more; and a table written to a temporary name and renamed is replaced whole or not at all,
which a reader of the folder can rely on without a lock.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..missing import LIST_SEPARATOR
from ..text.files import TABLES_MARK
from .layout import FORMATS, MANIFEST, TABLES, read_manifest  # noqa: F401 - also imported from here


def _replace(tmp: Path, final: Path) -> None:
    """Give ``tmp`` its final name in one step (readable by all, as a file written with open() would be)."""
    os.chmod(tmp, 0o644)
    os.replace(tmp, final)


def _csv_table(table: pa.Table) -> pa.Table:
    """The table with list columns joined as text ("China; North Korea"), which CSV can hold."""
    for i, field in enumerate(table.schema):
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            joined = [None if v is None else LIST_SEPARATOR.join(map(str, v)) for v in table.column(i).to_pylist()]
            table = table.set_column(i, field.name, pa.array(joined, pa.string()))
    return table


def arrow_table(df: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table (no index; lists of text stay lists)."""
    return pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)


def write_table(df: pd.DataFrame | pa.Table, folder: Path, name: str, formats: tuple[str, ...] = FORMATS) -> None:
    """Write ``name.parquet`` and ``name.csv`` into ``folder``, each to a temporary name first, then renamed."""
    table = df if isinstance(df, pa.Table) else arrow_table(df)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        tmp = folder / f".{name}.{fmt}.tmp-{os.getpid()}"
        if fmt == "parquet":
            pq.write_table(table, tmp, compression="zstd")
        else:
            pacsv.write_csv(_csv_table(table), tmp)
        written.append((tmp, folder / f"{name}.{fmt}"))
    for tmp, final in written:
        _replace(tmp, final)


def write_manifest(folder: Path, manifest: dict) -> None:
    """Write ``manifest.json`` (what the run read, with which rule versions, how many rows) atomically."""
    tmp = folder / f".{MANIFEST}.tmp-{os.getpid()}"
    tmp.write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
    _replace(tmp, folder / MANIFEST)
    # tables kept inside the folder of articles are not read as articles by a notebook or a later run
    (folder / TABLES_MARK).write_text("tables written by python -m analysis run\n", encoding="utf-8")


def _as_api(table: pa.Table) -> pd.DataFrame:
    """A table read back as the public function returned it: lists as lists, missing text as None."""
    lists = [f.name for f in table.schema if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
    df = table.to_pandas()
    for column in lists:
        df[column] = pd.Series(table.column(column).to_pylist(), index=df.index, dtype=object)
    for column in df.columns:
        s = df[column]
        if (pd.api.types.is_string_dtype(s.dtype) or s.dtype == object) and s.isna().any():
            df[column] = pd.Series(s.astype(object).where(s.notna(), None), index=df.index, dtype=object)
    return df


def load_tables(folder: str | Path, tables: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """The tables a run wrote into ``folder`` (``python -m analysis run ARTICLES --out FOLDER``), by name.

    Names: articles, sentences, country_mentions, quotes, figures, country_sentiment, portrayal, stance,
    problems; each with the columns of the public function that makes it (README, "Public API"), in the
    same order as that function returns the rows. Only the tables present are returned; ``tables`` picks some.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"No such folder of tables: {folder} (make it with: python -m analysis run ARTICLES --out {folder})"
        )
    names = list(TABLES) if tables is None else list(tables)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; the tables are {', '.join(TABLES)}")
    return {n: _as_api(pq.read_table(folder / f"{n}.parquet")) for n in names if (folder / f"{n}.parquet").exists()}
