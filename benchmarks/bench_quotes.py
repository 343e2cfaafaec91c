"""Articles per second for analysis.quotes.extract_quotes (a benchmark, not a timed test).

    .venv/bin/python benchmarks/bench_quotes.py [--n 2000] [--corpus ../shared/corpus/reuters21578.jsonl]

Reads the Reuters-21578 JSON lines when present, through ``analysis.load_articles`` (which unwraps the
wire's hard-wrapped lines and indented paragraphs itself), so the timed text is exactly what users get;
otherwise it replicates the seed articles.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.quotes import extract_quotes  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def load_jsonl(path: Path, n: int) -> pd.DataFrame:
    """The first ``n`` stories of a JSON-lines corpus, read by the project's loader."""
    import warnings

    from analysis.articles import load_articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the corpus repeats some stories; the loader says so
        return load_articles(path).head(n).reset_index(drop=True)


def load_seeds(n: int) -> pd.DataFrame:
    """The seed articles replicated to ``n`` rows."""
    from analysis.articles import load_articles

    seeds = load_articles(ROOT / "seeds")
    reps = -(-n // max(1, len(seeds)))
    df = pd.concat([seeds] * reps, ignore_index=True).head(n)
    df["article_id"] = [f"{a}-{i}" for i, a in enumerate(df["article_id"])]
    return df


def main(argv: list[str] | None = None) -> int:
    """Time extract_quotes and print articles per second."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="number of articles")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    a = ap.parse_args(argv)
    if a.corpus.exists():
        arts, source = load_jsonl(a.corpus, a.n), a.corpus.name
    else:
        arts, source = load_seeds(a.n), "replicated seeds"
    extract_quotes(arts.head(5))  # load the tables and the gazetteer outside the timing
    best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        quotes = extract_quotes(arts)
        best = min(best, time.perf_counter() - t0)
    words = int(arts["n_words"].sum())
    print(f"{len(arts)} articles ({words} words) from {source}: {len(quotes)} quotes")
    print(f"{len(arts) / best:.0f} articles/s, {words / best:.0f} words/s (best of {a.repeat}, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
