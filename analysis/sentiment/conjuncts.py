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


# An act named by its noun right after the object's country ("oppose the Canadian decision to ..."), and a second one
# joined by "and" later in the sentence, its agent after "by" ("..., and a proposal by the European Community to ...").
_ACT_NOUN = r"(?:decision|proposal|plan|move|request|bid|offer|demand|policy|policies|legislation|bill)s?"
_OBJECT_ACT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?" + _ACT_NOUN + r"\b")
_AND_ACT_BY = re.compile(r",?\s+and\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _ACT_NOUN + r"\s+by\s+(?:the\s+)?$", re.I)
_SAME_CLAUSE = re.compile(r"[^;:\"“”]*")  # the sentence is given: no semicolon, colon or quote between


def act_conjuncts(r, first, sentence: tuple[int, int]) -> list:
    """The countries whose acts are joined by "and" to the act the object's country owns: "opposed the Canadian
    decision to apply a duty on ..., and a proposal by the EC to ...": the EC's proposal is opposed too."""
    if not _OBJECT_ACT.match(r.text, first.end):
        return []
    out = []
    for m in r.after(first.end, sentence[1]):
        if _AND_ACT_BY.search(r.text, max(first.end, m.start - 60), m.start) and _SAME_CLAUSE.fullmatch(
            r.text, first.end, m.start
        ):
            out.append(m)
    return out
