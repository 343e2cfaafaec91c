"""One coded event (who did what to whom, found by which pattern and rules) and its row of the events table."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .patterns import Pattern

EVENT_COLUMNS = [
    "article_id", "date", "actor", "target", "event", "polarity", "evidence", "start", "end", "source", "rule",
    "mode", "quad_class",
]  # fmt: skip


@dataclass(frozen=True)
class Event:
    """One coded event; ``actor`` None when the clause names none."""

    actor: str | None
    target: str
    pattern: Pattern
    event: str
    mode: str
    source: str
    start: int  # the sentence
    end: int
    hit: tuple[int, int]
    actor_rule: str
    target_rule: str
    content: tuple[int, int]  # the speaker's words that hold it, or its sentence


def rule_of(ev: Event) -> str:
    """The rule column: the event type coded, the pattern that coded it, and how its actor and target were found."""
    # the type as coded, as the event column gives it: a SANCTION pattern only announced is coded THREATEN
    return f"event:{ev.event}({ev.pattern.form}); actor:{ev.actor_rule}; target:{ev.target_rule}"


def events_frame(records: list[tuple]) -> pd.DataFrame:
    """The documented columns and dtypes."""
    df = pd.DataFrame(records, columns=EVENT_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "polarity": "int64", "quad_class": "int64"})


def event_record(aid: str, date, text: str, ev: Event) -> tuple:
    """One row of the events table."""
    polarity = 1 if ev.pattern.quad_class in (1, 2) else -1
    quad = 3 if ev.event == "THREATEN" else ev.pattern.quad_class
    evidence = text[ev.start : ev.end].strip()
    return (aid, date, ev.actor, ev.target, ev.event, polarity, evidence, ev.start, ev.end, ev.source, rule_of(ev),
            ev.mode, quad)  # fmt: skip
