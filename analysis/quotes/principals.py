"""A person who speaks for another person ("Kohl's spokesman", "an aide to Baker", "Nancy Roe, Kampelman's staff
assistant"): the speaker takes the country the story gave that principal (aide words: data/aide_words.csv)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import country_name
from ..text.people import find_people
from ..text.rule_tables import read_table
from .context import ArticleContext
from .discourse import Discourse
from .homes import known_company
from .records import Speaker

_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}"  # a post may stand before the name: "Trade Minister Ann Roe"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """ "<Principal>'s [staff] <aide>" and "<aide> to|for|of <Principal>", each with the principal as group 1."""
    aide = "|".join(re.escape(r["word"].strip()) for r in read_table("aide_words.csv") if r["word"].strip())
    before = re.compile(rf"^(?:an?\s+|the\s+|one\s+)?({_NAME})['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{aide})s?\b")
    after = re.compile(rf"^(?:an?\s+|the\s+|one\s+)?(?:[a-z-]+\s+){{0,2}}(?:{aide})s?\s+(?:to|for|of)\s+({_NAME})\b")
    return before, after


def _phrases(ctx: ArticleContext, sp: Speaker) -> list[str]:
    """The speaker's own phrase, and for a named person the apposition after their first mention ("Nancy Roe,
    Kampelman's staff assistant, said")."""
    out = [x for x in (sp.role, sp.text if sp.kind == "role" else None) if x]
    at = ctx.text.find(sp.text) if sp.kind == "person" and sp.text else -1
    if at >= 0 and ctx.text.startswith(",", at + len(sp.text)):
        out.append(ctx.text[at + len(sp.text) + 1 : at + len(sp.text) + 100].lstrip())
    return out


def principal_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """The country of the person the speaker is an aide, assistant, adviser, deputy or spokesman of, when the story
    gave that person one."""
    if sp.kind not in ("person", "role"):
        return None
    for phrase in _phrases(ctx, sp):
        for pattern in _patterns():
            m = pattern.match(phrase)
            country = _person_country(ctx, memory, m.group(1), pos) if m else None
            if country is not None:
                return country
    return None


def _person_country(ctx: ArticleContext, memory: Discourse, name: str, pos: int) -> str | None:
    """The country the story gave the person ``name`` ("Agriculture Secretary Richard Lyng" is "Lyng"): met before
    with one, or with a post of one government, or a public figure of people.csv; none for a company ("Acme's
    spokeswoman" speaks for a firm, whose home other strategies find)."""
    if known_company(ctx, name):
        return None
    known = memory.person(name, pos) or memory.person(name.split()[-1], pos)
    if known is not None and known.country:
        return known.country
    iso3 = ctx.lex.post_country(known.role) if known is not None and known.role else None
    if iso3:
        return country_name(iso3, ctx.day)
    found = find_people(name, ctx.day)
    return found[-1].country if found else None
