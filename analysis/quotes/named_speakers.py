"""A speaker head that ends in a capitalised run: a person's name with the role and country before it ("Japanese
Foreign Minister Taro Kono"), or an organisation's name ("Japan Fund", "the trade paper Automotive News")."""

from __future__ import annotations

import re

from ..text.organisations import place_country
from ..text.words import CALENDAR, NAME_JOINERS, PREPOSITIONS, SENTENCE_OPENERS, SUBJECT_PRONOUNS
from .context import ArticleContext
from .homes import known_company
from .phrase_countries import POSS_LEAD, phrase_country
from .records import Speaker
from .speaker_phrase import Phrase
from .tokens import fold, is_cap

_PARTICLES = NAME_JOINERS - {"of", "for", "and", "the", "&"}  # the lower-case particles of a surname ("van der")


def _name_run_start(ctx: ArticleContext, htoks: list[tuple[int, int, str]]) -> int:
    """Where the capitalised run that ends the head starts, a title with lower-case words included."""
    i = len(htoks) - 1
    while i > 0 and (
        is_cap(htoks[i - 1][2])
        or (htoks[i - 1][2] in NAME_JOINERS and i > 1 and is_cap(htoks[i - 2][2]))
        or (htoks[i - 1][2] in _PARTICLES and i > 2 and htoks[i - 2][2] in _PARTICLES and is_cap(htoks[i - 3][2]))
    ):  # "Pieter van der Vorm": two particles of a surname
        i -= 1
    for j in range(max(0, i - 4), i):  # a title with lower-case words in it ("Chancellor of the Exchequer")
        tm = ctx.lex.title_re.match(ctx.text, htoks[j][0])
        if tm and tm.end() > htoks[i][0] and is_cap(htoks[j][2]):
            return j
    return i


def _peel_countries(ctx: ArticleContext, run: list[tuple[int, int, str]]) -> tuple[list, bool]:
    """Countries and possessives off the front of a name run ("Japanese Foreign Minister Taro Kono",
    "Japan's Abe"); True when the run is an organisation's name that starts with a country ("Japan Fund")."""
    text = ctx.text
    while run:
        found = ctx.mentions.inside(run[0][0], run[-1][1])
        if not (found and found[0].start == run[0][0]):
            break
        k = 0
        while k < len(run) and run[k][0] < found[0].end:
            k += 1
        poss = text[found[0].end : found[0].end + 2] in ("'s", "’s")
        # "Japanese Foreign Minister", and a post written capitalised ("U.S. Delegate Ann Roe"): not "Japan Fund"
        titled = k < len(run) and (
            ctx.lex.title_re.match(text, run[k][0]) is not None
            or (ctx.lex.kind(run[k][2]) == "role" and k + 2 < len(run) and is_cap(run[k + 1][2]))
        )
        if not (poss or titled):
            return run, True
        run = run[k:]
    return run, False


def _title_cut(ctx: ArticleContext, run: list[tuple[int, int, str]]) -> int:
    """How many words of the run are titles: everything up to the last title is the role."""
    text = ctx.text
    cut = k = 0
    while k < len(run):
        tm = ctx.lex.title_re.match(text, run[k][0])
        if tm and tm.end() <= run[-1][1] and (tm.end() >= len(text) or not text[tm.end()].isalnum()):
            while k < len(run) and run[k][0] < tm.end():
                k += 1
            cut = k
            continue
        k += 1
    return _portfolio_end(ctx, run, cut) if cut else cut


def _portfolio_end(ctx: ArticleContext, run: list[tuple[int, int, str]], cut: int) -> int:
    """Past the portfolio a title is given with "for" ("Minister of State for Textiles R.N. Roe", "for Finance and
    Industry"): its first word, and words joined by "and" or that titles name portfolios with ("Foreign Affairs")."""
    if cut + 1 >= len(run) or run[cut][2] != "for" or not is_cap(run[cut + 1][2]):
        return cut
    k = cut + 2
    while k < len(run):
        if run[k][2] in ("and", "&") and k + 1 < len(run) and is_cap(run[k + 1][2]):
            k += 2
        elif run[k][2] in ctx.lex.portfolio_words:
            k += 1
        else:
            break
    return k


def _not_a_name(ctx: ArticleContext, ph: Phrase, name_toks: list) -> bool:
    found = [w for _, _, w in name_toks]
    return (
        any(ctx.lex.kind(w) in ("org", "source") for w in found)
        or len(name_toks) > 5
        or any(w in CALENDAR for w in found)
        or found[0].lower() in SUBJECT_PRONOUNS
        or not all(is_cap(w) or w in NAME_JOINERS for w in found)
        or (ph.had_det and len(ph.toks) == len(name_toks))
    )


def capital_as_surname(ctx: ArticleContext, htoks: list, mentions: list) -> bool:
    """ "marketing manager Deogracias Madrid": a capital's name after a first name is a surname, not a government."""
    if len(htoks) < 2 or not mentions or mentions[-1].kind != "capital" or mentions[-1].start != htoks[-1][0]:
        return False
    first = htoks[-2][2]
    return (
        is_cap(first)
        and first.isalpha()
        and not first.isupper()
        and ctx.lex.kind(first) is None
        and not ctx.lex.title_re.fullmatch(first)
        and not ctx.mentions.inside(htoks[-2][0], htoks[-2][1])
        and first not in SENTENCE_OPENERS
        and first.lower() not in PREPOSITIONS
    )


def named_speaker(ctx: ArticleContext, ph: Phrase, state: bool, surname=None) -> Speaker | None:
    """The head ends in a capitalised run: a person's name (with its role and country), or an organisation's."""
    text, htoks = ctx.text, ph.head_toks
    whole = text[ph.start : ph.end]
    if len(htoks) > 1 and known_company(ctx, text[htoks[0][0] : htoks[-1][1]], whole=True):
        # "General Acquisition said" after "General Acquisition Co": a company's short name, not General Acquisition
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    start = _name_run_start(ctx, htoks)
    if surname is not None and surname.start == htoks[-1][0] and start == len(htoks) - 1:
        start -= 1  # the run stopped at the capital: the first name before it is part of the name
    run, org_like = _peel_countries(ctx, htoks[start:])
    if org_like:
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    cut = _title_cut(ctx, run)
    if (
        not cut
        and len(run) > 2
        and run[0][0] > htoks[start][0]
        and ctx.lex.kind(run[0][2]) == "role"
        and is_cap(run[1][2])
    ):
        cut = 1  # after a country, a post written capitalised: "U.S. Delegate Ann Roe"
    name_toks = run[cut:]
    if not name_toks:  # only a title: "the President said"; bare ("King said", "Pope said") a surname: a person
        country = phrase_country(ctx, ph.start, ph.end)
        bare = not ph.had_det and len(htoks) == 1
        return Speaker(whole, whole, country, "role", state=state, human=bare, definite=ph.definite)
    if _not_a_name(ctx, ph, name_toks):
        if not any(is_cap(w) for _, _, w in name_toks):
            return None
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    name_start, name_end = name_toks[0][0], name_toks[-1][1]
    hs = htoks[0][0]
    role = text[hs:name_start].strip(" ,")
    lead = ctx.mentions.inside(hs, name_start)
    if lead and lead[0].start == hs:  # the role starts after a leading country ("Japan's foreign ministry spokesman")
        role = POSS_LEAD.sub("", text[lead[0].end : name_start]).strip(" ,")
    country = phrase_country(ctx, ph.start, ph.end, exclude=(name_start, name_end))
    name = text[name_start:name_end]
    body = role and _org_only(ctx, role, name) and not ctx.mentions.inside(name_start, name_end)
    kind = "org" if body and not place_country(name) else "person"  # "the trade paper Automotive News"
    return Speaker(name, role, country, kind, state=state, name_start=name_start)


_PARTS = re.compile(r"[\s-]+")


def _org_only(ctx: ArticleContext, role: str, name: str) -> bool:
    """Whether the words before a name end in a body's word and no person's post is among them or in the name
    ("trade paper", "the state oil company"; not "bank Vice-President", "National Bank first vice-president")."""
    parts = [w for w in _PARTS.split(role) if w]
    kinds = [ctx.lex.kind(fold(w)) or ctx.lex.kind(w) for w in parts + _PARTS.split(name)]
    if not parts or kinds[len(parts) - 1] != "org":
        return False
    # a post's word right before a body's word modifies it ("the official newspaper El Peruano")
    modifiers = {k for k in range(len(parts) - 1) if kinds[k] == "role" and kinds[k + 1] == "org"}
    if {"role", "title"} & {kind for k, kind in enumerate(kinds) if k not in modifiers}:
        return False
    return all(is_cap(w) or w in NAME_JOINERS for w in name.split())  # a name, not "said in its daily operations"
