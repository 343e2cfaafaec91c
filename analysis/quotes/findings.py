"""Findings: who a finding cue ("showed", "found") belongs to when the phrase right before the cue is not the
document itself ("A study by X and Y found that ...", "The report published Tuesday showed that ..."), and
the bodies whose investigations find ("the Justice Department found that ...")."""

from __future__ import annotations

import re

from .clauses import LEADING_ADVERBIAL
from .context import ArticleContext
from .lexicon import Cue
from .records import Speaker
from .speakers import parse_speaker
from .tokens import is_cap, words

# where a document's head noun ends and what it is modified by begins: "a study by ...", "the report
# published Tuesday", "a poll of 800 voters", "records released on Friday"
_HEAD_END = re.compile(
    r"\s(?:by|of|from|for|on|in|at|with|published|released|issued|conducted|commissioned|filed|obtained|"
    r"made|cited|reviewed|seen|provided|prepared|posted|reported|this|last|out)\b"
)
# a document and one aside in commas before the cue ("A Fox News poll, conducted by two firms, shows")
_ASIDE = re.compile(r"([^,;:|()]+),\s[^,;:|]{3,120},\s*$")
# people whose work is study: their "found that" reports a finding ("police found that ..." stays an action)
_STUDY_ROLES = frozenset(
    "researcher researchers author authors economist economists scientist scientists pollster pollsters scholar "
    "scholars".split()
)
_THAT_NEXT = re.compile(r"\s+that\s")


def document_subject(ctx: ArticleContext, us: int, cs: int) -> Speaker | None:
    """The sentence's subject before the cue when its head noun names a document, poll or study."""
    start = us + LEADING_ADVERBIAL.match(ctx.masked[us:cs]).end()
    phrase = ctx.masked[start:cs]
    aside = _ASIDE.match(phrase)
    if aside is not None:
        phrase = aside.group(1)  # "The poll, released on Monday by X, showed ...": the head before its aside
    if not phrase.strip() or any(ch in phrase for ch in ",;:|()") or len(words(phrase)) > 14:
        return None
    parts = _HEAD_END.split(phrase, maxsplit=2)
    head = parts[0]
    if len(parts) > 1 and words(head) and is_cap(words(head)[-1]) and ctx.lex.kind(words(head)[-1]) != "source":
        head = f"{head} {parts[1]}"  # "A University of Ohio poll": the name's "of" is inside the head
    toks = words(head)
    if not toks or len(toks) > 5 or ctx.lex.kind(toks[-1]) != "source":
        return None
    end = start + len(phrase.rstrip())
    sp = parse_speaker(ctx, start, end) or parse_speaker(ctx, start, start + len(head.rstrip()))
    return sp if sp is not None and sp.kind in ("role", "org") else None


def body_finds(ctx: ArticleContext, cue: Cue, sp: Speaker | None, ce: int) -> bool:
    """A public body's investigation or people whose work is study find: "the Justice Department found that ...",
    "the court found that ...", "the researchers found that ..."."""
    return (
        sp is not None
        and (sp.state or (sp.kind == "role" and (words(sp.text)[-1:] or [""])[0].lower() in _STUDY_ROLES))
        and sp.kind in ("org", "role")
        and cue.lemma == "find"
        and _THAT_NEXT.match(ctx.masked, ce) is not None
    )
