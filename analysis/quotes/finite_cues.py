"""Reported speech after a finite cue: "X said (that) ...", "..., X said.", the attribution between commas ("If the
talks fail, Roe warned, the union will strike"), inverted ("The plant, said Ann Roe, will close") and "..., as X
reported"; the shape of the text around the cue decides which."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import AUXILIARIES, CALENDAR, DETERMINERS, PREPOSITIONS
from . import reported_patterns as rp
from .asides import aside_that
from .clauses import FRONTED_SUBORDINATE, looks_like_clause, object_head, quantity_gerund
from .content_ends import ContentEnds
from .lexicon import Cue, Lexicon
from .records import Report, Speaker
from .speakers import parse_speaker
from .subject_patterns import LISTENER_CUES
from .subjects import Found
from .tokens import first_word, is_cap, word_count, words


@dataclass
class Shape:
    """What the text around a finite cue looks like."""

    s: int  # where the content after the cue starts
    that: bool  # "said that ..."
    comma: int | None  # "..., X said": where the attribution starts
    b_shape: bool  # content stands before the attribution
    setting_follows: bool  # after the cue only a setting or a second verb of the speaker
    first: list[str]  # the first word after the cue
    cue_after_comma: bool = False  # ", said X": the cue right after a comma (or a quotation)
    aside: bool = False  # "testified, for example, that ...": words between the cue and its "that"
    apposed: bool = False  # "Ann Roe, a supporter of the plan, said ...": the subject and its apposition before the cue


class FiniteCues(ContentEnds):
    """The content of a finite cue; a base of reported.Reported, whose ``source_speaker`` it calls."""

    def _shape(self, c: re.Match, cue: Cue, us: int, ue: int) -> Shape:
        masked, lex = self.ctx.masked, self.ctx.lex
        s = c.end()
        if cue.lemma in LISTENER_CUES:
            # the listener: "told reporters", "told a briefing", "told his South Korean counterpart", "assured voters"
            om = rp.LISTENER.match(masked[s:ue])
            if om:
                s += om.end()
        am = lex.after_cue_re.match(masked, s, ue)
        if am:
            s = am.end()
        colon = rp.CUE_COLON.match(masked, s, ue) if masked.startswith(":", s) else None
        if colon:
            s = colon.end()
        that = rp.THAT_AFTER.match(masked[s:ue])
        aside = None if that else aside_that(masked, lex.cues, cue.lemma in LISTENER_CUES, s, ue)
        if that:
            s += that.end()
        elif aside is not None:
            s, that = aside, True
        content = masked[s:ue]
        comma = self._attribution_comma(us, c.start())
        before = masked[us : c.start()].rstrip()
        apposed = before.endswith(",") and self.subjects.apposed_subject(us, c.start())
        if before.endswith(",") and not apposed and self.subjects.inverted_start(c.start(), c.end(), ue):
            comma = us + len(before) - 1  # ", said Matt Latimer, another ...": the comma before an inverted cue
        fw = first_word(content)
        first = [fw] if fw is not None else []
        f = first[0].lower() if first else ""
        # "..., he said but did not elaborate": a second verb of the speaker, not reported content
        setting_follows = (
            not first
            or f in PREPOSITIONS
            or bool(rp.COMMA_GERUND.match(content))
            or bool(rp.DASH_AFTER_CUE.match(content))
            or f in rp.SETTING_CONJUNCTIONS
            or (f in lex.cues and lex.cues[f].type == "participle")
        )
        # content before the attribution: a clause ("The vote was fair, Roe said"), not the speaker's own name
        # before an apposition ("Jon Tester, chairman of the committee, said ...")
        b_shape = comma is not None and word_count(masked[us:comma], 3) >= 3 and not self._only_a_name(us, comma)
        after_comma = rp.COMMA_OR_QUOTE_END.search(masked[us : c.start()]) is not None
        return Shape(s, bool(that), comma, b_shape, setting_follows, first, after_comma, aside is not None, apposed)

    def _only_a_name(self, start: int, end: int) -> bool:
        """The words are a person's or body's name and nothing more ("Montana Sen. Jon Tester")."""
        if looks_like_clause(self.ctx.masked[start:end], self.ctx.lex):
            return False  # tested first: most such spans are clauses, and parsing them as a speaker costs 5 times more
        sp = parse_speaker(self.ctx, start, end)
        return (
            sp is not None
            and sp.kind in ("person", "org")
            and bool(sp.text)
            and self.ctx.text[start:end].rstrip(" ,").endswith(sp.text)
        )

    def _content_after_ok(self, cue: Cue, shape: Shape, content: str) -> bool:
        # "proposed talks, and member states will vote ...": a coordinated clause with a new subject is the
        # writer's own; the clause test stops before it
        if self._inverted(shape, content, cue.subject == "source"):
            return False  # "..., said Dan Gerstein, director of ...": what follows is the speaker
        coord = rp.COORDINATED.search(content)
        own = content[: coord.start()] if coord else content
        participle = self._participle_cut(0, len(own), own)  # ", saying ...": a clause of its own
        clause = shape.that or looks_like_clause(own[:participle] if participle else own, self.ctx.lex)
        return (
            word_count(content, 3) >= 3
            and ("|" not in content[:3] or self._leads(shape.s, shape.s + len(content)))
            and (shape.that or not (shape.b_shape and shape.setting_follows))
            and (shape.that or not self._comma_apposition(content, shape.b_shape))
            and (
                clause
                or not cue.needs_clause
                or (bool(cue.object_heads) and object_head(own) in cue.object_heads)
                or (cue.gerund_object and quantity_gerund(own))
            )
            and not self._withheld(own)
        )

    def _inverted(self, shape: Shape, content: str, source_cue: bool = False) -> bool:
        """An inverted attribution: the cue ends the content before it and the speaker follows it (for a cue only a
        document speaks with, not a person: "The poll, released Monday, showed Ann Roe leading")."""
        if shape.comma is None or shape.that or not shape.cue_after_comma:
            return False
        if shape.apposed:
            return False  # "Ann Roe, a supporter, said Trump aides plan ...": the comma closes the subject's apposition
        head = rp.HEAD_PHRASE.match(content)
        if head is None:
            return False
        # "..., said an official who was briefed on the talks": the relative clause is the speaker's, not a clause
        rel = rp.WHO_AFTER_HEAD.match(head.group(1))
        end = head.start(1) + rel.end() if rel else head.end(1)
        sp = parse_speaker(self.ctx, shape.s + head.start(1), shape.s + end)
        return (
            sp is not None
            and sp.kind in ("person", "role", "org")
            and not (source_cue and not self.source_speaker(sp))
            and not looks_like_clause(content[head.start(1) : end], self.ctx.lex)
        )

    def _finite(self, c: re.Match, cue: Cue, us: int, ue: int, claimed: list[tuple[int, int]]) -> Report | None:
        """ "X said (that) ..." or "..., X said."."""
        masked = self.ctx.masked
        shape = self._shape(c, cue, us, ue)
        content = masked[shape.s : ue]
        if cue.lemma == "claim" and rp.TO_HAVE_BE.match(content):
            # "the ministry claimed to have destroyed 61 drones"
            s2 = shape.s + len(content) - len(content.lstrip())
            e2 = self._participle_cut(s2, ue) or ue
            if "|" in masked[s2:e2]:
                return None
            return Report(s2, e2, self.subjects.cue_speaker(us, ue, c.start(), c.end()), "claimed-to")
        paren = self._parenthetical(c, us, ue, claimed)
        if self._content_after_ok(cue, shape, content):
            return self._content_after(c, shape, us, ue) or (paren if paren and paren.start > c.start() else None)
        if paren is not None and paren.start > c.start():
            return paren  # "If the talks fail, Roe warned, the union will strike"
        if shape.cue_after_comma:
            inverted = self._inverted_parenthetical(c, us, ue, claimed)
            if inverted is not None:
                return inverted
        window = masked[max(us, c.start() - 60) : c.start()]
        if "as" in window and "," in window:  # the cheap test first: this runs for every cue
            as_said = self._as_attribution(c, cue, shape, us, ue, claimed)
            if as_said is not None:
                return as_said
        if (cue.needs_clause or cue.noun_object) and rp.WORD_CHAR.search(content) and not shape.setting_follows:
            return paren  # "..., the G7 has promised further measures": a noun object, no speech before it
        return self._content_before(c, shape, us, ue, claimed) or paren

    def _as_attribution(self, c: re.Match, cue: Cue, shape: Shape, us: int, ue: int, claimed) -> Report | None:
        """ "The plan failed, as the Herald reported on Monday.": the clause before ", as X said" is X's content."""
        masked, cs = self.ctx.masked, c.start()
        m = rp.AS_SUBJECT.search(masked, us, cs)
        after = masked[shape.s : ue]
        if (
            m is None
            or m.end() != cs
            or cue.cue_class not in ("speech", "writing", "finding")
            or "|" in after
            or not (shape.setting_follows or word_count(after, 7) <= 6)
            or looks_like_clause(after, self.ctx.lex)
        ):
            return None  # not "..., as Roe said he would", nor "..., as analysts expected"
        start = max([us] + [b for a, b in claimed if b <= m.start()])
        lead = rp.LEAD_CONNECTIVE.match(masked[start : m.start()])
        start += lead.end() if lead else 0
        if word_count(masked[start : m.start()], 3) < 3 or "|" in masked[start : m.start()]:
            return None
        subject = masked[m.start(1) : m.end(1)]
        lead = rp.AS_VERB_LEAD.search(subject)
        end = m.start(1) + (lead.start() if lead else len(subject))
        found = self.subjects.resolve(self.subjects.memory.parse(m.start(1), end), "subject-before-cue", cs)
        return Report(start, m.start(), found, "as-attribution") if found[0] is not None else None

    def _content_rule(self, c: re.Match, shape: Shape, content: str) -> tuple[int | None, str] | None:
        """Where the content after the cue ends (None: the unit's end) and the rule that reads it; None for a plain
        noun object with the writer's relative clause after it."""
        cue, lex = self.ctx.lex.cue(c.group()), self.ctx.lex
        rule = "that-after-aside" if shape.aside else "content-after-cue"
        if not shape.that and (cue.noun_object or cue.object_heads) and not looks_like_clause(content, lex):
            # "denied the allegations" (noun_object_cues.csv), "announced his support for Roe" (noun_object_heads.csv)
            rule = "noun-object-of-cue" if cue.noun_object else "noun-object-head"
        obj = None if shape.that else rp.OBJECT_THEN_RELATIVE.match(content)
        if obj is None or looks_like_clause(obj.group(1), lex):
            return None, rule
        if not (cue.noun_object or (cue.object_heads and object_head(obj.group(1)) in cue.object_heads)):
            return None  # "blamed Acme Corp, which bought ...": a plain noun object, the clause is the writer's
        return obj.end(1), "noun-object-before-relative"  # "confirmed an outbreak, which prompted ...": the object

    def _content_after(self, c: re.Match, shape: Shape, us: int, ue: int) -> Report | None:
        """ "X said (that) ...": the content after the cue, up to a later attribution, a participle of its own
        or a coordinated clause with its own cue."""
        masked, cs, ce, s = self.ctx.masked, c.start(), c.end(), shape.s
        content = masked[s:ue]
        read = self._content_rule(c, shape, content)
        if read is None:
            return None  # "blamed Acme Corp, which bought ...": a plain noun object, the clause is the writer's
        ue, rule = (s + read[0] if read[0] is not None else ue), read[1]
        later = self._inside_later_attribution(us, ce, ue)
        if later is not None:
            found = self.subjects.cue_speaker(us, ue, cs, ce) if shape.that else (None, None)
            sp = found[0]
            if (
                sp is not None
                and sp.kind == "person"
                and len(words(masked[s:later])) >= 3
                and "|" not in masked[s:later]
            ):
                return Report(s, later, found, "reported-within-attribution")  # Mori's words, reported by the ministry
            return None  # "OPEC believes ..., the official said.": the later attribution carries it all
        coord = rp.COORDINATED.search(content)
        if coord and rp.TO_NEXT.match(content):
            ue = s + coord.start()  # "vowed to retaliate, and oil prices jumped ..."
            if len(words(masked[s:ue])) < 3:
                return None
        rel = self._relative_cut(us, cs, s, ue)
        if rel is not None:
            ue = rel  # "Roe, who said A, said B": the relative clause ends before its antecedent's own cue
            cue = self.ctx.lex.cue(c.group())
            first = (words(masked[s:ue])[:1] or [""])[0].lower()
            if (
                first == "to"
                or first in PREPOSITIONS
                or (cue.needs_clause and not looks_like_clause(masked[s:ue], self.ctx.lex))
            ):
                return None  # "Oracle, which announced a stock split, said ...", "who spoke to the club, said"
        pc = self._participle_cut(s, ue)
        if pc is not None and len(words(self.ctx.text[s:pc])) >= 3:  # a quoted fragment's words count too
            ue = pc  # "... that Japan had lodged a protest, calling the launch ...": the participle has its own
        elif pc is not None and not shape.that:
            return None  # "attacked Trump, saying he ...": a short object; the participle reports the words
        cut = self._coordinated_cut(s, ue)
        if cut is not None:
            if len(words(masked[s:cut])) < 3:
                return None
            return Report(s, cut, self.subjects.cue_speaker(us, ue, cs, ce), rule)
        if "|" in content and len(words(masked[s : s + content.index("|")])) < 3 and not self._leads(s, ue):
            return None
        found = self.subjects.cue_speaker(us, ue, cs, ce)
        if (found[1] or "").startswith("relative-clause-subject") and first_word(content) in PREPOSITIONS - {"to"}:
            return None  # "a loss which the company blamed on currency movements": what it blamed is the antecedent
        if "," not in masked[us:cs] and FRONTED_SUBORDINATE.match(masked, us, cs):
            # "When Roe said the plan had failed, the council voted ...": its comma (not one inside "2,400")
            cm = rp.CLAUSE_COMMA.search(masked, s, ue)
            if cm is not None and len(words(masked[s : cm.start()])) >= 3:
                return Report(s, cm.start(), found, "fronted-clause")
        semi = masked.find(";", s, ue)  # "X said A; 46 percent said B": the writer's next clause
        return Report(s, semi if semi > s and len(words(masked[s:semi])) >= 3 else ue, found, rule)

    def _parenthetical(self, c: re.Match, us: int, ue: int, claimed: list[tuple[int, int]]) -> Report | None:
        """An attribution inside the sentence, between commas: "If the talks fail, Roe warned, the union will
        strike" (after a subordinate clause or a short opener the content follows), "The plant will close, Roe
        said on Tuesday, and ..." (else the content is the clause before)."""
        masked, cs, ce = self.ctx.masked, c.start(), c.end()
        close = rp.PAREN_CLOSE.match(masked, ce, ue)
        if close is None:
            return None
        setting = words(close.group(1))
        if setting and (setting[0] == "to" or setting[0].lower() not in PREPOSITIONS | rp.SETTING_WORDS):
            return None  # "..., Roe said on Tuesday, ...", not "Roe declined to comment, ..."
        start = max([us] + [b for a, b in claimed if b <= cs])
        left = masked[start:cs]
        k = left.rfind(",")
        head = words(left[:k]) if k > 0 else []
        subject = words(left[k + 1 :])
        if not head or "|" in left or not 1 <= len(subject) <= 6 or subject[0].lower() in rp.NO_SUBJECT:
            return None  # not "Norton, which declined to comment, ..."
        found = self.subjects.cue_speaker(us, ue, cs, ce)
        if found[0] is None and not (found[1] or "").endswith("/unresolved"):
            return None
        # "And if ..., he said, ...": a conjunction before a subordinator that is no preposition (not "But until then")
        joined = head[0].lower() in ("and", "but", "yet") and (head[1:2] or [""])[0].lower() in rp.CLAUSE_SUBORDINATORS
        if head[0].lower() in rp.SUBORDINATORS or joined or len(head) <= 3 or fronted_setting(left[:k], self.ctx.lex):
            s = close.end()
            e = self._participle_cut(s, ue) or ue
            # two words are a predicate after its subject ("This plan, he said, is different"); one is too few
            if len(words(masked[s:e])) < 2 or "|" in masked[s:e]:
                return None
            return Report(s, e, found, "parenthetical-attribution")
        lead = rp.LEAD_CONNECTIVE.match(masked[start : start + k])
        return Report(start + (lead.end() if lead else 0), start + k, found, "parenthetical-attribution")

    def _inverted_parenthetical(self, c: re.Match, us: int, ue: int, claimed: list) -> Report | None:
        """ "The plant, said Ann Roe, will close in May": a short subject, the inverted attribution between commas,
        then the subject's verb; the content is the predicate after the speaker (as for "The plant, Roe said, ...")."""
        masked, lex, cs, ce = self.ctx.masked, self.ctx.lex, c.start(), c.end()
        start = max([us] + [b for a, b in claimed if b <= cs])
        left = masked[start:cs].rstrip()
        subject = words(left)
        if (
            not left.endswith(",")
            or not 1 <= len(subject) <= 8
            or "," in left[:-1]
            or "|" in left
            or subject[0].lower() in rp.NO_SUBJECT
            or looks_like_clause(left[:-1], lex)
        ):
            return None  # not "The plant will close, said Roe, ..." (content before) nor "Roe, who said ..."
        for m in rp.SPEAKER_COMMA.finditer(masked, ce, min(ue, ce + 120)):
            if (words(masked[m.end() : m.end() + 20])[:1] or [""])[0].lower() not in AUXILIARIES:
                continue
            if "|" in masked[ce : m.start()] or looks_like_clause(masked[ce : m.start()], lex):
                return None
            found = self.subjects.cue_speaker(us, ue, cs, ce)
            if found[0] is None or found[0].kind not in ("person", "role", "org") or found[1] != "after-cue":
                return None  # "The move, announced a day after ..., will involve ...": a participle, no speaker after
            s = m.end()
            e = self._participle_cut(s, ue) or ue
            if len(words(masked[s:e])) < 3 or "|" in masked[s:e]:
                return None
            return Report(s, e, found, "inverted-parenthetical")
        return None

    def _inverted_tail(self, content: str) -> bool:
        """ ", said Ann Roe, executive director of X, whose ...": an inverted name with its post (no clause: not
        ", said a jury in Sutton County, Texas, district court has found ...")."""
        m = rp.INVERTED_TAIL.match(content)
        if m is None:
            return False
        post = [w.lower() for w in words(m.group("post") or "")]
        # an auxiliary in the post makes it a clause ("Texas, district court has found ..."), unless the post is a
        # relative clause or the subject's second verb (", said Acme, and are expected to ...")
        return (
            post[:1] == ["and"]
            or post[:1] == ["but"]
            or post[:1] in (["who"], ["whose"], ["which"])
            or not any(w in AUXILIARIES for w in post)
        )

    def _post_before(self, us: int, comma: int, cs: int, sp: Speaker | None) -> int:
        """The comma before the speaker's post when the post stands before the name ("..., the governor of the
        bank, Ann Roe, said", "..., the Organisation for Economic Cooperation, OECD, said"): a short phrase without
        a verb that names a post or a body is no part of the content."""
        masked, lex = self.ctx.masked, self.ctx.lex
        prev = masked.rfind(",", us, comma)
        seg = masked[prev + 1 : comma] if prev >= 0 else ""
        toks = words(seg)
        if not toks or len(toks) > 8 or "|" in seg or looks_like_clause(seg, lex):
            return comma
        first = toks[0]
        opener = first.lower() in DETERMINERS or first.endswith(("'s", "’s")) or is_cap(first)
        post = any(lex.kind(w) in ("role", "org", "title") for w in toks)
        # the name right after the post is the speaker's ("..., the central bank, Bank Negara, said"), not a role
        # phrase ("..., a Dover spokesman said": the phrase before it is the content's own apposition)
        name = words(masked[comma:cs])[:1]
        named = sp is not None and bool(sp.text) and bool(name) and name[0] == (words(sp.text)[:1] or [""])[0]
        named = named and is_cap(name[0]) and name[0].lower() not in DETERMINERS
        speaker = sp is not None and bool(sp.text) and sp.text in seg  # "..., senior economists, including X, said"
        return prev if ((opener and post and named) or speaker) and word_count(masked[us:prev], 4) >= 3 else comma

    def _subject_phrase(self, found: Found, start: int, end: int) -> bool:
        """The span opens with the speaker and has no verb: the subject with its apposition ("One voter, Ann Roe, 40,
        of Dover, disagrees"), not a clause that names the speaker ("The firm's chief executive spoke ...")."""
        sp = found[0]
        if sp is None or not sp.text:
            return False
        i = self.ctx.text.find(sp.text, start, end)
        return (
            0 <= i
            and word_count(self.ctx.text[start:i], 4) <= 3
            and word_count(self.ctx.text[start:end], 13) <= 12  # the cheap verb test misses verbs in long spans
            and not looks_like_clause(self.ctx.masked[start:end], self.ctx.lex)
        )

    def _content_before(self, c: re.Match, shape: Shape, us: int, ue: int, claimed) -> Report | None:
        """ "..., X said.": the content is the sentence before the attribution."""
        masked, lex = self.ctx.masked, self.ctx.lex
        content = masked[shape.s : ue]
        f = shape.first[0].lower() if shape.first else ""
        lead_participle = bool(shape.first) and f in lex.cues and lex.cues[f].type == "participle"
        # ", said Ann Roe, a professor of law at the university.": an inverted speaker with a long apposition
        inverted_long = shape.cue_after_comma and (
            (word_count(content, 21) <= 20 and not looks_like_clause(content, lex))
            or rp.NAME_APPOSITION.match(content) is not None  # ", said David Roe, a professor at ..., who ..."
            or self._inverted_tail(content)  # ", said a former aide, Ann Roe, who ...": a long tail
        )
        if not (
            shape.b_shape
            and (word_count(content, 9) <= 8 or shape.setting_follows or inverted_long)
            and ("|" not in content or lead_participle)
            and not (rp.TO_NEXT.match(content) and not (shape.s > c.end() and rp.TO_LISTENER.match(content)))
        ):
            return None
        if (words(masked[us : c.start()])[-1:] or [""])[0].lower() in ("who", "which"):
            return None  # "..., Mr. Roe, who claimed ...": a relative clause has no content before its antecedent
        if self.subjects.object_relative(us, c.start()) is not None:
            return None  # "a role, which he said was fading": the clause after the cue, or nothing
        found = self.subjects.cue_speaker(us, ue, c.start(), c.end())
        comma = shape.comma
        # ", said X": the comma right before the cue (not "..., Ann Roe, the head of roads, said": the subject and its
        # apposition are no content)
        subject_before = shape.apposed or (
            found[0] is not None
            and found[1] == "subject-before-cue"
            and (shape.setting_follows or not rp.WORD_CHAR.search(masked[shape.s : ue]))
        )
        if shape.cue_after_comma and masked[us : c.start()].rstrip().endswith(",") and not subject_before:
            comma = us + masked[us : c.start()].rstrip().rfind(",")
        elif subject_before and comma is not None:
            comma = self._post_before(us, comma, c.start(), found[0])
        start = max([us] + [b for a, b in claimed if b <= comma])
        if word_count(masked[start:comma], 3) < 3 or rp.ASKED.match(masked[start:comma]):
            return None  # "Asked if ..., he said ...": the question is not the answer
        lead = rp.LEAD_CONNECTIVE.match(masked[start:comma])
        if lead:
            start += lead.end()
        if _adverbial_phrase(masked[start:comma], lex):
            return None  # "In her post, she reminded ...": a fronted setting, no clause of its own to report
        if subject_before and self._subject_phrase(found, start, comma):
            return None  # "Ann Roe, 18, of Dover, disagrees": the subject and its apposition, nothing it said
        return Report(start, comma, found, "content-before-cue")


# words that open a fronted setting before the subject ("In a speech on Monday, she declared ...")
_SETTING_OPENERS = PREPOSITIONS | rp.SUBORDINATORS | {"despite", "amid", "besides", "unlike", "like", "without", "upon"}


# two-word openers that are no setting but a hedge or a connective ("At least two mln coins will be minted")
_NOT_SETTINGS = ("at least", "for example", "for instance", "of course", "after all", "in addition", "in fact")


def _adverbial_phrase(text: str, lex: Lexicon) -> bool:
    """True for a short prepositional or subordinate phrase without a finite verb ("As an immigrant", "On CNN
    Tuesday"), perhaps with a few words after its comma ("In the same interview, however"). The cheap verb test
    misses verbs in long spans ("From its point of view the plan looks ..."), so a long phrase is kept."""
    head, _, tail = text.partition(",")
    toks = [w.lower() for w in words(head)[:11]]
    return (
        bool(toks)
        and toks[0] in _SETTING_OPENERS
        and len(toks) <= 10
        and " ".join(toks[:2]) not in _NOT_SETTINGS
        and word_count(tail, 5) <= 4
        and not looks_like_clause(text, lex)
    )


# words of a time phrase that may open a sentence before its subject ("At times last year", "But the next day")
_TIME_WORDS = (
    CALENDAR
    | rp.SETTING_WORDS
    | frozenset(
        "day days week weeks month months year years weekend morning afternoon evening night time times".split()
    )
)


def fronted_setting(text: str, lex: Lexicon) -> bool:
    """A short opener without a verb before an attribution inside the sentence ("At times last year, people close to
    her said, ...", "But the next day, according to Roe, ..."): a place or time, so the content follows the
    attribution (a clause before it would be the content: "The plan failed, Roe said, and ...")."""
    toks = [w.lower() for w in words(text)]
    if toks[:1] in (["but"], ["and"], ["yet"]):
        toks = toks[1:]
    return (
        0 < len(toks) <= 6
        and "," not in text.rstrip(" ,")
        and (toks[0] in _SETTING_OPENERS or any(t in _TIME_WORDS for t in toks))
        and " ".join(toks[:2]) not in _NOT_SETTINGS
        and not looks_like_clause(text, lex)
    )
