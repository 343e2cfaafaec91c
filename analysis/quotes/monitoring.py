"""Where a broadcast or report was monitored ("An Ankara Radio report monitored in London"): a place that is
never the speaker's country, nor, when it is the dateline's, the country of the story's unplaced officials."""

from __future__ import annotations

import re

from .context import ArticleContext

# "monitored in London", "in a report received in Nicosia", "heard here in"
_MONITORED = re.compile(r"\b(?:monitored|received|heard|picked\s+up)\s+(?:here\s+)?in\s+$")
# the story's own place named as where a medium was heard: "monitored here", "a radio report received in London"
# (not "documents received here": a document received is no broadcast heard)
_HEARD = (
    r"(?:\bmonitored|\b(?:report|broadcast|radio|agency|dispatch|television)\b[^.]{0,40}?"
    r"\b(?:received|heard|picked\s+up))"
)
_HEARD_HERE = re.compile(_HEARD + r"\s+here\b", re.I)
_HEARD_AT = re.compile(_HEARD + r"\s+in\s+$", re.I)


def monitoring_place(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where a broadcast or report was monitored ("monitored in London")."""
    return bool(_MONITORED.search(text, max(0, start - 30), start))


def heard_at_dateline(ctx: ArticleContext) -> bool:
    """Whether the story was filed where a foreign medium was monitored ("LONDON - ... IRNA, in a report received
    in London, said"): its dateline then places no official or document of the story."""
    if "heard_at_dateline" not in ctx.memo:
        here = ctx.dateline.country if ctx.dateline else None
        ctx.memo["heard_at_dateline"] = here is not None and (
            bool(_HEARD_HERE.search(ctx.text))
            or any(
                m.country == here and _HEARD_AT.search(ctx.text, max(0, m.start - 90), m.start)
                for m in ctx.mentions.items
            )
        )
    return bool(ctx.memo["heard_at_dateline"])
