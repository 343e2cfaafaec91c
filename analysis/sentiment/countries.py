"""How each country is written about: target sentiment of every country mention, and per article and country."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..text.columns import article_column
from ..text.countries import day_of, find_mentions
from ..text.guard import ArticleErrors
from ..text.people import find_people
from .antecedents import figure_pronoun
from .appraisals import appraised, last_words_pattern
from .choice import DEFAULT_SENTIMENT, check_sentiment
from .coded_events import Event
from .events import article_events
from .firms import names_party, party_mentions
from .intentions import states_intent
from .model import THRESHOLD
from .modes import LIFTED
from .ranks import ranks
from .spans import SentenceFinder
from .target import polarity_labels, target_scores
from .voices import MARKET_VOICES

SENTIMENT_COLUMNS = ["article_id", "country", "start", "end", "score", "label", "evidence", "rule"]
PORTRAYAL_COLUMNS = ["article_id", "country", "score", "label", "n_mentions"]
MENTION_RULE = "target:country-mention; context:sentence; score:{}"  # the model that scored: encoder or fast
# Portrayal counts one neutral sentence more than the article has: a country named in one or two sentences
# needs clearly polar ones to be portrayed as polar (a prior toward neutral, not a threshold on counts).
NEUTRAL_PRIOR = 1.0
# Most countries in most wire stories are portrayed neutrally: a country is portrayed negatively (positively) only
# on evidence strong enough: the model's leaning over at least MIN_SENTENCES sentences that name it (one or two
# sentences are a mention in passing: the model leans positive on plain business news about a country named twice) with no events of the story the other way, or acts and evaluations against (for) it
# (analysis.country_events, any actor): STRONG_EVENTS sentences of them (acts against it and none for it, whatever
# the model's mean), or one with a score past the threshold, or one firm act (FIRM_VALENCE) with a negative mean.
MIN_SENTENCES = 3
STRONG_EVENTS = 2
# A single act against a country portrays it negatively where the sentences naming it lean negative (below the
# model's threshold) and the act is firm: asserted (not announced, conditional or asked) and no milder than a
# complaint ("must do more" and other demands are not enough).
FIRM_VALENCE = -0.4
# An act against a country by no country the story names ("the mining unions have accused Chile of breaking the wage
# accord", "critics charge that Peru's rules are unfair"), outside the story's lead (its first sentence), is background,
# not the story's point: it is not firm (two sentences of acts against the country still portray it negatively).
# A refusal or opposition ("X refused Y's request", "X opposed Y's proposal") turns down what a country asks or
# proposes: a disagreement, not blame, so it is never firm (two sentences of them still count against the country).
DISAGREEMENT = frozenset({"REJECT"})
# A refusal of the pressure, charges or penalties another country's act laid on it, told of before ("Japan rejected
# the charges", "would resist any such pressure", "would not bow to U.S. pressure"): the country defends itself, the
# presser's act is told where it is made; neither is counted for portrayal.
DEFENCES = frozenset({"act-antecedent", "refused-owner"})
# A pact two countries agreed jointly ("Baker and Stoltenberg agreed to pursue the policies") is a stance of each
# toward the other, but no act done for either: their story may still be the quarrel the pact settles.
PACTS = frozenset({"joint"})
# Praise, welcome or thanks (not a plain "backed" or "supported"): enough, with sentences leaning for the country, to
# outweigh one act against it; praise in two sentences or more is the story's point, not a rider, and outweighs as
# many acts against it unless the sentences lean against the country.
PRAISE_VALENCE = 0.4
PRAISE_REPEATED = 2
# What portrays a country positively is credit given to it: praise or backing (SUPPORT), or another's concession to it
# (CONCEDE: it got what it asked for). Aid, cooperation, agreements and talks are relations between countries, not
# portrayals (an escorted tanker's flag state is not praised); they still count as events for it against a negative.
CREDIT = frozenset({"SUPPORT", "CONCEDE"})
LEANING = THRESHOLD / 2  # sentences leaning for a country: half the model's polar band (below it, the model's noise)
# A country the model reads as positive with no act or praise for it is "mainly praised" only where no sentence reads
# it clearly negatively (twice the model's threshold; a revival "hampered by" a wage freeze is below it): a story that
# says in one sentence that it has the highest subsidies or faces sanctions does not portray it positively on the
# model's leaning over the others (credit and praise still do).
AGAINST_SENTENCE = -2 * THRESHOLD
# Force used on a country (attacks, strikes, shelling: PLOVER's ASSAULT) makes it a victim, not the object of
# criticism or blame: it does not portray the country negatively (a Gulf story's attacked tanker states stay neutral).
FORCE = frozenset({"ASSAULT"})
# Force another country retaliates for ("in retaliation for an Iranian missile attack on a U.S. ship", "a measured
# response to Iran's attack"), where the story shows the retaliation (force by another country on its actor), is the
# aggression the story blames: it portrays its actor negatively (firm), as an act against it; the retaliation, and
# force the story does not tie to a cause, still portray no one.
_RETALIATED = re.compile(
    r"\b(?:retaliat\w*|reprisals?|revenge|response|responding)\s+(?:for|to)\s+(?:[\w'’.-]+\s+){0,5}$", re.I
)
RETALIATED_WINDOW = 80  # characters before the attack's words that may hold "retaliation for"
# A demand that its target act toward another country is advice, not blame (see _asked_to_act).
ADVICE = frozenset({"DEMAND"})


# A lift hoped for or to come ("hoped the U.S. could lift", "hopes to lift"), not one asked for ("ask Tokyo to remove
# its quotas": a demand) or done.
_PENDING = re.compile(r"\b(?:could|would|will|may|might|hopes?|hoped|hoping)\b", re.I)


@dataclass(frozen=True)
class MentionTarget:
    """A country mention with the sentence the model reads it in."""

    article_id: str
    country: str
    start: int
    end: int
    sentence: str
    sentence_start: int

    def target(self) -> tuple[str, int, int]:
        """(sentence, start, end) with offsets into the sentence."""
        return self.sentence, self.start - self.sentence_start, self.end - self.sentence_start


def mention_targets(article_id: str, text: str, day: str = "") -> list[MentionTarget]:
    """Every country mention of one article (ambiguous ones left out) with its sentence, names as on ``day``."""
    finder = SentenceFinder(text)
    out = []
    for m in find_mentions(text, day):
        if not names_party(text, m):
            continue
        s, e = finder.at(m.start)
        s, e = (s, e) if m.end <= e else (m.start, m.end)
        out.append(MentionTarget(str(article_id), m.country, m.start, m.end, text[s:e], s))
    return out


def _score_all(targets: list[MentionTarget], errors: ArticleErrors, sentiment: str) -> np.ndarray:
    """Scores for all targets in one batch; if the batch fails, article by article (failures recorded)."""
    try:
        return target_scores([t.target() for t in targets], sentiment)
    except Exception:  # noqa: BLE001 - find the article that trips the model, keep the others
        scores = np.full(len(targets), np.nan)
        for aid in dict.fromkeys(t.article_id for t in targets):
            idx = [i for i, t in enumerate(targets) if t.article_id == aid]
            got = errors.run(aid, lambda ix: list(target_scores([targets[i].target() for i in ix], sentiment)), idx)
            if got:
                scores[idx] = got
        return scores


def country_sentiment(articles: pd.DataFrame, sentiment: str = DEFAULT_SENTIMENT) -> pd.DataFrame:
    """One row per country mention: article_id, country, start, end, score, label, evidence, rule.

    ``score`` in [-1, 1] is the model's sentiment toward the mention in its sentence (P(positive) - P(negative)),
    ``label`` negative/neutral/positive, ``evidence`` the sentence the model read, ``rule`` how the row was made
    (and which model scored it). Mentions marked ambiguous by the gazetteer ("Korea") are left out; names are
    read as on the article's ``published`` date ("Germany" in 1987 is West Germany).
    ``sentiment`` names the model: "encoder" (the default) or "fast".
    """
    check_sentiment(sentiment)  # an unknown name fails here, before any article is read
    errors = ArticleErrors("country_sentiment")
    targets: list[MentionTarget] = []
    published = article_column(articles, "published")
    for aid, text, pub in zip(articles["article_id"], articles["text"], published):
        targets += errors.run(aid, mention_targets, aid, text if isinstance(text, str) else "", day_of(pub))
    scores = _score_all(targets, errors, sentiment) if targets else np.zeros(0)
    keep = ~np.isnan(scores)
    rule = MENTION_RULE.format(sentiment)
    rows = [
        (t.article_id, t.country, t.start, t.end, float(sc), t.sentence.strip(), rule)
        for t, sc, k in zip(targets, scores, keep)
        if k
    ]
    df = pd.DataFrame(rows, columns=[c for c in SENTIMENT_COLUMNS if c != "label"])
    df.insert(5, "label", polarity_labels(df["score"].to_numpy()) if len(df) else pd.Series([], dtype=str))
    df = df.astype({"start": "int64", "end": "int64", "score": "float64", "label": str})
    return errors.finish(df)


class EventCounts(NamedTuple):
    """Sentences of one story with events about one country (negated acts left out), or appraising it."""

    against: int  # acts or evaluations against it
    for_: int  # for it
    firm: int  # against it and firm (see FIRM_VALENCE), or a sanction a named other country announces
    acts: int = 0  # its own hostile acts short of force against another country (the story's actor there)
    praised: int = 0  # asserted praise of it (SUPPORT at PRAISE_VALENCE or warmer)
    credit: int = 0  # asserted credit given to it (see CREDIT)
    appraised: int = 0  # appraisals of it with no holder: failing, criticised, short, in trouble (appraisals.py)
    succeeded: int = 0  # appraisals of it succeeding ("appears to have won a battle", appraisals.POSITIVE)


def _lift_pending(text: str, ev: Event) -> bool:
    """A lift only hoped for or planned ("hoped the U.S. could lift the sanctions against Japan soon"): the act stands."""
    head = text[max(ev.start, ev.hit[0] - 80) : ev.hit[0]]
    lifts = list(LIFTED.finditer(head))
    return bool(lifts) and bool(_PENDING.search(" ".join(head[: lifts[-1].start()].split()[-2:])))


def _firm(ev: Event, text: str, lead_end: int) -> bool:
    """An act against its target firm enough for a portrayal: asserted and at least a complaint, by a named other
    country or in the story's lead (one by no named country elsewhere is background), or a sanction a named other
    country announces, makes conditional or only hopes to lift (a penalty blames its target; a threat of force makes
    it a victim)."""
    if ev.mode == "asserted":
        placed = ev.actor not in (None, ev.target) or ev.start < lead_end
        return ev.pattern.valence <= FIRM_VALENCE and ev.pattern.event not in DISAGREEMENT and placed
    pending = ev.event == "THREATEN" or ev.event == "RETREAT" and _lift_pending(text, ev)
    return pending and ev.pattern.event == "SANCTION" and ev.actor not in (None, ev.target)


def _retaliated_for(ev: Event, text: str) -> bool:
    """Force by one country on another that the sentence says another retaliates for or responds to."""
    if ev.actor in (None, ev.target) or ev.mode in ("negated", "hypothetical"):
        return False
    return bool(_RETALIATED.search(text[max(ev.start, ev.hit[0] - RETALIATED_WINDOW) : ev.hit[0]]))


def _asked_to_act(found: list[Event]) -> set[int]:
    """The demands that ask a country to act toward another ("called on X to retaliate against Y", "urged X to join Y
    in talks": the sentence codes X's act on Y too): advice on what it should do, not blame of its own conduct."""
    acting = {(ev.start, ev.actor) for ev in found if ev.mode != "negated" and ev.actor not in (None, ev.target)}
    return {id(ev) for ev in found if ev.pattern.event in ADVICE and (ev.start, ev.target) in acting}


def _figure_acts(found: list[Event], text: str, day: str) -> list[Event]:
    """The events, an act with no actor done by a public figure's "he" ("Baker said the accord held but he criticised
    Bonn") given the figure's country as actor: for portrayal a named country's act, firm, and no credit to the
    figure's own country ("Baker said he supports the Federal Reserve's course")."""
    return [
        replace(ev, actor=figure_pronoun(text, ev.hit, ev.start, day))
        if ev.actor is None and ev.pattern.valence
        else ev
        for ev in found
    ]


# Praise or backing whose subject is a market voice ("Traders in Asian centres generally welcomed the U.S. night
# session"): markets hold no stance, so it is no credit to the country (unless a speech verb makes the voice a
# reporter of another's praise: "dealers said Tokyo welcomed").
_WORD = re.compile(r"[A-Za-z]+")
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|reported)\b", re.I)


def _market_praise(ev: Event, text: str) -> bool:
    """Credit with no actor whose clause's subject is a market voice (voices.MARKET_VOICES): no country's credit."""
    head = text[ev.start : ev.hit[0]]
    voices = [w for w in _WORD.finditer(head) if w.group().lower() in MARKET_VOICES]
    return ev.actor is None and bool(voices) and not _SPEECH.search(head, voices[-1].end())


def event_sentences(articles: pd.DataFrame) -> dict[tuple[str, str], EventCounts]:
    """(article, country) -> the sentences of the story's events about the country (:class:`EventCounts`)."""
    out: dict[tuple[str, str], list[set]] = {}
    published, homes = article_column(articles, "published"), article_column(articles, "dateline_country")
    # lists, not the columns: a column of arrow strings is many times slower to walk
    for aid, text, pub, home in zip(articles["article_id"].tolist(), articles["text"].tolist(), published, homes):
        try:
            found = article_events(text if isinstance(text, str) else "", day_of(pub), home=home)
        except Exception:  # noqa: BLE001 - an article the event coder trips on keeps the model's portrayal
            continue
        found = _figure_acts(found, text, day_of(pub))
        asked = _asked_to_act(found)
        # the lead matters only to acts by no named country: most articles have none, and splitting costs
        unplaced = any(ev.actor in (None, ev.target) for ev in found)
        lead_end = _lead_end(text) if unplaced and isinstance(text, str) else 0
        struck = {ev.target for ev in found if ev.pattern.event in FORCE and ev.actor not in (None, ev.target)}
        for ev in found:
            if not ev.pattern.valence or ev.mode == "negated" or id(ev) in asked:
                continue
            if ev.pattern.event in FORCE:  # a country attacked is in the news, not blamed or criticised
                if ev.actor in struck and _retaliated_for(ev, text):
                    aggressor = out.setdefault((str(aid), ev.actor), _sets())
                    aggressor[0].add(ev.start)
                    aggressor[2].add(ev.start)
                continue
            # "Japan will resist the pressure": no act against the presser, nor Japan's; a pact: no act for either
            if ev.target_rule in DEFENCES | PACTS:
                continue
            against, for_, firm, _, praised, credit, *_ = out.setdefault((str(aid), ev.target), _sets())
            (against if ev.pattern.valence < 0 else for_).add(ev.start)
            if ev.pattern.valence < 0 and _firm(ev, text, lead_end):
                firm.add(ev.start)
            # no credit from itself ("Baker said he supports the Federal Reserve's course") or from markets
            own = ev.actor == ev.target or _market_praise(ev, text)
            if ev.mode == "asserted" and ev.pattern.valence > 0 and ev.pattern.event in CREDIT and not own:
                credit.add(ev.start)
                if ev.event == "SUPPORT" and ev.pattern.valence >= PRAISE_VALENCE:
                    praised.add(ev.start)
            hostile = ev.pattern.valence < 0 and ev.pattern.quad_class < 4  # short of force
            if hostile and ev.mode in ("asserted", "future", "conditional") and ev.actor not in (None, ev.target):
                out.setdefault((str(aid), ev.actor), _sets())[3].add(ev.start)
    return {k: EventCounts(*map(len, v)) for k, v in out.items()}


def _lead_end(text: str) -> int:
    """Where the story's lead (its first sentence) ends."""
    first = len(text) - len(text.lstrip())
    return SentenceFinder(text).at(first)[1] if text.strip() else 0


def _sets() -> list[set]:
    """One set of sentence starts per field of :class:`EventCounts`."""
    return [set() for _ in EventCounts._fields]


def sentence_appraisals(sentence: str, day: str = "", positive: bool = False) -> set[str]:
    """The countries one sentence appraises (appraisals.py; for them if ``positive``), its mentions read as
    :func:`mention_targets` reads them, and the countries of the public figures it appraises ("Treasury Secretary
    James Baker came under fire": the United States criticised in its official; data/people.csv)."""
    named = party_mentions(sentence, day)
    out = {
        m.country
        for m in named
        if appraised(sentence, m.start, m.end, [o.start for o in named if o is not m], positive)
    }
    starts = [m.start for m in named]
    people = find_people(sentence, day)
    return out | {p.country for p in people if appraised(sentence, p.start, p.end, starts, positive)}


def appraisal_counts(
    articles: pd.DataFrame, sentiment: pd.DataFrame, positive: bool = False
) -> dict[tuple[str, str], int]:
    """(article, country) -> how many of the sentences :func:`country_sentiment` read appraise the country (against
    it, or for it if ``positive``)."""
    # only the sentences that name a country and hold an appraisal's words (most stories have none), found at once
    worded = sentiment["evidence"].str.contains(last_words_pattern(), regex=True, na=False)
    if not worded.any():
        return {}
    held = sentiment[worded]
    stories = articles[articles["article_id"].astype(str).isin(set(held["article_id"].astype(str)))]
    days = {str(a): day_of(p) for a, p in zip(stories["article_id"], article_column(stories, "published"))}
    out: dict[tuple[str, str], int] = {}
    for aid, sentence in dict.fromkeys(zip(held["article_id"].astype(str), held["evidence"])):
        for country in sentence_appraisals(sentence, days.get(aid, ""), positive):
            out[(aid, country)] = out.get((aid, country), 0) + 1
    return out


def _evidence(articles: pd.DataFrame, sentiment: pd.DataFrame) -> dict[tuple[str, str], EventCounts]:
    """(article, country) -> the story's events about the country and its appraisals of it."""
    events = event_sentences(articles)
    for key, n in appraisal_counts(articles, sentiment).items():
        events[key] = events.get(key, EventCounts(0, 0, 0))._replace(appraised=n)
    for key, n in appraisal_counts(articles, sentiment, positive=True).items():
        events[key] = events.get(key, EventCounts(0, 0, 0))._replace(succeeded=n)
    return events


def _label(score: float, model: str, n_sentences: int, ev: EventCounts, lowest: float = 0.0) -> str:
    """negative, positive or neutral for one country of one story: the model's leaning where the story backs it.

    ``lowest``: the score of the sentence that reads the country most negatively (see AGAINST_SENTENCE)."""
    told = n_sentences >= MIN_SENTENCES  # the model's leaning over more than a mention in passing
    # the story's actor (its hostile acts at least as many as those against it) is not its object: an act against it
    # does not portray it negatively, nor the model's positive reading of its own acts positively
    actor = ev.acts >= ev.against and ev.acts > 0
    leaning = ev.firm and score < 0 and not ev.for_ and not actor  # one firm act, sentences leaning against it
    strong = ev.against >= STRONG_EVENTS and not ev.for_ and not actor
    negative = (ev.against > ev.for_ and (strong or model == "negative" or leaning)) or (
        told and model == "negative" and ev.for_ <= ev.against
    )
    # praise with the sentences leaning for it outweighs one act against it (a warning, criticism in the background);
    # praise repeated, as many acts against it unless the sentences lean against it
    leans_for = score >= LEANING or ev.praised >= PRAISE_REPEATED and score > 0
    praised = ev.praised and ev.for_ >= ev.against and leans_for and told
    # an appraisal of it (failing, criticised, falling short, in trouble) is the story's own evaluation: enough
    # (success appraised as often outweighs it); success appraised is enough for a positive portrayal with no act
    # against the country, of the story's actor too ("appears to have won a battle by forcing X to": its own acts won)
    negative = negative or ev.appraised > ev.succeeded and not ev.for_ and not actor
    succeeded = ev.succeeded > ev.appraised and not ev.against
    positive = succeeded or (
        (ev.credit > ev.against and (ev.credit >= STRONG_EVENTS and score > 0 or model == "positive"))
        or (told and model == "positive" and not ev.against and not ev.acts and lowest > AGAINST_SENTENCE)
        or praised
    )
    return "negative" if negative else "positive" if positive else "neutral"


def _evidenced_labels(df: pd.DataFrame, events: dict[tuple[str, str], tuple[int, ...]]) -> np.ndarray:
    """The model's label where the story backs it (see MIN_SENTENCES and STRONG_EVENTS), neutral elsewhere."""
    model = polarity_labels(df["score"].to_numpy())
    if "praise" in df:  # a positive leaning that is only rank or plans (see _unranked) is none
        model = np.where(
            (model == "positive") & (polarity_labels(df["praise"].to_numpy()) != "positive"), "neutral", model
        )
    lowest = df["lowest"] if "lowest" in df else [0.0] * len(df)  # sentence scores not given: none reads it negatively
    out = [
        _label(score, label, n, EventCounts(*events.get((str(aid), country), (0, 0, 0))), low)
        for aid, country, score, label, n, low in zip(
            df["article_id"], df["country"], df["score"], model, df["n_sentences"], lowest
        )
    ]
    return np.array(out, dtype=object)


def _unranked(per_sentence: pd.DataFrame, intent: pd.Series) -> pd.Series:
    """The sentence means with the positive reading of a sentence that ranks a country in a trade ("Mexico is the
    world's leading silver producer": ranks.py) or tells what it means to do ("Peru would maintain its freeze":
    intentions.py; ``intent`` per sentence) taken as neutral: its size or its plans, not praise or success."""
    means = per_sentence["mean"]
    if not len(means):
        return means
    ranked = per_sentence.index.get_level_values("evidence").map(ranks).to_numpy(dtype=bool) | intent.to_numpy()
    return means.where(~(ranked & (means.to_numpy() > 0)), 0.0)


def _intents(articles: pd.DataFrame, sentiment: pd.DataFrame) -> pd.Series:
    """Per mention of ``sentiment``: is the country the subject of a modal or a verb of intent (intentions.py)?"""
    texts = dict(zip(articles["article_id"].astype(str), articles["text"]))
    return pd.Series(
        [
            isinstance(t := texts.get(str(a)), str) and states_intent(t, s, e)
            for a, s, e in zip(sentiment["article_id"], sentiment["start"], sentiment["end"])
        ],
        index=sentiment.index,
        dtype=bool,
    )


def country_portrayal(articles: pd.DataFrame, sentiment: pd.DataFrame | str | None = None) -> pd.DataFrame:
    """One row per article and country: article_id, country, score, label, n_mentions.

    ``score`` is the mean over the sentences that name the country (each sentence the mean of its mentions),
    with one neutral sentence added as a prior, so one polar sentence in passing does not make a portrayal.
    ``label`` is negative or positive only where the story backs the score (for a positive, read with the
    sentences that only rank the country or tell its plans as neutral: :func:`_unranked`): the country is named in at least three
    sentences and no events of the story go the other way (nor, for a positive, a sentence reading it negatively: see
    AGAINST_SENTENCE), or acts or evaluations against or for the country (:func:`analysis.country_events`; see
    MIN_SENTENCES and STRONG_EVENTS); neutral otherwise. A country whose own hostile acts are at least as many as
    those against it is the story's actor, not its object (see :func:`_label`).

    Pass the result of :func:`country_sentiment` as ``sentiment`` to avoid scoring the mentions twice, or the
    name of the model to score them with ("encoder", the default, or "fast").
    """
    if sentiment is None or isinstance(sentiment, str):
        with warnings.catch_warnings(record=True) as caught:  # warned once, below, not twice
            warnings.simplefilter("always")
            sentiment = country_sentiment(articles, sentiment or DEFAULT_SENTIMENT)
        for w in caught:
            warnings.warn(str(w.message).replace("country_sentiment", "country_portrayal"), stacklevel=2)
    # one judgement per sentence: a sentence that names a country three times is still one sentence about it
    keys = ["article_id", "country", "evidence"]
    per_sentence = sentiment.groupby(keys, sort=False)["score"].agg(["mean", "size"])
    intent = sentiment.assign(intent=_intents(articles, sentiment)).groupby(keys, sort=False)["intent"].any()
    per_sentence["praise"] = _unranked(per_sentence, intent)
    grouped = per_sentence.groupby(level=["article_id", "country"], sort=False)
    df = pd.DataFrame(
        {
            "score": grouped["mean"].sum() / (grouped.size() + NEUTRAL_PRIOR),
            "praise": grouped["praise"].sum() / (grouped.size() + NEUTRAL_PRIOR),
            "n_mentions": grouped["size"].sum(),
            "n_sentences": grouped.size(),
            "lowest": grouped["mean"].min(),
        }
    ).reset_index()
    df["label"] = _evidenced_labels(df, _evidence(articles, sentiment)) if len(df) else pd.Series([], dtype=str)
    df = df[PORTRAYAL_COLUMNS].astype({"score": "float64", "n_mentions": "int64", "label": str})
    df.attrs["errors"] = list(sentiment.attrs.get("errors", []))
    return df
