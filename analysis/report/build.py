"""Run every notebook headless over a folder of articles and write one HTML report.

    python -m analysis.report --articles seeds [--figures figures] [--reports reports]

The articles are read once first: a path that does not exist, or one with no article in it, is one line and a
non-zero exit. papermill then executes each numbered notebook in notebooks/ with its ``parameters`` cell set
(ARTICLES, FIGURES), into new folders that replace the last run's figures and reports as a whole at the end
(analysis/outputs.py). The report opens with a title page (report_page.py). A notebook that fails is reported
and the others still run; the exit status is then 1. The terminal gets one summary at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import sys
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..paths import FIGURES, NOTEBOOKS, REPORTS
from ..text.articles import MAX_ARTICLE_CHARS, load_articles
from ..text.files import SUFFIXES, find_files, other_files, other_files_line, outside, skipped_lines
from . import outputs
from .findings.corpus import corpus_summary, skipped_reasons
from .jupyter import papermill as pm
from .page import notebook_info, title_page, write_report

KERNEL_STARTS = 2  # tries to start a notebook's kernel


class NoArticles(Exception):
    """The source holds no article that could be read."""


class StaleTables(Exception):
    """The tables folder was written from other articles than the source holds now."""


@dataclass
class RunResult:
    """What a run did: failures by notebook, the articles read, counts for the summary, where the output is."""

    errors: dict[str, str] = field(default_factory=dict)
    articles: pd.DataFrame | None = None
    stats: dict[str, int] = field(default_factory=dict)
    figures: Path | None = None
    report: Path | None = None


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The project's notebooks in reading order (numbered file names): every one there is joins the report."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("."))


def source_path(articles: str | Path) -> str:
    """The source as an absolute path, a glob kept a glob (the notebooks run from notebooks/)."""
    text = os.path.expanduser(str(articles))
    return os.path.abspath(text) if glob.has_magic(text) else str(Path(text).resolve())


def read_source(source: str, outs: list[Path] = ()) -> pd.DataFrame:
    """The articles of ``source`` outside the folders ``outs``; FileNotFoundError for a bad path, NoArticles when
    none could be read."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # what was skipped is in attrs, and in the summary
        articles = load_articles(outside(find_files(source), list(outs)))
    if len(articles) == 0:
        skipped = articles.attrs.get("skipped", [])
        kinds = ", ".join(sorted(SUFFIXES))
        why = f": {len(skipped):,} skipped ({skipped_reasons(skipped)})" if skipped else f" (no {kinds} file)"
        raise NoArticles(f"No articles in {source}{why}")
    return articles


def _table_articles(tables: Path) -> pd.DataFrame | None:
    """The article ids and texts of the run command's articles table in ``tables``; None when there is none."""
    for suffix, reader in ((".parquet", pd.read_parquet), (".csv", pd.read_csv)):
        path = tables / f"articles{suffix}"
        if path.is_file():
            return reader(path, columns=["article_id", "text"])
    return None


def check_tables(articles: pd.DataFrame, tables: Path, source: str) -> None:
    """Raise StaleTables when the tables were made from other articles than ``articles`` (an article added,
    removed or edited since `python -m analysis run`): the notebooks would show the old ones without a word."""
    made = _table_articles(tables)
    if made is None:
        return
    now = set(zip(articles["article_id"], articles["text"]))
    then = set(zip(made["article_id"], made["text"].fillna("")))
    if now == then:
        return
    ids_now, ids_then = {a for a, _ in now}, {a for a, _ in then}
    parts = [
        f"{len(ids_now - ids_then):,} new",
        f"{len(ids_then - ids_now):,} gone",
        f"{len({a for a, _ in now - then} & ids_then):,} changed",
    ]
    raise StaleTables(
        f"the tables in {tables} were made from other articles than {source} ({', '.join(parts)}):"
        f" run `python -m analysis run {source} --out {tables}` first"
    )


@contextlib.contextmanager
def _kernel_stderr_quiet():
    """Send what kernels write to stderr (start-up warnings) to a scratch file instead of the terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as scratch:
        os.dup2(scratch.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def execute(notebook: Path, out: Path, articles: str, figures: Path, tables: str | None = None) -> str | None:
    """Execute one notebook into ``out`` (reading the run command's ``tables`` when given); the error's last line,
    or None when it ran. A kernel that does not start is started once more: kernels launched at the same moment
    can race for the same ports (papermill issue 239); a failure the second time is reported, not raised, so the
    other notebooks and the report still come."""
    for attempt in range(KERNEL_STARTS):
        try:
            pm.execute_notebook(
                str(notebook),
                str(out),
                cwd=str(notebook.parent),
                kernel_name="python3",
                parameters={"ARTICLES": str(articles), "FIGURES": str(figures), "TABLES": tables},
                progress_bar=False,
            )
        except pm.PapermillExecutionError as e:
            return f"{e.ename}: {e.evalue}"
        except RuntimeError as e:  # nbclient: "Kernel didn't respond", "Kernel died before replying"
            if "kernel" not in str(e).lower() or attempt == KERNEL_STARTS - 1:
                return f"{type(e).__name__}: {e}"
            continue
        return None
    return None


def _execute_all(
    notebooks: list[Path], source: str, figures: Path, reports: Path, result: RunResult, tables: str | None = None
) -> list[Path]:
    """Execute the notebooks into ``reports``, all at once (one kernel each: the cores are shared out among them,
    so the run takes about their total time over the cores, whichever notebook is longest); the ones that
    produced a notebook, failed or not, in their order."""
    started = time.monotonic()

    def one(nb: Path) -> str | None:
        err = execute(nb, reports / nb.name, source, figures, tables)
        print(f"{nb.name}: " + (f"failed ({err})" if err else f"{time.monotonic() - started:.0f} s"), flush=True)
        return err

    print(f"running {len(notebooks)} notebooks ...", flush=True)
    with (
        _kernel_stderr_quiet(),
        ThreadPoolExecutor(max_workers=max(1, len(notebooks))) as pool,
    ):
        errors = list(pool.map(one, notebooks))
    for nb, err in zip(notebooks, errors):
        if err:
            result.errors[nb.name] = err
    return [reports / nb.name for nb in notebooks if (reports / nb.name).exists()]


def _build(
    source: str, notebooks: list[Path], figures: Path, reports: Path, result: RunResult, tables: str | None = None
) -> None:
    """Execute the notebooks into the staging folders and write the report there."""
    executed = _execute_all(notebooks, source, figures, reports, result, tables)
    infos = [notebook_info(p, result.errors.get(p.name)) for p in executed]
    for info in infos:
        for key, value in info.stats.items():
            result.stats.setdefault(key, value)
    result.stats["charts"] = len(list(figures.glob("*.png")))
    result.stats["tables"] = len(list((figures / "tables").glob("*.csv")))
    path = Path(source.rstrip("/"))
    name = f"{path.parent.name}/{path.name}" if glob.has_magic(source) else path.name  # "seeds/*.txt"
    front = title_page(f"News analysis: {name}", corpus_summary(result.articles), infos)
    if executed:
        write_report(executed, reports / "report.html", f"News analysis: {name}", front)


def run(
    articles: str | Path,
    figures: Path = FIGURES,
    reports: Path = REPORTS,
    notebooks: list[Path] | None = None,
    tables: str | Path | None = None,
) -> RunResult:
    """Execute the notebooks over ``articles`` (reading the tables ``python -m analysis run`` wrote into ``tables``,
    when given); the figures and reports folders are replaced at the end, and left as they were when the run is
    interrupted or the articles cannot be read."""
    tables = str(Path(tables).resolve()) if tables else None
    if tables and not Path(tables).is_dir():
        raise FileNotFoundError(f"No such folder of tables: {tables}")
    source = source_path(articles)
    figures, reports = Path(figures).resolve(), Path(reports).resolve()
    if figures == reports:
        raise outputs.NotOurs("the figures and reports folders must differ")
    for final in (figures, reports):
        if final not in (FIGURES, REPORTS):  # the project's own output folders are always generated
            outputs.check_replaceable(final)
    outs = [figures, reports, *([Path(tables)] if tables else [])]  # outputs kept inside the source are no input
    result = RunResult(articles=read_source(source, outs))
    result.articles.attrs["not_read"] = other_files_line(outside(other_files(source), outs))
    if tables:
        check_tables(result.articles, Path(tables), source)
    new_figures, new_reports = outputs.staging(figures), outputs.staging(reports)
    try:
        _build(
            source, notebooks if notebooks is not None else notebook_paths(), new_figures, new_reports, result, tables
        )
        outputs.swap_in(new_figures, figures)
        outputs.swap_in(new_reports, reports)
    finally:
        outputs.discard(new_figures)
        outputs.discard(new_reports)
    result.figures = figures
    result.report = reports / "report.html" if (reports / "report.html").exists() else None
    return result


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _read_line(articles: pd.DataFrame) -> str:
    """ "Read 500 articles (80,120 words); skipped 2 (line: not JSON); 1 cut at ...; 3 duplicate texts read once." """
    skipped, duplicates = articles.attrs.get("skipped", []), articles.attrs.get("duplicates", [])
    truncated = articles.attrs.get("truncated", [])
    parts = [f"Read {_plural(len(articles), 'article')} ({_plural(int(articles['n_words'].sum()), 'word')})"]
    parts.append(f"skipped {len(skipped):,} ({skipped_reasons(skipped)})" if skipped else "skipped none")
    if truncated:
        ids = ", ".join(str(t["article_id"]) for t in truncated[:3]) + (", …" if len(truncated) > 3 else "")
        parts.append(f"{_plural(len(truncated), 'text')} read only to {MAX_ARTICLE_CHARS:,} characters ({ids})")
    parts.append(f"{_plural(len(duplicates), 'duplicate text')} read once" if duplicates else "no duplicates")
    return "; ".join(parts) + "."


def summary(result: RunResult) -> list[str]:
    """The lines the terminal gets at the end of a run."""
    lines = [_read_line(result.articles)]
    lines += skipped_lines(result.articles.attrs.get("skipped", []), "all in the table of skipped files (notebook 01)")
    lines += [f"  {result.articles.attrs['not_read']}"] if result.articles.attrs.get("not_read") else []
    s = result.stats
    found = [_plural(s[k], k.rstrip("s")) for k in ("quotes", "country mentions") if k in s]
    if found and s.get("ambiguous mentions"):  # the run's country_mentions table counts these rows too
        found[-1] += f" (and {s['ambiguous mentions']:,} ambiguous, with no country)"
    lines.append(
        (f"Found {', '.join(found)}. " if found else "")
        + f"Charts: {s.get('charts', 0):,}, tables: {s.get('tables', 0):,}, in {result.figures}"
    )
    for name, err in result.errors.items():
        lines.append(f"{name} failed: {err}")
    lines.append(f"Report: {result.report}" if result.report else "No report was written.")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: 0 when every notebook ran, 1 when one failed, 2 when there was nothing to read."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default="seeds", help="folder, file or glob of articles (default: seeds)")
    ap.add_argument("--figures", default=str(FIGURES), help="where figures are exported (default: figures/)")
    ap.add_argument("--reports", default=str(REPORTS), help="executed notebooks and report.html (default: reports/)")
    ap.add_argument("--tables", default="", help="tables written by `python -m analysis run` to read (default: none)")
    a = ap.parse_args(argv)
    try:
        result = run(a.articles, Path(a.figures), Path(a.reports), tables=a.tables or None)
    except (FileNotFoundError, NoArticles, StaleTables, outputs.NotOurs) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted: the previous figures and report are kept", file=sys.stderr)
        return 130
    print("\n".join(summary(result)))
    return 1 if result.errors else 0
