"""The sentence around a position, split with the project's Punkt only in the paragraphs that are asked about.

Country sentiment and stance need the sentences of the few paragraphs that name a country or hold a quote;
splitting only those (with the same paragraph rule and tokenizer as analysis.sentences) keeps both stages
well under the cost of splitting every story.
"""

from __future__ import annotations

from bisect import bisect_right

from ..text.sentences import paragraph_sentences, paragraph_spans


class SentenceFinder:
    """(start, end) of the sentence holding a character offset of one text; paragraphs split once, on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.starts = [s for s, _ in self.paragraphs]
        self._split: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the position itself, empty, when it lies outside every paragraph)."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.paragraphs[k][1]:
            return pos, pos
        if k not in self._split:
            ps, pe = self.paragraphs[k]
            spans = [(ps + s, ps + e) for s, e in paragraph_sentences(self.text[ps:pe])]
            self._split[k] = ([s for s, _ in spans], spans)
        starts, spans = self._split[k]
        j = max(bisect_right(starts, pos) - 1, 0)
        return spans[j]
