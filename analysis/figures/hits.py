"""The article's words that the figure rules look for, found in one tokenisation of the whole text.

Word regexes run over each window were the bottleneck; now every later stage asks ``Hits.between``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..text.word_tries import trie_pattern
from ..text.words import ARTICLES
from .rules import MetricPhrase, Rules, alternation

_TOKEN = re.compile(r"[A-Za-z]+")
_DETERMINER_BEFORE = re.compile(rf"(?i)\b{alternation(ARTICLES)}\s+$")

Hit = tuple[int, int, str]  # start, end, the word (for metrics: the metric phrase of figure_metrics.csv)


class Hits:
    """Word hits of one kind in an article, sorted by offset, for range look-ups.

    Hits are added in text order from one tokenisation and each ends where its word ends, so their ends
    grow with their starts (``between`` relies on it).
    """

    __slots__ = ("starts", "items")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[Hit] = []

    def add(self, s: int, e: int, w: str) -> None:
        self.starts.append(s)
        self.items.append((s, e, w))

    def between(self, lo: int, hi: int) -> list[Hit]:
        """Hits that start at or after ``lo`` and end by ``hi``."""
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        items = self.items
        while b > a and items[b - 1][1] > hi:
            b -= 1  # ends grow with starts: only the last hits can end after ``hi``
        return items[a:b]


@dataclass(slots=True)
class WordHits:
    """Where the article has direction words, metric nouns, reporting verbs and spelled numbers."""

    directions: Hits  # words of figure_directions.csv ("rose", "up", "rise")
    metrics: Hits  # metric phrases of figure_metrics.csv ("iron ore" is not one; "imports" is)
    reports: Hits  # reporting verbs of figure_words.csv ("said"), not after a determiner ("an estimated")
    numbers: list[int]  # where spelled numbers start ("five", "a fifth", "a million")


@lru_cache(maxsize=4)
def _wanted_tokens(wanted: frozenset[str]) -> re.Pattern:
    """The tokens (whole runs of ``_TOKEN``) that are one of ``wanted``, as a trie: re skips the other words
    in C instead of a Python loop over every word of the article (twice as fast)."""
    return re.compile(r"(?<![A-Za-z])" + trie_pattern(w for w in wanted if _TOKEN.fullmatch(w)) + r"(?![A-Za-z])")


def find_words(text: str, rules: Rules) -> WordHits:
    """Tokenise ``text`` once and keep the words of the figure tables."""
    hits = WordHits(Hits(), Hits(), Hits(), [])
    # the look-ups as local names: this loop runs for every wanted word of every article
    report, directions, metrics = rules.words.report, rules.directions, rules.metric_last
    num_words, a_next = rules.num_words, rules.a_next
    for m in _wanted_tokens(rules.doc_words).finditer(text.lower()):
        w = m.group()
        s, e = m.span()
        if w in directions:
            hits.directions.add(s, e, w)
        if w in report and not _DETERMINER_BEFORE.search(text, max(0, s - 5), s):
            hits.reports.add(s, e, w)  # not "an estimated $53 billion", "the reported figure"
        if w in metrics:
            _add_metric(hits.metrics, text, s, e, metrics[w])
        if w in num_words and (w not in ("a", "an") or a_next.match(text, e)):
            hits.numbers.append(s)
    return hits


def _add_metric(metrics: Hits, text: str, s: int, e: int, phrases: tuple[MetricPhrase, ...]) -> None:
    """The longest metric phrase that ends with the word text[s:e] ("gross domestic product", "product")."""
    for metric in phrases:
        if metric.before is None:
            metrics.add(s, e, metric.phrase)
            return
        b = metric.before.search(text, max(0, s - 40), s)
        if b:
            metrics.add(b.start(), e, metric.phrase)
            return
