"""Macro-F1 of the ONNX target-sentiment encoder on the NewsMTSC dev splits, and its speed (a development check).

    .venv/bin/python dev/eval_encoder.py [--data ../shared/data/newsmtsc] [--model analysis/data/encoder]

--model is a folder with model.onnx (float or int8) and tokenizer.json, read through
analysis.sentiment.encoder.EncoderModel (the run-time path: banded score, then polarity_labels). Prints macro-F1
per split, the confusion matrix and targets per second on one core, tokenizer included. The test splits are
never read.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_sentiment import SPLITS, macro_f1  # noqa: E402

from analysis.paths import ROOT  # noqa: E402
from analysis.sentiment.encoder import ENCODER_DIR, load_encoder  # noqa: E402
from analysis.sentiment.newsmtsc import read_newsmtsc  # noqa: E402
from analysis.sentiment.target import polarity_labels  # noqa: E402


def targets_of(df: pd.DataFrame) -> list[tuple[str, int, int]]:
    """(sentence, start, end) of every row."""
    return list(zip(df["text"], df["start"].astype(int), df["end"].astype(int)))


def evaluate(data: Path, model_dir: Path) -> dict[str, float]:
    """Macro-F1 per dev split, printed with confusion matrices."""
    model = load_encoder(model_dir)
    out = {}
    for split in SPLITS:
        df = read_newsmtsc(data / f"{split}.jsonl")
        gold = df["label"].to_numpy()
        pred = polarity_labels(model.scores(targets_of(df)), model.threshold)
        out[split] = macro_f1(gold, pred)
        print(f"{split}: macro-F1 {out[split]:.3f} ({len(df)} targets)")
        print(pd.crosstab(pd.Series(gold, name="gold"), pd.Series(pred, name="predicted")).to_string())
    return out


def speed(data: Path, model_dir: Path, repeat: int = 3) -> tuple[float, float]:
    """Targets per second over both dev splits on one thread, tokenizer included, best of ``repeat``.

    Two rates: by wall-clock time, and by the process's CPU time (what one free core would give; on a loaded
    machine the wall-clock rate also counts the time the process waited for a core).
    """
    targets = [t for s in SPLITS for t in targets_of(read_newsmtsc(data / f"{s}.jsonl"))]
    model = load_encoder(model_dir, threads=1)
    model.proba(targets[:64])  # opens the session and warms it up
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        model.scores(targets)
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return len(targets) / wall, len(targets) / cpu


def main(argv: list[str] | None = None) -> int:
    """Print the dev scores and the speed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "newsmtsc")
    ap.add_argument("--model", type=Path, default=ENCODER_DIR, help="folder with model.onnx and tokenizer.json")
    a = ap.parse_args(argv)
    evaluate(a.data, a.model)
    load = os.getloadavg()[0]
    wall, cpu = speed(a.data, a.model)
    print(f"speed: {wall:,.0f} targets/s by wall clock, {cpu:,.0f} by CPU time (one thread, tokenizer included;")
    print(f"       load average {load:.2f} on {os.cpu_count()} cores before the measure; pin with taskset -c 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
