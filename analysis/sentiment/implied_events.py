"""Events implied by others coded at the same pattern: a country refusing to yield to another's pressure rejects it,
and a country calling on another to hold talks with it offers talks."""

from __future__ import annotations

import re
from dataclasses import replace

from .coded_events import Event
from .patterns import Pattern
from .reader import Reader

# The subject refusing to yield to the pressure or demands owned by countries rejects them: "Japan had no plans to bow
# to U.K. and U.S. pressure", "Britain has decided to resist U.S. pressure".
REFUSED = Pattern("refused pressure", "REJECT", 3, -0.4, "object", "any")
_REFUSING = re.compile(
    r"\b(?:resist|resists|resisted|resisting|reject\w*|defy|defies|defied|defying|(?:not|never|no\s+plans?\s+to"
    r"|refus\w*\s+to|declin\w*\s+to|won't|wouldn't|cannot|can't)\s+(?:\w+\s+)?(?:bow|yield|give\s+in|bend|succumb"
    r"|cave\s+in)\s+to)\s+(?:the\s+)?(?:[\w.]+\s+){1,5}$",
    re.I,
)


def refusals(r: Reader, found: list[Event], hit: tuple[int, int], sentence: tuple[int, int]) -> list[Event]:
    """For pressure or demands of their owners made of the clause's subject that the subject refuses to yield to:
    the subject's rejection of each owner."""
    if not found or found[0].target_rule != "demand-of-owner" or found[0].mode != "asserted":
        return []
    if not r.head_search(_REFUSING, hit, sentence, 80):
        return []
    return [
        replace(ev, actor=ev.target, target=ev.actor, pattern=REFUSED, event="REJECT", actor_rule="refuser",
                target_rule="refused-owner")
        for ev in found
        if ev.actor
    ]  # fmt: skip


# A country called on or urged to talk with its caller is invited to talks, an offer of consultation (PLOVER CONSULT):
# "called on Greece to engage in dialogue over the dispute", "We call on Greece to come and engage in a dialogue with
# us"; not talks it is pressed to hold with others ("urged Japan to open talks with its farmers").
INVITED = Pattern("invited to talks", "CONSULT", 1, 0.3, "object", "any")
_TO_TALKS = re.compile(
    r"\s+to\s+(?:come\s+and\s+|\w+\s+){0,3}(?:(?:a|an|the|direct|bilateral|new|serious)\s+){0,2}"
    r"(?:dialogue\b|(?:talks|negotiations|consultations)\s+with\s+(?:us|it|him|her|them)\b)",
    re.I,
)


def invitations(r: Reader, found: list[Event]) -> list[Event]:
    """For a country called on to engage in dialogue, or in talks with the caller: the caller's offer of talks."""
    return [
        replace(ev, pattern=INVITED, event="CONSULT", target_rule="invited")
        for ev in found
        if ev.event == "DEMAND" and ev.mode == "asserted" and ev.target_rule == "object" and ev.actor
        and _TO_TALKS.match(r.text, _target_end(r, ev))
    ]  # fmt: skip


def _target_end(r: Reader, ev: Event) -> int:
    """Where the first mention of the event's target after its pattern ends (the pattern's end if none)."""
    after = [m for m in r.after(ev.hit[1], ev.end) if m.country == ev.target]
    return after[0].end if after else ev.hit[1]
