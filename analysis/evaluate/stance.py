"""Score country_stance and country_portrayal against a gold file (the format of ../shared/gold/seeds.json).

Rules of ../shared/eval/README.md: stance is matched on (article, holder, target, polarity); a found polar edge
whose (article, holder, target) is in no gold edge is a false positive; optional gold edges count neither way.
Portrayal per (article, country), a country missing from either side is neutral, macro-F1 over the labels present.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .matching import norm, prf

POLAR = ("negative", "positive")


def _stance_pred(stance: pd.DataFrame) -> dict[tuple[str, str, str], set[str]]:
    """(article, holder, target) -> the labels found for it."""
    out: dict[tuple[str, str, str], set[str]] = {}
    for aid, h, t, lab in zip(stance["article_id"], stance["holder"], stance["target"], stance["label"]):
        out.setdefault((str(aid), norm(h), norm(t)), set()).add(norm(lab))
    return out


def stance_matches(gold: dict, stance: pd.DataFrame) -> tuple[Counter, list[str]]:
    """Counts tp / fp / fn and one line per miss and extra."""
    pred, c, lines, keys = _stance_pred(stance), Counter(), [], set()
    for aid, g in gold.get("articles", {}).items():
        for s in g.get("stance", []):
            k = (aid, norm(s["holder"]), norm(s["target"]))
            keys.add(k)
            if s.get("optional"):
                continue
            hit = s["polarity"] in pred.get(k, set())
            c["tp" if hit else "fn"] += 1
            if not hit:
                lines.append(f"MISS  {aid} {s['holder']} -> {s['target']} {s['polarity']} ({s.get('event')})")
    for k, labs in pred.items():
        if k[0] in gold.get("articles", {}) and labs & set(POLAR) and k not in keys:
            c["fp"] += 1
            lines.append(f"EXTRA {k[0]} {k[1]} -> {k[2]} {sorted(labs & set(POLAR))}")
    return c, lines


def evaluate_stance(gold: dict, stance: pd.DataFrame) -> dict[str, float]:
    """Stance precision, recall and F1."""
    c, _ = stance_matches(gold, stance)
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    return {"stance_precision": p, "stance_recall": r, "stance_f1": f, "n_gold": c["tp"] + c["fn"]}


def portrayal_pairs(gold: dict, portrayal: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(article, country, gold label, found label) for every gold portrayal."""
    pred = {
        (str(a), norm(c)): norm(lab)
        for a, c, lab in zip(portrayal["article_id"], portrayal["country"], portrayal["label"])
    }
    return [
        (aid, c, lab, pred.get((aid, norm(c)), "neutral"))
        for aid, g in gold.get("articles", {}).items()
        for c, lab in g.get("portrayal", {}).items()
    ]


def evaluate_portrayal(gold: dict, portrayal: pd.DataFrame) -> dict[str, float]:
    """Portrayal accuracy and macro-F1 over negative / neutral / positive."""
    pairs = portrayal_pairs(gold, portrayal)
    f1s = []
    for lab in ("negative", "neutral", "positive"):
        tp = sum(g == p == lab for _, _, g, p in pairs)
        fp = sum(p == lab != g for _, _, g, p in pairs)
        fn = sum(g == lab != p for _, _, g, p in pairs)
        if tp + fp + fn:
            f1s.append(prf(tp, fp, fn)[2])
    acc = sum(g == p for _, _, g, p in pairs) / max(1, len(pairs))
    return {"portrayal_accuracy": acc, "portrayal_macro_f1": sum(f1s) / max(1, len(f1s)), "n_gold": len(pairs)}


def print_stance_misses(gold: dict, task: str, found: pd.DataFrame, n: int) -> None:
    """Up to ``n`` stance misses and extras, or portrayal errors (for a developer's terminal)."""
    if task == "stance":
        lines = stance_matches(gold, found)[1]
    else:
        lines = [f"PORTRAYAL {a} {c}: got {p} want {g}" for a, c, g, p in portrayal_pairs(gold, found) if g != p]
    print("\n".join(lines[:n]))
