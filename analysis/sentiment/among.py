"""A country singled out from a group the act is aimed at: "urged others to follow suit, notably Japan", "accused its
trading partners, particularly Japan and Taiwan, of dumping" (the act's object is a group; the countries named
after "notably" are the ones it is aimed at)."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .reader import Reader

_GROUP = (
    r"(?:others|partners|countries|nations|allies|exporters|governments|members|states|neighbou?rs|creditors"
    r"|rivals|competitors|economies)"
)
# The group right after the pattern (a few words of its own before it), words of its clause, then the country singled out
_SINGLED_OUT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?" + _GROUP + r"(?:\s+[\w'’-]+){0,5}?\s*,\s+(?:most\s+)?(?:notably|particularly|especially"
    r"|in\s+particular|above\s+all|chiefly|mainly|including)\s+(?:the\s+)?$",
    re.I,
)
_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def singled_out(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The countries named after "notably" (or "particularly" ...) that single them out of the group the act at
    ``hit`` is aimed at."""
    found = r.after(hit[1], min(sentence[1], hit[1] + 120))
    if not found or found[0].kind == "demonym" or not _SINGLED_OUT.fullmatch(r.text, hit[1], found[0].start):
        return []
    out = found[:1]
    for m in found[1:]:
        if m.kind == "demonym" or not _JOINED.fullmatch(r.text, out[-1].end, m.start):
            break
        out.append(m)
    return out
