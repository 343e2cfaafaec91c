"""Who is hostile to whom: the stance of a holder country toward a target country, from coded events.

A stance row is an event of :mod:`.events` (data/events.csv) whose actor is a country and that voices a stance
(valence not 0: an accusation, a demand, a threat, duties on the target's goods, praise ...), asserted, announced
or conditional but not negated. The holder is the event's actor (the clause's subject, or the speaker's country
for words said), the target the country in the event's slot: never a country merely named in a quote.
Score: the event's valence, made stronger (never weaker, never turned) by the sentiment model's score toward the
target in its sentence. A speaker's words about a country that no event links them to are an evaluation of it
(evaluations.py) only where the model reads them as clearly polar.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from ..text.columns import article_column
from ..text.countries import day_of, find_mentions
from ..text.guard import ArticleErrors
from .choice import DEFAULT_SENTIMENT, check_sentiment
from .coded_events import Event
from .evaluations import DISAPPROVAL, EVALUATION_THRESHOLD, PRAISE_THRESHOLD, as_praise, evaluation_candidates
from .events import voiced_events
from .patterns import Pattern
from .reader import known_people
from .target import polarity_labels, target_scores
from .voices import article_voices, speaker_countries

STANCE_COLUMNS = [
    "article_id", "holder", "target", "score", "label", "evidence", "quote_start", "quote_end", "rule", "event",
]  # fmt: skip


def is_stance(ev: Event) -> bool:
    """An event that voices its actor's stance toward its target."""
    if ev.mode in ("negated", "question", "lifted", "hypothetical") or (
        ev.mode == "conditional" and ev.event != "THREATEN"
    ):
        return False  # a conditional threat is a threat; a conditional accusation or refusal is none yet
    return ev.actor is not None and ev.pattern.valence != 0


# A speaker who reports another country's hostile act against the speaker's own country complains of it: "He said
# the EC not only ignored Manila's request ...," a Philippine minister said -> the Philippines disapproves of the EC.
REPORTED_ACT = Pattern("reported act", "DISAPPROVE", 3, -0.4, "object", "quote")
# A request reported is no grievance: "items on which Washington has asked Seoul to lower tariffs", a Korean says; nor
# is another's concern or unhappiness ("the U.S. and Britain are unhappy with the slow liberalisation", a Japanese says).
_NO_COMPLAINT = frozenset({"DEMAND", "REQUEST", "DISAPPROVE"})
_CLAUSE_ACTORS = ("subject", "agent", "named-speaker")  # the act's actor is named in the words, not the speaker


# An act the words name only as what was (not) discussed is a topic, no grievance: "Miyazawa said the U.S. sanctions
# against Japanese semiconductor products were not discussed at the meeting".
_TOPIC = re.compile(
    r"[^,;:.]{0,80}?\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not\s+|never\s+)?"
    r"(?:discussed|raised|mentioned|taken\s+up|on\s+the\s+agenda)\b"
)


# The writer's relative clause on a noun phrase a speaker confirmed or announced is not the speaker's words: "Zimbabwe
# has confirmed an outbreak of the disease, which prompted Botswana to stop imports" (no Zimbabwean complaint).
_RELATIVE = re.compile(r",\s+(?:which|who)\b", re.I)


def _writers_relative(text: str, voice, act_start: int) -> bool:
    """Does the act lie in a relative clause the writer adds to the noun phrase a speaker's words are?"""
    return bool(voice and voice.noun_phrase and _RELATIVE.search(text, voice.start, act_start))


def complaints(events: list[Event], voices, text: str = "") -> list[Event]:
    """For each asserted hostile act in a speaker's words, by a country the words name, against the speaker's own
    country: the speaker's country's disapproval of the actor (not where the act is only a topic talked of)."""
    by_span = {(v.start, v.end): v for v in voices or []}
    out = []
    for ev in events:
        voice = by_span.get(ev.content) if ev.source == "quote" else None
        speaker = voice.country if voice else None
        if speaker and ev.target == speaker and ev.actor not in (None, speaker) and ev.actor_rule in _CLAUSE_ACTORS:
            if ev.mode != "asserted" or ev.pattern.valence >= 0 or ev.event in _NO_COMPLAINT:
                continue
            if not _TOPIC.match(text, ev.hit[1], ev.end) and not _writers_relative(text, voice, ev.hit[0]):
                out.append(replace(ev, actor=speaker, target=ev.actor, pattern=REPORTED_ACT, event="DISAPPROVE",
                                   actor_rule="reported-act", target_rule="reported-actor"))  # fmt: skip
    return out


# The target rule of a pattern whose two sides act on each other, named by the pattern's noun ("cooperation between X
# and Y"); not a pact the subjects reach ("Baker and Stoltenberg agreed to": both sides act, whoever tells of it).
_TWO_SIDED = frozenset({"between"})


def silent_side(ev: Event, voices) -> bool:
    """Is the event the other side's half of a two-sided verbal act told in the words of one side? ("the Bundesbank
    is confident that the good cooperation between the Bundesbank and the Fed will continue": West Germany's warmth
    toward the United States; the Fed, silent here, voices nothing)."""
    if ev.source != "quote" or ev.target_rule not in _TWO_SIDED or ev.pattern.quad_class not in (1, 3):
        return False  # a material act (fighting between two countries) is done by both sides whoever tells of it
    speaker = next((v.country for v in voices or [] if (v.start, v.end) == ev.content), None)
    return speaker is not None and speaker == ev.target and ev.actor != speaker


def stance_rows(aid: str, text: str, day: str, voices, names=None, home: str | None = None) -> list[Event]:
    """The events of one article that are stances, one per holder, target, event type and sentence; then the
    speakers' words about a country no event links them to (to be read by the model: evaluations.py)."""
    events = [
        ev for ev in voiced_events(text, day, voices, names, home) if is_stance(ev) and not silent_side(ev, voices)
    ]
    events += complaints(events, voices, text)
    mentions = [m for m in find_mentions(text, day) if m.country]
    people = known_people(text, mentions, names, day)
    return events + evaluation_candidates(text, mentions, voices, events, people)


def _score(rows: list[tuple[str, Event]], texts: dict[str, str], sentiment: str) -> np.ndarray:
    """The event's valence, pushed further in its direction by the model's score toward the target."""
    if not rows:
        return np.zeros(0)
    targets = []
    for aid, ev in rows:
        text = texts[aid]
        at = text.find(ev.target, ev.start, ev.end)  # a name of the target in the sentence, else the whole sentence
        s, e = (at, at + len(ev.target)) if at >= 0 else (ev.hit[0], ev.hit[1])
        targets.append((text[ev.start : ev.end], s - ev.start, e - ev.start))
    model = target_scores(targets, sentiment)
    valence = np.array([ev.pattern.valence for _, ev in rows])
    scores = np.where(valence < 0, np.minimum(model, valence), np.maximum(model, valence))
    evaluated = np.array([ev.pattern is DISAPPROVAL for _, ev in rows])
    return np.where(evaluated, model, scores)  # an evaluation is what the model reads in it


def _clear(score: float) -> bool:
    """Is the model's reading of a speaker's words clear enough to be an evaluation?"""
    return score <= -EVALUATION_THRESHOLD or score >= PRAISE_THRESHOLD


def _rule(ev: Event, sentiment: str) -> str:
    """How the holder, the target and the score were found (and which model scored)."""
    holder = "quote-speaker" if ev.actor_rule == "speaker" else f"event-{ev.actor_rule}"  # event-named-speaker ...
    if ev.target_rule == "evaluated-subject":
        return f"holder:{holder}; target:evaluated-subject; score:evaluation+{sentiment}"
    return (
        f"holder:{holder}; target:event-{ev.target_rule}; "
        f"score:event:{ev.event}({ev.pattern.form})/{ev.mode}+{sentiment}"
    )


def country_stance(
    articles: pd.DataFrame, quotes: pd.DataFrame | None = None, sentiment: str = DEFAULT_SENTIMENT
) -> pd.DataFrame:
    """One row per stance found: article_id, holder, target, score, label, evidence, quote_start, quote_end, rule,
    event.

    ``evidence`` is the voiced content (the speaker's words, or the writer's sentence for an act) at
    text[quote_start:quote_end]; ``score`` in [-1, 1]; ``event`` the PLOVER type of the event behind the stance.
    Pass ``extract_quotes(articles)`` as ``quotes`` to avoid extracting the quotes twice. ``sentiment`` names the
    model: "encoder" or "fast".
    """
    check_sentiment(sentiment)  # an unknown name fails here, before any article is read
    if quotes is None:
        from ..quotes import extract_quotes

        quotes = extract_quotes(articles)
    voices, names = article_voices(articles, quotes), speaker_countries(quotes)
    errors = ArticleErrors("country_stance")
    published, homes = article_column(articles, "published"), article_column(articles, "dateline_country")
    texts, rows = {}, []
    for aid, text, pub, home in zip(articles["article_id"], articles["text"], published, homes):
        aid = str(aid)
        texts[aid] = text if isinstance(text, str) else ""
        found = errors.run(aid, stance_rows, aid, texts[aid], day_of(pub), voices.get(aid, []), names.get(aid), home)
        rows += [(aid, ev) for ev in found]
    scores = _score(rows, texts, sentiment)
    keep = [ev.pattern is not DISAPPROVAL or _clear(sc) for (_, ev), sc in zip(rows, scores)]
    rows = [
        (aid, as_praise(ev) if ev.pattern is DISAPPROVAL and sc > 0 else ev)
        for (aid, ev), k, sc in zip(rows, keep, scores)
        if k
    ]
    scores = scores[np.array(keep, dtype=bool)] if len(keep) else scores
    records = [
        (aid, ev.actor, ev.target, float(sc), texts[aid][slice(*ev.content)].strip(), ev.content[0], ev.content[1],
         _rule(ev, sentiment), ev.event)
        for (aid, ev), sc in zip(rows, scores)
    ]  # fmt: skip
    df = pd.DataFrame(records, columns=[c for c in STANCE_COLUMNS if c != "label"])
    df.insert(4, "label", polarity_labels(df["score"].to_numpy()) if len(df) else pd.Series([], dtype=str))
    df = df.astype({"score": "float64", "label": str, "quote_start": "int64", "quote_end": "int64"})
    return errors.finish(df)
