"""A table's header that states its unit ("as follows, in mln bushels --", "(in 000's bu)"): the bare numbers of the
rows under it take that unit and scale (stage "found": "unit-from-table-header")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text.rule_tables import read_table
from .candidates import Candidate
from .rules import Rules, alternation

# a row: a label, two spaces or more, then two numbers or more ("   Feed    350    325       274    274")
_ROW = re.compile(r"[ \t]*(?P<label>[^\d\n]*?[A-Za-z.)]?)(?:[ \t]{2,}|^)(?:[\d,.]+[ \t]+){1,}[\d,.]+[ \t]*$", re.M)
_COLUMNS = re.compile(r"\d[ \t]{2,}\d")
_PROSE = re.compile(r"[ \t]*\S+(?: \S+){4,}[ \t]*$")  # five words or more with single spaces: a paragraph's line
_NOTE = re.compile(r"\s*[A-Za-z]\s*-")  # "Y-In thousand running bales": a note on the rows marked "-Y"
_MARKED_END = re.compile(r"^\D*-[A-Za-z]\s*$")  # a heading marked for a note: "ALL UPLAND RAW COTTON-Y"
_EXCEPT = re.compile(r"(?i)\bexcept\b")
_MARKED = re.compile(r"-[A-Za-z]$|\(")  # "Cotton-Y", "Yield (bu)": the row has its own unit, in a note


@cache
def _patterns(units: tuple[str, ...], scales: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The statement of a header, at the end of its line, and the labels whose numbers keep their own unit."""
    statement = re.compile(
        rf"(?im)(?:\bin\s+|\(\s*(?:in\s+)?)(?:(?P<scale>{alternation(list(scales))})\s+)?(?:of\s+)?(?P<unit>{alternation(list(units))})"
        r"\)?(?:\s*\([^)\n]*\))?(?:,?\s+(?:with\s+comparisons|unless\s+(?:noted|stated)|except\s+(?:as|where)\s+noted))*"
        # "(in thousands of tonnes) the IPAI said.": the header's source after its unit
        r"(?:,?\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:said|says|reported))?"
        r",?\s*(?:--?|:|\.|\))?[ \t]*$"
    )
    own = [r["word"].strip() for r in read_table("figure_table_labels.csv") if r["kind"].strip() == "own"]
    return statement, re.compile(rf"(?i)\b{alternation(own)}\b")


_UNITS: dict[int, tuple[dict[str, tuple[str, float]], dict[str, float]]] = {}


def _header_units(rules: Rules) -> tuple[dict[str, tuple[str, float]], dict[str, float]]:
    """The unit words a header may state (code, multiplier) and its scale words (factor), read once per rules."""
    if id(rules) in _UNITS:
        return _UNITS[id(rules)]
    units = {w: (u.code, u.multiplier) for w, u in rules.units.items() if u.kind in ("unit", "currency")}
    scales = {w: u.multiplier for w, u in rules.units.items() if u.kind == "scale" and not u.attached}
    for r in read_table("figure_table_units.csv"):
        surface, code, mult = r["surface"].strip().lower(), r["code"].strip(), float(r["multiplier"] or 1)
        if code:
            units[surface] = (code, mult)
        else:
            scales[surface] = mult
    _UNITS[id(rules)] = (units, scales)
    return units, scales


def row_units(text: str, rules: Rules) -> dict[int, tuple[str, float, float]]:
    """The start of each table row under a header that states a unit -> (unit, scale, multiplier): from the header
    to the next one, or to the first paragraph of prose after the rows."""
    if _COLUMNS.search(text) is None:
        return {}  # the cheap test: no two numbers in columns
    units, scales = _header_units(rules)
    statement_re, own_re = _patterns(tuple(sorted(units)), tuple(sorted(scales)))
    out: dict[int, tuple[str, float, float]] = {}
    current: tuple[str, float, float] | None = None
    seen_rows = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = statement_re.search(line) if "in " in line or "In " in line or "(" in line else None
        if m and not _NOTE.match(line):
            current, seen_rows = _stated(m, line, units, scales), False
            continue
        if current is None:
            continue
        row = _ROW.fullmatch(line)
        if row is None:
            # "RAW COTTON-Y": a part in the unit of its note ("Y-In thousand running bales"); prose ends the table
            if _MARKED_END.search(line) or (seen_rows and _PROSE.fullmatch(line)):
                current = None
            continue
        seen_rows = True
        label = row.group("label").strip()
        if not _MARKED.search(label) and not own_re.search(label):
            out[start] = current
    return out


def _stated(m: re.Match, line: str, units: dict, scales: dict) -> tuple[str, float, float] | None:
    """The unit, scale and multiplier a header states; None where it names an exception first ("in mln bushels,
    except feedgrains, which is in mln tonnes": which rows are which is not said)."""
    if _EXCEPT.search(line, 0, m.start()):
        return None
    code, umult = units[m.group("unit").lower()]
    scale = scales.get((m.group("scale") or "").lower(), 1.0)
    return code, scale, scale * umult


def header_units(figs: list[Candidate], text: str, rows: dict[int, tuple[str, float, float]]) -> list[Candidate]:
    """A bare number on a row under a header stating a unit ("in mln bushels") takes that unit and scale."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.explicit or f.move or f.fraction or f.range:
            continue
        at = rows.get(text.rfind("\n", 0, f.start) + 1)
        if at is not None:
            unit, scale, mult = at
            out[i] = replace(
                f,
                value=f.value * mult,
                mult=f.mult * mult,
                unit=unit,
                scale=scale,
                has_unit=True,
                explicit=True,
                unit_from="table-header",
            )
    return out
