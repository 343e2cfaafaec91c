"""Partner rules of pairs named once and carried over to figures that name one side or none (rules "pair-list" and
"counter-flow" of rules.csv): a list of countries each with its figure, and the reverse flow after a bilateral one."""

from __future__ import annotations

import re

from .context import Place
from .parties import Ask, Role, partner_named
from .words_before import approx_start

_PAIR_GAP = re.compile(r"\s*[,;]?\s*(?:and\s+)?")  # "7.1 billion dlrs, Hong Kong": a list's join


def _country_before(places: list[Place], text: str, pos: int) -> tuple[int, str] | None:
    """(start, country) of a country named right before ``pos`` (one space between): "Hong Kong 6.4 billion"."""
    for p in places:
        if p[2] and p[1] + 1 == pos and text[p[1]] == " ":
            return p[0], p[2]
    return None


def listed_pair(q: Ask, found: list[Role]) -> list[Role] | None:
    """ "deficits with ... -- South Korea 7.1 billion dlrs, Hong Kong 6.4 billion and China 2.1 billion": in a list of
    countries each with its figure, the other party of the first pair ("the U.S.") is each later one's too."""
    text, prev = q.ctx.text, q.rows[-1]
    if prev.start < q.sentence.start or prev.unit != q.d.unit or len(prev.countries) != 2:
        return None
    here = _country_before(q.sentence.places, text, approx_start(text, q.d.fig.start))
    there = _country_before(q.sentence.places, text, approx_start(text, prev.start))
    if here is None or there is None or here[1] != found[0][0] or there[1] not in prev.countries:
        return None
    if here[1] in prev.countries or not _PAIR_GAP.fullmatch(text, prev.end, here[0]):
        return None
    other = next(c for c in prev.countries if c != there[1])
    return [(other, "party"), found[0]]


_COUNTER_FLOW = {"exports": "imports", "imports": "exports", "export": "import", "import": "export"}
_CONTRAST = re.compile(r"(?i)\b(?:while|whereas|but|and)\b")  # "exports to the U.S. rose ..., while imports rose"


def counter_flow(q: Ask) -> list[Role]:
    """None named: "Israeli exports to the U.S. rose ... from 417 mln dlrs to 2.3 billion, while imports rose from 888
    mln dlrs": the reverse flow right after a bilateral flow in the sentence (joined by "while", "but", "and") is
    between the same pair."""
    words = q.d.metric.split() if q.d.metric else []
    other = _COUNTER_FLOW.get(words[-1].lower()) if len(words) == 1 else None
    if other is None or partner_named(q):
        return []  # the cheap test: a bare "imports" or "exports" ("Japanese imports" names its own country)
    for r in reversed(q.rows):
        if r.start < q.sentence.start:
            return []
        if r.metric and r.metric.split()[-1].lower() == other:
            gap = q.ctx.text[r.end : q.d.fig.start]
            return [(c, "party") for c in r.countries] if len(r.countries) == 2 and _CONTRAST.search(gap) else []
    return []


# the side of a flow noun: what a country sells ("exports", "sales") or buys ("imports", "purchases")
_FLOW_SIDE = {"exports": "out", "sales": "out", "shipments": "out", "imports": "in", "purchases": "in"}


def parallel_flow(q: Ask) -> list[Role]:
    """None named: "Argentine exports of sorghum to Spain fell ..., while maize sales fell to 15,000 tonnes": a flow of
    another good on the same side, right after a bilateral flow in the sentence (joined by "while", "but", "and"), is
    between the same pair."""
    words = q.d.metric.split() if q.d.metric else []
    side = _FLOW_SIDE.get(words[-1].lower()) if 1 <= len(words) <= 2 else None
    if side is None or any(w[:1].isupper() for w in words) or partner_named(q):
        return []  # the cheap test; "Japanese sales" names its own country
    for r in reversed(q.rows):
        if r.start < q.sentence.start:
            return []
        last = r.metric.split()[-1].lower() if r.metric else ""
        if last in _FLOW_SIDE:
            gap = q.ctx.text[r.end : q.d.fig.start]
            same = _FLOW_SIDE[last] == side and len(r.countries) == 2 and _CONTRAST.search(gap)
            return [(c, "party") for c in r.countries] if same else []
    return []
