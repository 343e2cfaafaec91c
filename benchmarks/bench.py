"""Articles per second for each stage, on one core (a benchmark, not a timed test).

    .venv/bin/python benchmarks/bench.py [--n 2000] [--repeat 3] [--only quotes figures ...]

Input: ../shared/corpus/reuters21578.jsonl (real 1987 wire stories) when present, else the seed
articles copied to N. Loading is timed twice: from one JSON lines file and from a folder of one
.txt file per story (the way users drop articles in). Every other stage runs on the loaded table,
best of --repeat runs. Goals from the issues: quotes >= 500 articles/s, figures >= 1,000; sentiment
(country_sentiment and country_portrayal) and stance (country_stance on the quotes already extracted)
together at most the floor's time.

Machines here are shared and noisy, so every stage is also reported as a ratio to a floor measured in
the same run: reading the stories (from the loaded table), splitting them with Punkt and scoring every
sentence with VADER. A stage at ratio 0.5 takes half the time of that floor.
The floor reads the JSON lines file (or the .txt folder without the corpus).
"""

from __future__ import annotations

import argparse
import importlib
import json
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import (
    country_mentions,
    country_portrayal,
    country_sentiment,
    country_stance,
    extract_figures,
    extract_quotes,
    load_articles,
    sentences,
)
from analysis.paths import ROOT, SEEDS

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
STAGES = {"sentences": sentences, "countries": country_mentions, "quotes": extract_quotes, "figures": extract_figures}
# stages that read the output of an earlier one: timed on their own work only (quotes are extracted once, before)
LATER = ("sentiment", "stance")


def sentiment(articles: pd.DataFrame) -> pd.DataFrame:
    """Country sentiment per mention, then portrayal per article and country from it."""
    return country_portrayal(articles, country_sentiment(articles))


def corpus_files(folder: Path, n: int) -> tuple[Path, Path | None, str]:
    """Write N stories as .txt files (and the JSON lines they came from) into ``folder``."""
    txt = folder / "txt"
    txt.mkdir()
    if CORPUS.exists():
        lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
        jsonl = folder / "corpus.jsonl"
        jsonl.write_text("\n".join(lines), encoding="utf-8")
        for line in lines:
            rec = json.loads(line)
            (txt / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
        return txt, jsonl, "Reuters-21578"
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        body = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (txt / f"copy{i:05d}.txt").write_text(f"{body}\n\nCopy {i}.", encoding="utf-8")
    return txt, None, "copies of seeds/"


def cold() -> None:
    """Forget the sentences already split (analysis.text.sentences keeps recent paragraphs): each timing starts cold,
    so no stage is timed on the splitting of the floor or of a stage before it."""
    importlib.import_module("analysis.text.sentences").paragraph_sentences.cache_clear()


def floor(source: Path) -> pd.DataFrame:
    """The floor: read the stories, split them with Punkt and score every sentence with VADER."""
    vader = SentimentIntensityAnalyzer()
    spans = sentences(load_articles(source))
    return pd.DataFrame({"compound": [vader.polarity_scores(t)["compound"] for t in spans["text"]]})


def timed(fn, arg, repeat: int) -> tuple[float, object]:
    """Best wall time of ``repeat`` calls, and the last result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        cold()
        t0 = time.perf_counter()
        out = fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    """Print a line per stage: rows found, seconds, articles per second."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--only", nargs="*", choices=["load", *STAGES, *LATER], help="stages to time (default: all)")
    a = ap.parse_args(argv)
    only = set(a.only or ["load", *STAGES, *LATER])
    warnings.simplefilter("ignore")  # the corpus repeats some stories; the loader says so
    with tempfile.TemporaryDirectory() as tmp:
        txt, jsonl, source = corpus_files(Path(tmp), a.n)
        articles = load_articles(jsonl or txt)
        print(f"{len(articles)} articles from {source} ({int(articles.n_words.sum()):,} words), best of {a.repeat}")
        if "load" in only:
            for label, src in (("load .jsonl", jsonl), ("load .txt folder", txt)):
                if src is not None:
                    dt, df = timed(load_articles, src, a.repeat)
                    print(f"{label:>18}: {len(df):>7} articles {dt:6.2f} s {len(df) / dt:8,.0f} articles/s")
        base, _ = timed(floor, jsonl or txt, a.repeat)
        print(f"{'floor':>18}: {'':>7}          {base:6.2f} s {len(articles) / base:8,.0f} articles/s  ratio 1.00")
        for name, fn in STAGES.items():
            if name in only:
                fn(articles.head(5))  # read the rule tables outside the timing
                dt, df = timed(fn, articles, a.repeat)
                print(
                    f"{name:>18}: {len(df):>7} rows     {dt:6.2f} s {len(articles) / dt:8,.0f} articles/s"
                    f"  ratio {dt / base:4.2f}"
                )
        later_stages(articles, only, base, a.repeat)
    return 0


def later_stages(articles: pd.DataFrame, only: set[str], base: float, repeat: int) -> None:
    """Time sentiment and stance (stance on quotes extracted beforehand, untimed) and their sum against the floor."""
    total = 0.0
    if "sentiment" in only:
        sentiment(articles.head(5))  # load the model outside the timing
        dt, df = timed(sentiment, articles, repeat)
        total += dt
        n = len(country_sentiment(articles))
        print(f"{'sentiment':>18}: {n:>7} mentions {dt:6.2f} s {n / dt:8,.0f} targets/s  ratio {dt / base:4.2f}")
    if "stance" in only:
        quotes = extract_quotes(articles)
        dt, df = timed(lambda arts: country_stance(arts, quotes=quotes), articles, repeat)
        total += dt
        print(
            f"{'stance':>18}: {len(df):>7} rows     {dt:6.2f} s {len(articles) / dt:8,.0f} articles/s  ratio {dt / base:4.2f}"
        )
    if {"sentiment", "stance"} <= only:
        print(f"{'sentiment + stance':>18}: {'':>7}          {total:6.2f} s  ratio {total / base:4.2f} (goal <= 1.00)")


if __name__ == "__main__":
    raise SystemExit(main())
