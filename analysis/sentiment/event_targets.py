"""The target of an event pattern: the slot its table row names (a demand's subject, the words evaluated, a
condition, a deadline, a request, a clause ...), else its object, a passive's subject, or an object named elsewhere
(the sentence before, a relative clause's head, a cause's owner); each with the rule that found it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.rule_tables import read_table
from .among import singled_out
from .clauses import (
    _ANAPHORIC,
    ARMED_TARGET,
    BARE_ATTACK,
    MAX_OBJECT_WORDS,
    MAX_VERBAL_OBJECT_WORDS,
    _owns_cause,
    agent_and_object,
    antecedent_mentions,
    cause_owner,
    clause_object,
    clause_subject,
    demand_owners,
    reciprocal,
    refers_back,
    relative_head,
    struck_in,
)
from .conjuncts import act_conjuncts
from .not_targets import unmeant_object
from .patterns import MATERIAL, Pattern
from .reader import Reader
from .referents import condition_country, condition_measure, premise_subject, responder
from .relations import two_countries
from .verdicts import verdict_owner

# After "must" or "should": work done together or a choice to make is advice, not a demand made of the country; nor is
# joining a body ("the U.K. should join the EMS": an invitation, as "asked to join" is no demand, request_verbs.csv).
_JOINT_WORK = re.compile(
    r"\s+(?:also\s+|now\s+|first\s+)?(?:work|cooperate|co-operate|coordinate|co-ordinate|decide|consider|avert|avoid"
    r"|negotiate|talk|resolve|settle|find|help|benefit|join|participate)\b",
    re.I,
)


_IN_PHRASE = re.compile(
    r"\b(?:to|for|in|with|on|from|by|at|into|against|towards?|within|under|among|between|across|throughout)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?$",  # "a pipeline to neighbouring Colombia should be finished"
    re.I,
)
_PRONOUN = re.compile(r"\b(?:you|we|they|it|he|she|i)\b", re.I)


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_ON_AFTER = re.compile(r"\s+(?:on|against|upon)\b", re.I)


_REDUCED_PASSIVE = re.compile(r",\s+(?:\w+ly\s+)?$")  # a participle after a comma, then "by": "Canada, backed by"
_PARTICIPLES_BY = re.compile(r"(?:,?\s+(?:and\s+)?[a-z]+ed)*\s+by\s")  # "supported, trained and armed by"


_FOR_GAP = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?")  # "aid for (the) (neighbouring) Chad"


_BY_THEN_ON = re.compile(r"\s+by\s+(?:both\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){1,5}?on\s+", re.I)  # agent, then "on"


# An attack named by its noun alone reaches its target through "on"/"against" a few words on ("an Iranian attack last
# Friday on a Kuwaiti ship"), never through "by" (its attacker: "an attack by Iranian guards") nor a bare noun phrase.
_ATTACK_GAP = re.compile(
    r"(?:\s+(?!by\b)[\w,-]+){0,3}?\s+(?:on|against|damaging|hitting|striking)\s+(?:[\w-]+\s+){0,2}", re.I
)  # "Friday's Iranian attack damaging a U.S.-flagged ship": the participle's object is the attack's
# A participle or adjective with its own preposition after "be" is a state its subject is in, not a passive: "Japan
# is disappointed with", "was angered by", "is critical of" (the subject feels it; the preposition's object is the
# target; "is opposed to": against). "was called on" keeps its passive, and a noun is no state ("there were concerns about").
_STATE_FORM = re.compile(r"(?:\w+ed|unhappy|critical|angry|upset)\s+(?:with|about|over|at|of|by|that)|opposed\s+to")


_NEAR_STOP = re.compile(r"[,;:()]|\b(?:that|which|who|said|says|after|when|while|because|but|if|of|by)\b", re.I)


def _near(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country evaluative words are about: its possessive or demonym just before, or "by"/"of" it after."""
    s, e = sentence
    before = r.before(s, hit[0])
    between = r.text[before[-1].end : hit[0]] if before else ""
    if before and len(re.findall(r"\w+", between)) <= 2 and not _NEAR_STOP.search(between):
        m = before[-1]
        if r.text[m.end : m.end + 2] in ("'s", "’s") or m.kind == "demonym":
            return [m]
    after = r.after(hit[1], e)
    if after and re.fullmatch(r"\s*(?:\w+\s+){0,2}(?:by|of|from)\s+(?:the\s+)?", r.text[hit[1] : after[0].start]):
        return [after[0]]
    if after and after[0].kind == "demonym" and len(r.text[hit[1] : after[0].start].split()) <= 1:
        return [after[0]]  # "unfair Japanese practices"
    return _acting_before(r, hit, before)


# A country acting in the clause that "in violation of" qualifies: "measures Greece has been taking in the Aegean in
# violation of international agreements"; the country, an auxiliary and a verb, few words before the pattern.
_IN_VIOLATION = re.compile(r"\bin\s+(?:clear\s+|direct\s+|flagrant\s+)?violations?\s+of\b", re.I)
_ACTS_THEN = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|ing)|[a-z]+ed)\b[^,;:]*$"
)


_GOVERNED = re.compile(r"\b(?:to|in|from|of|with|by|for|on|against|at|into)\s+(?:the\s+)?$", re.I)


def _acting_before(r: Reader, hit: tuple[int, int], before: list[Mention]) -> list[Mention]:
    """The country whose act "in violation of" qualifies: the subject of the verb a few words before it."""
    violation = _IN_VIOLATION.search(r.text, max(0, hit[0] - 20), hit[1] + 4)
    if not before or not violation or violation.end() < hit[1]:
        return []
    m = before[-1]
    gap = r.text[m.end : hit[0]]
    if _GOVERNED.search(r.text, max(0, m.start - 12), m.start):
        return []  # "exports to Chile climbed in violation of the quota": the country is no subject
    return [m] if len(gap.split()) <= 10 and m.kind != "demonym" and _ACTS_THEN.match(gap) else []


# accusations, complaints and warnings whose that-clause is what they are about ("complained to the UN that Israeli
# authorities ..."); not support ("supported the view that Bonn should": its object is a view) nor a demand ("urge
# that the EC act against Japan": made of an ally)
_THAT_EVENTS = frozenset({"ACCUSE", "DISAPPROVE", "THREATEN"})
_DEMAND_OBJECT = re.compile(
    r"\s+(?:a|the|their|its)\s+(?:\w+\s+)?(?:calls?|demands?|pressure|requests?)\s+(?:for|on)\b", re.I
)
_THAT_AFTER = re.compile(r"(?:\s+(?!that\b)[\w.'’-]+){0,6}?\s+that\s+")  # words (no comma) then "that"


_VERB_OBJECT = re.compile(r"\s+(?:the\s+)?")  # "pressure (the) Cairo to": the verb and its object
_JOINED_ACT_EVENTS = frozenset({"REJECT", "SUPPORT", "ACCUSE", "DISAPPROVE", "PROTEST"})  # stances toward an act


_RATE = re.compile(
    r"\s+(?:(?:up\s+to|about|around|some|nearly|almost|over|as\s+(?:much|high|many)\s+as|more\s+than|at\s+least)\s+)?"
    r"(?:\d|[$£]|one\b|two\b|ten\b)",
    re.I,
)  # "tariffs of as much as 300 mln dlrs on Japanese exports": a rate or amount, its target after "on"
# A bare attack (clauses.BARE_ATTACK) ... or the verb, with its direct object: "started to attack Kuwaiti-connected
# vessels", "would attack the Iranian"
_VERB_ATTACK = re.compile(r"\b(?:to|would|will|could|might|did)\s+$")


# A bare definite act or plan opening a passive sentence ("The proposal was backed by Britain."): the one the sentence
# before told of, as _THE_MOVE's object is; also before a participle ("The proposal, strongly backed by Britain,").
_MOVE_OPENS = re.compile(
    r"\s*(?:The|This|That)\s+(?:\w+\s+)?(?:move|bill|scheme|plan|proposal|request|measure|idea|offer)"
)
_MOVE_SUBJECT = re.compile(
    r"\s*(?:The|This|That)\s+(?:\w+\s+)?(?:move|moves|bill|bills|scheme|plan|plans|proposal|proposals|request|measure"
    r"|measures|decision|idea|offer|step|action)\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?"
)


@lru_cache(maxsize=1)
def _request_to() -> re.Pattern:
    """ "to" and a verb of data/request_verbs.csv, a few words after the country asked ("Tokyo | to remove")."""
    verbs = "|".join(sorted((r["verb"].strip() for r in read_table("request_verbs.csv")), key=len, reverse=True))
    return re.compile(rf"(?:\s+[\w.'’-]+){{0,3}}?\s+to\s+(?:{verbs})\b", re.I)


def _request_verb(text: str, end: int) -> bool:
    """Is the country asked followed by "to" and a verb of stopping, undoing or opening?"""
    return bool(_request_to().match(text, end))


_DISPUTE_WITH = re.compile(r"\b(?:disputes?|differences|row|quarrel|conflict|frictions?)\s+with\s+(?:the\s+)?$", re.I)


def disputed_with(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country a dispute is with, named before the pattern in its sentence ("its disputes with Greece")."""
    for m in reversed(r.before(sentence[0], hit[0])):
        if _DISPUTE_WITH.search(r.text, max(sentence[0], m.start - 40), m.start):
            return [m]
    return []


_TIME_LIMIT = re.compile(r"\s+(?:until\b|(?:[\w-]+\s+){0,2}?(?:days|weeks|months)\s+to\b)")  # "Japan | six weeks to"
_FINITE_AFTER = re.compile(r"\s+(?:has|had|have|is|was|were|are|would|will|did|does)\b")  # "charges Japan has"
# A country acting as its clause's subject: its government's word, then a verb or an auxiliary ("Pakistan took",
# "the United States might ignore"); not a noun it qualifies ("U.S. interest rates could rise"), nor a state it is in
# or a fate that befalls it ("Japan was not involved", "the EC could come under pressure", "Volcker will not be")
_ACTING_AFTER = re.compile(
    r"(?:\s+(?:government|administration|authorities|officials|leaders))?(?:\s+\w+ly)?\s+(?:(?:has|had|have|would|will"
    r"|could|might|may|did|does|do|should|must|can|cannot|won't|wouldn't)(?:\s+not)?(?:\s+\w+ly)?\s+"
    r"(?!not\b|be\b|been\b|come\b|face\b|suffer\b|lose\b|get\b|have\s+to\b)[a-z]+|(?!need)[a-z]+ed|took|made|gave|kept|put"
    r"|set|sold|sought|brought|told|meant)\b"
)
# A country's act or claim as the clause's subject, then "is"/"was": "the U.S. decision was", "Reagan's decision is"
_OWNED_SUBJECT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:decision|decisions|action|actions|move|measures?|policy|policies|sanctions|tariffs"
    r"|claims?|charges?|allegations?|figures|case|report|assessment|position)\s+(?:(?:is|was|were|are|has|had|have|been"
    r"|\w+ly)\s+)+",
    re.I,
)


# Before a noun of criticism with its agent after "by" and no "of": the clause's subject undergoes it ("has been the
# target of considerable criticism by", "came under criticism by").
_UNDERGONE = re.compile(r"\b(?:(?:the|a)\s+(?:target|object|subject)\s+of|under)\s+(?:[a-z]+\s+){0,2}$")


_APPOSED_THING = re.compile(r"(?:['’]s(?:\s+[a-z]+){1,4})?\s*,\s+$")


def _apposed_owner(r: Reader, start: int, floor: int) -> list[Mention]:
    """The country (or its thing: "West Germany's current account surplus") that a noun phrase in apposition right
    before ``start`` describes ("..., the target of criticism by")."""
    before = r.before(floor, start)
    return before[-1:] if before and _APPOSED_THING.fullmatch(r.text, before[-1].end, start) else []


_BARE_SUBJECT = re.compile(r"\s+(?:(?:has|have|had|also|strongly|\w+ly)\s+)*")


def _country_subject(r: Reader, start: int, floor: int) -> bool:
    """Is a country itself the subject right before ``start`` ("The U.S. opposed"), not a noun it qualifies ("Hong Kong
    houses welcomed": firms)?"""
    before = r.before(floor, start)
    return bool(before) and bool(_BARE_SUBJECT.fullmatch(r.text, before[-1].end, start))


# Between a country and "must"/"should"/"failed to": nothing, its government's word, an auxiliary, an adverb, or a
# word for what a state acts through ("Japan itself must", "Japan has failed to", "the Taiwan currency should")
_DEMANDED_OF_COUNTRY = re.compile(
    r"\)?(?:['’]s)?(?:\s+(?:government|administration|authorities|officials|leaders|leadership|itself|too|also|now|still"
    r"|has|have|had|is|are|was|were|will|would|been|be|countries|states|nations|members|partners|allies"
    r"|currency|currencies|market|markets|tariffs|barriers"
    r"|therefore|then|really|first|alone|\w+ly)\b)*\s*",
    re.I,
)
_OWNED_BEFORE = re.compile(r"[A-Z][\w&.-]*['’]s\s+$")  # "Heineken's Spanish activities": owned by a name


def _demand_subject(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country a speaker says "must"/"should" act, where it is one ("Japan must open")."""
    found = [m for m in clause_subject(r, hit[0], sentence[0], 1) if m.kind != "body"]  # a bank that "must": a view
    if found and _IN_PHRASE.search(r.text, max(sentence[0], found[-1].start - 20), found[-1].start):
        return []  # "our loans to India should be modest": the loans, not India
    if _JOINT_WORK.match(r.text, hit[1]):
        return []  # "the U.S. and Japan must work to avert ...": advice, no demand
    if found and found[-1].kind == "demonym" and _OWNED_BEFORE.search(r.text, sentence[0], found[-1].start):
        return []  # "Heineken's Spanish activities should start yielding": a firm's unit
    if found and not _DEMANDED_OF_COUNTRY.fullmatch(r.text, max(m.end for m in found), hit[0]):
        return []  # "the Canadian and Israeli pacts should serve", "the U.S. economy should": the noun is asked
    return [] if found and _PRONOUN.search(r.text, found[0].end, hit[0]) else found


def _joint_subject(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The two countries of a joint act's subject, where the sentence names no third: "Japan and West Germany agreed
    to take steps and the United States agreed to cut its deficit" is each one's pledge to a third, not a pact."""
    found = clause_subject(r, hit[0], sentence[0])
    sides = {m.country for m in found}
    named = {m.country for m in r.after(sentence[0], sentence[1])}
    return found if len(sides) == 2 and named <= sides else []


# A country, then a relative clause on what it owns: the pattern inside the clause ("Kuwait, whose shipping has come
# under attack by"), or right after the clause's closing comma ("Kuwait, whose shipping ..., has the support of").
_WHOSE_INSIDE = re.compile(r",\s+whose\s+[^,;:()]*")
_WHOSE_THEN = re.compile(r",\s+whose\s+[^,;:()]*,\s+(?:has|have|had|is|was|also|\w+ly|\s)*")


def _whose_head(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country a "whose" clause is about, where the pattern is in that clause or right after it."""
    if "whose" not in r.text[sentence[0] : hit[0]]:
        return []  # the cheap test
    for m in reversed(r.before(sentence[0], hit[0])):
        gap = r.text[m.end : hit[0]]
        if _WHOSE_INSIDE.fullmatch(gap) or _WHOSE_THEN.fullmatch(gap):
            return [] if m.kind == "demonym" else [m]
    return []


def _slot_targets(
    r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[Mention], str] | None:
    """The targets of a pattern whose table row names a slot other than the object (None for an object pattern)."""
    if p.target == "subject":
        return _demand_subject(r, hit, sentence), "subject-of-demand"
    if p.target == "near":
        return _near(r, hit, sentence), "evaluated"
    if p.target == "undergoer":  # "Japan has come under growing criticism from the U.S.": done to the subject
        found = clause_subject(r, hit[0], sentence[0])
        return (found, "undergoer-subject") if found else (_whose_head(r, hit, sentence), "whose-head")
    if p.target == "condition":  # "retaliation if America went ahead": aimed at the condition's subject, or none
        return _condition(r, hit, sentence)
    if p.target == "between":  # "clashes between Iran and Iraq": two sides, each the other's target
        found = clause_object(r, hit[1], sentence[1], 1)
        if len({m.country for m in found}) != 2:  # "between the two countries": the two named just before
            return two_countries(r, hit, sentence), "two-countries"
        return found, "between"
    if p.target == "joint":  # "Baker and Stoltenberg agreed to pursue the policies": two sides agree with each other
        return _joint_subject(r, hit, sentence), "joint"
    if p.target == "deadline":  # "has given Japan six weeks to open its market": an ultimatum
        found = clause_object(r, hit[1], sentence[1], 1)
        return (found if found and _TIME_LIMIT.match(r.text, found[-1].end) else []), "given-deadline"
    if p.target == "request":  # "asked Tokyo to remove its quotas": a request to stop or undo is a demand
        found = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS)
        return (found if found and _request_verb(r.text, found[-1].end) else []), "requested"
    if p.target == "clause":  # "warned that Japan would face ...": the that-clause's subject
        found = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS)
        if found and not p.form.endswith(" that") and not _FINITE_AFTER.match(r.text, found[-1].end):
            return [], "clause-subject"  # "charges" without "that": a clause only where a verb follows its subject
        return found, "clause-subject"
    if p.target == "premise":  # "any U.S. interference would meet a strong response": whose act the premise is
        return premise_subject(r, hit, sentence), "premise-owner"
    if p.target == "agent-of":  # "criticism by Baker of West German monetary policy": what comes after "of"
        found = agent_and_object(r, hit, sentence)[1]
        undergone = None if found else r.head_search(_UNDERGONE, hit, sentence, 50)
        if undergone:  # "West Germany has been the target of criticism by the administration": the subject
            return clause_subject(r, undergone.start(), sentence[0]) or _apposed_owner(
                r, undergone.start(), sentence[0]
            ), ("undergoer-subject")
        return found, "of-object"
    if p.target == "owner":  # "the U.S. decision was based on incorrect data": the country whose decision it is
        found = clause_subject(r, hit[0], sentence[0], 4)
        return (found if found and _OWNED_SUBJECT.fullmatch(r.text, found[-1].end, hit[0]) else []), "subject-owner"
    if p.target == "dispute":  # "its disputes with Greece ... should be solved through negotiations"
        return disputed_with(r, hit, sentence), "disputed-with"
    if p.target == "verdict":  # "Japan's response was disappointing": the country whose act is judged
        return verdict_owner(r, hit, sentence), "verdict-owner"
    if p.target == "feeling":  # "disappointed that Pakistan took such action": the country that acts in the clause
        found = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS)
        return (found if found and _ACTING_AFTER.match(r.text, found[-1].end) else []), "feeling-clause-subject"
    return None


def _object_elsewhere(
    r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[Mention], str]:
    """An object pattern with no country after it: the object named elsewhere in the sentence or the one before."""
    named = singled_out(r, hit, sentence)
    if named:  # "urged others to follow suit, notably Japan": the country singled out of the group
        return named, "singled-out"
    if refers_back(p, r.text, hit[1]) and _country_subject(r, hit[0], sentence[0]):
        return antecedent_mentions(r, sentence), "antecedent"
    head = relative_head(r, hit, sentence)
    if head:  # "a Turkish ship which Greece had threatened to tackle": the relative clause's head is its object
        return head, "relative-head"
    that = _THAT_AFTER.match(r.text, hit[1]) if p.event in _THAT_EVENTS else None
    if that:  # "charged during the debate that Canada was ...": the that-clause a few words on
        found = clause_object(r, that.end(), sentence[1], MAX_VERBAL_OBJECT_WORDS)
        if found:
            return found, "that-clause"
    if p.event in MATERIAL:  # "imposed the tariffs because of Japan's failure": aimed at its cause's owner
        found = cause_owner(r, hit, sentence)
        if found:
            return found, "cause-owner"
    if p.event == "THREATEN":
        return _condition(r, hit, sentence)
    if p.form in BARE_ATTACK:  # "the U.S. response to Friday's Iran attack": an attack on the responder
        return responder(r, hit, sentence), "responder"
    owners = demand_owners(r, hit)
    if owners:  # "West Germany had taken steps to meet U.S. demands": the clause's subject is asked
        return clause_subject(r, owners[0].start, sentence[0], MAX_OBJECT_WORDS), "demand-of-owner"
    return [], "object"


def pattern_targets(
    r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[Mention], str]:
    """The event's target countries, and the rule that found them."""
    slot = _slot_targets(r, p, hit, sentence)
    if slot is not None:
        return slot
    if p.form.startswith("blame"):  # "(the attack,) blamed by the Americans and Kuwaitis on Iran": who is blamed
        on = _BY_THEN_ON.match(r.text, hit[1], sentence[1])
        if on:
            return clause_object(r, on.end(), sentence[1], 1), "passive-object"
    reduced = r.head_search(_REDUCED_PASSIVE, hit, sentence, 20)
    if reduced and _PARTICIPLES_BY.match(r.text, hit[1]) and p.form.endswith("ed"):
        if p.event in _ANAPHORIC and _MOVE_OPENS.fullmatch(r.text, sentence[0], reduced.start()):
            return antecedent_mentions(r, sentence), "passive-antecedent"  # "The proposal, backed by Britain,"
        return clause_subject(r, reduced.start(), sentence[0]), "passive-subject"  # "Canada, backed by Australia,"
    if (
        r.head_search(_PASSIVE, hit, sentence, 30)
        and not p.form.split()[0].endswith("ing")
        and not _STATE_FORM.fullmatch(p.form)
    ):
        if _ON_AFTER.match(r.text, hit[1]):  # "U.S. tariffs to be imposed on Japanese goods": what it is done to
            return clause_object(r, hit[1], sentence[1]), "passive-object"
        found = clause_subject(r, hit[0], sentence[0])
        if not found and p.event in _ANAPHORIC and _MOVE_SUBJECT.fullmatch(r.text, sentence[0], hit[0]):
            return antecedent_mentions(r, sentence), "passive-antecedent"  # "The plan was backed by Britain."
        return found, "passive-subject"  # "has been pressing" is no passive
    if reciprocal(r.text, hit[1]):  # "The U.S. and Brazil blamed one another": each the other's target
        found = clause_subject(r, hit[0], sentence[0])
        return (found if len({m.country for m in found}) == 2 else []), "reciprocal"
    verbal = p.event not in MATERIAL and p.quad_class != 4 and " " not in p.form
    if p.event == "SANCTION" and p.form.endswith(" of") and not _RATE.match(r.text, hit[1]):
        return [], "object"  # "a duty of 85 cents a bushel on U.S. corn": its rate; not "the duties of Spain"
    if p.valence > 0 and _DEMAND_OBJECT.match(r.text, hit[1]):
        return [], "object"  # "supported a call for Japan to boost its spending": backing a demand made of Japan
    found = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS if verbal else MAX_OBJECT_WORDS)
    if found and unmeant_object(r.text, p.event, hit[1], found):
        return [], "object"  # "threatened to emulate Brazil's moratorium", "urged Canada to keep the heat on ..."
    if found and p.form in BARE_ATTACK and not _ATTACK_GAP.fullmatch(r.text, hit[1], found[0].start):
        if not (
            _VERB_ATTACK.search(r.text, max(0, hit[0] - 10), hit[0])
            and _VERB_OBJECT.fullmatch(r.text, hit[1], found[0].start)
            and ARMED_TARGET.match(r.text, found[0].end)
        ):
            return responder(r, hit, sentence), "responder"  # "an attack by Iranian guards": the attacker, no target
    if found and p.form == "pressure" and not _VERB_OBJECT.fullmatch(r.text, hit[1], found[0].start):
        found = []  # "feel more pressure to address U.S. complaints": the noun's object is its owner's ("U.S. pressure")
    aid_for = found and p.event == "AID" and p.form.endswith(" for")
    if aid_for and not _FOR_GAP.fullmatch(r.text, hit[1], found[0].start):
        return [], "object"  # "sought aid for its farmers from the U.S.": the donor; aid "for" goes to who comes next
    if found and p.event in MATERIAL and p.form.endswith(" for") and not _owns_cause(r, hit[1], found[0]):
        return [], "object"  # "in retaliation for an attack on a U.S. tanker": the victim, not who is retaliated on
    joined = act_conjuncts(r, found[0], sentence) if found and p.event in _JOINED_ACT_EVENTS else []
    if joined:  # "oppose the Canadian decision ..., and a proposal by the European Community": both acts' owners
        return found + joined, "act-conjunct"
    if found or p.target != "object":
        return found, "object"
    if p.event == "ASSAULT" and " " not in p.form and p.form not in BARE_ATTACK:  # "bombed targets in Iran"
        return struck_in(r, hit, sentence), "struck-in"
    return _object_elsewhere(r, p, hit, sentence)


_OWN_IF = re.compile(r"\s(?:if|unless)$", re.I)
# A stock condition that names no one, then the act's own object: "powers to retaliate if decided necessary against
# Japanese banking", "retaliate, if need be, against Japan".
_STOCK_CONDITION = re.compile(
    r",?\s+if\s+(?:(?:it\s+is\s+|deemed\s+|decided\s+|judged\s+|considered\s+)?necessary|need\s+be|needed"
    r"|required|appropriate|warranted),?(?=\s+against\b)",
    re.I,
)


def _condition(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[list[Mention], str]:
    """A threat's condition: the country opening it, else the doer of a passive one ("if the tax is approved by")."""
    own_if = _OWN_IF.search(r.text, hit[0], hit[1])
    hit = (hit[0], own_if.start()) if own_if else hit  # "retaliatory measures if": the pattern names its "if"
    found, rule = condition_country(r, hit[1], sentence[1])
    if found:
        return found, rule
    stock = _STOCK_CONDITION.match(r.text, hit[1], sentence[1])
    if stock:
        return clause_object(r, stock.end(), sentence[1]), "object-after-condition"
    return condition_measure(r, hit, sentence), "condition-measure"
