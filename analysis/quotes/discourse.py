"""The article's memory: people met so far (name, role, country as first introduced) and the speakers of the
rows written so far, so that "Kishida", "he" and "they" find what came before; "the minister" and "the ministry" are
definite_speakers.py's, the people introduced before the first row introduced_people.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import AUXILIARIES, COMPANY_ENDINGS, PREPOSITIONS, SUBJECT_PRONOUNS
from .context import ArticleContext
from .definite_speakers import DefiniteSpeakers
from .homes import short_name_country
from .records import Speaker
from .speakers import parse_speaker
from .tokens import is_cap, words

_FIRST_NAME = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z]+)?|[A-Z]\.")  # "Ann", "Jean-Marc", "F."
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial ("Boyd L. Jefferies")


@dataclass
class Person:
    """A person met in the article, with what the article said of them."""

    pos: int
    name: str
    role: str | None
    country: str | None


class Discourse(DefiniteSpeakers):
    """People met and speakers noted, in text order, for one article."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.people: list[Person] = []
        self.speakers: list[tuple[int, Speaker]] = []

    # -- people -------------------------------------------------------------------------------------
    def person(self, name: str, pos: int) -> Person | None:
        """The person met before ``pos`` whose name is ``name`` or has it as first or last word, or as the middle of
        three ("Nogales" is "Javier Nogales Iturri"), or last words (a particle in any case: "Von Schack" at a
        sentence's start is "Wesley von Schack")."""
        toks = name.split()
        best = None
        for p in self.people:
            if p.pos > pos:
                break
            full = p.name.split()
            if (
                p.name == name
                or (len(toks) == 1 and len(full) > 1 and toks[0] in (full[-1], full[0]))
                # "Nogales" after "Javier Nogales Iturri": a Spanish or Portuguese name's first surname stands alone
                or (len(toks) == 1 and len(full) == 3 and toks[0] == full[1] and is_cap(toks[0]) and len(toks[0]) > 2)
                or (len(toks) > 1 and [t.lower() for t in full[-len(toks) :]] == [t.lower() for t in toks])
                # "Boyd Jefferies" after "Boyd L. Jefferies": later mentions drop the middle initial
                or (len(toks) > 1 and len(full) > len(toks) and [t for t in full if not _INITIAL.fullmatch(t)] == toks)
            ):
                best = p
        return best

    def remember(self, pos: int, name: str, role: str | None, country: str | None) -> Person:
        """Record a person at ``pos``; a known one learns what its first mention did not say. Returns what is
        known of the person now (full name, and role and country as first introduced)."""
        # a row may start before its speaker's name ("..., Finance Minister X said"): the same name met later is
        # the same person
        known = self.person(name, pos) or next((p for p in self.people if p.name == name), None)
        if known is None:
            self.people.append(Person(pos, name, role, country))
            self.people.sort(key=lambda p: p.pos)
            return Person(pos, name, role, country)
        first = Person(known.pos, known.name, known.role or role, known.country or country)
        if (role and not known.role) or (country and not known.country):
            for p in self.people:
                if p.name == known.name:
                    p.role, p.country = p.role or role, p.country or country
        return first

    def learn_role(self, name: str, role: str) -> None:
        """A fuller post for a person met before ("World Bank president" for "president"), so that later mentions name
        the body the post belongs to."""
        for p in self.people:
            if p.name == name and (not p.role or (role != p.role and role.lower().endswith(p.role.lower()))):
                p.role = role

    def first_mention(self, name: str) -> int | None:
        """Where a person of this exact name was first met."""
        return next((p.pos for p in self.people if p.name == name), None)

    def parse(self, start: int, end: int) -> Speaker | None:
        """A speaker phrase, a person's name completed from the people met before ("Kishida" -> "Fumio Kishida")."""
        sp = parse_speaker(self.ctx, start, end)
        if sp is not None and sp.kind == "country" and sp.text and " " not in sp.text:
            known = self.person(sp.text, start)  # "Madrid said" after "Deogracias Madrid": the person, not Spain
            if known is not None and known.name != sp.text:
                out = Speaker(known.name, known.role, known.country, "person")
                out.country_rule = "earlier-mention" if known.country else None
                return out
        if sp is not None and sp.kind == "person" and not sp.role and " " not in sp.text:
            short = short_name_country(self.ctx, sp.text) if self.person(sp.text, start) is None else None
            if short is not None:  # "Escom said" after "South Africa's Electricity Supply Commission (Escom)"
                out = Speaker(sp.text, None, short, "org")
                out.country_rule = "short-name"
                return out
            body = self._body_quoted(sp.text, start)
            if body is not None:  # "Fleet said" after "Fleet Financial Group said": the body, by its short name
                return body
        if sp is None or (sp.kind != "person" and not (sp.kind == "org" and sp.role)):
            return sp  # a body named after its description ("the trade paper Automotive News") is met again by name
        known = self.remember(sp.name_start, sp.text, sp.role or None, sp.country)
        out = Speaker(known.name, sp.role or known.role, sp.country or known.country, sp.kind, state=sp.state)
        if not sp.country and known.country:
            out.country_rule = "earlier-mention"
        elif not out.country and sp.kind == "person" and " " not in sp.text:
            country = self._speaker_ending_in(sp.text, start)
            if country is not None:  # "Shad said" after "Securities and Exchange Commission John Shad said"
                self.remember(sp.name_start, sp.text, None, country)
                out.country, out.country_rule = country, "earlier-mention"
        return out

    def _speaker_ending_in(self, surname: str, pos: int) -> str | None:
        """The country of a speaker quoted before ``pos`` whose phrase, read whole as a post or a body, ends in a
        first name and this surname ("U.S. Attorney for Manhattan Ann Roe", "Securities and Exchange Commission
        Ann Roe")."""
        lex = self.ctx.lex
        for at, prev in reversed(self.speakers):
            toks = prev.text.split() if at < pos and prev.country and prev.text else []
            if len(toks) < 3 or toks[-1] != surname or not _FIRST_NAME.fullmatch(toks[-2]):
                continue  # not "spokesman for Montreal-based Dominion"
            if lex.kind(toks[-2]) is None and lex.kind(toks[-2].lower()) is None:
                return prev.country
        return None

    def _body_quoted(self, word: str, pos: int) -> Speaker | None:
        """The organisation quoted before ``pos`` whose proper name opens with ``word`` and goes on ("National" after
        "New Zealand's opposition National Party"), when no person of that name was met."""
        if self.person(word, pos) is not None:
            return None
        for at, sp in reversed(self.speakers):
            ws = sp.text.split() if at < pos and sp.kind == "org" and sp.text else []
            k = ws.index(word) if word in ws else -1
            if 0 <= k < len(ws) - 1 and is_cap(ws[k + 1]) and (k == 0 or not is_cap(ws[k - 1])):
                out = Speaker(sp.text, sp.role, sp.country, "org", state=sp.state)
                out.country_rule = "earlier-mention" if sp.country else None
                return out
        return None

    # -- speakers -----------------------------------------------------------------------------------
    def note(self, pos: int, sp: Speaker | None) -> None:
        """Remember the speaker of a row written at ``pos``."""
        if sp is not None and sp.text:
            self.speakers.append((pos, sp))

    def _before(self, pos: int, skip: Speaker | None = None):
        for p, prev in reversed(self.speakers):
            if p <= pos and prev is not skip:
                yield p, prev

    def resolve(self, sp: Speaker | None, pos: int) -> Speaker | None:
        """Pronouns to the person (or body) met before; None when nothing fits."""
        if sp is None or sp.kind != "pronoun":
            return sp
        want = SUBJECT_PRONOUNS.get(sp.text or "")
        named = self.last_subject_person(pos) if want == "person" else None
        for p, prev in self._before(pos):
            if want == "person" and (
                prev.kind == "person" or (prev.human and not prev.plural) or self._one_just_before(prev, p, pos)
            ):
                if named is not None and named[0] > p and named[1].name != prev.text:
                    break  # a second person was introduced as a subject since: "he" is that one
                if prev.kind != "person" and named is not None and self._same_unit(named[0], p):
                    break  # "Roe was asked by a reporter whether ... He said": the sentence's named subject
                return prev
            if want == "thing" and (
                prev.kind in ("org", "country") or (prev.kind == "role" and not prev.plural and not prev.human)
            ):
                return prev
            if want == "plural" and (prev.plural or _joint(prev, self.ctx.lex)):
                return prev
        if want == "person":
            person = named[1] if named is not None else next((x for x in reversed(self.people) if x.pos <= pos), None)
            if person is not None:
                return Speaker(person.name, person.role, person.country, "person")
            return self._role_subject_before(pos)
        return None

    def _role_subject_before(self, pos: int) -> Speaker | None:
        """ "A spokesman for Acme criticized the move. '...,' he said": with no person met, "he" or "she" is the one
        unnamed person who is the subject of the sentence just before (a verb of no speech there made no row)."""
        unit = self.ctx.unit_at(pos)
        before = self.ctx.unit_before(unit.start) if unit is not None else None
        m = _ROLE_SUBJECT.match(self.ctx.text, before.start, before.end) if before is not None else None
        sp = parse_speaker(self.ctx, m.start(), m.end(1)) if m else None
        return sp if sp is not None and sp.kind == "role" and sp.human and not sp.plural else None

    def _one_just_before(self, prev: Speaker, p: int, pos: int) -> bool:
        """ "'...,' one said. He noted ...": a group's member quoted as "one" in this sentence or the one before
        (further back, another person may have been named since)."""
        if not _one_of(prev):
            return False
        unit = self.ctx.unit_at(pos)
        before = self.ctx.unit_before(unit.start) if unit is not None else None
        return unit is not None and (unit.start <= p or (before is not None and before.start <= p))

    def _same_unit(self, a: int, b: int) -> bool:
        """The name at ``a`` opens the sentence that holds ``b`` (titles before it aside), outside a quotation."""
        unit = self.ctx.unit_at(a)
        if unit is None or not unit.start <= b < unit.end or self.ctx.masked[a] != self.ctx.text[a]:
            return False
        before = words(self.ctx.masked[unit.start : a])
        return len(before) <= 3 and all(self.ctx.lex.title_re.fullmatch(w) for w in before)

    def last_subject_person(self, pos: int) -> tuple[int, Person] | None:
        """The person met before ``pos`` whose name (or surname) last stood as the subject of a sentence
        ("Davies rejected that. ..., she said"), with the position of that mention."""
        text = self.ctx.text
        best: tuple[int, Person] | None = None
        for person in self.people:
            for key in {person.name, person.name.split()[-1]}:
                if len(key) < 3 or key.lower() in SUBJECT_PRONOUNS:
                    continue
                i = text.rfind(key, 0, pos)
                while i >= 0:
                    if (best is None or i > best[0]) and self._subject_position(i, i + len(key)):
                        best = (i, person)
                        break
                    if best is not None and i < best[0]:
                        break
                    i = text.rfind(key, 0, i)
        return best

    def _subject_position(self, s: int, e: int) -> bool:
        text, lex = self.ctx.text, self.ctx.lex
        if (s and (text[s - 1].isalnum() or text[s - 1] in "-’'")) or (
            e < len(text) and (text[e].isalnum() or text[e] in "-")
        ):
            return False
        # the sentence's start: its unit's, or a stop or quotation mark since (a wrapped line's break is none);
        # an initial's dot ("R. Foster Roe") ends no sentence
        unit = self.ctx.unit_at(s)
        floor = unit.start - 1 if unit is not None else max(text.rfind("\n", 0, s), -1)
        j = max(text.rfind(c, 0, s) for c in '.!?“”"')
        while j > floor and text[j] == "." and text[j - 1].isupper() and (j < 2 or not text[j - 2].isalnum()):
            j = max(text.rfind(c, 0, j) for c in '.!?“”"')
        toks = words(text[max(j, floor) + 1 : s])
        if len(toks) > 10:
            return False
        for w in toks:
            lw = w.lower().strip(".")
            if (
                lw in AUXILIARIES
                or lw in lex.cues
                or (lw.endswith("ed") and not is_cap(w))
                or (lw in PREPOSITIONS and lw not in ("of", "for", "at"))
                or lw in ("who", "which", "that")
            ):
                return False
        return text[e : e + 2] not in ("'s", "’s")


# "A spokesman for Acme criticized": an indefinite or definite subject of up to six words, then a past tense
_ROLE_SUBJECT = re.compile(r"(?:An?|The)\s+([\w&.’'-]+(?:\s+[\w&.’'-]+){0,5}?)(?=\s+[a-z]+ed\b)")
_JOINT = re.compile(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*\s+and\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*")


# "Western diplomats said ... 'This is a small price,' one said. He noted ...": "he" is that one
_ONE_OF = frozenset({"one", "another"})


def _one_of(sp: Speaker) -> bool:
    """An unnamed member of a group quoted as "one" or "another": a person a later "he" or "she" refers to."""
    return (sp.text or "").lower() in _ONE_OF


def _joint(sp: Speaker, lex) -> bool:
    """Two names joined as one subject ("Stet and Thomson said ... They said"): "they" refers back to them; not
    one body's name ("Securities and Exchange Commission", "Tate and Lyle Plc")."""
    if sp.kind not in ("org", "person") or not sp.text or _JOINT.fullmatch(sp.text) is None:
        return False
    if any(len(side.split()) > 2 for side in sp.text.split(" and ")):
        return False  # "Livestock and Fisheries Under-Secretary Miguel Roe": a post's name, not two speakers
    last = sp.text.split()[-1]
    return last not in COMPANY_ENDINGS and lex.kind(last) != "org"
