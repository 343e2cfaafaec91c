"""``python -m analysis run``: load the articles, analyse what the cache does not hold, in parallel, write the tables.

:func:`run` is the whole job for one source of articles; it returns the folder of tables, which
:func:`analysis.load_tables` reads back. Steps:

1. load: every file through the loader, each file's records cached by its bytes (``cache.FileCache``);
2. plan: for each table, the articles whose key the cache of the table's current version does not hold;
3. analyse: those articles in chunks, :func:`analysis.stages.analyse` on each, in worker processes (or on a
   Dask cluster), with a progress bar; each finished batch of chunks is stored in the cache at once, so an
   interrupted run loses at most the batch in flight;
4. write: each table from the cache, in article order, as Parquet and CSV, each written whole then renamed,
   and ``manifest.json`` last. When nothing changed since the last run into the same folder, nothing is written.

Step 3 lives in :mod:`analysis.parallel`.
"""

from __future__ import annotations

import hashlib
import time
import warnings
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from ..text import guard
from ..text.files import find_files, outside
from ..text.guard import MAX_PARTS  # noqa: F401 - the default, also imported from here
from . import quick
from .cache import RETRIED, StageCache, article_key, version, versions
from .file_cache import FileCache
from .layout import output_files, read_manifest
from .parallel import analyse_missing, empty_table, executor
from .settings import Report, Settings
from .stages import PROBLEM_COLUMNS, STAGES, problem, with_needs
from .store import arrow_table, write_manifest, write_table

VERSIONS = "versions.json"  # in the cache folder: which files each stage reads (see cache.versions)


# --- load ----------------------------------------------------------------------------------------


def input_files(source, out: Path, cache: Path) -> list[Path]:
    """The article files of ``source``, leaving out the output and cache folders (which may lie inside it)."""
    found = find_files(source)
    files = outside(found, [out, cache])
    if found and not files:  # every article lies in the output folder: --out names the articles' own folder
        where = f"--out {out}" if not outside(found, [out]) else f"--cache {cache}"
        such = f" (such as {Path(source) / 'tables'})" if Path(source).is_dir() else ""
        raise FileNotFoundError(
            f"{where} holds the articles of {source}: write the tables to a folder of their own{such},"
            " never over the articles"
        )
    if not files:
        raise FileNotFoundError(f"no article files (.txt, .md, .html, .json, .jsonl, .csv) in {source}")
    return files


def no_articles(source, problems: list[dict], shown: int = 3) -> str:
    """One line: no readable article in ``source``, and why the first files were skipped."""
    why = [f"{Path(p['path']).name}: {p['detail']}" for p in problems if p["kind"] == "skipped"]
    more = f" and {len(why) - shown:,} more" if len(why) > shown else ""
    return f"no readable article in {source} ({'; '.join(why[:shown]) or 'no article in its files'}{more})"


def load(
    files: list[Path], cache: Path, s: Settings, report: Report, pool: Executor | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """The articles of ``files`` (first ``limit``), through the loader's cache; and the loader's problems. Files
    the cache lacks are read by this process and the workers of ``pool`` together (worker processes only: the
    machines of a Dask cluster may not see the files)."""
    from ..text.articles import load_articles, read_articles

    reader = FileCache(cache / "files" / version(["analysis.text.articles", "analysis.run.file_cache"]), read_articles)
    bar = tqdm(total=len(files), unit="file", desc="reading", disable=not s.progress or len(files) < 50)
    ahead = (
        reader.read_ahead(files, pool, 16 * s.workers(), bar.update) if isinstance(pool, ProcessPoolExecutor) else ()
    )

    def read(path: Path) -> list[dict]:
        if path not in ahead:
            bar.update()
        return reader(path)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped files and duplicates go to the problems table
        articles = load_articles(files, read=read)
    bar.close()
    reader.flush()
    reader.drop_other_versions()
    report.files, report.files_cached = len(files), reader.hits
    problems = [problem("load", None, d["path"], "skipped", d["reason"]) for d in articles.attrs["skipped"]]
    problems += [
        problem("load", d["article_id"], d["path"], "duplicate", f"same text as {d['same_as']}")
        for d in articles.attrs["duplicates"]
    ]
    problems += [  # the text past the loader's cap is not analysed: a reader must know which article lost it
        problem(
            "load",
            t["article_id"],
            t["path"],
            "truncated",
            f"{t['chars']:,} characters; only the first {t['kept']:,} read",
        )
        for t in articles.attrs["truncated"]
    ]
    articles.attrs = {}  # now in problems; pandas deep-copies attrs on every .at and .iloc (seconds per 1,000)
    if s.limit is not None:
        articles = articles.head(s.limit)
    return articles.reset_index(drop=True), problems


# --- plan ----------------------------------------------------------------------------------------


def stage_caches(cache: Path, s: Settings) -> dict[str, StageCache]:
    """The cache of each table to make, at its current version."""
    named = {
        name: sorted({"analysis.run.stages"} | {STAGES[n].function().__module__ for n in (name, *with_needs([name]))})
        for name in with_needs(s.tables)
    }
    # the sentiment model's name counts only for the stages it scores (a fast rerun keeps the quotes' cache)
    scored = {n for n in named if any(STAGES[m].scored for m in with_needs([n]))}
    base = [f"max_chars={s.max_chars}"]
    found = versions({n: m for n, m in named.items() if n not in scored}, base, cache / VERSIONS)
    found |= versions(
        {n: m for n, m in named.items() if n in scored}, [*base, f"sentiment={s.sentiment}"], cache / VERSIONS
    )
    return {name: StageCache(cache / name / v) for name, v in found.items()}


def too_long(articles: pd.DataFrame, s: Settings) -> tuple[pd.Series, list[dict]]:
    """Which articles are longer than ``max_parts`` parts (skipped, one line each), and those cut into parts."""
    lengths = articles["text"].str.len().fillna(0).astype("int64")
    over = lengths > s.max_chars * s.max_parts
    problems = []
    for aid, path, n in zip(articles["article_id"], articles["path"], lengths):
        if n > s.max_chars * s.max_parts:
            detail = f"{n:,} characters, over {s.max_parts} parts of {s.max_chars:,}: skipped (--max-parts)"
            problems.append(problem("analyse", aid, path, "too long", detail))
        elif n > s.max_chars:
            parts = len(guard.parts(articles.loc[articles["article_id"] == aid, "text"].iloc[0], s.max_chars))
            problems.append(problem("analyse", aid, path, "parts", f"{n:,} characters, analysed in {parts} parts"))
    return over, problems


def plan(articles: pd.DataFrame, keys: list[str], skip: pd.Series, caches: dict[str, StageCache]) -> dict:
    """Articles to analyse, grouped by the tables each one lacks: {tables: [row positions]}."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, key in enumerate(keys):
        if skip.iloc[i]:
            continue
        missing = tuple(name for name, c in caches.items() if key not in c.owner)
        if missing:
            groups.setdefault(missing, []).append(i)
    return groups


# --- write ---------------------------------------------------------------------------------------


def stage_problems(caches: dict[str, StageCache], articles: pd.DataFrame, keys: list[str]) -> list[dict]:
    """The problems the caches hold for these articles (a stage skipped or could not process them)."""
    out = []
    for name, c in caches.items():
        for i, key in enumerate(keys):
            for kind, detail in c.problems.get(key, []):
                out.append(problem(name, articles.at[i, "article_id"], articles.at[i, "path"], kind, detail))
    return out


def fingerprint(keys: list[str], articles: pd.DataFrame, caches: dict, s: Settings, problems: list[dict]) -> str:
    """A digest of everything the written tables depend on: articles, ids, paths, versions, tables, problems."""
    h = hashlib.sha256()
    for item in (*keys, *articles["article_id"], *articles["path"], *(c.folder.name for c in caches.values())):
        h.update(str(item).encode("utf-8", "surrogatepass") + b"\0")
    h.update(repr((sorted(s.tables), s.formats, [sorted(p.items()) for p in problems])).encode("utf-8", "replace"))
    return h.hexdigest()[:32]


def up_to_date(out: Path, digest: str, s: Settings) -> bool:
    """Whether ``out`` already holds every table of a run with this fingerprint."""
    files = output_files(out, s.tables, s.formats)
    return read_manifest(out).get("fingerprint") == digest and all(f.exists() for f in files)


def write(
    out: Path, articles: pd.DataFrame, keys: list[str], caches: dict, problems: list[dict], s: Settings, report: Report
) -> None:
    """Write every table from the caches, in article order (one thread per job: Arrow reads and writes without
    holding the GIL)."""
    wanted = {k: (a, i) for i, (k, a) in enumerate(zip(keys, articles["article_id"]))}

    def one(name: str) -> int:
        table = caches[name].rows(wanted)
        table = table if table is not None else arrow_table(empty_table(name))
        write_table(table, out, name, s.formats)
        return table.num_rows

    with ThreadPoolExecutor(max_workers=s.workers()) as threads:
        rows = threads.map(one, s.tables)
        write_table(articles, out, "articles", s.formats)
        write_table(pd.DataFrame(problems, columns=PROBLEM_COLUMNS).astype(object), out, "problems", s.formats)
        report.rows |= {"articles": len(articles), **dict(zip(s.tables, rows)), "problems": len(problems)}


# --- the whole run -------------------------------------------------------------------------------


def run(source, out: str | Path, s: Settings | None = None) -> Report:
    """Load the articles of ``source``, analyse those the cache lacks, write the tables into ``out``."""
    s = s or Settings()
    out = Path(out)
    cache = Path(s.cache) if s.cache else out / ".cache"
    report, t0 = Report(), time.perf_counter()
    files = input_files(source, out, cache)
    key, done = quick.check(files, out, s)
    if done:
        return quick.done_report(out, files, t0)
    pool = executor(s)  # its workers warm up while the articles are read
    try:
        articles, problems = load(files, cache, s, report, pool)
        report.seconds["load"] = time.perf_counter() - t0
        if articles.empty:  # say so and stop: empty tables would replace those of the last good run into ``out``
            raise FileNotFoundError(no_articles(source, problems))
        keys = [article_key(*r) for r in zip(articles["text"], articles["published"], articles["dateline_country"])]
        caches = stage_caches(cache, s)
        skip, long_problems = too_long(articles, s)
        groups = plan(articles, keys, skip, caches)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    report.articles, report.analysed = len(articles), len({i for rows in groups.values() for i in rows})
    report.skipped = [dict(path=p["path"], reason=p["detail"]) for p in problems if p["kind"] == "skipped"]
    report.truncated = [dict(path=p["path"], reason=p["detail"]) for p in problems if p["kind"] == "truncated"]
    t1 = time.perf_counter()
    failed = analyse_missing(articles, keys, groups, caches, s, pool)
    report.seconds["analyse"] = time.perf_counter() - t1
    problems += long_problems + stage_problems(caches, articles, keys) + failed
    report.problem_kinds = dict(Counter(p["kind"] for p in problems))
    digest = fingerprint(keys, articles, caches, s, problems)
    t2 = time.perf_counter()
    # articles that failed or timed out are tried again next time: such a run leaves no key for the quick check
    key = None if failed or any(p["kind"] in RETRIED for p in problems) else key
    if not up_to_date(out, digest, s):
        write(out, articles, keys, caches, problems, s, report)
        manifest = {
            "fingerprint": digest,
            quick.KEY: key,
            "source": str(source),
            "versions": {n: c.folder.name for n, c in caches.items()},
        }
        write_manifest(out, manifest | {"rows": report.rows, "articles": len(articles), "problems": len(problems)})
        report.written = True
    elif read_manifest(out).get(quick.KEY) != key:  # same tables from changed code: the next rerun can be quick
        write_manifest(out, read_manifest(out) | {quick.KEY: key})
    report.seconds["write"] = time.perf_counter() - t2
    for c in caches.values():
        c.drop_other_versions()
    return report
