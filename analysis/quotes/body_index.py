"""Countries that qualify a body somewhere in an article ("Japan's Agriculture Ministry"), for speakers whose
phrase names the body without one ("Agriculture Minister", "the ministry")."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES, DETERMINERS, NAME_JOINERS, PREPOSITIONS, SENTENCE_OPENERS
from .context import ArticleContext
from .tokens import fold, is_cap, words

_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&-]*)+")


class BodyIndex:
    """Countries that qualify a body somewhere in the article ("Japan's Agriculture Ministry"), cached."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._cache: dict[str, set[str]] = {}

    def _part_of_longer_name(self, start: int) -> bool:
        text = self.ctx.text
        before = words(text[max(0, start - 20) : start])
        if not before:
            return False
        w = before[-1].lower()
        return (
            is_cap(before[-1])
            and w not in DETERMINERS
            and w not in SENTENCE_OPENERS
            and w not in PREPOSITIONS
            and not re.search(r"[.!?:;,\n]\s*$", text[max(0, start - 20) : start])
        )

    def _qualifies(self, gap: str, modifier: str | None) -> bool:
        if len(gap) > 45 or not re.fullmatch(r"(?:[’']s)?(?:\s+[\w&-]+){0,3}\s+", gap):
            return False
        if modifier is not None and words(gap) and words(gap)[-1].lower() not in ("s", modifier.lower()):
            return False  # "foreign ministry" is not "Taiwan's defence ministry"
        lex = self.ctx.lex
        return not any(
            w.lower() in PREPOSITIONS
            or w.lower() in AUXILIARIES
            or w.lower() in DETERMINERS
            or lex.kind(w) in ("org", "role", "source", "title")
            for w in words(gap)
        )

    def qualified(self, pattern: str, modifier: str | None = None) -> set[str]:
        """Countries named right before each occurrence of ``pattern`` ("Japan's Agriculture Ministry", "the
        Soviet State Bank", "the Japanese government"), plus state bodies of the gazetteer that hold it."""
        key = pattern if modifier is None else pattern + "\0" + modifier
        if key in self._cache:
            return self._cache[key]
        text, mentions = self.ctx.text, self.ctx.mentions
        found: set[str] = set()
        for om in re.finditer(pattern, text, re.I):
            mt = mentions.last_ending_by(om.start())
            if mt is None or mt.start <= om.start() < mt.end or self._part_of_longer_name(mt.start):
                continue  # "New Jersey Casino Commission" is no New Jersey body
            if self._qualifies(text[mt.end : om.start()], modifier):
                found.add(mt.country)
        for mt in mentions.items:
            if mt.kind == "body" and re.search(pattern, mt.surface, re.I):
                found.add(mt.country)
        self._cache[key] = found
        return found

    def _named_body(self, phrase: str) -> tuple[bool, str | None]:
        """(decided, country) for a capitalised body the phrase names; ambiguous decides on None."""
        lex = self.ctx.lex
        for run in _CAPITALISED_RUN.finditer(phrase):
            names = run.group().split()
            if lex.kind(names[-1]) == "org":
                tail = [names[-1]]
            elif fold(names[-1]) == "minister" and lex.state("ministry"):
                tail = ["Ministry"]  # a minister's post names the ministry
            else:
                continue
            for k in range(len(names) - 1):
                if names[k].lower() in NAME_JOINERS:
                    continue
                pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in names[k:-1] + tail) + r"(?![\w-])"
                found = self.qualified(pattern)
                if found:
                    return True, next(iter(found)) if len(found) == 1 else None
        return False, None

    def _bare_body(self, phrase: str) -> str | None:
        lex = self.ctx.lex
        toks = words(phrase)
        # a capitalised body's word alone ("Ministry") or before an unnamed official ("a Commission official")
        alone = len(toks) == 1 or (
            len(toks) > 1 and not any(is_cap(t) for t in toks[1:]) and lex.is_official(fold(toks[-1]))
        )
        for i, w in enumerate(toks):
            body = lex.kind(w) == "org" and lex.state(w)
            if not (body and (not is_cap(w) or (i == 0 and alone))):
                continue
            if i > 0 and is_cap(toks[i - 1]):
                continue
            prev = toks[i - 1] if i > 0 else ""
            modifier = (
                prev
                if prev.isalpha() and prev.islower() and prev not in DETERMINERS and lex.kind(prev) is None
                else None
            )
            if modifier is not None:  # "foreign ministry": its modifier first ("China's foreign ministry")
                found = self.qualified(r"(?<![\w-])" + re.escape(modifier) + r"\s+" + re.escape(fold(w)) + r"(?![\w-])")
                if found:
                    return next(iter(found)) if len(found) == 1 else None
            found = self.qualified(r"(?<![\w-])" + re.escape(fold(w)) + r"(?![\w-])", modifier)
            return next(iter(found)) if len(found) == 1 else None
        return None

    def country(self, phrase: str) -> str | None:
        """The country of a body a phrase names without a country, found qualified elsewhere in the article:
        "Agriculture Minister" and "Japan's Agriculture Ministry"; a bare "the ministry" when the article
        qualifies such bodies with one country only."""
        if not phrase:
            return None
        decided, country = self._named_body(phrase)
        return country if decided else self._bare_body(phrase)
