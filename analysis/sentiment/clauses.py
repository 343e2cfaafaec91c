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
from .patterns import Pattern
from .reader import Reader

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
_LOCATION = re.compile(r"\b(?:in|at|near|off)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.I)  # "rebels in (northern) Iraq"
_LIST_END = re.compile(r"\b(?:and|or)\b", re.I)
_JOIN = re.compile(r"(?:['’]s)?\s*(?:,|and|or)\s*(?:the\s+)?", re.I)
# "concern about protectionist sentiment in the United States": a country's protectionism is its own, not a place
_PROTECTIONISM_IN = re.compile(
    r"\bprotectionis\w*(?:\s+(?:sentiment|mood|pressures?|measures|policies))?\s+in\s+(?:the\s+)?$", re.I
)
_NAME_OPENS = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")  # the comma and first names before a surname
_MODIFIER_AFTER = re.compile(r"-|\s+[a-z]")  # a country naming a noun after it: "U.S.-led", "Iraqi air attacks"
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


AGENT = re.compile(r"\s*by\s+(?:both\s+)?(?:the\s+)?$", re.I)
# "(tankers) attacked in the Gulf by Iranian gunboats": a participle whose place or time comes before its agent
_AGENT_AFTER_SETTING = re.compile(
    r"\s+(?:in|at|near|off|during|on|last|this|early|late)\s+(?:the\s+)?(?:(?!(?:the|a|an)\s)[\w.-]+\s+){0,2}"
    r"by\s+(?:the\s+)?",
    re.I,
)  # not "welcomed on Monday the reaffirmation by the U.S.": an object follows the setting


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


# "Chinese-made missiles", "U.S.-built jets": the country that made the goods, never the clause's subject
_MADE_IN = re.compile(r"-(?:made|built|designed|manufactured|produced|supplied)\b")


def clause_subject(r: Reader, start: int, floor: int, max_words: int = MAX_SUBJECT_WORDS) -> list[Mention]:
    """The country right before ``start`` in its clause (with those joined to it by "and" or a comma)."""
    before = [m for m in r.before(floor, start) if not _MADE_IN.match(r.text, m.end)]
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
        if not _JOIN.fullmatch(r.text[m.end : out[-1].start]):
            break
        if _LOCATION.search(r.text, max(0, m.start - 20), m.start):
            if _LIST_END.search(r.text, m.end, out[-1].start):
                return []  # "distributor of its toys in Australia and New Zealand and also agreed": one place
            break  # "Soviet troops in Afghanistan, Moscow's support for": a place in a list, no subject
        out.append(m)
    if len(out) > 1 and not any(_LIST_END.search(r.text, a.end, b.start) for b, a in zip(out, out[1:])):
        return [last]  # "after meeting President Aquino, Shultz endorsed": an opener's end; a list has "and"
    return out


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


BARE_ATTACK = frozenset({"attack", "attacks"})  # the noun without its preposition (events.csv)
# what is attacked by force (not "attack U.S. farm programs": words): ships, forces, places
ARMED_TARGET = re.compile(
    r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:ships?|vessels?|tankers?|shipping|targets?|positions?|troops|forces|bases?"
    r"|installations?|platforms?|cities|towns?|territory|lines|ports?|oil\s+fields?|outposts?|garrisons?)\b"
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


# A "which" clause right after a country's name, its verb the pattern: "London, which has threatened to retaliate
# against Tokyo" (the country acts). Not after a preposition ("a move to London, which has ...": a place) nor a
# people's name ("the Japanese, which").
_WHICH_OPENS = re.compile(r",\s+which\s+(?:(?:has|have|had|is|was|also|later|then|again|\w+ly)\s+)*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|into)\s+(?:the\s+)?$", re.I)


def which_subject(r: Reader, start: int, floor: int) -> str | None:
    """The country named right before ", which ..." whose verb is the pattern at ``start``."""
    if "which" not in r.text[max(floor, start - 60) : start]:
        return None  # the cheap test
    which = _WHICH_OPENS.search(r.text, max(floor, start - 60), start)
    head = r.before(floor, which.start()) if which else []
    if not head or head[-1].end != which.start() or head[-1].kind in ("demonym", "person"):
        return None
    return None if _PLACE_BEFORE.search(r.text, max(0, head[-1].start - 20), head[-1].start) else head[-1].country


# After "criticism by": the agent's name (a title and name of capitalised words: "U.S. Treasury Secretary James Baker"),
# then "of" and what is criticised; nothing else between.
_AGENT_NAME = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}$")
_NAME_THEN_OF = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+(?:[Aa]dministration|[Gg]overnment|officials|authorities|ministers?))?\s+of\s+"
)


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


# What an attack's verb strikes, then the country it lies in: "bombing the key Ouadi Doum airstrip in northern Chad"
_STRUCK_IN = re.compile(r"(?:\s+(?!by\b|from\b)[\w'’.-]+){1,5}?\s+in\s+(?:the\s+)?(?:\w+ern\s+)?")


def struck_in(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The country a verb of attack strikes something in, named in the same clause ("bombed targets in Iran")."""
    found = r.after(hit[1], min(sentence[1], hit[1] + 90))
    if not found or found[0].kind == "demonym" or not _STRUCK_IN.fullmatch(r.text, hit[1], found[0].start):
        return []
    return found[:1]
