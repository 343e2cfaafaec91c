"""The direction rules of a level reached, brought to or held: "reached 58.6 bln", "hit a record 65.7 bln",
"bringing the number to 4.2 mln" (moves), "kept its rate at 3.5 pct", "steady around 1.3 bln" (no move)."""

from __future__ import annotations

import re

from .near import HARDLY, NEXT_WORD, Near
from .words_before import prev_word

# a cap ("a payment that could reach 350 mln") or a condition ("until prices reach 20 dlrs"); "exports could reach 2
# mln tonnes" stays a forecast rise, like "is projected to top"
_CONDITION = re.compile(
    r"(?i)\b(?:(?:that|which)\s+(?:could|might|may)(?:\s+[a-z]+ly)?|(?:until|unless|if|whether)(?:\s+[a-z]+){0,3})\s+$"
)
_ADVERB_AFTER = re.compile(r",\s+([A-Za-z]+)")
_PEAK_AT = re.compile(r"\bpeak(?:ed|ing)? at\b")
_PERFECT_FIXED = re.compile(r"(?i)\b(?:has|have|had)\s+been\s+(?:[a-z]+ly\s+)?(?:fixed|pegged|frozen)\s+at\s+$")
_SINCE_AFTER = re.compile(r"[^.;]{0,40}?\bsince\b")  # not "the coupon has been fixed at 7.5 pct": a new issue's terms
_WITHIN = re.compile(r"\s+within\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$")  # "to remain within a 3.7 to 4 pct range"
_SET_APART = frozenset({"under", "over", "above", "below", "short"})  # "remain 47 pct under": a gap, not a level


def reached_level(q: Near) -> str | None:
    """ "the surplus, which reached 58.6 bln dlrs", "was projected to top 10 bln", "hit a 52-week low of 115 dlrs"
    (decrease): a level reached is where a rise (or, to a low, a fall) took the quantity."""
    window = q.text[max(q.lo, q.fig.start - 60) : q.hedge]
    if (
        "reach" not in window
        and "top" not in window
        and "hit" not in window
        and "touch" not in window
        and ("peak" not in window or not _PEAK_AT.search(window))  # "peaked at", not "to a peak 101.8 bln"
    ):
        return None  # the cheap test
    m = q.rules.reached.search(q.text, max(q.lo, q.fig.start - 60), q.hedge)
    if m is None or (m.group(1) and not m.group(2)) or q.figure_between(m.start(), q.fig.start):
        return None  # "hit 5 bln" is no reach: only "hit a high/low/record"
    if _CONDITION.search(q.text, max(q.lo, m.start() - 30), m.start()):
        return None  # "a payment that could reach 350 mln dlrs", "until prices reach": a cap or a condition, no move
    after = _ADVERB_AFTER.match(q.text, q.fig.end)  # "reached 5 bln, down 3 pct": the adverb says it
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if d and d.adverb:
        return d.adverb
    return "decrease" if "low" in (m.group(2) or "", m.group(3) or "") else "increase"


def brought_to_level(q: Near) -> str | None:
    """ "bringing the number of unemployed to 4.2 mln", "brings to 157 the number of goods": a total brought to a
    level grew by what was added to it."""
    if q.prev.lower() not in ("to", "of"):
        return None  # the cheap test: "to" (or "a total of") right before the figure, a word of bringing before
    window = q.text[max(q.lo, q.hedge - 70) : q.hedge]
    if "bring" not in window and "brought" not in window:
        return None
    if q.rules.brought_to.search(q.text, max(q.lo, q.hedge - 70), q.hedge):
        return "increase"
    before = q.rules.bring_to.search(q.text, max(q.lo, q.hedge - 70), q.hedge)
    if before and before.group().rstrip().endswith("of"):
        return "increase"  # "bring Lufthansa's purchases to a total of 34"
    return "increase" if before and q.rules.total_after.match(q.text, q.fig.end) else None


def held_at_level(q: Near) -> str | None:
    """ "kept its discount rate at 3.5 pct", "sustain their average growth at 2.5 to three pct": a verb that holds its
    object at a level says the level did not move; so does a verb of staying right before it ("could remain around
    18 dlrs", "stayed near 3 pct")."""
    if q.prev.lower() in q.rules.words.stay_verb:
        nm = NEXT_WORD.match(q.text, q.fig.end, q.fig.end + 20)
        after = nm.group(1).lower() if nm else ""
        return None if after in q.rules.directions or after in _SET_APART else "unchanged"
    if q.prev.lower() != "at":
        return None  # the cheap test: "at" right before the figure
    if _PERFECT_FIXED.search(q.text, max(q.lo, q.hedge - 40), q.hedge) and _SINCE_AFTER.match(q.text, q.fig.end):
        return "unchanged"  # "has been pegged at 3.671 to the dollar since 1980": a level kept since a time
    return "unchanged" if q.rules.held_at.search(q.text, max(q.lo, q.fig.start - 70), q.hedge) else None


def held_within(q: Near) -> str | None:
    """ "expected rates to remain within a 3.70 to four pct range", "kept the currency within a 2.25 pct band": a verb
    that holds its object within a range says it did not move."""
    window = q.text[max(q.lo, q.hedge - 80) : q.hedge]
    if "within" not in window:
        return None  # the cheap test
    m = _WITHIN.search(window)
    if m is None:
        return None
    held = q.rules.held_at.search(window[: m.start()] + " at ")  # the hold verb and its object, as before "at"
    return "unchanged" if held else None


def record_level(q: Near) -> str | None:
    """ "hit a record $65.7 billion" (increase), "fell to a record low of ..." (decrease)."""
    start = q.fig.start
    if "record" not in q.text[max(0, start - 40) : q.hedge]:
        return None
    rec = q.rules.record.search(q.text, max(q.lo, start - 50), q.hedge)
    if rec and not q.figure_between(rec.start(), start):
        return "decrease" if (rec.group(1) or "").lower() == "low" else "increase"
    return None


def steady_hedged(q: Near) -> str | None:
    """ "purchases steady around 1.3 bln marks", "stable near 300 dlrs": a level said to hold, a hedge before it."""
    if q.hedge >= q.fig.start:
        return None  # the cheap test: a hedge right before the figure
    d = q.rules.directions.get(q.prev.lower())
    if d is None or d.after != "unchanged" or not q.text[q.prev_start + len(q.prev) : q.hedge].isspace():
        return None  # "purchases steady, only 2.2 bln": a comma ends the level held
    changed = q.prev.lower() == "changed"  # "little changed around 1.83" held; "changed around" is no word of it
    return None if changed and prev_word(q.text, q.prev_start)[0].lower() not in HARDLY else "unchanged"
