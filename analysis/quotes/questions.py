"""Clauses opening a sentence before the main clause's speaker: a participle of speech ("Noting that the river had
risen, the engineer said ..."), and questions: the question a cue of asking reports ("Asked whether the plant would close, ...", "X asked the
governor how he would pay for it", "was asked by reporters why ..."). The one asked answers elsewhere; the
question is the asker's, who is often the unnamed reporter (no speaker then)."""

from __future__ import annotations

import re

from ..text.words import PREPOSITIONS
from .clauses import FRONTED_SUBORDINATE, PASSIVE_QUESTION, QUESTION_WORD, is_speech_cue, looks_like_clause
from .context import ArticleContext
from .lexicon import Cue
from .records import Report
from .speakers import parse_speaker
from .subjects import Found, Subjects
from .tokens import words

# "X asked (the governor / him) how ...": an active cue, its listener of up to four words before the question
_ACTIVE_AFTER = re.compile(r"(?:\s+(?P<obj>(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+))?\s+(?P<q>" + QUESTION_WORD + ")")
# what makes "asked" passive: "Asked ...," opening the sentence, "when asked", "was asked", "been asked"
_PASSIVE_BEFORE = re.compile(r"(?:^|\b(?:when|if|after|once|while|was|were|been|being|is|are|be)\s+)\s*$", re.I)
_ACTIVE_SUBJECT_END = re.compile(r"[\w.’'-]\s*$")


def question(ctx: ArticleContext, subjects: Subjects, c: re.Match, us: int, ue: int) -> tuple[int, int, Found] | None:
    """The question a form of "ask" reports, from its question word to the clause's end, and its asker."""
    masked = ctx.masked
    cs, ce = c.start(), c.end()
    before = masked[us:cs]
    if _PASSIVE_BEFORE.search(before):
        m = PASSIVE_QUESTION.match(masked, ce, ue)
        if m is None:
            return None
        asker: Found = (None, None)
        if m.group("by"):
            sp = parse_speaker(ctx, m.start("by"), m.end("by"))
            if sp is None:
                return None
            asker = (sp, "asked-by")
        # "Asked whether ...,", "When asked if ...,", "When Roe, the manager, was asked if ..., he said": set off
        opens_sentence = (
            not before.strip()
            or before.rstrip().lower().endswith(("when", "if", "after", "once"))
            or FRONTED_SUBORDINATE.match(before) is not None
        )
    else:
        m = _ACTIVE_AFTER.match(masked, ce, ue)
        if m is None or not _ACTIVE_SUBJECT_END.search(before) or _lists_question(m.group("obj")):
            return None
        asker = subjects.cue_speaker(us, ue, cs, ce)
        if asker[0] is None:
            return None
        opens_sentence = False
    s = m.start("q")
    e = _question_end(masked, s, ue, opens_sentence)
    if len(words(masked[s:e])) < 3:
        return None
    return s, e, asker


def _lists_question(obj: str | None) -> bool:
    """The words before the question word are no listener: a clause ("asked that ...") or a verb's object."""
    return bool(obj) and any(w.lower() in ("that", "to", "for", "about", "and", "or") for w in words(obj))


def _question_end(masked: str, s: int, ue: int, opens_sentence: bool) -> int:
    """A question set off before the main clause ("Asked whether X, she said ...") ends at its comma."""
    if opens_sentence:
        comma = masked.find(",", s, ue)
        if comma > 0:
            return comma
    e = ue
    while e > s and masked[e - 1] in " .?|\n":
        e -= 1
    return e


_LEAD_WORDS = frozenset({"but", "and", "yet", "still", "also"})
# a preposition of time or means before an opening participle and its "that" ("After arguing that the vote was rigged,
# Roe conceded", "By noting that ..."); without "that" the gerund's object is often no clause ("While declining
# specifics, ...")
_LEAD_PREPOSITIONS = frozenset({"after", "before", "while", "since", "by", "upon"})
_THAT_OPT = re.compile(r"\s*(?:that\s+)?")


def opening_participle(
    ctx: ArticleContext, subjects: Subjects, c: re.Match, cue: Cue, us: int, ue: int
) -> Report | None:
    """ "Noting that the river had risen, the engineer said ...": the participle's clause runs to the comma before
    the main clause, whose subject (the speaker of its cue of speech) says it."""
    masked = ctx.masked
    lead = [w.lower() for w in words(masked[us : c.start()])]
    if cue.cue_class not in ("speech", "denial") or any(w not in _LEAD_WORDS | _LEAD_PREPOSITIONS for w in lead):
        return None
    tm = _THAT_OPT.match(masked, c.end(), ue)
    if any(w in _LEAD_PREPOSITIONS for w in lead):
        # the clause ends at its first comma, where the main clause's subject stands (not "While conceding that A, B,
        # C, the chamber said": a dangling opener whose clause ends nowhere clear)
        rep = _opening_that(ctx, subjects, c, tm.end(), ue) if "that" in tm.group() else None
        return rep if rep is not None and rep.end == masked.find(",", tm.end(), ue) else None
    s = tm.end()
    for c2 in ctx.cues(s, ue):
        cue2 = ctx.lex.cue(c2.group())
        if cue2 is None or cue2.type != "finite" or not cue2.reported or not is_speech_cue(masked, c2, us):
            continue
        comma = masked.rfind(",", s, c2.start())
        if comma < 0 or "|" in masked[s:comma] or len(words(masked[comma + 1 : c2.start()])) > 6:
            continue
        if parse_speaker(ctx, comma + 1, c2.start()) is None:
            continue
        content = masked[s:comma]
        if (words(content)[:1] or [""])[0].lower() in PREPOSITIONS:
            return None  # "Speaking to reporters, ...": the setting, not the words
        if len(words(content)) < 3 or (
            cue.needs_clause and "that" not in tm.group() and not looks_like_clause(content, ctx.lex)
        ):
            return None
        found = subjects.cue_speaker(us, ue, c2.start(), c2.end())
        return Report(s, comma, found, "opening-participle") if found[0] is not None else None
    return _opening_that(ctx, subjects, c, s, ue) if "that" in tm.group() else None


def _opening_that(ctx: ArticleContext, subjects: Subjects, c: re.Match, s: int, ue: int) -> Report | None:
    """ "Noting that the river had risen, the engineer closed the bridge": with no cue of speech in the main clause,
    the "that" clause runs to the first comma after which the main clause's subject stands, and its subject says it."""
    masked = ctx.masked
    comma = masked.find(",", s, ue)
    while comma > 0:
        if "|" in masked[s:comma]:
            return None
        sp = subjects.unit_subject(comma + 1, ue) if len(words(masked[s:comma])) >= 3 else None
        if sp is not None and sp.kind in ("person", "org", "role", "pronoun"):
            found = subjects.resolve(sp, "main-clause-subject", c.start())
            return Report(s, comma, found, "opening-participle") if found[0] is not None else None
        comma = masked.find(",", comma + 1, ue)
    return None
