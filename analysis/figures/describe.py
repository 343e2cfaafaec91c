"""What a figure measures (``metric``), what kind of quantity it is (``quantity``) and which way it moved
(``direction``), with the name of the rule that set the direction.

The direction rules are in ``directions.py`` (tried in the order of its ``DIRECTION_RULES``), then those of
``carried.py``; a figure none of them moves is a level (or a count, or a share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .candidates import Candidate, SentenceFigures
from .carried import (
    LEVEL_RULES,
    change_to_level,
    comma_listed_change,
    listed_change,
    listed_level,
    listed_rate,
    rate_pronoun,
    restated_change,
)
from .compared_changes import compared_change
from .context import Context, Sentence
from .directions import direction_of
from .near import Near
from .rates import Rate, currency_move, exchange_rate
from .regexes import CLAUSE_COMMA, WORD_AFTER
from .rows import FigureRow
from .rules import Rules
from .to_from import level_to_from
from .valuations import valuation_pair

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|[^\sA-Za-z]")  # "U.S." is one word
_MODIFIER = re.compile(r"[A-Za-z][\w-]*(?:['’]s)?")
_OF = re.compile(r"\s+(?:of|in|worth of)\s+")  # "3 mln dlrs of exports", "$5 billion worth of goods"
_SHARE_OF = re.compile(r"\s+of\b")
# "the terms of trade": a ratio of export to import prices, a measure of its own, not trade
_TERMS_OF = re.compile(r"(?i)\bterms\s+of\s+$")
_RESTATED_BEFORE = re.compile(r" or |\($")  # ", or 1.4 pct", "(7.2 bln dollars)": a figure restated
# "growth was estimated to be 9 pct", "an officially estimated 50 bln": a passive or a modifier, not a reporting clause
_NO_REPORT_BEFORE = re.compile(r"(?i)\b(?:is|was|were|are|been|be|an?|the)\s+(?:[a-z]+ly\s+)?$")
# report words that are also nouns or adjectives: after an owner (and a modifier) or right after a past verb they
# name a figure, they report nothing ("his earnings estimates", "the bank's reports", "lowered estimated growth")
_AT_AFTER = re.compile(r" at ")
_ONLY_JOINERS = re.compile(r"(?i)[\s,]*(?:(?:but|and|while|whereas|the|both)[\s,]+)*")  # between proposing countries
_NOUN_REPORTS = frozenset({"estimates", "estimated", "reports"})
_NOUN_REPORT_BEFORE = re.compile(r"(?i)(?:\b(?:its|his|her|their|our)|['’]s)\s+(?:[a-z]+\s+)?$|\b[a-z]{3,}ed\s+$")


@dataclass(slots=True)
class Metric:
    """A metric noun before a figure, with up to two modifiers ("iron ore imports")."""

    text: str
    start: int
    kind: str  # flow | measure (figure_metrics.csv)


@dataclass(slots=True)
class Described:
    """A candidate figure with what it measures and which way it moved."""

    fig: Candidate
    clause: tuple[int, int]  # the clause it is in
    window: tuple[int, int]  # its part of the clause: after a reporting verb, up to the next comma
    metric: str | None
    kind: str | None  # flow | measure, of the metric
    unit: str | None  # "count" for a bare number; None for a move without a number
    quantity: str  # level | change | share | count
    direction: str | None  # increase | decrease
    direction_rule: str | None  # the rule that set the direction (stage "direction" of rules.csv)
    rate: Rate | None = None  # an exchange rate: its pair's unit and countries (rates.py)


def describe(
    ctx: Context, sentence: Sentence, fig: Candidate, figs: SentenceFigures, rows: list[FigureRow], rules: Rules
) -> Described:
    """Metric, unit, quantity and direction of ``fig``, one of the sentence's figures ``figs``."""
    text = ctx.text
    lo, hi = next(((a, b) for a, b in sentence.clauses if a <= fig.start < b), (sentence.start, sentence.end))
    wlo = _window_start(text, ctx.words.reports.between(lo, fig.start), lo)
    wlo = _after_proposers(ctx, wlo, fig.start, rules)
    cm = CLAUSE_COMMA.search(text, fig.end, hi)
    whi = cm.start() if cm else hi
    metric, kind = _metric(ctx, fig, wlo, whi, rules)
    unit = fig.unit if fig.unit else (None if fig.move else "count")
    rate = _rate_of(ctx, sentence, fig, unit, rules)
    if rate is not None:
        unit = rate.unit
    if fig.move:
        return Described(fig, (lo, hi), (wlo, whi), metric, kind, unit, "change", fig.direction, "move-verb")
    near = Near(ctx, fig, wlo, figs, rules)
    direction, rule = direction_of(near)
    if direction is None:
        direction, rule = _carried(ctx, sentence, fig, unit, rows, rules, lo)
    if direction is None:
        direction = level_to_from(near)
        rule = "level-to-from" if direction else None
    if direction is None:  # "rise by 5.5 pct in 1988, down from 6.5 pct in 1986"
        direction = compared_change(ctx, sentence, fig, rows)
        rule = "compared-change" if direction else None
    direction, rule = _no_change(ctx, sentence, fig, unit, (direction, rule), rules)
    quantity = _quantity(text, fig, unit, direction, rule)
    return Described(fig, (lo, hi), (wlo, whi), metric, kind, unit, quantity, direction, rule, rate)


def _carried(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rows: list[FigureRow], rules: Rules, lo: int
) -> tuple[str | None, str | None]:
    """The direction carried from the rows already written (carried.py), in their order."""
    direction, rule = None, None
    if unit == "percent" or _RESTATED_BEFORE.search(ctx.text, max(lo, fig.start - 12), fig.start):
        direction, rule = restated_change(ctx, sentence, fig, rows, rules)
    if direction is None and unit and unit != "count":
        direction, rule = listed_change(ctx, sentence, fig, unit, rows, rules)
    if direction is None and unit == "percent":
        direction, rule = rate_pronoun(ctx, sentence, fig, unit, rows)
    if direction is None and unit and " per " in unit:
        direction, rule = listed_rate(ctx, sentence, fig, unit, rows)
    if direction is None and unit == "percent":
        direction, rule = comma_listed_change(ctx, sentence, fig, rows, rules)
    if direction is None:
        direction, rule = change_to_level(ctx, sentence, fig, rows, rules)
    if direction is None:
        direction, rule = listed_level(ctx, sentence, fig, unit, rows, rules)
    return direction, rule


def _window_start(text: str, reps: list[tuple[int, int, str]], lo: int) -> int:
    """Where the figure's window starts: after the last reporting verb of its clause that starts a clause of its own."""
    for s, e, w in reversed(reps):
        if _NO_REPORT_BEFORE.search(text, max(lo, s - 20), s):
            continue  # "growth was estimated to be", "an officially estimated"
        if w.lower() in _NOUN_REPORTS and (
            _NOUN_REPORT_BEFORE.search(text, max(lo, s - 30), s) or _AT_AFTER.match(text, e)
        ):
            continue  # "raised his earnings estimates to", "lowered estimated GDP growth to": a noun or an adjective;
            # "inflation now estimated at 8.8 pct": a passive participle
        return e  # "X said", "figures showed"
    return lo


def _after_proposers(ctx: Context, wlo: int, pos: int, rules: Rules) -> int:
    """ "West Germany and Britain called for the rise to be kept to 30 pct": countries that propose or call for a
    figure give it, they are not its partners; the window starts after their verb (figure_words.csv, kind proposal),
    unless it names a country they address."""
    m = rules.proposal.search(ctx.text, wlo, pos)
    if m is None:
        return wlo
    rest = ctx.text[wlo : m.start()]
    places = ctx.mentions.starting(wlo, m.start())
    if not places or ctx.mentions.starting(m.end(), pos):
        return wlo  # "the Soviet Union urged Japan to increase the amount to": a demand between two parties
    for start, end, _ in reversed(places):
        rest = rest[: start - wlo] + rest[end - wlo :]
    return m.end() if _ONLY_JOINERS.fullmatch(rest) else wlo


def _rate_of(ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rules: Rules) -> Rate | None:
    """The exchange rate the figure gives, or the currency pair of a percent move ("up 85 pct against the dollar")."""
    if unit == "percent":  # "up 85 pct against the dollar", "a 48 pct devaluation of its pound against the dollar"
        if ctx.text.startswith(" against ", fig.end):
            return currency_move(ctx, sentence, fig, rules)
        return valuation_pair(ctx, fig, rules)
    return exchange_rate(ctx, sentence, fig, rules) if fig.scale == 1.0 else None


def _no_change(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, found: tuple, rules: Rules
) -> tuple[str | None, str | None]:
    """The direction found, unless the figure is a profit booked or a spread over a benchmark (no change)."""
    direction, rule = found
    if direction == "increase" and _accounting_gain(ctx, sentence, fig, unit, rules):
        return None, "accounting-gain"
    if rule == "word-after" and rules.spread_after.match(ctx.text, fig.end):
        return None, "benchmark-spread"  # "60 basis points above LIBOR", "1 mln bpd above its ceiling"
    return direction, rule


def _accounting_gain(ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rules: Rules) -> bool:
    """ "net includes an extraordinary gain of 784,000 dlrs", "a gain of 1.1 mln dlrs on the sale": money after
    "gain" in a sentence with an accounting word is a profit booked (an amount), not a rise."""
    near = ctx.text[max(sentence.start, fig.start - 50) : fig.end + 12].lower()
    money = unit.split(" ")[0].removesuffix("/share") if unit else ""  # "a gain of 12 cts a share" too
    if "gain" not in near or money not in rules.currency_country or " per " in unit:
        return False  # the cheap test: no "gain" near a money figure
    return rules.accounting_word.search(ctx.text, sentence.start, sentence.end) is not None


def _quantity(text: str, fig: Candidate, unit: str | None, direction: str | None, rule: str | None) -> str:
    """count, change, share or level."""
    if unit == "count" and direction is None:
        return "count"
    if direction is not None and rule not in LEVEL_RULES:
        return "change"
    if fig.fraction or (unit == "percent" and _SHARE_OF.match(text[fig.end : fig.end + 5])):
        return "share"
    return "level"


# --- metric ----------------------------------------------------------------------------------------------
def _metric(ctx: Context, f: Candidate, wlo: int, whi: int, rules: Rules) -> tuple[str | None, str | None]:
    """The noun phrase a count counts ("156 cases of ..."), the noun after "of" ("$5 bln of exports"), or
    the metric noun before the figure ("exports rose 5 pct"); with its kind (flow or measure)."""
    text = ctx.text
    metric, kind = None, None
    if f.move:
        met = metric_before(ctx, f.start, f.end, rules)
        metric, kind = (met.text, met.kind) if met else (None, None)
    elif f.unit == "count" or not f.explicit:
        metric = noun_phrase_after(text, f.end, whi, rules)
    else:
        of = _OF.match(text[f.end : whi])
        if of:
            metric = noun_phrase_after(text, f.end + of.end(), whi, rules)
    named = _metric_right_after(ctx, f.end, whi, rules) if f.unit == "percent" else None
    if named:  # "100 pct tariffs": the noun the rate is of, not a metric word earlier in the sentence
        return named
    if metric is None or f.unit == "percent":
        met = metric_before(ctx, wlo, f.start, rules)
        if met and (metric is None or f.unit == "percent" and not f.fraction):
            metric, kind = met.text, met.kind
    if kind is None and metric:
        kind = rules.metrics.get(metric.split()[-1].lower())
    return metric, kind


def _metric_right_after(ctx: Context, end: int, limit: int, rules: Rules) -> tuple[str, str] | None:
    """A metric noun of the table right after a percent ("100 pct tariffs", "a 5 pct stake")."""
    hits = ctx.words.metrics.between(end, min(limit, end + 40))
    if not hits or ctx.text[end : hits[0][0]].strip():
        return None
    start, stop, phrase = max((h for h in hits if h[0] == hits[0][0]), key=lambda h: h[1])  # "import duties"
    return " ".join(ctx.text[start:stop].split()), rules.metrics[phrase]


def _of_people(text: str, hit: tuple[int, int, str], rules: Rules) -> bool:
    """ "Trade sources said", "trade officials", "the Trade Representative", "its Production and Trade Report": the
    metric word names who speaks or is part of a name, not what the figure measures."""
    m = WORD_AFTER.match(text, hit[1])
    if not m:
        return False
    if text[hit[0]].isupper() and m.group(1)[0].isupper():
        return True  # a capitalised metric word before a capitalised word: a name ("Trade Act", "Exports Board")
    return m.group(1).lower() in rules.words.counted_party


def noun_phrase_after(text: str, pos: int, limit: int, rules: Rules) -> str | None:
    """The noun phrase right after a count or "of": "cases of unauthorised exports of strategic goods"."""
    words: list[str] = []
    first = True
    for m in _WORD.finditer(text[pos:limit]):
        w = m.group()
        lw = w.lower()
        if not w[0].isalpha() or (first and w in rules.calendar):
            break  # "28.00 billion in January": a date, not what the figure counts
        if w.endswith("."):
            continue  # "tonnes of U.S. corn": the country's initials modify the noun, which is the metric
        if lw == "of" and words and not first:
            words.append(w)
            first = True
            continue
        if (
            lw in rules.words.stop
            or lw in rules.words.report
            or (lw in rules.directions and not first)
            or (not first and lw.endswith("ed"))
            or len(words) >= 8
        ):
            break
        words.append(w)
        first = False
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words) or None


def metric_before(ctx: Context, lo: int, hi: int, rules: Rules) -> Metric | None:
    """The last metric noun in text[lo:hi], with up to two modifiers before it ("iron ore imports")."""
    text = ctx.text
    hits = [h for h in ctx.words.metrics.between(lo, hi) if not _of_people(text, h, rules)]
    if not hits:
        return None
    start, end, phrase = hits[-1]
    terms = _TERMS_OF.search(text, max(lo, start - 12), start) if phrase == "trade" else None
    if terms:
        return Metric("terms of trade", terms.start(), "measure")
    for w in reversed(list(_MODIFIER.finditer(text[max(lo, start - 30) : start]))[-2:]):
        # the offset is taken from the moved ``start``: the second modifier is misplaced unless ``lo`` bounds
        # both windows (behaviour kept as found; see CONTRIBUTING.md, known issues)
        ws = max(lo, start - 30) + w.start()
        lw = w.group().lower()
        if (
            text[ws + len(w.group()) : start].strip()
            or lw in rules.words.stop
            or lw in rules.words.report
            or lw in rules.directions
            or lw.endswith(("'s", "’s"))
            or ctx.mentions.covers(ws)
            or lw in rules.calendar
            or lw in rules.metrics
        ):
            break
        start = ws
    return Metric(" ".join(text[start:end].split()), start, rules.metrics[phrase])
