"""The countries of a figure."""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import _Doc
from .numbers import _Fig
from .rules import _Rules

_ROUTE = re.compile(r"(?i)\b(?:via|through|transiting|off|off the coast of|outside|excluding|except)\s+(?:the\s+)?$")


_PARTNER = re.compile(r"(?i)\b(?:to|from|with|into|towards)\s+(?:the\s+)?$")


_JOIN = re.compile(r"(?i)^\s*(?:,|and|or|&)\s+(?:the\s+)?$")


_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")


_AND = re.compile(r"\band\b")


_COMMA = re.compile(r",(?!\d)")


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no thousands separator ("84,037"), or -1."""
    c = text.rfind(",", lo, hi)
    while c >= 0 and c + 1 < len(text) and text[c + 1].isdigit() and c > 0 and text[c - 1].isdigit():
        c = text.rfind(",", lo, c)
    return c


_SEG_LEAD = re.compile(
    r"\s*(?:([a-z]{3,}ing)\b(?<!\bbring)(?<!\bthing)(?<!\bnothing)(?<!\bduring)|(which|who|whose)\b)"
)


_ASIDE = re.compile(r",\s*(?:(?:of|in|to) which|which|who|whose|where)\b[^,;]*,")


_FWD_STOP = re.compile(
    r"(?i)\b(?:is|was|are|were|as|because|after|before|since|which|who|while|when|but|said|says|in favou?r of)\b"
)


_HOME_GAP = re.compile(
    r"(?i)\b(?:to|from|with|via|through|of|and|or|in|on|for|at|by|is|was|will|would|said|says)\b|[,;.:]"
)


def _roles(text: str, lo: int, hi: int, mentions, skip=()) -> list[tuple[str, str]]:
    """Countries named in text[lo:hi] with their role: "partner" after to/from/with ("exports to Japan",
    "a surplus with the U.S.", and those listed with it), else "party"; a route ("via Hong Kong") is no party."""
    starts, items = mentions
    out: list[tuple[str, str]] = []
    prev_role, prev_end = None, -1
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        s, e, c = items[k]
        if e > hi or not c or any(a <= s < b for a, b in skip):
            continue
        before = text[max(lo, s - 24) : s]
        if _ROUTE.search(before):
            role = "route"
        elif _PARTNER.search(before) or (prev_role == "partner" and _JOIN.match(text[prev_end:s])):
            role = "partner"
        else:
            role = "party"
        prev_role, prev_end = role, e
        if role != "route" and all(c != x for x, _ in out):
            out.append((c, role))
    return out


def _country_window(text: str, f: _Fig, lo: int, hi: int, sfigs: list, mentions=((), ())) -> tuple[int, int]:
    """Where a figure's countries are named: its comma-separated part of the clause ("24,391 from Australia"),
    cut at an "and" that starts the next listed figure ("a 7.1 bln surplus with the U.S. and a 5.5 bln deficit
    with Japan") and, after the figure, at the next verb or conjunction ("... with the U.S. is bound to ...")."""
    if f.qualitative:
        return lo, hi
    c = _last_comma(text, lo, f.start)
    seg_lo = c + 1 if c >= 0 else lo
    if c >= 0 and not any(ch.isalpha() for ch in text[seg_lo : f.start]):
        c2 = _last_comma(text, lo, c)  # "Japan, 9.9 pct to ...": a short name before the comma goes with it
        head = text[(c2 + 1 if c2 >= 0 else lo) : c]
        if len(head.split()) <= 4 and not any(ch.isdigit() for ch in head):
            seg_lo = c2 + 1 if c2 >= 0 else lo
    if c >= 0:
        lead = _SEG_LEAD.match(text, c + 1, f.start)
        if lead and lead.group(1):
            # "South Korea was Japan's biggest market, taking 7% of its exports": the subject of the
            # participle is the clause's subject
            seg_lo = lo
        elif lead:
            # "the US, which quadrupled its tariff ...": the antecedent named just before the comma
            starts, items = mentions
            k = bisect_left(starts, c) - 1
            if k >= 0 and items[k][0] >= lo and not text[items[k][1] : c].strip(" '’s"):
                seg_lo = items[k][0]
    seg_hi = hi
    others = [o for o in sfigs if not o.qualitative and o is not f and seg_lo <= o.start < seg_hi]
    prev = [o for o in others if o.end <= f.start]
    nxt = [o for o in others if o.start >= f.end]
    # listed groups: "19,102 from the U.S. against 16,577 and 9,933, ... and 12,611 from Indonesia against ..."
    for i in range(len(prev) - 1, -1, -1):  # the last "and" after a listed figure, nearest first
        gap_end = prev[i + 1].start if i + 1 < len(prev) else f.start
        m = None
        for m in _AND.finditer(text, prev[i].end, gap_end):
            pass
        if m:
            seg_lo = max(seg_lo, m.start())
            break
    for a in nxt:
        m = _AND.search(text, f.end, a.start)
        if m:
            seg_hi = min(seg_hi, m.start())
            break
    m = _FWD_STOP.search(text, f.end, seg_hi)
    if m:
        seg_hi = m.start()
    return seg_lo, seg_hi


def _home(doc: _Doc, items, base: int, lede: bool, r: _Rules) -> str | None:
    """The story's own country: one that owns a measure ("Japan's trade surplus", "Soviet sugar imports",
    "exports of American wine") in the first sentences, or the subject opening the lede ("Taiwan plans ...")."""
    text = doc.text
    for s, e, c in items:
        if not c:
            continue
        before = text[max(0, s - 24) : s]
        if _ROUTE.search(before) or _PARTNER.search(before) or _BETWEEN.search(before):
            continue
        if re.search(r"(?i)\b(?:exports|sales|shipments) of\s+$", before):
            return c
        for ms, _, _ in doc.metrics.between(e, e + 45):
            if (
                not _HOME_GAP.search(text, e, ms)
                or re.fullmatch(r"['’]s\b.*", text[e:ms].split(",")[0])
                and not _HOME_GAP.search(text, e + 2, ms)
            ):
                return c
            break
        if lede and not text[base:s].strip(" \"“'‘(").lower().removeprefix("the").strip():
            return c
    return None


_BILATERAL = re.compile(
    r"(?i)\b(?:bilateral|two-way)\b|\b(?:the two|both)\s+(?:countries|nations|sides|neighbou?rs|economies)\b"
)


def _story_pair(rows: list, mentions, upto: int, home) -> list | None:
    """The two parties of the story: those of the last figure naming two, else the story's own country and
    the country named most often so far ("bilateral trade", "between the two countries")."""
    for row in reversed(rows):
        if len(row["countries"]) == 2:
            return list(row["countries"])
    if home:
        counts: dict = {}
        for s, _, c in mentions[1]:
            if s < upto and c and c != home:
                counts[c] = counts.get(c, 0) + 1
        if counts:
            return [home, max(counts, key=counts.get)]
    return None
