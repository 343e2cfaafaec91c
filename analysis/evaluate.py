"""Score extracted quotes and figures against hand annotations (gold JSON in the seeds.json format).

    python -m analysis.evaluate GOLD ARTICLES

Matching rules follow the gold file's "about" field: a found quote matches a gold quote when its text
contains the gold key (case, quotation marks and whitespace folded), one to one, the shortest unused
match first; a speaker matches when every token of ``speaker_keys`` is a whole word of it (a list of
lists gives alternatives; null means no speaker should be given); figures match on value. Items marked
``optional`` count neither as a miss nor as a false positive.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

QUOTE_CHARS = "\"'“”‘’«»„‟`"


def norm(s: Any) -> str:
    """Fold case, quotation marks, Unicode forms and whitespace."""
    if s is None or (isinstance(s, float) and math.isnan(s)):
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.translate({ord(c): " " for c in QUOTE_CHARS})
    return re.sub(r"\s+", " ", s).strip().lower()


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def speaker_matches(speaker: str, keys: list) -> bool:
    """True when every key token is a whole word of the (normalised) speaker, for any alternative."""
    alternatives = keys if keys and isinstance(keys[0], list) else [keys]
    return any(
        all(re.search(r"(?<![\w.])" + re.escape(norm(k)) + r"(?![\w])", speaker) for k in alt) for alt in alternatives
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(path: str | Path) -> dict:
    """Read a gold JSON file (keys: about, articles -> {article_id: {quotes, figures, ...}})."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _by_article(df: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if df is None or len(df) == 0:
        return out
    for row in df.to_dict("records"):
        out.setdefault(str(row["article_id"]), []).append(row)
    return out


def match_quotes(gold: dict, quotes: pd.DataFrame) -> list[dict]:
    """One record per gold quote and per unmatched found quote: status hit|miss|extra, with speakers."""
    pred = _by_article(quotes)
    records = []
    for aid, g in gold.get("articles", {}).items():
        plist = pred.get(aid, [])
        texts = [norm(p.get("quote")) for p in plist]
        used = [False] * len(plist)
        for gq in sorted(g.get("quotes", []), key=lambda q: bool(q.get("optional"))):  # required first
            key = norm(gq["quote"])
            free = [i for i, t in enumerate(texts) if key and key in t and not used[i]]
            hit = min(free, key=lambda i: len(texts[i])) if free else None
            if hit is not None:
                used[hit] = True
            if gq.get("optional"):
                for i, t in enumerate(texts):  # any span holding an optional item is no error either
                    used[i] |= bool(key) and key in t
                continue
            rec = {
                "article_id": aid,
                "gold": gq,
                "status": "miss" if hit is None else "hit",
                "found": plist[hit] if hit is not None else None,
            }
            if hit is not None:
                keys = gq.get("speaker_keys")
                sp = norm(plist[hit].get("speaker"))
                rec["speaker_ok"] = sp == "" if keys is None else speaker_matches(sp, keys)
                rec["country_ok"] = norm(plist[hit].get("speaker_country")) == norm(gq.get("speaker_country"))
            records.append(rec)
        for u, p in zip(used, plist):
            if not u:
                records.append({"article_id": aid, "gold": None, "status": "extra", "found": p})
    return records


def evaluate_quotes(gold: dict, quotes: pd.DataFrame) -> dict[str, float]:
    """Quote precision/recall/F1 (all, quoted = direct+partial, indirect), speaker and country accuracy,
    and attribution recall (gold quotes found with the right speaker, over all gold quotes)."""
    recs = match_quotes(gold, quotes)
    c = Counter()
    for r in recs:
        if r["status"] == "extra":
            c["fp"] += 1
            group = "indirect" if r["found"].get("kind") == "indirect" else "quoted"
            c[group + "_fp"] += 1
            continue
        group = "indirect" if r["gold"]["kind"] == "indirect" else "quoted"
        c["tp" if r["status"] == "hit" else "fn"] += 1
        c[group + ("_tp" if r["status"] == "hit" else "_fn")] += 1
        if r["status"] == "hit":
            c["speaker_ok"] += r["speaker_ok"]
            c["country_ok"] += r["country_ok"]
    p, rec, f = prf(c["tp"], c["fp"], c["fn"])
    qp, qr, qf = prf(c["quoted_tp"], c["quoted_fp"], c["quoted_fn"])
    ip, ir, i_f = prf(c["indirect_tp"], c["indirect_fp"], c["indirect_fn"])
    return {
        "quote_precision": p,
        "quote_recall": rec,
        "quote_f1": f,
        "quoted_precision": qp,
        "quoted_recall": qr,
        "quoted_f1": qf,
        "indirect_precision": ip,
        "indirect_recall": ir,
        "indirect_f1": i_f,
        "speaker_accuracy": c["speaker_ok"] / max(1, c["tp"]),
        "speaker_country_accuracy": c["country_ok"] / max(1, c["tp"]),
        "attribution_recall": c["speaker_ok"] / max(1, c["tp"] + c["fn"]),
        "n_gold": c["tp"] + c["fn"],
        "n_found": c["tp"] + c["fp"],
    }


def _num(v: Any) -> float | None:
    try:
        v = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _listish(v: Any) -> list:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    if isinstance(v, str):
        return [x.strip() for x in re.split(r"[;,|]", v) if x.strip()]
    try:
        return list(v)
    except TypeError:
        return []


def evaluate_figures(gold: dict, figures: pd.DataFrame) -> dict[str, float]:
    """Figure precision/recall/F1 by value (one to one), partners and direction accuracy on matches."""
    pred = _by_article(figures)
    tp = fp = fn = 0
    partners_ok = partners_n = dir_ok = dir_n = 0
    for aid, g in gold.get("articles", {}).items():
        plist = pred.get(aid, [])
        used = [False] * len(plist)
        for gf in sorted(g.get("figures", []), key=lambda f: bool(f.get("optional"))):
            gv = gf.get("value")
            hits = []
            for i, p in enumerate(plist):
                pv = _num(p.get("value"))
                if gv is not None and pv is not None and math.isclose(pv, gv, rel_tol=1e-6):
                    hits.append(i)
                elif (
                    gv is None
                    and norm(gf["text"])[:25] in norm(p.get("sentence") or p.get("text"))
                    and not _empty(p.get("direction"))
                ):
                    hits.append(i)
            free = [i for i in hits if not used[i]]
            if gf.get("optional"):
                for i in hits:
                    used[i] = True
                continue
            # among equal values prefer the one with the same surface text
            free.sort(key=lambda i: norm(gf["text"]) not in norm(plist[i].get("text")))
            if not free:
                fn += 1
                continue
            i = free[0]
            used[i] = True
            tp += 1
            if gf.get("countries"):
                partners_n += 1
                partners_ok += set(map(norm, _listish(plist[i].get("countries")))) == set(map(norm, gf["countries"]))
            if gf.get("direction"):
                dir_n += 1
                dir_ok += norm(plist[i].get("direction")) == gf["direction"]
        fp += sum(1 for u in used if not u)
    p, r, f = prf(tp, fp, fn)
    return {
        "figure_precision": p,
        "figure_recall": r,
        "figure_f1": f,
        "figure_partners_accuracy": partners_ok / max(1, partners_n),
        "figure_direction_accuracy": dir_ok / max(1, dir_n),
        "n_gold": tp + fn,
        "n_found": tp + fp,
    }


def _table(task: str, m: dict) -> str:
    rows = [f"{task}", f"{'':2}{'metric':<28}{'value':>8}"]
    for k, v in m.items():
        rows.append(f"{'':2}{k:<28}{v:>8.3f}" if isinstance(v, float) else f"{'':2}{k:<28}{v:>8}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print a precision/recall/F1 table per task for GOLD against the articles in ARTICLES."""
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSON file")
    ap.add_argument("articles", help="folder of articles")
    ap.add_argument("--task", choices=["quotes", "figures", "all"], default="all")
    a = ap.parse_args(argv)
    from .articles import load_articles

    gold = load_gold(a.gold)
    arts = load_articles(a.articles)
    tasks = {
        "quotes": ("analysis.quotes", "extract_quotes", evaluate_quotes),
        "figures": ("analysis.quantities", "extract_figures", evaluate_figures),
    }
    for task, (module, fn_name, scorer) in tasks.items():
        if a.task not in ("all", task):
            continue
        try:
            fn = getattr(__import__(module, fromlist=[fn_name]), fn_name)
        except (ImportError, AttributeError) as e:  # another developer's module may not exist yet
            print(f"{task}: skipped ({module}.{fn_name} not importable: {e})")
            continue
        print(_table(task, scorer(gold, fn(arts))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
