"""Speakers named by a description, read against the speakers met before: "the company" / "the ministry" to the body
named before, "the minister" to the person introduced with that post, "the official"'s country, "the sources" that
no place was found for, and a lede's unnamed official named in the next paragraph. Discourse's methods."""

from __future__ import annotations

import bisect
import re

from .context import ArticleContext
from .records import Speaker
from .speakers import head_key
from .tokens import fold, is_cap, words


class DefiniteSpeakers:
    """The methods of Discourse (discourse.py) that read a described speaker against those met before."""

    ctx: ArticleContext
    people: list  # Person records, in text order (discourse.py)
    speakers: list[tuple[int, Speaker]]

    # -- "the company", "the official" --------------------------------------------------------------
    def named_antecedent(self, sp: Speaker | None, pos: int) -> Speaker | None:
        """ "The company said" / "the ministry said" / "the report said": the body (or document) named as a speaker
        before with the same head noun ("Standard Oil Co said ... The company said" -> "Standard Oil Co"); the phrase
        itself when none was."""
        lex = self.ctx.lex
        person = self.titled_person(sp, pos)
        if person is not None:
            return person
        if sp is None or sp.kind != "role" or not sp.definite or sp.plural or len(words(sp.text or "")) != 1:
            return sp
        kind = lex.kind(sp.text or "")
        if kind not in ("org", "source"):
            return sp
        document = kind == "source"
        key = fold(sp.text or "") if document else head_key(sp.text, lex)
        for _, prev in self._before(pos, skip=sp):
            # the name's own head, or its description's ("the newsletter Oil World", then "the publication"); a
            # document by the last word of its phrase ("the U.S. Embassy report", then "the report")
            if document:
                heads = (fold((words(prev.text or "") or [""])[-1]), None)
            else:
                heads = (head_key(prev.text, lex), head_key(prev.role, lex) if prev.kind == "org" else None)
            if prev.kind in ("org", "role", "country") and not prev.plural and key in heads:
                caps = [w for w in words(prev.text or "") if is_cap(w)]
                if caps and not all(w.endswith("-based") for w in caps):
                    return prev  # a name, not "the Houston-based company" (a description of the one named before)
                # "the biotechnology company said" between: the same company, named further back
        return sp

    def titled_person(self, sp: Speaker | None, pos: int) -> Speaker | None:
        """ "The minister said": the person introduced before with that post ("Foreign Minister Fumio Kishida"),
        when exactly one was."""
        if sp is None or sp.kind != "role" or not sp.definite or sp.plural or not sp.human:
            return None
        key = head_key(sp.text, self.ctx.lex)
        if key is None or self.ctx.lex.is_official(key):  # "the official", "the spokesman": anyone unnamed
            return None
        found = {p.name: p for p in self.people if p.pos <= pos and p.role and head_key(p.role, self.ctx.lex) == key}
        if len(found) != 1:
            return None
        person = next(iter(found.values()))
        here = self.ctx.dateline.country if self.ctx.dateline else None
        if here and person.country == here and "foreign" in (sp.text or "").lower().split():
            return None  # "the foreign economist" in a TOKYO story is not the Japanese economist named before
        out = Speaker(person.name, person.role, person.country, "person", state=sp.state)
        out.country_rule = "earlier-mention" if person.country else None
        return out

    def antecedent_country(self, sp: Speaker, pos: int) -> str | None:
        """ "the official" / "the ministry": the country of the last speaker met with the same head noun;
        for an unnamed official-like person, the last unnamed singular official before it."""
        lex = self.ctx.lex
        key = head_key(sp.text, lex)
        if not key:
            return None
        for _, prev in self._before(pos, skip=sp):
            if (
                prev.country
                and prev.kind in ("role", "org", "person", "country")  # a country's: "WAM" stands for the UAE
                and (
                    key in {fold(w) for w in words((prev.text or "") + " " + (prev.role or ""))}
                    or self._apposed(prev, key)
                )
            ):
                return prev.country
        if lex.is_official(key) and sp.human and not sp.plural:
            named = {fold(w) for w in words(sp.text or "") if is_cap(w)}  # "the Ministry official": a Ministry's
            for _, prev in self._before(pos, skip=sp):
                if prev.kind == "role" and prev.human and not prev.plural:
                    if named - {fold(w) for w in words((prev.text or "") + " " + (prev.role or ""))}:
                        continue  # "the Ministry official" is not the Boeing spokesman met last
                    return prev.country if lex.is_official(head_key(prev.text, lex)) else None
        return None

    def _apposed(self, prev: Speaker, key: str) -> bool:
        """Whether ``key`` is a word of the description a named body is first apposed to ("the Emirates news agency,
        WAM, reported"), so "the agency" later refers back to it."""
        if prev.kind not in ("org", "country") or not prev.text or not prev.text[:1].isupper():
            return False
        memo = self.ctx.memo.setdefault("apposed", {})
        if prev.text not in memo:
            memo[prev.text] = _apposed_words(self.ctx.text, prev.text)
        return key in memo[prev.text]

    def unplaced_before(self, sp: Speaker, pos: int) -> bool:
        """ "The sources said" after "sources close to a meeting ..." that no place was found for: the same
        voices, of no place either."""
        another = (sp.text or "").lower().startswith(("another ", "other ")) or self._another_before(sp, pos)
        key = head_key(sp.text, self.ctx.lex) if sp.definite or another else None
        if not key:
            return False
        key = _singular(key)  # "another source" after "sources close to a meeting"
        for _, prev in self._before(pos, skip=sp):
            if prev.kind == "role" and key in {_singular(fold(w)) for w in words(prev.text or "")}:
                return prev.country is None
        return False

    def _another_before(self, sp: Speaker, pos: int) -> bool:
        """ "Another source said": one more of the same voices, where the phrase read leaves "another" out."""
        unit = self.ctx.unit_at(pos)
        if unit is None or not sp.text:
            return False
        part = self.ctx.text[unit.start : unit.end]
        if "nother" not in part:  # most sentences: no pattern to build (re caches only a few hundred)
            return False
        return re.search(r"\b[Aa]nother\s+" + re.escape(sp.text) + r"\b", part) is not None

    def lede_country(self, sp: Speaker) -> str | None:
        """A lede about an unnamed official with a country ("Kuwait's oil minister said ...") and the first
        named person introduced in the next paragraph with no post of their own, or the same post: the same
        person, as news writing introduces them. Fills the person's role from the lede."""
        lex, paras = self.ctx.lex, self.ctx.paragraphs
        if not self.people or self.people[0].name != sp.text or not self.speakers or not paras:
            return None
        lede_pos, lede = self.speakers[0]
        if lede.kind != "role" or not lede.human or lede.plural or not lede.country or lede.definite:
            return None
        starts = [a for a, _ in paras]
        if bisect.bisect_right(starts, lede_pos) - 1 != 0 or bisect.bisect_right(starts, self.people[0].pos) - 1 != 1:
            return None
        lede_key = head_key(lede.text, lex)
        if sp.role and head_key(sp.role, lex) != lede_key and not _any_post(lex, lede_key, sp.role):
            return None
        if not sp.role:
            sp.role = lede.role
        return lede.country


def _any_post(lex, lede_key: str | None, role: str) -> bool:
    """ "a senior Swiss official said" then "X, minister for ..., said": "official" covers any government post."""
    return lede_key is not None and lex.is_official(lede_key) and any(lex.state(w) for w in words(role))


def _singular(word: str) -> str:
    """A role word without its plural -s ("sources" -> "source"; "business" stays)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# the description before a comma: up to three words and a lower-case one ("the Emirates news agency, WAM")
_DESCRIPTION_END = re.compile(r"((?:[\w'-]+\s+){0,3}[a-z][\w'-]*)\Z")


def _apposed_words(text: str, name: str) -> frozenset[str] | set[str]:
    """The words of the first description ``name`` is apposed to after a comma; empty if none.

    Each ", name" is found first (a literal comma is a fast scan) and the description read back from it: one pattern
    that starts with the description's words tries every position of the story (2 % of extract_quotes)."""
    for c in re.finditer(r",\s+" + re.escape(name) + r"\b", text):
        m = _DESCRIPTION_END.search(text, max(0, c.start() - 160), c.start())
        if m:
            return {fold(w) for w in words(m.group(1))}
    return frozenset()
