"""Spans around a cue's subject that subjects.py reads: where a main clause's subject ends, a participle phrase
that opens a unit, an attribution close before a participle, and the asides and posts written after a name."""

from __future__ import annotations

import re

from ..text.words import ASIDE_PARTICIPLES, AUXILIARIES, DETERMINERS, NAME_JOINERS, PREPOSITIONS
from .clauses import looks_like_clause
from .context import ArticleContext
from .reported_patterns import COMMA_END
from .speakers import AGENT_PLURAL
from .tokens import WORD, is_cap, words

_OPENING_PARTICIPLE_PHRASE = re.compile(r"\s*[A-Z][a-z]{2,}ing\s+([a-z]+)\b[^,|]{0,120},\s*")


def close_before(masked: str, end: int, cue_s: int, lex=None) -> bool:
    """The attribution ending at ``end`` is close before the participle: up to six words, or up to fourteen that
    name its speaker, no clause (", said Ann Roe, chairman of the harbour board, noting ...")."""
    between = masked[end:cue_s]
    if COMMA_END.search(between) is None:
        return False
    n = len(words(between))
    return n <= 6 or (lex is not None and n <= 14 and "|" not in between and not looks_like_clause(between, lex))


def subject_end(ctx: ArticleContext, s: int, ue: int) -> int | None:
    """Where the main clause's subject ends: capitalised words and role nouns up to the verb."""
    lex, masked = ctx.lex, ctx.masked
    toks = [(x.start() + s, x.end() + s, x.group()) for x in WORD.finditer(masked[s:ue])]
    end = None
    for i, (_, b, w) in enumerate(toks):
        lw = w.lower()
        if i == 0 and lw in DETERMINERS:
            continue
        if is_cap(w) or lex.kind(w) in ("role", "org", "source"):
            end = b
            continue
        if i <= 2 and end is None and AGENT_PLURAL.fullmatch(w):
            end = b  # a plural of an agent noun: "The tenants sued the landlord, saying ..."
            continue
        if lw in NAME_JOINERS and i + 1 < len(toks) and is_cap(toks[i + 1][2]) and end is not None:
            continue
        if lw == "of" and i == 2 and end is None and any(lex.kind(x[2]) == "role" for x in toks[i + 1 : i + 4]):
            continue  # "The families of the founders had rallied, warning ...": a common noun, "of" and people
        if lw in lex.cues:
            break  # the verb: "X accused the government of ..." ends the subject at "accused"
        # a lower-case modifier belongs to the subject only if a role noun follows soon
        ahead = toks[i + 1 : i + 4]
        if (
            lw not in PREPOSITIONS
            and lw not in AUXILIARIES
            and any(lex.kind(x[2]) in ("role", "org", "source") for x in ahead)
        ):
            continue
        break
    return end


def opening_participle_phrase(ctx: ArticleContext, s: int, ue: int) -> int | None:
    """Where a participle phrase that opens the unit ends ("Commenting on press reports about the price, "), not a
    name ending in -ing ("Beijing has said, ...", "Ewing told reporters, ...": a place, or a verb after it) nor a
    subject ("Banking sources said, ...")."""
    m = _OPENING_PARTICIPLE_PHRASE.match(ctx.masked, s, ue)
    if (
        m is None
        or m.group(1) in AUXILIARIES
        or m.group(1) in ctx.lex.cues
        or ctx.lex.kind(m.group(1)) is not None  # "Banking sources said", "Trading bank spokesmen said": a subject
        or ctx.mentions.inside(s, m.start(1))
    ):
        return None
    return m.end()


PARTICIPLE_ASIDE = re.compile(r",\s+(?:" + "|".join(sorted(ASIDE_PARTICIPLES)) + r")\b")


APPOSED_POST = re.compile(r"(?:an?|the)\s+")  # "the investigator, a Japanese ... official": an apposed post


def post_after(lex, seg: str) -> bool:
    """ "managing director of ...", "acting chairman": an -ing word that modifies the post after it (not
    "speaking on condition of anonymity")."""
    ws = seg.split()
    return len(ws) > 1 and lex.kind(ws[1].lower().strip(",")) in ("role", "title")


# prepositions that open a fronted phrase before a clause's subject ("Under the terms proposed", "Among other
# things"); not "about", "over" or "around", which also open a count ("About 20 analysts said")
_FRONTED_PREPOSITIONS = frozenset(
    "in on at under among for with within from during after before since despite against between through "
    "throughout without amid beyond".split()
)
# what opens the subject after the preposition's object: a determiner, a pronoun or a capitalised word
_SUBJECT_OPENERS = frozenset("the a an its his her their our this these those he she it they we".split())


def past_fronted_phrase(ctx: ArticleContext, s: int, e: int) -> int | None:
    """Where the subject starts in a piece that opens with a fronted prepositional phrase and no comma ("In a
    statement the company said": at "the company"); ``s`` when the piece opens otherwise or its end is unclear; None
    when the piece is only the phrase ("Under the terms proposed", "Among the major banks which ..."): no subject, or
    the cue stands in a reduced relative clause ("Among the factors it cited were ...")."""
    masked = ctx.masked
    toks = list(WORD.finditer(masked, s, e))
    if len(toks) < 2 or toks[0].group().lower() not in _FRONTED_PREPOSITIONS or not toks[0].group()[1:].islower():
        return s  # not "AT and T said"
    if is_cap(toks[1].group()) or toks[1].group() in ("least", "most"):
        return s  # "In Washington the minister", "Under Secretary Roe", "At least one analyst": left alone
    if "," in masked[s:e]:
        return s  # "In a filing with the SEC, the group": the comma closes the phrase, read as before
    for t in toks[2:]:
        w = t.group()
        if w in PREPOSITIONS:
            return s  # "in line with the latest OECD estimate": the object runs on, where it ends is unclear
        if w.lower() in _SUBJECT_OPENERS or is_cap(w):
            after = words(masked[e : e + 40])[1:2]  # the word after the cue
            return None if after and after[0] in AUXILIARIES else t.start()
    if any(ctx.lex.kind(t.group()) == "role" or AGENT_PLURAL.fullmatch(t.group()) for t in toks[2:]):
        return s  # "In contrast producers wanted", "Despite the criticism bankers said": a bare plural may speak
    return None
