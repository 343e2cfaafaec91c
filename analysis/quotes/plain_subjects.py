"""Main-clause subjects the name-and-role reading leaves out, for a participle of speech after the clause
("The nurse later sued, claiming ...", "Instead, he is stressing ..., asserting ...", "And even Vale tried to
..., noting ..."): a subject pronoun, a determiner with one common noun, or a name after a leading "And"/"But"."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES, DETERMINERS, PREPOSITIONS
from .records import Speaker
from .speakers import AGENT_PLURAL
from .tokens import WORD, words

# a leading conjunction and focus adverb ("And even Vale tried ...") or a one-word opener with its comma
# or a short opener with its comma ("Instead, he ...", "On Thursday, he ...") that the subject reading does not expect
_LEAD = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+(?:(?:even|also|then|still)\s+)?|[A-Z][a-z]+(?:\s+[A-Za-z]+){0,2},\s+)")
_PRONOUNS = ("he", "she", "they", "we", "i")
_ARTICLES = ("the", "a", "an")
_CONTRACTION = re.compile(r"(\w+)[’'](?:s|re|ve|ll|d|m)")
# between the subject and its verb: an adverb of time or manner ("later sued", "quickly responded")
_ADVERB = re.compile(r"[a-z]{3,}ly|later|also|then|again|still|once|first|even|now|already")


def plain_subject_span(masked: str, s: int, ue: int, cues: dict) -> tuple[int, int] | None:
    """Where a plain subject of the clause opening at ``s`` stands (start, end), or None: a subject pronoun;
    "the/a" and one lower-case noun followed by a verb (an -ed form, an auxiliary or a cue word, maybe after
    an adverb); a capitalised name of up to three words after a leading "And"/"But" followed by a verb."""
    lead = _LEAD.match(masked, s, ue)
    if lead is not None:
        s = lead.end()
    toks = [(m.start() + s, m.end() + s, m.group()) for m in WORD.finditer(masked[s : min(ue, s + 80)])][:6]
    if not toks:
        return None
    first = toks[0][2].lower()
    contracted = _CONTRACTION.fullmatch(first)
    if contracted and contracted.group(1) in _PRONOUNS:  # "He’s comparing ...": the pronoun, the verb contracted
        return toks[0][0], toks[0][0] + len(contracted.group(1))
    if first in _PRONOUNS:
        return (toks[0][0], toks[0][1]) if len(toks) > 1 and _verb(toks[1][2], cues) else None
    if first in _ARTICLES and len(toks) > 2 and toks[1][2].isalpha() and toks[1][2].islower():
        return (toks[0][0], toks[1][1]) if _verb_after(toks[2:], cues) else None
    if lead is None:
        return None
    n = 0
    while n < min(3, len(toks)) and toks[n][2][:1].isupper():
        n += 1
    if n and n < len(toks) and _verb_after(toks[n:], cues):
        return toks[0][0], toks[n - 1][1]
    return None


def _verb(w: str, cues: dict) -> bool:
    lw = w.lower()
    return lw in AUXILIARIES or lw in cues or (len(lw) > 3 and lw.endswith("ed"))


def _verb_after(toks: list[tuple[int, int, str]], cues: dict) -> bool:
    """A verb next ("sued", "has sued"), or after one adverb ("later sued")."""
    if toks and _verb(toks[0][2], cues):
        return True
    return len(toks) > 1 and _ADVERB.fullmatch(toks[0][2]) is not None and _verb(toks[1][2], cues)


def relative_subject_span(masked: str, s: int, e: int, lex) -> tuple[int, int] | None:
    """The subject of an object relative clause between its relative word and the cue ("which critics said
    was ...", "who he says has ...", "which the union said was ..."): a subject pronoun, capitalised words, or a role,
    body, source or agent plural (with a determiner); None for an adverb or anything longer than four words."""
    toks = [(m.start() + s, m.end() + s, m.group()) for m in WORD.finditer(masked[s:e])]
    if not toks or len(toks) > 4:
        return None
    first, last = toks[0][2], toks[-1][2]
    if len(toks) == 1 and first.lower() in _PRONOUNS:
        return toks[0][0], toks[0][1]
    body = toks[1:] if first.lower() in DETERMINERS else toks
    if not body:
        return None
    if (
        all(t[2][:1].isupper() for t in body)
        or lex.kind(last) in ("role", "source", "org")
        or AGENT_PLURAL.fullmatch(last)
    ):
        return toks[0][0], toks[-1][1]
    return None


# the subject's noun phrase, then its relative clause up to the cue: "groups that have endorsed him (say)"
_SUBJECT_RELATIVE = re.compile(
    r"(?:^|[,;]\s+|\b(?:but|and|while|although|though)\s+)\s*((?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+"
    r"(?:that|who|whose)\s+[^,;:|()]{3,90}$"
)


def subject_relative(masked: str, us: int, cue_s: int) -> tuple[int, int] | None:
    """Where the noun phrase of a subject with a relative clause right before the cue stands, or None."""
    window = masked[max(us, cue_s - 100) : cue_s]
    if "that" not in window and "who" not in window:
        return None  # the cheap test first
    m = _SUBJECT_RELATIVE.search(masked, max(us, cue_s - 160), cue_s)
    if m is None or len(words(masked[m.end(1) : cue_s])) < 3:
        return None  # "that 2013 report": a determiner, no relative clause
    last = words(m.group(1))[-1].lower()
    return None if last in PREPOSITIONS or last in DETERMINERS else (m.start(1), m.end(1))


# a group of people, a share of them or a pronoun of quantity right before "who" and the cue: "farmers, who said",
# "the 30 percent of voters who said", "those who say", "some who warned"
_GROUP_WHO = re.compile(
    r"(?<![\w-])((?:the\s+)?(?:\d[\d.,]*\s*(?:%|percent)(?:\s+of\s+(?:the\s+)?[a-z][\w-]+)?|those|some|many|others"
    r"|[a-z][\w-]*(?:ers|ors|ists|ans|ents|ants|ives))),?\s+who\s+(?:also\s+|later\s+|then\s+|have\s+|had\s+)?$"
)

# "families of the victims, many of whom say": the group a share of which speaks
_GROUP_OF_WHOM = re.compile(
    r"(?<![\w-])([a-z][\w-]*(?:ers|ors|ists|ans|ents|ants|ives|ies|ns)(?:\s+of\s+[\w/-]+(?:\s+[\w/-]+){0,2})?),\s+"
    r"(?:many|most|some|all|several|half|both|few|none|each|one|two|three|four|five|\d+)\s+of\s+whom\s+"
    r"(?:also\s+|still\s+|now\s+)?$"
)


def group_before_who(masked: str, us: int, cue_s: int) -> Speaker | None:
    """The group a relative "who" right before the cue refers to, as an unnamed plural speaker."""
    if "who" not in masked[max(us, cue_s - 20) : cue_s]:
        return None  # the cheap test first
    m = _GROUP_WHO.search(masked, max(us, cue_s - 80), cue_s)
    if m is None and "whom" in masked[max(us, cue_s - 20) : cue_s]:
        m = _GROUP_OF_WHOM.search(masked, max(us, cue_s - 100), cue_s)
    if m is None:
        return None
    return Speaker(m.group(1), None, None, "role", plural=True, human=True)
