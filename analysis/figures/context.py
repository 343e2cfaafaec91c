"""One article's context, built once: word hits, the sentences that are needed, country mentions."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..sentences import paragraph_spans, tokenizer
from .rules import _Rules

_TOKEN = re.compile(r"[A-Za-z]+")


class _Hits:
    """Word hits of one kind in an article, sorted by offset, for range look-ups."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[tuple[int, int, str]] = []

    def add(self, s: int, e: int, w: str) -> None:
        self.starts.append(s)
        self.items.append((s, e, w))

    def between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [t for t in self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)] if t[1] <= hi]


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:an?|the)\s+$")


@dataclass
class _Doc:
    """One article's text with its word look-ups (tokenised once: word regexes per window were the bottleneck)."""

    text: str
    directions: _Hits
    metrics: _Hits
    reports: _Hits
    mentions: tuple = ((), ())
    numbers: list = field(default_factory=list)  # where spelled numbers start


def _doc(text: str, r: _Rules) -> _Doc:
    d = _Doc(text, _Hits(), _Hits(), _Hits())
    report, wanted = r.words["report"], r.doc_words
    for m in _TOKEN.finditer(text.lower()):
        w = m.group()
        if w not in wanted:
            continue
        s, e = m.span()
        if w in r.directions:
            d.directions.add(s, e, w)
        if w in report and not _DETERMINER_BEFORE.search(text, max(0, s - 5), s):
            d.reports.add(s, e, w)  # not "an estimated $53 billion", "the reported figure"
        for phrase, before in r.metric_last.get(w, ()):
            if before is None:
                d.metrics.add(s, e, phrase)
                break
            b = before.search(text, max(0, s - 40), s)
            if b:
                d.metrics.add(b.start(), e, phrase)
                break
        if w in r.num_words and (w not in ("a", "an") or r.a_next.match(text, e)):
            d.numbers.append(s)
    return d


def _clauses(sentence: str, base: int, r: _Rules) -> list[tuple[int, int]]:
    cuts = [base] + [base + m.start() for m in r.clause.finditer(sentence)] + [base + len(sentence)]
    return list(zip(cuts, cuts[1:]))


def _in_mentions(pos: int, mentions) -> bool:
    starts = mentions[0]
    i = bisect_right(starts, pos) - 1
    return i >= 0 and mentions[1][i][0] <= pos < mentions[1][i][1]


def _countries(lo: int, hi: int, mentions, skip=()) -> list[str]:
    """Countries named in text[lo:hi], in order, except inside the ``skip`` spans."""
    starts, items = mentions
    out: list[str] = []
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        s, e, c = items[k]
        if e <= hi and c and c not in out and not any(a <= s < b for a, b in skip):
            out.append(c)
    return out


def _needed_sentences(text: str, figs: list, doc: _Doc) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of the sentences of the first paragraph (where the story's own country is
    named) and of paragraphs with a figure or a direction word: sentence splitting (NLTK Punkt) was a
    quarter of the time, and it works paragraph by paragraph, so the other paragraphs can be left alone."""
    tok = tokenizer()
    marks = sorted([f.start for f in figs] + doc.directions.starts)
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        i = bisect_left(marks, ps)
        if p and not (i < len(marks) and marks[i] < pe):
            continue
        para = text[ps:pe]
        if _MAY_BREAK.search(para) is None:  # no . ? ! before a space: Punkt would return the one sentence
            a = len(para) - len(para.lstrip())
            out.append((p, ps + a, ps + len(para.rstrip())))
        else:
            out.extend((p, ps + a, ps + b) for a, b in tok.span_tokenize(para))
    return out


_MAY_BREAK = re.compile(r"[.?!](?!\d|[\"'”’)\]]*\s*$)")


_EU = "European Union"


_BLOC = re.compile(
    r"(?i)\b(the\s+(?:\d+-(?:nation|member|country)\s+|European\s+)?bloc)(?!['’]s\s+(?:27|members|member))\b"
)
