"""A that-clause a few words after its cue: after an aside in commas ("testified, for example, that ...", "said on
CNN, where he is a contributor, that ...") or a listener of up to seven words ("told a lunch group that ...")."""

from __future__ import annotations

import re

from ..text.words import AUXILIARIES
from .tokens import words

_ASIDE_THAT = re.compile(r"[^,|;:.!?]{0,40},\s+[^,|;:.!?]{1,80},\s*that\s+")
_LONG_LISTENER_THAT = re.compile(r"\s*(?:[\w.’'-]+\s+){1,7}?that\s+(?=[a-z]+\s|[A-Z])")
_RELATIVE = frozenset({"that", "which", "who"})
_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})


def aside_that(masked: str, cues: dict, listener_cue: bool, s: int, ue: int) -> int | None:
    """Where the that-clause starts when words stand between the cue (ending at ``s``) and its "that"; None when
    a cue or relative word stands between, or a listener holds a clause of its own ("told Reuters he remains
    hopeful that")."""
    if "that" not in masked[s : s + 130]:
        return None  # the cheap test first
    m = _ASIDE_THAT.match(masked, s, ue)
    listener = m is None and listener_cue
    if listener:
        m = _LONG_LISTENER_THAT.match(masked, s, ue)
    if m is None:
        return None
    between = [w.lower() for w in words(masked[s : m.end() - 4])]
    if any(w in cues or w in _RELATIVE for w in between):
        return None
    if listener and any(w in _SUBJECTS or w in AUXILIARIES for w in between):
        return None
    return m.end()
