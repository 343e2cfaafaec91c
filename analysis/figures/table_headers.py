"""A table's header that states its unit ("as follows, in mln bushels --", "(in 000's bu)"): the bare numbers of the
rows under it take that unit and scale (stage "found": "unit-from-table-header"). The story's intro states the unit
of the whole report: a new section under it ("BARLEY") takes it again, a section's continuation ("BARLEY (cont.)")
keeps the unit stated last, and paragraphs of prose highlights under it ("Corn -- Stocks ... at 5,240, vs 5,595")
take it until one states its own ("Cotton -- in mln 480 lb bales - ...")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text.rule_tables import read_table
from .candidates import Candidate
from .rules import Rules, alternation

# a row: a label, two spaces or more, then two numbers or more ("   Feed    350    325       274    274")
# ("Start Stocks 0.43   0.33": one space after the label when the numbers after it are in columns)
_ROW = re.compile(r"[ \t]*(?P<label>[^\d\n]*?[A-Za-z.)]?)(?:[ \t]+|^)(?:[\d,.]+[ \t]+){1,}[\d,.]+[ \t]*$", re.M)
_COLUMNS = re.compile(r"\d[ \t]{2,}\d")
_PROSE = re.compile(r"[ \t]*\S+(?: \S+){4,}[ \t]*$")  # five words or more with single spaces: a paragraph's line
_NOTE = re.compile(r"\s*[A-Za-z]\s*-")  # "Y-In thousand running bales": a note on the rows marked "-Y"
_MARKED_END = re.compile(r"^\D*-[A-Za-z]\s*$")  # a heading marked for a note: "ALL UPLAND RAW COTTON-Y"
_EXCEPT = re.compile(r"(?i)\bexcept\b")
_MARKED = re.compile(r"-[A-Za-z]$|\(")  # "Cotton-Y", "Yield (bu)": the row has its own unit, in a note
_INTRO_END = re.compile(r"(?:--?|:)[ \t]*$")  # the intro announces what follows: "..., unless noted --"
_INTRO_END_ANY = re.compile(r"(?:--?|:)[ \t]*\n")
_HEADING = re.compile(r"[^a-z\d\n]*[A-Z]{3,}[^a-z\d\n]*")  # a new section of the report: "BARLEY", "ALL WHEAT -"
_CONTINUED = re.compile(r"(?i)\(cont\b|,\s*cont\b")  # "BARLEY (cont.)": the section goes on in its last unit
_DIGIT = re.compile(r"\d")
# a number of a prose highlight that is bare: no noun after it ("at 5,240, vs 5,595 last month"; not "12 ships")
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)-]|$|(?:vs|versus|against|last|from|compared|in|on|and|or|the|a)\b)")

Unit = tuple[str, float, float, int, bool]  # unit, scale, multiplier, where on its line it starts, prose highlight


@cache
def _patterns(units: tuple[str, ...], scales: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The statement of a header, at the end of its line, the labels whose numbers keep their own unit, and a prose
    highlight's lead stating its unit."""
    statement = re.compile(
        rf"(?im)(?:\bin\s+|\(\s*(?:in\s+)?)(?:(?P<scale>{alternation(list(scales))})\s+)?(?:of\s+)?(?P<unit>{alternation(list(units))})"
        r"\)?(?:\s*\([^)\n]*\))?(?:,?\s+(?:with\s+comparisons|unless\s+(?:noted|stated)|except\s+(?:as|where)\s+noted))*"
        # "(in thousands of tonnes) the IPAI said.": the header's source after its unit
        r"(?:,?\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:said|says|reported))?"
        r",?\s*(?:--?|:|\.|\))?[ \t]*$"
    )
    own = [r["word"].strip() for r in read_table("figure_table_labels.csv") if r["kind"].strip() == "own"]
    # a highlight's lead stating its unit: "Cotton -- in mln 480 lb bales - Stocks ...", "Soybean Oil -- mln lbs - ..."
    lead = re.compile(
        rf"(?i)^[ \t]*[A-Z][^\d\n]{{0,40}}?[ \t]--?[ \t]*(?:in[ \t]+)?(?:(?P<scale>{alternation(list(scales))})[ \t]+)?"
        rf"(?P<unit>{alternation(list(units))})[ \t]+--?[ \t]"
    )
    return statement, re.compile(rf"(?i)\b{alternation(own)}\b"), lead


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


def row_units(text: str, rules: Rules) -> dict[int, Unit]:
    """The start of each table row (or prose highlight) under a header that states a unit -> its unit: from the header
    to the next one, or to the first paragraph of prose after the rows."""
    if _COLUMNS.search(text) is None and _INTRO_END_ANY.search(text) is None:
        return {}  # the cheap test: no two numbers in columns, no highlights' intro
    units, scales = _header_units(rules)
    statement_re, own_re, lead_re = _patterns(tuple(sorted(units)), tuple(sorted(scales)))
    out: dict[int, Unit] = {}
    state = _State()
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = statement_re.search(line) if "in " in line or "In " in line or "(" in line else None
        if m and not _NOTE.match(line):
            state.stated(_stated(m, line, units, scales), line)
            continue
        if state.current is None and state.default is None:
            continue
        row = _ROW.fullmatch(line)
        if row is None:
            _other_line(line, start, state, lead_re, units, scales, out)
            continue
        state.seen_rows, state.highlights = True, False
        label = row.group("label").strip()
        if state.current is not None and not _MARKED.search(label) and not own_re.search(label):
            out[start] = state.current
    return out


class _State:
    """Where the reading of a report is: the unit of the rows now, the one stated last, the intro's."""

    __slots__ = ("current", "last", "default", "seen_rows", "highlights")

    def __init__(self) -> None:
        self.current: Unit | None = None
        self.last: Unit | None = None
        self.default: Unit | None = None  # the intro's: "highlights ..., in mln bushels, unless noted --"
        self.seen_rows = False
        self.highlights = False  # paragraphs of prose right after the intro

    def stated(self, unit: Unit | None, line: str) -> None:
        """A header stating a unit: it holds from here; the story's intro states the report's."""
        intro = self.default is None and self.last is None and _PROSE.fullmatch(line) and _INTRO_END.search(line)
        self.current, self.seen_rows, self.highlights = unit, False, False
        self.last = unit or self.last
        if intro and unit is not None:
            self.default, self.highlights = unit, True


def _other_line(
    line: str, start: int, state: _State, lead_re: re.Pattern, units: dict, scales: dict, out: dict
) -> None:
    """A line that is no table row: a highlight, a section's heading, or prose that ends the table."""
    if state.highlights and line.strip() and (not _DIGIT.search(line) or _COLUMNS.search(line)):
        state.highlights = False  # no highlights: a table's heading, or the end of the highlights
    if state.highlights and line.strip():
        lead = lead_re.match(line)
        if lead:  # "Cotton -- in mln 480 lb bales - Stocks ...": its own unit, from here on
            code, umult = units[lead.group("unit").lower()]
            scale = scales.get((lead.group("scale") or "").lower(), 1.0)
            state.current = (code, scale, scale * umult, 0, True)
        if state.current is not None:
            out[start] = state.current[:3] + (lead.end() if lead else 0, True)
        return
    if _CONTINUED.search(line):  # "FEEDGRAINS (cont.)": the unit stated last
        state.current, state.seen_rows = state.last, False
    elif state.default is not None and _HEADING.fullmatch(line):  # "BARLEY": a new section, in the intro's unit
        state.current, state.seen_rows = state.default, False
    elif _MARKED_END.search(line) or (state.seen_rows and _PROSE.fullmatch(line)):
        state.current = None  # "RAW COTTON-Y": a part in the unit of its note ("Y-In thousand ..."); prose ends it


def _stated(m: re.Match, line: str, units: dict, scales: dict) -> Unit | None:
    """The unit, scale and multiplier a header states; None where it names an exception first ("in mln bushels,
    except feedgrains, which is in mln tonnes": which rows are which is not said)."""
    if _EXCEPT.search(line, 0, m.start()):
        return None
    code, umult = units[m.group("unit").lower()]
    scale = scales.get((m.group("scale") or "").lower(), 1.0)
    return code, scale, scale * umult, 0, False


def header_units(figs: list[Candidate], text: str, rows: dict[int, Unit]) -> list[Candidate]:
    """A bare number on a row under a header stating a unit ("in mln bushels") takes that unit and scale."""
    out = list(figs)
    for i, f in enumerate(out):
        if f.has_unit or f.explicit or f.move or f.fraction or f.range:
            continue
        line = text.rfind("\n", 0, f.start) + 1
        at = rows.get(line)
        if at is not None and f.start >= line + at[3] and (not at[4] or _BARE_AFTER.match(text, f.end)):
            unit, scale, mult = at[:3]
            out[i] = replace(
                f,
                value=f.value * mult,
                mult=f.mult * mult,
                unit=unit,
                scale=scale,
                has_unit=True,
                explicit=True,
                unit_from="highlights" if at[4] else "table-header",
            )
    return out
