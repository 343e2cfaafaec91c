"""Articles per second for extract_figures on one core (goal: at least 1,000).

    .venv/bin/python benchmarks/bench_figures.py [--n 2000] [--corpus ../shared/corpus/reuters21578.jsonl]

Reads the Reuters-21578 JSON lines (id, date, title, text); without that file it replicates the seeds.
Not a timed test: the number depends on the machine.
"""
from __future__ import annotations

import argparse
import warnings
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.articles import load_articles  # noqa: E402
from analysis.quantities import extract_figures  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def reuters(path: Path, n: int) -> pd.DataFrame:
    """The first ``n`` stories as the project reads them: ``load_articles`` reads the JSON lines and unwraps the
    wire's hard-wrapped lines into paragraphs (loading is not timed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # empty stories and repeats are reported by the loader, not needed here
        return load_articles(path).head(n).reset_index(drop=True)


def seeds(n: int) -> pd.DataFrame:
    """The seed articles replicated to ``n`` rows."""
    base = load_articles(ROOT / "seeds")
    reps = -(-n // max(1, len(base)))
    df = pd.concat([base] * reps, ignore_index=True).head(n)
    df["article_id"] = [f"{a}#{i}" for i, a in enumerate(df["article_id"])]
    return df


def main(argv=None) -> int:
    """Run the benchmark and print articles per second of ``extract_figures`` alone (best of ``--repeat``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="number of articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    a = ap.parse_args(argv)
    arts = reuters(a.corpus, a.n) if a.corpus.exists() else seeds(a.n)
    where = a.corpus.name if a.corpus.exists() else "replicated seeds"
    extract_figures(arts.head(20))  # build the rules once, outside the timing
    best, figures = float("inf"), 0
    for _ in range(a.repeat):
        t = time.perf_counter()
        figures = len(extract_figures(arts))
        best = min(best, time.perf_counter() - t)
    chars = arts["text"].str.len().mean()
    print(f"{len(arts)} articles ({where}, {chars:.0f} characters on average): {figures} figures, "
          f"{best:.2f} s, {len(arts) / best:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
