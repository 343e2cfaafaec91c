"""The country a speaker phrase speaks for, and the name (and country) an acronym was introduced with."""

from __future__ import annotations

import re

from ..text.organisations import place_country
from ..text.words import TOPIC_PREPOSITIONS as _TOPIC
from .context import ArticleContext
from .monitoring import monitoring_place
from .tokens import is_possessive, words

POSS_LEAD = re.compile(r"^(?:[’'](?:s\b)?)?\s*")  # the possessive left after a country ("Kremlin's spokesman")
_ACRONYM_INTRO = r"([A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'&-]*)*)\s*\("
_ABOUT = frozenset({"on", "about", "over", "against", "into", "between", "among"})  # a topic, never a principal
_POSTED = re.compile(
    r"\s+(?!(?:unit|units|subsidiary|branch|office|arm)\b)[a-z][\w-]*\s+(?:of|for)\s"
)  # "Washington representative of"; a unit there is local (foreign-unit)


def phrase_country(ctx: ArticleContext, start: int, end: int, exclude: tuple[int, int] | None = None) -> str | None:
    """The country a phrase speaks for: a possessive first, then names in its head, then the rest; a country
    after a topic preposition ("an envoy to Japan") is not whom the phrase speaks for, and a place before "-based"
    only where nothing else is named."""
    found = [m for m in ctx.mentions.inside(start, end) if not (exclude and exclude[0] <= m.start < exclude[1])]
    scored = []
    for m in found:
        before = [w.lower() for w in words(ctx.text[max(start, m.start - 16) : m.start])]
        if len(before) > 1 and before[-1] == "the" and before[-2] in _ABOUT:
            before.pop()  # "a report on the Peruvian economy": the topic too (not "a spokesman for the Japanese ...")
        if (before[-1] if before else "") in _TOPIC or monitoring_place(ctx.text, m.start):
            continue
        rank = 0 if is_possessive(ctx.text, m.end) else 1 if m.kind in ("body", "capital", "name", "short") else 2
        if ctx.text.startswith("-based", m.end):  # "Tokyo-based North Korean businessmen": where, not whose
            rank = 3
        elif m.kind == "capital" and _POSTED.match(ctx.text, m.end, end):
            rank = 3  # "Washington representative of the China ... Institute": where the post is held, not whose
        scored.append((rank, m.start, m.country))
    return min(scored)[2] if scored else None


# a town's state, province or country set off by a comma ("Dayton, Ohio", "Calgary, Alberta", "Vasteras, Sweden")
_COMMA_PLACE = re.compile(r",\s([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)")


def town_state_country(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The country of a town's state or country the phrase names ("an investor from Birmingham, Alabama", "a concern
    based in Vasteras, Sweden"), which the masked text leaves out of the phrase's words (context.py)."""
    for m in _COMMA_PLACE.finditer(ctx.text, start, end):
        if not ctx.masked[m.start() : m.end()].strip():
            named = ctx.mentions.inside(m.start(1), m.end(1))
            return named[0].country if named else place_country(m.group(1), ctx.day)
    return None


def acronym_name(ctx: ArticleContext, acronym: str, pos: int) -> tuple[str, str | None] | None:
    """The name an acronym was introduced with before ``pos`` ("South Korea's Joint Chiefs of Staff (JCS)"),
    with the country named right before it."""
    text = ctx.text
    if f"({acronym})" not in text[:pos]:  # most acronyms were never introduced: skip compiling a pattern
        return None
    for am in re.finditer(_ACRONYM_INTRO + re.escape(acronym) + r"\)", text[:pos]):
        names = am.group(1).split()
        k = 0
        while k < len(names) - 1 and names[k][0] != acronym[0]:
            k += 1
        run = names[k:]
        if len(run) < 2 or run[0][0] != acronym[0]:
            continue
        name = " ".join(run)
        rs = am.end(1) - len(name) if text[am.start(1) : am.end(1)].endswith(name) else am.start(1)
        country = None
        before = ctx.mentions.inside(max(0, rs - 40), rs)
        if before and re.fullmatch(r"(?:[’']s)?\s*", text[before[-1].end : rs]):
            country = before[-1].country
        elif ctx.mentions.inside(rs, am.end(1)):
            country = phrase_country(ctx, rs, am.end(1))
        return name, country
    return None
