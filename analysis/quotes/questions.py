"""Questions: the question a cue of asking reports ("Asked whether the plant would close, ...", "X asked the
governor how he would pay for it", "was asked by reporters why ..."). The one asked answers elsewhere; the
question is the asker's, who is often the unnamed reporter (no speaker then)."""

from __future__ import annotations

import re

from .clauses import PASSIVE_QUESTION, QUESTION_WORD
from .context import ArticleContext
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
        opens_sentence = not before.strip() or before.rstrip().lower().endswith(("when", "if", "after", "once"))
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
