"""Actors and targets named by a pronoun: the country "it" or "its" points back to, where one country is clearly it.

Wire stories name a country once and go on with "it": "Iran announced that its offensive against Iraq had ended",
"Iran claimed repayment. It has also asked France to ...", "The U.S. approved the sale to India while rejecting its
request". Resolved conservatively: "it" to the country that is the subject opening its clause (a verb of saying
right after it, or the sentence before), "its" to the one country other than the actor named before it in the
sentence, with no other proper name between that could own it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from ..text.people import find_people
from ..text.rule_tables import read_table
from .clauses import previous_sentence
from .patterns import Pattern
from .reader import CAPITALISED_WORDS, Reader

_AUXILIARIES = r"(?:(?:has|have|had|was|is|would|will|could|might|also|later|then|again|now|\w+ly)\s+)*"
# "it" right before the pattern, as its clause's subject: "said it had accused", "It has also asked"
_IT_SUBJECT = re.compile(r"\b([Ii]t)\s+" + _AUXILIARIES + r"$")
# "Iran said it", "Japan announced on Monday that it", "Britain says it": a country, then a verb of saying
_SAYS_IT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|announced|announces|stated|declared|added|insisted|claimed|reported)"
    r"(?:\s+(?:today|yesterday|tonight|on\s+\w+day|last\s+week))?(?:\s+that)?\s+its?\s",
)
# what may open a sentence before its subject: "In January, Taiwan reduced", "But Iran has"
_OPENER = re.compile(
    r"[\s\"“]*(?:(?:in|on|at|by|during|since|after)\s+(?:\w+\s+){0,2}\w+,\s+|(?:but|and|meanwhile|however|earlier|later"
    r"|yesterday|today),?\s+)?(?:the\s+)?",
    re.I,
)
# a country acting as the subject: a verb or an auxiliary right after it ("Taiwan reduced", "Iran is claiming")
_ACTS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:has|have|had|is|was|will|would|could|did|said|says|[a-z]+ed|took|made|gave|sought|told)\b"
)
# "its", a few words after the pattern in its object: "escort its tankers", "attacked two of its oil platforms"
_ITS_OBJECT = re.compile(r"\s+(?:(?:about|over|on|against|for|with|to|two|three|some|all|one|of)\s+){0,3}its\s", re.I)
# a proper name (a company, a body) between the country and "its": it could be the owner
_PROPER = re.compile(r"\b[A-Z][\w&.'’-]+")
_MONTHS = frozenset("January February March April May June July August September October November December".split())
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+")  # the owner right before the act: "U.S. tariffs on", "Iran's attack on"
_TITLE_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+$")  # "Finance Minister Gerhard | Stoltenberg"
_ITS_OWNER = re.compile(r"\bits\s+(?:[a-z-]+\s+){0,2}$")  # "its major offensive against": a nominal act's owner


def _opening_subject(r: Reader, start: int, end: int) -> Mention | None:
    """The country that opens the sentence [start, end) as the subject of its verb."""
    found = r.after(start, min(end, start + 60))
    if not found or not _OPENER.fullmatch(r.text, start, found[0].start) or not _ACTS.match(r.text, found[0].end):
        return None
    return found[0]


# "he"/"she" as the subject of a verb joined to a speaker's words: "Baker said the accord was still operative but he
# strongly criticised West German moves" (the speaker goes on, in the writer's words)
_HE_SUBJECT = re.compile(r"\b(?:he|she)\s+" + _AUXILIARIES + r"$")
_JOINED_TO_WORDS = re.compile(r"[\s,\"”]*(?:but|and|while|although|though)\s+")


def _speaker_going_on(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The country of the speaker whose words in the sentence end right before "but he" opens the pattern's clause."""
    he = r.head_search(_HE_SUBJECT, hit, sentence, 40)
    if he is None:
        return None
    words = [v for v in r.voices if sentence[0] <= v.start and v.end <= he.start()]
    if not words or not words[-1].country or not _JOINED_TO_WORDS.fullmatch(r.text, words[-1].end, he.start()):
        return None
    return words[-1].country


def figure_pronoun(text: str, hit: tuple[int, int], sentence_start: int, day: str = "") -> str | None:
    """The country of the public figure (data/people.csv) that "he" or "she" opening the pattern's clause stands for:
    the one figure the sentence names before it ("Treasury Secretary James Baker sparked the fears when he attacked
    West German rates", "Baker said the accord held but he criticised Bonn"); None where it names none or several."""
    if _HE_SUBJECT.search(text, max(sentence_start, hit[0] - 40), hit[0]) is None:
        return None
    figures = {p.country for p in find_people(text[sentence_start : hit[0]], day)}
    return figures.pop() if len(figures) == 1 else None


def pronoun_actor(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[str, str] | None:
    """The country the pronoun subject ("it", "he" going on from his words) or owner ("its") of a pattern stands
    for, and the rule's name."""
    head = r.text[max(sentence[0], hit[0] - 60) : hit[0]]
    if "he " in head and r.voices:
        speaker = _speaker_going_on(r, hit, sentence)
        if speaker:
            return speaker, "he-speaker"
    if "it" not in head.lower():
        return None  # the cheap test
    owner = r.head_search(_ITS_OWNER, hit, sentence, 40)
    subject = None if owner else r.head_search(_IT_SUBJECT, hit, sentence, 60)
    at = owner.start() if owner else subject.start() if subject else -1
    if at < 0:
        return None
    if subject and not r.text[sentence[0] : at].strip(' "“\n'):  # "It has also asked": the sentence before's subject
        before = previous_sentence(r, sentence[0])
        found = _opening_subject(r, *before) if before else None
        return (found.country, "it-previous-subject") if found else None
    said = [m for m in r.before(sentence[0], at) if _SAYS_IT.match(r.text, m.end)]
    opening = _opening_subject(r, sentence[0], sentence[1])
    if said and opening is said[0] and len({m.country for m in r.before(sentence[0], said[0].end)}) == 1:
        return said[0].country, "it-sayer"  # "Iran said it had accused Iraq of ..."
    return None


# "The two countries urged others to follow suit": the pair the sentence before names (the sentence opens with it)
_PAIR_SUBJECT = re.compile(
    r"\s*(?:The\s+two|Both(?:\s+the)?)\s+(?:countries|nations|governments|sides)\s+" + _AUXILIARIES + r"$"
)


def pair_actors(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The two countries of the sentence before, where "The two countries" (or "Both nations") opening the sentence
    is the subject of the pattern at ``hit``; else none."""
    if not _PAIR_SUBJECT.fullmatch(r.text, sentence[0], hit[0]):
        return []
    before = previous_sentence(r, sentence[0])
    countries = list(dict.fromkeys(m.country for m in r.after(*before))) if before else []
    return countries if len(countries) == 2 else []


# "The two presidents also signed", "both nations' central banks would coordinate", "Both sides agreed": a subject that
# is the pair of countries the story has just named (its leaders, governments or bodies), opening its clause
_PAIR_SIDES = re.compile(
    r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:countries|nations|governments|sides|presidents|leaders|states"
    r"|prime\s+ministers|heads\s+of\s+(?:state|government))(?:['’]\s+(?:[a-z]+\s+){0,2}[a-z]+)?\s+"
    + _AUXILIARIES
    + r"$"
)
# what may come before such a subject in its clause: nothing, an opener, or a speaker's verb ("Huayta said both")
_PAIR_OPENS = re.compile(r"[\s\"“]*(?:(?:but|and|meanwhile|however|later|earlier),?\s+)?", re.I)
_PAIR_SAID = re.compile(r"\s(?:said|says|added|announced|stated|told\s+\w+)(?:\s+that)?\s+$")
PAIR_LOOKBACK = 3  # sentences read back for the pair when the paragraph and the sentence before name no country


def pair_subject(text: str, start: int) -> bool:
    """Does a pair subject ("The two countries", "both nations' central banks") come right before ``start``?"""
    return bool(_PAIR_SIDES.search(text, max(0, start - 80), start))


def pair_sides(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The two countries (first mention of each) that a pair subject of the pattern at ``hit`` stands for: those named
    in its paragraph before it or in the sentence before (or, where these name none, in the nearest of the sentences
    before that names any), where exactly two are; else none."""
    subject = r.head_search(_PAIR_SIDES, hit, sentence, 80)
    if subject is None or not (
        _PAIR_OPENS.fullmatch(r.text, sentence[0], subject.start())
        or _PAIR_SAID.search(r.text, sentence[0], subject.start())
    ):
        return []
    start, before = sentence[0], previous_sentence(r, sentence[0])
    paragraph = r.text.rfind("\n ", 0, sentence[0])
    start = min(start, before[0] if before else start, max(paragraph, 0))
    for _ in range(PAIR_LOOKBACK):
        if r.before(start, subject.start()) or not before:
            break
        before = previous_sentence(r, before[0])
        start = before[0] if before else start
    named = sorted(r.before(start, subject.start()) + _people_named(r, start, subject.start()), key=_at)
    first: dict[str, Mention] = {}
    for m in named:  # not a name inside a longer one ("Madrid" in "Miguel de la Madrid")
        if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in named):
            first.setdefault(m.country, m)
    return list(first.values()) if len(first) == 2 and all(first) else []


# a pair subject one side proposes to the other: "Kuroda suggested the two countries could conduct a joint inquiry"
_PAIR_PROPOSED = re.compile(r"\s(?:suggested|proposed)(?:\s+that)?\s+$")


def proposed_pair(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The proposer's country and the other side, where one of the two countries its sentence names proposes the pair
    subject's joint act (the proposer is the one named last before "suggested"); else none."""
    subject = r.head_search(_PAIR_SIDES, hit, sentence, 80)
    if subject is None or not _PAIR_PROPOSED.search(r.text, sentence[0], subject.start()):
        return []
    named = sorted(r.before(sentence[0], subject.start()) + _people_named(r, sentence[0], subject.start()), key=_at)
    if len({m.country for m in named}) != 2 or not all(m.country for m in named):
        return []
    return [named[-1], next(m for m in named if m.country != named[-1].country)]


def _at(m: Mention) -> int:
    return m.start


def _people_named(r: Reader, start: int, end: int) -> list[Mention]:
    """The people of the story with a known country (introduced with it: "Peruvian President Alan Garcia") named in
    [start, end), as mentions of their countries ("Garcia and Mexican President Miguel de la Madrid")."""
    return [
        Mention(found.start(), found.end(), name, country, None, "person")
        for name, country in (r.names or {}).items()
        if country
        for found in re.compile(rf"\b{re.escape(name)}\b").finditer(r.text, start, end)
    ]


def possessive_target(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """The countries "its" in the pattern's object could stand for: those named before it in the sentence (the
    caller keeps the one that is not the actor); none where a proper name of no country comes between."""
    its = _ITS_OBJECT.match(r.text, hit[1], min(sentence[1], hit[1] + 40))
    if its is None:
        return []
    at = its.end() - 4
    before = r.before(sentence[0], at)
    if not before:
        return []
    covered = [(m.start, m.end + 1) for m in before]  # and the word a "U.S." capitalises: "U.S. Has approved"
    titled = [
        _title_start(r.text, m.start) for m in before if m.kind == "person"
    ]  # "Finance Minister Gerhard Stoltenberg"
    names = []  # where the proper names that could own "its" start, and whether each is a person's title or first name
    for name in _PROPER.finditer(r.text, before[0].start, at):  # "sold chips to China, and barred Toshiba's": its
        inside = any(s <= name.start() <= e and r.text[e - 2] == "." or s <= name.start() < e for s, e in covered)
        heard = r.text.endswith("told ", 0, name.start())  # "officials told Reuters that": the hearer owns nothing
        if name.group() not in CAPITALISED_WORDS and name.group() not in _MONTHS and not inside and not heard:
            names.append((name.start(), any(s <= name.start() < e for s, e in titled)))
    if not names:
        return before
    # An act named by its owner ("the U.S. strike against its oil platform"): its owner acts, and no name before
    # another country owns anything after it ("William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted
    # Iran will retaliate for the U.S. strike against its ..."), nor does a person, nor a person's title; after a verb
    # ("Baker said he believes Brazil will strike an agreement with its ...") "its" may be the subject's own, and any
    # name keeps it open.
    if not _OWNER_GAP.fullmatch(r.text, before[-1].end, hit[0]):
        return []
    last_name = max((n for n, title in names if not title), default=-1)
    return [m for m in before if m.start > last_name and m.kind != "person"]


def _title_start(text: str, start: int) -> tuple[int, int]:
    """The span of the capitalised words (title, first names) right before a person's surname."""
    run = _TITLE_RUN.search(text, max(0, start - 60), start)
    return (run.start() if run else start), start


_OBJECTIONS = frozenset({"REJECT", "DISAPPROVE", "PROTEST", "ACCUSE"})


@lru_cache(maxsize=1)
def _the_act() -> re.Pattern:
    """ "the" (or "such", "any such": "would resist any such pressure") and a noun of data/referring_acts.csv, with
    nothing after it that says whose or what it is."""
    nouns = "|".join(sorted((r["noun"].strip() for r in read_table("referring_acts.csv")), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:the|(?:any\s+)?such)\s+(?:[a-z-]+\s+)?(?:{nouns})\b(?!\s+(?:by|of|from|to|for|on|against|in|with|that|over)\b|-)",
        re.I,
    )


def refers_to_act(p: Pattern, text: str, end: int) -> bool:
    """Is the object of an objection a bare definite act or charge ("displeasure with the penalties")?"""
    return p.event in _OBJECTIONS and bool(_the_act().match(text, end))
