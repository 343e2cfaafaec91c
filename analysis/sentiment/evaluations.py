"""A speaker's evaluation of a country that no event pattern codes: "Reagan's decision was based on inaccurate
data," a Japanese official said.

The target is the country the speaker's words are about: the first country named in them, as their subject (at most
MAX_LEAD_WORDS words into them), not the speaker's own, not one of a list. Its sentence is read by the sentiment
model, and the row is kept only where the words hold a hostile word of data/diplomacy_lexicon.csv and the score is
clearly negative (EVALUATION_THRESHOLD): words that report figures (a deficit, a rate, a currency, markets) or a
country's own acts and fortunes are no evaluation of it, however the model reads them. Praise is read only through
the patterns of data/events.csv (PRAISE_THRESHOLD is above any score).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import Mention
from .coded_events import Event
from .lexicon import diplomacy_terms
from .patterns import Pattern
from .spans import SentenceFinder
from .voices import Voice

MAX_LEAD_WORDS = 3  # "he said [the] [U.S.] ..." / "[that] [Japan's] government ...": the content's subject
EVALUATION_THRESHOLD = 0.5  # the model's score past which a speaker's words evaluate their subject
# Praise is read only through the patterns of data/events.csv (praised, welcomed ...): the model leans positive on
# plain news about a country's plans, markets and loans, and on 50 rows read outside the dev sets none of its
# praise readings was right (PRAISE_THRESHOLD above any score: no evaluation is read as praise).
PRAISE_THRESHOLD = 1.01
FIGURE_WORDS = re.compile(
    r"\d|\b(?:pct|percent|billion|mln|million|deficit|surplus|exports?|imports?|dollars?|yen|currenc\w*|rates?"
    r"|prices?|growth|output|markets?)\b",
    re.I,
)
# The words must say something evaluative: a hostile word of data/diplomacy_lexicon.csv (an accusation, an insult,
# a conflict, a refusal), not only a country's own acts or fortunes the model reads as bad news ("Brazil will pay its
# debts in the long run", "Iran fired the missile at a hulk"). Read on 50 stance rows outside the dev sets: the
# evaluations without such a word were 0 of 7 right, those with one 4 of 4.
EVALUATIVE_KINDS = frozenset({"accusation", "insult", "conflict", "refusal"})
_NOT_REFUSAL = EVALUATIVE_KINDS - {"refusal"}
MAX_EVALUATIVE_VALENCE = -1.0  # "missile" (-0.8) or "nuclear" (-0.5) is a topic, not an evaluation


# "The company said British Petroleum last week refused to accept an order": the subject's own refusal, reported, is
# its act (coded by the events, if at all), not the speaker's evaluation of it; other hostile words still evaluate
_OWN_REFUSAL = re.compile(
    r"(?:\s+[^\s,;:]+){0,6}?\s+(?:refus|reject|veto|spurn|snub|deni|deny|dismiss|downplay)\w*\b", re.I
)


@lru_cache(maxsize=2)
def _evaluative(kinds: frozenset[str] = EVALUATIVE_KINDS) -> re.Pattern:
    terms = diplomacy_terms(kinds, MAX_EVALUATIVE_VALENCE)
    words = [re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t) for t in terms]
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)


_PERSON = re.compile(r"\s*(?:(?:that|the)\s+)?([A-Z][a-z]{2,})(?:['’]s)?\b")  # "Reagan's decision ...", "that Kato ..."
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_LIST = re.compile(r"(?:['’]s)?\s*(?:,|and|or)\s*(?:the\s+)?$", re.I)
DISAPPROVAL = Pattern("evaluation", "DISAPPROVE", 3, -EVALUATION_THRESHOLD, "subject", "quote")
PRAISE = Pattern("evaluation", "SUPPORT", 1, EVALUATION_THRESHOLD, "subject", "quote")


def _subject_of(text: str, voice: Voice, mentions: list[Mention]) -> Mention | None:
    """The country the voice's words are about, when it is their subject and stands alone."""
    inside = [m for m in mentions if voice.start <= m.start < voice.end]
    if not inside or len(text[voice.start : inside[0].start].split()) > MAX_LEAD_WORDS:
        return None
    if _CONDITION.search(text, voice.start, inside[0].start):
        return None  # "If the Soviet needs are greater ...": a hypothesis, no evaluation
    first = inside[0]
    if len(inside) > 1 and _LIST.fullmatch(text[first.end : inside[1].start] + " "):
        return None  # "Japan, Korea and Taiwan ...": a list, about none of them in particular
    return first if first.country != voice.country else None


def _person_of(text: str, voice: Voice, names: dict[str, str]) -> Mention | None:
    """A person of the story with a country ("Reagan's decision was ..."), as the voice's subject."""
    found = _PERSON.match(text, voice.start, min(voice.end, voice.start + 40))
    if not found or names.get(found.group(1)) in (None, voice.country):
        return None
    return Mention(found.start(1), found.end(1), found.group(1), names[found.group(1)], None, "person")


def evaluation_candidates(
    text: str, mentions: list[Mention], voices: list[Voice], events: list[Event], names: dict[str, str] | None = None
) -> list[Event]:
    """Speakers' words about a country (or a person of a country: ``names``) that the model is to read (one per
    voice; none where an event already links the speaker's country to that country)."""
    coded = {(ev.actor, ev.target) for ev in events}
    finder, out = SentenceFinder(text), []
    for v in voices:
        if v.country is None or FIGURE_WORDS.search(text, v.start, v.end):
            continue
        m = _subject_of(text, v, mentions) or _person_of(text, v, names or {})
        if m is None or (v.country, m.country) in coded or not _evaluative().search(text, v.start, v.end):
            continue
        if _OWN_REFUSAL.match(text, m.end, v.end) and not _evaluative(_NOT_REFUSAL).search(text, v.start, v.end):
            continue
        s, e = finder.at(m.start)
        out.append(
            Event(v.country, m.country, DISAPPROVAL, "DISAPPROVE", "asserted", "quote", s, e, (m.start, m.end),
                  "speaker", "evaluated-subject", (v.start, v.end))
        )  # fmt: skip
    return out


def as_praise(ev: Event) -> Event:
    """The same evaluation read as positive."""
    return Event(ev.actor, ev.target, PRAISE, "SUPPORT", ev.mode, ev.source, ev.start, ev.end, ev.hit,
                 ev.actor_rule, ev.target_rule, ev.content)  # fmt: skip
