"""When a found quote matches a brat attribution: its content (the first eight words or 40 characters, folded)
and its speaker (a head word of the gold source)."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

from .matching import norm

HEAD_WORDS, HEAD_CHARS = 8, 40
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her they them their it its one who whom whose which that this these "
    "those myself ourselves yourself himself herself itself themselves someone somebody everyone everybody anyone "
    "anybody nobody".split()
)
_EDGE = ".,;:!?()[]{}—–-…*"


def words(s: Any) -> list[str]:
    """Tokens of ``norm(s)`` with punctuation at their edges stripped (empty tokens dropped)."""
    return [w for w in (t.strip(_EDGE) for t in norm(s).split()) if w]


def fold(s: Any) -> str:
    """``words`` joined by one space: the form both matching rules compare."""
    return " ".join(words(s))


def content_matches(found: Any, gold: Any) -> bool:
    """The found quote holds the gold content's first eight words, or the gold content holds its first 40 characters."""
    f, g = fold(found), fold(gold)
    if not f or not g:
        return False
    head = " ".join(g.split()[:HEAD_WORDS])
    return f" {head} " in f" {f} " or f[:HEAD_CHARS] in g


# words that end a source's core phrase ("Brown of Ohio", "a spokesman for the campaign", "X, who ...")
_CUT = frozenset(
    "who whom whose which that of at for from in with on to by like including among during after before under "
    "over about as than based".split()
)
# "one of the aides", "some of them", "a group of senators": the head is after "of"
_QUANTIFIERS = frozenset(
    "one two three four five some many most all several few none both each any either neither half majority "
    "number group dozens hundreds thousands millions lot plenty".split()
)


def source_heads(source: Any) -> list[str]:
    """Head words of a source phrase: for each comma-separated part (an apposition: "Jane Roe, a lawyer"),
    the last word before a relative clause or a preposition, folded, "'s" dropped; parentheses left out.

    "Sen. Ann Lee (D-N.Y.)" -> ["lee"]; "Jane Roe, a lawyer at a firm" -> ["roe", "lawyer"];
    "one of his aides" -> ["aides"]; "he" -> ["he"].
    """
    s = re.sub(r"\([^()]*\)?", " ", str(source or ""))
    heads = []
    for part in re.split(r"[,;—–]| -- ", s):
        ws = words(re.sub(r"['’]s\b", "", part))
        if ws[:1] in (["a"], ["the"]) and len(ws) > 3 and ws[1] in _QUANTIFIERS and ws[2] == "of":
            ws = ws[3:]
        elif len(ws) > 2 and ws[0] in _QUANTIFIERS and ws[1] == "of":
            ws = ws[2:]
        if not ws or ws[0] in _CUT:  # a relative clause or a phrase ("like most economists"), not an apposition
            continue
        core = [ws[0], *takewhile(lambda w: w not in _CUT, ws[1:])]
        heads.append(core[-1])
    return heads


def is_pronoun_source(source: Any) -> bool:
    """A source that is a pronoun ("he", "some of them", "who"): excluded from speaker accuracy."""
    heads = source_heads(source)
    return not heads or heads[0] in PRONOUNS


def speaker_holds(speaker: Any, source: Any) -> bool:
    """The found speaker holds a head word of the gold source (of the source or of an apposition to it)."""
    have = set(words(re.sub(r"['’]s\b", "", str(speaker or ""))))
    return any(h in have for h in source_heads(source))


def speaker_holds_last_word(speaker: Any, source: Any) -> bool:
    """The first rule: the found speaker holds the last word of the gold source."""
    last = words(re.sub(r"['’]s\b", "", str(source or "")))[-1:]
    return bool(last) and last[0] in set(words(re.sub(r"['’]s\b", "", str(speaker or ""))))
