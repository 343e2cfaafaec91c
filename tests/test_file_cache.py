"""The loader's cache of the run command: files the cache lacks read together with the workers, none lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import SEEDS
from test_run import QUIET, assert_same, load_tables

from analysis.run.file_cache import FileCache, _batches
from analysis.run.pipeline import Settings, run
from analysis.text.articles import ArticleError, read_articles


@pytest.fixture()
def many(tmp_path: Path) -> Path:
    """Forty articles of 2-3 kB (two batches to share), and three files the loader skips."""
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(40):
        body = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"copy{i:02d}.txt").write_text(f"{body}\n\nCopy {i}.", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "broken.json").write_text("{not json")
    return folder


def test_read_ahead_keeps_every_file_and_counts_none_as_a_hit(many, tmp_path):
    files = sorted(many.iterdir())
    cache = FileCache(tmp_path / "files" / "v1", read_articles)
    seen = []
    with ThreadPoolExecutor(2) as pool:
        ahead = cache.read_ahead(files, pool, 8, seen.append)
    assert ahead == set(files)  # a file the loader skips is kept with its reason
    assert sum(seen) == len(ahead)
    assert [len(cache(p)) for p in sorted(ahead) if p.suffix == ".txt" and p.stem.startswith("copy")] == [1] * 40
    for bad in ("broken.json", "binary.txt"):
        with pytest.raises(ArticleError):
            cache(many / bad)
    assert cache.hits == 0
    cache.flush()
    again = FileCache(tmp_path / "files" / "v1", read_articles)
    assert again.read_ahead(files, None, 8, seen.append) == set()  # nothing to read: no pool needed
    for p in files:
        try:
            again(p)
        except ArticleError:
            pass
    assert again.hits == len(files)


def test_batches_are_consecutive_and_cover_every_file():
    todo = [(str(i), Path(f"{i}.txt"), 50_000) for i in range(10)]
    batches = _batches(todo, 4)
    assert [item for b in batches for item in b] == todo
    assert len(batches) == 4 and all(sum(n for *_, n in b) >= 64_000 for b in batches[:-1])


def test_two_jobs_over_many_files_give_the_rows_and_problems_of_one(many, tmp_path):
    run(many, tmp_path / "one", Settings(jobs=1, **QUIET))
    run(many, tmp_path / "two", Settings(jobs=2, **QUIET))
    one, two = load_tables(tmp_path / "one"), load_tables(tmp_path / "two")
    assert len(one["articles"]) == 40
    assert_same(two, one)
    skipped = set(two["problems"].query("kind == 'skipped'")["path"].map(lambda p: Path(p).name))
    assert skipped == {"empty.txt", "binary.txt", "broken.json"}
