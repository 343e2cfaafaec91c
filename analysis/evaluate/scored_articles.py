"""The articles of a brat corpus as ``load_articles`` reads them, each with a map from its cleaned text back to the
raw ``.txt`` the annotations refer to."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from .brat import Attribution, BratDocument, read_corpus


def align(raw: str, clean: str) -> list[int]:
    """For each character of ``clean``, its offset in ``raw`` (-1 where none).

    Paragraph by paragraph, in order, each cleaned paragraph is found in the raw text with all
    whitespace left out of both (the loader changes whitespace and drops whole lines, never words);
    a paragraph whose characters the loader changed is aligned character by character (difflib);
    a whitespace character takes the offset of the next character.
    """
    raw_pos = [i for i, c in enumerate(raw) if not c.isspace()]
    raw_ns = "".join(raw[i] for i in raw_pos)
    out = [-1] * len(clean)
    cursor = 0
    for m in re.finditer(r"\S[^\n]*(?:\n(?!\n)[^\n]*)*", clean):
        idx = [m.start() + k for k, c in enumerate(m.group()) if not c.isspace()]
        para = "".join(clean[i] for i in idx)
        hit = raw_ns.find(para, cursor)
        if hit < 0:
            hit = raw_ns.find(para)
        if hit >= 0:
            for k, i in enumerate(idx):
                out[i] = raw_pos[hit + k]
            cursor = hit + len(para)
            continue
        # the loader changed characters (a normalised quotation mark, a removed control character):
        # align the paragraph with the raw text after the cursor character by character
        window = raw_ns[cursor : cursor + len(para) + len(para) // 5 + 50]
        blocks = SequenceMatcher(None, para, window, autojunk=False).get_matching_blocks()
        if sum(b.size for b in blocks) < 0.8 * len(para):
            continue
        for b in blocks:
            for k in range(b.size):
                out[idx[b.a + k]] = raw_pos[cursor + b.b + k]
        last = [b for b in blocks if b.size]
        cursor += last[-1].b + last[-1].size if last else 0
    nxt = -1
    for i in range(len(clean) - 1, -1, -1):  # whitespace: the offset of the next mapped character
        if out[i] >= 0 and not clean[i].isspace():
            nxt = out[i]
        elif clean[i].isspace():
            out[i] = nxt
    return out


@dataclass
class ScoredArticle:
    """A scored article: the annotated document, the loader's text and the clean -> raw offset map."""

    doc: BratDocument
    clean: str
    to_raw: list[int]

    def raw_offset(self, i: int) -> int:
        return self.to_raw[i] if 0 <= i < len(self.to_raw) else -1

    def in_loaded_text(self, att: Attribution) -> bool:
        """True when the loader kept the first characters of the content (its first fragment's start)."""
        raw = self.doc.text or ""
        s = att.content[0].start
        while s < att.content[0].end and raw[s : s + 1].isspace():
            s += 1
        return s in self._kept

    def __post_init__(self) -> None:
        self._kept = {j for j in self.to_raw if j >= 0}


def load(folder: str | Path) -> tuple[list[BratDocument], pd.DataFrame, dict[str, ScoredArticle], list[str]]:
    """Documents, the articles as ``load_articles`` reads them, id -> ScoredArticle, and the ids the loader dropped."""
    from ..text.articles import load_articles

    docs = read_corpus(folder)
    with_text = [d for d in docs if d.text_path is not None]
    if not with_text:
        raise FileNotFoundError(f"{folder}: no annotated texts (expected text/ and attributions/, or .txt beside .ann)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped and duplicate files are listed below instead
        arts = load_articles([d.text_path for d in with_text])
    by_path = {str(d.text_path): d for d in with_text}
    scored: dict[str, ScoredArticle] = {}
    for aid, path, text in zip(arts["article_id"], arts["path"], arts["text"]):
        doc = by_path[path]
        scored[aid] = ScoredArticle(doc, text, align(doc.text or "", text))
    kept = {a.doc.article_id for a in scored.values()}
    dropped = [d.article_id for d in docs if d.article_id not in kept]
    return docs, arts, scored, dropped
