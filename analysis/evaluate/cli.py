"""``python -m analysis.evaluate``: score the extractors against a gold file (gold.py) or a brat corpus (polnear.py).

python -m analysis.evaluate GOLD [ARTICLES] [--misses N]
python -m analysis.evaluate --polnear DIR [--misses N] [--speech-only]
"""

from __future__ import annotations

import argparse
import sys

from .gold import MissingArticles, _table, corpus_articles, evaluate_figures, evaluate_quotes, load_gold, print_misses
from .stance import evaluate_portrayal, evaluate_stance, print_stance_misses


def _has(gold: dict, task: str) -> bool:
    """Does the gold annotate ``task`` in any article? (``--task all`` scores only the tasks it annotates.)"""
    return any(g.get(task) for g in gold.get("articles", {}).values())


TASKS = {
    "quotes": ("analysis.quotes", "extract_quotes", evaluate_quotes),
    "figures": ("analysis.figures", "extract_figures", evaluate_figures),
    "stance": ("analysis.sentiment", "country_stance", evaluate_stance),
    "portrayal": ("analysis.sentiment", "country_portrayal", evaluate_portrayal),
}


def parser() -> argparse.ArgumentParser:
    """The command line's options."""
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", help="gold JSON file")
    ap.add_argument("articles", nargs="?", help="folder or file of articles (default: the shared Reuters corpus)")
    ap.add_argument("--task", choices=[*TASKS, "all"], default="all")
    ap.add_argument(
        "--polnear", metavar="DIR", help="score quotes against a brat attribution corpus (text/, attributions/)"
    )
    ap.add_argument(
        "--misses", type=int, default=0, metavar="N", help="print N examples of misses, extras, wrong speakers"
    )
    ap.add_argument(
        "--speech-only",
        action="store_true",
        help="with --polnear: score only gold attributions whose cue is speech or writing (said, told, according to, "
        "wrote, asked, denied, a poll found ...; speech_cues.SPEECH_CUES), not beliefs, intentions or actions",
    )
    return ap


def _polnear(a: argparse.Namespace) -> int:
    """Score quotes against a brat corpus."""
    from .polnear import evaluate_corpus

    try:
        evaluate_corpus(a.polnear, misses=a.misses, speech_only=a.speech_only)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


def _gold(a: argparse.Namespace) -> int:
    """Score every task the gold file annotates (or the one asked for)."""
    from ..text.articles import load_articles

    gold = load_gold(a.gold)
    try:
        arts = load_articles(a.articles) if a.articles else corpus_articles(gold)
    except MissingArticles as e:
        print(f"error: {a.gold} gives no ARTICLES and {e}", file=sys.stderr)
        return 2
    for task, (module, fn_name, scorer) in TASKS.items():
        if a.task not in ("all", task) or (a.task == "all" and not _has(gold, task)):
            continue
        try:
            fn = getattr(__import__(module, fromlist=[fn_name]), fn_name)
        except (ImportError, AttributeError) as e:  # another developer's module may not exist yet
            print(f"{task}: skipped ({module}.{fn_name} not importable: {e})")
            continue
        found = fn(arts)
        print(_table(task, scorer(gold, found)))
        if task == "quotes" and a.misses:
            print_misses(gold, found, a.misses)
        if task in ("stance", "portrayal") and a.misses:
            print_stance_misses(gold, task, found, a.misses)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print a precision/recall/F1 table per task for GOLD against its articles (or for a brat corpus)."""
    ap = parser()
    a = ap.parse_args(argv)
    if a.polnear:
        return _polnear(a)
    if not a.gold:
        ap.error("give a GOLD file, or --polnear DIR")
    return _gold(a)
