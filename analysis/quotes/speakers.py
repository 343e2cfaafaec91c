"""A speaker phrase -> Speaker: a person (name, role), an unnamed role ("the spokesman"), a body ("the
ministry"), a country, or a pronoun. Pure: it reads the article, it writes nothing (the article's memory of
people is kept by discourse.py)."""

from __future__ import annotations

import re

from ..text.words import SUBJECT_PRONOUNS
from .context import ArticleContext
from .lexicon import Lexicon
from .named_speakers import capital_as_surname, named_speaker
from .phrase_countries import POSS_LEAD, acronym_name, phrase_country
from .post_names import name_after_post
from .records import Speaker
from .speaker_phrase import Phrase, phrase_tokens, quantity_speaker, read_phrase, reduced_relative
from .tokens import fold, is_cap, words

# a plural of an agent noun, a group of people who can speak ("forecasters", "protesters", "economists", "critics")
AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ics)")
# two names joined by a slash name a joint body, never a person ("Royal Dutch/Shell", "Kidder/Peabody")
_SLASH_JOINED = re.compile(r"[a-z]/[A-Z]")


def head_key(phrase: str | None, lex: Lexicon) -> str | None:
    """The last role, title or org word of a speaker phrase, folded ("senior ministry official" -> "official";
    a company suffix gives what it stands for: "Standard Oil Co" -> "company")."""
    for w in reversed(lex.before_participle(words(phrase or ""))):
        if lex.kind(w) in ("role", "org", "title") or lex.kind(fold(w)) in ("role", "org", "title"):
            key = fold(w)
            entry = lex.words.get(key)
            return entry.head if entry is not None and entry.head else key
    return None


def parse_speaker(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    """Parse text[start:end] as a speaker phrase, or None when it does not look like one. Each phrase is parsed
    once per article; callers get their own copy, since later stages fill in a speaker's role and country."""
    key = (start, end)
    if key not in ctx.parsed:
        ctx.parsed[key] = _parse(ctx, start, end)
    found = ctx.parsed[key]
    return _copied(found) if found is not None else None


def _copied(sp: Speaker) -> Speaker:
    # what copy.copy makes of a dataclass, without its generic protocol (a third of the time of each parse reused)
    new = object.__new__(type(sp))
    new.__dict__.update(sp.__dict__)
    return new


def _parse(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    toks = phrase_tokens(ctx, start, end)
    quantity = quantity_speaker(ctx, toks) if toks else None
    if quantity is not None:
        return quantity
    ph = read_phrase(ctx, list(toks), end)
    if ph is None:
        return None
    if len(ph.toks) == 1 and ph.toks[0][2].lower() in SUBJECT_PRONOUNS:
        return Speaker(ph.toks[0][2].lower(), None, None, "pronoun")
    htoks = ph.head_toks
    if not htoks:
        return None
    hs, he = htoks[0][0], htoks[-1][1]
    mentions = ctx.mentions.inside(hs, he)
    state = any(ctx.lex.state(w) for _, _, w in ph.toks)
    if len(mentions) == 1 and mentions[0].start <= hs + 1 and mentions[0].end >= he - 2 and ph.head == len(ph.toks):
        m = mentions[0]  # a country, capital or state body alone speaks for itself
        return Speaker(m.surface, None, m.country, "country", state=True)
    last = htoks[-1][2]
    last_kind = ctx.lex.kind(last)
    ends_in_country = bool(mentions) and mentions[-1].end >= he - 1
    if is_cap(last) and (
        last_kind == "org"
        or (last.isupper() and len(last) > 1 and last_kind is None and not ends_in_country)
        or _SLASH_JOINED.search(ctx.text, hs, he) is not None
    ):
        return _person_of_body(ctx, start, end) or _organisation(ctx, ph, state)
    if (
        is_cap(last)
        and last_kind not in ("role", "source")
        and not (mentions and mentions[-1].end >= he - 2 and mentions[-1].start <= htoks[-1][0])
    ) or capital_as_surname(ctx, htoks, mentions):
        return named_speaker(ctx, ph, state, surname=mentions[-1] if mentions else None)
    if ph.head < len(ph.toks) and is_cap(ph.toks[-1][2]):
        found = name_after_post(ctx, ph.toks, ph.start, ph.end)
        if found is not None:  # "president of the employers' federation CNPF Ann Roe": the person, not the post
            name_start, name_end = found
            role = ctx.text[ph.start : name_start].strip(" ,")
            country = phrase_country(ctx, ph.start, ph.end, exclude=(name_start, name_end))
            return Speaker(ctx.text[name_start:name_end], role, country, "person", state=state, name_start=name_start)
    return _described(ctx, ph, mentions, state)


def _person_of_body(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    """ "oil analyst Doug Vale of Brown Nisker Ltd": a person named in full after a post, of a body, speaks (the
    body is in the role), not the body."""
    text = ctx.text[start:end]
    i = text.find(" of ")
    sp = _parse(ctx, start, start + i) if i > 0 else None
    if sp is None or sp.kind != "person" or " " not in sp.text or not sp.role:
        return None  # a post before the name: not "First Federal Savings of Arkansas FA"
    sp.role = f"{sp.role} {text[i + 1 :]}"
    return sp


def _organisation(ctx: ArticleContext, ph: Phrase, state: bool) -> Speaker:
    """A named organisation ("Japan Fund Inc", "the FHLBB"); an acronym introduced earlier by its name, as the name
    and the acronym the story goes on with ("Joint Chiefs of Staff (JCS)")."""
    last = ph.head_toks[-1][2]
    if len(ph.head_toks) == 1 and last.isupper() and ph.head == len(ph.toks):
        full = acronym_name(ctx, last, ph.start)
        if full is not None:  # "the Joint Chiefs of Staff (JCS) ... the JCS said"
            state = state or any(ctx.lex.state(w) for w in full[0].split())  # "Environmental Protection Agency"
            return Speaker(f"{full[0]} ({last})", None, full[1], "org", state=state)
    return Speaker(ctx.text[ph.start : ph.end], None, phrase_country(ctx, ph.start, ph.end), "org", state=state)


def _described(ctx: ArticleContext, ph: Phrase, mentions: list, state: bool) -> Speaker | None:
    """The head ends in a common noun: an unnamed speaker described by its role ("the Japanese officials")."""
    lex, text, htoks = ctx.lex, ctx.text, ph.head_toks
    named = [any(m.start <= a and b <= m.end for m in mentions) for a, b, _ in htoks]
    joined = [w in ("and", "&") and not inside for (_, _, w), inside in zip(htoks, named)]
    # "Japan and South Korea": countries listed, however many words their names take
    listed = any(joined) and all(j or inside for j, inside in zip(joined, named))
    if not any(lex.kind(w) in ("role", "org", "source", "title") for _, _, w in htoks):
        quantified = ph.text_start < ph.start  # "more than half of respondents"
        agents = len(htoks) <= 2 and AGENT_PLURAL.fullmatch(htoks[-1][2]) is not None and htoks[0][2].isalpha()
        if not ((ph.had_det or mentions or quantified or agents) and (len(htoks) <= 3 or listed)):
            return None
    hs, he = htoks[0][0], htoks[-1][1]
    role = text[hs:he]
    if mentions and mentions[0].start == hs:
        role = None if listed else POSS_LEAD.sub("", text[mentions[0].end : he]).strip() or None
    last = htoks[-1][2]
    plural = (
        last.lower().endswith("s") and lex.kind(last) in ("role", "org", "source") and not last.lower().endswith("ss")
    )
    human = lex.kind(last) in ("role", "title")
    country = phrase_country(ctx, ph.start, ph.end)
    definite = ph.definite and not mentions
    end = he if reduced_relative(ctx, ph) else ph.end
    return Speaker(
        text[ph.text_start : end], role, country, "role", state=state, plural=plural, human=human, definite=definite
    )
