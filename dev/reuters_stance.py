"""Stance rows on Reuters-21578 stories for reading by eye (the 1987 US-Japan chip dispute, EC-US farm trade).

    .venv/bin/python dev/reuters_stance.py [--n 30] [--seed 0] [--index FROM TO] [--corpus ../shared/corpus/reuters21578.jsonl]

Picks the stories whose title or text names the chip dispute (semiconductor, chip) or farm trade between the
EC and the US (farm, agricultur, subsid, grain with EC/Community), runs extract_quotes and country_stance
on them, and prints a random sample of polar stance rows with their evidence, to be judged right or wrong
by a reader. The texts are read from the shared corpus and never written into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import country_stance, extract_quotes, load_articles  # noqa: E402
from analysis.paths import ROOT  # noqa: E402

CHIPS = re.compile(r"semiconductor|micro-?chip|\bchips?\b", re.I)
FARM = re.compile(r"\b(?:farm|agricultur\w*|subsid\w*|grain|corn|soybean)", re.I)
EC = re.compile(r"\b(?:EC|European Community|Community)\b")


def gold_ids() -> set[str]:
    """The ids of every story annotated in dev/gold/ (never part of a read outside the dev sets)."""
    out: set[str] = set()
    for path in (ROOT / "dev" / "gold").glob("*.json"):
        out |= set(json.loads(path.read_text(encoding="utf-8")).get("articles", {}))
    return out


def pick(corpus: Path, index: tuple[int, int] | None = None) -> list[dict]:
    """Stories about the chip dispute (naming Japan) or EC-US farm trade; or every story in an index range (stories
    of the gold sets left out)."""
    out, annotated = [], gold_ids()
    for k, line in enumerate(corpus.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        if rec.get("id") in annotated:
            continue
        if index is not None:
            if index[0] <= k < index[1]:
                out.append(rec)
            continue
        text = f"{rec.get('title') or ''} {rec.get('text') or ''}"
        chips = CHIPS.search(text) and "Japan" in text
        farm = FARM.search(text) and EC.search(text) and re.search(r"\bU\.S\.|United States|Washington", text)
        if chips or farm:
            out.append(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the sample."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--index", type=int, nargs=2, metavar=("FROM", "TO"), help="every story in this index range")
    a = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "picked.jsonl"
        path.write_text(
            "\n".join(json.dumps(r) for r in pick(a.corpus, tuple(a.index) if a.index else None)), encoding="utf-8"
        )
        arts = load_articles(path)
    stance = country_stance(arts, quotes=extract_quotes(arts))
    polar = stance[stance["label"] != "neutral"]
    print(f"{len(arts)} stories, {len(stance)} stance rows, {len(polar)} polar")
    print(polar.groupby(["holder", "target", "label"]).size().sort_values(ascending=False).head(15).to_string())
    sample = polar.sample(min(a.n, len(polar)), random_state=a.seed)
    for k, r in enumerate(sample.itertuples(), 1):
        print(f"\n[{k}] {r.article_id}  {r.holder} -> {r.target}  {r.label} ({r.score:+.2f})  {r.rule}")
        print(f"    event: {getattr(r, 'event', '')}")
        print(f"    {r.evidence[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
