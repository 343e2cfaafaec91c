"""Which files a source of articles names: a folder (recursive), a glob, a file, or a list of these.

Standard library only: the run command's up-to-date check (``analysis.quick``) lists the input files before
pandas or NLTK is imported.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES


# Written into every output folder (the report's figures and reports, the run command's tables): such a folder
# kept inside the articles' folder holds CSV tables, which are no articles
REPORT_MARK = ".analysis-run"
TABLES_MARK = ".analysis-tables"


def _walk(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``; hidden files and folders (".cache", ".git") and our output folders left out."""
    for root, dirs, names in os.walk(folder):
        if (REPORT_MARK in names or TABLES_MARK in names) and Path(root) != folder:
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root, n) for n in names if not n.startswith("."))


def _in_folder(folder: Path) -> list[Path]:
    """Article files under ``folder``, sorted."""
    return sorted(f for f in _walk(folder) if os.path.splitext(f.name)[1].lower() in SUFFIXES and f.is_file())


def find_files(source) -> list[Path]:
    """Files named by a folder (recursive), a glob, a file, or a list of these; sorted, no repeats."""
    items = [source] if isinstance(source, (str, Path)) else list(source)
    found: list[Path] = []
    for item in items:
        p = Path(item).expanduser()
        if p.is_dir():
            found += _in_folder(p)
        elif p.is_file():
            found.append(p)
        elif glob.has_magic(str(item)):
            found += [Path(f) for f in sorted(glob.glob(str(p), recursive=True)) if Path(f).is_file()]
        else:
            raise FileNotFoundError(f"No such folder or file of articles: {item}")
    seen: set[str] = set()
    out = []
    for f in found:
        real = os.path.realpath(f)  # one file reached twice (a symlink, two overlapping sources) is read once
        if real not in seen:
            seen.add(real)
            out.append(f)
    return out


def other_files(source) -> list[Path]:
    """Files in the folders ``source`` names that are of no type the loader reads (a .pdf, a .docx), sorted: they
    are not read, and a run says so rather than leave a user to wonder where an article went."""
    items = [source] if isinstance(source, (str, Path)) else list(source)
    found: list[Path] = []
    for folder in (Path(i).expanduser() for i in items):
        if not folder.is_dir():
            continue  # a file or a glob names what it wants read
        found += [f for f in _walk(folder) if f.suffix.lower() not in SUFFIXES]
    return sorted(found)


def other_files_line(files: list[Path]) -> str:
    """ "not read: 2 files of other types (.docx, .pdf); articles are read from .csv, .htm, ..." or ""."""
    if not files:
        return ""
    kinds = sorted({f.suffix.lower() or "no extension" for f in files})
    n = f"{len(files):,} file{'s' if len(files) != 1 else ''}"
    return f"not read: {n} of other types ({', '.join(kinds)}); articles are read from {', '.join(sorted(SUFFIXES))}"


def outside(files: list[Path], folders: list[Path]) -> list[Path]:
    """The files that lie in none of ``folders`` (the run's output and cache may sit inside its source)."""
    roots = tuple(os.path.join(os.path.realpath(d), "") for d in folders)
    return [f for f in files if not os.path.realpath(f).startswith(roots)]


SKIPPED_SHOWN = 10  # files a terminal names one by one; the rest are counted


def skipped_lines(skipped: list[dict], rest: str, limit: int = SKIPPED_SHOWN) -> list[str]:
    """Terminal lines naming the files that could not be read, each with its reason, then how many more."""
    lines = [
        f"  skipped {d.get('path')}: {d.get('reason') or d.get('detail') or 'unreadable'}" for d in skipped[:limit]
    ]
    if len(skipped) > limit:
        lines.append(f"  and {len(skipped) - limit:,} more; {rest}")
    return lines
