"""A name and the post written beside it before the cue, where the comma reading alone would take the post for the
speaker: '"...," Larry Roe, Acme's insurance director, said', "The IML, Luxembourg's monetary authority, said",
"Ann Roe, manager of Acme's bond department said" (no closing comma)."""

from __future__ import annotations

import re
from typing import Protocol

from .context import ArticleContext
from .discourse import Discourse
from .phrase_countries import phrase_country
from .records import Speaker
from .tokens import words


class Subjects(Protocol):
    """What these readers use of subjects.Subjects (not imported: it imports them)."""

    ctx: ArticleContext
    memory: Discourse

    def subject_before(self, us: int, cue_s: int, depth: int = 0) -> Speaker | None: ...


# a post closed by no comma before the cue: "manager of ...", "the parent of ...", "a unit of ..."
POST_OF = re.compile(r"\s*(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|with|for)\s")


def capital_post(lex, seg: str) -> bool:
    """A post that opens with a capital: a body's possessive before its post ("Acme's insurance director",
    "Luxembourg's monetary authority") or a capitalised post before "of" ("Head of the EC Delegation"), not a
    second name or a place."""
    ws = words(seg)
    if len(ws) < 2 or len(ws) > 12:
        return False
    if ws[0].endswith(("'s", "’s")) or ws[1] == "s":
        return ws[-1].islower() and lex.kind(ws[-1]) in ("role", "org")
    return ws[1] == "of" and lex.kind(ws[0]) == "role"


def name_with_capital_post(subjects: Subjects, us: int, inner: str, c: int, seg: str) -> Speaker | None:
    """The name before the comma at ``c`` speaks, the post after it (``seg``) its role and the post's body or
    country its country; None when the name does not open the sentence or is no person's or body's."""
    ctx = subjects.ctx
    dateline_end = ctx.dateline.end - us if ctx.dateline else 0
    if "," in inner[max(inner.rfind("|", 0, c) + 1, dateline_end) : c]:
        return None  # "An official at Acme Comercial, Acme, Peru's state firm, said": the name is no subject
    named = subjects.subject_before(us, us + c, 1)
    if named is None or named.kind not in ("person", "org"):
        return None
    if named.kind == "person" and named.role and not ctx.lex.title_re.fullmatch(named.role):
        return None  # a post met before stays; a title alone ("Sir") is no post
    if named.country is None:
        named.country = phrase_country(ctx, us + c + 1, us + len(inner))
        named.country_rule = "apposition" if named.country else None
    if named.kind == "org":
        return named
    named.role = seg
    met = subjects.memory.first_mention(named.text)
    subjects.memory.remember(us if met is None else met, named.text, named.role, named.country)
    return named


def name_before_unclosed_post(subjects: Subjects, us: int, left: str, bstart: int, sp: Speaker) -> Speaker | None:
    """A post whose closing comma the copy left out ("Acme Inc, the parent of Acme Bank said"): the name that opens
    the sentence speaks, a person for a person's post, a body for a body's."""
    head = left[: bstart - 1]
    if "," in head[head.rfind("|") + 1 :]:
        return None
    named = subjects.subject_before(us, us + bstart - 1, 1)
    if named is None or named.kind != ("person" if sp.human else "org") or named.role:
        return None
    named.role = sp.text if named.kind == "person" else None
    named.country = named.country or sp.country
    return named
