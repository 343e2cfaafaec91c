"""Who the figures of a sentence come from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import _countries, _Doc
from .rules import _Rules


@dataclass
class _Span:
    s: int
    e: int

    def start(self, *_):
        return self.s

    def end(self, *_):
        return self.e


def _source(sentence: str, base: int, r: _Rules, doc: _Doc) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """Who the figures come from: "according to X", "X said ...", "..., X said"."""
    mentions = doc.mentions
    m = r.source_prep.search(sentence)
    if m:
        np = m.group("np").strip()
        span = (base + m.start("np"), base + m.start("np") + len(np))
    else:
        reps = doc.reports.between(base, base + len(sentence))
        if not reps:
            return None, None, None
        m = _Span(reps[0][0] - base, reps[0][1] - base)
        comma = sentence.rfind(",", 0, m.start())
        tail = sentence[m.end() :].strip(" .\"”'")
        if comma >= 0 and len(sentence[comma : m.start()].split()) <= 8 and sentence[comma + 1 : m.start()].strip():
            s = comma + 1  # "..., the ministry said"
        elif comma >= 0 and not sentence[comma + 1 : m.start()].strip() and len(tail.split()) <= 8:
            s = m.end()  # "..., said Maruyama"
            np = tail
            span = (base + s, base + s + len(sentence[s:].rstrip(" .\"”'")))
            return np or None, (_countries(*span, mentions) or [None])[0], span
        else:
            s = 0
            if len(sentence[: m.start()].split()) > 10:
                return None, None, None
        np = sentence[s : m.start()].strip()
        np = re.sub(r"\s+(?:on\s+\w+day|last\s+\w+|this\s+\w+|yesterday|today)$", "", np)
        span = (base + s + (len(sentence[s : m.start()]) - len(sentence[s : m.start()].lstrip())), base + m.start())
    np = np.strip(" ,")
    if not np:
        return None, None, None
    return np, (_countries(*span, mentions) or [None])[0], span
