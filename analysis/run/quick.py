"""Whether a run's output folder already holds what the run would write, told before anything heavy is imported.

A rerun over an unchanged folder should cost little more than reading the files. The full run decides that too
(``pipeline.up_to_date``), but only after importing pandas, NLTK and the model, loading every article and
digesting every stage's code: seconds on a few thousand stories. This check digests the input files' bytes, every
file of the package (code and rule tables) and the settings; when the manifest of the last run recorded the same
digest and every table is there, nothing is done. Any change anywhere in the package sends the run down the full
path, whose cache then redoes only the stages the change affects. Standard library only.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Iterable
from pathlib import Path

from ..paths import PACKAGE_DIR
from .layout import output_files, read_manifest
from .settings import Report

PACKAGE = "analysis"
LIBRARIES = ("numpy", "pandas", "nltk", "pyarrow")
KEY = "quick"  # the manifest's entry


def environment() -> list[str]:
    """The versions of the package and of the libraries that shape its results."""
    out = []
    for name in (PACKAGE, *LIBRARIES):
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return out


def package_files() -> list[Path]:
    """Every source file and data table of the package, sorted (compiled files left out)."""
    root = PACKAGE_DIR
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        found += [Path(folder, n) for n in names if not n.endswith((".pyc", ".pyo")) and not n.startswith(".")]
    return sorted(found)


def _update(h, label: str, path: Path) -> None:
    h.update(label.encode("utf-8", "surrogatepass") + b"\0")
    h.update(hashlib.sha256(path.read_bytes()).digest())


def run_key(files: Iterable[Path], settings: Iterable[str]) -> str:
    """A digest of the input files (paths and bytes), the package's files, the environment and the settings."""
    h = hashlib.sha256()
    for item in (*environment(), *settings):
        h.update(item.encode() + b"\0")
    root = PACKAGE_DIR
    for p in package_files():
        _update(h, p.relative_to(root).as_posix(), p)
    for f in files:
        _update(h, str(f), f)
    return h.hexdigest()[:32]


def up_to_date(out: Path, key: str, tables: Iterable[str], formats: Iterable[str]) -> bool:
    """Whether ``out`` holds every table and the manifest of a run with this key."""
    return read_manifest(out).get(KEY) == key and all(f.exists() for f in output_files(out, tables, formats))


def settings_items(s) -> list[str]:
    """The settings of a run (``analysis.settings.Settings``) that shape what it writes."""
    return [
        f"tables={sorted(s.tables)}",
        f"formats={list(s.formats)}",
        f"limit={s.limit}",
        f"max_chars={s.max_chars}",
        f"max_parts={s.max_parts}",
        f"time_limit={s.time_limit}",
        f"sentiment={s.sentiment}",
    ]


def check(files: list[Path], out: Path, s) -> tuple[str, bool]:
    """The run's key, and whether ``out`` is already what a run with it would write."""
    key = run_key(files, settings_items(s))
    return key, up_to_date(out, key, s.tables, s.formats)


def done_report(out: Path, files: list[Path], started: float) -> Report:
    """The report of a run found up to date: files and articles as the last run counted them, the check's time."""
    import time

    articles = int(read_manifest(out).get("articles", 0))
    return Report(files=len(files), articles=articles, quick=True, seconds={"check": time.perf_counter() - started})
