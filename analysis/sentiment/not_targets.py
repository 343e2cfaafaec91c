"""Countries an event's object slot reaches that are no target of it: a model copied, an ally asked to press or help."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.rule_tables import read_table


@lru_cache(maxsize=1)
def _model_verb() -> re.Pattern:
    """A verb of data/model_verbs.csv ending the words before a country ("to emulate (the) | Brazil's moratorium")."""
    verbs = "|".join(r["verb"].strip() for r in read_table("model_verbs.csv"))
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?$", re.I)


def copied_model(text: str, hit_end: int, country_start: int) -> bool:
    """Is the country after the event's words the model its actor copies ("threatened to emulate Brazil's ...")?"""
    return bool(_model_verb().search(text, hit_end, country_start))


@lru_cache(maxsize=1)
def _pressing_act() -> re.Pattern:
    """ "to" and an act of data/pressing_acts.csv, right after the country asked ("Canada | to keep the heat on")."""
    acts = "|".join(r["act"].strip() for r in read_table("pressing_acts.csv"))
    return re.compile(rf"\s+(?i:to)\s+[\"“']?\s*(?:{acts})")  # case kept: "press the" + a capital is a name pressed


def presses_third_party(text: str, country_end: int) -> bool:
    """Is the country asked to press a third party ("urged Canada to keep the heat on the Reagan administration")?
    The asker backs its cause: no hostile demand of it."""
    return bool(_pressing_act().match(text, country_end))


def unmeant_object(text: str, event: str, hit_end: int, found: list[Mention]) -> bool:
    """Is the country found after the event's words no target of it: the model its actor copies, or (for a demand) a
    country asked to press a third party or to help?"""
    return copied_model(text, hit_end, found[0].start) or (
        event == "DEMAND" and presses_third_party(text, found[-1].end)
    )
