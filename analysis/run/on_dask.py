"""Past one machine: the same per-article work on a Dask cluster (``pip install .[dask]``).

Two ways in, both running :func:`analysis.stages.analyse` (the public functions, unchanged) on slices of the
articles table:

- ``analyse_on_dask(articles, client)``: a dask.bag of article chunks, one ``analyse`` per chunk, the tables
  concatenated in article order (the same rows as one process gives);
- ``python -m analysis run ARTICLES --out DIR --dask ADDRESS``: the run command with its cache and its output,
  its tasks sent to the cluster through the client's ``concurrent.futures`` executor.
"""

from __future__ import annotations

from concurrent.futures import Executor

import pandas as pd

from .stages import analyse


def _client(address: str, workers: int):
    """A client of the scheduler at ``address``, or of a cluster started here when it is "local"."""
    from distributed import Client, LocalCluster

    if address == "local":
        return Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True))
    return Client(address)


class DaskExecutor(Executor):
    """A client's executor that closes the client (and a local cluster) when it is shut down."""

    def __init__(self, client) -> None:
        self.client, self.inner = client, client.get_executor(pure=False)

    def submit(self, fn, /, *args, **kwargs):
        """Send ``fn(*args, **kwargs)`` to a worker."""
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the tasks, then close the client and a cluster it started."""
        self.inner.shutdown(wait=wait)
        cluster = self.client.cluster
        self.client.close()
        if cluster is not None:
            cluster.close()


def dask_executor(address: str, workers: int) -> Executor:
    """The executor of ``python -m analysis run --dask ADDRESS``."""
    return DaskExecutor(_client(address, workers))


def _chunks(articles: pd.DataFrame, n: int) -> list[pd.DataFrame]:
    """The table cut into ``n`` slices of consecutive articles (none empty)."""
    size = max(1, -(-len(articles) // max(n, 1)))
    return [articles.iloc[i : i + size].reset_index(drop=True) for i in range(0, len(articles), size)]


def analyse_on_dask(
    articles: pd.DataFrame, client=None, partitions: int | None = None, tables: list[str] | None = None
) -> dict[str, pd.DataFrame]:
    """Every table for ``articles`` computed on a Dask cluster: a bag of chunks, :func:`analyse` on each.

    ``client`` is a ``distributed.Client`` (None: Dask's current scheduler); ``partitions`` defaults to two
    per worker. Returns the tables of ``analyse`` (and ``problems``), rows in article order."""
    import dask.bag as db

    if partitions is None:
        workers = len(client.scheduler_info()["workers"]) if client is not None else 2
        partitions = 2 * max(workers, 1)
    pieces = _chunks(articles, partitions)
    if not pieces:
        return analyse(articles, tables)
    bag = db.from_sequence(pieces, npartitions=len(pieces)).map(analyse, tables)
    results = client.compute(bag).result() if client is not None else bag.compute()
    return {name: pd.concat([r[name] for r in results], ignore_index=True) for name in results[0]}
