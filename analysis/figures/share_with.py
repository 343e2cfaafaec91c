"""The share of a balance or flow that is with one partner (rule "share-with" of rules.csv).

"Nearly 90 pct of the surplus was with the U.S.", "about 90 pct of it was with the United States", "40 pct of exports
go to the EC": the percent is the part of one country's balance or flow that is with the partner named after the
verb, so the partner is the figure's, and its owner (the story's, an earlier figure's, the source's) the other side
(parties.py completes it). The verb stands between the figure and the partner, past the figure's own window.
"""

from __future__ import annotations

import re

from .parties import Ask, Role

# "90 pct of the surplus was with", "of it was with", "of its exports go to": the share's whole, a verb of being or
# going, then "with"/"to" and the partner
_SHARE_WITH = re.compile(
    r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:surplus|deficit|exports|imports|trade|sales|purchases|shipments|it|them)\s+"
    r"(?:was|is|were|are|went|go|goes)\s+(?:(?:with|to)\s+)(?:the\s+)?"
)
_CHEAP = " of "


def share_with(q: Ask) -> list[Role]:
    """The partner named after "N pct of the surplus was with", as a partner (its owner is added after), or none."""
    text, f = q.ctx.text, q.d.fig
    if q.d.unit != "percent" or not text.startswith(_CHEAP, f.end):
        return []
    m = _SHARE_WITH.match(text, f.end)
    if m is None:
        return []
    place = next(iter(q.ctx.mentions.starting(m.end(), m.end() + 1)), None)
    return [(place[2], "partner")] if place and place[2] else []
