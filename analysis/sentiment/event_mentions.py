"""The countries an event coder reads in a story: the parties named, the public figures, a bloc qualifying goods an act
falls on, a state's ministries and agencies, and the home country's legislature and bodies."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.legislatures import find_home_bodies, find_legislatures
from ..text.organisations import find_organisations
from ..text.people import find_people
from ..text.rule_tables import read_table
from .firms import party_mentions


def person_mentions(text: str, day: str) -> list[Mention]:
    """The public figures of data/people.csv as mentions of their countries: an event coder's actor dictionary
    ("Nakasone rejected", "criticized Reagan" name Japan and the United States acting and acted on)."""
    return [Mention(p.start, p.end, p.name, p.country, None, "person") for p in find_people(text, day)]


@lru_cache(maxsize=1)
def _bloc_goods() -> tuple[str, re.Pattern, list[tuple[str, str]]]:
    """data/bloc_goods.csv: a cheap substring test, a regex of demonym + goods, and each demonym's country."""
    rows = read_table("bloc_goods.csv")
    alternation = "|".join(rf"(?P<g{i}>{re.escape(r['demonym'])})(?=\s+(?:{r['goods']})\b)" for i, r in enumerate(rows))
    return (
        "|".join(r["demonym"] for r in rows),
        re.compile(rf"\b(?:{alternation})"),
        [(r["country"], r["iso3"]) for r in rows],
    )


# what an act falls on: "duties on (heavy) European exports"; not "a case covering European pasta imports"
_ACTED_ON = re.compile(r"\b(?:on|against)\s+(?:[\w-]+\s+){0,3}$")


def bloc_mentions(text: str) -> list[Mention]:
    """A bloc's adjective qualifying traded goods an act falls on ("duties on European exports"), as the bloc."""
    words, regex, countries = _bloc_goods()
    if not any(w in text for w in words.split("|")):
        return []
    out = []
    for m in regex.finditer(text):
        if not _ACTED_ON.search(text, max(0, m.start() - 50), m.start()):
            continue
        country, iso3 = countries[int(m.lastgroup[1:])]
        out.append(Mention(m.start(), m.end(), m.group(), country, iso3, "demonym"))
    return out


STATE_BODIES = frozenset({"ministry", "agency", "central_bank"})  # organisations.csv kinds that stand for their state


def body_mentions(text: str, day: str) -> list[Mention]:
    """A state's ministries, agencies and central bank as mentions of its country: what is done to them is done to it
    ("criticized the Bundesbank's rate increase", "protest a USDA move"); companies stay no country."""
    return [
        Mention(o.start, o.end, o.name, o.country, None, "body")
        for o in find_organisations(text, day, STATE_BODIES)
        if o.country
    ]


def _start(m: Mention) -> int:
    return m.start


def _unclaimed(found: list[Mention], named: list[Mention]) -> list[Mention]:
    """The mentions of ``found`` that overlap none of ``named``: a span is read as the mention found first."""
    return [f for f in found if not any(m.start < f.end and f.start < m.end for m in named)]


def event_mentions(text: str, day: str, home: str | None) -> list[Mention]:
    """The countries of ``text`` that may act or be acted on, in order: parties, public figures, blocs and state
    bodies, and the dateline country's legislature and bodies (``home``: the dateline's country)."""
    named = party_mentions(text, day)  # "Anglo American Gold Investment Co chairman ... urged": business, no stance
    named += person_mentions(text, day) + bloc_mentions(text)
    named += _unclaimed(body_mentions(text, day), named)
    homes = find_legislatures(text, home, day) + find_home_bodies(text, home, day)
    return sorted(named + _unclaimed(homes, named), key=_start)
