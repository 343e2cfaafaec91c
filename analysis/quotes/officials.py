"""The country of a government official whose phrase names none: where the words were said, the state medium
that carried them, the country the reported content defends."""

from __future__ import annotations

import re

from ..text.countries import find_mentions
from ..text.words import OBLIGATION_MODALS
from .context import ArticleContext
from .discourse import Discourse
from .monitoring import monitoring_place
from .records import Speaker
from .speakers import head_key
from .tokens import words


def place_country(ctx: ArticleContext, pos: int) -> str | None:
    """The seat of government where the words were said: a sentence opening "In Beijing," or a place after
    the cue ("told reporters in Tokyo", "at a briefing in Beijing")."""
    unit = ctx.unit_at(pos)
    if unit is None:
        return None
    masked = ctx.masked
    found = set()
    for x in ctx.mentions.inside(unit.start, unit.end):
        if x.kind != "capital" or masked[x.start : x.end] != ctx.text[x.start : x.end]:
            continue
        before = masked[unit.start : x.start]
        if (
            re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,6}?(?:In|At)\s+", before)
            and re.match(r"\s*,|\s+on\s", masked[x.end : unit.end])
            or re.search(r"(?:said|says|told\s+[\w\s]{0,30}?|briefing|conference|speaking|press)\s+in\s+$", before)
        ):
            found.add(x.country)
    return next(iter(found)) if len(found) == 1 else None


# "KCNA reported", "IRNA, monitored in Nicosia, quoted": a medium's cue, past an aside on where it was heard
_MEDIUM_CUE = re.compile(
    r"\s*(?:\([A-Z]+\)\s*)?(?:,\s*(?:monitored|received|heard)\s+(?:here\s+)?in\s+[A-Z][\w. ]{0,30}?,\s*)?"
    r"(?:reported|said|says|quoted)\b"
)


def state_media_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """A person quoted by state media ("Kim said ..., KCNA reported"; "..., Kim was quoted as saying" after
    "..., the official KCNA reported"): the medium's country."""
    if sp.kind != "person":
        return None
    for at in (pos, memory.first_mention(sp.text or "")):
        unit = ctx.unit_at(at) if at is not None else None
        if unit is None:
            continue
        for x in ctx.mentions.inside(unit.start, unit.end):
            if x.kind == "body" and (
                re.match(_MEDIUM_CUE, ctx.masked[x.end : unit.end])
                or re.search(r"according\s+to\s+(?:the\s+)?(?:official\s+)?$", ctx.masked[unit.start : x.start])
            ):
                return x.country
    return None


def headline_country(ctx: ArticleContext) -> str | None:
    """An official of no stated country in a story filed from a town that is no capital ("NEW YORK", "HAMBURG")
    under a headline about one other country ("MEXICO'S RESERVES REACH ..."): that country, whose official
    speaks abroad (at bank talks, a trade fair), not a government of the town he speaks in."""
    if "headline_country" not in ctx.memo:
        found = None
        here = ctx.dateline.country if ctx.dateline else None
        if here and not ctx.dateline.seat and ctx.title:
            title = ctx.title.title() if ctx.title.isupper() else ctx.title
            named = {m.country for m in find_mentions(title, ctx.day, ctx.text) if m.country}  # "KOREA": the text's
            if len(named) == 1 and here not in named:
                found = next(iter(named))
        ctx.memo["headline_country"] = found
    return ctx.memo["headline_country"]


def government_post(ctx: ArticleContext, sp: Speaker) -> bool:
    """A named person holding a government's own post ("Finance minister Gustavo Petricioli", "director of public
    credit Angel Gurria", "President Leon Febres Cordero"): not a spokesman (who speaks for any body), nor a body's
    officer ("Council president", "Visa's chief general manager", "president Grant Reuber" of a bank)."""
    role = sp.role or ""
    if sp.kind != "person" or not role or find_mentions(" ".join(x for x in (sp.text, role) if x), ctx.day):
        return False
    lex, ws = ctx.lex, words(role)
    key = head_key(role, lex)
    if lex.is_official(key) or lex.is_abroad(key) or any(w.endswith(("'s", "’s")) for w in ws):
        return False
    if any(lex.kind(w) == "org" for w in ws):
        return False  # "Council president": the body's officer
    if lex.is_company_post(role):  # "president", "director": a government's only as a capitalised title or with
        # the government function it directs ("director of public credit", "Public Credit Director")
        return role == role.capitalize() and len(ws) == 1 or len(ws) > 1
    return any(lex.state(w) for w in ws)


def is_official(ctx: ArticleContext, sp: Speaker) -> bool:
    # a person whose title stayed in the name ("Treasury Under-secretary Ann Roe" with no role) holds that post
    post = sp.role or (sp.text if sp.kind == "person" else "")
    lex, ws = ctx.lex, words(post or "")
    if sp.state or any(lex.state(w) for w in ws):
        return True
    # a hyphenated post ("Treasury Under-secretary"), unless a body's own ("the group's executive-secretary")
    hyphened = any(lex.state(part) for w in ws if "-" in w for part in w.split("-"))
    return hyphened and not any(lex.kind(w.lower().removesuffix("'s").removesuffix("’s")) == "org" for w in ws)


def content_subject_country(ctx: ArticleContext, bare: Speaker, start: int, end: int, own: bool = False) -> str | None:
    """An official whose phrase names no country, defending a country's own conduct ("South Korea has fully
    enforced ..., Kim, first deputy chief ..., told a briefing"), speaks for the country that is the reported
    content's subject."""
    if bare.kind not in ("person", "role") or not is_official(ctx, bare):
        return None
    if ctx.lex.is_abroad(head_key(bare.role or bare.text, ctx.lex)):
        return None  # "diplomats said Denmark would ...": a diplomat of no stated country speaks for none
    names = {x.surface for x in ctx.mentions.items}
    if any(w.isupper() and len(w) > 1 and w.strip(".") not in names and w not in names for w in words(bare.role or "")):
        return None  # "the head of the UN nuclear watchdog": an international body's official
    found = [x for x in ctx.mentions.inside(start, min(end, start + 40)) if x.kind in ("name", "short", "capital")]
    text = ctx.text
    if (
        found
        and re.fullmatch(r"\s*(?:that\s+)?", text[start : found[0].start])
        and not re.match(r"\s*(?:,|and\s|or\s)", text[found[0].end : found[0].end + 5])
        and not (own and _obliged(text[found[0].end : found[0].end + 20]))
    ):
        return found[0].country
    return None


def _obliged(after: str) -> bool:
    """ "X should ...", "X must ...": what a speaker demands of a country, not that country's own position."""
    first = after.split()[:1]
    return bool(first) and first[0].lower() in OBLIGATION_MODALS


def quoting_body_country(ctx: ArticleContext, sp: Speaker | None, start: int, end: int) -> None:
    """'Tehran radio quoted a foreign ministry spokesman as saying': state media quoting an official whose
    phrase names no country quote their own government's official."""
    if sp is None or sp.country or sp.kind not in ("role", "person") or not sp.state:
        return
    found = {
        x.country
        for x in ctx.mentions.inside(start, end)
        if x.kind in ("body", "capital") and not monitoring_place(ctx.text, x.start)
    }
    if len(found) == 1:
        sp.country, sp.country_rule = next(iter(found)), "quoting-state-media"
