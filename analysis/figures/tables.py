"""Results tables whose lines have any label: a scaled bare amount is money in the story's currency (stage "found").

numbers.table_money knows the money labels ("Net", "Revs"); a company's table also lists its own lines ("Assets 200
billion vs 186 billion", "Building products 29 mln vs 25 mln" under a "Consumer goods 25 mln stg vs 20 mln" line).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text.rule_tables import read_table
from .candidates import Candidate
from .rules import Rules, alternation

_VS = " vs "


@cache
def _patterns(scales: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The label of a table line up to an amount (fullmatch), the words that make its numbers counts, and those of
    them that count shares."""
    scale = alternation(list(scales))
    label = re.compile(
        rf"(?i)\s*(?P<label>[A-Za-z][A-Za-z .&/'’-]{{0,40}}?)(?:\s+(?:loss|profit))?\s+"
        rf"(?:[\d,.]+\s+{scale}\s+vs\.?\s+(?:loss\s+|profit\s+)?)?"
    )
    rows = read_table("figure_table_labels.csv")
    counts = [r["word"].strip() for r in rows if r["kind"].strip() in ("count", "shares")]
    shares = [r["word"].strip() for r in rows if r["kind"].strip() == "shares"]
    return label, re.compile(rf"(?i)\b{alternation(counts)}\b"), re.compile(rf"(?i)\b{alternation(shares)}\b")


def _scales(rules: Rules) -> tuple[str, ...]:
    """The scale words of figure_units.csv ("mln", "billion"): the key of the cached patterns."""
    return tuple(sorted(w for w, u in rules.units.items() if u.kind == "scale"))


def table_lines(figs: list[Candidate], text: str, lo: int, currency: str | None, rules: Rules) -> list[Candidate]:
    """A scaled bare amount on a "<label> N mln vs M mln" line of a story whose figures so far are money takes that
    money's unit, unless the label counts things ("Avg shrs", data/figure_table_labels.csv)."""
    if currency is None and not any(f.unit in rules.currency_country for f in figs):
        return figs
    out, patterns = list(figs), None  # the patterns are looked up on the first line with an amount to read
    for i, f in enumerate(out):
        if f.unit in rules.currency_country:
            currency = f.unit  # "Pretax profit 40 mln stg vs 31 mln" on a line before, in the same sentence
        if currency is None or f.has_unit or f.move or f.fraction or f.scale == 1.0:
            continue
        nl = text.rfind("\n", lo, f.start)
        start = nl + 1 if nl >= 0 else lo
        end = text.find("\n", f.end)
        line = text[start : end if end >= 0 else len(text)]
        if _VS not in line:
            continue  # the cheap test first
        label_re, count_re, shares_re = patterns = patterns or _patterns(_scales(rules))
        m = label_re.fullmatch(text, start, f.start)
        if m and shares_re.search(m.group("label")) and f.unit in (None, "count"):
            out[i] = replace(f, unit="shares", has_unit=True, explicit=True, unit_from="table-line")
        elif m and not count_re.search(m.group("label")):
            out[i] = replace(f, unit=currency, has_unit=True, explicit=True, unit_from="table-line")
    return out
