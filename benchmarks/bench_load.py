"""How fast articles load: articles per second for load_articles, on real wire copy.

    .venv/bin/python benchmarks/bench_load.py [--n 2000]

Input: ../shared/corpus/reuters21578.jsonl when present, written out as one .txt file per story
(the way users drop articles into a folder) and as the JSON lines file itself; else copies of seeds/.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
import warnings
from pathlib import Path

from analysis import load_articles
from analysis.paths import ROOT, SEEDS

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def main() -> None:
    """Time the loader on N articles as files and as one JSON lines file."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    n = ap.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        folder, jsonl = Path(tmp) / "txt", Path(tmp) / "corpus.jsonl"
        folder.mkdir()
        if CORPUS.exists():
            lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
            jsonl.write_text("\n".join(lines), encoding="utf-8")
            for line in lines:
                rec = json.loads(line)
                (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
            source = "Reuters-21578"
        else:
            seeds = sorted(SEEDS.glob("*.txt"))
            for i in range(n):
                text = seeds[i % len(seeds)].read_text(encoding="utf-8")
                (folder / f"copy{i}.txt").write_text(text + f"\n\nCopy {i}.", encoding="utf-8")
            jsonl = None
            source = "copies of seeds/"
        print(f"{n} articles from {source}")
        for label, src in (("folder of .txt files", folder), ("one .jsonl file", jsonl)):
            if src is None:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                t0 = time.perf_counter()
                df = load_articles(src)
                dt = time.perf_counter() - t0
            print(f"{label:>22}: {len(df)} loaded in {dt:.2f} s = {len(df) / dt:,.0f} articles/s")


if __name__ == "__main__":
    main()
