"""Who did what to whom: events between countries, coded with the patterns of data/events.csv (PLOVER types).

For each pattern found (a verb or noun of an act or an evaluation), the event's target is the country in the
pattern's slot (its object, the subject of "must", or the country its evaluative words are about), the actor the
clause's subject, the agent of a passive ("was accused by X"), or, inside a speaker's words, the speaker's country
(extract_quotes). A negated act is kept with mode ``negated`` (no stance); an act only announced or conditional is
coded THREATEN with mode ``future`` or ``conditional``; a question ("asked if X would retaliate") has mode
``question``. Country names are read as on the article's date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..text.countries import Mention, day_of, find_mentions
from ..text.guard import ArticleErrors
from ..text.organisations import find_organisations
from ..text.people import find_people, people_countries
from ..text.rule_tables import read_table
from ..text.word_tries import trie_pattern
from .spans import SentenceFinder
from .voices import Voice, article_voices, speaker_countries

EVENT_COLUMNS = [
    "article_id", "date", "actor", "target", "event", "polarity", "evidence", "start", "end", "source", "rule",
    "mode", "quad_class",
]  # fmt: skip
MAX_OBJECT_WORDS = 8  # "imposed 100 pct tariffs on 300 mln dlrs of Japanese goods": the country 6 words on
MAX_VERBAL_OBJECT_WORDS = 3  # a verb's direct object: "urged the Japanese government", "rejected the U.S. request"
MAX_SUBJECT_WORDS = 7  # "The United States on Friday formally imposed": words between subject and pattern
MAX_MODE_WORDS = 6
TABLE_SHARE = 0.3  # a sentence with more than this share of words holding digits is a table  # words before the pattern read for its negation or future
# What ends the words searched for an object: a clause break, or a new clause's subject.
# Parts of a subject's proper name that hold a subject stop: an abbreviation in brackets ("European Community (EC)"),
# an "of" after a capitalised word and before another ("Department of Agriculture", not "officials of the").
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z.]{1,7}\)")
# An apposition or a relative "who" between a subject and its verb: "Thailand, a major rice exporter, has
# criticised", "a senior U.S. official, who warned that".
_APPOSITION = re.compile(r",\s+(?:a|an|the|one|its)\s[^,;:()\"“”]{1,50},(?=\s)|,\s+who(?=\s)")
_NAME_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _name_parts(between: str) -> str:
    """The words between a subject and its verb, with the inside of proper names taken out."""
    return _APPOSITION.sub(" ", _NAME_OF.sub(r"\1 ", _ABBREVIATION.sub("", between)))


_BASED = re.compile(r"-based\b")  # where something is based, not whose it is
_OBJECT_STOP = re.compile(
    r"[;:!?()]|(?<![A-Z])\.|,[\"”]?\s|\s(?:and|or|but|that|which|who|after|before|while|because|since|when|if|unless"
    r"|although|though|said|says|saying|as)\b",
)
_SUBJECT_STOP = re.compile(
    r"[,;:\"“”()]|\b(?:that|which|who|said|says|after|when|while|because|but|if|of|by|with|in\s+an?)\b|\b(?:and|or)\s*$"
    r"|-$",
    re.I,
)
# A capitalised word right before the pattern (auxiliaries and adverbs between): the clause's named subject, or
# the person whose administration or government it is ("the Reagan Administration imposed").
_NAMED = re.compile(
    r"\b([A-Z][a-z]{2,})(?:\s+(?:[Aa]dministration|[Gg]overnment|[Cc]abinet))?"
    r"\s+(?:(?:has|have|had|was|is|also|later|then|again|today|\w+ly)\s+)*$"
)
ACTING_BODIES = frozenset({"ministry", "agency", "central_bank", "company"})  # organisations.csv kinds that act
_CAPITALISED_WORDS = frozenset(
    "The This That These Those It Its He She They We Our Their His Her But And Yet In On At For Also Then Today "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_INFINITIVE = re.compile(r"\s*\S+.*?(\s+to\s+)(?=[a-z])")  # "to" + verb after the object's first word
_LIFTED = re.compile(
    r"\b(?:lift\w*|remov\w*|end\w*|scrap\w*|withdr[ae]w\w*|eas\w*|suspend\w*|drop\w*|hold\w*\s+(?:up|off)|held\s+(?:up|off)"
    r"|delay\w*|postpon\w*|defer\w*|waiv\w*|forgo\w*|forego\w*)\b",
    re.I,
)  # a retreat from the act, or the act withheld ("agreed to hold up imposing duties on")
_POSSESSIVE = re.compile(r"\w['’]s?\s")
_OWNED = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?$", re.I)
_IN_PHRASE = re.compile(
    r"\b(?:to|for|in|with|on|from|by|at|into|against|towards?|within|under|among|between|across|throughout)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:you|we|they|it|he|she|i)\b", re.I)
_LOCATION = re.compile(r"\b(?:in|at|near|off)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.I)  # "rebels in (northern) Iraq"
# "Asked (by reporters) whether the letter was a rejection of ...": the whole asked clause is the question.
_ASKED = re.compile(r"\bask(?:ed|s|ing)?\b[^,;:]{0,40}?\b(?:if|whether)\b[^,;:]*$", re.I)
_QUESTION = re.compile(r"\b(?:asked|ask|asks)\s+(?:if|whether)\b|\bwhether\b", re.I)
_NEAR_STOP = re.compile(r"[,;:()]|\b(?:that|which|who|said|says|after|when|while|because|but|if|of|by)\b", re.I)
_JOIN = re.compile(r"(?:['’]s)?\s*(?:,|and|or)\s*(?:the\s+)?", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_ON_AFTER = re.compile(r"\s+(?:on|against|upon)\b", re.I)
_AGENT = re.compile(r"\s*by\s+(?:the\s+)?$", re.I)
_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|no|never|without|neither|nor|denied|denies|deny|refrain\w*|ruled\s+out|rule\s+out"
    r"|refus\w*|declin\w*|reluctan\w*|unwilling)\b|n['’]t\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:would|will|could|might|may|shall|plans?|planned|intends?|threat\w*|vow\w*|consider\w*|to)\b", re.I
)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
MATERIAL = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # an act that can be done; announced, it is a threat


@dataclass(frozen=True)
class Pattern:
    """A row of data/events.csv."""

    form: str
    event: str
    quad_class: int
    valence: float
    target: str  # object | subject | near
    scope: str  # any | quote


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


@lru_cache(maxsize=1)
def event_patterns() -> tuple[tuple[Pattern, ...], re.Pattern, dict[str, list[tuple[re.Pattern, int]]]]:
    """The table's rows; a cheap pattern of their first words (a trie, case-insensitive), and for each first
    word the rows' full patterns that start with it, longest first."""
    rows = tuple(
        Pattern(r["pattern"].strip().lower(), r["event"].strip(), int(r["quad_class"]), float(r["valence"]),
                r["target"].strip(), r["scope"].strip())
        for r in read_table("events.csv")
    )  # fmt: skip
    by_first: dict[str, list[tuple[re.Pattern, int]]] = {}
    for i in sorted(range(len(rows)), key=lambda i: len(rows[i].form), reverse=True):
        first = rows[i].form.split()[0].rstrip("*")
        by_first.setdefault(first, []).append((re.compile(_form_regex(rows[i].form), re.I), i))
    firsts = re.compile(r"\b(?:" + trie_pattern(by_first) + r")\w*")  # matched in lower case: faster than re.I
    return rows, firsts, by_first


def _matches(text: str):
    """(row, start, end) of every pattern found, longest at a place first, no overlaps."""
    rows, firsts, by_first = event_patterns()
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer ("İ"): offsets would move
        lower, firsts = text, re.compile(firsts.pattern, re.I)
    pos = 0
    for m in firsts.finditer(lower):
        if m.start() < pos:
            continue
        word = m.group().lower()
        candidates = [c for n in range(len(word), 0, -1) for c in by_first.get(word[:n], ())]
        for regex, i in sorted(candidates, key=lambda c: -len(rows[c[1]].form)):
            full = regex.match(text, m.start())
            if full:
                yield rows[i], full.start(), full.end()
                pos = full.end()
                break


def _form_regex(form: str) -> str:
    """A form as a regex: words separated by any whitespace, a trailing * any word ending."""
    words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in form.split()]
    return r"\s+".join(words)


# "Japanese Agriculture Minister Mutsuki Kato", "Japan's Prime Minister Yasuhiro Nakasone": a country or its
# demonym, up to four capitalised title words, a first name and a surname.
_INTRODUCED = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+\.?\s+){0,4}[A-Z][a-z]+\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])")


def introduced_people(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Surname -> country of the people the story introduces after a country's name or demonym."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind in ("demonym", "name", "short") and m.country:
            found = _INTRODUCED.match(text, m.end)
            if found and found.group(1) not in _CAPITALISED_WORDS:
                out.setdefault(found.group(1), m.country)
    return out


class Reader:
    """One article's text, its country mentions and sentences, read by offset."""

    def __init__(self, text: str, mentions: list[Mention], names: dict[str, str] | None = None, day: str = "") -> None:
        self.text = text
        self.mentions = mentions
        self.day = day
        # the surnames of the people the story introduces with their country, of its speakers, and of the public
        # figures of data/people.csv (which win: a title read wrong by the quotes does not move a head of state)
        self.names = {**introduced_people(text, mentions), **(names or {}), **people_countries(text, day)}
        self.starts = [m.start for m in mentions]
        self.finder = SentenceFinder(text)

    def after(self, a: int, b: int) -> list[Mention]:
        """Mentions that start in [a, b)."""
        return self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def before(self, a: int, b: int) -> list[Mention]:
        """Mentions that end in (a, b]."""
        return [m for m in self.after(max(0, a - 40), b) if a <= m.start and m.end <= b]


def _object(r: Reader, end: int, limit: int, max_words: int = MAX_OBJECT_WORDS) -> list[Mention]:
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
    if _AGENT.fullmatch(r.text[end : found[0].start]):  # "imposed by the U.S.": the agent, not the target
        return []
        return []
    if _LOCATION.search(r.text, end, found[0].start):  # a place the act happens in, not its target
        return []
    if _POSSESSIVE.search(r.text, end, found[0].start):  # "against the government's EC policies": another's thing
        return []
    out = [found[0]]
    for m in r.after(found[0].end, limit + 80):
        if not _JOIN.fullmatch(r.text[out[-1].end : m.start]):
            break
        out.append(m)
    return out


def _subject(r: Reader, start: int, floor: int, max_words: int = MAX_SUBJECT_WORDS) -> list[Mention]:
    """The country right before ``start`` in its clause (with those joined to it by "and" or a comma)."""
    before = r.before(floor, start)
    if not before:
        return []
    last = before[-1]
    between = _name_parts(r.text[last.end : start])  # "European Community (EC)", "Department of Agriculture"
    if r.text[last.start - 1 : last.start] == "(" and between.startswith(")"):
        between = between[1:]  # the abbreviation itself: "... (EC) has warned"
    if _SUBJECT_STOP.search(between) or len(between.split()) > max_words:
        return []
    out = [last]
    for m in reversed(before[:-1]):
        if not _JOIN.fullmatch(r.text[m.end : out[-1].start]) or _LOCATION.search(r.text, max(0, m.start - 20), m.start):
            break  # "Soviet troops in Afghanistan, Moscow's support for": a place in a list, no subject
        out.append(m)
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


def _targets(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[list[Mention], str]:
    """The event's target countries, and the rule that found them."""
    if p.target == "subject":
        found = _subject(r, hit[0], sentence[0], 1)
        if found and _IN_PHRASE.search(r.text, max(sentence[0], found[-1].start - 20), found[-1].start):
            return [], "subject-of-demand"  # "our loans to India should be modest": the loans, not India
        return ([] if found and _PRONOUN.search(r.text, found[0].end, hit[0]) else found), "subject-of-demand"
    if p.target == "near":
        return _near(r, hit, sentence), "evaluated"
    if p.target == "clause":  # "warned that Japan would face ...": the that-clause's subject
        return _object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS), "clause-subject"
    if _PASSIVE.search(r.text, max(sentence[0], hit[0] - 30), hit[0]) and not p.form.split()[0].endswith("ing"):
        if _ON_AFTER.match(r.text, hit[1]):  # "U.S. tariffs to be imposed on Japanese goods": what it is done to
            return _object(r, hit[1], sentence[1]), "passive-object"
        return _subject(r, hit[0], sentence[0]), "passive-subject"  # "has been pressing" is no passive
    verbal = p.event not in MATERIAL and p.quad_class != 4 and " " not in p.form
    return _object(r, hit[1], sentence[1], MAX_VERBAL_OBJECT_WORDS if verbal else MAX_OBJECT_WORDS), "object"


_OWNER = re.compile(r"(?:\b[A-Z][A-Za-z.&-]*\s+){2,4}$|\b[A-Z]{2,}\s+$")


def _is_noun(form: str) -> bool:
    """Does the pattern open with a noun ("sanction* on", "ban on"), not a verb ("warned that", "called on")?"""
    first = form.split()[0]
    return " " in form and not re.search(r"(?:ed|ing|s)$", first)


def _owner_not_country(r: Reader, start: int) -> bool:
    """Is the pattern owned by a body that is no country ("United Nations sanctions on", "GATT rules")?"""
    owner = _OWNER.search(r.text, max(0, start - 40), start)
    return bool(owner) and not r.before(owner.start(), start)


def _actor(r: Reader, p: Pattern, hit, sentence, voice: Voice | None, rule: str) -> tuple[list[str | None], str]:
    """The event's actors (countries), and the rule that found them."""
    floor = max(sentence[0], voice.start) if voice else sentence[0]
    if rule in ("passive-subject", "passive-object"):
        agent = [m for m in r.after(hit[1], sentence[1]) if _AGENT.search(r.text, hit[1], m.start)]
        if agent and len(r.text[hit[1] : agent[0].start].split()) <= MAX_OBJECT_WORDS:
            return [agent[0].country], "agent"
    if rule == "passive-object":  # the owner of what is done: "U.S. tariffs to be imposed on"
        subject = _subject(r, hit[0], floor)
        return ([m.country for m in subject], "subject") if subject else ([None], "none")
    elif p.target in ("object", "clause"):
        if _is_noun(p.form) and _owner_not_country(r, hit[0]):  # a noun's owner: "United Nations sanctions on"
            return [None], "owner-not-country"
        subject = _subject(r, hit[0], floor)
        sharer = _sharer(r, subject[-1].start, floor, voice) if subject else None
        if sharer:  # "shares the U.S. concern about Japan": the concern's owner and the one who shares it
            return [m.country for m in subject] + [sharer], "shared-concern"
        if subject:
            return [m.country for m in subject], "subject"
        named = _NAMED.search(r.text, max(floor, hit[0] - 60), hit[0])
        if named and named.group(1) not in _CAPITALISED_WORDS:  # "Kato rejected": a person, not the speaker
            country = r.names.get(named.group(1))
            return [country], "named-speaker" if country else "named-subject"
        body = _body_subject(r, hit[0], floor)
        if body:
            return [body], "body-subject"
        shared = _shared_subject(r, hit[0], floor)
        if shared:
            return [shared.country], "shared-subject"
    if voice is not None:
        other = _OTHER_SUBJECT.search(r.text, max(floor, hit[0] - 60), hit[0])
        if other and other.group(1).lower() not in _OWN_SIDE:  # "the bank had been urging": not the speaker's act
            return [None], "other-subject"
        inner = _inner_speaker(r, floor, hit[0])
        if inner:  # a paper reports that "Deng said China must ...": the words are Deng's
            return [inner], "inner-speaker"
        return [voice.country], "speaker"
    return [None], "none"


# A clause subject of the speaker's words that is a body of its own, with an auxiliary before the verb ("the bank
# had been urging", "the fund will press"): the act is that body's, not the speaker's country's; unless it is the
# speaker's own side ("the government will press").
_OTHER_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:\w+\s+)?([a-z]+)\s+(?:(?:has|have|had|was|is|are|were|been|will|would)\s+)+"
    r"(?:(?:also|\w+ly)\s+)?$"
)
_OWN_SIDE = frozenset(
    "government administration country nation ministry cabinet authorities officials minister state president "
    "parliament congress senate delegation leadership regime side".split()
)
_SAYER = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:said|says|told|stated|declared|added)\b")


def _inner_speaker(r: Reader, floor: int, start: int) -> str | None:
    """The country of a person of the story who speaks inside the speaker's words, before ``start``."""
    said = None
    for said in _SAYER.finditer(r.text, floor, start):
        pass
    return r.names.get(said.group(1)) if said else None


def _body_subject(r: Reader, start: int, floor: int) -> str | None:
    """The home country of a ministry, agency, central bank or company that is the clause's subject ("the
    Commerce Department imposed", "MITI accused"): the last one named before ``start``, nothing between."""
    bodies = find_organisations(r.text[floor:start], r.day, ACTING_BODIES)
    if not bodies:
        return None
    between = r.text[floor + bodies[-1].end : start]
    if _SUBJECT_STOP.search(between) or len(between.split()) > MAX_SUBJECT_WORDS:
        return None
    return bodies[-1].country


_SHARING = re.compile(r"\bshar(?:e|es|ed|ing)\s+(?:(?:some|much|many|all)\s+of\s+)?(?:the\s+)?$", re.I)


def _sharer(r: Reader, start: int, floor: int, voice: Voice | None) -> str | None:
    """Who shares the country's concern or view named at ``start`` ("Britain shares the U.S. concern about ..."):
    the subject of "share", else the speaker's country."""
    sharing = _SHARING.search(r.text, max(floor, start - 30), start)
    if not sharing:
        return None
    subject = _subject(r, sharing.start(), floor)
    return subject[0].country if subject else voice.country if voice else None


_AND_BEFORE = re.compile(r",?\s+and\s+(?:(?:has|have|had|was|is|will|would|also|then|later|\w+ly)\s+)*$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_OPENING = re.compile(r"[\s\"“]*(?:the\s+)?", re.I)


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
    return first[0] if r.text[first[0].end : first[0].end + 2] not in ("'s", "’s") else None


def _mode(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> str:
    """asserted, negated, future or conditional: read in the words before the pattern and in its sentence."""
    head = r.text[max(sentence[0], hit[0] - 80) : hit[0]]
    words = " ".join(head.split()[-MAX_MODE_WORDS:])
    if _NEGATION.search(words):
        return "negated"
    if _QUESTION.search(words) or _ASKED.search(r.text, sentence[0], hit[0]):
        return "question"
    if p.event in MATERIAL and _LIFTED.search(words):
        return "lifted"  # "lifted the condition it imposed on ...": a retreat from the act
    if _CONDITION.search(words):
        return "conditional"
    if p.event in MATERIAL or p.quad_class == 4:
        if _CONDITION.search(r.text, sentence[0], sentence[1]):
            return "conditional"
        if _FUTURE.search(words):
            return "future"
    return "asserted"


def _is_table(sentence: str) -> bool:
    """A run of figures ("Holland 201,660, Iran 182,042 ..."): a table of numbers, never a statement."""
    words = sentence.split()
    return len(words) >= 6 and sum(any(c.isdigit() for c in w) for w in words) > TABLE_SHARE * len(words)


def _voice_at(voices: list[Voice], pos: int) -> Voice | None:
    """The speaker's words that hold ``pos`` (the innermost when several do)."""
    inside = [v for v in voices if v.start <= pos < v.end]
    return min(inside, key=lambda v: v.end - v.start) if inside else None


def _events_at(r: Reader, p: Pattern, hit: tuple[int, int], voice: Voice | None, quoted: bool) -> list[Event]:
    """The events one pattern found at ``hit`` codes (one per actor and target)."""
    sentence = r.finder.at(hit[0])
    if p.scope == "quote" and voice is None and quoted:
        return []
    if _is_table(r.text[sentence[0] : sentence[1]]):
        return []
    targets, target_rule = _targets(r, p, hit, sentence)
    if not targets:
        return []
    actors, actor_rule = _actor(r, p, hit, sentence, voice, target_rule)
    mode = _mode(r, p, hit, sentence)
    event = "THREATEN" if mode in ("future", "conditional") and p.event in MATERIAL else p.event
    event = "RETREAT" if mode == "lifted" else event
    source = "quote" if voice is not None else "narration"
    content = (voice.start, voice.end) if voice is not None else sentence
    if any(t.country in actors for t in targets):  # "both the U.S. and Japan should": a list beside the holder
        return []
    return [
        Event(a, t.country, p, event, mode, source, *sentence, hit, actor_rule, target_rule, content)
        for t in targets
        for a in actors
        if t.country and t.country != a
    ]


def _near_mention(r: Reader, p: Pattern, start: int, end: int) -> bool:
    """A cheap test before the sentence is split: is any country named close enough to be the slot?"""
    if p.target == "object":
        return bool(r.after(end, end + 90))
    return bool(r.after(max(0, start - 60), start)) or bool(r.after(end, end + 40))


def person_mentions(text: str, day: str) -> list[Mention]:
    """The public figures of data/people.csv as mentions of their countries: an event coder's actor dictionary
    ("Nakasone rejected", "criticized Reagan" name Japan and the United States acting and acted on)."""
    return [Mention(p.start, p.end, p.name, p.country, None, "person") for p in find_people(text, day)]


def _start(m: Mention) -> int:
    return m.start


def article_events(
    text: str, day: str = "", voices: list[Voice] | None = None, names: dict[str, str] | None = None
) -> list[Event]:
    """Every event of one text; ``voices``: the speakers' words (None: not known, quote-only patterns read
    everywhere without an actor); ``names``: the speakers' surnames and their countries."""
    mentions = sorted([m for m in find_mentions(text, day) if m.country] + person_mentions(text, day), key=_start)
    if not mentions:
        return []
    r = Reader(text, mentions, names, day)
    quoted = voices is not None
    voices = sorted(voices or [], key=lambda v: v.start)
    out, seen = [], set()
    for p, start, end in _matches(text):
        if not _near_mention(r, p, start, end):
            continue
        for ev in _events_at(r, p, (start, end), _voice_at(voices, start), quoted):
            key = (ev.actor, ev.target, ev.event, ev.start)
            if key not in seen:
                seen.add(key)
                out.append(ev)
    return out


def rule_of(ev: Event) -> str:
    """The rule column: which pattern coded the event, and how its actor and target were found."""
    return f"event:{ev.pattern.event}({ev.pattern.form}); actor:{ev.actor_rule}; target:{ev.target_rule}"


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
    the sentence at text[start:end], ``source`` narration or quote, ``mode`` asserted, negated, future or
    conditional, ``quad_class`` PLOVER's quad (1 verbal and 2 material cooperation, 3 verbal and 4 material
    conflict). Pass ``extract_quotes(articles)`` as ``quotes`` to avoid extracting the quotes twice.
    """
    if quotes is None:
        from ..quotes import extract_quotes

        quotes = extract_quotes(articles)
    by_article, names = article_voices(articles, quotes), speaker_countries(quotes)
    errors = ArticleErrors("country_events")
    records = []
    published = articles["published"] if "published" in articles.columns else [None] * len(articles)
    for aid, text, pub in zip(articles["article_id"], articles["text"], published):
        text = text if isinstance(text, str) else ""
        date = pd.Timestamp(pub).normalize() if day_of(pub) else pd.NaT
        found = errors.run(aid, article_events, text, day_of(pub), by_article.get(str(aid), []), names.get(str(aid)))
        records += [event_record(str(aid), date, text, ev) for ev in found if _with_actor(ev)]
    return errors.finish(events_frame(records))


__all__ = ["EVENT_COLUMNS", "Event", "Voice", "article_events", "country_events", "event_patterns"]
