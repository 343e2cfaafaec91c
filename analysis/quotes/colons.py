"""A paragraph that opens with a speaker and a colon: a headline ("Mayor Vale: Harbour plan will bring jobs"), a line
of a transcript ("ANN VALE: We have waited long enough"), a finding ("Poll: Most voters back the plan"). The rest of
the paragraph's first sentence is what the speaker said."""

from __future__ import annotations

import re

from ..text.words import PREPOSITIONS
from .context import ArticleContext
from .discourse import Discourse
from .records import Attribution, Speaker, Unit
from .tokens import WORD, words

# up to five capitalised words (a name, a post, "Poll"), then a colon and the content
# (a headline may name the audience or the venue after "to" or "at": "Roe to Farmers: ...", "Roe at Rally: ...")
_OPENER = re.compile(
    r"\s*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*[\w.])(?:\s+(?:to|at)\s+[A-Z][^:;,.!?\n]{0,50}?)?\s*:\s+(?=\S)"
)


def colon_opener(ctx: ArticleContext, memory: Discourse, unit: Unit, claimed: bool) -> Attribution | None:
    """The attribution of a unit that opens a paragraph with "Speaker: ...", when no quotation or cue of the unit
    claimed it. The speaker must read as one: a name of two words or more, or met elsewhere in the article, or a word
    of the speaker table ("Poll", "Report"); a colon after a label ("Note:", "Update:") or a figure is no quote."""
    if (
        claimed
        or not (0 <= unit.para < len(ctx.paragraphs))
        or ctx.text[ctx.paragraphs[unit.para][0] : unit.start].strip()
    ):
        return None
    om = _OPENER.match(ctx.masked, unit.start, unit.end)
    if om is None or not _prose(ctx.masked[om.end() : unit.end]):
        return None
    sp = _speaker(ctx, memory, om.start(1), om.end(1))
    if sp is None:
        return None
    return Attribution("indirect", om.end(), unit.end, sp, ":", unit, "speaker-colon", "before-colon")


_DIGIT = re.compile(r"\d")


def _prose(content: str) -> bool:
    """Words of a sentence, not a table's figures or a line in capitals ("UMUARAMA NIL, LONDRINA 1.5 MM")."""
    toks = words(content)
    alpha = [w for w in toks if not _DIGIT.search(w) and w.strip(".,;!?").replace(".", "").isalpha()]  # "D.C."
    return len(alpha) >= 3 and len(alpha) * 3 >= len(toks) * 2 and not content.isupper()


def _speaker(ctx: ArticleContext, memory: Discourse, start: int, end: int) -> Speaker | None:
    phrase = ctx.text[start:end]
    toks = phrase.split()
    lex = ctx.lex
    if len(phrase) < 3 or any(lex.is_calendar(w) for w in toks) or re.search(r"\d", phrase):
        return None
    if phrase.isupper() and len(toks) >= 2:  # a transcript's speaker in capitals ("JAKE ROE")
        return Speaker(phrase, None, None, "person", human=True)
    if phrase.isupper() and phrase.isalpha():  # "ROE:": the surname of a person the article names in full
        return _named_in_full(ctx, memory, phrase)
    sp = memory.parse(start, end)
    if sp is None or sp.kind not in ("person", "role", "org", "country"):
        return None
    known = lex.kind(toks[-1]) in ("role", "org", "source", "title")
    full_name = r"[A-Z][\w’'-]+\s+" + re.escape(toks[0]) + r"(?![\w-])"
    if len(toks) == 1 and not known and (phrase.isupper() or re.search(full_name, ctx.text) is None):
        return None  # a surname of a person the article names in full ("Vale:"), never a label ("Note:", "NOTE:")
    return sp


# a capitalised word between capitalised words: the cue of a headline in title case ("Vale Says Harbour Plan Works")
# (the space after it is looked at, not taken: "Ann Vale Says ..." needs the space after "Vale" for "Says")
_TITLE_CUE = re.compile(r"\s([A-Z][a-z]+)(?=\s+[A-Z0-9‘“'\"])")
_MINOR = frozenset("a an the of to in on for and or at by with as from is be its it".split())


def titled_headline(ctx: ArticleContext, memory: Discourse, unit: Unit) -> Attribution | None:
    """A paragraph in title case whose words after the speaker and a speech verb are what was said: "Vale Says
    Harbour Plan Will Bring Jobs" (headlines of modern news sites: a verb in the present). Only where nothing else
    of the unit was found."""
    if not (0 <= unit.para < len(ctx.paragraphs)) or ctx.paragraphs[unit.para][0] != unit.start:
        return None
    text = ctx.masked[unit.start : unit.end]
    toks = []
    for wm in WORD.finditer(text):  # read up to the first word in lower case: most paragraphs have one early
        w = wm.group()
        if w.isalpha() and w.lower() not in _MINOR:
            if not is_title(w):
                return None
            toks.append(w)
    if len(toks) < 4 or text.isupper():
        return None
    for m in _TITLE_CUE.finditer(text):
        cue = ctx.lex.cues.get(m.group(1).lower())
        if cue is None or cue.type != "finite" or not cue.reported or cue.cue_class == "belief" or cue.form[-1] != "s":
            continue
        s = unit.start + len(text) - len(text.lstrip())
        sp = memory.parse(s, unit.start + m.start(1) - 1)
        rest = text[m.end() :]
        if (words(rest)[:1] or [""])[0].lower() in PREPOSITIONS:
            continue  # "Roe Responds To Question About ...": no reported clause follows
        content = unit.start + m.end() + len(rest) - len(rest.lstrip())
        if sp is None or sp.kind not in ("person", "role", "org", "country") or len(words(rest)) < 3:
            return None
        return Attribution("indirect", content, unit.start + len(text.rstrip()), sp, m.group(1).lower(), unit,
                           "title-case-headline", "headline-subject")  # fmt: skip
    return None


def is_title(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def _named_in_full(ctx: ArticleContext, memory: Discourse, surname: str) -> Speaker | None:
    """The person the article names in full whose surname a transcript gives in capitals ("ROE" -> "Ann Roe"); never
    a label ("NOTE", "UPDATE"), which names no person."""
    m = re.search(r"\b[A-Z][a-z][\w’'-]*\s+" + surname[:1] + surname[1:].lower() + r"\b", ctx.text)
    sp = memory.parse(m.start(), m.end()) if m is not None else None
    return sp if sp is not None and sp.kind == "person" else None


# a transcript's line quoted whole: '"ROE: We have waited long enough.' (a speaker in capitals and a colon)
_LABEL = re.compile(r"((?:[A-Z][A-Z’'-]+\s+){0,2}[A-Z][A-Z’'-]+)\s*:\s+(?=\S)")


def transcript_label(ctx: ArticleContext, memory: Discourse, start: int, end: int) -> tuple[int, Speaker] | None:
    """Where the words of a quotation that opens with a transcript's speaker label start, and that speaker."""
    m = _LABEL.match(ctx.text, start, end)  # the text: a quotation's words are masked
    if m is None or not _prose(ctx.text[m.end() : end]):
        return None
    sp = _speaker(ctx, memory, m.start(1), m.end(1)) if m.group(1).isupper() else None
    return (m.end(), sp) if sp is not None else None
