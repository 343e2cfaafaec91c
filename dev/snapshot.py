"""Row-for-row regression check of the extractors: save their output once, compare after a change.

    .venv/bin/python dev/snapshot.py save [--n 4000] [--out .cache/snapshot]
    .venv/bin/python dev/snapshot.py compare [--n 4000] [--out .cache/snapshot] [--show 20]

Input: the seeds plus the first N stories of ../shared/corpus/reuters21578.jsonl (when present).
A refactor that should not change behaviour must report 0 differences. Columns added since the
snapshot (such as ``rule``) are ignored; the snapshot lives in .cache/ (it quotes the corpus, which
the project never commits).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

from analysis import extract_figures, extract_quotes, load_articles
from analysis.paths import ROOT, SEEDS

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
TASKS = {"quotes": extract_quotes, "figures": extract_figures}


def articles(n: int) -> pd.DataFrame:
    """The seeds and the first ``n`` corpus stories."""
    warnings.simplefilter("ignore")
    parts = [load_articles(SEEDS)]
    if CORPUS.exists() and n:
        with open(CORPUS, encoding="utf-8") as f:
            lines = [next(f) for _ in range(n)]
        tmp = ROOT / ".cache" / "snapshot_input.jsonl"
        tmp.parent.mkdir(exist_ok=True)
        tmp.write_text("".join(lines), encoding="utf-8")
        parts.append(load_articles(tmp))
    return pd.concat(parts, ignore_index=True)


def _comparable(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = df[columns].copy()
    for c in columns:
        out[c] = [repr(tuple(v)) if isinstance(v, list | tuple) else repr(v) for v in out[c]]
    return out.reset_index(drop=True)


def compare(old: pd.DataFrame, new: pd.DataFrame, show: int) -> int:
    """Print differing rows; the number of differences."""
    columns = [c for c in old.columns if c in new.columns]
    a, b = _comparable(old, columns), _comparable(new, columns)
    keys = ["article_id", "start", "end"]
    for k in keys:
        a[k], b[k] = old[k].to_numpy(), new[k].to_numpy()
    # two rows may share a span (a quote with two readings): number them, so that the merge pairs them in order
    # instead of crossing them (which reported every such pair as two differences)
    for df in (a, b):
        df["occurrence"] = df.groupby(keys, sort=False).cumcount()
    keys.append("occurrence")
    merged = a.merge(b, on=keys, how="outer", suffixes=("_old", "_new"), indicator=True)
    diffs = 0
    for row in merged.to_dict("records"):
        if row["_merge"] != "both":
            diffs += 1
            if diffs <= show:
                print(f"  {row['_merge']}: {row['article_id']} {row['start']}-{row['end']}")
            continue
        changed = [c for c in columns if c not in keys and row[f"{c}_old"] != row[f"{c}_new"]]
        if changed:
            diffs += 1
            if diffs <= show:
                detail = "; ".join(f"{c}: {row[c + '_old']!r} -> {row[c + '_new']!r}" for c in changed)
                print(f"  changed {row['article_id']} {row['start']}-{row['end']}: {detail}")
    return diffs


def main(argv: list[str] | None = None) -> int:
    """Save or compare the snapshot; exit 1 when compare finds differences."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--out", default=str(ROOT / ".cache" / "snapshot"))
    ap.add_argument("--only", choices=list(TASKS))
    ap.add_argument("--show", type=int, default=20)
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    arts = articles(a.n)
    status = 0
    for name, fn in TASKS.items():
        if a.only and name != a.only:
            continue
        df = fn(arts)
        path = out / f"{name}.pkl"
        if a.action == "save":
            df.to_pickle(path)
            print(f"{name}: {len(df)} rows saved to {path}")
            continue
        old = pd.read_pickle(path)
        n = compare(old, df, a.show)
        print(f"{name}: {len(old)} rows before, {len(df)} now, {n} differences")
        status |= n > 0
    return status


if __name__ == "__main__":
    sys.exit(main())
