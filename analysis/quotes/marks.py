"""Quotation marks: pair them, tell speech from a writer's term in marks, and merge sentences into units
that no quotation crosses."""

from __future__ import annotations

import bisect
import re

from ..text.words import COUNTRY_INITIALS, NAME_JOINERS, NAMING_WORDS, PREPOSITIONS
from .clauses import looks_like_clause
from .lexicon import Lexicon
from .records import Quotation, Unit
from .tokens import MARK, OPEN_MARKS, is_cap, words

_NAMING_BEFORE = re.compile(r"(?:" + "|".join(map(re.escape, NAMING_WORDS)) + r")\s*$", re.I)
_JOINS_NEXT = frozenset(("and", "but", "or", "while", "as", "because", "since", "although", "though", "when", "if"))
_NOUN_IN_MARKS_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|its|their|his|her|our|[A-Z][\w.-]*[’']s)\s*$")


def _is_stray_close(ch: str, prev: str, nxt: str) -> bool:
    # a closing mark with nothing open: stray (or an inch sign)
    return ch == '"' and (nxt.isspace() or nxt in ",.;:!?)") and (prev.isalnum() or prev in ".,!?")


def _pair_paragraph(text: str, p: int, ps: int, pe: int, continued_from_before: bool) -> tuple[list, int | None, bool]:
    """Quotations closed in one paragraph; the mark left open at its end, if any, and whether that open
    quotation continues one left open in the paragraph before."""
    spans: list[Quotation] = []
    open_pos, first, continued = None, True, False
    for m in MARK.finditer(text, ps, pe):
        i, ch = m.start(), m.group()
        nxt = text[i + 1] if i + 1 < pe else " "
        prev = text[i - 1] if i > ps else " "
        if ch == '"' and prev.isalpha() and nxt.isalpha():
            first = False
            continue  # a typo for an apostrophe ("Indonesia"s"), never a quotation mark
        if (
            open_pos is not None
            and ch in OPEN_MARKS
            and (prev.isalnum() or prev in ".,!?")
            and (nxt.isspace() or nxt in ",.;:")
        ):
            ch = "”"  # an opening mark typed where a closing one belongs ("It is unusual,“ said X)
        if ch in OPEN_MARKS or (ch == '"' and open_pos is None):
            if _is_stray_close(ch, prev, nxt):
                first = False
                continue
            if open_pos is not None:  # a second opening mark: close the first as uncertain
                spans.append(Quotation(open_pos + 1, i, open_pos, i, p, uncertain=True))
            open_pos = i
            continued = continued_from_before if first and not text[ps:i].strip() else False
        elif open_pos is not None:  # closing mark
            spans.append(Quotation(open_pos + 1, i, open_pos, i + 1, p, continued=continued))
            open_pos = None
        first = False
    return spans, open_pos, continued


def _trim(text: str, spans: list[Quotation]) -> list[Quotation]:
    out = []
    for q in spans:
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if e - s >= 1:
            q.start, q.end = s, e
            out.append(q)
    return out


def pair_marks(text: str, paras: list[tuple[int, int]]) -> list[Quotation]:
    """Pair quotation marks paragraph by paragraph; never raises on unbalanced marks."""
    spans: list[Quotation] = []
    open_at_end = False
    for p, (ps, pe) in enumerate(paras):
        closed, open_pos, continued = _pair_paragraph(text, p, ps, pe, open_at_end)
        spans.extend(closed)
        open_at_end = False
        if open_pos is not None:
            nxt = paras[p + 1] if p + 1 < len(paras) else None
            follows = nxt is not None and text[nxt[0] : nxt[1]].lstrip()[:1] in ('"', *OPEN_MARKS)
            spans.append(
                Quotation(
                    open_pos + 1, pe, open_pos, pe, p, uncertain=not follows, continues=follows, continued=continued
                )
            )
            open_at_end = follows
    return _trim(text, spans)


def is_term(text: str, q: Quotation, lex: Lexicon) -> bool:
    """A short name or term in marks inside the writer's sentence, not a quotation ("Silkworm" missiles,
    the so-called "J-curve", its "white list" of partners)."""
    if q.continues or q.continued or q.uncertain:
        return False
    found = words(text[q.start : q.end])
    before = text[max(0, q.open_mark - 20) : q.open_mark]
    if not found or len(found) > 3 or before.rstrip()[-1:] in (",", ":", "") or lex.cue_re.search(before[-9:]):
        return False
    if _NAMING_BEFORE.search(before):
        return True
    if (
        len(found) <= 2
        and _NOUN_IN_MARKS_BEFORE.search(before)
        and re.match(r"[”\"»]?\s+of\s", text[q.close_mark - 1 : q.close_mark + 5])
    ):
        return True  # a noun the writer puts in marks: 'its "white list" of partners'
    return (
        all(is_cap(w) or w.lower() in NAME_JOINERS for w in found)
        and is_cap(found[0])
        and not re.search(r"[.!?]", text[q.start : q.end].rstrip(".,"))
        and text[q.close_mark : q.close_mark + 1] != ":"
    )


def _joins_across_quotes(sents: list[tuple[int, int, int]], quotes: list[Quotation]) -> list[bool]:
    starts = [s for _, s, _ in sents]
    join = [False] * len(sents)  # join[k]: sentence k continues sentence k-1
    for q in quotes:
        a = max(0, bisect.bisect_right(starts, q.open_mark) - 1)
        b = max(0, bisect.bisect_left(starts, q.close_mark) - 1)
        for k in range(a + 1, b + 1):
            if sents[k][0] == sents[k - 1][0]:
                join[k] = True
    return join


_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep|Ind)[-–—.]\s?[A-Z][A-Za-z.]{0,12}\)")
_CLOSED_QUOTE_END = re.compile(r"[.?!…]\s*[\"”»]\s*$")
_THAT_START = re.compile(r"\s*that\s")
_ATTRIBUTION_START = re.compile(r"(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+[\w.’'-]+){0,4}?\s+$")


def _is_attribution(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """A short sentence that attributes the quotation before it: 'Sanders said.', 'Trump added on Fox.'"""
    cue = lex.cue_re.search(text, s, min(e, s + 80))
    if cue is None or lex.cue(cue.group()).type == "participle":
        return False
    rest = text[cue.end() : e]
    if _THAT_START.match(rest) or looks_like_clause(rest, lex):
        return False  # '"..." Many in the crowd said the senator was ...': a sentence reporting speech of its own
    return _ATTRIBUTION_START.fullmatch(text, s, cue.start()) is not None and len(words(rest)) <= 10


_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\s*$")


# a capitalised word (a post, a title or a given name), then initials: "Governor R.N.", "Mr J.R."; a country's
# initials ("the U.S.") are no person's
_NAME_INITIALS_END = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?)\s+((?:[A-Z]\.){2,3})\s*$")
_NO_PERSON_INITIALS = COUNTRY_INITIALS | {"S.A.", "N.V.", "B.V."}  # a country's or a legal form's
_NOT_SURNAMES = frozenset(
    {"the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "its", "his", "her",
     "their", "our", "but", "and", "in", "on", "at", "for", "as", "after", "while", "when", "if", "there"}
)  # fmt: skip


def _name_initials_before(text: str, s: int) -> bool:
    """Initials after a capitalised word and before a capitalised word that opens no sentence ("Governor R.N.
    Malhotra told"): a person's initials and surname, not a sentence's end."""
    m = _NAME_INITIALS_END.search(text, max(0, s - 30), s)
    if m is None or m.group(2) in _NO_PERSON_INITIALS or m.group(1).lower() in _NOT_SURNAMES:
        return False
    nxt = re.match(r"[A-Z][a-z]+", text[s : s + 30])
    return nxt is not None and nxt.group().lower() not in _NOT_SURNAMES


def _continues_sentence(text: str, s: int, e: int, lex: Lexicon) -> bool:
    before = text[max(0, s - 3) : s].rstrip()[-1:]
    if text[s : s + 1].islower() and before in ('"', "”", "»", "?", "!"):
        return True  # '“… finance?” she said' continues the sentence Punkt ended at the "?"
    if (
        before in ('"', "”", "»")
        and _CLOSED_QUOTE_END.search(text, max(0, s - 6), s)
        and _is_attribution(text, s, e, lex)
    ):
        return True  # '“… here?” Sanders said.': the attribution of the quotation before
    tag = _PARTY_TAG.search(text, max(0, s - 16), s + 2)
    if tag is not None and tag.start() < s and (s <= tag.end() or not text[tag.end() : s].strip()):
        return True  # "Sen. Ann Lee (R-Calif.) said": the abbreviation in the tag ends no sentence
    if text[s : s + 1].islower() and _INITIALS_END.search(text, max(0, s - 12), s):
        return True  # "Acme Finance N.V. said": initials' dot, then no capital, is no sentence end
    if _name_initials_before(text, s):
        return True  # "bank Governor R.N. Malhotra told": a person's initials, then the surname
    # "Sen. John McCain": a title's dot is no sentence end
    return text[s : s + 1].isupper() and (text[max(0, s - 8) : s].split() or [""])[-1] in lex.title_abbreviations


def merge_units(text: str, sents: list[tuple[int, int, int]], quotes: list[Quotation], lex: Lexicon) -> list[Unit]:
    """Sentences merged so that no quotation crosses a unit boundary."""
    if not sents:
        return []
    join = _joins_across_quotes(sents, quotes)
    units: list[Unit] = []
    for k, (p, s, e) in enumerate(sents):
        if k and not join[k] and sents[k - 1][0] == p and _continues_sentence(text, s, e, lex):
            join[k] = True
        if join[k] and units:
            units[-1] = Unit(units[-1].para, units[-1].start, e)
        else:
            units.append(Unit(p, s, e))
    return units


def fragment_leads_clause(text: str, masked: str, quotations: list[Quotation], s: int, e: int) -> bool:
    """'X said "notational" funds must be excluded': a quoted fragment (read as partial) opens reported content
    that runs on in the writer's words after it, so the clause is the content and not the quotation alone."""
    i = masked.find("|", s, e)
    q = next((q for q in quotations if q.open_mark == i), None)
    if q is None or q.kind != "partial":
        return False
    after, before = words(masked[q.close_mark : e].replace("|", " ")), words(masked[s:i])
    # 'said "the plan is dead" and left': a fragment that ends at a comma or a conjunction is a clause of its own;
    # 'expressed "grave concern" to the minister': a fragment right after the cue and before a preposition is
    # the cue's object;
    # 'told a conference "I expect ..."': a capital opens a sentence of the speaker's
    return (
        len(after) >= 3
        and masked[q.close_mark : q.close_mark + 1].isspace()
        and after[0].lower() not in _JOINS_NEXT
        and (after[0].lower() not in PREPOSITIONS or bool(before))
        and not text[q.start : q.start + 1].isupper()
    )
