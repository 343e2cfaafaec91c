"""Sentences with offsets into the article text, from NLTK's Punkt with news-style parameters.

No Punkt model is downloaded: the parameters (abbreviations that do not end a sentence) are set
here, so splitting works offline and the same way on every machine.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: ``import analysis`` binds this module's function and stays light
    import pandas as pd
    from nltk.tokenize.punkt import PunktSentenceTokenizer

SENTENCE_COLUMNS = ["article_id", "paragraph", "sentence", "start", "end", "text"]

# Punkt stores abbreviations lower-cased without their final period. Wire shorthand written without
# a dot ("mln", "pct", "dlrs") is left out: a dot after it ends a sentence ("840 mln. Exports rose").
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cmdr",
    "adm",
    "sgt",
    "cpl",
    "gov",
    "sen",
    "rep",
    "pres",
    "amb",
    "rev",
    "fr",
    "st",
    "jr",
    "sr",
    "hon",
    "messrs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "n.z",
    "u.n",
    "u.s.s.r",
    "e.u",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "v",
    "a.m",
    "p.m",
    "inc",
    "corp",
    "co",
    "ltd",
    "plc",
    "bros",
    "no",
    "nos",
    "approx",
    "est",
    "dept",
    "govt",
    "n",
    "s",
    "yr",
    "yrs",
    "fig",
    "ft",
    "ave",
}
# Words that typically open sentences. Punkt, untrained, cannot tell whether a capitalised word after an
# abbreviation starts a sentence ("in the U.S. The talks ..."); marking these as words seen in lower case
# mid-sentence and capitalised at sentence starts lets it split there, while "U.S. Trade" stays whole.
# Prepositions and "and" are left out: wire copy capitalises any word after "U.S." ("the U.S. And Japan").
SENTENCE_STARTERS = {
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "this",
    "these",
    "those",
    "there",
    "its",
    "his",
    "her",
    "their",
    "however",
    "meanwhile",
    "but",
}
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the news abbreviations above (built once; it is read-only)."""
    from nltk.tokenize.punkt import _ORTHO_BEG_UC, _ORTHO_MID_LC, PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    for word in SENTENCE_STARTERS:
        params.add_ortho_context(word, _ORTHO_MID_LC | _ORTHO_BEG_UC)
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


@lru_cache(maxsize=16_384)
def paragraph_sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph, by Punkt.

    Kept for the last paragraphs split: the sentences table, quotes, figures and sentiment each need the
    sentences of the same paragraphs, and Punkt is the costliest step they share (a batch of the run command,
    about 100 stories, stays well inside the cache)."""
    return tuple(tokenizer().span_tokenize(paragraph))


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of every sentence; sentences never cross a paragraph."""
    out = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        for s, e in paragraph_sentences(text[ps:pe]):
            out.append((p, ps + s, ps + e))
    return out


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: article_id, paragraph, sentence (index in the article), start, end, text."""
    import pandas as pd

    rows = []
    for aid, text in zip(articles["article_id"], articles["text"]):
        text = text or ""
        for i, (p, s, e) in enumerate(sentence_spans(text)):
            rows.append((aid, p, i, s, e, text[s:e]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"}
    )
