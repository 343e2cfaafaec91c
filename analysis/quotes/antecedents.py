"""Antecedents of a pronoun speaker that the speakers met before do not give: "It said" right after a sentence
whose subject is a body ("The Environmental Protection Agency proposed rules ... It said ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .context import ArticleContext
from .homes import is_company
from .records import Speaker
from .tokens import words

_BODIES = ("org", "country")
_TRAILING_CUE = re.compile(r",[^,]{1,90}\b(?:said|says|reported|added|announced)\b[^,]{0,40}\.?\s*$")
_REGION_WORD = re.compile(r"[A-Z][a-z]+(?:ean|ian|ern|ese|ic)")


def previous_subject_body(
    ctx: ArticleContext, subject_of: Callable[[int, int], Speaker | None], pos: int
) -> Speaker | None:
    """The body that is the subject of the sentence before, for an "It" opening the cue's sentence ("It said",
    "It also said"): news copy refers back with "it" to the body the sentence before was about, whether or not
    that sentence quoted it. A name read as a person's counts when it is a company the story names ("Foster said
    ... It said")."""
    unit = ctx.unit_at(pos)
    if unit is None:
        return None
    lead = words(ctx.masked[unit.start : pos])
    if not lead or lead[0] != "It" or len(lead) > 3:
        return None
    prev = ctx.unit_before(unit.start)
    if prev is None:
        return None
    start = max(prev.start, ctx.dateline.end) if ctx.dateline else prev.start  # "WASHINGTON, April 8 -" is no subject
    sp = subject_of(start, prev.end) if start < prev.end else None
    if sp is None or not sp.text or ":" in sp.text or _TRAILING_CUE.search(ctx.masked, start, prev.end):
        return None  # "The Asian dollar market grew ..., the monetary authority said.": its subject did not speak
    if " " not in sp.text and _REGION_WORD.fullmatch(sp.text):
        return None  # "Asian", "European": an adjective read as a name
    if sp.kind in _BODIES or (sp.kind == "person" and is_company(ctx, sp)):
        return sp
    return None
