"""Where a broadcast or report was monitored ("An Ankara Radio report monitored in London"): a place that is
never the speaker's country, nor, when it is the dateline's, the country of the story's unplaced officials."""

from __future__ import annotations

import re

from .context import ArticleContext

# "monitored in London", "in a report received in Nicosia", "heard here in"
_MONITORED = re.compile(r"\b(?:monitored|received|heard|picked\s+up)\s+(?:here\s+)?in\s+$")
_MONITORED_HERE = re.compile(r"\b(?:monitored|received|heard|picked\s+up)\s+here\b")


def monitoring_place(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where a broadcast or report was monitored ("monitored in London")."""
    return bool(_MONITORED.search(text, max(0, start - 30), start))


def heard_at_dateline(ctx: ArticleContext) -> bool:
    """Whether the story was filed where a foreign medium was monitored ("LONDON - ... IRNA, in a report received
    in London, said"): its dateline then places no official or document of the story."""
    if "heard_at_dateline" not in ctx.memo:
        here = ctx.dateline.country if ctx.dateline else None
        ctx.memo["heard_at_dateline"] = here is not None and (
            bool(_MONITORED_HERE.search(ctx.text))
            or any(m.country == here and monitoring_place(ctx.text, m.start) for m in ctx.mentions.items)
        )
    return bool(ctx.memo["heard_at_dateline"])
