"""Quotations: direct or partial, and who speaks them (the cue after or before the quote, the previous quote
of the same speaker, the nearest cue of the sentence for a fragment)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .colons import transcript_label
from .context import ArticleContext
from .countries import quoting_body_country
from .records import Quotation, Unit
from .subjects import Found, Subjects
from .tokens import is_cap, words

_AFTER_QUOTE_LEAD = re.compile(r"\s*[,.]?\s*")
_ARTICLE_END = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+$")
_ABBREVIATION_END = re.compile(r"([\w’'-]*[a-z]{2})\.\s+[A-Z“\"]")
_QUOTED_AS_AFTER = re.compile(r"\s+(.{1,80}?)\s+as\s+(?:saying|telling)\b")
_SHORT_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s*")


@dataclass
class QuoteState:
    """What the quotations read so far tell the next one: the last attributed direct quote per paragraph,
    and the last quotation."""

    last_direct: dict[int, Quotation] = field(default_factory=dict)
    last: Quotation | None = None


def classify(ctx: ArticleContext, q: Quotation, prefix: str) -> str:
    """direct (a full quotation) or partial (a fragment inside the writer's sentence)."""
    lex = ctx.lex
    first = ctx.text[q.start : q.end].lstrip("…. ")[:1]
    pre = prefix.rstrip()
    ends_with_cue = bool(pre) and lex.ends_with_verb_re.search(pre)
    if (
        q.continued
        or (not pre and (first.isupper() or first.isdigit() or not first.isalpha()))
        or (pre[-1:] in (",", ":", "|") and (first.isupper() or first.isdigit()))
        or (ends_with_cue and first.isupper())
    ):
        return "direct"
    return "partial"


class Quotations:
    """Reads the quotations of each unit: their kind, speaker and cue."""

    def __init__(self, ctx: ArticleContext, subjects: Subjects) -> None:
        self.ctx = ctx
        self.subjects = subjects
        self.state = QuoteState()

    def read(self, q: Quotation, unit_quotes: list[Quotation], k: int, cues: list, used: set[int], unit: Unit) -> bool:
        """Classify ``q`` and find its speaker; False when it is no speech (a scare-quoted word, a title)."""
        masked = self.ctx.masked
        lo = unit_quotes[k - 1].close_mark if k > 0 else unit.start
        hi = unit_quotes[k + 1].open_mark if k + 1 < len(unit_quotes) else unit.end
        prefix, suffix = masked[lo : q.open_mark], masked[q.close_mark : hi]
        q.kind = classify(self.ctx, q, prefix)
        if q.kind == "direct":
            (sp, rule), cue = self._direct(q, prefix, lo, suffix, used, unit)
        else:
            found = self._partial(q, cues, unit)
            if found is None:
                return False
            (sp, rule), cue = found
        q.speaker, q.cue, q.speaker_rule = sp, cue, rule
        return True

    def after_read(self, q: Quotation) -> None:
        """Remember a quotation once read, for the quotations after it."""
        if q.kind == "direct" and q.speaker is not None:
            self.state.last_direct[q.para] = q
        self.state.last = q

    def _partial(self, q: Quotation, cues: list, unit: Unit) -> tuple[Found, str | None] | None:
        """A fragment: the subject of the nearest cue before it in the sentence (else after it)."""
        lex = self.ctx.lex
        before = [c for c in cues if c.end() <= q.open_mark and lex.cue(c.group()) and lex.cue(c.group()).partial]
        after = [c for c in cues if c.start() >= q.close_mark]
        c = before[-1] if before else (after[0] if after else None)
        if c is None:
            found = words(self.ctx.text[q.start : q.end])
            if len(found) < 2 or all(is_cap(w) for w in found):
                return None  # a single scare-quoted word or a title, not speech
            return (None, None), None
        found = self.subjects.cue_speaker(unit.start, unit.end, c.start(), c.end())
        for outer in reversed(before[:-1]) if found[0] is None else ():
            # 'Acme said an audit revealed "discrepancies"': the inner cue's subject is no speaker, the outer one's is
            if lex.cue(outer.group()).type != "finite":
                continue  # "... by agreeing to ...": a participle's subject is the main clause's, no outer speaker
            sp = self.subjects.cue_speaker(unit.start, unit.end, outer.start(), outer.end())
            if sp[0] is not None:
                found, c = sp, outer
                break
        cue = c.group().lower() if not c.group().lower().startswith("according") else "according to"
        return found, cue

    def _direct(self, q, prefix, lo, suffix, used, unit) -> tuple[Found, str | None]:
        label = transcript_label(self.ctx, self.subjects.memory, q.start, q.end) if not prefix.strip() else None
        if label is not None:  # '"ROE: We have waited long enough.': a transcript's line, its speaker's words
            q.start = label[0]
            return (label[1], "transcript-label"), ":"
        found, cue = self._cue_after(q, suffix, used, unit)
        if found[0] is None and cue is None:
            found, cue = self._cue_before(q, prefix, lo, used, unit)
        if found[0] is None and cue is None and prefix.rstrip().endswith(":"):
            # "The minister was quick to reply: “…”": the subject of the sentence the colon ends
            sp = self.subjects.unit_subject(unit.start, q.open_mark)
            found = self.subjects.resolve(sp, "colon-introduction", q.open_mark) if sp is not None else (None, None)
        if found[0] is None and cue is None:
            found, cue = self._same_speaker(q)
        return found, cue

    def _same_speaker(self, q: Quotation) -> tuple[Found, str | None]:
        """A quotation with no cue of its own: the speaker of the quote it continues."""
        state, paras = self.state, self.ctx.paragraphs
        prev = state.last_direct.get(q.para)
        last = state.last
        if q.continued and last is not None:
            return (last.speaker, "continues-quote-above" if last.speaker else None), last.cue
        if prev is not None and prev.close_mark <= q.open_mark and not self._writer_text_between(prev, q):
            return (prev.speaker, "same-speaker-as-previous-quote"), prev.cue
        if (
            paras
            and q.open_mark <= paras[q.para][0] + 1
            and q.para - 1 in state.last_direct
            and last is state.last_direct[q.para - 1]
            and last.close_mark >= paras[q.para - 1][1] - 60
        ):
            return (last.speaker, "previous-paragraph-quote"), last.cue
        return self._previous_sentence_speaker(q)

    def _previous_sentence_speaker(self, q: Quotation) -> tuple[Found, str | None]:
        """'Li said new equipment would help. “Up to now ...”': a quotation standing as a sentence of its own
        right after a reported-speech sentence of the same paragraph is that sentence's speaker's."""
        speakers, paras = self.subjects.memory.speakers, self.ctx.paragraphs
        if not speakers or not paras:
            return (None, None), None
        pos, sp = speakers[-1]
        # or, a quotation opening its paragraph, the last sentence of the paragraph before ("Volcker said he believed
        # ...\n "It's fundamentally in their best interest."): wire copy gives the quote its own paragraph
        opens = q.para > 0 and q.open_mark <= paras[q.para][0] + 1 and pos >= paras[q.para - 1][0]
        if pos >= q.open_mark or (pos < paras[q.para][0] and not opens) or sp.kind != "person":
            return (None, None), None
        unit = self.ctx.unit_at(pos)
        if unit is None or unit.end > q.open_mark:
            return (None, None), None
        if not self.ctx.masked[unit.start : unit.end].rstrip().endswith("."):
            return (None, None), None
        if self.ctx.masked[unit.end : q.open_mark].strip():
            if pos >= paras[q.para][0] and self._one_plain_sentence(unit.end, q.open_mark):
                return (sp, "same-paragraph-speaker"), None
            return (None, None), None
        return (sp, "previous-paragraph-speaker" if pos < paras[q.para][0] else "previous-sentence-speaker"), None

    def _one_plain_sentence(self, start: int, end: int) -> bool:
        """Between a speaker's sentence and a quotation of the same paragraph, one sentence of the writer's that
        quotes no one ("Roe expects gains. Although the dollar rose, it is low. “Exports look cheap.”"): the
        paragraph still gives that speaker's view."""
        between = self.ctx.masked[start:end]
        inside = [u for u in self.ctx.units if start <= u.start and u.end <= end + 1]
        return (
            len(inside) == 1
            and len(words(between)) <= 30
            and "|" not in between
            and not self.ctx.cues(start, end)
            and between.rstrip().endswith(".")
        )

    def _writer_text_between(self, a: Quotation, b: Quotation) -> bool:
        """True when the writer's own sentence (not just an attribution) stands between two quotes."""
        between = self.ctx.masked[a.close_mark : b.open_mark]
        if len(words(between)) <= 12:
            return False
        if (
            a.speaker is not None
            and a.cue
            and re.match(r"\s*[,.]?\s*(?:[\w’'.-]+\s+){0,4}?" + re.escape(a.cue) + r"(?![\w-])", between)
            and len(words(between)) <= 30
            and len(self.ctx.lex.cue_re.findall(between)) == 1
            and not re.search(r"[.!?]\s+\S", between.strip())
        ):
            return False  # '“A,” said Jane Roe, a fellow at X. “B.”': only the attribution stands between
        if a.speaker is not None and _sentence_tail(self.ctx, between):
            return False  # 'X said, “A” about the plan. “B.”': the first quote's sentence ends, the next opens
        return True

    def _cue_after(self, q: Quotation, suffix: str, used: set[int], unit: Unit) -> tuple[Found, str | None]:
        """'”, X said' / '” said X' / '”, according to X'."""
        lex, masked, subjects = self.ctx.lex, self.ctx.masked, self.subjects
        base = q.close_mark
        sm = _AFTER_QUOTE_LEAD.match(suffix)
        rest = suffix[sm.end() :]
        c = lex.cue_re.search(rest)
        if c is not None and _ARTICLE_END.search(rest, 0, c.start()) and c.group().lower() in lex.noun_forms:
            c = lex.cue_re.search(rest, c.end())  # '“…,” the report said': a noun after its article, no cue
        if c is None or len(words(rest[: c.start()])) > 14 or re.search(r"[;!?]", rest[: c.start()]):
            return (None, None), None
        if any(not lex.title_re.fullmatch(d.group(1) + ".") for d in _ABBREVIATION_END.finditer(rest[: c.start()])):
            return (None, None), None  # a sentence ends before the cue
        cs, ce = base + sm.end() + c.start(), base + sm.end() + c.end()
        cue = lex.cue(c.group())
        qa = _QUOTED_AS_AFTER.match(masked[ce : unit.end]) if cue.lemma == "quote" else None
        if qa:
            # '“…,” Tehran radio quoted him as saying': the one quoted speaks
            sp = subjects.quoted_object(ce + qa.start(1), qa.group(1), keep_setting=True)
            quoting_body_country(self.ctx, sp, base, cs)
            rule = "quoted-as-saying"
        elif c.start() == 0 or cue.type == "phrase":
            sp, rule = subjects.after_cue(ce, unit.end), "after-cue"
        else:
            sp, rule = subjects.subject_before(base + sm.end(), cs), "subject-before-cue"
        if sp is None:
            return (None, None), None
        used.add(cs)
        found = subjects.resolve(sp, rule, cs)
        subjects.cache[cs] = found
        return found, (cue.form if cue.type == "phrase" else c.group().lower())

    def _cue_before(self, q, prefix: str, lo: int, used: set[int], unit: Unit) -> tuple[Found, str | None]:
        """'X said: “...”', 'X said in a television interview aired on Sunday: “…”'."""
        lex, subjects = self.ctx.lex, self.subjects
        pm = re.search(r"(?:[,:]\s*)?$", prefix)
        head = prefix[: pm.start()] if pm else prefix
        colon = bool(pm) and ":" in pm.group()
        for c in reversed(list(lex.cue_re.finditer(head))):
            if not _only_setting_after(lex, head[c.end() :], colon):
                break
            cs = lo + c.start()
            cue = lex.cue(c.group())
            if cue.type == "phrase":
                found = (subjects.after_cue(lo + c.end(), q.open_mark), "after-cue")
            else:
                found = subjects.cue_speaker(unit.start, unit.end, cs, lo + c.end())
            if found[0] is not None:
                used.add(cs)
                return found, (cue.form if cue.type == "phrase" else c.group().lower())
            break
        return (None, None), None


def _only_setting_after(lex, tail: str, colon: bool) -> bool:
    """Between a cue and the quote only a setting, a short object, or (before a colon) a short phrase."""
    am = lex.after_cue_re.match(tail)
    remainder = tail[am.end() :] if am else tail
    return bool(
        not tail.strip()
        or lex.after_cue_re.fullmatch(tail)
        or _SHORT_OBJECT.fullmatch(tail)
        or (am is not None and len(words(remainder)) <= 4 and not lex.cue_re.search(remainder))
        or (colon and len(words(tail)) <= 10 and not lex.cue_re.search(tail))
    )


def _sentence_tail(ctx: ArticleContext, between: str) -> bool:
    """The rest of a quotation's own sentence, up to its full stop, with no cue of its own ('” about what it
    means for the plant.'): words of the writer that give no new speaker."""
    tail = between.strip()
    return (
        tail.endswith(".")
        and len(words(tail)) <= 30
        and not re.search(r"[.!?]\s+\S", tail)
        and not ctx.lex.cue_re.search(tail)
    )
