"""The per-article functions on a Dask cluster (two worker processes) give the rows of one process."""

from __future__ import annotations

import shutil
import warnings

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

from conftest import SEEDS  # noqa: E402
from test_run import assert_same, reference  # noqa: E402

from analysis import load_articles, load_tables  # noqa: E402
from analysis.run.on_dask import DaskExecutor, analyse_on_dask  # noqa: E402
from analysis.run.pipeline import Settings, run  # noqa: E402


@pytest.fixture(scope="module")
def client():
    """A client of a local cluster of two single-threaded worker processes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_a_bag_of_chunks_gives_the_rows_of_one_process(client):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(SEEDS)
    tables = analyse_on_dask(articles, client, partitions=2)
    expected = reference(SEEDS)
    expected.pop("articles")
    assert_same(tables, expected)


def test_the_run_command_on_the_cluster_writes_the_tables_of_one_process(client, tmp_path, monkeypatch):
    from analysis.run import parallel

    shutil.copytree(SEEDS, tmp_path / "in")
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 1)  # one article per task: both workers get one
    monkeypatch.setattr("analysis.run.on_dask._client", lambda address, workers: client)
    closed = []
    monkeypatch.setattr(DaskExecutor, "shutdown", lambda self, wait=True, cancel_futures=False: closed.append(1))
    run(tmp_path / "in", tmp_path / "out", Settings(dask=client.scheduler.address, progress=False))
    assert closed
    assert_same(load_tables(tmp_path / "out"), reference(tmp_path / "in"))
