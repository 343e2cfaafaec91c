"""Score extracted quotes and figures against hand annotations (gold JSON in the seeds.json format).

    python -m analysis.evaluate GOLD [ARTICLES] [--misses N]
    python -m analysis.evaluate --polnear DIR [--misses N]

Matching rules follow the gold file's "about" field: a found quote matches a gold quote when its text
contains the gold key (case, quotation marks and whitespace folded), one to one, the shortest unused
match first; a speaker matches when every token of ``speaker_keys`` is a whole word of it (a list of
lists gives alternatives; null means no speaker should be given); figures match on value. Items marked
``optional`` count neither as a miss nor as a false positive.

Without ARTICLES, the stories a gold file names ("reuters-123") are read from
``../shared/corpus/reuters21578.jsonl`` beside the repository (the gold files in dev/gold/ hold ids and
keys only). The command line is cli.py (``python -m analysis.evaluate``).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from .matching import _empty, norm, prf, speaker_matches


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
    partners_ok = partners_n = dir_ok = dir_n = fc_ok = 0
    # the forecast flag is scored where the gold file annotates it (a "forecast" key on any figure; absent = False)
    flags = any("forecast" in f for g in gold.get("articles", {}).values() for f in g.get("figures", []))
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
            fc_ok += bool(plist[i].get("forecast")) == bool(gf.get("forecast"))
        fp += sum(1 for u in used if not u)
    p, r, f = prf(tp, fp, fn)
    out = {
        "figure_precision": p,
        "figure_recall": r,
        "figure_f1": f,
        "figure_partners_accuracy": partners_ok / max(1, partners_n),
        "figure_direction_accuracy": dir_ok / max(1, dir_n),
    }
    if flags:
        out["figure_forecast_accuracy"] = fc_ok / max(1, tp)
    return {**out, "n_gold": tp + fn, "n_found": tp + fp}


def _table(task: str, m: dict) -> str:
    rows = [f"{task}", f"{'':2}{'metric':<28}{'value':>8}"]
    for k, v in m.items():
        rows.append(f"{'':2}{k:<28}{v:>8.3f}" if isinstance(v, float) else f"{'':2}{k:<28}{v:>8}")
    return "\n".join(rows)


class MissingArticles(Exception):
    """The articles a gold file names cannot be found (the message says what to pass instead)."""


def corpus_articles(gold: dict, corpus: str | Path | None = None) -> pd.DataFrame:
    """The stories a gold file names, read from the shared Reuters corpus through ``load_articles``.

    Only the records of the gold's article ids are copied to a temporary ``.jsonl`` and loaded from
    there, so the loader's cleaning and fields (``dateline`` ...) behave as for any user's file.
    ``corpus`` defaults to ``../shared/corpus/reuters21578.jsonl`` beside the repository.
    """
    import tempfile

    from ..paths import SHARED_CORPUS
    from ..text.articles import load_articles

    path = Path(corpus) if corpus else SHARED_CORPUS / "reuters21578.jsonl"
    if not path.is_file():
        raise MissingArticles(f"{path} is absent: pass ARTICLES (the folder or file of the gold's articles)")
    wanted = set(gold.get("articles", {}))
    lines = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*\{\s*"id"\s*:\s*"([^"]+)"', line)  # the id opens each record: no JSON parse needed
            if m and m.group(1) in wanted:
                lines.append(line.rstrip("\n"))
                wanted.discard(m.group(1))
    if wanted:
        shown = ", ".join(sorted(wanted)[:3]) + (" ..." if len(wanted) > 3 else "")
        raise MissingArticles(f"{len(wanted)} article(s) of the gold are not in {path} ({shown}): pass ARTICLES")
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "gold_stories.jsonl"
        records.write_text("\n".join(lines) + "\n", encoding="utf-8")
        arts = load_articles(records)
    arts["path"] = str(path)
    return arts


def print_misses(gold: dict, quotes: pd.DataFrame, n: int, out=None) -> None:
    """Up to ``n`` misses, extras and wrong speakers of a gold file (for a developer's terminal)."""
    out = out or sys.stdout
    recs = match_quotes(gold, quotes)
    kinds = {
        "misses": [r for r in recs if r["status"] == "miss"],
        "extras": [r for r in recs if r["status"] == "extra"],
        "wrong speakers": [r for r in recs if r["status"] == "hit" and not r["speaker_ok"]],
    }
    for name, rs in kinds.items():
        print(f"\n{name} ({len(rs)}; {min(n, len(rs))} shown)", file=out)
        for r in rs[:n]:
            g, f = r["gold"], r["found"]
            print(f"- {r['article_id']}", file=out)
            if g is not None:
                print(f"    gold  {g.get('kind')} {g.get('quote')!r} | speaker keys {g.get('speaker_keys')}", file=out)
            if f is not None:
                print(
                    f"    found {f.get('kind')} {str(f.get('quote'))[:100]!r} | speaker {f.get('speaker')!r}", file=out
                )
