"""Macro-F1 of target sentiment on the NewsMTSC dev splits, and its speed (a development check, not a test).

    .venv/bin/python dev/eval_sentiment.py [--data ../shared/data/newsmtsc] [--model PATH] [--vader]

Scores every dev target through the public path (the model's score, then polarity_label), prints macro-F1
per split (rw: real-world class distribution, mt: several targets per sentence), the confusion matrix and
targets per second on one core (features included). --vader adds the baseline: VADER's compound on the
whole sentence with its usual +-0.05 cut. The test splits are never read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.paths import ROOT  # noqa: E402
from analysis.sentiment.model import MODEL_PATH, load_model  # noqa: E402
from analysis.sentiment.newsmtsc import LABELS, read_newsmtsc  # noqa: E402
from analysis.sentiment.target import polarity_labels  # noqa: E402

SPLITS = ("rw_dev", "mt_dev")


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Mean F1 of the three classes (numpy only, so the check runs without scikit-learn)."""
    f1s = []
    for c in LABELS:
        tp = np.sum((pred == c) & (gold == c))
        fp, fn = np.sum((pred == c) & (gold != c)), np.sum((pred != c) & (gold == c))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(f1s))


def vader_labels(df: pd.DataFrame) -> np.ndarray:
    """The baseline: VADER compound of the whole sentence, +-0.05 cut."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    v = SentimentIntensityAnalyzer()
    c = np.array([v.polarity_scores(t)["compound"] for t in df["text"]])
    return np.where(c >= 0.05, "positive", np.where(c <= -0.05, "negative", "neutral"))


def evaluate(data: Path, model_path: Path, vader: bool = False) -> dict[str, float]:
    """Macro-F1 per dev split (and VADER's when asked), printed with confusion matrices."""
    model = load_model(model_path)
    out = {}
    for split in SPLITS:
        df = read_newsmtsc(data / f"{split}.jsonl")
        gold = df["label"].to_numpy()
        pred = polarity_labels(model.scores(list(zip(df["text"], df["start"], df["end"]))), model.threshold)
        out[split] = macro_f1(gold, pred)
        print(f"{split}: macro-F1 {out[split]:.3f} ({len(df)} targets)")
        print(pd.crosstab(pd.Series(gold, name="gold"), pd.Series(pred, name="predicted")).to_string())
        if vader:
            out[f"{split}_vader"] = macro_f1(gold, vader_labels(df))
            print(f"{split}: VADER whole-sentence macro-F1 {out[f'{split}_vader']:.3f}")
    return out


def speed(data: Path, model_path: Path, repeat: int = 3) -> float:
    """Targets per second over both dev splits, features included, best of ``repeat`` (fresh word cache)."""
    df = pd.concat([read_newsmtsc(data / f"{s}.jsonl") for s in SPLITS])
    targets = list(zip(df["text"], df["start"], df["end"]))
    best = float("inf")
    for _ in range(repeat):
        model = load_model(model_path)  # a fresh model: its word cache starts empty, as on new text
        t0 = time.perf_counter()
        model.scores(targets)
        best = min(best, time.perf_counter() - t0)
    return len(targets) / best


def main(argv: list[str] | None = None) -> int:
    """Print the dev scores and the speed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "newsmtsc")
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--vader", action="store_true", help="also score the VADER baseline")
    a = ap.parse_args(argv)
    evaluate(a.data, a.model, a.vader)
    print(f"speed: {speed(a.data, a.model):,.0f} targets/s (one core, features included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
