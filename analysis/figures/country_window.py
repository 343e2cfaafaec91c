"""Where a figure's countries are named (``country_window``) and the role of each country named there (``roles``)."""

from __future__ import annotations

import re

from ..text.countries import gazetteer
from .candidates import Candidate, SentenceFigures
from .context import Context, Mentions
from .gates import first_word_match
from .parties import Role
from .rules import Rules

_JOIN = re.compile(r"(?i)^\s*(?:,|and|or|&)\s+(?:the\s+)?$")
_AND = re.compile(r"\band\b")
_IN = re.compile(r"\bin\s+$")
_AGAINST_END = re.compile(r"\bagainst\s+(?:the\s+)?$")
# "said in Tokyo that GNP fell": where the words were said, no party of the figure
_VENUE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists)|added|stated)\s+(?:here\s+)?in\s+$")


def roles(
    text: str, lo: int, hi: int, mentions: Mentions, figs: SentenceFigures, skip: list[tuple[int, int]], rules: Rules
) -> list[Role]:
    """Countries named in text[lo:hi] with their role: "partner" after to/from/with ("exports to Japan",
    "a surplus with the U.S.", and those listed with it), else "party"; a route ("via Hong Kong") or where the figure
    was given ("said in Tokyo that") is no party."""
    out: list[Role] = []
    prev_role, prev_end = None, -1
    for s, e, c in mentions.starting(lo, hi):
        if e > hi or not c or figs.covers(s) or any(a <= s < b for a, b in skip):
            continue
        before = text[max(lo, s - 24) : s]
        if rules.route.search(before) or _VENUE.search(text, max(0, s - 24), s):
            role = "route"
        elif rules.partner_before.search(before) or (prev_role == "partner" and _JOIN.match(text[prev_end:s])):
            role = "partner"
        elif _AGAINST_END.search(before) and rules.currency_after.match(text, e):
            role = "partner"  # "depreciated 85.3 pct against the Swiss franc": the other side moved
        else:
            role = "party"
        prev_role, prev_end = role, e
        if role != "route" and all(c != x for x, _ in out):
            out.append((c, role))
    return out


def named_after(
    text: str, f: Candidate, hi: int, mentions: Mentions, rules: Rules, paid_in: bool, quote: bool
) -> list[tuple[int, int]]:
    """Countries named after the figure that are no party of it: a currency something is held or paid in ("20 banks
    ... by swaps against U.S. Dollars", when ``paid_in``), the market a price is quoted in ("closed at 145.25 yen in
    Tokyo", when ``quote``)."""
    out = []
    for s, e, _ in mentions.starting(f.end, hi):
        before = text[max(f.end, s - 24) : s]
        if paid_in and rules.currency_after.match(text, e) and rules.currency_prep.search(before):
            out.append((s, e))
        elif quote and _IN.search(before) and _is_capital(text[s:e]):
            out.append((s, e))
    return out


def _is_capital(surface: str) -> bool:
    """ "Tokyo", "London": a capital's name (country_aliases.csv kind capital), where markets are."""
    return any(v.kind == "capital" for v in gazetteer().variants.get(surface, ()))


def last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no thousands separator ("84,037"), or -1."""
    c = text.rfind(",", lo, hi)
    while c >= 0 and c + 1 < len(text) and text[c + 1].isdigit() and c > 0 and text[c - 1].isdigit():
        c = text.rfind(",", lo, c)
    return c


def country_window(
    ctx: Context, f: Candidate, window: tuple[int, int], figs: SentenceFigures, rules: Rules
) -> tuple[int, int]:
    """Where a figure's countries are named: its comma-separated part of the clause ("24,391 from Australia"),
    cut at an "and" that starts the next listed figure ("a 7.1 bln surplus with the U.S. and a 5.5 bln deficit
    with Japan") and, after the figure, at the next verb or conjunction ("... with the U.S. is bound to ..."); a
    comparison ("compared with", "versus") ends it after the figure and starts it before."""
    lo, hi = window
    if f.move:
        return lo, hi
    text = ctx.text
    seg_lo = _after_contrast(text, _segment_start(text, f, lo, ctx.mentions, rules), f.start, rules)
    others = [o for o in figs.numbers_in(seg_lo, hi) if o is not f]
    prev = [o for o in others if o.end <= f.start]
    # listed groups: "19,102 from the U.S. against 16,577 and 9,933, ... and 12,611 from Indonesia against ..."
    # the cheap tests: no "and" at all between the figures (wire tables list hundreds without one)
    for i in range(len(prev) - 1, -1, -1) if prev and text.find("and", prev[0].end, f.start) >= 0 else ():
        gap_end = prev[i + 1].start if i + 1 < len(prev) else f.start  # the last "and" after a listed figure
        ands = list(_AND.finditer(text, prev[i].end, gap_end))
        if ands:
            seg_lo = max(seg_lo, ands[-1].start())
            break
    seg_hi = hi
    after = [o for o in others if o.start >= f.end]
    for a in after if after and text.find("and", f.end, after[-1].start) >= 0 else ():
        m = _AND.search(text, f.end, a.start)
        if m:
            seg_hi = min(seg_hi, m.start())
            break
    m = first_word_match(rules.window_end, rules.words.window_end, text, ctx.lower, f.end, seg_hi)
    return seg_lo, (m.start() if m else seg_hi)


def _after_contrast(text: str, lo: int, start: int, rules: Rules) -> int:
    """ "reached 107.1 pct compared with 27.9 pct for the EC": the countries of a figure after a comparison are named
    after it (those before are the first figure's)."""
    if text.find("compared", lo, start) < 0 and text.find("vs", lo, start) < 0 and text.find("versus", lo, start) < 0:
        return lo  # the cheap test
    for m in rules.contrast.finditer(text, lo, start):
        lo = m.end()
    return lo


def _segment_start(text: str, f: Candidate, lo: int, mentions: Mentions, rules: Rules) -> int:
    """After the last comma before the figure; "Japan, 9.9 pct to ...": a short name before that comma goes
    with it; a participle or a relative pronoun after it reaches back to the subject or its antecedent."""
    c = last_comma(text, lo, f.start)
    seg_lo = c + 1 if c >= 0 else lo
    if c >= 0 and not any(ch.isalpha() for ch in text[seg_lo : f.start]):
        c2 = last_comma(text, lo, c)
        head = text[(c2 + 1 if c2 >= 0 else lo) : c]
        if len(head.split()) <= 4 and not any(ch.isdigit() for ch in head):
            seg_lo = c2 + 1 if c2 >= 0 else lo
    if c < 0:
        return seg_lo
    lead = rules.seg_lead.match(text, c + 1, f.start)
    if lead and lead.group(1):
        # "South Korea was Japan's biggest market, taking 7% of its exports": the subject of the
        # participle is the clause's subject
        return lo
    if lead:
        # "the US, which quadrupled its tariff ...": the antecedent named just before the comma
        place = mentions.last_before(c)
        if place is not None and place[0] >= lo and not text[place[1] : c].strip(" '’s"):
            return place[0]
    return seg_lo
