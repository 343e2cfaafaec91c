"""How found items are matched to gold items: text folded the same way on both sides, speakers by key words."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

QUOTE_CHARS = "\"'“”‘’«»„‟`"


def norm(s: Any) -> str:
    """Fold case, quotation marks, Unicode forms and whitespace."""
    if s is None or (isinstance(s, float) and math.isnan(s)):
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.translate({ord(c): " " for c in QUOTE_CHARS})
    return re.sub(r"\s+", " ", s).strip().lower()


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def speaker_matches(speaker: str, keys: list) -> bool:
    """True when every key token is a whole word of the (normalised) speaker, for any alternative."""
    alternatives = keys if keys and isinstance(keys[0], list) else [keys]
    return any(
        all(re.search(r"(?<![\w.])" + re.escape(norm(k)) + r"(?![\w])", speaker) for k in alt) for alt in alternatives
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
