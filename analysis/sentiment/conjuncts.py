"""The conjunct of a coordinated predicate: the words before an act that belong to the act's own verb phrase.

"said there was no target for the dollar and called on Japan to ...": the act follows "and", so the "no" before it
negates another conjunct's noun, not the act. Read by the events' mode (events.py) for negation only: a future or a
condition before "and" still spans both conjuncts ("will study the case and impose duties on").
"""

from __future__ import annotations

import re

# The act's verb right after "and" or "but" that closes the words before it (the pattern opens the new conjunct);
# "nor" and "or" go on negating ("did not criticize or threaten").
_CONJUNCTION = re.compile(r"(?:^|\s|,)(?:and|but)\s*$", re.I)


def own_conjunct(words: str) -> str:
    """The words before an act that still negate it: none where the act opens a conjunct after "and"/"but"."""
    return "" if _CONJUNCTION.search(words) else words
