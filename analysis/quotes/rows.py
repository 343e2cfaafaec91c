"""Attributions -> rows: trim the span, settle the speaker ("the company" -> the company named before) and its
country, name the rules, and give an open quotation the speaker of its continuation."""

from __future__ import annotations

import re

from .context import ArticleContext
from .countries import BodyIndex, content_subject_country, speaker_country
from .discourse import Discourse
from .records import Attribution, QuoteRow, Speaker
from .tokens import MARK


class RowWriter:
    """Writes the rows of one article, in the order attributions are found."""

    def __init__(self, ctx: ArticleContext, memory: Discourse) -> None:
        self.ctx = ctx
        self.memory = memory
        self.bodies = BodyIndex(ctx)
        self.rows: list[QuoteRow] = []
        self.replaced: set[int] = set()  # rows of quoted fragments a clause's row holds

    def _trim(self, att: Attribution) -> tuple[int, int]:
        text, s, e = self.ctx.text, att.start, att.end
        while s < e and (text[s].isspace() or text[s] in "'’,;:"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
        if att.kind == "indirect" or att.absorbs:  # a clause's full stop is the writer's
            while e > s and text[e - 1] in ".!?":
                e -= 1
        dateline = self.ctx.dateline
        if dateline and dateline.start <= s < dateline.end:
            s = dateline.end  # the dateline is not part of what was said
        for start, end, _ in self.ctx.inner:  # nor a round-up item's, after its separator ("- - - -\n ROME - ")
            if s <= start < e and not re.search(r"\w", text[s:start]):
                s = end
        return s, e

    def _stray_marks(self, s: int, e: int, inner_ok: bool) -> bool:
        """A mark inside the span that is neither a term's nor (where allowed) a quotation's."""
        ctx = self.ctx
        pairs = ctx.terms + ctx.quotations if inner_ok else ctx.terms
        return any(
            not any(x.open_mark == mk.start() or x.close_mark - 1 == mk.start() for x in pairs)
            for mk in MARK.finditer(ctx.text, s, e)
        )

    def _country(self, att: Attribution, sp: Speaker | None, bare: Speaker | None, s: int, e: int):
        if sp is None:
            return None, None

        def content():
            # only a lede's content ("Brazil would not have suspended payments ..., Finance Minister X said"): what
            # a story opens with is its subject's own position; later, officials also report on other countries
            lede = bool(self.ctx.paragraphs) and s < self.ctx.paragraphs[0][1]
            return content_subject_country(self.ctx, bare, s, e, own=True) if att.kind == "indirect" and lede else None

        country, rule = speaker_country(self.ctx, self.memory, self.bodies, sp, s, content)
        if country is None and sp is not bare:
            # the body named before says no more than "the department"
            country, rule = speaker_country(self.ctx, self.memory, self.bodies, bare, s, content)
        if country is None and att.kind == "indirect":
            country = content_subject_country(self.ctx, bare, s, e)
            rule = "content-subject" if country else None
        return country, rule

    def write(self, att: Attribution) -> int | None:
        """Write the row of an attribution; its index, or None when the span is empty or broken by marks."""
        s, e = self._trim(att)
        if e <= s or self._stray_marks(s, e, att.inner_ok):
            return None
        bare = att.speaker
        sp = self.memory.named_antecedent(bare, s)
        country, country_rule = self._country(att, sp, bare, s, e)
        if sp is not None and sp.text and "(" in sp.text and ")" not in sp.text:
            sp.text = re.sub(r"\s*\([^()]*$", "", sp.text) or sp.text  # "the Joint Chiefs of Staff (JCS"
        if sp is not None and sp.text and "\n" in sp.text:  # a name wrapped across lines ("L.F.\nRothschild")
            sp.text = " ".join(sp.text.split())
        rules = {"found": att.found_rule}
        if sp is not None and att.speaker_rule:
            rules["speaker"] = att.speaker_rule + ("/named-before" if sp is not bare else "")
        if country_rule:
            rules["country"] = country_rule
        unit = att.unit
        cue = self.ctx.lex.cue(att.cue) if att.cue else None
        self.rows.append(
            QuoteRow(
                att.kind, self.ctx.original[s:e], s, e,
                sp.text if sp else None, sp.role if sp else None, country, att.cue,
                cue.cue_class if cue else ("speech" if att.cue == ":" else None),
                self.ctx.original[unit.start : unit.end].strip(), att.uncertain, rules,
            )
        )  # fmt: skip
        self.memory.note(s, sp)
        for q in att.absorbs:
            if q.row is not None:
                self.replaced.add(q.row)
                q.row = None
        return len(self.rows) - 1

    def finish(self) -> list[QuoteRow]:
        """The rows in text order, once a quotation left open at a paragraph's end has the speaker of its
        continuation."""
        quotes = self.ctx.quotations
        for q, nxt in reversed(list(zip(quotes, quotes[1:]))):
            if q.continues and nxt.continued and q.speaker is None and nxt.speaker is not None and q.row is not None:
                q.speaker, q.cue = nxt.speaker, nxt.cue
                row, after = self.rows[q.row], (self.rows[nxt.row] if nxt.row is not None else None)
                row.speaker, row.speaker_role, row.cue = nxt.speaker.text, nxt.speaker.role, nxt.cue
                row.cue_class = after.cue_class if after is not None else row.cue_class
                row.speaker_country = after.speaker_country if after is not None else None
                row.rules = {"found": row.rules["found"], "speaker": "quote-continued-below"}
                if after is not None and "country" in after.rules:
                    row.rules["country"] = after.rules["country"]
                elif after is None and nxt.speaker.kind == "person" and nxt.speaker.text:
                    # the continuation wrote no row of its own: the person's country as met before
                    known = self.memory.person(nxt.speaker.text, row.start)
                    if known is not None and known.country:
                        row.speaker_country, row.rules["country"] = known.country, "earlier-mention"
        kept = [r for i, r in enumerate(self.rows) if i not in self.replaced]
        return sorted(kept, key=lambda r: r.start)
