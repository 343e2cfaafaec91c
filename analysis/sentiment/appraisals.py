"""Appraisals of a country with no holder: a story's words that it is failing, criticised, falling short or in trouble
("Japan's policies have attracted criticism", "the failure of Brazil to ...", "Chile's banks were badly hit"), the
patterns of data/appraisals.csv. country_portrayal counts each sentence holding one as an evaluation against the
country; acts and evaluations by one country of another are events (events.py), not appraisals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.rule_tables import read_table

SUBJECT_WORDS = 8  # words between the country opening a clause and the appraisal that closes it
# "(be)" in a pattern: a form of "be", then the adverbs that leave the appraisal standing ("were still disappointing")
_BE = (
    r"(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|ha(?:s|ve|d)\s+been|(?:would|will)\s+be)"
    r"\s+(?:(?:still|also|too|very|clearly|seriously|so\s+far)\s+)?"
)
_GAP = r"(?:[\w.'\"’-]+\s+){0,2}?"  # "~" in a pattern
_POSSESSIVE = r"[\"'’]s\s+"  # the corpus writes "Japan"s" as well as "Japan's"
# Between the country and the appraisal: no new clause ("but", "as", "that", a comma), no speaker ("X said results were
# disappointing": the country names the speaker or a company, not what the words appraise) unless the speaker speaks
# of itself ("X said it was badly hit").
_BREAK = re.compile(
    r"[,;:()]|\b(?:but|while|whereas|although|after|because|since|according|as|that|which|who|when|if|unless)\b"
    r"|\b(?:said|says|say|told|tells|added)\b(?!\s+(?:it|they)\b)",
    re.I,
)
# A country after a preposition ("restrictions on exports to the U.S. were to blame") is not the clause's subject.
_OBJECT = re.compile(r"\b(?:to|on|from|with|against|for|into|than|towards?|between|over|at|in)\s+(?:the\s+)?$", re.I)
# A relative clause or an apposition on the country: its subject is the country ("Brazil, which suspended interest
# payments", "Brazil, the third world's largest debtor, has suspended"); the appraisal follows.
_APPOSITION = re.compile(r",\s*(?:which\s+|the\s+[^,;:()]{1,60}?,\s*)", re.I)
# "The failure of the Lima talks": the country names where a meeting was held, not who failed.
_MEETING = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:talks|meeting|conference|summit|negotiations|round)\b")


def _word(w: str) -> str:
    """A regex of one word of a pattern: * any ending, ~ up to two words, (be) a form of "be"."""
    if w == "~":
        return _GAP
    if w == "(be)":
        return _BE
    return re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"\b") + r"\s*"


def _alternation(patterns: list[str]) -> str:
    """A regex of any of ``patterns`` (lower-case words): those sharing all but their first word joined on the rest
    ("attracted ~ criticism", "drew ~ criticism"), the others on their first word ("(be) disappointing", "(be) in
    trouble"): the same matches as one branch per pattern, compiled many times faster."""
    by_rest: dict[str, list[str]] = {}
    for p in patterns:
        first, _, rest = p.partition(" ")
        by_rest.setdefault(rest, []).append(first)
    branches, by_first = [], {}
    for rest, firsts in by_rest.items():
        if len(firsts) > 1:
            branches.append(f"(?:(?:{'|'.join(_word(f) for f in firsts)}){_words(rest)})")
        else:
            by_first.setdefault(firsts[0], []).append(rest)
    for first, rests in by_first.items():
        branches.append(f"(?:{_word(first)}(?:{'|'.join(_words(r) for r in rests)}))")
    return "|".join(branches) or r"(?!)"


def _words(words: str) -> str:
    """A regex of a pattern's words (see :func:`_word`)."""
    return "".join(map(_word, words.split())).removesuffix(r"\s*")


@lru_cache(maxsize=1)
def last_words() -> tuple[str, ...]:
    """The last words of each pattern (its rarest: two where both are plain words, "badly hit"), lower-case: a
    text holding none of them holds no appraisal."""
    out = set()
    for r in read_table("appraisals.csv"):
        words = r["words"].lower().split()
        two = len(words) > 1 and words[-2].isalpha()
        out.add(" ".join(words[-2:] if two else words[-1:]).rstrip("*"))
    return tuple(sorted(out))


def may_appraise(text: str) -> bool:
    """A cheap test before the patterns: does ``text`` hold a pattern's last word (in lower case, as running text
    writes it)?"""
    for w in last_words():  # substring tests: many times faster than a regex over the story
        if w in text:
            return True
    return False


@lru_cache(maxsize=1)
def last_words_pattern() -> str:
    """A regex of any pattern's last words (:func:`last_words`), for a whole column at once (pandas ``str.contains``)."""
    return "|".join(re.escape(w) for w in last_words())


@lru_cache(maxsize=1)
def appraisal_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(owner, of, subject) patterns of data/appraisals.csv."""
    rows = read_table("appraisals.csv")
    by_slot: dict[str, list[str]] = {"owner": [], "of": [], "subject": []}
    for r in rows:
        by_slot[r["slot"].strip()].append(" ".join(r["words"].lower().split()))
    alt = {k: _alternation(v) for k, v in by_slot.items()}
    owner = re.compile(rf"\s*{_POSSESSIVE}{_GAP}(?P<words>{alt['owner']})\b", re.I)
    of = re.compile(rf"(?:{alt['of']})\s+(?:of|by)\s+(?:the\s+)?$", re.I)
    subject = re.compile(
        rf"\s*(?:{_POSSESSIVE})?(?:[\w.'\"’-]+\s+){{0,{SUBJECT_WORDS}}}?(?:ha(?:s|ve|d)\s+)?(?:also\s+)?(?P<words>{alt['subject']})\b",
        re.I,
    )
    return owner, of, subject


def appraised(sentence: str, start: int, end: int, others: list[int]) -> bool:
    """Does ``sentence`` appraise the country named at [start, end) (offsets into it)? ``others``: where the
    sentence names other countries (an appraisal whose words name another country is that country's act: an event)."""
    owner, of, subject = appraisal_patterns()
    if not may_appraise(sentence):
        return False
    after = sentence[end:]
    skip = _APPOSITION.match(after)  # "Brazil, which suspended ...", "Brazil, the largest debtor, has suspended ..."
    end, after = (end + skip.end(), after[skip.end() :]) if skip else (end, after)
    m = owner.match(after) or (None if _OBJECT.search(sentence[max(0, start - 20) : start]) else subject.match(after))
    if m and not _BREAK.search(m.group()):
        # a country named in the appraisal's own words is its maker ("faced an Iraqi attack"): an event
        words = (end + m.start("words"), end + m.end())
        return not any(words[0] <= o < words[1] for o in others)
    return bool(of.search(sentence[max(0, start - 60) : start])) and not _MEETING.match(after)
