"""Cue words that report nothing where they stand, read before reported speech is looked for: a document's
participle ("A report published Wednesday said ...") and a noun after a determiner ("the terrorist attacks")."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES, CALENDAR, PREPOSITIONS
from .context import ArticleContext
from .lexicon import Cue
from .tokens import words

# what may stand between a document's participle and the document's own cue: "published by the group",
# "posted online", "published last week", "released Monday" (a modifier first, no object: not "The statement noted
# the fund expressed ..."; no comma, no clause)
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:by|in|on|at|for|from|to|last|this|earlier|late|early|online|today|yesterday|[A-Z][a-z]+day|[a-z]+ly)\b"
    r"(?:\s+(?!(?:that|who|which|what|whether|if)\b)[^\s,;:.|()\"“”]+){0,7}\s+"
)
# the later cue has content after it (not "..., a poll published in the Guardian reports.")
_WORDS_AFTER = re.compile(r"\s*\w+\W+\w")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several".split())
_SINGLE_COUNT = frozenset("one percentage basis half".split())
_DETERMINERS = frozenset("a an the its his her their our this these those".split())
# words after which a noun-like cue form is still a verb: "the two attacks", "the others claim", "the latter reports"
_NOT_MODIFIERS = frozenset(
    "two three four both other others many few most some all rest latter former also often now again still then "
    "who which that not never and or but nor".split()
)


def document_participle(ctx: ArticleContext, c: re.Match, cue: Cue, cues: list, unit_end: int) -> bool:
    """ "A report published Wednesday said ...": a past participle right after a document noun modifies it (a
    reduced relative clause) when a finite cue of the same sentence follows; that later cue reports."""
    form = c.group().lower()
    if cue.type != "finite" or not form.endswith(("ed", "en")) or not ctx.masked[: c.start()].endswith(" "):
        return False
    before = words(ctx.masked[max(0, c.start() - 30) : c.start()])
    if not before or ctx.lex.kind(before[-1]) != "source":
        return False
    nxt = next((c2 for c2 in cues if c2.start() > c.end()), None)
    later = ctx.lex.cue(nxt.group()) if nxt is not None else None
    return (
        later is not None
        and later.type == "finite"
        and later.reported
        and _PARTICIPLE_TAIL.fullmatch(ctx.masked, c.end(), nxt.start()) is not None
        and _WORDS_AFTER.match(ctx.masked, nxt.end(), unit_end) is not None
    )


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def adjective_cue(ctx: ArticleContext, c: re.Match) -> bool:
    """A cue form before a noun it modifies (adjective_cue_forms.csv: "preferred stock"): a thing, no speech."""
    m = _NEXT_WORD.match(ctx.masked, c.end()) if ctx.lex.adjective_uses else None
    return m is not None and (c.group().lower(), m.group(1).lower()) in ctx.lex.adjective_uses


def noun_phrase_cue(ctx: ArticleContext, c: re.Match, unit_start: int) -> bool:
    """A cue form that is also a noun (noun_cue_forms.csv) after a determiner and one to three modifiers with no
    person, body or document word among them ("the terrorist attacks in Paris", "a private email server", "the
    recent reports"), or after a count ("10 points to 1,800"); not "the senator attacks", "the company reports" or "the
    Associated Press reports"."""
    if c.group().lower() not in ctx.lex.noun_forms or not ctx.masked[: c.start()].endswith(" "):
        return False
    prev = words(ctx.masked[max(unit_start, c.start() - 50) : c.start()])
    form = c.group().lower()
    # the count right before the form, no comma between ("The suit, filed in 1982, charges X with ...")
    last = prev[-1].lower() if prev and ctx.masked[c.start() - 2 : c.start() - 1].isalnum() else ""
    if (form.endswith("s") and (last[:1].isdigit() or last in _COUNT_WORDS)) or last in _SINGLE_COUNT:
        return True  # "rose 10 points to 1,800", "by one percentage point to 19 pct": a count's noun (not "the two
        # claim that ...")
    plural_before = prev and prev[-1].lower().endswith("s") and not prev[-1].lower().endswith("ss")
    if plural_before and not form.endswith("s") and not _article_before_name(prev):
        return False  # "the borrowers claim": a verb after a plural (not "a Reuters report")
    for k, w in enumerate(reversed(prev[-4:])):
        low = w.lower()
        if low in _DETERMINERS:
            return k > 0
        # a capital may name the speaker ("the Associated Press reports"), so only lower-case modifiers; but after
        # "a" and a name the base form is a noun ("A Reuter report from Rotterdam quoted ...")
        if w in CALENDAR:
            continue  # "the January decline", "the March report": a date modifies the noun, no one speaks
        if not w.islower():
            return not form.endswith("s") and _article_before_name(prev[: len(prev) - k])
        if low in _NOT_MODIFIERS or low in PREPOSITIONS or low in AUXILIARIES:
            return False
        if low.endswith("ly") or ctx.lex.kind(w) is not None:
            return False
    return False


def _article_before_name(prev: list[str]) -> bool:
    """The words before a cue form are "a"/"an" and singular modifiers, one a name ("a Reuter", "a low Western
    Australia"): a noun phrase, whose base-form cue is a noun; not "a few analysts estimate"."""
    for k, w in enumerate(reversed(prev[-4:])):
        low = w.lower()
        if low in ("a", "an"):
            return k > 0
        plural = w.islower() and low.endswith("s") and not low.endswith("ss")
        if plural or low == "few" or low in PREPOSITIONS or low in _NOT_MODIFIERS:
            return False
    return False
