"""Acts urged of another: "Britain urged the EC to take action against Japan" is Britain's demand against Japan.

The hostile act a country is urged, called on or asked to take has not been taken: its urged actor holds no stance
toward the act's target (the clause reads "the EC ... action against Japan"), and the one who urges it is hostile to
that target, not to the ally urged (a demand made of the EC to act for its member is no grievance against the EC).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from .actors import event_actors
from .patterns import MATERIAL, Pattern
from .reader import Reader


class Coded(Protocol):
    """What this module reads of an events.Event (events.py imports this module, not the other way round)."""

    actor: str | None
    target: str
    pattern: Pattern
    event: str
    mode: str
    start: int
    end: int
    hit: tuple[int, int]


Event = TypeVar("Event", bound=Coded)

DEMANDED_ACT = Pattern("demanded act", "DEMAND", 3, -0.4, "object", "any")  # the urger's stance toward the act's target
_URGE = Pattern("urged", "DEMAND", 3, -0.4, "object", "any")  # the urging verb, read for its subject
_ACTS = MATERIAL | {"THREATEN"}  # an act that can be urged (an announced one is coded THREATEN)
# The urging verb right before the urged country: "urged (the) EC to", "urge that the European Community take",
# "called on Japan to", "pressed Bonn to"; not "asked" (a request: "asked Japan to impose duties on" stays Japan's act).
_URGING = re.compile(
    r"\b(?P<verb>urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing))"
    r"\s+(?:that\s+)?(?:the\s+)?(?:\w+\s+){0,2}?$",
    re.I,
)
_TO_ACT = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?(?:to\s+|should\s+|must\s+)?(?:\w+\s+){0,3}", re.I)  # then the act


def _urging(r: Reader, ev: Event) -> re.Match | None:
    """The urging verb whose object (or that-clause subject) is the act's actor, right before it in the clause."""
    own = [m for m in r.before(ev.start, ev.hit[0]) if m.country == ev.actor]
    if not own or not _TO_ACT.fullmatch(r.text, own[-1].end, ev.hit[0]):
        return None
    return _URGING.search(r.text, max(ev.start, own[-1].start - 60), own[-1].start)


def _voice(r: Reader, pos: int):
    """The speaker's words that hold ``pos`` (the innermost)."""
    inside = [v for v in r.voices if v.start <= pos < v.end]
    return min(inside, key=lambda v: v.end - v.start) if inside else None


def demanded_acts(r: Reader, events: list[Event]) -> list[Event]:
    """Each hostile act urged of a country by another becomes the urger's demand against the act's target; the
    urger's demand made of the urged country falls. An act urged by no country known, or by the urged one's own
    (a senate urging its president to retaliate), stays the urged one's."""
    out, urged = [], set()
    for ev in events:
        found = _urging(r, ev) if ev.event in _ACTS and ev.pattern.valence < 0 and ev.actor else None
        verb = (found.start("verb"), found.end("verb")) if found else (0, 0)
        actors = event_actors(r, _URGE, verb, (ev.start, ev.end), _voice(r, verb[0]), "object") if found else None
        urgers = [a for a in actors[0] if a and a != ev.target] if actors else []
        if not urgers or ev.actor in urgers or ev.mode not in ("asserted", "future", "conditional"):
            out.append(ev)
            continue
        urged.add((verb[0], ev.actor))
        out += [
            replace(ev, actor=a, pattern=DEMANDED_ACT, event="DEMAND", mode="asserted", actor_rule=actors[1],
                    target_rule="urged-act")
            for a in urgers
        ]  # fmt: skip
    return [ev for ev in out if not (ev.event == "DEMAND" and (ev.hit[0], ev.target) in urged)]
