"""The country of a by-country table's section: agencies print one block of rows per country under a header line
naming it ("    USSR COARSE GRAIN", "    EC-12 CORN, in mln tonnes --"), so a row's figures ("Imports 12.00 10.00
13.70") are that country's, not the story's or the dateline's (rule "table-section" of rules.csv)."""

from __future__ import annotations

import re

from ..text.countries import find_mentions
from .parties import Ask, Role

_NUMBER = r"(?:[\d][\d.,/-]*|N\.A\.?|NA|Nil|NIL|nil)"
# a table row: a label, then two or more columns of numbers ("Production 103.30 103.30 99.99 99.99")
_ROW = re.compile(rf"^[ \t]*[A-Za-z][^\d\n]*?(?:[ \t]+{_NUMBER}){{2,}}[ \t]*$")
_NO_LETTERS = re.compile(r"^[^A-Za-z]*$")  # "1986/87 1985/86", "04/09/87 03/09/87": column heads
_NOTE = re.compile(r"^\s*(?:N\.A\.|NA|Note)\b", re.I)  # "N.A. - Not Available."
_LOOK_BACK = 12  # lines above the row that may hold its section's header


def table_section(q: Ask) -> list[Role]:
    """The one country named by the header line of the table section the figure's row stands in."""
    text, start = q.ctx.text, q.d.fig.start
    line_start = text.rfind("\n", 0, start) + 1
    if "  " not in text[line_start:start]:
        return []  # the cheap test: no columns before the figure on its line
    line_end = text.find("\n", start)
    if not _ROW.match(text[line_start : line_end if line_end >= 0 else len(text)]):
        return []
    header = _header_above(text, line_start)
    if header is None:
        return []
    # a header in capitals: names as written ("USSR", "EC-12") and in title case ("SOUTH AFRICA" as "South Africa")
    named = {m.country for h in (header, header.title()) for m in find_mentions(h, q.ctx.day) if m.country}
    return [(named.pop(), "party")] if len(named) == 1 else []


def _header_above(text: str, pos: int) -> str | None:
    """The nearest line above ``pos`` that is no row, column head or note: the section's header, if it is written
    in capitals up to its first comma ("EC-12 CORN, in mln tonnes --"); None where prose comes first."""
    end = pos - 1
    for _ in range(_LOOK_BACK):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip() or _ROW.match(line) or _NO_LETTERS.match(line) or _NOTE.match(line):
            continue
        head = line.split(",")[0]
        return head if head.upper() == head else None
    return None
