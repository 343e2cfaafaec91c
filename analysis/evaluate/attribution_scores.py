"""Metrics from the records (recall, precision, F1, speaker accuracy per group), their table and examples to read."""

from __future__ import annotations

import random
import re
import sys
from typing import Any, TextIO


def score(
    records: list[dict], fragments_extra: bool = True, speaker_key: str = "speaker_ok"
) -> dict[str, dict[str, float]]:
    """Per group (all, quoted, reported): gold, found, hit, recall, precision, F1, speaker accuracy and n.
    ``fragments_extra``: a fragment of a matched attribution counts as an extra (the first rule)."""
    out = {}
    for group, keep in (
        ("all", lambda r: True),
        ("quoted", lambda r: r["quoted"]),
        ("reported", lambda r: not r["quoted"]),
    ):
        rs = [r for r in records if keep(r)]
        tp = sum(r["status"] == "hit" for r in rs)
        fn = sum(r["status"] == "miss" for r in rs)
        right = sum(r["status"] == "right" for r in rs)
        fp = sum(r["status"] == "extra" or (fragments_extra and r["status"] == "fragment") for r in rs)
        p = right / (right + fp) if right + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        sp = [r[speaker_key] for r in rs if speaker_key in r]
        out[group] = {
            "gold": tp + fn,
            "found": right + fp,
            "hit": tp,
            "recall": rec,
            "precision": p,
            "f1": f,
            "speaker_accuracy": sum(sp) / len(sp) if sp else 0.0,
            "speaker_n": len(sp),
            "fragments": sum(r["status"] == "fragment" for r in rs),
        }
    return out


def table(m: dict[str, dict[str, float]]) -> str:
    """The metrics as a fixed-width table."""
    head = f"{'':10}{'gold':>7}{'found':>7}{'hit':>7}{'recall':>8}{'precision':>10}{'F1':>7}{'speaker':>9}{'(n)':>7}"
    rows = [head]
    for g, v in m.items():
        rows.append(
            f"{g:10}{v['gold']:>7}{v['found']:>7}{v['hit']:>7}{v['recall']:>8.3f}{v['precision']:>10.3f}"
            f"{v['f1']:>7.3f}{v['speaker_accuracy']:>9.3f}{v['speaker_n']:>7}"
        )
    return "\n".join(rows)


def _snip(s: Any, n: int = 110) -> str:
    s = re.sub(r"\s+", " ", str(s or "")).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def print_examples(records: list[dict], n: int, out: TextIO | None = None, seed: int = 0) -> None:
    """Up to ``n`` random examples each of misses, extras and wrong speakers (for developers' terminals)."""
    out = out or sys.stdout
    rng = random.Random(seed)
    kinds = {
        "misses": [r for r in records if r["status"] == "miss"],
        "extras": [r for r in records if r["status"] == "extra"],
        "wrong speakers": [r for r in records if r.get("speaker_ok") is False],
    }
    for name, rs in kinds.items():
        print(f"\n{name} ({len(rs)}; {min(n, len(rs))} shown)", file=out)
        for r in rng.sample(rs, min(n, len(rs))):
            g, f = r["gold"], r["found"]
            print(f"- {r['article_id']}", file=out)
            if g is not None:
                print(f"    gold  {'quoted' if r['quoted'] else 'reported'} | source: {_snip(g.source_text, 40)!r}"
                      f" | cue: {_snip(g.cue_text, 30)!r}", file=out)  # fmt: skip
                print(f"          {_snip(g.content_text)!r}", file=out)
            if f is not None:
                print(f"    found {f.get('kind')} | speaker: {f.get('speaker')!r} | cue: {f.get('cue')!r}", file=out)
                print(f"          {_snip(f.get('quote'))!r}", file=out)
