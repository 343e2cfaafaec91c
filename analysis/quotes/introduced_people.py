"""People introduced before the first row: a name after a title or role word ("Foreign Minister Fumio Kishida"),
with the country named right before the title; a delegation's leader; a person named after a nationality word
("Belgian Paul de Keersmaeker"). Remembered in the article's Discourse for later surname-only mentions."""

from __future__ import annotations

import re

from ..text.countries import Mention
from ..text.organisations import HOMED_KINDS, find_organisations
from ..text.words import COMPANY_ENDINGS
from .context import ArticleContext
from .discourse import Discourse
from .monitoring import monitoring_place
from .speakers import parse_speaker

_NAME_AFTER_INTRO = re.compile(r",?\s+((?:[A-Z][\w’'-]*\s+|[A-Z]\.\s*){0,3}[A-Z][\w’'-]+)")


def _introduced_name(ctx: ArticleContext, title_end: int) -> tuple[int, str] | None:
    """The name right after a title or role word, with its start; None for an apposition or no name."""
    text, lex = ctx.text, ctx.lex
    nm = _NAME_AFTER_INTRO.match(text[title_end : title_end + 80])
    if nm is None:
        return None
    if text[title_end : title_end + 1] == "," and not re.match(
        r"[,.]", text[title_end + nm.end() : title_end + nm.end() + 1]
    ):
        return None  # "the spokesman, Norio Maruyama, said": an apposition closes with a comma
    found = re.sub(r"[’']s$", "", nm.group(1)).split()
    # peel titles that follow the first word ("spokesman Foreign Minister ...")
    while found and (lex.kind(found[0]) in ("title", "role") or lex.title_re.fullmatch(found[0])):
        found.pop(0)
    if not found or any(lex.is_calendar(w) or lex.kind(w) in ("org", "source", "title") for w in found):
        return None
    start = title_end + nm.start(1) + nm.group(1).index(found[0])
    return start, " ".join(found)


# the word-start check after each first letter, so the scan of the article skips to the next "l" or "h" (a pattern
# that opens with \b gives re no first character to scan for; 3 times faster, the same matches)
_LED_BY = re.compile(r"(?:l(?<!\w.)ed|h(?<!\w.)eaded)\s+by\s+")
_GROUP = re.compile(r"\b(?:delegation|team|mission|negotiators|side|party)\b")


def _delegation_leaders(ctx: ArticleContext, memory: Discourse) -> None:
    """ "The Japanese delegation, led by Vice Minister Makoto Kuroda, ...": the leader speaks for the country of
    the group he leads."""
    for lm in _LED_BY.finditer(ctx.masked):
        unit = ctx.unit_at(lm.start())
        if unit is None:
            continue
        groups = [g for g in _GROUP.finditer(ctx.masked, unit.start, lm.start())]
        if not groups:
            continue
        before = ctx.mentions.inside(max(unit.start, groups[-1].start() - 40), groups[-1].start())
        stop = re.search(r"[,;|]|\s(?:and|who|to|in|on|at|for)\s", ctx.masked[lm.end() : unit.end])
        name = parse_speaker(ctx, lm.end(), lm.end() + stop.start() if stop else unit.end)
        if before and name is not None and name.kind == "person":
            memory.remember(name.name_start or lm.end(), name.text, name.role or None, before[-1].country)


_BODY_NAME_GAP = re.compile(r"(?:[’']s)?\s*(?:(?:[A-Z][\w-]*|and|of|on|for)\s+){1,7}")


# words that end the country's phrase and open a clause or another phrase: "travel to Iran because of what spokeswoman
# Ann Roe called ...": the spokeswoman is not Iran's
_CLAUSE_WORD = re.compile(r"\b(?:because|what|which|that|who|when|where|while|if|said|says|told|than|after|before)\b")


_DASH = re.compile(r"\s(?:--|[—–-])\s")


def remember_introduced_people(ctx: ArticleContext, memory: Discourse) -> None:
    """Register names introduced after a title or role word ("Foreign Minister Fumio Kishida"), with the
    country named right before the title, for later surname-only mentions."""
    text = ctx.text
    for tm in ctx.lex.intro_re.finditer(ctx.masked):
        intro = _introduced_name(ctx, tm.end())
        if intro is None:
            continue
        start, name = intro
        if ctx.mentions.inside(start, start + len(name)):
            continue
        country = None
        before = ctx.mentions.inside(max(0, tm.start() - 60), tm.start())
        if before and not monitoring_place(text, before[-1].start):  # "monitored in London said Minister X"
            gap = text[before[-1].end : tm.start()]
            # "Japan's Foreign Minister", "U.S. House Ways and Means Committee Chairman": a body's name between
            if (
                "," not in gap
                and not _CLAUSE_WORD.search(gap)
                and not _DASH.search(gap)  # "BAHIA BLANCA, Argentina - Pope John Paul": an item's dateline
                and (re.fullmatch(r"(?:[’']s)?\s*(?:[\w-]+\s+){0,3}", gap) or _BODY_NAME_GAP.fullmatch(gap))
            ):
                country = _home_of_name_around(ctx, before[-1], tm.start()) or before[-1].country
        memory.remember(start, name, text[tm.start() : tm.end()], country)
    _delegation_leaders(ctx, memory)
    _nationals(ctx, memory)


def _home_of_name_around(ctx: ArticleContext, m: Mention, end: int) -> str | None:
    """The home of a name organisations.csv knows that holds the country mention ``m`` ("Anglo American Gold
    Investment Co chairman": South Africa's, not the United States')."""
    lo = max(0, m.start - 40)
    for org in find_organisations(ctx.text[lo:end], ctx.day, HOMED_KINDS):
        if org.start <= m.start - lo and m.end - lo <= org.end and org.country:
            return org.country
    return None


# a person's name right after a nationality word: "Belgian Paul de Keersmaeker", "West German Hans J. Roe"
_NAME_AFTER_NATIONALITY = re.compile(
    r" ((?:[A-Z][a-z’'-]+|[A-Z]\.)(?: (?:(?:de|van|von|der|da|di|du|del|le|la) )*(?:[A-Z][a-z’'-]+|[A-Z]\.)){1,3})"
    r"(?![\w’'-]| [A-Z])"
)


def _nationals(ctx: ArticleContext, memory: Discourse) -> None:
    """A person introduced by a nationality word before the name ("Belgian Paul de Keersmaeker"): that country, for
    later mentions by surname ("De Keersmaeker said"). Not a company named so ("Canadian National Railways")."""
    lex = ctx.lex
    for m in ctx.mentions.items:
        if m.kind != "demonym":
            continue
        nm = _NAME_AFTER_NATIONALITY.match(ctx.text, m.end)
        if nm is None:
            continue
        toks = nm.group(1).split()
        if any(
            lex.kind(w) is not None or lex.title_re.fullmatch(w) or lex.is_calendar(w) or w in COMPANY_ENDINGS
            for w in toks
        ) or ctx.mentions.inside(nm.start(1), nm.end(1)):
            continue
        post = _POST_AFTER_NAME.match(ctx.text, nm.end())
        if post and post.group(1).lower() not in lex.cues:
            continue  # "Belgian Willy Roe, EC Commissioner, said": his post says whom he speaks for
        if _surname_again(
            ctx.text, toks, nm.end(), lex.cues
        ):  # "Roe said": a person's surname, not "Airports Authority"
            memory.remember(nm.start(1), nm.group(1), None, m.country)


_POST_AFTER_NAME = re.compile(r",\s+(?:(?:an?|the)\s+)?([\w.’'-]+)")


def _surname_again(text: str, toks: list[str], start: int, cues) -> bool:
    """The name's surname (with its particles: "de Keersmaeker") speaks alone after ``start`` ("De Keersmaeker
    said")."""
    i = len(toks) - 1
    while i > 1 and toks[i - 1].islower():
        i -= 1
    surname, first = " ".join(toks[i:]).lower(), toks[i - 1].lower()
    low = text.lower()
    j = low.find(surname, start)
    while j >= 0:
        k = j + len(surname)
        if not (low[j - 1].isalnum() or (k < len(low) and low[k].isalnum())):
            before, after = low[max(0, j - 20) : j].split(), low[k : k + 20].split()
            if (not before or before[-1] != first) and after and after[0].strip(",.") in cues:
                return True
        j = low.find(surname, k)
    return False
