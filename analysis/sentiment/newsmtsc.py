"""Read NewsMTSC (Hamborg & Donnay, EACL 2021): news sentences with per-target polarity, for training and checks.

The data set is not shipped: scripts/build_sentiment_model.py and dev/eval_sentiment.py take its folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
LABELS = ("negative", "neutral", "positive")


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """One row per target of a NewsMTSC JSON lines file: sentence_id, text, start, end, mention, label."""
    rows = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["sentence_normalized"]
            for t in rec["targets"]:
                rows.append((n, text, int(t["from"]), int(t["to"]), t["mention"], POLARITY[float(t["polarity"])]))
    return pd.DataFrame(rows, columns=["sentence_id", "text", "start", "end", "mention", "label"])
