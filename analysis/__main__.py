"""``python -m analysis``: the command line (``run`` analyses a folder of articles and writes every table)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .run.layout import STAGE_TABLES, TABLES
from .run.settings import Report, Settings
from .sentiment.choice import DEFAULT_SENTIMENT, SENTIMENT_MODELS
from .text import guard
from .text.files import skipped_lines

DESCRIPTION = """\
Analyse news articles and write every table, as Parquet and CSV, into one folder.

  python -m analysis run ARTICLES --out DIR [--jobs N]

ARTICLES is a folder, a file or a glob of .txt, .md, .html, .json, .jsonl or .csv articles (README, "Running on
new articles"). The tables written into DIR (one NAME.parquet and one NAME.csv each, columns as in the README,
"Public API"):
  {tables}.
manifest.json says what was read, with which rule versions. Read them back with analysis.load_tables(DIR).

Cache. DIR/.cache keeps what each stage found in each article, keyed by a hash of the article's text, date and
dateline, and by a hash of the stage's code and the rule tables it reads. A rerun analyses only articles not
seen before, and a changed rule table (say cue_verbs.csv) invalidates only the stages that read it (quotes,
stance). When nothing changed, nothing is rewritten. An interrupted run (Ctrl-C, a crash) resumes from the
cache: finished batches are stored as they come.

Robustness. A file that cannot be read, an article a stage cannot process and an article over the size limit
are listed in problems.csv (one line each) and the run goes on; no good article is lost. An article longer than
--max-chars is analysed in parts cut at paragraph breaks; one longer than --max-parts parts is skipped. Every
output is written under a temporary name and renamed, so a reader never sees half a table.

Parallel. --jobs N worker processes (default: every core); --dask ADDRESS runs the same per-article work on a
Dask cluster (pip install .[dask]; "local" starts one on this machine).
"""


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``."""
    ap = argparse.ArgumentParser(
        prog="python -m analysis",
        description=DESCRIPTION.format(tables=", ".join(TABLES)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = ap.add_subparsers(dest="command", required=True, metavar="run")
    r = sub.add_parser(
        "run",
        help="analyse ARTICLES and write every table into --out",
        description=DESCRIPTION.format(tables=", ".join(TABLES)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("articles", metavar="ARTICLES", help="folder, file or glob of articles")
    r.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder of the tables (created)")
    r.add_argument("--jobs", "-j", type=int, default=0, metavar="N", help="worker processes (default: every core)")
    r.add_argument("--cache", type=Path, metavar="DIR", help="cache folder (default: DIR/.cache)")
    r.add_argument("--limit", type=int, metavar="N", help="only the first N articles")
    r.add_argument(
        "--tables", nargs="+", choices=list(STAGE_TABLES), metavar="T", help=f"only these ({', '.join(STAGE_TABLES)})"
    )
    r.add_argument(
        "--format", nargs="+", choices=["parquet", "csv"], default=["parquet", "csv"], help="(default: both)"
    )
    r.add_argument(
        "--max-chars", type=int, default=guard.MAX_CHARS, help="longer articles are cut into parts (%(default)s)"
    )
    r.add_argument(
        "--max-parts", type=int, default=guard.MAX_PARTS, help="articles of more parts are skipped (%(default)s)"
    )
    r.add_argument(
        "--time-limit", type=float, default=guard.TIME_LIMIT, help="seconds per article and stage (%(default)s)"
    )
    r.add_argument(
        "--sentiment",
        choices=SENTIMENT_MODELS,
        default=DEFAULT_SENTIMENT,
        help="the sentiment model: the encoder, or the fast numpy model for very large runs (%(default)s)",
    )
    r.add_argument("--dask", metavar="ADDRESS", help='run on a Dask scheduler ("local": a cluster on this machine)')
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    return ap


def _n(n: int, noun: str) -> str:
    """ "1 article", "1,469 articles" (the summary's counts agree with their nouns)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def summary(report: Report, out: Path) -> str:
    """The lines printed at the end of a run."""
    s = report.seconds
    if report.quick:
        return (
            f"{_n(report.articles, 'article')} from {_n(report.files, 'file')}, none changed "
            f"(checked in {s.get('check', 0):.2f} s)\n{out}/ is up to date: nothing changed since the last run"
        )
    lines = [
        f"{_n(report.articles, 'article')} from {_n(report.files, 'file')} ({report.files_cached:,} read from the cache); "
        f"{report.analysed:,} analysed, {report.articles - report.analysed:,} from the cache",
        f"time: load {s.get('load', 0):.1f} s, analyse {s.get('analyse', 0):.1f} s, write {s.get('write', 0):.1f} s",
    ]
    if report.written:
        lines.append(f"wrote {out}/: " + ", ".join(f"{n} {k:,}" for n, k in report.rows.items()))
        if report.rows.get("problems"):
            kinds = ", ".join(f"{kind} {n:,}" for kind, n in report.problem_kinds.items())
            lines.append(f"{_n(report.rows['problems'], 'problem')} ({kinds}): {out}/problems.csv")
        lines += skipped_lines(report.skipped, f"all in the problems table ({out}/problems.csv)")
        # a text cut at the loader's cap lost words no table holds: named like a skipped file
        lines += [f"  cut {d['path']}: {d['reason']}" for d in report.truncated]
    else:
        lines.append(f"{out}/ is up to date: nothing changed since the last run")
    return "\n".join(lines)


def quick_run(source, out: Path, s: Settings) -> Report | None:
    """The report of a run over unchanged input into an up-to-date folder, or None (checked with the standard
    library only: a rerun that has nothing to do does not wait for pandas and NLTK to load)."""
    import time

    from .run import quick
    from .text.files import find_files, outside

    t0 = time.perf_counter()
    files = outside(find_files(source), [out, Path(s.cache) if s.cache else out / ".cache"])
    if not files or not quick.check(files, out, s)[1]:
        return None
    return quick.done_report(out, files, t0)


def not_read(source, out: Path, s: Settings) -> str:
    """The line on files in the source folder that are of no article type (a .pdf dropped in), or ""."""
    from .text.files import other_files, other_files_line, outside

    return other_files_line(outside(other_files(source), [out, Path(s.cache) if s.cache else out / ".cache"]))


def _full_run(source, out: Path, s: Settings) -> Report:
    from .run.pipeline import run

    return run(source, out, s)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run it."""
    a = parser().parse_args(argv)
    settings = Settings(
        jobs=a.jobs,
        limit=a.limit,
        tables=tuple(a.tables or STAGE_TABLES),
        cache=a.cache,
        max_chars=a.max_chars,
        max_parts=a.max_parts,
        time_limit=a.time_limit,
        formats=tuple(a.format),
        progress=not a.quiet,
        dask=a.dask,
        sentiment=a.sentiment,
    )
    try:
        report = quick_run(a.articles, a.out, settings) or _full_run(a.articles, a.out, settings)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(summary(report, a.out))
    if line := not_read(a.articles, a.out, settings):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
