"""Word tokens split the way GloVe's corpus was ("Seoul" "'s", "do" "n't"); the model looks them up lower-cased.

A regular expression rather than NLTK's Treebank tokenizer: the model reads thousands of targets a second,
and only the splits that GloVe's vocabulary depends on matter here. Offsets are not needed: a target's
sentence is tokenized as three pieces (before, target, after), so the target's tokens are known by count.
"""

from __future__ import annotations

import re

# clitics first (GloVe keeps "'s" and "n't" as tokens), then dotted abbreviations ("u.s."), words with inner
# hyphens, dots or apostrophes, and any other single non-space character. Case is kept: capitalised words
# mark the other names of a sentence, whose context is not the target's.
_TOKEN = re.compile(r"\w+(?=n't\b)|n't\b|'(?:s|re|ve|ll|d|m)\b|(?:[a-z]\.){2,}|\w+(?:[-'.]\w+)*|[^\w\s]", re.I)
# marks that open or close a quotation (straight quotes toggle)
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})


def words(text: str) -> list[str]:
    """Tokens of ``text``, curly apostrophes folded to straight ones."""
    return _TOKEN.findall(text.replace("’", "'"))
