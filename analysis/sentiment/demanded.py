"""Acts urged of another: "Britain urged the EC to take action against Japan" is Britain's demand against Japan.

The hostile act a country is urged, called on or asked to take has not been taken: its urged actor holds no stance
toward the act's target (the clause reads "the EC ... action against Japan"), and the one who urges it is hostile to
that target, not to the ally urged (a demand made of the EC to act for its member is no grievance against the EC).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import event_actors
from .coded_events import Event
from .patterns import MATERIAL, Pattern
from .reader import Reader

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
_SHOULD_WORDS = 3  # words between "should" and the act ("should build barriers against")
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


def _urgers(r: Reader, ev: Event, events: list[Event]) -> tuple[list[str], str, int] | None:
    """Who urges the act (other than its target), how they were found, and where the urging word starts: the
    subject of "urged" before the act's actor, or the speaker of "<actor> should" right before the act."""
    found = _urging(r, ev)
    if found:
        verb = (found.start("verb"), found.end("verb"))
        actors, rule = event_actors(r, _URGE, verb, (ev.start, ev.end), _voice(r, verb[0]), "object")
        return [a for a in actors if a and a != ev.target], rule, verb[0]
    for d in events:  # "the EC should build barriers against Japanese imports," a British minister said
        if d.target_rule == "subject-of-demand" and d.target == ev.actor and d.start == ev.start and d.actor:
            if d.hit[1] <= ev.hit[0] and len(r.text[d.hit[1] : ev.hit[0]].split()) <= _SHOULD_WORDS:
                return [d.actor] if d.actor != ev.target else [], d.actor_rule, d.hit[0]
    return None


def demanded_acts(r: Reader, events: list[Event]) -> list[Event]:
    """Each hostile act urged of a country by another becomes the urger's demand against the act's target; the
    urger's demand made of the urged country falls. An act urged by no country known, or by the urged one's own
    (a senate urging its president to retaliate), stays the urged one's."""
    out, urged = [], set()
    for ev in events:
        found = _urgers(r, ev, events) if ev.event in _ACTS and ev.pattern.valence < 0 and ev.actor else None
        if not found or not found[0] or ev.actor in found[0] or ev.mode not in ("asserted", "future", "conditional"):
            out.append(ev)
            continue
        urgers, rule, at = found
        urged.add((at, ev.actor))
        out += [
            replace(ev, actor=a, pattern=DEMANDED_ACT, event="DEMAND", mode="asserted", actor_rule=rule,
                    target_rule="urged-act")
            for a in urgers
        ]  # fmt: skip
    return [ev for ev in out if not (ev.event == "DEMAND" and (ev.hit[0], ev.target) in urged)]
