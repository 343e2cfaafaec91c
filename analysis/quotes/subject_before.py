"""The speaker phrase that ends right before a cue ("X said", "X, a spokesman for Y, said", "X, who ..., said"),
with the post and country its asides and the description before a name give."""

from __future__ import annotations

import re

from ..text.organisations import place_country
from ..text.words import PREPOSITIONS, RELATIVE_WORDS, SUBJECT_PRONOUNS
from . import subject_patterns as sx
from .clauses import BOUNDARY, FRONTED_SUBORDINATE, LEADING_ADVERBIAL, last_comma
from .context import ArticleContext
from .discourse import Discourse
from .phrase_countries import phrase_country, town_state_country
from .posts import POST_OF, capital_post, name_before_unclosed_post, name_with_capital_post
from .records import Speaker
from .reported_patterns import COMMA_OR_QUOTE_END
from .subject_spans import APPOSED_POST, PARTICIPLE_ASIDE, past_fronted_phrase, post_after
from .tokens import is_cap, last_match, words

# words that open an aside which is no apposition ("Acme, which has a plant in Osaka, Japan, said")
_NO_POST = RELATIVE_WORDS | (PREPOSITIONS - {"of", "from"})
# a home aside between a subject and its apposition: "Acme Corp, of Dayton, Ohio, a maker of tools, said" (the state
# is blanked in the masked text, so the aside reads "of Dayton" followed by blanks)
_HOME_ASIDE = re.compile(r"\s*(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*")
# clause words that are also prepositions of time: after a document's noun they open its modifier
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following"})


# a capitalised post of a body: "Executive Vice President of", "Director for"
_CAPITAL_POST = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s")


# a post and the body it is held at, ending before a comma: "The president of the chip maker"
_POST_OF_END = re.compile(
    r"(?:^|[|.;:—–-]\s*)(?:The|the|A|a|An|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|at|for)\s+[^,|]{2,40}$"
)


class SubjectBefore:
    """The cue's subject before it; mixed into subjects.Subjects, whose other readers it calls."""

    ctx: ArticleContext
    memory: Discourse

    def subject_before(self, us: int, cue_s: int, depth: int = 0) -> Speaker | None:
        """The speaker phrase that ends right before a cue (the cue's subject)."""
        left = self.ctx.masked[us:cue_s]
        tr = self.ctx.trail(left)
        if tr and tr.start() > 0:
            # "X, hit hard by losses, has said": the comma that closes an aside stays
            left = left[: tr.start()] + ("," if tr.group().lstrip().startswith(",") else "")
        left = left.rstrip()
        if not left:
            return None
        if left[-1] == "|":  # a quotation right before the cue: attribution handled elsewhere, unless an aside's
            m = sx.QUOTED_ASIDE.search(left) if depth == 0 else None
            # 'Ann Vale, who calls the plan "a disaster," said ...': the subject before the aside the quotation ends
            return self.subject_before(us, us + m.start(), depth + 1) if m else None
        # "they’ve suggested": the pronoun speaks (the endings first: most subjects end otherwise)
        contraction = sx.CONTRACTED_AUX.search(left) if left.endswith(("ve", "d", "ll", "s")) else None
        if contraction:
            left = left[: contraction.start(1) if contraction.group(1) else contraction.start(2)]
        dash = sx.CLOSING_DASH.search(left) if left.endswith(("—", "–", "-")) else None
        if dash and depth == 0:  # "Democrats — and some Republicans — say": the subject before the aside
            opening = max(
                left.rfind(" — ", 0, dash.start()),
                left.rfind(" – ", 0, dash.start()),
                left.rfind(" - ", 0, dash.start()),
            )
            if opening > 0:
                found = self.subject_before(us, us + opening + 1, depth + 1)
                if found is not None:
                    return found
        if left.endswith(","):
            inner = left[:-1]
            found = self._subject_before_aside(us, inner, depth)
            if found is not None:
                return found
            left = inner.rstrip()
        aside = sx.AGE_OR_ASIDE_END.search(left) if left[-1:].isdigit() or left.endswith(")") else None
        if aside and (aside.group(1) or len(words(aside.group())) > 3):
            left = left[: aside.start()].rstrip()  # "Tom Reed, 58, ... says", "Ann Vale (a Democrat from ...) says"
        return self._last_piece_subject(us, cue_s, left, depth)

    def _subject_before_aside(self, us: int, inner: str, depth: int) -> Speaker | None:
        """The subject before an aside, with the aside as its role ("X, speaking on condition of anonymity, said")."""
        lex = self.ctx.lex
        c = last_comma(inner)
        if c <= 0 or depth:
            return None
        opened = PARTICIPLE_ASIDE.search(inner, 0, c)
        if opened and inner.count(",", opened.end(), c) <= 2:
            # "A Boeing spokesman, contacted by telephone at its headquarters in Seattle, Washington, told": the
            # subject before a participle aside whose commas hold a place
            found = self.subject_before(us, us + opened.start(), depth + 1)
            if found is not None:
                return found
        seg = inner[c + 1 :].strip()
        first = seg.split()[0] if seg.split() else ""
        if first.lower() in ("which", "who") and last_comma(inner, c) > 0:
            # "Pieter van der Vorm, managing director of GEM, which handles 95 pct of grain ..., said": the relative
            # clause closes a person's apposition before it (or a body's: "Acme Inc, the largest maker ..., which")
            person = self._subject_before_aside(us, inner[:c], depth)
            if person is not None and (person.kind == "person" or (person.kind == "org" and first.lower() == "which")):
                return person
        named = name_with_capital_post(self, us, inner, c, seg) if is_cap(first) and capital_post(lex, seg) else None
        if named is not None:
            return named
        if not first or (is_cap(first) and not lex.title_re.match(seg)) or first.lower() in SUBJECT_PRONOUNS:
            return None
        if (homed := self._home_subject(us, inner, c, depth)) is not None:  # "Acme, of Dayton, Ohio, a maker of"
            return homed
        sp = self.subject_before(us, us + c, depth + 1)
        if sp is not None and sp.kind == "role" and sp.human and not sp.plural and last_comma(inner, c) > 0:
            # "Jacy Roe, industrial relations director of Acme, a merger of ..., said": the name before the post
            named = self.subject_before(us, us + last_comma(inner, c), depth + 1)
            if named is not None and named.kind == "person" and not named.role and not sx.PARTY_TAG.match(named.text):
                named.role = sp.text
                if named.country is None and sp.country:
                    named.country, named.country_rule = sp.country, "apposition"
                self.memory.remember(named.name_start or us, named.text, named.role, named.country)
                return named
        if (
            sp is not None
            and sp.kind == "person"
            and not sp.role
            and any(lex.kind(w) in ("role", "org", "title") for w in words(seg))
            and not seg.endswith("ing")
            and not (first.endswith("ing") and not post_after(lex, seg))
            and first.lower() not in ("who", "which")
        ):
            sp.role = seg
            if sp.country is None:
                sp.country = phrase_country(self.ctx, us + c + 1, us + len(inner))
                sp.country_rule = "apposition" if sp.country else None
            met = self.memory.first_mention(sp.text)  # "Vale told reporters" later: the post and its country
            self.memory.remember(us if met is None else met, sp.text, sp.role, sp.country)
        elif sp is not None and sp.kind == "role" and sp.country is None and APPOSED_POST.match(seg):
            # "The team investigator, a Japanese Transport Ministry official who ..., said": the post's country
            sp.country = phrase_country(self.ctx, us + c + 1, us + len(inner))
            sp.country_rule = "apposition" if sp.country else None
        if sp is not None and sp.kind in ("person", "org") and sp.country is None and first.lower() not in _NO_POST:
            self._town_state(sp, us, us + c + 1, us + len(inner))
        return sp

    def _home_subject(self, us: int, inner: str, c: int, depth: int) -> Speaker | None:
        """ "Acme Corp, of Dayton, Ohio, a maker of tools, said": the person or body before a home aside that stands
        before the apposition at ``c``, with the home's country; None when no such aside stands there."""
        home, town = self._home_aside(us, inner, c)
        sp = self.subject_before(us, us + home, depth + 1) if home > 0 else None
        if sp is None or sp.kind not in ("person", "org"):
            return None
        if sp.country is None:
            self._town_state(sp, us, us + home, us + c + 1)
        if sp.country is None:  # "Acme Corp, of Toronto, a maker of ...": the town's own country
            sp.country = place_country(town, self.ctx.day)
            sp.country_rule = "town-state" if sp.country else None
        return sp

    def _home_aside(self, us: int, inner: str, c: int) -> tuple[int, str]:
        """Where a home aside (", of Dayton, Ohio") opens that stands between the subject and the apposition at
        ``c``, and its town; (-1, "") unless the aside names a place (a state the masked text blanks, or a town the
        gazetteer lists)."""
        h = last_comma(inner, c)
        m = _HOME_ASIDE.fullmatch(inner, h + 1, c) if h > 0 else None
        if m is None:
            return -1, ""
        blanked = self.ctx.text[us + h + 1 : us + c].strip() != inner[h + 1 : c].strip()
        return (h, m.group(1)) if blanked or place_country(m.group(1), self.ctx.day) else (-1, "")

    def _town_state(self, sp: Speaker, us: int, start: int, end: int) -> None:
        """ "Ted Vale, an investor from Dayton, Ohio, said", "Asea, the concern based in Vasteras, Sweden, said": the
        state or country of the town the apposition at [start, end) names is the speaker's."""
        sp.country = town_state_country(self.ctx, start, end)
        if sp.country:
            sp.country_rule = "town-state"
            if sp.kind == "person":
                self.memory.remember(sp.name_start or us, sp.text, sp.role, sp.country)

    def _last_piece(self, left: str) -> tuple[int, str]:
        lex = self.ctx.lex
        for b in reversed(list(BOUNDARY.finditer(left))):
            w = b.group()
            if (
                w in ("and", "or")
                and left[b.end() :].strip()
                and (
                    is_cap(left[b.end() :].lstrip()[:1])
                    or lex.kind((words(left[: b.start()]) or [""])[-1]) in ("role", "org", "source")
                )
            ):
                continue  # "Japan and South Korea said", "traders and analysts said": a joint subject
            if w in _TIME_PREPOSITIONS and self._document_before(left[: b.start()]):
                continue  # "The Boeing statement after the crash said": a document's modifier, no clause
            return b.end(), w
        return 0, ""

    def _document_before(self, left: str) -> bool:
        """The words before a time preposition are a document's noun phrase ("The Boeing statement"), not a clause
        with a verb of its own ("he said in a statement after ...")."""
        lex = self.ctx.lex
        starts = [b.end() for b in BOUNDARY.finditer(left)]
        piece = words(left[starts[-1] if starts else 0 :])
        return bool(piece) and lex.kind(piece[-1]) == "source" and not any(lex.cues.get(w.lower()) for w in piece)

    def _last_piece_subject(self, us: int, cue_s: int, left: str, depth: int) -> Speaker | None:
        bstart, bword = self._last_piece(left)
        piece = left[bstart:]
        if bword in ("who", "which"):  # "X, who ..., said": the one the relative clause is about
            sp = self.subject_before(us, us + bstart - len(bword), depth + 1)
            if sp is not None and sp.kind == "role" and not sp.plural and not depth:
                sp = self._name_before_description(us, left[: bstart - len(bword)], sp)
            if sp is None and bword == "who":
                sp = self._relative_antecedent(us, us + bstart - len(bword))
            if sp is None and bword == "who" and not words(piece):  # not "who the paper said was ..."
                sp = self._inverted_antecedent(us, left[: bstart - len(bword)].rstrip(" ,"))
            return sp
        if not piece.strip() or not words(piece):
            return self.unit_subject(us, cue_s) if bword in ("and", "but", "or") else None
        ps = us + bstart
        while ps < us + len(left) and self.ctx.masked[ps].isspace():
            ps += 1
        fm = FRONTED_SUBORDINATE.match(self.ctx.masked, ps, us + len(left))
        if fm and words(self.ctx.masked[fm.end() : us + len(left)]):
            ps = fm.end()  # "Although in May she said ...": the subordinator opens the clause, the subject follows
        tm = sx.TIME_OPENER.match(self.ctx.masked, ps, us + len(left))
        if tm and words(self.ctx.masked[tm.end() : us + len(left)]):
            ps = tm.end()  # "Last year the minister said", "in September she said": a time phrase, no comma
        fronted = past_fronted_phrase(self.ctx, ps, us + len(left))
        if fronted is None:
            return None  # "Under the terms proposed, ...": a prepositional phrase, no subject
        ps = fronted  # "In a statement the company said": the subject after the phrase
        sp = self.memory.parse(ps, us + len(left))
        if sp is not None and sp.kind in ("org", "role") and sp.country is None:
            # "A group led by Sparta, N.J., investor Ann Roe said": the state of a town the phrase names
            sp.country = town_state_country(self.ctx, ps, us + len(left))
            sp.country_rule = "town-state" if sp.country else None
        if sp is None and not depth and " and " in piece:
            sp = self._after_and(ps, us + len(left))
        if (sp is None or (sp.kind == "role" and not sp.human)) and not depth and bword in ("and", "or"):
            sp = (
                self._joint_phrase(us, left, bstart - len(bword)) or sp
            )  # not "the region" of "... and across the region"
        if sp is None and sx.SHARE.fullmatch(piece.strip()):
            # "42% say they are liberal": a bare share of the people polled speaks
            share = piece.strip()
            sp = Speaker(share, share, None, "role", plural=True, human=True)
        if sp is None or bword != "," or depth:
            return sp
        if sp.kind == "person" and (not sp.role or sp.country is None):
            self._role_before_name(sp, us, us + bstart - 1, ps)
        named = self._name_before_post(us, left, bstart, sp)
        if named is not None:
            return named
        if sp.kind in ("org", "person") and not sp.state and not sp.role:
            post = self._post_of_body_before(us, left, bstart)
            if post is not None and sp.kind == "org":
                post.text = f"{post.text}, {left[bstart:].strip()}"
                return post
            if post is not None:  # "The president of Acme, John Roe, said": the person, with the post
                sp.role, sp.country = post.text, sp.country or post.country
                self.memory.remember(sp.name_start or us, sp.text, sp.role, sp.country)
        if sp.kind == "role" and not sp.plural and POST_OF.match(piece):
            return name_before_unclosed_post(self, us, left, bstart, sp) or sp
        return sp

    def _name_before_post(self, us: int, left: str, bstart: int, sp: Speaker) -> Speaker | None:
        """ "Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said", "Ann Roe, Acme spokeswoman, said",
        "Ann Roe, Executive Vice President of Acme, said" (a capitalised post the phrase reading took for a title
        before a name "of Acme"): the name before the post speaks, with the post as its role."""
        lead = left[bstart:].lstrip()
        misread = (
            sp.kind == "person" and (sp.text or "").split(" ", 1)[0] in ("of", "for") and _CAPITAL_POST.match(lead)
        )
        if not misread and not (
            sp.kind == "role" and sp.human and (lead[:2].lower() in ("a ", "an") or (is_cap(lead) and not sp.plural))
        ):
            return None
        named = self.subject_before(us, us + bstart - 1, 1)
        # not a place ending the words before ("... of Acme Bank, Parowan, Utah, an FDIC spokesman said")
        if (
            named is None
            or named.kind != "person"
            or place_country(named.text or "", self.ctx.day)
            or self._place_blanked_before(us, us + bstart - 1)
        ):
            return None
        named.role = named.role or (" ".join(lead.split()) if misread else sp.text)
        named.country = named.country or sp.country
        return named

    def _post_of_body_before(self, us: int, left: str, bstart: int) -> Speaker | None:
        """The post before a comma that a name after it completes: "The president of the chip maker, Acme Corp, said"
        (the body of the post: the post speaks, its phrase taking the name, so its country is the body's), "The
        president of Acme, John Roe, said" (the person who holds it)."""
        if not _POST_OF_END.search(left, 0, bstart - 1):
            return None
        post = self.subject_before(us, us + bstart - 1, 1)
        if post is None or post.kind != "role" or not post.human or post.plural:
            return None
        return post

    def _name_before_description(self, us: int, left: str, sp: Speaker) -> Speaker:
        """ "... to Acme Inc, the world's largest maker of tools, which said": the name before the description the
        relative clause follows speaks; the description stays when no name or body stands there."""
        inner = left.rstrip().rstrip(",").rstrip()
        if len(inner) == len(left.rstrip()):
            return sp  # no comma closes the description: "the maker which said" is the speaker itself
        c = last_comma(inner)
        named = self.subject_before(us, us + c, 1) if c > 0 else None
        if named is None and c > 0:  # "was sold to Acme Inc, the ...": the name after the last preposition
            host = last_match(sx.RELATIVE_HOST, inner[:c])
            named = self.memory.parse(us + host.end(), us + c) if host is not None else None
        if named is None or named.kind not in ("person", "org"):
            return sp
        if named.kind == "person":
            named.role = named.role or sp.text
        named.country = named.country or sp.country
        return named

    def _place_blanked_before(self, us: int, end: int) -> bool:
        """The words before ``end`` end in a town's state or country that the masked text blanks ("Elk Bank, St
        Kitts, Utah,"): the capitalised words before it are a town, no name."""
        tail = self.ctx.text[us:end].rstrip(" ,")
        k = tail.rfind(", ")
        return k > 0 and not self.ctx.masked[us + k : us + len(tail)].strip()

    def _joint_phrase(self, us: int, left: str, and_at: int) -> Speaker | None:
        """ "Experts on trade and farm policy said", "Political analysts in Ohio and across the region say": the
        piece after "and" is no subject, so the phrase from the boundary before it, a group of people."""
        bstart, bword = self._last_piece(left[:and_at])
        if bword not in ("", ",") or not words(left[bstart:and_at]):
            return None
        ps = us + bstart + len(left[bstart:]) - len(left[bstart:].lstrip())
        sp = self.memory.parse(ps, us + len(left))
        return sp if sp is not None and sp.kind == "role" and sp.human and sp.plural else None

    def _after_and(self, ps: int, end: int) -> Speaker | None:
        """ "... was copied on the questions and Gates said": no joint subject parses, so the clause after the last
        "and" has its own subject, a person or a body."""
        masked = self.ctx.masked
        k = masked.rfind(" and ", ps, end)
        before = words(masked[ps:k]) if k >= 0 else []
        # a clause of three words or more before "and", ending in a lower-case word: not a joint subject
        # ("he and Chairman X", "Hudson Bay and Minorco", "Securities and Exchange Commission")
        if len(before) < 3 or not before[-1][:1].islower() or before[-1].lower() in SUBJECT_PRONOUNS:
            return None  # "it and Shearson intend": a joint subject
        sp = self.memory.parse(k + 5, end)
        # a person, a body, or people by their post ("... declined to comment and Senate aides said")
        return sp if sp is not None and (sp.kind in ("person", "org") or (sp.kind == "role" and sp.human)) else None

    def _relative_antecedent(self, us: int, who: int) -> Speaker | None:
        """ "The delegation was led by special envoy Mark Halloran, who told ...": the person the relative
        clause hangs on, after the last preposition or verb before it."""
        left = self.ctx.masked[us:who].rstrip().rstrip(",").rstrip()
        host = last_match(sx.RELATIVE_HOST, left)
        sp = self.memory.parse(us + host.end(), us + len(left)) if host is not None else None
        if sp is None:  # "the backing of Ann Vale, who ...", "a jury found Roe, who ...": the name right before it
            nm = sx.NAME_AT_END.search(left)
            inverted = nm is not None and self.ctx.lex.ends_with_verb_re.search(left[: nm.start()].rstrip())
            sp = self.memory.parse(us + nm.start(), us + len(left)) if nm and not inverted else None
        return sp if sp is not None and sp.kind == "person" else None

    def _inverted_antecedent(self, us: int, left: str) -> Speaker | None:
        """The speaker of an inverted cue right before "who" ('"...," said one former staffer, who said ...')."""
        if not left[-1:].islower():
            return None  # a name: _relative_antecedent reads it
        cue = last_match(self.ctx.lex.cue_re, left)
        if cue is None or not COMMA_OR_QUOTE_END.search(left[: cue.start()]):
            return None
        sp = self.memory.parse(us + cue.end(), us + len(left))
        return sp if sp is not None and (sp.kind == "person" or (sp.kind == "role" and sp.human)) else None

    def _previous_subject_country(self, us: int) -> str | None:
        """The country of the subject of the sentence before the one starting at ``us``."""
        unit = self.ctx.unit_before(us)
        sp = self.unit_subject(unit.start, unit.end) if unit is not None else None
        return sp.country if sp is not None and sp.kind in ("org", "country", "role") else None

    def _role_before_name(self, sp: Speaker, us: int, comma: int, name_pos: int) -> None:
        """ "The head of Kyiv's military administration, Taras Bondar, said": the description before the
        comma is the named person's post; its country is the one the person speaks for."""
        left = self.ctx.masked[us:comma]
        pieces = list(BOUNDARY.finditer(left))
        start = pieces[-1].end() if pieces else 0
        seg = left[start:]
        if not seg.strip() or len(words(seg)) > 10:
            return
        a = us + start + (len(seg) - len(seg.lstrip()))
        if pieces and pieces[-1].group() not in (",", "and", "but", "that", ";", ":", "while", "as", "after", "when"):
            return
        if not pieces and LEADING_ADVERBIAL.match(left).end() > 0:
            return
        role = self.memory.parse(a, comma)
        if role is None or role.kind != "role" or not role.human or role.plural:
            return
        text = self.ctx.text
        if role.country is None and sx.POSSESSIVE_LEAD.match(text[a:comma]):
            role.country = self._previous_subject_country(us)  # "Its spokesman": the body of the sentence before
        sp.role = re.sub(r"^(?:the|a|an)\s+", "", text[a:comma].strip(), flags=re.I) or role.role or role.text
        if sp.country is None and role.country:
            sp.country, sp.country_rule = role.country, "apposition"
        sp.state = sp.state or role.state
        self.memory.remember(name_pos, sp.text, sp.role, sp.country)
