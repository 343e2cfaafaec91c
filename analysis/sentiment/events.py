"""Who did what to whom: events between countries, coded with the patterns of data/events.csv (PLOVER types).

For each pattern found (a verb or noun of an act or an evaluation), the event's target is the country in the
pattern's slot (its object, the subject of "must", or the country its evaluative words are about), the actor the
clause's subject, the agent of a passive ("was accused by X"), or, inside a speaker's words, the speaker's country
(extract_quotes). A negated act is kept with mode ``negated`` (no stance); an act only announced or conditional is
coded THREATEN with mode ``future`` or ``conditional``; a question ("asked if X would retaliate") has mode
``question``, an act no one has done ("any attack on its ships will bring ...") ``hypothetical``. Country names are read
as on the article's date.

This module runs the coding; its steps live beside it: :mod:`.event_mentions` (the countries read),
:mod:`.act_checks` (is a pattern an act at all), :mod:`.pattern_readings` (what the words around it make of it),
:mod:`.event_sides` (its targets and actors), :mod:`.implied_events` (refusals and invitations it implies) and
:mod:`.coded_events` (the Event and its table row).
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..text.columns import article_column
from ..text.countries import day_of
from ..text.guard import ArticleErrors
from .act_checks import is_table, near_mention, no_act
from .coded_events import EVENT_COLUMNS, Event, event_record, events_frame, rule_of
from .demanded import demanded_acts
from .event_mentions import event_mentions
from .event_sides import actors_of, targets_kept, targets_of
from .firms import company_not_country
from .implied_events import invitations, refusals
from .modes import event_mode
from .pattern_readings import aid_cut, by_force, offered
from .patterns import MATERIAL, Pattern, event_patterns, pattern_matches
from .reader import Reader, introduced_people
from .voices import Voice, article_voices, speaker_countries


def _voice_at(voices: list[Voice], pos: int) -> Voice | None:
    """The speaker's words that hold ``pos`` (the innermost when several do)."""
    inside = [v for v in voices if v.start <= pos < v.end]
    return min(inside, key=lambda v: v.end - v.start) if inside else None


def _events_at(r: Reader, p: Pattern, hit: tuple[int, int], voice: Voice | None, quoted: bool) -> list[Event]:
    """The events one pattern found at ``hit`` codes (one per actor and target)."""
    sentence = r.finder.at(hit[0])
    if p.scope == "quote" and voice is None and quoted:
        return []
    if is_table(r.text[sentence[0] : sentence[1]]) or no_act(r, p, hit, sentence):
        return []
    p = offered(r, aid_cut(r, p, hit, sentence), hit, sentence)
    p, targets, target_rule = targets_of(r, p, hit, sentence)
    if not targets:
        return []
    p = by_force(r, p, hit, targets, target_rule)
    if p is None:
        return []  # "the cuts hit Japanese exporters": no force
    actors, actor_rule = actors_of(r, p, hit, sentence, voice, targets, target_rule)
    if actor_rule == "helped-pronoun":
        return []  # the act of a pronoun helped to do it, whose country this clause does not tell
    targets = targets_kept(actors, targets, target_rule)
    if not targets:
        return []
    mode = _mode(r, p, hit, sentence, target_rule)
    event = "THREATEN" if mode in ("future", "conditional") and p.event in MATERIAL else p.event
    event = "RETREAT" if mode == "lifted" else event
    source = "quote" if voice is not None else "narration"
    content = (voice.start, voice.end) if voice is not None else sentence
    found = [
        Event(a, t.country, p, event, mode, source, *sentence, hit, actor_rule, target_rule, content)
        for t in targets
        for a in actors
        if t.country and t.country != a
    ]
    return found + refusals(r, found, hit, sentence) + invitations(r, found)


def _mode(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int], target_rule: str) -> str:
    """The event's mode (modes.py), but asserted where the target's rule reads the act as the premise of a warning
    made or the pressure that is not yielded to."""
    mode = event_mode(r, p, hit, sentence)
    if target_rule == "premise-owner" and mode == "hypothetical":
        return "asserted"  # "any Iranian attack will bring a response": the warning is made; the attack is its premise
    if target_rule == "demand-of-owner" and mode == "negated":
        return "asserted"  # "Japan would not bow to U.S. pressure": the yielding is negated, the pressure stands
    return mode


def _home(home: str | None) -> str | None:
    """The dateline's country, or None: a missing dateline may come as NaN, never equal to itself."""
    return home if isinstance(home, str) and home else None


def article_events(
    text: str,
    day: str = "",
    voices: list[Voice] | None = None,
    names: dict[str, str] | None = None,
    home: str | None = None,
) -> list[Event]:
    """Every event of one text; ``voices``: the speakers' words (None: not known, quote-only patterns read
    everywhere without an actor); ``names``: the speakers' surnames and their countries; ``home``: the dateline's
    country."""
    found = list(pattern_matches(text))  # most stories have no pattern: no need to read their names
    if not found:
        return []
    home = _home(home)
    mentions = event_mentions(text, day, home)
    if not mentions:
        return []
    r = Reader(text, mentions, names, day, home)
    # "a Japanese trading house said": no actor or target (a company's demonym introduces no one: the names stay)
    r.drop([m for m in mentions if company_not_country(r, m)])
    quoted = voices is not None
    voices = sorted(voices or [], key=lambda v: v.start)
    r.voices = voices
    out, seen = [], set()
    for p, start, end in found:
        if not near_mention(r, p, start, end):
            continue
        for ev in _events_at(r, p, (start, end), _voice_at(voices, start), quoted):
            key = (ev.actor, ev.target, ev.event, ev.start)
            if key not in seen:
                seen.add(key)
                out.append(ev)
    return list(dict.fromkeys(demanded_acts(r, out)))  # an act urged of another is its urger's demand


def voiced_events(
    text: str, day: str, voices: list[Voice], names: dict[str, str] | None, home: str | None
) -> tuple[Event, ...]:
    """:func:`article_events` with the speakers' words known: worked out once per article for both its readers
    (country_events and country_stance run one after the other on the same articles and quotes)."""
    return _voiced_events(text, day, tuple(voices), tuple(sorted(names.items())) if names else None, _home(home))


# A memo, not state: the events are a pure function of the arguments, and the tables they read are fixed.
@lru_cache(maxsize=1024)
def _voiced_events(text: str, day: str, voices: tuple, names: tuple | None, home: str | None) -> tuple[Event, ...]:
    return tuple(article_events(text, day, list(voices), dict(names) if names else None, home))


def _with_actor(ev: Event) -> bool:
    return ev.actor is not None


def country_events(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per event between two countries: article_id, date, actor, target, event, polarity, evidence,
    start, end, source, rule, mode, quad_class.

    ``event`` is a PLOVER type (data/events.csv), ``polarity`` -1 (conflict) or +1 (cooperation), ``evidence``
    the sentence at text[start:end], ``source`` narration or quote, ``mode`` asserted, negated, future,
    conditional, question, lifted or hypothetical, ``quad_class`` PLOVER's quad (1 verbal and 2 material cooperation, 3 verbal and 4 material
    conflict). Pass ``extract_quotes(articles)`` as ``quotes`` to avoid extracting the quotes twice.
    """
    if quotes is None:
        from ..quotes import extract_quotes

        quotes = extract_quotes(articles)
    by_article, names = article_voices(articles, quotes), speaker_countries(quotes)
    errors = ArticleErrors("country_events")
    records = []
    published, homes = article_column(articles, "published"), article_column(articles, "dateline_country")
    for aid, text, pub, home in zip(articles["article_id"], articles["text"], published, homes):
        text = text if isinstance(text, str) else ""
        date = pd.Timestamp(pub).normalize() if day_of(pub) else pd.NaT
        voices, known = by_article.get(str(aid), []), names.get(str(aid))
        found = errors.run(aid, voiced_events, text, day_of(pub), voices, known, home)
        records += [event_record(str(aid), date, text, ev) for ev in found if _with_actor(ev)]
    return errors.finish(events_frame(records))


__all__ = [
    "EVENT_COLUMNS", "Event", "Pattern", "Voice", "article_events", "country_events", "event_patterns",
    "introduced_people", "rule_of", "voiced_events",
]  # fmt: skip
