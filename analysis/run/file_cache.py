"""The loader's cache for the run command: what was read from each file (its records, or why it was skipped),
keyed by the file's path, its bytes and the loader's version; files the cache lacks read several at once on the
run's worker processes. Stored as Parquet segments in ``files/<loader version>/`` (see :mod:`analysis.cache`).
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .cache import read_segments, write_segment

RECORD_FIELDS = {
    "article_id": pa.string(),
    "path": pa.string(),
    "title": pa.string(),
    "published": pa.timestamp("us"),
    "publisher": pa.string(),
    "dateline": pa.string(),
    "dateline_country": pa.string(),
    "text": pa.string(),
    "n_words": pa.int64(),
}
# _skipped: a line of the file the loader could not read (its reason; the path is in "path")
FILE_SCHEMA = pa.schema(
    [("_file", pa.string()), ("_error", pa.string()), ("_skipped", pa.string()), *RECORD_FIELDS.items()]
)


def _text_or_none(value) -> str | None:
    """A record's field as text for the cache (a number or a date in a JSON field stays readable)."""
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


class FileCache:
    """What the loader read from each file (its records, or why it skipped the file), by the file's key."""

    def __init__(self, folder: Path, read: Callable[[Path], list[dict]]) -> None:
        self.folder, self.read, self.version = folder, read, folder.name  # the folder is named by the version
        self.entries: dict[str, tuple[list[dict], str | None]] = {}
        self.new: dict[str, tuple[list[dict], str | None]] = {}
        self.hits = 0
        self.keys: dict[Path, str] = {}  # keys found by read_ahead, not computed twice
        self.ahead: set[str] = set()  # files read by read_ahead in this run (not hits)
        for segment in sorted(folder.glob("*.parquet")):
            table = read_segments([segment])
            found: dict[str, tuple[list[dict], str | None]] = {}
            for rec in table.to_pylist() if table is not None else []:
                records, _ = found.setdefault(rec.pop("_file"), ([], rec.pop("_error")))
                skipped = rec.pop("_skipped", None)  # absent from segments written before it was kept
                if skipped is not None:
                    records.append({"skipped": {"path": rec["path"], "reason": skipped}})
                elif rec["article_id"] is not None:
                    records.append(rec)
            self.entries = found | self.entries  # a file read by two runs at once: the first segment's

    def key(self, path: Path, data: bytes | None = None) -> str:
        """The file's key: its path, its bytes (``data``, else read) and the loader's version."""
        h = hashlib.sha256(f"{self.version}\0{path}\0".encode("utf-8", "surrogateescape"))
        h.update(path.read_bytes() if data is None else data)
        return h.hexdigest()[:32]

    def read_ahead(self, paths: list[Path], pool: Executor, parts: int, progress: Callable[[int], object]) -> set:
        """Read the files the cache lacks, in about ``parts`` batches shared with the workers of ``pool``: they
        take batches from the front while this process reads from the back (all of them, while the workers are
        still starting). Returns the paths read; the loader then finds them here. ``progress`` gets each batch's
        number of files."""
        todo = []
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError:
                continue  # the loader says why
            self.keys[path] = key = self.key(path, data)
            if key not in self.entries:
                todo.append((key, path, len(data)))
        batches = _batches(todo, parts)
        if len(batches) < 2:
            return set()
        futures = [pool.submit(read_each, self.read, [p for _, p, _ in b]) for b in batches]
        read = set()
        for batch, future in zip(reversed(batches), reversed(futures)):
            if not future.cancel():  # a worker has it: the rest are theirs too
                break
            read |= self._keep(batch, read_each(self.read, [p for _, p, _ in batch]))
            progress(len(batch))
        for batch, future in zip(batches, futures):
            if not future.cancelled():
                try:
                    read |= self._keep(batch, future.result())
                except Exception:  # noqa: BLE001 - a broken pool: the loader reads these files itself
                    continue
                progress(len(batch))
        return read

    def _keep(self, batch: list[tuple[str, Path, int]], found: list) -> set[Path]:
        """Keep what :func:`read_each` found for a batch; the paths kept."""
        kept = set()
        for (key, path, _), entry in zip(batch, found):
            if entry is not None:
                self.new[key] = self.entries[key] = entry
                self.ahead.add(key)
                kept.add(path)
        return kept

    def __call__(self, path: Path) -> list[dict]:
        """The file's records, from the cache when the file is unchanged (the loader's ``read``)."""
        from ..text.articles import ArticleError

        try:
            key = self.keys.pop(path, None) or self.key(path)
        except OSError:
            return self.read(path)  # unreadable: the loader says why
        if key in self.entries:
            records, error = self.entries[key]
            self.hits += key not in self.ahead
            if error is not None:
                raise ArticleError(error)
            return [dict(r) for r in records]
        try:
            records = self.read(path)
        except ArticleError as e:
            self.new[key] = self.entries[key] = ([], str(e))
            raise
        self.new[key] = self.entries[key] = ([dict(r) for r in records], None)
        return records

    def flush(self) -> None:
        """Store what was read since the last flush as one segment."""
        if not self.new:
            return
        rows = []
        for key, (records, error) in self.new.items():
            rows.append({"_file": key, "_error": error})  # the file itself, also when it holds no record
            for r in records:
                if "skipped" in r:
                    rows.append({"_file": key, "_skipped": r["skipped"]["reason"], "path": r["skipped"]["path"]})
                else:
                    rows.append({"_file": key, "_error": None, **{f: r.get(f) for f in RECORD_FIELDS}})
        for row in rows:
            for f, kind in RECORD_FIELDS.items():
                value = row.get(f)
                if kind == pa.string():
                    row[f] = _text_or_none(value)
                elif value is not None and pd.isna(value):
                    row[f] = None
        self.folder.mkdir(parents=True, exist_ok=True)
        write_segment(pa.Table.from_pylist(rows, schema=FILE_SCHEMA), self.folder / f"{uuid.uuid4().hex[:16]}.parquet")
        self.new = {}

    def drop_other_versions(self) -> None:
        """Remove the folders of the loader's other versions."""
        siblings = self.folder.parent.iterdir() if self.folder.parent.is_dir() else []
        for other in siblings:
            if other.is_dir() and other != self.folder:
                shutil.rmtree(other, ignore_errors=True)


def read_each(read: Callable[[Path], list[dict]], paths: list[Path]) -> list[tuple[list[dict], str | None] | None]:
    """Each file's records, or why it was skipped; None for a file that failed otherwise (the loader reads it
    again and says what is wrong). Runs in a worker."""
    from ..text.articles import ArticleError

    out: list[tuple[list[dict], str | None] | None] = []
    for path in paths:
        try:
            out.append(([dict(r) for r in read(path)], None))
        except ArticleError as e:
            out.append(([], str(e)))
        except Exception:  # noqa: BLE001 - reported by the loader, which reads the file again
            out.append(None)
    return out


def _batches(todo: list[tuple[str, Path, int]], parts: int) -> list[list[tuple[str, Path, int]]]:
    """Consecutive files in about ``parts`` batches of similar size in bytes (none under 64 kB)."""
    size = max(64_000, sum(n for *_, n in todo) // max(parts, 1) + 1)
    batches, batch, total = [], [], 0
    for item in todo:
        batch.append(item)
        total += item[2]
        if total >= size:
            batches.append(batch)
            batch, total = [], 0
    return batches + [batch] if batch else batches
