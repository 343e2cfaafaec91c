"""Appraisals of a country with no holder: a story's words that it is failing, criticised, falling short or in trouble
("Japan's policies have attracted criticism", "the failure of Brazil to ...", "Chile's banks were badly hit", "Brazil,
which suspended interest payments"), or that it is succeeding ("appears to have won a battle"), the patterns of
data/appraisals.csv. country_portrayal counts each sentence holding one as an evaluation against (for) the country;
acts and evaluations by one country of another are events (events.py), not appraisals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.rule_tables import read_table
from .firms import names_company_home

# Kinds of appraisal for a country (data/appraisals.csv): it is shown succeeding ("appears to have won a battle",
# "is on the right track"); every other kind is against it.
POSITIVE = frozenset({"success"})
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
# A country in a condition ("if Japan, the U.S. and others succeeded in"): its success is supposed, not told. (Its
# trouble is mostly told all the same: "if Brazil, which suspended payments, continues to defer them".)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w.'’-]+,?\s+){0,4}(?:the\s+)?$", re.I)
# "Bonn would not successfully be able to", "Brazil will not suffer losses": the appraisal denied.
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[\"'’]t\b", re.I)
# Before the "before" slot's words: the appraisal denied ("there was no pressure on Japan") or only supposed ("might
# lead to pressure on South Korea", "would bring more pressure on Japan").
_DENIED = re.compile(
    r"\b(?:(?:no|not|never|without)\s+(?:[\w-]+\s+)?|(?:would|could|might|may)\s+(?:[\w-]+\s+){0,4})$", re.I
)
_OTHER_OWNER = re.compile(rf"\w{_POSSESSIVE}")
# A security named before the appraisal ("Swedish bonds suffered losses", "Japan's stock market slump", "floating
# paper from sovereigns like Sweden suffered heavier losses"): the losses or slump of what is traded, not the
# country's trouble.
_MARKET = re.compile(r"\b(?:bonds?|eurobonds?|notes|paper|shares|stocks?|equit(?:y|ies)|securities|futures)\b", re.I)
# A currency the country names ("the French franc came under pressure", "the U.S. dollar's weakness"): a market's
# news, not the country's trouble. Only right after the country: "efforts by Taiwan to strengthen their currencies were
# disappointing" appraises Taiwan.
_CURRENCY = re.compile(
    r"\s+(?:(?:dollar|franc|yen|lira|sterling|pound|peso|rand|guilder|schilling|peseta|rupee|crown|currenc(?:y|ie))s?"
    r"|unit)\b",
    re.I,
)
# A country's appositive ("Brazil, the third world's largest debtor, has suspended ...") or non-restrictive relative
# ("a challenge from Brazil, which suspended ...") leaves it the subject of the clause that follows: the relative
# pronoun is the subject whatever preposition stands before the country. A determiner opens the appositive, so a
# speaker's aside ("Peru, one official said, is ...") and a list ("Chile, Peru and Bolivia") are none.
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:()\"]{1,60}?,\s+", re.I)
_RELATIVE = re.compile(r",\s+which\s+", re.I)
# "Brazil has the potential to grow, but it is in a difficult position": "it" opening a later clause of a sentence the
# country opens (no other country between) resumes the country as that clause's subject.
_RESUMED = re.compile(r",?\s+(?:but|and|yet)\s+it\s+", re.I)
# The country opens the sentence as its subject: nothing but "the" before it, a verb after it (not "The U.S. dollar
# rose, but it remained weak": "it" is the dollar).
_OPENER = re.compile(r"\s*(?:the\s+)?$", re.I)
_VERB_AFTER = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|does|did|still|also|\w+ed)\b", re.I
)
# A country second in a pair after an appraisal's words ("because of opposition from Britain and West Germany"): the
# first one named, up to two capitalised words, then "and" or "or".
_LISTED = r"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,?\s+(?:and|or))?"
# "The failure of the Lima talks": the country names where a meeting was held, not who failed.
_MEETING = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:talks|meeting|conference|summit|negotiations|round)\b")
# A country that modifies the noun after it ("downward pressure on U.S. interest rates", "a lack of confidence in U.S.
# assets"): the words before appraise that thing, not the country. A lower-case word after the country is its noun
# unless a word of the closed classes below, a noun of its state or a past form ("pressure on Japan eased") opens what
# follows.
_MODIFIED = re.compile(r"\s+(?-i:[a-z])[a-z]*\b(?<!ed)")
_AFTER_COUNTRY = frozenset(
    "to and or in at on over for as by with from into than which who that this these its their is are was were has "
    "have had will would could can may might should must not also said says say told but while after before since "
    "until because amid despite if unless among against about under through during within without toward towards "
    "following ahead now yet so".split()
    # the country's own state ("the failure of the Bangladesh government to"): the country, not a thing it modifies
    + "government administration authorities officials leaders leadership cabinet regime delegation side".split()
)


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


@lru_cache(maxsize=2)
def appraisal_patterns(positive: bool = False) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(owner, of, subject) patterns (the "of" one holds the "before" slot's patterns too) of data/appraisals.csv: those against a country, or for it if ``positive``
    (see POSITIVE)."""
    rows = [r for r in read_table("appraisals.csv") if (r["kind"].strip() in POSITIVE) == positive]
    by_slot: dict[str, list[str]] = {"owner": [], "of": [], "before": [], "subject": []}
    for r in rows:
        by_slot[r["slot"].strip()].append(" ".join(r["words"].lower().split()))
    alt = {k: _alternation(v) for k, v in by_slot.items()}
    owner = re.compile(rf"\s*{_POSSESSIVE}{_GAP}(?P<words>{alt['owner']})\b", re.I)
    of = re.compile(rf"(?:(?:{alt['of']})\s+(?:of|by)|(?:{alt['before']})){_LISTED}\s+(?:the\s+)?$", re.I)
    subject = re.compile(
        rf"\s*(?:{_POSSESSIVE})?(?:[\w.'\"’-]+\s+){{0,{SUBJECT_WORDS}}}?(?:ha(?:s|ve|d)\s+)?(?:also\s+)?(?P<words>{alt['subject']})\b",
        re.I,
    )
    return owner, of, subject


def appraised(sentence: str, start: int, end: int, others: list[int], positive: bool = False) -> bool:
    """Does ``sentence`` appraise the country named at [start, end) (offsets into it), against it or, if ``positive``,
    for it? ``others``: where the sentence names other countries (an appraisal whose words name another country is
    that country's act: an event)."""
    owner, of, subject = appraisal_patterns(positive)
    if not may_appraise(sentence) or positive and _CONDITION.search(sentence[max(0, start - 40) : start]):
        return False
    m = owner.match(sentence, end)
    # "Spain's troubled power company": the company's trouble, not the country's
    if m and names_company_home(sentence, len(sentence[: m.end()].rstrip())):
        m = None
    m = m or (None if _CURRENCY.match(sentence, end) else _subject_match(subject, sentence, start, end))
    if not _stands(m):
        m = _resumed_match(subject, sentence, start, end, others)
    if _stands(m):
        # a country named in the appraisal's own words is its maker ("faced an Iraqi attack"): an event
        return not any(m.start("words") <= o < m.end() for o in others)
    if _MEETING.match(sentence, end) or _modifies(sentence, end):
        return False
    before = of.search(sentence[max(0, start - 60) : start])
    # "there was no pressure on Japan", "might lead to pressure on Japan": denied or supposed
    return bool(before) and not _DENIED.search(before.string, 0, before.start())


def _modifies(sentence: str, end: int) -> bool:
    """Does the country ending at ``end`` modify a noun after it (see _MODIFIED)?"""
    m = _MODIFIED.match(sentence, end)
    return bool(m) and m.group().strip() not in _AFTER_COUNTRY


def _stands(m: re.Match | None) -> bool:
    """Does the match appraise what it starts from: no break between (see _BREAK), no security before the appraisal
    (see _MARKET) and no other owner ("Thatcher's trip and Labour's slump": the slump is Labour's) before the appraisal's words?"""
    if not m or _BREAK.search(m.group()):
        return False
    between = re.sub(rf"^\s*{_POSSESSIVE}", "", m.string[m.start() : m.start("words")])  # the country's own possessive
    negated = _NEGATION.search(between)
    return not negated and not _MARKET.search(m.string, 0, m.start("words")) and not _OTHER_OWNER.search(between)


def _resumed_match(subject: re.Pattern, sentence: str, start: int, end: int, others: list[int]) -> re.Match | None:
    """The ``subject`` pattern's match after "but it" where the country at [start, end) opens the sentence and no other
    country stands between (see _RESUMED)."""
    if not _OPENER.fullmatch(sentence[:start]) or not _VERB_AFTER.match(sentence, end):
        return None
    resumed = _RESUMED.search(sentence, end)
    if not resumed or any(end <= o < resumed.start() for o in others):
        return None
    return subject.match(sentence, resumed.end())


def _subject_match(subject: re.Pattern, sentence: str, start: int, end: int) -> re.Match | None:
    """The ``subject`` pattern's match after the country at [start, end), read past its appositive or from its relative
    pronoun (see _APPOSITIVE), with positions in ``sentence``; the skipped words are not in the match's text."""
    relative = _RELATIVE.match(sentence, end)
    if relative:
        return subject.match(sentence, relative.end())
    if _OBJECT.search(sentence[max(0, start - 20) : start]):
        return None
    aside = _APPOSITIVE.match(sentence, end)
    if aside and not _BREAK.search(sentence[aside.start() + 1 : aside.end()].rstrip().rstrip(",")):
        return subject.match(sentence, aside.end())
    return subject.match(sentence, end)
