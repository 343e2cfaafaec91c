"""Articles per second for analysis.quotes.extract_quotes (a benchmark, not a timed test).

    .venv/bin/python benchmarks/bench_quotes.py [--n 2000] [--corpus ../shared/corpus/reuters21578.jsonl]

Reads the Reuters-21578 JSON lines when present (the wire's hard-wrapped lines are joined and its
space-indented paragraphs become blank-line paragraphs, as the loader gives text); otherwise it
replicates the seed articles.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.quotes import extract_quotes  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
_PARA = re.compile(r"\n\s{2,}")
_SIGNOFF = re.compile(r"\s*\bREUTER\b\s*$")


def wire_text(raw: str) -> str:
    """Reuters body as the loader would give it: joined lines, blank lines between paragraphs."""
    body = _SIGNOFF.sub("", raw.strip())
    return "\n\n".join(" ".join(p.split()) for p in _PARA.split(body) if p.strip())


def load_jsonl(path: Path, n: int) -> pd.DataFrame:
    """The first ``n`` stories of a JSON-lines corpus as an articles DataFrame."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(rows) >= n:
                break
            d = json.loads(line)
            text = wire_text(d.get("text") or "")
            rows.append((d["id"], str(path), d.get("title"), d.get("date"), "Reuters", text, len(text.split())))
    return pd.DataFrame(rows, columns=["article_id", "path", "title", "published", "publisher", "text", "n_words"])


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
