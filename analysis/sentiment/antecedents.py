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
_ITS_OWNER = re.compile(r"\bits\s+(?:[a-z-]+\s+){0,2}$")  # "its major offensive against": a nominal act's owner


def _opening_subject(r: Reader, start: int, end: int) -> Mention | None:
    """The country that opens the sentence [start, end) as the subject of its verb."""
    found = r.after(start, min(end, start + 60))
    if not found or not _OPENER.fullmatch(r.text, start, found[0].start) or not _ACTS.match(r.text, found[0].end):
        return None
    return found[0]


def pronoun_actor(r: Reader, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[str, str] | None:
    """The country the pronoun subject ("it") or owner ("its") of a pattern stands for, and the rule's name."""
    head = r.text[max(sentence[0], hit[0] - 60) : hit[0]]
    if "it" not in head.lower():
        return None  # the cheap test
    owner = _ITS_OWNER.search(r.text, max(sentence[0], hit[0] - 40), hit[0])
    subject = None if owner else _IT_SUBJECT.search(r.text, max(sentence[0], hit[0] - 60), hit[0])
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
    for name in _PROPER.finditer(r.text, before[0].start, at):  # "sold chips to China, and barred Toshiba's": its
        inside = any(s <= name.start() <= e and r.text[e - 2] == "." or s <= name.start() < e for s, e in covered)
        heard = r.text.endswith("told ", 0, name.start())  # "officials told Reuters that": the hearer owns nothing
        if name.group() not in CAPITALISED_WORDS and not inside and not heard:
            return []
    return before


_OBJECTIONS = frozenset({"REJECT", "DISAPPROVE", "PROTEST", "ACCUSE"})


@lru_cache(maxsize=1)
def _the_act() -> re.Pattern:
    """ "the" and a noun of data/referring_acts.csv, with nothing after it that says whose or what it is."""
    nouns = "|".join(sorted((r["noun"].strip() for r in read_table("referring_acts.csv")), key=len, reverse=True))
    return re.compile(
        rf"\s+the\s+(?:[a-z-]+\s+)?(?:{nouns})\b(?!\s+(?:by|of|from|to|for|on|against|in|with|that|over)\b|-)", re.I
    )


def refers_to_act(p: Pattern, text: str, end: int) -> bool:
    """Is the object of an objection a bare definite act or charge ("displeasure with the penalties")?"""
    return p.event in _OBJECTIONS and bool(_the_act().match(text, end))
