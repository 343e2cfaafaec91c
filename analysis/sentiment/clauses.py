"""The clause around an event pattern: its object, its subject, the country evaluative words are about.

Offsets into one article's text; the article's country mentions (and its public figures) are read through a
:class:`reader.Reader`. Heuristics of English news writing, not a parse: a clause ends at a comma, a conjunction or a
new subject, and a subject is the country right before the verb with auxiliaries, adverbs, an apposition or the
inside of a proper name between.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.rule_tables import read_table
from .patterns import MATERIAL, Pattern
from .reader import Reader
from .referents import condition_subject, premise_subject, responder

MAX_OBJECT_WORDS = 8  # "imposed 100 pct tariffs on 300 mln dlrs of Japanese goods": the country 6 words on
MAX_VERBAL_OBJECT_WORDS = 3  # a verb's direct object: "urged the Japanese government", "rejected the U.S. request"
MAX_SUBJECT_WORDS = 7  # "The United States on Friday formally imposed": words between subject and pattern
# Parts of a subject's proper name that hold a subject stop: an abbreviation in brackets ("European Community (EC)"),
# an "of" after a capitalised word and before another ("Department of Agriculture", not "officials of the").
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z.]{1,7}\)")
# An apposition, a participle clause or a relative "who" between a subject and its verb: "Thailand, a major rice
# exporter, has criticised", "a senior U.S. official, who warned that".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|one|its|[a-z]+ing)\s[^,;:()\"“”]{1,50},(?=\s)|,\s+who(?=\s)"
    r"|,\s+(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,(?=\s)"  # a name: "the Iranian speaker, Ali Akbar Rafsanjani, warned"
)  # also a participle clause: "The U.S. Government, trying to stem protectionist pressure at home, has called on"
_NAME_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?=[A-Z])")
# "and has accused", "but had warned": a verb joined to an earlier one, whose subject is that verb's, not the
# country named between them ("the Soviet Union has said its missions in the United States are watched and has
# accused Washington")
_JOINED_VERB = re.compile(r"\b(?:and|but)\s+(?:also\s+)?(?:has|have|had)\s+(?:\w+ly\s+)?$", re.I)


def _name_parts(between: str) -> str:
    """The words between a subject and its verb, with the inside of proper names taken out."""
    return _APPOSITION.sub(" ", _NAME_OF.sub(r"\1 ", _ABBREVIATION.sub("", between)))


# After "must" or "should": work done together or a choice to make is advice, not a demand made of the country.
_JOINT_WORK = re.compile(
    r"\s+(?:also\s+|now\s+|first\s+)?(?:work|cooperate|co-operate|coordinate|co-ordinate|decide|consider|avert|avoid"
    r"|negotiate|talk|resolve|settle|find|help|benefit)\b",
    re.I,
)
_BASED = re.compile(r"-based\b")  # where something is based, not whose it is
# What ends the words searched for an object: a clause break (not the full stop of "U.S." or "Mr."), or a new clause's
# subject.
_OBJECT_STOP = re.compile(
    r"[;:!?()]|(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.|,[\"”]?\s|\s(?:and|or|but|that|which|who|after|before|while|because|since|when|if|unless"
    r"|although|though|said|says|saying)\b"
    r"|(?<!much)(?<!many)\sas\b(?!\s+(?:much|many)\s+as\b)",  # "as", but not "on as much as 300 mln dlrs of"
)
SUBJECT_STOP = re.compile(
    r"[,;:\"“”()]|\b(?:that|which|who|said|says|after|when|while|because|but|if|of|by|with|in\s+an?)\b|\b(?:and|or)\s*$"
    r"|\b(?:and|or)\s+\d"  # "50 mln dlrs to states neighbouring South Africa and 50 mln dlrs in aid for": a list item
    r"|-$",
    re.I,
)
_INFINITIVE = re.compile(r"\s*\S+.*?(\s+to\s+)(?=[a-z])")  # "to" + verb after the object's first word
_POSSESSIVE = re.compile(r"\w['’]s?\s")
_IMPORTER = re.compile(r"\s+imports\s+of\b", re.I)


@lru_cache(maxsize=1)
def _non_state() -> re.Pattern:
    """Right after a country: a noun of data/non_state_nouns.csv, with up to two words between."""
    nouns = "|".join(r["noun"].strip() for r in read_table("non_state_nouns.csv"))
    return re.compile(rf"""(?:\s+["'“]?[\w-]+["'”]?){{0,2}}?\s+["'“]?(?:{nouns})\b""", re.I)


_PERSONAL_EVENT = re.compile(r"['’]s\s+(?:\w+\s+)?(?:departure|death|resignation|retirement|illness|funeral|health)\b")
_OWNED = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?$", re.I)
_IN_PHRASE = re.compile(
    r"\b(?:to|for|in|with|on|from|by|at|into|against|towards?|within|under|among|between|across|throughout)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?$",  # "a pipeline to neighbouring Colombia should be finished"
    re.I,
)
_PRONOUN = re.compile(r"\b(?:you|we|they|it|he|she|i)\b", re.I)
_LOCATION = re.compile(r"\b(?:in|at|near|off)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.I)  # "rebels in (northern) Iraq"
_NEAR_STOP = re.compile(r"[,;:()]|\b(?:that|which|who|said|says|after|when|while|because|but|if|of|by)\b", re.I)
_LIST_END = re.compile(r"\b(?:and|or)\b", re.I)
_JOIN = re.compile(r"(?:['’]s)?\s*(?:,|and|or)\s*(?:the\s+)?", re.I)
# "concern about protectionist sentiment in the United States": a country's protectionism is its own, not a place
_PROTECTIONISM_IN = re.compile(
    r"\bprotectionis\w*(?:\s+(?:sentiment|mood|pressures?|measures|policies))?\s+in\s+(?:the\s+)?$", re.I
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_ON_AFTER = re.compile(r"\s+(?:on|against|upon)\b", re.I)
_NAME_OPENS = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")  # the comma and first names before a surname
_MODIFIER_AFTER = re.compile(r"-|\s+[a-z]")  # a country naming a noun after it: "U.S.-led", "Iraqi air attacks"
_REDUCED_PASSIVE = re.compile(r",\s+(?:\w+ly\s+)?$")  # a participle after a comma, then "by": "Canada, backed by"
_PARTICIPLES_BY = re.compile(r"(?:,?\s+(?:and\s+)?[a-z]+ed)*\s+by\s")  # "supported, trained and armed by"
# What an act is "for" is the target's own deed: its possessive or demonym ("in retaliation for Japan's failure",
# "for what he called Japan's failure", "for the Iranian attack"), no "on"/"against" between.
_CAUSE_GAP = re.compile(r"(?:\s+(?!on\b|against\b)[\w,-]+){0,5}\s+")


def _owns_cause(r: Reader, end: int, m: Mention) -> bool:
    """Is ``m`` the owner of the deed an act is "for" (possessive or demonym, no "on"/"against" before it)?"""
    owner = m.kind == "demonym" or r.text[m.end : m.end + 2] in ("'s", "’s")
    return owner and bool(_CAUSE_GAP.fullmatch(r.text, end, m.start))


# A material act's stated cause a few words on, with no "on"/"against" between: "imposed the tariffs because of
# Japan's alleged failure", "announced the duties to retaliate for Japan's failure".
_CAUSE_AFTER = re.compile(
    r"(?:\s+(?!on\b|against\b)[\w-]+){0,6}?\s+(?:because\s+of|in\s+retaliation\s+for|to\s+retaliate\s+for"
    r"|as\s+(?:a\s+)?(?:punishment|reprisal)\s+for)\b",
    re.I,
)


def cause_owner(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country whose deed a material act is done because of (its possessive or demonym), if the sentence says."""
    cause = _CAUSE_AFTER.match(r.text, hit[1], sentence[1])
    found = r.after(cause.end(), sentence[1]) if cause else []
    return found[:1] if found and _owns_cause(r, cause.end(), found[0]) else []


_FOR_GAP = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?")  # "aid for (the) (neighbouring) Chad"
AGENT = re.compile(r"\s*by\s+(?:both\s+)?(?:the\s+)?$", re.I)
_BY_THEN_ON = re.compile(r"\s+by\s+(?:both\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){1,5}?on\s+", re.I)  # agent, then "on"
# "(tankers) attacked in the Gulf by Iranian gunboats": a participle whose place or time comes before its agent
_AGENT_AFTER_SETTING = re.compile(
    r"\s+(?:in|at|near|off|during|on|last|this|early|late)\s+(?:the\s+)?(?:(?!(?:the|a|an)\s)[\w.-]+\s+){0,2}"
    r"by\s+(?:the\s+)?",
    re.I,
)  # not "welcomed on Monday the reaffirmation by the U.S.": an object follows the setting
# An attack named by its noun alone reaches its target through "on"/"against" a few words on ("an Iranian attack last
# Friday on a Kuwaiti ship"), never through "by" (its attacker: "an attack by Iranian guards") nor a bare noun phrase.
_ATTACK_GAP = re.compile(
    r"(?:\s+(?!by\b)[\w,-]+){0,3}?\s+(?:on|against|damaging|hitting|striking)\s+(?:[\w-]+\s+){0,2}", re.I
)  # "Friday's Iranian attack damaging a U.S.-flagged ship": the participle's object is the attack's
# A participle or adjective with its own preposition after "be" is a state its subject is in, not a passive: "Japan
# is disappointed with", "was angered by", "is critical of" (the subject feels it; the preposition's object is the
# target). "was called on" keeps its passive, and a noun is no state ("there were concerns about").
_STATE_FORM = re.compile(r"(?:\w+ed|unhappy|critical|angry)\s+(?:with|about|over|at|of|by|that)")


def clause_object(r: Reader, end: int, limit: int, max_words: int = MAX_OBJECT_WORDS) -> list[Mention]:
    """The country first named after ``end`` in its clause (with those joined to it by "and" or a comma)."""
    stop = _OBJECT_STOP.search(r.text, end, limit)
    limit = stop.start() if stop else limit
    infinitive = _INFINITIVE.search(r.text, end, limit)  # "urged the world community | to help ..."
    limit = infinitive.start(1) if infinitive else limit
    found = [m for m in r.after(end, limit) if not _BASED.match(r.text, m.end)]  # "British-based U.S. planes"
    if not found:
        return []
    words = len(r.text[end : found[0].start].split())
    if words > max_words and not (words <= MAX_OBJECT_WORDS - 2 and _OWNED.search(r.text, end, found[0].start)):
        return []  # a verb's object is its first noun phrase, with "by"/"of" its owner ("comments made by Japan")
    if r.text[max(0, found[0].start - 5) : found[0].start].lower().endswith("anti-"):
        return []  # "supported anti-Baghdad guerrillas": against the country, not for it
    if AGENT.fullmatch(r.text[end : found[0].start]):  # "imposed by the U.S.": the agent, not the target
        return []
    if r.text.endswith("ed", 0, end) and _AGENT_AFTER_SETTING.fullmatch(r.text, end, found[0].start):
        return []
    if (
        found[0].kind != "demonym"
        and _LOCATION.search(r.text, end, found[0].start)
        and not _PROTECTIONISM_IN.search(r.text, end, found[0].start)
    ):
        return []  # a place the act happens in, not its target; "300 mln dlrs in Japanese goods" is the target
    if _POSSESSIVE.search(r.text, end, found[0].start):  # "against the government's EC policies": another's thing
        return []
    if found[0].kind == "demonym" and _IMPORTER.match(r.text, found[0].end):
        return []  # "curbs on American imports of their products": America imports them; it is no target
    if found[0].kind in ("demonym", "short") and _non_state().match(r.text, found[0].end):
        return []  # "cooperate with Canadian firm Cercast", "aid to the Nicaraguan contra rebels": not the country
    if found[0].kind == "person" and _PERSONAL_EVENT.match(r.text, found[0].end):
        return []  # "regret over Volcker's departure": sympathy with a person, no stance toward a country
    out = [found[0]]
    for m in r.after(found[0].end, limit + 80):
        if not _JOIN.fullmatch(r.text[out[-1].end : m.start]):
            break
        out.append(m)
    return out


def clause_subject(r: Reader, start: int, floor: int, max_words: int = MAX_SUBJECT_WORDS) -> list[Mention]:
    """The country right before ``start`` in its clause (with those joined to it by "and" or a comma)."""
    before = r.before(floor, start)
    if not before:
        return []
    last = before[-1]
    between = _name_parts(r.text[last.end : start])  # "European Community (EC)", "Department of Agriculture"
    if r.text[last.start - 1 : last.start] == "(" and between.startswith(")"):
        between = between[1:]  # the abbreviation itself: "... (EC) has warned"
    if (
        last.kind == "person"
        and between.strip() == ","
        and _NAME_OPENS.search(r.text, max(0, last.start - 40), last.start)
    ):
        return [last]  # a person named in apposition to the subject: "the Iranian speaker, Ali Rafsanjani, warned"
    if SUBJECT_STOP.search(between) or len(between.split()) > max_words:
        return []
    if " " in between.strip() and _JOINED_VERB.search(between):
        return []  # the subject of the first verb (actors.shared-subject)
    if _LOCATION.search(r.text, max(0, last.start - 20), last.start) and not _MODIFIER_AFTER.match(r.text, last.end):
        return []  # "the head of its department in London, accused by": a place; not "in Iraqi air attacks on"
    out = [last]
    for m in reversed(before[:-1]):
        if not _JOIN.fullmatch(r.text[m.end : out[-1].start]) or _LOCATION.search(
            r.text, max(0, m.start - 20), m.start
        ):
            break  # "Soviet troops in Afghanistan, Moscow's support for": a place in a list, no subject
        out.append(m)
    if len(out) > 1 and not any(_LIST_END.search(r.text, a.end, b.start) for b, a in zip(out, out[1:])):
        return [last]  # "after meeting President Aquino, Shultz endorsed": an opener's end; a list has "and"
    return out


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
    return []


# accusations, complaints and warnings whose that-clause is what they are about ("complained to the UN that Israeli
# authorities ..."); not support ("supported the view that Bonn should": its object is a view) nor a demand ("urge
# that the EC act against Japan": made of an ally)
_THAT_EVENTS = frozenset({"ACCUSE", "DISAPPROVE", "THREATEN"})
_DEMAND_OBJECT = re.compile(
    r"\s+(?:a|the|their|its)\s+(?:\w+\s+)?(?:calls?|demands?|pressure|requests?)\s+(?:for|on)\b", re.I
)
_THAT_AFTER = re.compile(r"(?:\s+(?!that\b)[\w.'’-]+){0,6}?\s+that\s+")  # words (no comma) then "that"


HOME_KINDS = frozenset({"legislature", "home-body"})  # bodies named without their nation (text/legislatures.py)
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+$")


def demand_owners(r: Reader, hit: tuple[int, int]) -> list[Mention]:
    """The countries owning a demand named as a noun ("U.S. demands", "Washington's demands", "American pressure",
    "U.K. and U.S. pressure")."""
    if not r.text[hit[0] : hit[1]].lower().startswith(("demands", "pressure")):
        return []
    before = r.before(max(0, hit[0] - 60), hit[0])
    if not before or not _OWNER_GAP.fullmatch(r.text, before[-1].end, hit[0]) or before[-1].kind in HOME_KINDS:
        return []
    out = [before[-1]]
    for m in reversed(before[:-1]):  # "U.K. and U.S. pressure": both own it
        if m.kind in HOME_KINDS or not _JOIN.fullmatch(r.text[m.end : out[-1].start]):
            break
        out.append(m)
    return out[::-1]


_RECIPROCAL = re.compile(r"\s+(?:of\s+)?(?:one\s+another|each\s+other)\b", re.I)


def reciprocal(text: str, end: int) -> bool:
    """Does "one another" or "each other" follow the pattern ("blamed one another")?"""
    return bool(_RECIPROCAL.match(text, end))


_VERB_OBJECT = re.compile(r"\s+(?:the\s+)?")  # "pressure (the) Cairo to": the verb and its object
BARE_ATTACK = frozenset({"attack", "attacks"})  # the noun without its preposition (events.csv)
_RATE = re.compile(r"\s+(?:(?:up\s+to|about|around|some|nearly|almost|over)\s+)?(?:\d|[$£]|one\b|two\b|ten\b)", re.I)
# ... or the verb, with its direct object: "started to attack Kuwaiti-connected vessels", "would attack the Iranian"
_VERB_ATTACK = re.compile(r"\b(?:to|would|will|could|might|did)\s+$")
# what is attacked by force (not "attack U.S. farm programs": words): ships, forces, places
ARMED_TARGET = re.compile(
    r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:ships?|vessels?|tankers?|shipping|targets?|positions?|troops|forces|bases?"
    r"|installations?|platforms?|cities|towns?|territory|lines|ports?|oil\s+fields?)\b"
)
# "The U.S. opposed the move.": an act or a plan named by a bare definite noun is the one the sentence before told of;
# its country is the target (events: the one country of that sentence other than the actor). Not where the noun
# goes on to say whose or what it is ("the plan to cut", "the move by Japan": its own words name it).
_ANAPHORIC = frozenset({"REJECT", "ACCUSE", "DISAPPROVE", "PROTEST", "SUPPORT"})
_THE_MOVE = re.compile(
    r"\s+the\s+(?:\w+\s+)?(?:move|moves|bill|bills|scheme|plan|plans|proposal|proposals|request|measure|measures"
    r"|decision|idea|offer|step|action)\b(?!\s+(?:by|of|from|to|for|on|against|in|with|that)\b|-)",
    re.I,
)


# A bare definite act or plan opening a passive sentence ("The proposal was backed by Britain."): the one the sentence
# before told of, as _THE_MOVE's object is.
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


_TIME_LIMIT = re.compile(r"\s+(?:until\b|(?:[\w-]+\s+){0,2}?(?:days|weeks|months)\s+to\b)")  # "Japan | six weeks to"
_FINITE_AFTER = re.compile(r"\s+(?:has|had|have|is|was|were|are|would|will|did|does)\b")  # "charges Japan has"
# A country acting as its clause's subject: its government's word, then a verb or an auxiliary ("Pakistan took",
# "the United States might ignore"); not a noun it qualifies ("U.S. interest rates could rise"), nor a state it is in
# or a fate that befalls it ("Japan was not involved", "the EC could come under pressure", "Volcker will not be")
_ACTING_AFTER = re.compile(
    r"(?:\s+(?:government|administration|authorities|officials|leaders))?(?:\s+\w+ly)?\s+(?:(?:has|had|have|would|will"
    r"|could|might|may|did|does|do|should|must|can|cannot|won't|wouldn't)(?:\s+not)?(?:\s+\w+ly)?\s+"
    r"(?!not\b|be\b|been\b|come\b|face\b|suffer\b|lose\b|get\b|have\s+to\b)[a-z]+|(?!need)[a-z]+ed|took|made|gave|kept|put"
    r"|set|sold|sought|brought|told)\b"
)
# A country's act or claim as the clause's subject, then "is"/"was": "the U.S. decision was", "Reagan's decision is"
_OWNED_SUBJECT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:decision|decisions|action|actions|move|measures?|policy|policies|sanctions|tariffs"
    r"|claims?|charges?|allegations?|figures|case|report|assessment|position)\s+(?:(?:is|was|were|are|has|had|have|been"
    r"|\w+ly)\s+)+",
    re.I,
)
_WHICH_BEFORE = re.compile(r"\b(?:which|whom)\s+(?:the\s+)?$")  # not "that": "said that Greece had threatened"
_HEAD_GAP = re.compile(r"(?:\s+[\w-]+){0,3},?\s+")  # "Turkish | research ship |, which", "Iran|, which"


def opens_relative(text: str, start: int) -> bool:
    """A cheap test: does "which" or "whom" come shortly before the pattern?"""
    head = text[max(0, start - 40) : start]
    return "which" in head or "whom" in head


def relative_head(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country of the noun a relative clause opened by "which"/"whom" qualifies, where the act's subject is the
    relative clause's ("Iran, which Washington has accused of ...", "a Turkish ship which Greece threatened to seize")."""
    subject = clause_subject(r, hit[0], sentence[0])
    if not subject:
        return []
    which = _WHICH_BEFORE.search(r.text, max(sentence[0], subject[0].start - 20), subject[0].start)
    head = r.before(sentence[0], which.start()) if which else []
    if not head or head[-1].kind == "capital":  # "could drift to London, which the Bundesbank opposes": the city
        return []
    return [head[-1]] if _HEAD_GAP.fullmatch(r.text, head[-1].end, which.start()) else []


# After "criticism by": the agent's name (a title and name of capitalised words: "U.S. Treasury Secretary James Baker"),
# then "of" and what is criticised; nothing else between.
_AGENT_NAME = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}$")
_NAME_THEN_OF = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+(?:[Aa]dministration|[Gg]overnment|officials|authorities|ministers?))?\s+of\s+"
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


def agent_and_object(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[list[Mention], list[Mention]]:
    """For a noun of criticism followed by "by" ("criticism by Baker of West German policy"): its agent (the country
    or public figure named right after "by") and the country of what comes after "of"."""
    agent = r.after(hit[1], min(sentence[1], hit[1] + 60))
    if not agent or not _AGENT_NAME.fullmatch(r.text, hit[1], agent[0].start):
        return [], []
    of = _NAME_THEN_OF.match(r.text, agent[0].end)
    if of is None:
        return [], []
    return agent[:1], clause_object(r, of.end(), sentence[1])


def refers_back(p: Pattern, text: str, end: int) -> bool:
    """Is the pattern's object a bare definite act or plan ("opposed the move") told of in the sentence before?"""
    return p.event in _ANAPHORIC and bool(_THE_MOVE.match(text, end))


_BARE_SUBJECT = re.compile(r"\s+(?:(?:has|have|had|also|strongly|\w+ly)\s+)*")


def _country_subject(r: Reader, start: int, floor: int) -> bool:
    """Is a country itself the subject right before ``start`` ("The U.S. opposed"), not a noun it qualifies ("Hong Kong
    houses welcomed": firms)?"""
    before = r.before(floor, start)
    return bool(before) and bool(_BARE_SUBJECT.fullmatch(r.text, before[-1].end, start))


def previous_sentence(r: Reader, start: int) -> tuple[int, int] | None:
    """The sentence before the one starting at ``start`` (in its paragraph's text)."""
    end = len(r.text[:start].rstrip())
    return r.finder.at(end - 1) if end else None


def antecedent_mentions(r: Reader, sentence: tuple[int, int]) -> list[Mention]:
    """The countries the sentence before ``sentence`` names (first mention of each), within its paragraph's text."""
    before = previous_sentence(r, sentence[0])
    first: dict[str, Mention] = {}
    for m in r.after(*before) if before else []:
        first.setdefault(m.country, m)
    return list(first.values())


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


def _slot_targets(
    r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[Mention], str] | None:
    """The targets of a pattern whose table row names a slot other than the object (None for an object pattern)."""
    if p.target == "subject":
        return _demand_subject(r, hit, sentence), "subject-of-demand"
    if p.target == "near":
        return _near(r, hit, sentence), "evaluated"
    if p.target == "undergoer":  # "Japan has come under growing criticism from the U.S.": done to the subject
        return clause_subject(r, hit[0], sentence[0]), "undergoer-subject"
    if p.target == "condition":  # "retaliation if America went ahead": aimed at the condition's subject, or none
        return condition_subject(r, hit[1], sentence[1]), "condition-subject"
    if p.target == "between":  # "clashes between Iran and Iraq": two sides, each the other's target
        found = clause_object(r, hit[1], sentence[1], 1)
        return (found if len({m.country for m in found}) == 2 else []), "between"
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
        undergone = None if found else _UNDERGONE.search(r.text, max(sentence[0], hit[0] - 50), hit[0])
        if undergone:  # "West Germany has been the target of criticism by the administration": the subject
            return clause_subject(r, undergone.start(), sentence[0]) or _apposed_owner(
                r, undergone.start(), sentence[0]
            ), ("undergoer-subject")
        return found, "of-object"
    if p.target == "owner":  # "the U.S. decision was based on incorrect data": the country whose decision it is
        found = clause_subject(r, hit[0], sentence[0], 4)
        return (found if found and _OWNED_SUBJECT.fullmatch(r.text, found[-1].end, hit[0]) else []), "subject-owner"
    if p.target == "feeling":  # "disappointed that Pakistan took such action": the country that acts in the clause
        found = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS)
        return (found if found and _ACTING_AFTER.match(r.text, found[-1].end) else []), "feeling-clause-subject"
    return None


def _object_elsewhere(
    r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[Mention], str]:
    """An object pattern with no country after it: the object named elsewhere in the sentence or the one before."""
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
        return condition_subject(r, hit[1], sentence[1]), "condition-subject"
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
    reduced = _REDUCED_PASSIVE.search(r.text, max(sentence[0], hit[0] - 20), hit[0])
    if reduced and _PARTICIPLES_BY.match(r.text, hit[1]) and p.form.endswith("ed"):
        return clause_subject(r, reduced.start(), sentence[0]), "passive-subject"  # "Canada, backed by Australia,"
    if (
        _PASSIVE.search(r.text, max(sentence[0], hit[0] - 30), hit[0])
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
    if found or p.target != "object":
        return found, "object"
    if p.event == "ASSAULT" and " " not in p.form and p.form not in BARE_ATTACK:  # "bombed targets in Iran"
        return struck_in(r, hit, sentence), "struck-in"
    return _object_elsewhere(r, p, hit, sentence)


# What an attack's verb strikes, then the country it lies in: "bombing the key Ouadi Doum airstrip in northern Chad"
_STRUCK_IN = re.compile(r"(?:\s+(?!by\b|from\b)[\w'’.-]+){1,5}?\s+in\s+(?:the\s+)?(?:\w+ern\s+)?")


def struck_in(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country a verb of attack strikes something in, named in the same clause ("bombed targets in Iran")."""
    found = r.after(hit[1], min(sentence[1], hit[1] + 90))
    if not found or found[0].kind == "demonym" or not _STRUCK_IN.fullmatch(r.text, hit[1], found[0].start):
        return []
    return found[:1]
