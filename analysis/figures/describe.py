"""What a figure measures (metric), what kind of quantity it is, which way it moved; moves without a number."""

from __future__ import annotations

import math
import re

from .context import _Doc, _in_mentions
from .numbers import _APPROX, _approx_start, _Fig, _prev_word
from .rules import _Rules


def _noun_phrase_after(text: str, pos: int, limit: int, r: _Rules) -> str | None:
    """The noun phrase right after a count or "of": "cases of unauthorised exports of strategic goods"."""
    words = []
    first = True
    for m in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", text[pos:limit]):
        w = m.group()
        lw = w.lower()
        if not w[0].isalpha():
            break
        if lw == "of" and words and not first:
            words.append(w)
            first = True
            continue
        if (
            lw in r.words["stop"]
            or lw in r.words["report"]
            or (lw in r.directions and not first)
            or (not first and lw.endswith("ed"))
            or len(words) >= 8
        ):
            break
        words.append(w)
        first = False
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words) or None


def _metric_before(doc: _Doc, lo: int, hi: int, r: _Rules) -> tuple[str, int, str] | None:
    """The last metric noun in text[lo:hi], with up to two modifiers before it ("iron ore imports")."""
    hits = doc.metrics.between(lo, hi)
    if not hits:
        return None
    start, end, phrase = hits[-1]
    text = doc.text
    for w in reversed(list(re.finditer(r"[A-Za-z][\w-]*(?:['’]s)?", text[max(lo, start - 30) : start]))[-2:]):
        ws = max(lo, start - 30) + w.start()
        lw = w.group().lower()
        if (
            text[ws + len(w.group()) : start].strip()
            or lw in r.words["stop"]
            or lw in r.words["report"]
            or lw in r.directions
            or lw.endswith(("'s", "’s"))
            or _in_mentions(ws, doc.mentions)
            or lw in r.calendar
            or lw in r.metrics
        ):
            break
        start = ws
    return " ".join(text[start:end].split()), start, r.metrics[phrase]


_ELLIPSIS = re.compile(r"\s+to\s+(?:[$€£¥]|US\$|\d)")


def _direction_of(doc: _Doc, fig: _Fig, lo: int, others: list[_Fig], r: _Rules) -> str | None:
    """The direction of a change, or None when the figure is a level."""
    text = doc.text
    # "up 5 pct", "down 3 pct", "up roughly 20%", "down by about a quarter"
    ast = _approx_start(text, fig.start)
    pw, pws = _prev_word(text, ast)
    if pw.lower() == "by":
        pw2, pws2 = _prev_word(text, pws)
        if "adverb" in r.directions.get(pw2.lower(), {}) and not text[pws2 + len(pw2) : pws].strip():
            return r.directions[pw2.lower()]["adverb"]
    if pw and not text[pws + len(pw) : ast].strip() and "adverb" in r.directions.get(pw.lower(), {}):
        return r.directions[pw.lower()]["adverb"]
    # "42 pct of exports last year, down from 47 pct": the level carries the move stated after it
    um = _UP_FROM.match(text, fig.end) if "from" in text[fig.end : fig.end + 90] else None
    if um and not any(fig.end < o.start < fig.end + um.end() - fig.end for o in others if not o.qualitative):
        return r.directions[um.group(1).lower()]["adverb"]
    # "hit a record $65.7 billion", "fell to a record low of ..."
    rec = _RECORD.search(text, max(lo, fig.start - 50), ast) if "record" in text[max(0, fig.start - 40) : ast] else None
    if rec and not any(lo <= o.start < fig.start for o in others if o is not fig and not o.qualitative):
        return "decrease" if (rec.group(1) or "").lower() == "low" else "increase"
    # "sales were 2.3 bln yen, compared with 4.1 bln yen a year earlier": a level set against an earlier one
    cm = _COMPARED.match(text, fig.end) if "compared" in text[fig.end : fig.end + 80] else None
    if cm:
        nxt = next((o for o in others if not o.qualitative and o.start >= fig.end), None)
        if (
            nxt is not None
            and nxt.unit == fig.unit
            and fig.unit not in (None, "count", "percent")
            and _approx_start(text, nxt.start) <= fig.end + cm.end() - fig.end <= nxt.start
            and nxt.value != fig.value
            and not any(lo <= o.start < fig.start for o in others if not o.qualitative and o is not fig)
        ):
            return "increase" if fig.value > nxt.value else "decrease"
    # "a 5 pct rise", "5 pct higher"
    nm = re.match(r"\s*([A-Za-z]+)", text[fig.end : fig.end + 20])
    if nm:
        d = r.directions.get(nm.group(1).lower(), {})
        if "noun" in d or "after" in d:
            return d.get("noun") or d.get("after")
    # "rose 5 pct", "a rise of 5 pct", "fell sharply by 3 pct"; not "rose to 5 pct" (a level)
    last = None
    for s, e, w in doc.directions.between(lo, fig.start):
        d = r.directions[w]
        if "verb" in d or "noun" in d:
            last = (e, d.get("verb") or d.get("noun"))
    if last is None:
        return None
    if any(last[0] <= o.start < fig.start for o in others if o is not fig and not o.qualitative):
        return None  # "rose 27% to 1.05 million": the level after a change has no direction of its own
    gap = _APPROX.sub("", text[last[0] : fig.start])  # "cuts of up to 50 pct", "rose by about 5 pct"
    if _TO_REACHED.fullmatch(gap):
        # "dropped to 13.9%", "more than doubled to an average of 1.66 mln", "quadrupled its tariff to 100 pct":
        # a level moved by a verb with no change figure of its own carries the move
        return last[1]
    if re.search(r"[,;]|\d|\b(?:to|from|at|than|vs|against|and|was|were|is|are)\b", gap, re.I) or len(gap.split()) > (
        8 if re.search(r"(?i)\bby\s*$", gap) else 5
    ):  # "cut prices in Britain by 3%"
        return None
    return last[1]


_COMPARED = re.compile(r"(?i)(?:\s+[^\s,;]+){0,6}?,?\s+compared (?:with|to)\s+")


_UP_FROM = re.compile(r"(?i)(?:\s+(?!up\b|down\b)[^\s,;]+){0,8}?,?\s+(up|down)\s+from\b")


_RECORD = re.compile(
    r"(?i)\b(?:hit|hits|hitting|reached|reach|reaches|reaching|touched|set|at)\s+(?:an?\s+)?(?:new\s+)?"
    r"(?:all-time\s+)?record(?:\s+(high|low))?(?:\s+of)?\s*$"
)


_TO_REACHED = re.compile(
    r"(?i)\s*(?:[\w'’-]+\s+){0,5}?to\s+(?:(?:an?|the)\s+)?(?:(?:average|total|record|high|low|level|peak)\s+"
    r"(?:of\s+)?)?"
)


_PREPOSITIONS = {"on", "of", "for", "in", "with", "by", "at", "from", "into", "about"}


_COMPARATIVE = re.compile(r"(?i)\s+(?:much\s+)?(?:faster|slower|more|less|further)\b")


_OBJECT = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "them"}


def _qualitative(doc: _Doc, lo: int, hi: int, figs: list[_Fig], r: _Rules) -> list[_Fig]:
    """Moves without a number: a metric noun followed by a direction verb ("Iron ore imports ... surged")."""
    out = []
    text = doc.text
    for s, e, w in doc.directions.between(lo, hi):
        d = r.directions[w]
        # only a finite move: "surged", "fell", "has grown"; not "tariff cuts", "export gains" (nouns),
        # "rising imports" (an adjective) or "will rise" (a forecast)
        if "verb" not in d or "noun" in d or w.endswith(("ing", "s")):
            continue
        nw = re.match(r"\s+([A-Za-z][\w'’]*)", text[e : e + 30])
        if nw and (nw.group(1)[0].isupper() and nw.group(1) not in r.calendar or nw.group(1).lower() in _OBJECT):
            continue  # a transitive verb with an object: "the reserves weakened Taiwan's position"
        pw = _prev_word(text, s)[0].lower()
        if pw in r.words["definite"] or pw in r.words["modal"] or pw in ("a", "an", "this", "that"):
            continue
        if pw in _PREPOSITIONS or _COMPARATIVE.match(text, e):
            continue  # "controls on advanced chips" (an adjective); "imports fell faster than exports" (a comparison)
        if any(s <= f.start < hi for f in figs):
            continue  # the verb already describes a figure
        met = _metric_before(doc, max(lo, s - 80), s, r)
        gap = text[met[1] + len(met[0]) : s] if met else ""
        # the metric must be the subject of this verb: close, not negated, not inside another clause
        if (
            met is None
            or len(text[met[1] : s].split()) > 8
            or re.search(r"[,;:()]", text[met[1] : s])
            or re.search(r"(?i)\b(?:not|never|where|which|that|and|or)\b|n't", gap)
        ):
            continue
        f = _Fig(met[1], e, met[1], math.nan, None, qualitative=True)
        f.direction = r.directions[w]["verb"]  # type: ignore[attr-defined]
        out.append(f)
    return out
