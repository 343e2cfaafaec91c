"""Reported speech: the content a cue reports ("X said (that) ...", "..., X said.", "according to X, ...",
"..., saying ...", "accused X of ..."), where it starts and ends, and the rule that found it; a finite cue's
content is finite_cues.py's."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES, DETERMINERS, PREPOSITIONS
from . import reported_patterns as rp
from .clauses import COMMA_QUOTE_END, PARTICIPLE_LEAD, looks_like_clause, object_head
from .context import ArticleContext
from .finite_cues import FiniteCues, fronted_setting
from .lexicon import Cue
from .questions import opening_participle, question
from .records import Report, Speaker, Unit
from .speakers import head_key, parse_speaker
from .subject_patterns import LISTENER_CUES
from .subjects import Found, Subjects
from .tokens import is_cap, words

_INFINITIVE = re.compile(r"\s+to\s+[a-z]+")


class Reported(FiniteCues):
    """Finds the reported content of each cue in one article."""

    def __init__(self, ctx: ArticleContext, subjects: Subjects) -> None:
        self.ctx = ctx
        self.subjects = subjects

    def find(self, c: re.Match, cue: Cue, unit: Unit, claimed: list[tuple[int, int]]) -> Report | None:
        """Content span and speaker of reported speech around the cue ``c``, or None."""
        us, ue = unit.start, unit.end
        if cue.lemma == "ask":
            asked = question(self.ctx, self.subjects, c, us, ue)
            if asked is not None:
                return Report(*asked, "question")
        if cue.obj:
            span = self._object_content(c, cue, us, ue)
            if span is not None or not cue.reported:
                return span
        if cue.type == "phrase":
            return self._according_to(c, us, ue, claimed)
        if cue.type == "participle":
            return self._participle(c, cue, us, ue)
        return self._finite(c, cue, us, ue, claimed)

    def source_speaker(self, sp: Speaker | None) -> bool:
        """The phrase names a document, figures, a study or a medium ("Commerce Department data", "a study by X")."""
        if sp is None or sp.kind not in ("role", "org") or not sp.text:
            return False
        head = rp.SOURCE_HEAD_END.split(sp.text, maxsplit=1)[0]
        return any(self.ctx.lex.kind(w) == "source" or w.lower() == "media" for w in words(head))

    # -- the cue's kinds ---------------------------------------------------------------------------
    def _according_to(self, c: re.Match, us: int, ue: int, claimed: list[tuple[int, int]]) -> Report | None:
        """ "..., according to X." (content before) or "According to X, ..." (content after)."""
        masked = self.ctx.masked
        cs, ce = c.start(), c.end()
        found = self.subjects.cue_speaker(us, ue, cs, ce)
        before = masked[us:cs]
        opener = len(words(before)) <= 2 and rp.COMMA_END.search(before) is not None  # "Now, according to X, ..."
        opener = opener or rp.BARE_CONNECTIVE.fullmatch(before) is not None  # "But according to X, ..."
        setting = rp.COMMA_END.search(before) is not None and fronted_setting(before, self.ctx.lex)
        opener = opener or setting  # "But the next day, according to X, ...": a time or place, no content
        if before.strip() and (rp.COMMA_END.search(before) or self._closing_source(found, ce, ue)) and not opener:
            if any(
                self._speech_cue(x, us)
                and len(words(masked[us : x.start()])) <= 8
                and parse_speaker(self.ctx, us, x.start()) is not None
                for x in self.ctx.cues(us, cs)
            ):
                return None  # "X said ..., according to the ministry": the source of speech already given
            s = max([us] + [b for a, b in claimed if b <= cs])
            inside = self._according_to_inside(masked[s:cs], found, ce, ue)
            if inside is not None or len(words(masked[s:cs])) < 4:
                return inside
            return Report(s, cs, found, "according-to")
        s = self._after_source(ce, ue)
        if (not before.strip() or opener) and s is not None:
            if setting and any(self._speech_cue(x, s) for x in self.ctx.cues(s, ue)):
                return None  # "In May, according to the deal, X will ..., the statement said": the later cue holds it
            return Report(s, ue, found, "according-to") if len(words(masked[s:ue])) >= 4 else None
        return None

    def _after_source(self, ce: int, ue: int) -> int | None:
        """Where the content after "according to X," starts: after the source, its apposition or relative clause
        ("According to Ann Roe, a ministry spokeswoman, exports rose ...")."""
        masked, lex = self.ctx.masked, self.ctx.lex
        after = rp.UPTO_COMMA.match(masked[ce:ue])
        if after is None:
            return None
        s = ce + after.end()
        named = is_cap((words(masked[ce:s])[:1] or [""])[0])  # "according to Ann Roe, a ...", not "to the ministry"
        for i in range(2):
            nxt = rp.UPTO_COMMA.match(masked[s:ue])
            seg = masked[s : s + nxt.end()].rstrip(" ,") if nxt else ""
            first = (words(seg)[:1] or [""])[0].lower()
            aside = first in ("which", "who", "whose") or (
                named
                and i == 0
                and first in DETERMINERS | {"another"}
                and len(words(seg)) <= 12
                and any(lex.kind(w) in ("role", "org", "title") for w in words(seg))
                and not looks_like_clause(seg, lex)
            )
            if nxt is None or "|" in seg or not aside or len(words(masked[s + nxt.end() : ue])) < 3:
                break
            s += nxt.end()  # the source's apposition or relative clause: the content follows it
        return s

    def _according_to_inside(self, before: str, found: Found, ce: int, ue: int) -> Report | None:
        """ "The new rules, according to the ministry, will take effect in May", "Since May, according to X, prices
        have doubled": a short subject or opener before the source, the rest of the sentence after it."""
        masked, lex = self.ctx.masked, self.ctx.lex
        s = self._after_source(ce, ue)
        lead = words(before)
        if s is None or not before.rstrip().endswith(",") or "|" in before or not lead:
            return None
        if len(lead) > 8 or looks_like_clause(before.rstrip(" ,"), lex):
            return None
        rest = words(masked[s:ue])
        opener = lead[0].lower() in PREPOSITIONS | rp.SUBORDINATORS and looks_like_clause(masked[s:ue], lex)
        if len(rest) < 3 or "|" in masked[s:ue] or not (opener or rest[0].lower() in AUXILIARIES):
            return None
        if any(self._speech_cue(x, s) for x in self.ctx.cues(s, ue)):
            return None  # "In May, according to the deal, X will ..., the statement said": the later cue holds it
        return Report(s, ue, found, "according-to-inside")

    def _closing_source(self, found: Found, ce: int, ue: int) -> bool:
        """ "... 46 percent to 39 percent according to a CBS poll.": with no comma before it, "according to" closes
        the sentence with a named source (not "went according to plan")."""
        rest = self.ctx.masked[ce:ue]
        toks = words(rest)
        return (
            found[0] is not None
            and (found[0].kind in ("person", "org") or (found[0].kind == "role" and found[0].human))
            or self.source_speaker(found[0])
        ) and (
            "," not in rest
            and "|" not in rest
            and 0 < len(toks) <= 12
            and (is_cap(toks[0]) or toks[0].lower() in DETERMINERS)
        )

    def _participle(self, c: re.Match, cue: Cue, us: int, ue: int) -> Report | None:
        """ "..., saying (that) ...": the participle's content runs to the end of the unit."""
        masked = self.ctx.masked
        cs, ce = c.start(), c.end()
        if cue.cue_class in ("denial", "belief") and _INFINITIVE.match(masked, ce):
            return None  # "..., declining to be tied down, promised ...": a refusal or wish to act, no reported content
        after_quote = cue.cue_class == "speech" and COMMA_QUOTE_END.search(self.ctx.text[us:cs]) is not None
        coordinated = False
        issued = None if after_quote else self._issued_document(cue, us, cs)
        if not PARTICIPLE_LEAD.search(masked[us:cs]) and not after_quote and issued is None:
            # "..., pointing to his record and saying that ...": a participle joined to one after a comma
            coordinated = rp.COORDINATED_PARTICIPLE.search(masked, max(us, cs - 200), cs) is not None
            if not coordinated:
                doc = self._document_before(cue, us, cs, ue)
                if doc is not None:
                    return doc  # "a new poll showing X ahead": the document speaks, no comma before its participle
                return opening_participle(self.ctx, self.subjects, c, cue, us, ue)  # "Noting that ..., X said"
        if self._participle_aside(cue, us, cs, ce, ue):
            return None  # "Roe, speaking in Ohio, said ...": the finite cue after the aside carries the content
        om = rp.LISTENER.match(masked[ce:ue]) if cue.lemma in LISTENER_CUES else None  # "..., telling reporters ..."
        if om and (words(masked[ce + om.end() : ue])[:1] or [""])[0] in PREPOSITIONS:
            om = None  # "telling representatives of the unions ...": the listener runs on
        after = ce + om.end() if om else ce
        tm = rp.OPT_THAT.match(masked[after:ue])
        s = after + tm.end()
        if "|" in masked[s:ue] and masked[s:ue].index("|") < 3:
            return None
        content = masked[s:ue]
        if not rp.WORD_CHAR.search(content):
            return self._quoted_before(c, us, ue)  # "..., Ann Roe was quoted as saying."
        own = rp.OWN_CLAUSE_END.split(content, maxsplit=1)[0]
        # a noun object whose head is what was said ("..., questioning his judgment"): noun_object_heads.csv
        noun_object = cue.needs_clause and not tm.group().strip() and not looks_like_clause(own, self.ctx.lex)
        if noun_object and not (cue.object_heads and object_head(own) in cue.object_heads):
            return None
        if len(words(content)) < 3:
            return None
        rule = "noun-object-head" if noun_object else "coordinated-participle" if coordinated else "participle-clause"
        if not masked[max(us, cs - 4) : cs].endswith("as ") and self._inside_later_attribution(us, ce, ue) is not None:
            return None  # "X expects A after reporting B, its chairman said": the closing cue carries it all
        e = self._and_participle_cut(s, ue) or ue
        pc = self._participle_cut(s, e)
        if pc is not None and len(words(self.ctx.text[s:pc])) >= 3:
            e = pc  # "is insisting that A, claiming B": the second participle reports words of its own
        e = self._coordinated_cut(s, e) or e  # "..., declaring it a victory and said it was ...": the finite cue's own
        if len(words(masked[s:e])) < 3:
            return None
        if issued is not None:  # the one who put out the document: the subject before its verb
            sp = self.subjects.subject_before(us, issued)
            return Report(s, e, self.subjects.resolve(sp, "subject-before-cue", cs), "document-participle")
        return Report(s, e, self.subjects.cue_speaker(us, ue, cs, ce), rule)

    def _quoted_before(self, c: re.Match, us: int, ue: int) -> Report | None:
        """ "Growth will slow, Finance Minister Ann Roe was quoted as saying.": the content before the subject's
        comma, as for "..., X said."."""
        m = rp.QUOTED_AS_CLOSING.search(self.ctx.masked, us, c.start())
        if m is None or m.end() != c.start() or len(words(self.ctx.masked[us : m.start()])) < 4:
            return None
        return Report(us, m.start(), self.subjects.cue_speaker(us, ue, c.start(), c.end()), "content-before-cue")

    def _document_before(self, cue: Cue, us: int, cs: int, ue: int) -> Report | None:
        """ "Despite polls showing her behind, ...", "a survey finding that ...": a finding participle right after a
        document, poll or study noun reports what the document holds, up to the next comma or dash."""
        masked = self.ctx.masked
        if cue.cue_class != "finding" or masked[cs - 1 : cs] != " ":
            return None
        m = rp.DOCUMENT_BEFORE.search(masked, max(us, cs - 60), cs)
        if m is None or self.ctx.lex.kind(m.group("noun")) != "source":
            return None
        if self._opens_subject(us, m.start()) and self._verb_after_finding(cs, ue):
            return None  # "Polls showing a surge in support have raised ...": the subject's modifier, no finding
        sp = parse_speaker(self.ctx, m.start(), m.end("noun"))
        if sp is None or not self.source_speaker(sp):
            return None
        c_end = cs + len(masked[cs:ue].split(None, 1)[0])
        tm = rp.OPT_THAT.match(masked[c_end:ue])
        s = c_end + tm.end()
        end = rp.DOCUMENT_CONTENT_END.search(masked, s, ue)
        e = end.start() if end else ue
        if len(words(masked[s:e])) < 3 or "|" in masked[s:e]:
            return None
        return Report(s, e, (sp, "subject-before-cue"), "document-finding-participle")

    def _opens_subject(self, us: int, start: int) -> bool:
        """The document's phrase opens the sentence: at most three words before it, no comma, preposition or cue."""
        before = words(self.ctx.masked[us:start])
        return (
            len(before) <= 3
            and "," not in self.ctx.masked[us:start]
            and not any(w.lower() in PREPOSITIONS or w.lower() in self.ctx.lex.cues for w in before)
        )

    def _verb_after_finding(self, cs: int, ue: int) -> bool:
        """The words after a finding participle run into the sentence's own verb before any comma ("... have raised",
        "... was released"): the participle phrase is part of the subject."""
        end = rp.DOCUMENT_CONTENT_END.search(self.ctx.masked, cs, ue)
        return any(w.lower() in AUXILIARIES for w in words(self.ctx.masked[cs : end.start() if end else ue]))

    def _participle_aside(self, cue: Cue, us: int, cs: int, ce: int, ue: int) -> bool:
        """ "Roe, speaking to farmers in Ohio, said ...": a speech participle set off in commas between a subject and
        its finite speech cue is an aside, not a cue of its own."""
        masked = self.ctx.masked
        if cue.cue_class not in ("speech", "writing") or not masked[us:cs].rstrip().endswith(","):
            return False
        m = rp.ASIDE_TO_COMMA.match(masked, ce, ue)
        if m is None or "|" in masked[m.end() : ue]:
            return False  # a quoted fragment after the cue stays alone (round 12), as the participle row leaves it
        nxt = self.ctx.lex.cues.get(m.group(1))
        return nxt is not None and nxt.type == "finite" and nxt.cue_class in ("speech", "writing")

    def _issued_document(self, cue: Cue, us: int, cs: int) -> int | None:
        """ "X issued a statement saying ...": where the verb that put out the document before the participle starts
        (not "denied a report saying ...": there the report speaks)."""
        if cue.cue_class not in ("speech", "writing", "finding") or self.ctx.masked[cs - 1 : cs] != " ":
            return None
        m = rp.ISSUED_DOCUMENT.search(self.ctx.masked, max(us, cs - 80), cs)
        if (
            m is None
            or m.group(1).lower() not in self.ctx.lex.settings.published
            or self.ctx.lex.kind(m.group(2)) not in ("source", "medium")
        ):
            return None
        return m.start(1)

    def _object_content(self, c: re.Match, cue: Cue, us: int, ue: int) -> Report | None:
        """ "accused Washington of trying to ...", "urged both sides to exercise restraint", "called on Beijing
        to halt ...": the content is what the object is accused of / urged to do (with the object for "to")."""
        masked, lex = self.ctx.masked, self.ctx.lex
        ce = c.end()
        om = rp.OBJECT_AFTER.get(cue.obj, rp.OBJECT_AFTER["to"]).match(masked[ce:ue])
        if om is None:
            return None
        found = words(om.group(1))
        if (
            not found
            or any(w.lower() in AUXILIARIES or w.lower() in lex.cues for w in found)
            or not (is_cap(found[0]) or found[0].lower() in DETERMINERS or found[0].lower() in rp.OBJECT_PRONOUNS)
        ):
            return None
        if self._inside_later_attribution(us, ce, ue) is not None:
            return None  # "X urged Y to ..., officials said.": the closing cue carries it all
        s = ce + (om.end() if cue.obj == "of" else om.start(1))
        e = self._participle_cut(s, ue) or ue
        cut = self._coordinated_cut(s, e)
        if cut is not None:
            e = cut
        if len(words(masked[s:e])) < 3:
            return None
        speaker = self.subjects.cue_speaker(us, ue, c.start(), ce)
        sp = speaker[0]
        if sp is None or (sp.kind == "role" and head_key(sp.text, lex) is None):
            return None  # "That agreement called on Japan to ...": a document's terms, not speech
        return Report(s, e, speaker, "object-of-cue")
