"""A person named right after a post that names its body, without a comma between them ("director of public
credit Ann Roe", "president of the employers' federation CNPF Ann Roe"): where the name stands."""

from __future__ import annotations

import re

from ..text.words import CALENDAR, COMPANY_ENDINGS, DETERMINERS, NAME_JOINERS, PREPOSITIONS, SENTENCE_OPENERS
from .context import ArticleContext
from .homes import known_company, organisation_home
from .tokens import fold, is_cap

_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_FIRM = frozenset(COMPANY_ENDINGS)  # "Government Securities Fund": a firm's name, never a person's
_PARTICLES = NAME_JOINERS - {"of", "for", "and", "the", "&"}  # the lower-case particles of a surname ("van der")


def _name_words(ctx: ArticleContext, toks: list[tuple[int, int, str]]) -> int:
    """How many words at the end of ``toks`` can be a person's name: capitalised words (or initials, or a
    surname's particles) that are no role, body or place, at most four."""
    k = len(toks)
    while k > 0 and len(toks) - k < 4:
        w = toks[k - 1][2]
        plain = is_cap(w) and not w.isupper() and ctx.lex.kind(w) is None and ctx.lex.kind(fold(w)) is None
        if not (plain or _INITIALS.fullmatch(w) or (w in _PARTICLES and k < len(toks))):
            break
        if ctx.mentions.inside(toks[k - 1][0], toks[k - 1][1]) or w in CALENDAR or w in SENTENCE_OPENERS or w in _FIRM:
            break
        k -= 1
    return len(toks) - k


def name_after_post(
    ctx: ArticleContext, toks: list[tuple[int, int, str]], start: int, end: int
) -> tuple[int, int] | None:
    """A post with its body written before the name, without a comma ("director of public credit Ann Roe",
    "president of the employers' federation CNPF Ann Roe"): where the name stands in ``toks`` (the phrase
    text[start:end]). The name must follow a word that ends the post (a lower-case noun that names no body, an
    acronym, a body's capitalised word), not a preposition ("chairman of Credit Lyonnais") nor a body's common noun ("brokerage Smith
    Barney"); a post of the passive ("a group led by investor Ann Roe") is the group's."""
    text = ctx.text
    n = _name_words(ctx, toks)
    if n < 2 or n == len(toks) or toks[-n][2] in _PARTICLES or any(w == "by" for _, _, w in toks[:-n]):
        return None
    if toks[-n - 1][2] == "and" and n > 2:  # "... Cooperation and Development Ann Roe": a body's last word
        n = 3 if _INITIALS.fullmatch(toks[-2][2]) else 2
    elif not _ends_post(ctx, toks[-n - 1]):
        return None
    if not any(
        ctx.lex.kind(w) in ("role", "title") or ctx.lex.kind(fold(w)) in ("role", "title") for _, _, w in toks[:-n]
    ):
        return None  # a person's post names the person: not "a commission set up to audit Air Lanka"
    name_start, name_end = toks[-n][0], toks[-1][1]
    name = text[name_start:name_end]
    if "," in text[start:end] or not _NAME_TEXT.fullmatch(name) or known_company(ctx, name):
        return None
    if organisation_home(ctx, name)[0]:  # "securities house Barclays de Zoete Wedd": a body of the table
        return None
    if any(m.start < name_end and m.end > name_start for m in ctx.mentions.inside(start, end)):
        return None  # "the New York Fed": a place's name runs into it
    return name_start, name_end


_NAME_TEXT = re.compile(r"[A-Z][\w.’'-]*(?:\s+[\w.’'-]+)+")


def _ends_post(ctx: ArticleContext, tok: tuple[int, int, str]) -> bool:
    """A word a post can end with right before a name: a lower-case noun of no body ("credit"), an acronym of
    three letters or more ("CNPF"), a body's capitalised word ("Association")."""
    w = tok[2]
    if w.islower():
        return (
            len(w) > 2
            and w not in PREPOSITIONS
            and w not in DETERMINERS
            and w not in NAME_JOINERS
            and ctx.lex.kind(w) is None
        )
    return (w.isupper() and len(w) >= 3 and w.isalpha()) or ctx.lex.kind(w) == "org"
