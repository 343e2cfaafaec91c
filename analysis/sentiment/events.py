"""Who did what to whom: events between countries, coded with the patterns of data/events.csv (PLOVER types).

For each pattern found (a verb or noun of an act or an evaluation), the event's target is the country in the
pattern's slot (its object, the subject of "must", or the country its evaluative words are about), the actor the
clause's subject, the agent of a passive ("was accused by X"), or, inside a speaker's words, the speaker's country
(extract_quotes). A negated act is kept with mode ``negated`` (no stance); an act only announced or conditional is
coded THREATEN with mode ``future`` or ``conditional``; a question ("asked if X would retaliate") has mode
``question``, an act no one has done ("any attack on its ships will bring ...") ``hypothetical``. Country names are read as on the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from ..text.columns import article_column
from ..text.countries import Mention, day_of
from ..text.guard import ArticleErrors
from ..text.legislatures import find_home_bodies, find_legislatures
from ..text.organisations import find_organisations
from ..text.people import find_people
from ..text.rule_tables import read_table
from .actors import event_actors
from .antecedents import pair_actors, pair_sides, pair_subject, possessive_target, pronoun_actor, refers_to_act
from .clauses import (
    ARMED_TARGET,
    BARE_ATTACK,
    antecedent_mentions,
    opens_relative,
    reciprocal,
    refers_back,
)
from .communiques import PASSIVE_BEFORE, communique_actor
from .demanded import demanded_acts
from .event_targets import pattern_targets
from .firms import company_not_country, party_mentions
from .modes import MAX_MODE_WORDS, event_mode
from .patterns import MATERIAL, Pattern, event_patterns, pattern_matches
from .reader import Reader, introduced_people
from .referents import after_response
from .voices import Voice, article_voices, speaker_countries

EVENT_COLUMNS = [
    "article_id", "date", "actor", "target", "event", "polarity", "evidence", "start", "end", "source", "rule",
    "mode", "quad_class",
]  # fmt: skip
_NUMBER = re.compile(r"\d+")
TABLE_SHARE = 0.3  # a sentence with more than this share of words holding digits is a table
# "Kuwait blamed the attack on Iran", "blamed Iran for the attack on": the act is what is blamed, not the blamer's
_BLAMED = re.compile(r"\b(?:blam(?:e|es|ed|ing)|responsib\w+\s+for)\s+(?:[\w.'’-]+\s+){0,5}$", re.I)
# Offers or bids rejected (at a tender, for a company) are trade, no stance: "the rejection of rbd oil offers by
# Pakistan at its tender", "rejected all bids for soft wheat"; a single "offer" or "bid" may be a state's ("of talks",
# "to join"): kept.
_BIDS_REJECTED = re.compile(r"\s+(?:of\s+)?(?:[\w.'’-]+\s+){0,4}?(?:offers|bids|tenders?)\b", re.I)
# Restraints an exporter puts on its own sales are its own, no act of the importer against it ("even if voluntary export
# restrictions on Japanese cars are lifted", "agreed to voluntarily limit shipments"): no sanction by anyone.
_SELF_IMPOSED = re.compile(r"\b(?:voluntar(?:y|ily)|self-imposed|self-restraint)\s+(?:[\w-]+\s+){0,2}$", re.I)


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


def _aid_cut(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> Pattern:
    """The pattern as read: aid that the words before it cut or stop is a sanction, not aid."""
    if p.event != "AID":
        return p
    head = r.text[max(sentence[0], hit[0] - 80) : hit[0]]
    cut = _CUT.search(" ".join(head.split()[-MAX_MODE_WORDS:]))
    if cut is None or _CUT_DEFEATED.search(head, 0, head.rfind(cut.group()) + len(cut.group())):
        return p
    return replace(p, event="SANCTION", quad_class=4, valence=-0.5)


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


def _pact_with(r: Reader, p: Pattern, hit: tuple[int, int]) -> bool:
    """Is "agreed with" followed by the country, then "to" and the act agreed on?"""
    after = r.after(hit[1], hit[1] + 40) if p.form == "agreed with" else []
    return (
        bool(after)
        and bool(_WITH_COUNTRY.fullmatch(r.text, hit[1], after[0].start))
        and bool(_PACT_TO.match(r.text, after[0].end))
    )


def _offered(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> Pattern:
    """The pattern as read: talks, an agreement or concessions offered, a loan extended, a pact to act together, or
    talks making progress, is a friendly act."""
    if _pact_with(r, p, hit):
        return replace(p, valence=0.3)
    if not p.valence and p.event == "AID" and _GRANTED.search(r.text, max(sentence[0], hit[0] - 60), hit[0]):
        return replace(p, valence=0.3)
    if p.valence or p.event not in ("CONSULT", "AGREE", "CONCEDE"):
        return p
    if p.target == "dispute" and _SETTLED_BY_TALKS.search(r.text, max(sentence[0], hit[0] - 40), hit[0]):
        return replace(p, valence=0.3)
    if _READY.search(r.text, max(sentence[0], hit[0] - 60), hit[0]):
        if p.event == "CONCEDE" and _WON.search(r.text, max(sentence[0], hit[0] - 60), hit[0]):
            return p  # "wants to win concessions": concessions sought from another, none offered
        return replace(p, valence=0.3)
    if "progress" not in r.text[max(sentence[0], hit[0] - 80) : hit[0]]:
        return p  # the cheap test
    after = r.after(hit[1], hit[1] + 30)
    near = bool(after) and bool(_WITH_COUNTRY.fullmatch(r.text, hit[1], after[0].start))
    return replace(p, valence=0.3) if near and _PROGRESS.search(r.text, max(sentence[0], hit[0] - 80), hit[0]) else p


# "attacked" is words ("attacked U.S. trade policy") unless what it strikes is a country's ships, forces or places
# ("Iranian gunboats attacked a Kuwaiti tanker", "attacked Iraqi positions"): then force, as "attack on" is
_ATTACKED = frozenset({"attacked"})
_STRUCK_GAP = re.compile(r"\s+(?:(?:the|an?|two|three|several|four|five)\s+)?")
FORCE = "ASSAULT", 4, -0.8  # event, quad_class and valence of "attack* on" (events.csv)


def _by_force(r: Reader, p: Pattern, hit: tuple[int, int], targets: list[Mention]) -> Pattern:
    """The pattern as read: "attacked" whose direct object is a country's ships, forces or places is an assault."""
    if p.form not in _ATTACKED or not _struck_armed(r, hit, targets):
        return p
    return replace(p, event=FORCE[0], quad_class=FORCE[1], valence=FORCE[2])


# Verbs that are force only where what they strike is a country's ships, forces or places ("Iranian gunboats hit a Kuwaiti
# tanker", "its troops captured the Libyan outpost"); with other objects they are no act between countries ("the cuts
# hit Japanese exporters", "captured a third of the U.S. market")
_FORCE_ONLY = frozenset({"hit", "sank", "captured", "struck"})


def _struck_armed(r: Reader, hit: tuple[int, int], targets: list[Mention]) -> bool:
    """Is the verb's direct object a country's ships, forces or places ("attacked two Iraqi positions")?"""
    return (
        bool(targets)
        and bool(_STRUCK_GAP.fullmatch(r.text, hit[1], targets[0].start))
        and bool(ARMED_TARGET.match(r.text, targets[-1].end))
    )


def _is_table(sentence: str) -> bool:
    """A run of figures ("Holland 201,660, Iran 182,042 ..."): a table of numbers, never a statement."""
    if len(_NUMBER.findall(sentence)) < 2:
        return False  # the cheap test: most sentences hold fewer than two numbers
    words = sentence.split()
    return len(words) >= 6 and sum(any(c.isdigit() for c in w) for w in words) > TABLE_SHARE * len(words)


def _voice_at(voices: list[Voice], pos: int) -> Voice | None:
    """The speaker's words that hold ``pos`` (the innermost when several do)."""
    inside = [v for v in voices if v.start <= pos < v.end]
    return min(inside, key=lambda v: v.end - v.start) if inside else None


_MUTUAL = frozenset({"between", "reciprocal", "joint", "pair-sides"})  # target rules whose sides act on each other
# target rules that take the one country named before that is not the actor
_ONE_BEFORE = frozenset({"antecedent", "its-antecedent", "act-antecedent", "passive-antecedent"})
_NO_ACTOR = frozenset({"none", "unowned-attack"})  # actor rules a pronoun subject or owner may fill


def _no_act(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Is the pattern no act of a country: an act blamed on another, a rejection of offers or bids (trade), or a
    restraint its exporter imposes on itself?"""
    if p.event in MATERIAL and _BLAMED.search(r.text, max(sentence[0], hit[0] - 60), hit[0]):
        return True
    if p.event == "REJECT":
        return bool(_BIDS_REJECTED.match(r.text, hit[1]))
    return p.event == "SANCTION" and bool(_SELF_IMPOSED.search(r.text, max(sentence[0], hit[0] - 40), hit[0]))


PACT = 0.3  # the valence of an agreement the two sides sign or reach with each other (events.csv "agreed to")


def _targets(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[Pattern, list, str]:
    """The pattern as read, the event's targets and their rule: the pattern's slot, else what "its" or a bare act
    points back to, else the other side of a pair subject ("The two presidents signed": each other)."""
    targets, target_rule = pattern_targets(r, p, hit, sentence)
    if not targets and target_rule == "object" and p.target == "object":
        targets, target_rule = possessive_target(r, hit, sentence), "its-antecedent"  # "rejecting its request"
        if not targets and refers_to_act(p, r.text, hit[1]):  # "Tokyo's displeasure with the penalties"
            targets, target_rule = antecedent_mentions(r, sentence), "act-antecedent"
    if not targets and (p.target == "joint" or p.event == "AGREE"):
        targets, target_rule = pair_sides(r, hit, sentence), "pair-sides"
        p = replace(p, valence=PACT) if targets and p.event == "AGREE" and not p.valence else p
    return p, targets, target_rule


def _side_actors(
    r: Reader, p: Pattern, hit: tuple[int, int], voice: Voice | None, targets: list, target_rule: str, found: tuple
) -> tuple[list, str]:
    """The actors ``found``, or the pair's sides acting on each other, or the country whose war communique reports
    the other side's forces struck with no agent ("Iran said Iraqi positions were shelled")."""
    if target_rule == "pair-sides":
        return [t.country for t in targets], "pair-sides"
    if p.event == FORCE[0] and set(found[0]) <= {None, *(t.country for t in targets)}:  # the passive's subject
        reporter = communique_actor(r, hit, voice, targets, target_rule)
        return ([reporter], "communique") if reporter else found
    return found


def _events_at(r: Reader, p: Pattern, hit: tuple[int, int], voice: Voice | None, quoted: bool) -> list[Event]:
    """The events one pattern found at ``hit`` codes (one per actor and target)."""
    sentence = r.finder.at(hit[0])
    if p.scope == "quote" and voice is None and quoted:
        return []
    if _is_table(r.text[sentence[0] : sentence[1]]):
        return []
    if _no_act(r, p, hit, sentence):
        return []
    p = _offered(r, _aid_cut(r, p, hit, sentence), hit, sentence)
    p, targets, target_rule = _targets(r, p, hit, sentence)
    if not targets:
        return []
    if p.form in _FORCE_ONLY and (target_rule != "object" or not _struck_armed(r, hit, targets)):
        return []  # "the cuts hit Japanese exporters": no force
    p = _by_force(r, p, hit, targets) if target_rule == "object" else p
    actors, actor_rule = event_actors(r, p, hit, sentence, voice, target_rule)
    if actor_rule == "speaker" and voice is not None and voice.country is None:
        # words whose "speaker" speaks for no country hold no actor of theirs: read the clause as the writer's
        # ("ties in with U.S. plans to start escorting Kuwaiti tankers", taken as words cued by "plans")
        actors, actor_rule = event_actors(r, p, hit, sentence, None, target_rule)
    actors, actor_rule = _side_actors(r, p, hit, voice, targets, target_rule, (actors, actor_rule))
    if actor_rule == "helped-pronoun":
        return []  # the act of a pronoun helped to do it, whose country this clause does not tell
    if actor_rule in _NO_ACTOR:  # "Iran said it had accused Iraq": the country "it" stands for
        found = pronoun_actor(r, hit, sentence)
        actors, actor_rule = ([found[0]], found[1]) if found else (actors, actor_rule)
    pair = pair_actors(r, hit, sentence) if actor_rule in _NO_ACTOR else []
    actors, actor_rule = (pair, "pair-antecedent") if pair else (actors, actor_rule)  # "The two countries urged"
    if actors == [None]:  # "a Senate measure urges the administration to retaliate": politics at home, no one abroad
        targets = [t for t in targets if t.kind != "home-body"]
    if target_rule == "its-antecedent" and actors == [None]:
        return []  # "its" is the one country named before other than the actor: with no actor known, no one
    if target_rule in _ONE_BEFORE:  # the one country named before that is not the actor
        targets = list({t.country: t for t in targets if t.country not in actors}.values())
        if len(targets) != 1:
            return []
    mode = event_mode(r, p, hit, sentence)
    if target_rule == "premise-owner" and mode == "hypothetical":
        mode = "asserted"  # "any Iranian attack will bring a response": the warning is made; the attack is its premise
    if target_rule == "demand-of-owner" and mode == "negated":
        mode = "asserted"  # "Japan would not bow to U.S. pressure": the yielding is negated, the pressure stands
    event = "THREATEN" if mode in ("future", "conditional") and p.event in MATERIAL else p.event
    event = "RETREAT" if mode == "lifted" else event
    source = "quote" if voice is not None else "narration"
    content = (voice.start, voice.end) if voice is not None else sentence
    if target_rule not in _MUTUAL and any(t.country in actors for t in targets):  # "both the U.S. and Japan should"
        return []
    found = [
        Event(a, t.country, p, event, mode, source, *sentence, hit, actor_rule, target_rule, content)
        for t in targets
        for a in actors
        if t.country and t.country != a
    ]
    return found + _refusals(r, found, hit, sentence) + _invitations(r, found)


# The subject refusing to yield to the pressure or demands owned by countries rejects them: "Japan had no plans to bow
# to U.K. and U.S. pressure", "Britain has decided to resist U.S. pressure".
REFUSED = Pattern("refused pressure", "REJECT", 3, -0.4, "object", "any")
_REFUSING = re.compile(
    r"\b(?:resist|resists|resisted|resisting|reject\w*|defy|defies|defied|defying|(?:not|never|no\s+plans?\s+to"
    r"|refus\w*\s+to|declin\w*\s+to|won't|wouldn't|cannot|can't)\s+(?:\w+\s+)?(?:bow|yield|give\s+in|bend|succumb"
    r"|cave\s+in)\s+to)\s+(?:the\s+)?(?:[\w.]+\s+){1,5}$",
    re.I,
)


def _refusals(r: Reader, found: list[Event], hit: tuple[int, int], sentence: tuple[int, int]) -> list[Event]:
    """For pressure or demands of their owners made of the clause's subject that the subject refuses to yield to:
    the subject's rejection of each owner."""
    if not found or found[0].target_rule != "demand-of-owner" or found[0].mode != "asserted":
        return []
    if not _REFUSING.search(r.text, max(sentence[0], hit[0] - 80), hit[0]):
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


def _invitations(r: Reader, found: list[Event]) -> list[Event]:
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


def _near_mention(r: Reader, p: Pattern, start: int, end: int) -> bool:
    """A cheap test before the sentence is split: is any country named close enough to be the slot?"""
    if (p.target == "joint" or p.event == "AGREE") and pair_subject(r.text, start):
        return True  # "The two presidents signed": the pair told of before
    if (
        p.event == FORCE[0]
        and PASSIVE_BEFORE.search(r.text, max(0, start - 30), start)
        and r.after(max(0, start - 80), start)
    ):
        return True  # "Iraqi positions were shelled": the passive's subject
    if p.target == "object":  # or a demand's owner right before it ("U.S. demands"): demand-of-owner
        return (
            bool(r.after(end, end + 90))
            or (p.event == "DEMAND" and bool(r.after(max(0, start - 40), start)))
            or refers_back(p, r.text, end)  # "opposed the move": told of in the sentence before
            or opens_relative(r.text, start)  # "a Turkish ship which Greece threatened to seize"
            or reciprocal(r.text, end)  # "Chile and Peru accused each other": the subject's countries
            or (" its " in r.text[end : end + 40] and bool(r.after(max(0, start - 200), start)))  # "rejected its bid"
            or refers_to_act(p, r.text, end)  # "displeasure with the penalties": told of in the sentence before
            or (p.form in BARE_ATTACK and after_response(r.text, start))  # "the U.S. response to the Iran attack"
        )
    if p.target == "dispute":  # "its disputes with Greece, including rights on ..., should be solved through"
        return bool(r.after(max(0, start - 200), start))
    return bool(r.after(max(0, start - 60), start)) or bool(r.after(end, end + 40))


def person_mentions(text: str, day: str) -> list[Mention]:
    """The public figures of data/people.csv as mentions of their countries: an event coder's actor dictionary
    ("Nakasone rejected", "criticized Reagan" name Japan and the United States acting and acted on)."""
    return [Mention(p.start, p.end, p.name, p.country, None, "person") for p in find_people(text, day)]


@lru_cache(maxsize=1)
def _bloc_goods() -> tuple[str, re.Pattern, list[tuple[str, str]]]:
    """data/bloc_goods.csv: a cheap substring test, a regex of demonym + goods, and each demonym's country."""
    rows = read_table("bloc_goods.csv")
    alternation = "|".join(rf"(?P<g{i}>{re.escape(r['demonym'])})(?=\s+(?:{r['goods']})\b)" for i, r in enumerate(rows))
    return (
        "|".join(r["demonym"] for r in rows),
        re.compile(rf"\b(?:{alternation})"),
        [(r["country"], r["iso3"]) for r in rows],
    )


# what an act falls on: "duties on (heavy) European exports"; not "a case covering European pasta imports"
_ACTED_ON = re.compile(r"\b(?:on|against)\s+(?:[\w-]+\s+){0,3}$")


def bloc_mentions(text: str) -> list[Mention]:
    """A bloc's adjective qualifying traded goods an act falls on ("duties on European exports"), as the bloc."""
    words, regex, countries = _bloc_goods()
    if not any(w in text for w in words.split("|")):
        return []
    out = []
    for m in regex.finditer(text):
        if not _ACTED_ON.search(text, max(0, m.start() - 50), m.start()):
            continue
        country, iso3 = countries[int(m.lastgroup[1:])]
        out.append(Mention(m.start(), m.end(), m.group(), country, iso3, "demonym"))
    return out


STATE_BODIES = frozenset({"ministry", "agency", "central_bank"})  # organisations.csv kinds that stand for their state


def body_mentions(text: str, day: str) -> list[Mention]:
    """A state's ministries, agencies and central bank as mentions of its country: what is done to them is done to it
    ("criticized the Bundesbank's rate increase", "protest a USDA move"); companies stay no country."""
    return [
        Mention(o.start, o.end, o.name, o.country, None, "body")
        for o in find_organisations(text, day, STATE_BODIES)
        if o.country
    ]


def _start(m: Mention) -> int:
    return m.start


def article_events(
    text: str,
    day: str = "",
    voices: list[Voice] | None = None,
    names: dict[str, str] | None = None,
    home: str | None = None,
) -> list[Event]:
    """Every event of one text; ``voices``: the speakers' words (None: not known, quote-only patterns read
    everywhere without an actor); ``names``: the speakers' surnames and their countries; ``home``: the dateline's
    country."""
    found = list(pattern_matches(text))  # most stories have no pattern: no need to read their names
    if not found:
        return []
    home = home if isinstance(home, str) and home else None
    named = party_mentions(text, day)  # "Anglo American Gold Investment Co chairman ... urged": business, no stance
    named += person_mentions(text, day) + bloc_mentions(text)
    named += [b for b in body_mentions(text, day) if not any(m.start < b.end and b.start < m.end for m in named)]
    homes = find_legislatures(text, home, day) + find_home_bodies(text, home, day)
    mentions = sorted(
        named + [h for h in homes if not any(m.start < h.end and h.start < m.end for m in named)], key=_start
    )
    if not mentions:
        return []
    r = Reader(text, mentions, names, day, home)
    firms = [m for m in mentions if company_not_country(r, m)]  # "a Japanese trading house said": no actor/target
    if firms:
        r = Reader(text, [m for m in mentions if m not in firms], names, day, home)
    quoted = voices is not None
    voices = sorted(voices or [], key=lambda v: v.start)
    r.voices = voices
    out, seen = [], set()
    for p, start, end in found:
        if not _near_mention(r, p, start, end):
            continue
        for ev in _events_at(r, p, (start, end), _voice_at(voices, start), quoted):
            key = (ev.actor, ev.target, ev.event, ev.start)
            if key not in seen:
                seen.add(key)
                out.append(ev)
    return list(dict.fromkeys(demanded_acts(r, out)))  # an act urged of another is its urger's demand


def voiced_events(
    text: str, day: str, voices: list[Voice], names: dict[str, str] | None, home: str | None
) -> tuple[Event, ...]:
    """:func:`article_events` with the speakers' words known: worked out once per article for both its readers
    (country_events and country_stance run one after the other on the same articles and quotes)."""
    home = home if isinstance(home, str) and home else None  # a missing dateline may come as NaN, never equal to itself
    return _voiced_events(text, day, tuple(voices), tuple(sorted(names.items())) if names else None, home)


# A memo, not state: the events are a pure function of the arguments, and the tables they read are fixed.
@lru_cache(maxsize=1024)
def _voiced_events(text: str, day: str, voices: tuple, names: tuple | None, home: str | None) -> tuple[Event, ...]:
    return tuple(article_events(text, day, list(voices), dict(names) if names else None, home))


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


def _with_actor(ev: Event) -> bool:
    return ev.actor is not None


def country_events(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per event between two countries: article_id, date, actor, target, event, polarity, evidence,
    start, end, source, rule, mode, quad_class.

    ``event`` is a PLOVER type (data/events.csv), ``polarity`` -1 (conflict) or +1 (cooperation), ``evidence``
    the sentence at text[start:end], ``source`` narration or quote, ``mode`` asserted, negated, future,
    conditional, question, lifted or hypothetical, ``quad_class`` PLOVER's quad (1 verbal and 2 material cooperation, 3 verbal and 4 material
    conflict). Pass ``extract_quotes(articles)`` as ``quotes`` to avoid extracting the quotes twice.
    """
    if quotes is None:
        from ..quotes import extract_quotes

        quotes = extract_quotes(articles)
    by_article, names = article_voices(articles, quotes), speaker_countries(quotes)
    errors = ArticleErrors("country_events")
    records = []
    published, homes = article_column(articles, "published"), article_column(articles, "dateline_country")
    for aid, text, pub, home in zip(articles["article_id"], articles["text"], published, homes):
        text = text if isinstance(text, str) else ""
        date = pd.Timestamp(pub).normalize() if day_of(pub) else pd.NaT
        voices, known = by_article.get(str(aid), []), names.get(str(aid))
        found = errors.run(aid, voiced_events, text, day_of(pub), voices, known, home)
        records += [event_record(str(aid), date, text, ev) for ev in found if _with_actor(ev)]
    return errors.finish(events_frame(records))


__all__ = [
    "EVENT_COLUMNS", "Event", "Pattern", "Voice", "article_events", "country_events", "event_patterns",
    "introduced_people",
]  # fmt: skip
