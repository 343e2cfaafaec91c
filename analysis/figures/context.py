"""The sentences an article's figures are read in, with their clauses and the countries they name.

Built once per article, after the numbers are found: only the first paragraph and the paragraphs with a
figure or a direction word are split into sentences (NLTK Punkt was a quarter of the time), and countries
are looked up only in the sentences read (the gazetteer scan of whole texts was a third of the time).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..text.countries import find_mentions
from ..text.sentences import paragraph_sentences, paragraph_spans
from .candidates import Candidate
from .gates import lowered
from .hits import WordHits
from .rules import Rules

Place = tuple[int, int, str | None]  # a country mention: start, end, country (None when ambiguous)

MAY_BREAK = re.compile(r"[.?!](?!\d|[\"'”’)\]]*\s*$)")  # no match: Punkt would return the paragraph whole
EU = "European Union"
_BLOC = re.compile(
    r"(?i)\b(the\s+(?:\d+-(?:nation|member|country)\s+|European\s+)?bloc)(?!['’]s\s+(?:27|members|member))\b"
)


class Mentions:
    """Country mentions of the sentences read, in text order."""

    __slots__ = ("starts", "items")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[Place] = []

    def extend(self, places: list[Place]) -> None:
        for place in places:
            self.starts.append(place[0])
            self.items.append(place)

    def starting(self, lo: int, hi: int) -> list[Place]:
        """Mentions that start in [lo, hi) (they may end after ``hi``)."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def last_before(self, pos: int) -> Place | None:
        """The last mention that starts before ``pos``."""
        k = bisect_left(self.starts, pos) - 1
        return self.items[k] if k >= 0 else None

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` is inside a mention."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.items[i][0] <= pos < self.items[i][1]

    def countries(self, lo: int, hi: int, skip: list[tuple[int, int]] = ()) -> list[str]:
        """Countries named in text[lo:hi], in order, once each, except inside the ``skip`` spans."""
        out: list[str] = []
        for s, e, c in self.starting(lo, hi):
            if e <= hi and c and c not in out and not any(a <= s < b for a, b in skip):
                out.append(c)
        return out


@dataclass(slots=True)
class Sentence:
    """A sentence read for figures (the lede, and every sentence with a figure or a direction word)."""

    index: int  # among the sentences of the paragraphs split (0: the lede)
    paragraph: int
    start: int
    end: int
    text: str
    numbers: list[Candidate]  # the numbers found in it, in order
    has_figures: bool  # it has a number or a direction word (the lede is read even without, for its countries)
    places: list[Place]  # the countries it names
    clauses: list[tuple[int, int]]  # (start, end) of its clauses, in article offsets


@dataclass(slots=True)
class Context:
    """One article, read once: its text, word hits, the sentences read and their country mentions."""

    text: str
    words: WordHits
    sentences: list[Sentence]
    mentions: Mentions
    day: str = ""  # the publication day (ISO), for names read by date
    lower: str | None = None  # the text in lower case for the cheap tests of gates.py (None: not ASCII)


def read_context(text: str, words: WordHits, numbers: list[Candidate], rules: Rules, day: str = "") -> Context:
    """Split the paragraphs that matter, give each number its sentence and look up the countries, with
    aliases read as on ``day`` (ISO date; "Moscow" in 1987 is the Soviet Union)."""
    spans = _needed_sentences(text, numbers, words)
    starts = [s for _, s, _ in spans]
    by_sentence: dict[int, list[Candidate]] = {}
    for f in numbers:
        k = bisect_right(starts, f.start) - 1
        if k >= 0:
            by_sentence.setdefault(k, []).append(f)
    mentions = Mentions()
    sentences = []
    for k, (p, ss, se) in enumerate(spans):
        nums = by_sentence.get(k, [])
        has_figures = bool(nums) or bool(words.directions.between(ss, se))  # a direction word: maybe a move
        if k and not has_figures:
            continue  # the lede is always read: it names the story's own country
        sentence = text[ss:se]
        places = _places(text, ss, se, mentions, day)
        mentions.extend(places)
        sentences.append(Sentence(k, p, ss, se, sentence, nums, has_figures, places, _clauses(sentence, ss, rules)))
    return Context(text, words, sentences, mentions, day, lowered(text))


def _needed_sentences(text: str, figs: list[Candidate], words: WordHits) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of the sentences of the first paragraph (where the story's own country is
    named) and of paragraphs with a figure or a direction word: sentence splitting (NLTK Punkt) was a
    quarter of the time, and it works paragraph by paragraph, so the other paragraphs can be left alone."""
    marks = sorted([f.start for f in figs] + words.directions.starts)
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        i = bisect_left(marks, ps)
        if p and not (i < len(marks) and marks[i] < pe):
            continue
        para = text[ps:pe]
        if MAY_BREAK.search(para) is None:  # no . ? ! before a space: Punkt would return the one sentence
            a = len(para) - len(para.lstrip())
            out.append((p, ps + a, ps + len(para.rstrip())))
        else:
            out.extend((p, ps + a, ps + b) for a, b in paragraph_sentences(para))
    return out


def _places(text: str, base: int, end: int, before: Mentions, day: str) -> list[Place]:
    """The countries the sentence ``text[base:end]`` names as on ``day`` (a bare "Korea" read from the whole
    story); "the bloc" is the EU in a story that has named the EU."""
    sentence = text[base:end]
    new = [(base + m.start, base + m.end, m.country) for m in find_mentions(sentence, day, text)]
    if "bloc" in sentence and any(c == EU for *_, c in before.items + new):
        new = sorted(new + [(base + m.start(1), base + m.end(1), EU) for m in _BLOC.finditer(sentence)])
    return new


def _clauses(sentence: str, base: int, rules: Rules) -> list[tuple[int, int]]:
    cuts = [base] + [base + m.start() for m in rules.clause.finditer(sentence)] + [base + len(sentence)]
    return list(zip(cuts, cuts[1:]))
