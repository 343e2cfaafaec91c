"""Who acted: the country behind an event, from its clause (subject, agent, owner, a named person or body) or
from the speaker whose words hold it."""

from __future__ import annotations

import re

from ..text.countries import Mention
from ..text.organisations import find_organisations
from .clauses import (
    AGENT,
    MAX_OBJECT_WORDS,
    MAX_SUBJECT_WORDS,
    MAX_VERBAL_OBJECT_WORDS,
    SUBJECT_STOP,
    agent_and_object,
    clause_object,
    clause_subject,
    demand_owners,
    which_subject,
)
from .patterns import MATERIAL, Pattern
from .reader import CAPITALISED_WORDS, Reader
from .voices import Voice

# A capitalised word right before the pattern (auxiliaries and adverbs between): the clause's named subject, or
# the person whose administration or government it is ("the Reagan Administration imposed").
_NAMED = re.compile(
    r"\b([A-Z][a-z]{2,})(?:\s+(?:[Aa]dministration|[Gg]overnment|[Cc]abinet))?"
    r"\s+(?:(?:has|have|had|was|is|also|later|then|again|today|\w+ly)\s+)*$"
)
_MARKET_SOURCE = re.compile(
    r"\s+(?:\w+\s+)?(?:imports|exports|goods|products|competit\w*|rivals|producers|makers|manufacturers|suppliers)\b"
)
# A country naming market voices ("Hong Kong commodity traders", "Japanese dealers"): they hold no stance for it.
_MARKET_VOICE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:traders|dealers|analysts|economists|bankers|brokers|strategists|investors"
    r"|buyers|sellers|importers|exporters|firms|companies|refiners|shippers)\b"
)
_AUXILIARY_OPENS = re.compile(r"\s*(?:has|have|had|was|were|would|will|could|did)\s")
# organisations.csv kinds that act for their country; a company's act ("Citibank held up an agreement with Chile",
# "Shearson Lehman's action against the London Metal Exchange") is business, no country's stance
ACTING_BODIES = frozenset({"ministry", "agency", "central_bank"})
_OWNER = re.compile(r"(?:\b[A-Z][A-Za-z.&-]*\s+){2,4}$|\b[A-Z]{2,}\s+$")


# a verb that does an act named by its noun: "mounted a major offensive towards", "launched new attacks on"
_LAUNCHED = re.compile(
    r"\b(?:launch|launched|launches|launching|mount|mounted|mounts|mounting|stage|staged|stages|staging|began|begun"
    r"|renewed|stepped\s+up|carried\s+out|carry\s+out)\s+(?:(?:a|an|the|its|their|new|fresh|major|\w+-\w+|\w+ly)\s+){0,3}$"
)

# A bare infinitive after "help", "let" or "make" and a pronoun: the pronoun is its subject ("to help it resist")
_HELPED_PRONOUN = re.compile(
    r"\b(?:help|helps|helped|helping|let|lets|make|makes|made)\s+(?:it|them|him|her)\s+$", re.I
)

# A text whose makers call for the act: "have signed a motion calling for trade sanctions against Japan"
_CALLED_FOR = re.compile(
    r"\b(?:signed|passed|adopted|approved|issued|sent|introduced|tabled|sponsored|drafted)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:motion|resolution|bill|letter|statement|petition|amendment|declaration)\s+(?:calling\s+for|urging|demanding"
    r"|seeking|proposing)\s+(?:(?:a|an|the|new|tough|\w+ly|[\w-]+)\s+){0,3}$",
    re.I,
)


def _is_noun(form: str) -> bool:
    """Does the pattern open with a noun ("sanction* on", "ban on"), not a verb ("warned that", "called on")?"""
    first = form.split()[0]
    return " " in form and not re.search(r"(?:ed|ing|s)$", first)


def _owner_not_country(r: Reader, start: int) -> bool:
    """Is the pattern owned by a body that is no country ("United Nations sanctions on", "GATT rules")?"""
    owner = _OWNER.search(r.text, max(0, start - 40), start)
    return bool(owner) and not r.before(owner.start(), start)


_OWNED_RULES = frozenset({"subject-owner", "verdict-owner"})  # the words judge their subject's act: the speaker does


def event_actors(r: Reader, p: Pattern, hit, sentence, voice: Voice | None, rule: str) -> tuple[list[str | None], str]:
    """The event's actors (countries), and the rule that found them."""
    floor = max(sentence[0], voice.start) if voice else sentence[0]
    if voice and _AUXILIARY_OPENS.match(r.text, voice.start):
        floor = sentence[0]  # "told reporters Japan | had rejected ...": the words' subject was taken for the hearer
    if rule == "demand-of-owner":  # "to meet U.S. demands": the demand's owner asks
        owners = demand_owners(r, hit)
        return ([m.country for m in owners], "demand-owner") if owners else ([None], "none")
    slotted = _slot_actor(r, rule, hit, sentence, voice)
    if slotted:
        return slotted
    if rule == "between":  # "an exchange of fire between Iran and Iraq": each side acts on the other
        return [m.country for m in clause_object(r, hit[1], sentence[1], 1)], "between"
    if rule == "joint":  # "Baker and Stoltenberg agreed to pursue the policies": each side agrees with the other
        return [m.country for m in clause_subject(r, hit[0], sentence[0])], "joint"
    if rule == "reciprocal":  # "The U.S. and Brazil blamed one another": each side acts on the other
        return [m.country for m in clause_subject(r, hit[0], sentence[0])], "reciprocal"
    if rule in ("undergoer-subject", "whose-head"):  # "criticism from the United States": the country after "from" acts
        source = clause_object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS)
        if not source or _MARKET_SOURCE.match(r.text, source[-1].end):
            return [None], "none"  # "pressure from South Korean competitors": the market's, no demand
        return [m.country for m in source], "from-source"
    if rule in ("passive-subject", "passive-object", "passive-antecedent"):
        agent = [m for m in r.after(hit[1], sentence[1]) if AGENT.search(r.text, hit[1], m.start)]
        if agent and len(r.text[hit[1] : agent[0].start].split()) <= MAX_OBJECT_WORDS:
            joined = clause_object(r, agent[0].start, sentence[1], 0)  # "armed by Paris and Washington": both
            return [m.country for m in joined or agent[:1]], "agent"
    if rule == "passive-object":  # the owner of what is done: "U.S. tariffs to be imposed on"
        subject = clause_subject(r, hit[0], floor)
        return ([m.country for m in subject], "subject") if subject else ([None], "none")
    elif p.target in ("object", "clause", "feeling", "request", "condition", "deadline"):
        found = _clause_actor(r, p, hit, sentence, floor, voice)
        launched = _LAUNCHED.search(r.text, max(floor, hit[0] - 40), hit[0]) if not found and _is_noun(p.form) else None
        if not found and _is_noun(p.form) and not launched:  # "signed a motion calling for sanctions against"
            launched = _CALLED_FOR.search(r.text, max(floor, hit[0] - 80), hit[0])
        if launched:  # "and mounted a major offensive towards": the subject of the verb that does the act
            found = _clause_actor(r, p, (launched.start(), hit[1]), sentence, floor, voice)
        if found:
            return found
    if voice is not None and p.event == "ASSAULT" and _is_noun(p.form):
        return [None], "unowned-attack"  # "the missile attack on a U.S.-flagged tanker": not the speaker's attack
    if voice is not None:
        return _voice_actor(r, hit, sentence, floor, voice, rule)
    return [None], "none"


def _voice_actor(r: Reader, hit, sentence, floor: int, voice: Voice, rule: str) -> tuple[list[str | None], str]:
    """The actor of an act inside a speaker's words no clause names: a body or group of no country, a person or country
    saying it inside the words, the country that told it, else the speaker's country."""
    other = _OTHER_SUBJECT.search(r.text, max(floor, hit[0] - 60), hit[0])
    if other and _own_forces(other.group(0)):
        other = None  # "Chad said its troops had captured": the speaker's country's forces act for it
    if other and other.group(1).lower() not in _OWN_SIDE and rule not in _OWNED_RULES:  # "the bank had been urging"
        return [None], "other-subject"
    group = _GROUP_SUBJECT.search(r.text, max(floor, hit[0] - 40), hit[0])
    if group and group.group(1)[:-1] not in _OWN_SIDE and group.group(1) not in _OWN_SIDE:
        return [None], "other-subject"
    if _opening_group(r, max(floor, sentence[0]), hit[0]):
        return [None], "other-subject"
    inner = _inner_speaker(r, floor, hit[0])
    if inner:  # a paper reports that "Deng said China must ...": the words are Deng's
        return [inner], "inner-speaker"
    informer = _informer_country(r, floor, hit[0])
    if informer:  # "Goria had been informed by the United States that it would take action": the informer acts
        return [informer], "informer"
    country = _inner_country(r, floor, hit[0])
    if country:  # delegates said "the U.S. has indicated ... that Brazil must be flexible": the U.S. says it
        return [country], "inner-country"
    return [voice.country], "speaker"


def _slot_actor(r: Reader, rule: str, hit, sentence, voice: Voice | None) -> tuple[list[str | None], str] | None:
    """The actor of a criticism's agent ("criticism by Baker of ...") or of a warning about a premise ("any U.S.
    attack would meet ...": the speaker, else the country opening the sentence); None for other slots."""
    if rule == "of-object":  # "criticism by Baker of West German policy": the agent after "by" acts
        return [m.country for m in agent_and_object(r, hit, sentence)[0]] or [None], "by-agent"
    if rule == "premise-owner" and voice is not None:  # the premise is the clause's subject: the speaker warns
        return [voice.country], "speaker"
    if rule == "premise-owner":  # "Tehran warned that any U.S. attack would meet ...": the country opening the sentence
        opener = r.after(sentence[0], hit[0])[:1]
        return (
            ([opener[0].country], "opener")
            if opener and _OPENING.fullmatch(r.text, sentence[0], opener[0].start)
            else ([None], "none")
        )
    return None


def _clause_actor(
    r: Reader, p: Pattern, hit, sentence, floor: int, voice: Voice | None
) -> tuple[list[str | None], str] | None:
    """The actor of an act with an object or a clause: the clause's subject, else a named speaker, a body, a subject
    shared with a verb before, a nominal act's owner, a participle's or an opener's subject, or the pronoun's speaker."""
    if _is_noun(p.form) and _owner_not_country(r, hit[0]):  # a noun's owner: "United Nations sanctions on"
        return [None], "owner-not-country"
    if _HELPED_PRONOUN.search(r.text, max(floor, hit[0] - 20), hit[0]):
        return [None], "helped-pronoun"  # "dlrs from Algeria ... to help it resist Israel": "it" acts, not Algeria
    subject = clause_subject(r, hit[0], floor)
    if subject and _MARKET_VOICE.match(r.text, subject[-1].end):
        return [None], "market-voice-subject"  # "Hong Kong commodity traders welcomed": markets, not the country
    sharer = _sharer(r, subject[-1].start, floor, voice) if subject else None
    if sharer:  # "shares the U.S. concern about Japan": the concern's owner and the one who shares it
        return [m.country for m in subject] + [sharer], "shared-concern"
    joined = _JOINED_BY.search(r.text, max(floor, subject[0].start - 40), subject[0].start) if subject else None
    first = clause_subject(r, joined.start(), floor) if joined else []
    if first:  # "the EC was joined by the United States in criticising Brazil": both criticise
        return [m.country for m in first + subject], "joined-subject"
    if subject:
        return [m.country for m in subject], "subject"
    relative = _relative_subject(r, hit[0], floor)
    if relative:  # "James Baker, who had criticised West Germany": his country, not the speaker's
        return [relative], "relative-subject"
    which = which_subject(r, hit[0], floor)
    if which:  # "London, which has threatened to retaliate against Tokyo": the country the clause qualifies
        return [which], "which-subject"
    named = _NAMED.search(r.text, max(floor, hit[0] - 60), hit[0])
    if named and named.group(1) not in CAPITALISED_WORDS:  # "Kato rejected": a person, not the speaker
        country = r.names.get(named.group(1))
        return [country], "named-speaker" if country else "named-subject"
    body = _body_subject(r, hit[0], floor)
    if body:
        return [body], "body-subject"
    shared = _shared_subject(r, hit[0], floor)
    if shared:
        return [shared.country], "shared-subject"
    person = _shared_person(r, hit[0], floor)
    if person:  # "Later, Mulford too said there was no target and called on Japan to ...": the speaker's country
        return [person], "shared-person-subject"
    nominal = _nominal_actor(r, p, hit[0], floor)
    if nominal:
        return [nominal[0]], nominal[1]
    participle = _participle_subject(r, p, hit[0], floor)
    if participle:  # "The U.S. raised tariffs on Friday, accusing Japan of ...": the main clause's subject
        return [participle], "participle-subject"
    opener = _opener_subject(r, hit, sentence, floor)
    if opener:  # "While expressing regret over America's decision, Nakasone said": the main clause's subject
        return [opener], "opener-subject"
    if voice is None and _PRONOUN_SUBJECT.fullmatch(r.text, floor, hit[0]):
        last = [v for v in r.voices if v.end <= sentence[0]]
        if last and last[-1].country:  # "He accused Japan of ...", after the story quoted him: his country
            return [last[-1].country], "pronoun-speaker"
    return None


# "the U.S. imposition of tariffs on", "Reagan's decision to impose tariffs on", "the imposition by the United States
# of tariffs on": the owner or agent of a nominalised act is its actor.
_NOMINAL = r"(?:imposition|decisions?|threats?|plans?|moves?|announcement|proposals?|introduction|order|offers?)"
_OWNER_OF = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}" + _NOMINAL + r"\s+(?:of|to)\s+(?:[\w.,-]+\s+){0,8}$")
_AGENT_OF = re.compile(r"^\s+of\s+(?:[\w.,-]+\s+){0,8}$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# A sentence that opens with a country or its leader announcing or deciding an act: "President Reagan is expected
# to announce later today the imposition of 100 pct tariffs on ...", "Washington is likely to announce sanctions".
_ANNOUNCING = re.compile(r"\b(?:announc\w*|decid\w*|decision|propos\w*|order\w*|approv\w*|vot\w*|impos\w*|slap\w*)\b")
_PRONOUN_SUBJECT = re.compile(r"[\s\"“]*(?:He|She)\s+(?:(?:has|had|was|is|also|later|then|again|\w+ly)\s+)*")


def _nominal_actor(r: Reader, p: Pattern, start: int, floor: int) -> tuple[str, str] | None:
    """The actor of a material act named as a noun: its owner or agent, or the country that opens the sentence
    announcing it (the only one named before it)."""
    if p.event not in MATERIAL and p.quad_class != 4:
        return None
    before = r.before(floor, start)
    for m in reversed(before[-2:]):
        between = r.text[m.end : start]
        if _OWNER_OF.match(between) or (_AGENT_OF.match(between) and _BY_BEFORE.search(r.text, floor, m.start)):
            return m.country, "nominal-owner"
    if (
        len(before) == 1
        and _OPENING.fullmatch(r.text, floor, before[0].start)
        or (
            len(before) == 1
            and re.fullmatch(
                r"[\s\"“]*(?:the\s+)?(?:President|Prime\s+Minister|Chancellor)\s+",
                r.text[floor : before[0].start],
                re.I,
            )
        )
    ):
        if _ANNOUNCING.search(r.text, before[0].end, start) and r.text[before[0].end : before[0].end + 2] not in (
            "'s",
            "’s",
        ):
            return before[0].country, "announcer"
    return None


# A clause subject of the speaker's words that is a body of its own, with an auxiliary before the verb ("the bank
# had been urging", "the fund will press"): the act is that body's, not the speaker's country's; unless it is the
# speaker's own side ("the government will press").
_OTHER_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:\w+\s+)?([a-z]+)\s+(?:(?:has|have|had|was|is|are|were|been|will|would)\s+)+"
    r"(?:(?:also|\w+ly)\s+)?$"
)
# "Some buyers rejected the request": a group of the market or the public acts, not the speaker's country
_GROUP_SUBJECT = re.compile(
    r"\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]he)\s+(?:[a-z]+\s+)?([a-z]+s)\s+(?:(?:also|\w+ly)\s+)?$"
)
# "Unidentified jets attacked ...," shipping sources said: a group opening the words with no determiner acts
_OPENING_GROUP = re.compile(r"[\s\"“]*(?:[A-Z][a-z]+\s+([a-z]+s)|([A-Z][a-z]+s))\s+(?:(?:also|\w+ly)\s+)?")
_OWN_FORCES = frozenset("troops forces army navy soldiers warplanes jets gunboats aircraft planes units".split())


def _own_forces(subject: str) -> bool:
    """Is the subject the speaker's country's own armed forces ("its troops", "our forces")?"""
    words = subject.split()
    return len(words) >= 2 and words[0].lower() in ("its", "our") and words[1].lower() in _OWN_FORCES


_NOT_GROUPS = frozenset("has was is does says sees".split())  # "Japan has failed": a verb ending in s, no noun
# A state's armed forces are its own side too: "Iraq said its troops had killed ..." is Iraq's act.
_OWN_SIDE = frozenset(
    "government administration country nation ministry cabinet authorities officials minister state president "
    "parliament congress senate delegation leadership regime side troops forces army navy military".split()
)
_SAYER = re.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:said|says|told|stated|declared|added|urged|insisted|argued|demanded|suggested|proposed)\b"
)  # "The sources said Romero urged that other EC countries should ...": the demand is Romero's


# A participle clause opening the sentence ("While expressing regret over ..., Nakasone said", "Reacting to the U.S.
# move, Japan said"): its subject is the main clause's, named right after its comma.
_PARTICIPLE_OPENER = re.compile(r"[\s\"“]*(?:(?:While|When|After|Before|Besides|In)\s+)?[A-Z]?[a-z]+ing\b[^,;:]*$")
_MAIN_SUBJECT = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}?([A-Z][a-z]{2,})?")


def _opener_subject(r: Reader, hit, sentence, floor: int) -> str | None:
    """The country of the main clause's subject after an opening participle clause that holds the pattern."""
    if floor != sentence[0] or not _PARTICIPLE_OPENER.match(r.text, floor, hit[0]):
        return None
    comma = r.text.find(",", hit[1], sentence[1])
    if comma < 0:
        return None
    after = r.after(comma, comma + 40)
    if after and re.fullmatch(r",\s+(?:the\s+)?", r.text[comma : after[0].start]):
        return after[0].country  # ", Japan said", ", the United States ..."
    m = _MAIN_SUBJECT.match(r.text, comma)
    return r.names.get(m.group(1)) if m and m.group(1) else None  # ", Nakasone said", ", Prime Minister Nakasone"


# "who" opening a relative clause whose verb is the pattern, right after its head: a country or a person, or a
# country and the capitalised title and name it qualifies ("U.S. Treasury Secretary James Baker who had criticised")
_WHO_OPENS = re.compile(r",?\s+who\s+(?:(?:has|have|had|was|is|also|later|then|again|\w+ly)\s+)*$")
_TITLE_NAME = re.compile(r"(?:\s+[A-Z][\w.'’-]*){0,5}")


def _opening_group(r: Reader, start: int, end: int) -> bool:
    """Do the words from ``start`` to the pattern name a group of no country ("Unidentified jets", "Warplanes")?"""
    opening = _OPENING_GROUP.fullmatch(r.text, start, end)
    noun = (opening.group(1) or opening.group(2)).lower() if opening else ""
    own = noun in _OWN_SIDE or noun[:-1] in _OWN_SIDE or noun in _NOT_GROUPS
    return bool(opening) and not own and not r.before(start, end)


def _relative_subject(r: Reader, start: int, floor: int) -> str | None:
    """The country of the head of a relative clause opened by "who" whose verb is at ``start``."""
    if "who" not in r.text[max(floor, start - 40) : start]:
        return None  # the cheap test
    who = _WHO_OPENS.search(r.text, max(floor, start - 40), start)
    before = r.before(floor, who.start()) if who else []
    if not before or not _TITLE_NAME.fullmatch(r.text, before[-1].end, who.start()):
        return None
    if _LOCATION_BEFORE.search(r.text, max(0, before[-1].start - 20), before[-1].start):
        return None  # "officials in Tokyo who": a place
    name = r.text[before[-1].end : who.start()].split()
    return r.names.get(name[-1], before[-1].country) if name else before[-1].country


_LOCATION_BEFORE = re.compile(r"\b(?:in|at|from|of|near)\s+(?:the\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|with|by|against|on|for)\s+(?:the\s+)?$", re.I)


_COUNTRY_SAYS = re.compile(
    r"\s+(?:(?:has|have|had|also|\w+ly)\s+)*(?:said|says|indicated|indicates|insisted|insists|argued|argues|stated"
    r"|made\s+clear|makes\s+clear|told)\b"
)


def _inner_country(r: Reader, floor: int, start: int) -> str | None:
    """The country that is the subject of a verb of saying inside the speaker's words, before ``start``."""
    for m in reversed(r.before(floor, start)):
        if _COUNTRY_SAYS.match(r.text, m.end) and not _PREPOSITION_BEFORE.search(r.text, max(0, m.start - 20), m.start):
            return m.country
    return None


# "informed by the United States that it would", "the U.S. assured Italy that it would": the pronoun subject of an act
# announced to the speaker's side is the one who announced it, not the speaker who reports being told
_INFORMED_BY = re.compile(r"\b(?:informed|told|notified|assured|advised)\s+by\s+(?:the\s+)?$", re.I)
_THAT_IT = r"that\s+(?:it|they)\s+(?:would|will|was\s+going\s+to|planned\s+to|intended\s+to|had\s+decided\s+to)\s+(?:[\w-]+\s+){0,2}$"
_AGENT_THAT_IT = re.compile(r"\s+(?:[\w.'’-]+\s+){0,4}?" + _THAT_IT)
_INFORMER_THAT_IT = re.compile(
    r"\s+(?:(?:has|have|had|also|\w+ly)\s+)*(?:informed|notified|assured)\s+(?:[\w.'’-]+\s+){1,4}?" + _THAT_IT
)


def _informer_country(r: Reader, floor: int, start: int) -> str | None:
    """The country that announced to the speaker's side an act it would do, named as "it" before ``start``."""
    if " that it " not in r.text[floor:start] and " that they " not in r.text[floor:start]:
        return None  # the cheap test
    for m in reversed(r.before(floor, start)):
        agent = _INFORMED_BY.search(r.text, max(floor, m.start - 30), m.start)
        if agent and _AGENT_THAT_IT.fullmatch(r.text, m.end, start):
            return m.country
        if _INFORMER_THAT_IT.fullmatch(r.text, m.end, start):
            return m.country
    return None


def _inner_speaker(r: Reader, floor: int, start: int) -> str | None:
    """The country of a person of the story who speaks inside the speaker's words, before ``start``."""
    said = list(_SAYER.finditer(r.text, floor, start))
    return r.names.get(said[-1].group(1)) if said else None


def _body_subject(r: Reader, start: int, floor: int) -> str | None:
    """The home country of a ministry, agency or central bank that is the clause's subject ("the
    Commerce Department imposed", "MITI accused"): the last one named before ``start``, nothing between."""
    bodies = find_organisations(r.text[floor:start], r.day, ACTING_BODIES)
    if not bodies:
        return None
    between = r.text[floor + bodies[-1].end : start]
    if SUBJECT_STOP.search(between) or len(between.split()) > MAX_SUBJECT_WORDS:
        return None
    return bodies[-1].country


_SHARING = re.compile(r"\bshar(?:e|es|ed|ing)\s+(?:(?:some|much|many|all)\s+of\s+)?(?:the\s+)?$", re.I)


_JOINED_BY = re.compile(r"\s(?:was|were|is|are|has\s+been|have\s+been)\s+joined\s+by\s+(?:the\s+)?$", re.I)


def _sharer(r: Reader, start: int, floor: int, voice: Voice | None) -> str | None:
    """Who shares the country's concern or view named at ``start`` ("Britain shares the U.S. concern about ..."):
    the subject of "share", else the speaker's country."""
    sharing = _SHARING.search(r.text, max(floor, start - 30), start)
    if not sharing:
        return None
    subject = clause_subject(r, sharing.start(), floor)
    return subject[0].country if subject else voice.country if voice else None


_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:(?:has|have|had|was|is|will|would|also|then|later|\w+ly)\s+)*$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
# what may open a sentence before its subject: "For its part the Soviet Union has said ...", "But Tehran denied",
# "Yesterday, Washington announced"
_OPENING = re.compile(
    r"[\s\"“]*(?:(?:for\s+its\s+part|meanwhile|however|in\s+turn|at\s+the\s+same\s+time|but|and|yet|yesterday|today"
    r"|earlier|later|on\s+\w+day),?\s+)?(?:the\s+)?",
    re.I,
)


def _shared_subject(r: Reader, start: int, floor: int) -> Mention | None:
    """A verb joined by "and" to its clause's first verb shares that clause's subject, the country that opens it:
    "Iran said the reports were baseless, and warned the U.S. not to interfere"; so does an infinitive where the
    opening country is the only one named before it ("The U.S. trade panel voted to impose duties on ...")."""
    joined = _AND_BEFORE.search(r.text, max(floor, start - 20), start)
    if not joined and not _TO_BEFORE.search(r.text, max(floor, start - 10), start):
        return None
    named = r.after(floor, start)
    first = named[:1] if joined else named  # an infinitive's subject: the only country the clause names before it
    if len(first) != 1 or not _OPENING.fullmatch(r.text, floor, first[0].start):
        return None
    owned = r.text[first[0].end : first[0].end + 2] in ("'s", "’s")
    return first[0] if not owned or _OWN_SIDE_AFTER.match(r.text, first[0].end) else None  # "Iran's leadership"


# A person of the story opening the sentence as the subject of a verb of saying, after an optional opening phrase
# ("Later in the week, Mulford too said ...", "Baker also said ..."): a verb joined by "and" to it shares that subject.
_PERSON_SAYS = re.compile(
    r"[\s\"“]*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,4},\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}?([A-Z][a-z]{2,})\s+"
    r"(?:(?:too|also|again|later|then|\w+ly)\s+)?(?:said|says|told|stated|added|noted|declared)\b"
)


def _shared_person(r: Reader, start: int, floor: int) -> str | None:
    """The country of a person who opens the clause as the subject of a verb of saying, for a verb joined to it by
    "and" (no country named between them): the speaker's act."""
    if not _AND_BEFORE.search(r.text, max(floor, start - 20), start) or r.after(floor, start):
        return None
    opening = _PERSON_SAYS.match(r.text, floor, start)
    return r.names.get(opening.group(1)) if opening else None


_OWN_SIDE_AFTER = re.compile(r"['’]s\s+(?:government|administration|leadership|leaders|cabinet|authorities)\b")
_COMMA_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?$")


def _participle_subject(r: Reader, p: Pattern, start: int, floor: int) -> str | None:
    """The country opening the sentence, for a participle clause after a comma that holds the pattern ("Iran
    rejected the offer, accusing Washington of ...")."""
    if not p.form.split()[0].endswith("ing") or not _COMMA_BEFORE.search(r.text, max(floor, start - 20), start):
        return None
    named = r.after(floor, start)
    if not named or not _OPENING.fullmatch(r.text, floor, named[0].start):
        return None
    return named[0].country if r.text[named[0].end : named[0].end + 2] not in ("'s", "’s") else None
