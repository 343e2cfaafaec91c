"""The pattern as read: words around a pattern found that change what it codes (aid cut is a sanction, talks offered
are a friendly act, "attacked" an army's positions is force), and verbs that are force only against armed targets."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.countries import Mention
from .clauses import ARMED_TARGET
from .modes import MAX_MODE_WORDS
from .patterns import Pattern
from .reader import Reader

# Aid cut, halved, suspended or blocked is withheld: PLOVER codes reducing or stopping aid as a sanction; unless the
# cut itself was defeated ("the Senate defeated an attempt to cut aid to Mexico": the aid goes on).
_CUT = re.compile(
    r"\b(?:cut|cuts|cutting|cutoff|halv\w*|reduc\w*|slash\w*|suspend\w*|freez\w*|froze\w*|withh[eo]ld\w*|block\w*"
    r"|end|ends|ended|ending|stop|stops|stopped|stopping|curb\w*|terminat\w*)\b",
    re.I,
)
_CUT_DEFEATED = re.compile(
    r"\b(?:defeat\w*|reject\w*|veto\w*|block\w*|kill\w*)\s+(?:\w+\s+){0,3}(?:to|that)\s+\w+$", re.I
)


def aid_cut(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> Pattern:
    """The pattern as read: aid that the words before it cut or stop is a sanction, not aid."""
    if p.event != "AID":
        return p
    head = r.text[max(sentence[0], hit[0] - 80) : hit[0]]
    cut = _CUT.search(" ".join(head.split()[-MAX_MODE_WORDS:]))
    if cut is None or _CUT_DEFEATED.search(head, 0, head.rfind(cut.group()) + len(cut.group())):
        return p
    return replace(p, event="SANCTION", quad_class=4, valence=-0.5)


FRIENDLY = 0.3  # the valence of a friendly act offered (as events.csv's "agreed to")

# Talks or an agreement a country is ready, willing or eager to hold, or concessions it offers, is an offer of
# cooperation, a friendly act ("Japan was ready to continue trade talks with the United States", "is willing to offer
# concessions to the U.S."); reported as held or made, they are no stance.
_READY = re.compile(
    r"\b(?:ready|willing|prepared|eager|keen|offered|offers|offering|wants|wanted|wishes|wished|hopes|hoped|seeks|sought)"
    r"\s+to\s+(?:\w+\s+){0,3}$",
    re.I,
)

# "wants to win concessions to its exporters": concessions sought, not offered
_WON = re.compile(
    r"\b(?:win|won|extract\w*|obtain\w*|get|gain\w*|wring|force|demand\w*|press\w*|seek\w*)\s+(?:\w+\s+){0,2}$", re.I
)

# Talks in which progress is said to be made are welcomed ("satisfactory progress has been made in talks with Japan"),
# where the country talked with follows "with" (not "talks with creditor banks on loans to Brazil").
_PROGRESS = re.compile(
    r"\b(?:satisfactory|good|considerable|substantial|significant|real|encouraging|steady|great|important)\s+progress"
    r"(?:\s+(?:has|had|have|was|is|been|being|made|achieved))*\s+(?:in|on|at)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_WITH_COUNTRY = re.compile(r"\s+(?:the\s+)?")


# A dispute that should or can only be settled by talks: the speaker offers talks ("its disputes with Greece should be
# solved through negotiations"); one reported as settled so is no stance.
_SETTLED_BY_TALKS = re.compile(
    r"\b(?:should|must|can|could|would|will)\s+(?:only\s+)?be\s+(?:solved|settled|resolved|dealt\s+with)\s+$", re.I
)


# A loan or credit a country extends, grants or offers is aid given ("Japan has extended a 24 billion yen loan to
# Bangladesh"); loans named without the giving ("loans to Brazil fell") are no stance.
_GRANTED = re.compile(
    r"\b(?:extend|extends|extended|extending|grant|grants|granted|granting|offer|offers|offered|offering|provide"
    r"|provides|provided|providing|pledged|approved|gave|give|gives)\s+(?:(?:a|an|the|new|fresh|soft|\S*\d\S*|[\w-]+)\s+){0,5}$",
    re.I,
)


# "agreed with Gabon to reschedule its debt": a pact to act with the country named, a friendly act; not a deal to
# trade ("agreed with Chile to buy copper": a purchase reported without evaluation is no stance).
_PACT_TO = re.compile(r"\s+to\s+(?!buy\b|purchase\b|sell\b|import\b|export\b|supply\b|ship\b|pay\b)[a-z]+\b")


def _country_next(r: Reader, hit: tuple[int, int], reach: int) -> Mention | None:
    """The country named right after the pattern ("talks with (the) United States"), starting within ``reach``."""
    after = r.after(hit[1], hit[1] + reach)
    return after[0] if after and _WITH_COUNTRY.fullmatch(r.text, hit[1], after[0].start) else None


def _pact_with(r: Reader, p: Pattern, hit: tuple[int, int]) -> bool:
    """Is "agreed with" followed by the country, then "to" and the act agreed on?"""
    country = _country_next(r, hit, 40) if p.form == "agreed with" else None
    return country is not None and bool(_PACT_TO.match(r.text, country.end))


def offered(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> Pattern:
    """The pattern as read: talks, an agreement or concessions offered, a loan extended, a pact to act together, or
    talks making progress, is a friendly act."""
    if _pact_with(r, p, hit):
        return replace(p, valence=FRIENDLY)
    if not p.valence and p.event == "AID" and r.head_search(_GRANTED, hit, sentence, 60):
        return replace(p, valence=FRIENDLY)
    if p.valence or p.event not in ("CONSULT", "AGREE", "CONCEDE"):
        return p
    if p.target == "dispute" and r.head_search(_SETTLED_BY_TALKS, hit, sentence, 40):
        return replace(p, valence=FRIENDLY)
    if r.head_search(_READY, hit, sentence, 60):
        if p.event == "CONCEDE" and r.head_search(_WON, hit, sentence, 60):
            return p  # "wants to win concessions": concessions sought from another, none offered
        return replace(p, valence=FRIENDLY)
    if "progress" not in r.text[max(sentence[0], hit[0] - 80) : hit[0]]:
        return p  # the cheap test
    near = _country_next(r, hit, 30) is not None
    return replace(p, valence=FRIENDLY) if near and r.head_search(_PROGRESS, hit, sentence, 80) else p


# "attacked" is words ("attacked U.S. trade policy") unless what it strikes is a country's ships, forces or places
# ("Iranian gunboats attacked a Kuwaiti tanker", "attacked Iraqi positions"): then force, as "attack on" is
_ATTACKED = frozenset({"attacked"})
_STRUCK_GAP = re.compile(r"\s+(?:(?:the|an?|two|three|several|four|five)\s+)?")
FORCE = "ASSAULT", 4, -0.8  # event, quad_class and valence of "attack* on" (events.csv)


# Verbs that are force only where what they strike is a country's ships, forces or places ("Iranian gunboats hit a Kuwaiti
# tanker", "its troops captured the Libyan outpost"); with other objects they are no act between countries ("the cuts
# hit Japanese exporters", "captured a third of the U.S. market")
FORCE_ONLY = frozenset({"hit", "sank", "captured", "struck"})


def by_force(r: Reader, p: Pattern, hit: tuple[int, int], targets: list[Mention], target_rule: str) -> Pattern | None:
    """The pattern as read: "attacked" whose direct object is a country's ships, forces or places is an assault; a
    verb of FORCE_ONLY whose direct object is not is no act (None)."""
    if p.form not in _ATTACKED and p.form not in FORCE_ONLY:
        return p
    armed = target_rule == "object" and struck_armed(r, hit, targets)
    if p.form in FORCE_ONLY:
        return p if armed else None
    return replace(p, event=FORCE[0], quad_class=FORCE[1], valence=FORCE[2]) if armed else p


def struck_armed(r: Reader, hit: tuple[int, int], targets: list[Mention]) -> bool:
    """Is the verb's direct object a country's ships, forces or places ("attacked two Iraqi positions")?"""
    return (
        bool(targets)
        and bool(_STRUCK_GAP.fullmatch(r.text, hit[1], targets[0].start))
        and bool(ARMED_TARGET.match(r.text, targets[-1].end))
    )
