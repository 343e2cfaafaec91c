"""The unit of a number written without one: from the figure it is listed or compared with (``inherit_units``),
a results table's money lines, a money noun, a share price quoted in fractions (stage "found": "unit-from-...")."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidates import Candidate
from .rules import Rules

PERCENT_UNITS = frozenset({"percent", "percentage points"})
_BARE_AFTER = re.compile(r"(?i)\s*(?:[,.;)]|$|(?:from|in|against|and|or|compared|versus|vs|a|the|last|this|to)\b)")
_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to)\s*")
# between a bare scaled number and the figure that gives its unit: "5.2 billion from", "3.1 billion in January against"
_LATER_GAP = re.compile(
    r"(?:\s+(?:in|at|on|for)\s+[\w -]{1,25}?)?,?\s+(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:an?\s+|the\s+)?(?:revised\s+|estimated\s+)?"
)
_FROM_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rose|rising|fell|falling|increased|decreased|revised)(?:\s+[a-z]+ly)?\s+from\s+$"
)  # "up from 27.51", "(revised from 889.5)"
# "236 mln dlrs in March and 255 in April": the same quantity listed for another period
_PERIOD_AND = re.compile(r"\)?\s+in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?,?\s+and\s+")


def inherit_units(figs: list[Candidate], text: str, rules: Rules) -> list[Candidate]:
    """A number without a unit takes the unit of the figure it is listed ("1,850 and 1,880 dlrs") or
    compared with ("5.93 mln against 5.81"); a scaled one with no noun after it that of the last scaled figure before
    it in the sentence ("exports fell to 3.75 mln tonnes while imports rose to 5.72 mln from 5.37 mln"); the figures of
    one sentence, in order."""
    figs = _listed_units(list(figs), text)
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if not b.has_unit and a.has_unit and rules.compared_gap.fullmatch(text[a.end : b.start]) and _may_take(b, a):
            figs[i + 1] = _with_unit(b, a, "comparison")
    for i in range(1, len(figs)):
        b = figs[i]
        if b.has_unit or b.scale == 1.0 or b.move or not _BARE_AFTER.match(text, b.end):
            continue  # the cheap test: a scaled number with no unit and no noun after it ("rose to 5.72 mln from")
        a = next((x for x in reversed(figs[:i]) if x.unit not in PERCENT_UNITS and not x.move), None)
        if a is not None and a.has_unit and a.scale != 1.0:  # "850,000 shares ... 1.99 mln": a count between
            figs[i] = _with_unit(b, a, "sentence")
    return _index_levels(_changed_from(_later_units(figs, text), text), text, rules)


_POINTS_AFTER = re.compile(r",\s+(?:up|down|off)\s+")  # "closed at 223.02, up 4.57 points"


def _index_levels(figs: list[Candidate], text: str, rules: Rules) -> list[Candidate]:
    """ "rose 4.57 points to 223.02", "to a new high of 223.02", "closed at 223.02, up 4.57 points": the level an
    index's move in points reached (or left) is in points too, not a count."""
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if a.unit == "points" and _bare_level(b, text) and rules.change_to.fullmatch(text, a.end, b.start):
            if _index_named(text, a.start, rules):
                figs[i + 1] = _with_unit(b, a, "index-level")
        elif b.unit == "points" and _bare_level(a, text) and _POINTS_AFTER.fullmatch(text, a.end, b.start):
            if _index_named(text, a.start, rules):
                figs[i] = _with_unit(a, b, "index-level")
    return figs


def _index_named(text: str, pos: int, rules: Rules) -> bool:
    """Whether the sentence names a market index before ``pos`` ("the SET index", "the Dow Jones average"): a stock's
    "rose two points to 48-3/4" is a price in money (stock_prices), not an index level."""
    lo = max(text.rfind(". ", 0, pos), text.rfind(".\n", 0, pos), text.rfind("\n\n", 0, pos), pos - 300, 0)
    words = re.findall(r"[a-z]+", text[lo:pos].lower())
    return any(w in rules.words.market_index for w in words)


def _bare_level(fig: Candidate, text: str) -> bool:
    """A number with no unit, scale or noun after it."""
    return not fig.has_unit and fig.scale == 1.0 and not fig.move and _BARE_AFTER.match(text, fig.end) is not None


def _later_units(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "rose to 5.2 billion from 4.8 billion dlrs": a scaled number with no unit and no noun after it, compared with
    the scaled figure right after it, takes that figure's unit (the writer gives the unit once, at the end)."""
    for i in range(len(figs) - 1):
        b, c = figs[i], figs[i + 1]
        if b.has_unit or b.scale == 1.0 or b.move or not c.has_unit or c.scale == 1.0 or c.move:
            continue  # the cheap test: a bare scaled number before a scaled figure with a unit
        if c.unit in PERCENT_UNITS or not _BARE_AFTER.match(text, b.end):
            continue
        if _LATER_GAP.fullmatch(text, b.end, c.start):
            figs[i] = _with_unit(b, c, "later")
    return figs


def _listed_units(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "1.5, 2 and 3 bln dlrs": a number listed before a figure with a unit takes it (right to left)."""
    for i in range(len(figs) - 2, -1, -1):
        a, b = figs[i], figs[i + 1]
        gap = text[a.end : b.start]
        if not a.has_unit and b.has_unit and _LISTED.fullmatch(gap) and _may_take(a, b):
            if "/" in (b.unit or "") and "," in gap and "or" in gap:
                continue  # "net income of 3,321,000, or 74 cts a share": the same amount per share, no list
            figs[i] = _with_unit(a, b, "list")
    return figs


def _changed_from(figs: list[Candidate], text: str) -> list[Candidate]:
    """ "produced 27.85 mln tonnes in 1986, up from 27.51 the previous year": a bare number after "up from" (or
    "revised from"), or listed for another period ("236 mln dlrs in March and 255 in April"), takes the unit and scale
    of the figure just before it when its digits are of the same size (not "from 15 banks")."""
    for i in range(1, len(figs)):
        a, b = figs[i - 1], figs[i]
        if b.has_unit or b.explicit or b.move or b.fraction or not a.has_unit or a.unit in PERCENT_UNITS or a.move:
            continue
        if not _BARE_AFTER.match(text, b.end):
            continue
        if _FROM_BEFORE.search(text, max(0, b.start - 30), b.start):
            how = "changed-from"
        elif _PERIOD_AND.fullmatch(text, a.end, b.start):
            how = "period-list"
        else:
            continue
        written = a.value / a.mult if a.mult else 0.0  # the digits of "27.85 mln tonnes"
        if 0.5 * written <= b.value <= 2 * written and ";" not in text[a.end : b.start]:
            figs[i] = _with_unit(b, a, how)
    return figs


def table_money(figs: list[Candidate], text: str, lo: int, currency: str, rules: Rules) -> list[Candidate]:
    """A results table's money lines ("Net loss 473,784 vs loss 489,257", "Revs 301.9 mln vs 196.4 mln"): their
    bare numbers are amounts in the story's currency (the unit of its last money figure: "Shr 41 cts" is USD)."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.unit in rules.currency_country:
            currency = f.unit  # "Shr 12 yen vs 9 yen" on a line before, in the same sentence
        if f.has_unit or f.move or f.fraction:
            continue
        nl = text.rfind("\n", lo, f.start)
        if rules.table_money.fullmatch(text, nl + 1 if nl >= 0 else lo, f.start):
            out[i] = replace(f, unit=currency, has_unit=True, explicit=True, unit_from="table")
    return out


def money_of(figs: list[Candidate], text: str, currency: str | None, rules: Rules) -> list[Candidate]:
    """ "an aftertax charge of 818,000", "up from 16.6 mln, or 40 cts a share": a bare number written out in full after
    a money noun and "of", or one restated per share, is an amount in the sentence's currency (else the story's)."""
    units = ((f.unit or "").split("/")[0] for f in figs)  # "74 cts a share" is USD/share: its money is USD
    money = next((u for u in units if u in rules.currency_country), None) or currency
    if money is None:
        return figs
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.move or f.fraction or f.value < 1000 or not _BARE_AFTER.match(text, f.end):
            continue  # "sales of 1,200 units": a count of things
        nxt = out[i + 1] if i + 1 < len(out) else None
        per_share = nxt is not None and "/" in (nxt.unit or "") and OR_RESTATED.fullmatch(text, f.end, nxt.start)
        if per_share or (f.scale == 1.0 and rules.money_of.search(text, max(0, f.start - 30), f.start)):
            out[i] = replace(f, unit=money, has_unit=True, explicit=True, unit_from="money-noun")
    return out


OR_RESTATED = re.compile(r",\s+or\s+")  # "up 8.2 bln dlrs, or 1.4 pct": a figure restated after "or"
_QUOTED_PRICE = re.compile(r"\d+-\d+/\d+|\d+/\d+")  # "71-1/2", "7/8": how U.S. share prices are quoted
_STOCK_MOVE = re.compile(
    r"(?i)\b(?:stock|shares?)\b[^.;]{0,60}?\b(?:rose|fell|slipped|gained|declined|dropped|climbed|eased|added|lost|closed|ended|jumped|was|were|at|to|up|down|off)\s+$"
)


def stock_prices(figs: list[Candidate], text: str, lo: int, money: str | None) -> list[Candidate]:
    """ "The stock slipped 1/2 to 71-1/2", "GM shares rose 3-1/2 to 79-1/8": a share price quoted in fractions, and its
    move, are money in the story's currency (dollars where it has none)."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.move or not _QUOTED_PRICE.fullmatch(text, f.start, f.end):
            continue
        moved = i > 0 and out[i - 1].unit_from == "stock-price" and text.startswith(" to ", out[i - 1].end)
        if moved or (_BARE_AFTER.match(text, f.end) and _STOCK_MOVE.search(text, max(lo, f.start - 90), f.start)):
            out[i] = replace(f, unit=money or "USD", has_unit=True, explicit=True, unit_from="stock-price")
    return out


def _may_take(dst: Candidate, src: Candidate) -> bool:
    """Whether ``dst`` may take ``src``'s unit: never a percent for a number with a scale or over 1,000 ("up 2.4
    pct from 6.44 mln", "1.8 pct of GNP from 1.79 billion or 2.5 pct": a level, not a percent)."""
    return src.unit not in PERCENT_UNITS or (dst.scale == 1.0 and dst.value <= 1000)


def _with_unit(dst: Candidate, src: Candidate, how: str) -> Candidate:
    """ "1.5 and 2 billion dlrs": the scale too, unless the number has its own ("5.8 bln dlrs from 5.9 bln") or is
    written out in full ("24.5 mln dlrs, compared with 7,900,000")."""
    own = dst.scale != 1.0 or dst.value >= 1000  # "24.5 mln dlrs, compared with 7,900,000": written out in full
    mult = src.mult / src.scale if own else src.mult
    return replace(
        dst,
        value=dst.value * mult,
        mult=dst.mult * mult,
        unit=src.unit,
        has_unit=True,
        explicit=True,
        scale=dst.scale if own else src.scale,
        unit_from=how,
    )
