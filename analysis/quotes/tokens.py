"""Word-level helpers every quote stage uses: words of a span, capitalisation, plural folding."""

from __future__ import annotations

import re
from itertools import islice

WORD = re.compile(r"[\w’'.&-]+")
MARK = re.compile(r'["“”„«»‟]')
OPEN_MARKS = "“„«‟"
MASK = "|"  # what quoted content is replaced with in the masked text, so cue words inside quotes are never cues


def words(span: str) -> list[str]:
    """The words of a span (keeping apostrophes, dots, hyphens and ampersands inside words)."""
    return WORD.findall(span)


def word_count(span: str, most: int) -> int:
    """The number of words of a span, counted up to ``most``: a long span is not read to its end (the tests
    of reported content ask whether it has three words, on a hundred characters)."""
    return len(list(islice(WORD.finditer(span), most)))


def first_word(span: str) -> str | None:
    """The first word of a span, read no further."""
    m = WORD.search(span)
    return m.group() if m else None


def is_cap(word: str) -> bool:
    """True when the word starts with a capital."""
    return word[:1].isupper()


def fold(word: str) -> str:
    """Lower case, plural folded ("officials" -> "official", "ministries" -> "ministry")."""
    w = word.lower().rstrip(".")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    """The last match of ``pattern`` in ``text``, or None."""
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def is_possessive(text: str, end: int) -> bool:
    """True when a possessive follows the word ending at ``end`` ("Japan's", "Philippines'")."""
    return text[end : end + 2] in ("'s", "’s") or text[end - 1 : end + 1] in ("s'", "s’")
