"""Legislatures named without their nation, as mentions of the country whose story it is."""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import Mention, country_name
from .rule_tables import read_table

# A legislature named with no nation ("The Senate voted to urge ...", "Congress approved") stands for the dateline's
# country where that country's legislature goes by the name (data/legislatures.csv): "Congress" in a Washington story,
# not in a Brussels one; after "the", a clause's start or a conjunction, never after a nation or "U.S." ("the Iranian
# Parliament", "U.S. Senate" are read through the country's name).
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<![A-Z])[.;:,(\"“]\s*|\b[Tt]he\s+|\b(?:and|but|that|by|to|on|in|with)\s+)$")


@lru_cache(maxsize=2)
def _legislatures(table: str = "legislatures.csv") -> tuple[re.Pattern, dict[str, set[str]]]:
    """The names of a table (data/legislatures.csv) as one regex, and name -> the iso3 codes of the countries using it."""
    by_name: dict[str, set[str]] = {}
    for row in read_table(table):
        by_name.setdefault(row["name"].strip(), set()).add(row["iso3"].strip())
    names = "|".join(map(re.escape, sorted(by_name, key=len, reverse=True)))  # "Treasury Department" before "Treasury"
    tail = r"(?!\s+of\b)" if table != "legislatures.csv" else ""  # "the House of Representatives" is the House
    return re.compile(r"\b(?:" + names + r")\b(?!\s+Party)" + tail), by_name


def find_legislatures(
    text: str, home: str | None, day: str = "", table: str = "legislatures.csv", kind: str = "legislature"
) -> list[Mention]:
    """The legislatures (or the bodies of another such table) a text names without a nation, as mentions of the
    dateline's country."""
    if not home:
        return []
    regex, by_name = _legislatures(table)
    out = []
    for m in regex.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and any(
            country_name(code, day) == home for code in by_name[m.group()]
        ):
            out.append(Mention(m.start(), m.end(), m.group(), home, None, kind))
    return out


def find_home_bodies(text: str, home: str | None, day: str = "") -> list[Mention]:
    """The executive bodies a text names without a nation ("the administration", data/home_bodies.csv), as mentions
    of the dateline's country."""
    return find_legislatures(text, home, day, "home_bodies.csv", "home-body")
