"""The analyse step of the run command: articles in chunks on worker processes (or a Dask cluster), results
stored in the stage caches as they come.

Workers start before the articles are read and warm up meanwhile; at most two chunks per worker are in flight;
a chunk that fails is tried again article by article, and a worker that dies costs only its article.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor, as_completed

import pandas as pd
from tqdm.auto import tqdm

from ..sentiment.choice import DEFAULT_SENTIMENT
from .cache import StageCache
from .settings import Settings
from .stages import STAGES, analyse, problem

CHUNK_CHARS = 150_000  # characters of text per task (about 100 wire stories)
FLUSH_ARTICLES = 2_000  # finished articles kept in memory before they are stored in the cache


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


def task(
    articles: pd.DataFrame, tables: list[str], inputs: dict, max_chars: int, time_limit: float, sentiment: str
) -> dict[str, pd.DataFrame]:
    """One chunk in a worker: :func:`analyse` with warnings kept quiet (problems are returned as a table)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analyse(articles, tables, inputs, max_chars=max_chars, time_limit=time_limit, sentiment=sentiment)


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


def warm_up(sentiment: str = DEFAULT_SENTIMENT) -> None:
    """Read the rule tables, compile the patterns and load the model every stage uses (in each worker, as it
    starts)."""
    try:
        text = ["Japan said: “We agree.” Exports rose 5%."]
        analyse(pd.DataFrame({"article_id": ["warm-up"], "text": text}), sentiment=sentiment)
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
    pool = ProcessPoolExecutor(
        max_workers=s.workers(), mp_context=mp.get_context(method), initializer=warm_up, initargs=(s.sentiment,)
    )
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
                    failed.append(problem("analyse", *articles.loc[chunk[0], ["article_id", "path"]], "error", str(e)))
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
                        problem("analyse", row["article_id"], row["path"], "error", f"{type(e).__name__}: {e}")
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
    return pool.submit(task, part, list(missing), given, s.max_chars, s.time_limit, s.sentiment)
