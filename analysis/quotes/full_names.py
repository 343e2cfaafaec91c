"""A company's short name and the full name the story gives it: "Lloyds' general manager" after "Lloyds Bank Plc",
"Societe Generale" after "Societe Generale de Belgique" (organisations.csv names either)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import find_mentions
from ..text.organisations import NAMED_KINDS, Organisation, find_organisations, organisation_in
from ..text.words import COMPANY_LEGAL_FORMS
from .context import ArticleContext

_CAP_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:de|of|es)?\s*[A-Z][\w.’'-]*)*")
# one legal form as a regex ("Savings Bank" across a line break too), and a run of them after a name ("Co Ltd")
LEGAL_FORM = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in COMPANY_LEGAL_FORMS) + ")"
LEGAL_FORMS_AFTER = re.compile(r"(?:\s+" + LEGAL_FORM + r")*")


@lru_cache(maxsize=4096)
def table_organisation(phrase: str, day: str) -> Organisation | None:
    """The first organisation of organisations.csv a phrase names, cached."""
    return organisation_in(phrase, day)


_POSSESSIVE_END = re.compile(r"(?:[’']s|[’'])$")


def fuller_name(ctx: ArticleContext, phrase: str) -> Organisation | None:
    """The organisation of organisations.csv the story names in full whose name a phrase shortens: the phrase's
    organisation's name continued ("Societe Generale" after "Societe Generale de Belgique"), or its opening words
    when the table has no row for them ("Lloyds' manager" after "Lloyds Bank Plc")."""
    own = table_organisation(phrase, ctx.day)
    shorts = [] if own is not None else _short_names(ctx, phrase)
    if own is None and not shorts:
        return None  # most phrases: no capitalised name the story continues
    if "organisations" not in ctx.memo:
        ctx.memo["organisations"] = find_organisations(ctx.text, ctx.day, NAMED_KINDS)
    named = ctx.memo["organisations"]
    if own is not None:
        return next((o for o in named if o.name.startswith(own.name + " ") and o.name not in phrase), None)
    for name in shorts:
        found = [o for o in named if o.name.startswith(name + " ")]
        if found:  # a unit named too ("Daiwa Securities America Inc"): the short name may be the unit's
            return found[0] if all(_whole_name(ctx, o) for o in found) else None
    return None


def _short_names(ctx: ArticleContext, phrase: str) -> list[str]:
    """The capitalised names of a phrase the story writes as the start of a longer name, posts and countries left out."""
    out = []
    for run in _CAP_RUN.finditer(phrase):
        name = _POSSESSIVE_END.sub("", run.group())
        if len(name) < 4 or name + " " not in ctx.text:
            continue
        if any(ctx.lex.kind(w) is not None or ctx.lex.title_re.fullmatch(w) for w in name.split()):
            continue  # "Finance Minister", "Mr": a post, no name
        if not find_mentions(name, ctx.day):  # "British", "Canada": a country, no company's short name
            out.append(name)
    return out


def _whole_name(ctx: ArticleContext, org: Organisation) -> bool:
    """A company named by its table name and legal forms only ("Lloyds Bank Plc <LLOY.L>"), not one of its units
    ("Salomon Brothers International Ltd"), whose short name is the unit's."""
    tail = LEGAL_FORMS_AFTER.match(ctx.text, org.end)
    return org.kind == "company" and not _UNIT_AFTER.match(ctx.text, tail.end())


# after a company's table name, more of a unit's name: a capitalised word ("Daiwa Securities America Inc"), a bracket,
# or a word and a legal form as a wire may lower-case them ("Salomon Brothers international inc")
_UNIT_AFTER = re.compile(r"\s+(?:[A-Z(]|[a-z][\w-]*\s+(?i:inc|ltd|plc|corp|co|sa|ag|nv|bv)\b)")
