"""Which gold cues are speech or writing (``--speech-only``): the attributions the quote extractor is meant to find."""

from __future__ import annotations

import re
from typing import Any

# Speech-like cues (``--speech-only``): the attributions the quote extractor is meant to find, as the project scopes
# quotes: speech and writing that report content (a clause, a quotation, a question), findings of documents and polls,
# questions and denials. Left out: beliefs, intentions, stances and actions ("thinks", "wants", "is expected to",
# "endorsed", "voted"), vague verbs ("made", "gave", "continued"), and speech acts whose object is a noun phrase or an
# infinitive ("criticized the plan", "praised X", "called for an inquiry", "cited a poll", "vowed to fight", "declined
# to comment"), which
# the conventions of the project's gold make optional (../shared/gold/CONVENTIONS.md). A gold cue is speech-like
# when one of its words, with an -s/-es/-ed/-d/-ing ending or "y" -> "ied" undone, is in this list, or when it is a
# colon ("X tweeted: ...").
SPEECH_CUES = frozenset(
    """say tell according add note suggest argue announce claim explain acknowledge declare insist warn recall state
    point predict admit reply respond remark comment assure assert emphasize emphasise concede reiterate boast answer
    stress joke allege disclose lament hint caution maintain contend brag speculate testify observe reaffirm proclaim
    counter confirm repeat retort quip agree complain remind accuse urge
    write tweet post publish email statement interview remarks comments testimony announcement
    ask question wonder inquire
    deny dispute
    show find report reveal conclude indicate estimate determine demonstrate forecast survey poll""".split()
)


def _lemmas(word: str) -> list[str]:
    """The word and what it may be with an inflection undone ("said" -> "said", ...; "tweeted" -> "tweet")."""
    out = [word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem + repl] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return out


_IRREGULAR_CUES = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
                   "found": "find", "shown": "show", "spoke": "speak", "spoken": "speak"}  # fmt: skip


def speech_cue(cue: Any) -> bool:
    """A gold cue of speech or writing (``SPEECH_CUES``): "said", "told reporters", "according to", "tweeted",
    "asked", "denied", "the poll found", a colon; not "thinks", "wants", "endorsed"."""
    text = str(cue or "").lower().replace("’", "'")
    toks = re.findall(r"[a-z]+", text)
    if not toks:
        return text.strip() == ":"
    return any(_IRREGULAR_CUES.get(t, t) in SPEECH_CUES or any(x in SPEECH_CUES for x in _lemmas(t)) for t in toks)
