"""Where reported content ends: before a later attribution that closes the sentence, a participle of its own
(", saying ..."), a coordinated clause with its own cue, a relative clause's antecedent's cue; and the clause a closing
attribution continues with ("A, the researchers said, and B")."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from . import reported_patterns as rp
from .clauses import COMMA_PARTICIPLE, COMMA_QUOTE_END, is_speech_cue, looks_like_clause
from .context import ArticleContext
from .marks import fragment_leads_clause
from .speakers import parse_speaker
from .subject_patterns import LISTENER_CUES
from .subjects import Subjects
from .tokens import first_word, is_cap, last_match, words

_AND_COMMA = re.compile(r",\s+(?:and|but|while)\s+")
_APPOSITION_LEAD = re.compile(r"\s+(?:a|an|the|[A-Z][\w.&'’-]*)\s")  # ", an analyst at ...", ", Acme's chairman"
_COMMA_VERB = re.compile(r",\s+([a-z]{2,})\b")  # a comma and the lower-case word after it


def _fronted_clause(before: str) -> bool:
    """The content so far is one subordinate clause ("when it reopens"): the comma after it opens the main clause."""
    first = first_word(before)
    return first is not None and first.lower() in rp.SUBORDINATORS and "," not in before


class ContentEnds:
    """The boundaries of reported content in one article (a base of ``Reported``)."""

    ctx: ArticleContext
    subjects: Subjects

    # -- where content ends -----------------------------------------------------------------------
    def continued(self, ce: int, ue: int) -> tuple[int, int] | None:
        """ "A, the researchers said, and B.": a clause coordinated after a closing attribution continues the
        reported content when it has a subject and a verb of its own and no cue or quotation."""
        masked, lex = self.ctx.masked, self.ctx.lex
        am = lex.after_cue_re.match(masked, ce, ue)
        s = am.end() if am else ce
        cm = rp.AND_BUT.match(masked[s:ue])
        if cm is None:
            return None
        s += cm.end()
        rest = masked[s:ue]
        found = words(rest)
        if (
            len(found) < 5
            or "|" in rest
            or lex.cue_re.search(rest)
            or not (found[0].lower() in DETERMINERS or is_cap(found[0]))
            or not looks_like_clause(rest, lex)
        ):
            return None
        first = found[0].lower()
        if first in AUXILIARIES or lex.kind(found[0]) is not None and first not in DETERMINERS:
            return None
        return s, ue

    def _withheld(self, content: str) -> bool:
        """ "declined to comment", "refused to name the company", "asked not to be identified": no content."""
        m = rp.WITHHELD.match(content)
        return m is not None and m.group(1).lower() in self.ctx.lex.settings.withheld

    def _leads(self, s: int, e: int) -> bool:
        """A quoted fragment opens the content [s, e) and the writer's clause runs on after it."""
        return fragment_leads_clause(self.ctx.text, self.ctx.masked, self.ctx.quotations, s, e)

    def _comma_apposition(self, content: str, b_shape: bool) -> bool:
        """After "..., X said" a comma and a noun phrase or setting ("..., the first such launch this year",
        ", according to ...") is no reported content; "Kuwait, they said, was pumping ..." is."""
        cm = rp.COMMA.match(content)
        if not cm:
            return False
        first = (words(content[cm.end() :])[:1] or [""])[0].lower()
        cue = self.ctx.lex.cues.get(first)
        if first in DETERMINERS and looks_like_clause(content[cm.end() :], self.ctx.lex):
            return False  # "In particular, he said, the foundation had ...": a clause, not an apposition
        return (
            first in DETERMINERS
            or first in PREPOSITIONS
            or first == "according"
            or (cue is not None and cue.type == "participle")
            or (first.endswith("ing") and len(first) > 5)
            or (b_shape and first in ("days", "weeks", "hours", "months"))
        )

    def _speech_cue(self, x: re.Match, us: int) -> bool:
        cue = self.ctx.lex.cue(x.group())
        return (
            cue is not None
            and (cue.reported or cue.obj != "")
            and cue.type != "phrase"
            and is_speech_cue(self.ctx.masked, x, us)
        )

    def _relative_cut(self, us: int, cs: int, s: int, ue: int) -> int | None:
        """The comma that closes a relative clause holding the cue ("Roe, who said A, said B"): right before a later
        finite cue of speech with no subject of its own, else before the antecedent's verb."""
        before = self.ctx.masked[us:cs]
        tr = self.ctx.trail(before)  # "which originally said"
        if (words(before[: tr.start()] if tr else before)[-1:] or [""])[0].lower() not in ("who", "which"):
            return None
        for c2 in self._later_cues(s, ue):
            left = self.ctx.masked[s : c2.start()]
            tr = self.ctx.trail(left)
            left = (left[: tr.start()] if tr else left).rstrip()
            if left.endswith(",") and len(words(left)) >= 3:
                return s + len(left) - 1
        return self._antecedent_verb_comma(s, ue)

    def _antecedent_verb_comma(self, s: int, ue: int) -> int | None:
        """ "Lee, who said that the judge was biased, issued a statement": the comma before the antecedent's own verb
        (an auxiliary or a past tense with no agent after it) closes the relative clause."""
        masked, lex = self.ctx.masked, self.ctx.lex
        for m in _COMMA_VERB.finditer(masked, s, ue):
            w = m.group(1)
            if w in AUXILIARIES or (w.endswith("ed") and not masked.startswith(" by ", m.end())):
                if len(words(masked[s : m.start()])) >= 3 and looks_like_clause(masked[s : m.start()], lex):
                    return m.start()
                return None
        return None

    def _participle_cut(self, s: int, ue: int, text: str | None = None) -> int | None:
        """Where reported content ends at ", saying/adding/calling ..." (the participle is speech of its own)."""
        for x in COMMA_PARTICIPLE.finditer((self.ctx.masked if text is None else text)[s:ue]):
            cue = self.ctx.lex.cues.get(x.group(1))
            if cue is None or cue.type != "participle":
                continue
            # after a quotation only a speech participle whose comma closes the quotation ('"king of tolls," noting')
            if x.group().startswith("|") and not (
                cue.cue_class == "speech" and COMMA_QUOTE_END.search(self.ctx.text[s : s + x.start() + 1])
            ):
                continue
            return s + x.start() + x.group().startswith("|")  # after the quotation's closing mark
        return None

    def _and_participle_cut(self, s: int, ue: int) -> int | None:
        """Where a participle's content ends at "and calling ...": 'saying A and calling him "a feminist"' (the
        second participle of speech, denial, question or writing reports words of its own)."""
        for x in rp.AND_PARTICIPLE.finditer(self.ctx.masked, s, ue):
            cue = self.ctx.lex.cues.get(x.group(1))
            # a question or a post reports words of its own too ("telling X that A and questioning how B")
            if (
                cue is not None
                and cue.type == "participle"
                and cue.cue_class in ("speech", "denial", "question", "writing")
            ):
                return x.start()
        return None

    def _later_cues(self, s: int, ue: int):
        lex, masked = self.ctx.lex, self.ctx.masked
        for c2 in self.ctx.cues(s, ue):
            cue2 = lex.cue(c2.group())
            if (
                cue2 is not None
                and (cue2.reported or cue2.partial)
                and cue2.type == "finite"
                and is_speech_cue(masked, c2, s)
                and (cue2.subject != "source" or self._source_before(s, c2.start()))
            ):
                yield c2

    def _source_before(self, s: int, cs: int) -> bool:
        """A document or figures as the subject of a finding cue ("polls show", "a survey by the OECD showed"), not
        "Trump has shown": a source word in the clause before the cue."""
        left = self.ctx.masked[s:cs]
        cut = max(left.rfind(","), left.rfind(";"), left.rfind("|"))
        return any(self.ctx.lex.kind(w) == "source" for w in words(left[cut + 1 :])[-10:])

    def _inside_later_attribution(self, us: int, ce: int, ue: int) -> int | None:
        """The comma of a later "..., X said." that closes the sentence holding this cue, else None."""
        masked, lex = self.ctx.masked, self.ctx.lex
        for c2 in self._later_cues(ce, ue):
            rest = masked[c2.end() : ue].strip()
            cue2 = lex.cue(c2.group())
            heard = (
                rp.LISTENER.match(masked, c2.end(), ue) if cue2 is not None and cue2.lemma in LISTENER_CUES else None
            )
            if heard is not None and not masked[heard.end() : ue].strip(" ."):
                rest = "."  # "..., an official told Reuters.": the listener closes the sentence, no content of its own
            if rest and self._inverted_close(ce, c2, ue):
                return ce + len(masked[ce : c2.start()].rstrip()) - 1  # the comma before the inverted cue
            if rest and not (lex.after_cue_re.fullmatch(" " + rest.rstrip(".")) or rest in (".",)):
                continue
            comma = self._attribution_comma(us, c2.start())
            if comma is not None and comma > ce and parse_speaker(self.ctx, comma + 1, c2.start()) is not None:
                return comma  # "..., the official said.": a speaker stands between the comma and the cue
        return None

    def _inverted_close(self, ce: int, c2: re.Match, ue: int) -> bool:
        """ "..., said Ann Roe.", "..., said the company's chairman.": an inverted cue right after a comma whose
        speaker runs to the sentence's end (a name or a post, no clause of its own)."""
        masked = self.ctx.masked
        before = masked[ce : c2.start()].rstrip()
        cue = self.ctx.lex.cue(c2.group())
        if cue is None or not cue.reported or cue.obj:  # not "..., called AccuPoint": a cue that names something
            return False
        if not before.endswith(",") or "|" in masked[c2.start() : ue]:
            return False
        rest = masked[c2.end() : ue].rstrip().rstrip(".")
        rel = rp.WHO_AFTER_HEAD.match(rest)  # ", said an official who was briefed on the talks.": the speaker's clause
        rest = rest[: rel.end()] if rel else rest
        rest, _, apposition = rest.partition(",")  # ", said Ann Roe, an analyst at Acme.": one apposition may follow
        if apposition and (len(words(apposition)) > 10 or "," in apposition or not _APPOSITION_LEAD.match(apposition)):
            return False
        if not rest.strip() or len(words(rest)) > 8:
            return False
        if not self.subjects.inverted_start(c2.start(), c2.end(), ue):
            return False
        sp = parse_speaker(self.ctx, c2.end() + len(rest) - len(rest.lstrip()), c2.end() + len(rest))
        return sp is not None and (sp.kind in ("person", "org") or (sp.kind == "role" and sp.human))

    def _coordinated_cut(self, s: int, ue: int) -> int | None:
        """Where reported content ends because a coordinated clause with its own cue begins:
        "... , and he warned that ...", "... and said they ...", "Although X said ..., delegates said ..."."""
        masked = self.ctx.masked
        for c2 in self._later_cues(s, ue):
            left = masked[s : c2.start()]
            b = last_match(rp.COORDINATION, left)
            if b is None:
                continue
            if b.group().strip() == "," and _fronted_clause(left[: b.start()]):
                continue  # "when it reopens, it plans to ...": the comma closes a clause the content opens with
            seg = left[b.end() :].strip()
            if seg.startswith("that "):
                continue  # "said that A, and that B": a second clause of the same cue
            tr = self.ctx.trail(" " + seg)
            if tr:
                seg = seg[: max(0, tr.start() - 1)].strip()
            if "|" in seg or len(words(seg)) > 6:
                continue
            if not seg:
                if "and" in b.group() or "but" in b.group():
                    return s + b.start()
                apposed = self._apposed_subject_cut(s, left[: b.start()])
                if apposed is not None:
                    return apposed
                continue
            toks = words(seg)
            if toks and (
                toks[0].lower() in SUBJECT_PRONOUNS
                or is_cap(toks[0])
                or toks[0].lower() in DETERMINERS
                or (b.group().startswith(",") and b.group().strip(", ") and rp.QUANTITY_SUBJECT.match(seg))
                # "..., and analysts say ...": a bare plural subject after a comma and "and" or "but"
                or (rp.COORDINATED.fullmatch(b.group()) and len(toks) <= 2 and self.ctx.lex.kind(toks[-1]) == "role")
            ):
                at = s + b.end() + left[b.end() :].index(seg)
                if self.subjects.memory.parse(at, at + len(seg)):
                    return s + b.start()
        return None

    def _apposed_subject_cut(self, s: int, left: str) -> int | None:
        """ "..., and another board member, Jim Roe, said ...": a coordinated clause whose subject stands in
        apposition before its own cue; the content ends at the "and"."""
        b = last_match(_AND_COMMA, left)
        if b is None:
            return None
        head, _, name = left[b.end() :].partition(",")
        if not name.strip() or len(words(head)) > 5 or len(words(name)) > 4 or "|" in head + name:
            return None
        at = s + b.end()
        if self.subjects.memory.parse(at, at + len(head)) and self.subjects.memory.parse(
            at + len(head) + 1, at + len(head) + 1 + len(name)
        ):
            return s + b.start()
        return None

    def _attribution_comma(self, us: int, cs: int) -> int | None:
        """Where the attribution "…, Kim You-geun, first deputy chief …, told" starts, if it ends a sentence."""
        masked = self.ctx.masked
        left = masked[us:cs].rstrip()
        tr = self.ctx.trail(left)
        if tr and tr.start() > 0:
            left = left[: tr.start()].rstrip()
        if not left:
            return None
        appositive = left.endswith(",")
        if appositive:
            left = left[:-1]
        c = left.rfind(",")
        if c < 0:
            return None
        if appositive:
            c2 = left.rfind(",", 0, c)
            if c2 >= 0 and len(words(left[c2 + 1 : c])) <= 6 and is_cap(left[c2 + 1 : c].strip()[:1]):
                c = c2  # "..., Kim You-geun, first deputy chief ..., told"
        seg = left[c + 1 :]
        if len(words(seg)) > 16 or "|" in seg:
            return None
        return us + c
