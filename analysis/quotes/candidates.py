"""Every attribution of an article, unit by unit: first its quotations, then the reported speech of the cues
that no quotation claimed. A generator, so that each attribution is written (and its speaker remembered)
before the next one is looked for, as a reader reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..text.words import AUXILIARIES
from .clauses import is_speech_cue, looks_like_clause
from .colons import colon_opener, titled_headline
from .context import ArticleContext
from .cue_uses import adjective_cue, document_participle, noun_phrase_cue
from .direct import Quotations
from .discourse import Discourse
from .findings import body_finds, document_subject
from .lexicon import Cue
from .records import Attribution, Quotation, Unit
from .reported import Report, Reported
from .subject_spans import opening_participle_phrase
from .subjects import Subjects
from .tokens import word_count, words

_AND_THAT = re.compile(r",?\s+and\s+that\s+")
# a relative or subordinate clause after a comma: "..., which he called ...", "..., when X called for ..."
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:who|whom|which|where|when|while|whose)\s")


def _quotes_in(quotations: list[Quotation], qi: int, unit: Unit) -> tuple[list[Quotation], int]:
    found = []
    while qi < len(quotations) and quotations[qi].open_mark < unit.end:
        if quotations[qi].open_mark >= unit.start:
            found.append(quotations[qi])
        qi += 1
    return found, qi


def attributions(ctx: ArticleContext, memory: Discourse) -> Iterator[Attribution]:
    """The attributions of one article in reading order (quotations of a unit before its reported speech)."""
    subjects = Subjects(ctx, memory)
    quotations = Quotations(ctx, subjects)
    reported = Reported(ctx, subjects)
    masked, qi = ctx.masked, 0
    for unit in ctx.units:
        unit_quotes, qi = _quotes_in(ctx.quotations, qi, unit)
        cues = [c for c in ctx.cues(unit.start, unit.end) if is_speech_cue(masked, c, unit.start)]
        used: set[int] = set()
        for k, q in enumerate(unit_quotes):
            if quotations.read(q, unit_quotes, k, cues, used, unit):
                yield Attribution(
                    q.kind, q.start, q.end, q.speaker, q.cue, unit, f"{q.kind}-quote", q.speaker_rule,
                    uncertain=q.uncertain, quotation=q,
                )  # fmt: skip
            quotations.after_read(q)
        found = False
        for att in _reported_speech(ctx, reported, unit, unit_quotes, _opening_participle(ctx, unit) + cues, used):
            found = True
            yield att
        if ":" in masked[unit.start : unit.start + 60]:  # "Mayor Vale: Harbour plan will bring jobs"
            colon = masked.find(":", unit.start, unit.start + 60)
            # a cue after the colon is the speaker's own word ("Vale: I support the plan"), not a claim on the unit
            att = colon_opener(ctx, memory, unit, found or bool(unit_quotes) or any(c.start() < colon for c in cues))
            if att is not None:
                yield att
        elif not found and not unit_quotes:  # "Vale Says Harbour Plan Will Bring Jobs"
            att = titled_headline(ctx, memory, unit)
            if att is not None:
                yield att


_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:But|And|Yet|Still),?\s+)?([A-Z][a-z]+ing)\b")
_WORD = re.compile(r"\w+")


def _opening_participle(ctx: ArticleContext, unit: Unit) -> list[re.Match]:
    """A participle of speech that opens the unit ("Noting that ..., X said"): a cue the article's scan, which
    reads cue words in lower case, leaves out; given to reported speech only (never a quotation's cue)."""
    m = _OPENING_PARTICIPLE.match(ctx.masked, unit.start, unit.end)
    if m is None:
        return []
    cue = ctx.lex.cue(m.group(1))
    if cue is None or cue.type != "participle" or cue.cue_class not in ("speech", "denial"):
        return []
    return [_WORD.match(ctx.masked, m.start(1))]


def _reported_speech(
    ctx: ArticleContext, reported: Reported, unit: Unit, unit_quotes: list[Quotation], cues: list, used: set[int]
) -> Iterator[Attribution]:
    claimed: list[tuple[int, int]] = [(q.open_mark, q.close_mark) for q in unit_quotes]
    # no finite cue inside an opening participle phrase: "Commenting on press reports about ..., X said"
    opening = opening_participle_phrase(ctx, unit.start, unit.end) or unit.start
    for c in cues:
        cue = ctx.lex.cue(c.group())
        # a participle that gave a quotation before it its speaker still reports the clause after it
        reused = (
            cue is not None
            and cue.type == "participle"
            and cue.cue_class == "speech"
            and not any(q.start > c.start() for q in unit_quotes)
        )
        if (c.start() in used and not reused) or any(a <= c.start() < b for a, b in claimed):
            continue
        if cue is not None and cue.type == "finite" and c.start() < opening:
            continue
        if cue is None or not (cue.reported or cue.obj) or _progressive_belief(ctx, c, cue):
            continue
        if (
            document_participle(ctx, c, cue, cues, unit.end)
            or noun_phrase_cue(ctx, c, unit.start)
            or adjective_cue(ctx, c)
        ):
            continue
        report = reported.find(c, cue, unit, claimed)
        if report is None:
            continue
        sp = report.found[0]
        if cue.subject == "source" and not reported.source_speaker(sp) and not body_finds(ctx, cue, sp, c.end()):
            # "police found the car": only data, a study, a report (or a body's inquiry: "found that") speak with it
            doc = document_subject(ctx, unit.start, c.start()) if report.start > c.start() else None
            if doc is None:
                continue
            report, sp = replace(report, found=(doc, "subject-before-cue")), doc  # "A study by X and Y found ..."
        if (sp is None or not sp.text) and report.start > c.start() and cue.type == "finite":
            # "A report published Wednesday said ...": the document before its participle phrase speaks
            doc = document_subject(ctx, unit.start, c.start())
            if doc is not None:
                report, sp = replace(report, found=(doc, "subject-before-cue")), doc
        asked = report.rule == "question"  # the reporter's question: no speaker named
        if (sp is None or not sp.text) and not asked and not (report.found[1] or "").endswith("/unresolved"):
            continue  # no speaker: the cue word was no attribution ("that 2013 report, X said ..."), claims nothing
        # the cue and the setting after it are claimed too ("said in a study published today that ...")
        claimed.append((c.start() if c.start() < report.start else report.start, report.end))
        yield from _pieces(ctx, report, c, cue, unit, unit_quotes)
        if sp is not None and report.end <= c.start() and cue.type == "finite" and not reported.source_speaker(sp):
            more = reported.continued(c.end(), unit.end)
            if more is not None:
                claimed.append(more)
                yield Attribution(
                    "indirect", more[0], more[1], sp, c.group().lower(), unit, "continued-after-attribution",
                    report.found[1],
                )  # fmt: skip


def _progressive_belief(ctx: ArticleContext, c: re.Match, cue: Cue) -> bool:
    """ "X and Y are planning a joint venture, X announced": a belief's -ing after an auxiliary is the main verb of
    the writer's (or a later cue's) clause, no participle clause of its own."""
    if cue.type != "participle" or cue.cue_class != "belief":
        return False
    before = words(ctx.masked[max(0, c.start() - 12) : c.start()])
    return bool(before) and before[-1].lower() in AUXILIARIES


def _pieces(
    ctx: ArticleContext, report: Report, c: re.Match, cue: Cue, unit: Unit, unit_quotes: list[Quotation]
) -> Iterator[Attribution]:
    """ "said that A and that B": each that-clause is reported content of its own; the quoted fragments
    inside a clause carry its attribution, unless they are single words."""
    s, e = report.start, report.end
    pieces, a = [], s
    if any(s <= q.start < e for q in unit_quotes):
        for sm in _AND_THAT.finditer(ctx.masked[s:e]):
            pieces.append((a, s + sm.start()))
            a = s + sm.end()
    pieces.append((a, e))
    cue_text = c.group().lower() if cue.type != "phrase" else cue.form
    for a, b in pieces:
        inside = [q for q in unit_quotes if a <= q.start < b]
        rule, kind = report.rule, "indirect"
        if any(q.kind != "partial" or len(words(ctx.text[q.start : q.end])) > 1 for q in inside):
            cut = _quoted_clause_cut(ctx, a, b, inside)
            if cut is not None:
                b, inside, rule = cut, [], "content-before-quoted-clause"
            elif any(q.kind != "partial" for q in inside) or (
                _cue_before_fragment(ctx, a, inside[0].open_mark, relative_only=cue.type != "participle")
            ):
                continue  # the quotation carries the attribution
            else:
                # 'X said the plan was "a disaster" and should go': the writer's sentence with the speaker's phrase
                # in it is one partial quote, the whole clause (CONVENTIONS.md), not the fragment alone
                kind, rule = "partial", "clause-with-quoted-fragment"
        if word_count(ctx.masked[a:b], 3) < (2 if rule == "parenthetical-attribution" else 3):
            continue  # a predicate of two words after its subject: "This plan, he said, is different"
        # a clause around a one-word quote ("had fired "unprovoked" across ...") is reported speech
        yield Attribution(
            kind, a, b, report.found[0], cue_text, unit, rule, report.found[1], inner_ok=bool(inside),
            absorbs=tuple(inside),
        )  # fmt: skip


def _cue_before_fragment(ctx: ArticleContext, a: int, quote_open: int, relative_only: bool) -> bool:
    """A finite reporting verb between the content's start and the fragment whose words the fragment are: after a
    participle ("X, speaking to reporters, said the curbs were "..."") the main verb's; in a relative clause with a
    that-clause ("the report, which stated that "..."") the antecedent's; not after "he said he believed"."""
    for c in ctx.cues(a, quote_open):
        cue = ctx.lex.cue(c.group())
        if cue is None or not cue.reported or cue.type != "finite" or not is_speech_cue(ctx.masked, c, a):
            continue
        before = words(ctx.masked[max(a, c.start() - 12) : c.start()])
        # the relative clause reports a that-clause of its own; 'documents which indicate "serious gaps"' is the
        # clause's object and the outer speaker's phrase
        relative = bool(before) and before[-1].lower() in ("which", "who")
        if not relative_only or (relative and "that" in words(ctx.masked[c.end() : quote_open])):
            return True
    return False


def _quoted_clause_cut(ctx: ArticleContext, a: int, b: int, inside: list[Quotation]) -> int | None:
    """ "X said the bill would help the bodies, which he called "a cartel"": the quotations end the content in a
    relative or subordinate clause with a cue of its own, so the clause before it is the cue's content (where
    it ends). Not a subject with its relative clause ("the statement, which affirmed "...", had ..."), nor an aside
    the content goes on after."""
    masked, quote_open = ctx.masked, inside[0].open_mark
    if "," not in masked[a:quote_open] or word_count(masked[inside[-1].close_mark : b], 2) > 1:
        return None
    for m in _CLAUSE_AFTER_COMMA.finditer(masked, a, quote_open):
        before = masked[a : m.start()]
        if word_count(before, 3) < 3 or before.lstrip().startswith("to ") or not looks_like_clause(before, ctx.lex):
            continue
        # the cue stands in the clause and the clause runs on to the quotation ("which Roe proposed, was "..."" no)
        if any(
            "," not in masked[c.end() : quote_open] and is_speech_cue(masked, c, m.start())
            for c in ctx.cues(m.end(), quote_open)
        ):
            return m.start()
    return None
