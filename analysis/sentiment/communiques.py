"""A war communique's agentless passive: "Iran said 1,200 Iraqis were killed or wounded", "Tehran radio said Iraqi
positions were shelled". A country that reports another's forces, positions or men struck, and names no one who
struck them, reports its own forces' act: the speaker's country is the actor (``communique_actor``). Read
conservatively: force only, inside a country's words, a passive with no agent, and only what an army strikes (troops,
positions, men), not ships or towns, which a third party may have struck."""

from __future__ import annotations

import re

from ..text.countries import Mention
from .reader import Reader
from .voices import Voice

# a passive's auxiliary right before the pattern: "were shelled", "had been killed or wounded"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# what an army strikes, after the country's demonym: "Iraqi positions", "Iranian troops", "Iraqi army units"
_FORCES = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:troops|forces|soldiers|positions|units?|brigades?|divisions?|battalions?"
    r"|defen[cs]es|lines|outposts?|garrisons?|bases?|aircraft|planes|jets|warplanes|helicopters|tanks|gunboats"
    r"|artillery|fighters|guards|army|navy)\b"
)
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:is|ans|ese)$")  # a nation's men by its plural demonym: "Iraqis", "Iranians"
# the subject of the passive runs from the mention to the auxiliary with no clause break ("1,200 Iraqis were")
_SUBJECT_GAP = re.compile(r"[^,;:\"“”]{0,40}")


def struck_forces(r: Reader, m: Mention) -> bool:
    """Does the mention name a country's forces, positions or men ("Iraqi positions", "1,200 Iraqis")?"""
    return m.kind == "demonym" and (
        bool(_FORCES.match(r.text, m.end)) or bool(_PEOPLE.fullmatch(r.text, m.start, m.end))
    )


def communique_actor(
    r: Reader, hit: tuple[int, int], voice: Voice | None, targets: list[Mention], target_rule: str
) -> str | None:
    """The speaker's country, where its words report another country's forces struck by an agentless passive
    ("Iran said Iraqi positions were shelled"); else None."""
    if voice is None or not voice.country or target_rule != "passive-subject" or len(targets) != 1:
        return None
    target = targets[0]
    if target.country == voice.country or not voice.start <= target.start < hit[0]:
        return None  # "Iran said Iranian towns were shelled": a victim's own report names no actor
    passive = PASSIVE_BEFORE.search(r.text, max(voice.start, hit[0] - 30), hit[0])
    if passive is None or not _SUBJECT_GAP.fullmatch(r.text, target.end, passive.start()):
        return None
    return voice.country if struck_forces(r, target) else None
