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
"""

from __future__ import annotations

import hashlib
import itertools
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import (
    BrokenExecutor,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    as_completed,
)
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from . import guard, quick
from .cache import RETRIED, FileCache, StageCache, article_key, version, versions
from .files import find_files, outside
from .guard import MAX_PARTS  # noqa: F401 - the default, also imported from here
from .layout import output_files, read_manifest
from .settings import Report, Settings
from .stages import PROBLEM_COLUMNS, STAGES, analyse, with_needs
from .store import arrow_table, write_manifest, write_table

CHUNK_CHARS = 150_000  # characters of text per task (about 100 wire stories)
FLUSH_ARTICLES = 2_000  # finished articles kept in memory before they are stored in the cache
VERSIONS = "versions.json"  # in the cache folder: which files each stage reads (see cache.versions)


# --- load ----------------------------------------------------------------------------------------


def input_files(source, out: Path, cache: Path) -> list[Path]:
    """The article files of ``source``, leaving out the output and cache folders (which may lie inside it)."""
    files = outside(find_files(source), [out, cache])
    if not files:
        raise FileNotFoundError(f"no article files (.txt, .md, .html, .json, .jsonl, .csv) in {source}")
    return files


def load(files: list[Path], cache: Path, s: Settings, report: Report) -> tuple[pd.DataFrame, list[dict]]:
    """The articles of ``files`` (first ``limit``), through the loader's cache; and the loader's problems."""
    from .articles import load_articles, read_articles

    reader = FileCache(cache / "files" / version(["analysis.articles"]), read_articles)
    bar = tqdm(total=len(files), unit="file", desc="reading", disable=not s.progress or len(files) < 50)

    def read(path: Path) -> list[dict]:
        bar.update()
        return reader(path)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped files and duplicates go to the problems table
        articles = load_articles(files, read=read)
    bar.close()
    reader.flush()
    reader.drop_other_versions()
    report.files, report.files_cached = len(files), reader.hits
    problems = [_problem("load", None, d["path"], "skipped", d["reason"]) for d in articles.attrs["skipped"]]
    problems += [
        _problem("load", d["article_id"], d["path"], "duplicate", f"same text as {d['same_as']}")
        for d in articles.attrs["duplicates"]
    ]
    articles.attrs = {}  # now in problems; pandas deep-copies attrs on every .at and .iloc (seconds per 1,000)
    if s.limit is not None:
        articles = articles.head(s.limit)
    return articles.reset_index(drop=True), problems


def _problem(stage: str, article_id, path, kind: str, detail: str) -> dict:
    return dict(zip(PROBLEM_COLUMNS, (stage, article_id, path, kind, guard.short(detail))))


# --- plan ----------------------------------------------------------------------------------------


def stage_caches(cache: Path, s: Settings) -> dict[str, StageCache]:
    """The cache of each table to make, at its current version."""
    named = {
        name: sorted({"analysis.stages"} | {STAGES[n].function().__module__ for n in (name, *with_needs([name]))})
        for name in with_needs(s.tables)
    }
    found = versions(named, [f"max_chars={s.max_chars}"], cache / VERSIONS)
    return {name: StageCache(cache / name / v) for name, v in found.items()}


def too_long(articles: pd.DataFrame, s: Settings) -> tuple[pd.Series, list[dict]]:
    """Which articles are longer than ``max_parts`` parts (skipped, one line each), and those cut into parts."""
    lengths = articles["text"].str.len().fillna(0).astype("int64")
    over = lengths > s.max_chars * s.max_parts
    problems = []
    for aid, path, n in zip(articles["article_id"], articles["path"], lengths):
        if n > s.max_chars * s.max_parts:
            detail = f"{n:,} characters, over {s.max_parts} parts of {s.max_chars:,}: skipped (--max-parts)"
            problems.append(_problem("analyse", aid, path, "too long", detail))
        elif n > s.max_chars:
            parts = len(guard.parts(articles.loc[articles["article_id"] == aid, "text"].iloc[0], s.max_chars))
            problems.append(_problem("analyse", aid, path, "parts", f"{n:,} characters, analysed in {parts} parts"))
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


def chunks(articles: pd.DataFrame, positions: list[int], workers: int) -> Iterator[list[int]]:
    """Positions in chunks of about ``CHUNK_CHARS`` characters (smaller when there is little work)."""
    lengths = articles["text"].str.len().fillna(0).to_numpy()
    total = int(sum(lengths[i] for i in positions))
    size = max(2_000, min(CHUNK_CHARS, total // (workers * 4) + 1))
    chunk, chars = [], 0
    for i in positions:
        chunk.append(i)
        chars += int(lengths[i])
        if chars >= size:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# --- analyse -------------------------------------------------------------------------------------


def task(
    articles: pd.DataFrame, tables: list[str], inputs: dict, max_chars: int, time_limit: float
) -> dict[str, pd.DataFrame]:
    """One chunk in a worker: :func:`analyse` with warnings kept quiet (problems are returned as a table)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analyse(articles, tables, inputs, max_chars=max_chars, time_limit=time_limit)


class InProcess(Executor):
    """Runs each task at once in this process (one job: no worker to start)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        """Run ``fn`` now; a finished future."""
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(e)
        return future


def warm_up() -> None:
    """Read the rule tables and compile the patterns every stage uses (in each worker, as it starts)."""
    try:
        analyse(pd.DataFrame({"article_id": ["warm-up"], "text": ["Japan said: “We agree.” Exports rose 5%."]}))
    except Exception:  # noqa: BLE001 - a failing initializer breaks the pool; the tasks report what fails, per article
        pass


def executor(s: Settings) -> Executor:
    """Where tasks run: this process (one job), worker processes, or a Dask cluster (``--dask``).

    Worker processes start at once and warm up while this process goes on (reading the articles)."""
    if s.dask:
        from .on_dask import dask_executor

        return dask_executor(s.dask, s.workers())
    if s.workers() == 1:
        return InProcess()
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else None  # no second import of the package
    pool = ProcessPoolExecutor(max_workers=s.workers(), mp_context=mp.get_context(method), initializer=warm_up)
    pool.submit(int)  # starts the workers (with fork, all of them)
    return pool


def needed_inputs(missing: tuple[str, ...], caches: dict, articles: pd.DataFrame, rows: list[int], keys: list[str]):
    """Tables a group's stages read that the cache already holds (e.g. quotes, when only stance is new)."""
    from .store import _as_api

    inputs, ids = {}, articles["article_id"].tolist()  # .at per row costs ~50 µs: seconds on 10,000s
    for name in missing:
        for need in STAGES[name].needs:
            if need not in missing:
                wanted = {keys[i]: (ids[i], i) for i in rows}
                table = caches[need].rows(wanted)
                inputs[need] = _as_api(table) if table is not None else empty_table(need)
    return inputs


def empty_table(name: str) -> pd.DataFrame:
    """The table ``name`` with its columns and types and no rows."""
    return analyse(pd.DataFrame({"article_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}), [name])[
        name
    ]


class Batch:
    """Finished chunks not yet stored in the cache."""

    def __init__(self, caches: dict[str, StageCache]) -> None:
        self.caches = caches
        self.results: list[tuple[dict[str, str], dict[str, pd.DataFrame]]] = []
        self.problems: list[dict] = []
        self.size = 0

    def add(self, keys: dict[str, str], result: dict[str, pd.DataFrame]) -> None:
        """Keep a chunk's tables (``keys``: article id -> key of the chunk's articles); store when many."""
        self.results.append((keys, result))
        if len(result["problems"]):  # most chunks have none: records made once, not once per table
            self.problems += result["problems"].to_dict("records")
        self.size += len(keys)
        if self.size >= FLUSH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        """Store the kept chunks in the cache: one segment per table."""
        names = {n for _, result in self.results for n in result if n != "problems"}
        for name in names:
            done = [(keys, r) for keys, r in self.results if name in r]
            keys = {a: k for ks, _ in done for a, k in ks.items()}
            rows = pd.concat([r[name] for _, r in done], ignore_index=True)
            problems = [p for p in self.problems if p["stage"] == name and p["article_id"] in keys]
            self.caches[name].add(rows, keys, problems)
        self.results, self.problems, self.size = [], [], 0


def work(articles: pd.DataFrame, keys: list[str], groups: dict, caches: dict, s: Settings) -> Iterator[tuple]:
    """The tasks to run: (chunk of row positions, tables to make, cached tables they read)."""
    for missing, rows in groups.items():
        inputs = needed_inputs(missing, caches, articles, rows, keys)
        for chunk in chunks(articles, rows, s.workers()):
            yield chunk, missing, inputs


def analyse_missing(
    articles: pd.DataFrame, keys: list[str], groups: dict, caches: dict, s: Settings, pool: Executor | None = None
) -> list[dict]:
    """Analyse the planned articles in chunks on ``pool`` (default: :func:`executor`), storing results in the
    caches as they come; the pool is shut down at the end.

    At most two tasks per worker are in flight (memory stays bounded; with one job each chunk is stored before the
    next starts). A chunk whose task fails is tried again article by article; an article that still fails is
    returned as a problem (not cached: tried again next run), and the others are kept."""
    todo = sum(len(rows) for rows in groups.values())
    pool = pool or executor(s)
    if not todo:
        pool.shutdown(wait=False, cancel_futures=True)
        return []
    batch, failed, ids = Batch(caches), [], articles["article_id"].tolist()
    bar = tqdm(total=todo, unit="article", desc=f"analysing ({s.workers()} jobs)", disable=not s.progress)
    window = 1 if isinstance(pool, InProcess) else 2 * s.workers()
    pending = work(articles, keys, groups, caches, s)
    futures: dict[Future, tuple] = {}
    try:
        while True:
            for job in itertools.islice(pending, max(window - len(futures), 0)):
                futures[_submit(pool, articles, *job, s)] = job
            if not futures:
                break
            future = next(as_completed(futures))
            chunk, missing, inputs = futures.pop(future)
            try:
                batch.add({ids[i]: keys[i] for i in chunk}, future.result())
                bar.update(len(chunk))
            except BrokenExecutor as e:
                # A worker died (killed, out of memory, a crash in C code): which task did it is unknown, so a new
                # pool runs the lost tasks one at a time from here on; a task that breaks it alone is the culprit.
                lost = [(chunk, missing, inputs), *futures.values()]
                futures.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = executor(s)
                if window == 1 and len(chunk) == 1:
                    failed.append(_problem("analyse", *articles.loc[chunk[0], ["article_id", "path"]], "error", str(e)))
                    bar.update(1)
                    lost = lost[1:]
                elif window == 1:
                    lost = [([i], missing, inputs) for i in chunk] + lost[1:]
                window = 1
                pending = itertools.chain(lost, pending)
            except Exception as e:  # noqa: BLE001 - a task that fails must not stop the run
                if len(chunk) > 1:  # again one by one: the others are kept
                    pending = itertools.chain((([i], missing, inputs) for i in chunk), pending)
                else:
                    row = articles.iloc[chunk[0]]
                    failed.append(
                        _problem("analyse", row["article_id"], row["path"], "error", f"{type(e).__name__}: {e}")
                    )
                    bar.update(1)
    finally:
        batch.flush()  # whole chunks only: an interrupted run resumes from them
        bar.close()
        pool.shutdown(cancel_futures=True)
    return failed


def _submit(pool: Executor, articles: pd.DataFrame, chunk: list[int], missing: tuple, inputs: dict, s: Settings):
    """Submit one chunk: its articles, the tables to make, and the slices of the cached tables they read."""
    part = articles.iloc[chunk].reset_index(drop=True)
    ids = set(part["article_id"])
    given = {n: t[t["article_id"].isin(ids)].reset_index(drop=True) for n, t in inputs.items()}
    return pool.submit(task, part, list(missing), given, s.max_chars, s.time_limit)


# --- write ---------------------------------------------------------------------------------------


def stage_problems(caches: dict[str, StageCache], articles: pd.DataFrame, keys: list[str]) -> list[dict]:
    """The problems the caches hold for these articles (a stage skipped or could not process them)."""
    out = []
    for name, c in caches.items():
        for i, key in enumerate(keys):
            for kind, detail in c.problems.get(key, []):
                out.append(_problem(name, articles.at[i, "article_id"], articles.at[i, "path"], kind, detail))
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
        articles, problems = load(files, cache, s, report)
        report.seconds["load"] = time.perf_counter() - t0
        keys = [article_key(*r) for r in zip(articles["text"], articles["published"], articles["dateline_country"])]
        caches = stage_caches(cache, s)
        skip, long_problems = too_long(articles, s)
        groups = plan(articles, keys, skip, caches)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    report.articles, report.analysed = len(articles), len({i for rows in groups.values() for i in rows})
    t1 = time.perf_counter()
    failed = analyse_missing(articles, keys, groups, caches, s, pool)
    report.seconds["analyse"] = time.perf_counter() - t1
    problems += long_problems + stage_problems(caches, articles, keys) + failed
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
