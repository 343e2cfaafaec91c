"""An earlier period's change given for comparison (rule "compared-change" of rules.csv).

"Industrial investment is expected to rise by 4.3 pct this year and 5.5 pct in 1988, down from 6.5 pct in 1986":
after a percent change of a quantity, a percent introduced by "down from", "up from", "after", "against" or "compared
with" is the same quantity's change in another period, the same way (investment grew 6.5 pct in 1986); "down" and
"up" there say how the rate of change moved, not the quantity. Not the level a change started from ("rose to 5.8
pct from 4.3 pct": no change before it) and not a change the figure names itself ("after a 3 pct fall").
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .carried import is_change
from .context import Context, Sentence
from .rows import FigureRow

# "against a previous target of 3.5 pct", "compared with an earlier forecast of 2.5 pct": the change forecast before
_FORECAST_OF = (
    r"(?:an?\s+|the\s+)?(?:(?:previous|earlier|original|originally|initial|official|expected|forecast|estimated|"
    r"[a-z]+['’]s)\s+){1,2}(?:forecast|target|estimate|projection|expectation)\s+of\s+"
)
_CUE = re.compile(
    r"(?i)(?:,\s*|\s)(?:(?:down|up)\s+from|after|against|compared\s+(?:with|to))\s+"
    rf"(?:the\s+|a\s+|{_FORECAST_OF})?$"
)
_CHEAP = ("from", "after", "against", "with", "to", "the", "a", "of")  # the word right before the figure


def compared_change(ctx: Context, sentence: Sentence, fig: Candidate, rows: list[FigureRow]) -> str | None:
    """The direction of the percent change before ``fig`` in its sentence when ``fig`` is given for comparison."""
    if fig.unit != "percent":
        return None
    before = ctx.text[max(sentence.start, fig.start - 70) : fig.start]
    if not before.rstrip().endswith(_CHEAP) or not _CUE.search(before):
        return None
    prev = rows[-1] if rows and rows[-1].start >= sentence.start else None
    if prev is None or prev.unit != "percent" or not (is_change(prev) or prev.rule.endswith("growth-rate")):
        return None
    return prev.direction
