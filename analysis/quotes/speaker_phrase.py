"""The words of a speaker phrase and its head: sentence openers and determiners dropped, where the head ends (a
preposition, a participle after the noun), a quantity of people ("36 percent of voters", "many said")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    CALENDAR,
    DETERMINERS,
    NAME_JOINERS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
)
from .clauses import verb_after_name_in_s
from .context import ArticleContext
from .lexicon import Lexicon
from .records import Speaker
from .tokens import WORD, is_cap

# compiled once: these run for every cue or speaker phrase
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE_END = re.compile(r"[’']s?$")


@dataclass
class Phrase:
    """The words of a speaker phrase once openers and determiners are dropped, and its head."""

    toks: list[tuple[int, int, str]]  # (start, end, word)
    head: int  # number of words before a preposition that ends the head
    had_det: bool
    definite: bool
    text_start: int  # where the speaker's words start: a quantity stays ("36 percent of voters", "those polled")

    @property
    def start(self) -> int:
        return self.toks[0][0]

    @property
    def end(self) -> int:
        return self.toks[-1][1]

    @property
    def head_toks(self) -> list[tuple[int, int, str]]:
        return self.toks[: self.head]


_OPENING_WORDS = (frozenset(ADVERBIAL_OPENERS) - {"Speaker"}) | {"As"}  # "As Baker said, ...": a clause of comparison
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})\s*$")


class _NoEntry:
    head = ""


_NO_ENTRY = _NoEntry()


def phrase_tokens(ctx: ArticleContext, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of text[start:end] as (start, end, word), sentence openers and a final dot dropped."""
    text, lex = ctx.text, ctx.lex
    toks = [(a, b, text[a:b]) for a, b in (m.span() for m in WORD.finditer(ctx.masked, start, end))]
    if len(toks) == 1 and (lex.entry(toks[0][2]) or _NO_ENTRY).head == "company":
        im = _INITIALS_BEFORE.search(text, max(0, start - 16), start)  # "C.O.M.B. Co said", split after "B."
        if im:
            toks.insert(0, (im.start(1), im.end(1), im.group(1)))
    # drop sentence-final dots glued to the last word ("said Maruyama.")
    last = toks[-1][2] if toks else ""
    if last.endswith(".") and not lex.title_re.fullmatch(last) and not _INITIALS.fullmatch(last):
        a, b, w = toks[-1]
        toks[-1] = (a, b - 1, w[:-1])
        if not toks[-1][2]:
            toks.pop()
    # sentence openers are not part of the speaker ("But Keating said", "Earlier AM reported")
    while toks and (
        toks[0][2].lower() in SENTENCE_OPENERS
        or (len(toks) > 1 and _opening_adverb(text, toks[0]))
        or toks[0][2] in _OPENING_WORDS  # "Asked", "Speaking", "After": an adverbial, never a speaker
    ):
        toks.pop(0)
    if toks and all(w in CALENDAR or w.isdigit() for _, _, w in toks):
        return []  # "Sunday", "March 3": a date, never a speaker
    return toks


# "Only", or an adverb's ending after an adjective's stem ("Separately", "Previously", "Eventually"), not a name's
# ("Bally", "Kelly", "Holly", "Italy", "Daily")
_ADVERB_ENDING = re.compile(r"Only|[A-Z][a-z]{2,}(?:al|ous|ent|ant|ate|ive|ed|ing|ar|ct|ful|ual|ib|ab)ly")


def _opening_adverb(text: str, tok: tuple[int, int, str]) -> bool:
    """A capitalised -ly word that opens the phrase as an adverb: followed by a comma ("Similarly, Gould said") or a
    lower-case word, or with an adverb's ending ("Previously Redstone offered"); not a name ("Bally Mfg Co said")."""
    a, b, w = tok
    if not (w.endswith("ly") and is_cap(w)):
        return False
    after = text[b : b + 2]
    # a comma, a lower-case word ("Broadly defined M-3 figures"), or an adverb's ending
    return after[:1] == "," or after[1:].islower() or _ADVERB_ENDING.fullmatch(w) is not None


def _head_length(ctx: ArticleContext, toks: list[tuple[int, int, str]]) -> int:
    """Words before the first lower-case preposition that is not inside a capitalised name or a title."""
    for i, (_, _, w) in enumerate(toks):
        if _participle_after_noun(ctx, toks, i):
            return i  # "the communique issued during the day", "traders polled by Reuters": the noun heads
        if w not in PREPOSITIONS or i == 0:
            continue
        if w in NAME_JOINERS and is_cap(toks[i - 1][2]) and i + 1 < len(toks) and is_cap(toks[i + 1][2]):
            continue
        if any(
            (tm := ctx.lex.title_re.match(ctx.text, toks[j][0])) and tm.end() > toks[i][1]
            for j in range(max(0, i - 3), i)
        ):
            continue  # inside a title ("Chancellor of the Exchequer Nigel Lawson")
        return i
    return len(toks)


# the prepositions a participle's agent, time or place opens ("issued by", "polled in"); not "to", which follows a
# finite verb as often ("the spokesman declined to comment on ...")
_AFTER_PARTICIPLE = PREPOSITIONS - {"to", "of", "about", "against", "into"}


def _participle_after_noun(ctx: ArticleContext, toks: list[tuple[int, int, str]], i: int) -> bool:
    """A past participle after a speaker's noun, at the phrase's end or before a preposition: a reduced relative
    clause that modifies the noun ("a statement issued in Baghdad"), not the head."""
    w = toks[i][2]
    return (
        i > 0
        and w.islower()
        and w.endswith("ed")
        and (i == len(toks) - 1 or toks[i + 1][2] in _AFTER_PARTICIPLE)
        and ctx.lex.kind(w) is None
        # a cue's participle only before its agent ("the statement quoted by IRNA"); "Figures reported on Friday
        # suggest ...": the document rules read it
        and (not _past_cue(ctx.lex, w) or (i < len(toks) - 1 and toks[i + 1][2] == "by"))
        and ctx.lex.kind(toks[i - 1][2]) in ("role", "org", "source")
    )


def reduced_relative(ctx: ArticleContext, ph: Phrase) -> bool:
    """A participle clause after the head noun that tells nothing of who speaks ("the communique issued during the
    day", "traders polled by Reuters"): the speaker's words end with the noun, as its role does."""
    i = ph.head
    if i >= len(ph.toks) or not _participle_after_noun(ctx, ph.toks, i):
        return False
    # a document's author or a body's leader names the voice ("a statement issued by the ministry", "a group led
    # by X"); the one who polled or reached people does not
    return i + 1 >= len(ph.toks) or ph.toks[i + 1][2] != "by" or ctx.lex.kind(ph.toks[i - 1][2]) == "role"


# a quantity of people: "36 percent", "sixty-six percent", "more than half", "three-quarters", "nine out of 10"
_HEDGE = r"(?:(?:nearly|almost|about|roughly|more\s+than|fewer\s+than|less\s+than|over|only|just|at\s+least)\s+)?"
_IN_TEN = r"(?:\w+|\d+)(?:-|\s+)(?:in|out\s+of)(?:-|\s+)(?:\d+|\w+)"  # "eight in 10", "nine out of ten"
_AMOUNT = (
    _HEDGE
    + r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)|"
    + _IN_TEN
    + r"|(?:(?:a|an|one|two|three)[\s-]+|(?:large|small|slim|narrow|overwhelming|vast|growing)\s+)"
    r"(?:third|quarter|fifth|half|majorit(?:y|ies)|minorit(?:y|ies)|number|handful|few|couple|group|dozen|lot)s?"
    r"|two-thirds|three-quarters|three-fourths|half|most|many|some|all|none|each|several|both|either|neither"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|\d[\d.,]*)"
)
# "36 percent of voters", "some of his aides", and "eight in 10 voters" (no "of")
_QUANTITY = re.compile(
    _AMOUNT + r"\s+of\s+(?:(?:the|his|her|their|its|our|these|those)\s+)?|" + _HEDGE + _IN_TEN + r"\s+", re.I
)
_QUANTITY_ALONE = re.compile(_AMOUNT + r"|others|a\s+few|few|a\s+majority", re.I)


def quantity_speaker(ctx: ArticleContext, toks: list) -> Speaker | None:
    """A quantity that speaks for a group: "many said", "59 percent said", "nearly nine out of 10 say"."""
    start, end = toks[0][0], toks[-1][1]
    if _QUANTITY_ALONE.fullmatch(ctx.text, start, end) is None:
        return None
    return Speaker(ctx.text[start:end], None, None, "role", plural=True, human=True)


def _past_cue(lex: Lexicon, word: str) -> bool:
    """A past form of a cue verb ("said", "told", "announced"): a verb, never part of a speaker's name."""
    cue = lex.cues.get(word.lower())
    return cue is not None and cue.type == "finite" and cue.form != cue.lemma and not cue.form.endswith("s")


# "A and P said": a name's initial, not the article ("A&P", "A and P")
_INITIAL_AND = re.compile(r"A(?:\s+and\s+|\s*&\s*)[A-Z]\b")


def read_phrase(ctx: ArticleContext, toks: list[tuple[int, int, str]], end: int) -> Phrase | None:
    """The phrase past a quantity and its determiners, with its head; None for a possessive or a clause."""
    if not toks:
        return None
    first = toks[0][0]
    qm = _QUANTITY.match(ctx.text, first, end)
    if qm and qm.end() < end:  # "36 percent of voters", "some of his aides": the head is after "of"
        toks = [t for t in toks if t[0] >= qm.end()]
    definite = bool(toks) and toks[0][2].lower() == "the"
    had_det = False
    while toks and toks[0][2].lower() in DETERMINERS and not _INITIAL_AND.match(ctx.text, toks[0][0]):
        toks.pop(0)
        had_det = True
    if not toks or len(toks) > 18:
        return None
    # the speaker's words keep a quantity ("36 percent of voters") and the determiner of a participle
    # ("those surveyed"); a plain determiner goes ("the ministry" -> "ministry")
    participle = len(toks) == 1 and toks[0][2].endswith("ed")
    text_start = first if (qm and qm.end() < end) or (participle and had_det) else toks[0][0]
    last = toks[-1][2]
    if _POSSESSIVE_END.search(last) and last[-2:] in ("'s", "’s", "s'", "s’") and not _name_in_s(ctx, last, end):
        return None  # a possessive is not a subject ("Federal Industries Ltd's earlier announced ...")
    head = _head_length(ctx, toks)
    if any(w.islower() and (w in AUXILIARIES or _past_cue(ctx.lex, w)) for _, _, w in toks[:head]):
        return None  # a clause ("the team was led by ...", "the company said in its annual"), not a noun phrase
    return Phrase(toks, head, had_det, definite, text_start)


def _name_in_s(ctx: ArticleContext, last: str, end: int) -> bool:
    """ "Moody's said", "Lloyd's told", "Moody's noted that": a name ending in 's right before its verb is the subject;
    a regular past before a noun is an adjective after a possessive ("GM's announced plan")."""
    return is_cap(last) and last[-2:] in ("'s", "’s") and verb_after_name_in_s(ctx.text, end)
