"""The direction rules that read a move from what the quantity is: a balance that swung into deficit or turned from
surplus, a trade barrier lifted, an additional amount."""

from __future__ import annotations

import re

from .gates import first_word_match
from .near import Near


def balance_swing(q: Near) -> str | None:
    """ "swung into a deficit of 2 bln", "is projected to return to a 7.4 bln deficit": a balance that moved into
    deficit fell, into surplus rose."""
    a, swing = max(q.lo, q.fig.start - 60), q.rules.words.swing
    m = first_word_match(q.rules.swing_to, swing, q.text, q.lower, a, q.hedge)  # tried where a swing word starts
    if m is None or q.figure_between(m.start(), q.fig.start):
        return None
    balance = m.group(1)
    if balance is None:
        after = q.rules.balance_after.match(q.text, q.fig.end)
        balance = after.group(1) if after else None
    return q.rules.balances.get(balance.lower()) if balance else None


def balance_turned(q: Near) -> str | None:
    """ "a 3.51 bln dlr deficit in February after a 2.54 bln dlr surplus in January": a balance named after the figure
    that turned from the opposite balance moved that way (into deficit: a fall)."""
    window = q.text[max(q.lo, q.hedge - 15) : q.fig.end + 40]
    if not any(b in window for b in q.rules.balances):
        return None  # the cheap test: no balance word near the figure
    after = q.rules.balance_next.match(q.text, q.fig.end)
    now = after.group(1) if after else None
    if now is None:
        ahead = q.rules.balance_of.search(q.text, max(q.lo, q.hedge - 15), q.hedge)
        now = ahead.group(1) if ahead else None  # "a surplus of 1.2 bln dlrs against a deficit of"
    before = q.rules.balance_before.match(q.text, after.end() if after else q.fig.end) if now else None
    balances = q.rules.balances
    if before is None or balances[now.lower()] == balances[before.group(1).lower()]:
        return None
    return balances[now.lower()]


def barrier_lifted(q: Near) -> str | None:
    """ "may lift an additional 84 mln dlrs in trade sanctions", "the 51 mln dlrs in sanctions would be
    lifted": an amount of a trade barrier that is lifted fell."""
    after = q.rules.barrier_after.match(q.text, q.fig.end)
    if after is None:
        return None
    stop = q.rules.sentence_stop.search(q.text, after.end(), after.end() + 50)
    lifted = q.rules.remove_word.search(q.text, after.end(), stop.start() if stop else after.end() + 50)
    return "decrease" if lifted or q.rules.remove_word.search(q.text, q.lo, q.fig.start) else None


_ADDITIONAL = re.compile(r"(?i)\b(?:an?|the)\s+(?:further\s+)?additional\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?$")


def additional(q: Near) -> str | None:
    """ "an additional quota of 5,000 tonnes", "an additional 300 mln dlrs": an amount added to what there was."""
    if q.fig.unit == "percent" or "dditional" not in q.text[max(q.lo, q.hedge - 40) : q.hedge]:
        return None  # the cheap test; "an additional 20 pct stock dividend" is a rate, no amount added
    m = _ADDITIONAL.search(q.text, max(q.lo, q.hedge - 40), q.hedge)
    moved = q.words.directions.between(m.start(), q.hedge) if m else ()
    if m is None or any(not q.rules.directions[w].infinitive for _, _, w in moved):
        return None  # "an additional staff reduction of 20 pct": the noun says which way; "an additional contract" not
    return "increase"
