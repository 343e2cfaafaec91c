"""Who is hostile to whom: stance of a holder country toward a target country, from quotes and stance cues.

Holder: the speaker country of a quote (from extract_quotes, which owns that logic), or the country that is
the subject of a stance cue ("South Korea slammed ...", "Japan on Monday downplayed ...").
Target: each other country mentioned in the quoted or reported content, or the first country of a cue's object.
Score: the model's sentiment toward the target in its sentence; a stance cue (data/stance_cues.csv: accusations,
demands, refusals, support) sets the direction and can only make the score stronger in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.countries import Mention, find_mentions
from ..text.guard import ArticleErrors
from ..text.rule_tables import read_table
from .choice import DEFAULT_SENTIMENT, check_sentiment
from .spans import SentenceFinder
from .target import polarity_labels, target_scores

STANCE_COLUMNS = [
    "article_id", "holder", "target", "score", "label", "evidence", "quote_start", "quote_end", "rule",
]  # fmt: skip
# Words that open a new clause after a partial quote: the speaker's reported content ends there
# ("slammed 'irresponsible comments' made by Japanese officials | after Tokyo said ...").
# A full stop after a capital is an abbreviation ("U.S."), not the end of the clause.
_CLAUSE_END = re.compile(
    r"[;:!?]|(?<![A-Z])\.|,\s|\s(?:after|before|while|whereas|because|since|as|when|if|unless|although|though|but|which|who)\s"
)
_FILLER_STOP = re.compile(r"[,;:\"“”()]|\b(?:that|which|who|said|says|after|when|while|because|but|if)\b", re.I)
# A quote whose "speaker" is data ("official figures from Beijing", "the survey") reports numbers, not a stance.
DATA_SOURCES = frozenset({"figures", "data", "statistics", "study", "report", "survey", "poll", "estimates", "census"})
MAX_FILLER_WORDS = 7  # "Japan's foreign ministry spokesman Norio Maruyama urged": six words between
MAX_OBJECT_WORDS = 4  # words between a cue and the country of its object: its first noun phrase, not a later clause


@dataclass(frozen=True)
class StanceCue:
    """A row of data/stance_cues.csv."""

    form: str
    valence: float
    kind: str
    target: str  # "object" or "subject"


@dataclass(frozen=True)
class CueHit:
    """A stance cue found in a text."""

    cue: StanceCue
    start: int
    end: int


@dataclass(frozen=True)
class StanceRow:
    """A holder -> target pair before scoring: the mention, its sentence and how it was found."""

    article_id: str
    holder: str
    mention: Mention
    sentence: tuple[int, int]
    content: tuple[int, int]
    holder_rule: str
    target_rule: str
    cue: StanceCue | None


@dataclass(frozen=True)
class Quote:
    """The columns of an extract_quotes row that stance reads."""

    kind: str
    start: int
    end: int
    speaker_role: str | None
    speaker_country: str | None
    cue: str | None


def quote_records(quotes: pd.DataFrame) -> dict[str, list[Quote]]:
    """extract_quotes rows as plain records by article (read column-wise once: pandas per row is slow)."""
    out: dict[str, list[Quote]] = {}
    cols = ("article_id", "kind", "start", "end", "speaker_role", "speaker_country", "cue")
    for aid, kind, start, end, role, country, cue in zip(*(quotes[c].tolist() for c in cols)):
        text_or_none = lambda v: v if isinstance(v, str) and v else None
        rec = Quote(kind, int(start), int(end), text_or_none(role), text_or_none(country), text_or_none(cue))
        out.setdefault(str(aid), []).append(rec)
    return out


def _within(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    """The mentions that start in [a, b) (``starts``: their start offsets, sorted)."""
    return mentions[bisect_left(starts, a) : bisect_left(starts, b)]


@lru_cache(maxsize=1)
def stance_cues() -> tuple[dict[str, StanceCue], re.Pattern]:
    """The cue table by form, and one pattern matching any form (longest first), case-insensitive."""
    cues = {}
    for r in read_table("stance_cues.csv"):
        form = r["form"].strip().lower()
        cues[form] = StanceCue(form, float(r["valence"]), r["kind"].strip(), r["target"].strip())
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(cues, key=len, reverse=True))
    return cues, re.compile(rf"\b(?:{alternatives})\b", re.I)


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[CueHit]:
    """Stance cues in text[start:end]."""
    cues, pattern = stance_cues()
    return [
        CueHit(cues[re.sub(r"\s+", " ", m.group().lower())], m.start(), m.end())
        for m in pattern.finditer(text, start, len(text) if end is None else end)
    ]


def _words_between(text: str, a: int, b: int) -> int:
    """Number of words in text[a:b]."""
    return len(text[a:b].split())


def _content_span(text: str, kind: str, start: int, end: int, cue: str | None, sentence: tuple[int, int]):
    """The speaker's content: the quote, or for a partial quote the writer's clause around it (from the cue on)."""
    if kind != "partial":
        return start, end
    s, e = sentence
    head = text[s:start].lower()
    at = head.rfind(cue.lower()) if isinstance(cue, str) and cue else -1
    stop = _CLAUSE_END.search(text, end, e)
    return (s + at if at >= 0 else start), (stop.start() if stop else e)


def _object_of(text: str, hit: CueHit, mentions: list[Mention], limit: int) -> list[Mention]:
    """The country (or countries joined by "and") first named in the cue's object, within its clause."""
    after = [m for m in mentions if hit.end <= m.start < limit and m.country]
    if not after or _words_between(text, hit.end, after[0].start) > MAX_OBJECT_WORDS:
        return []
    if _CLAUSE_END.search(text, hit.end, after[0].start + 1):
        return []
    out = [after[0]]
    for m in after[1:]:
        if re.fullmatch(r"(?:['’]s)?\s*(?:,|and|or)\s*", text[out[-1].end : m.start]):
            out.append(m)
    return out


def _subjects_of(text: str, hit: CueHit, mentions: list[Mention], floor: int) -> list[Mention]:
    """The country right before a cue ("Japan on Monday downplayed"), with any joined by "and"."""
    before = [m for m in mentions if floor <= m.start and m.end <= hit.start and m.country]
    if not before:
        return []
    last = before[-1]
    between = text[last.end : hit.start]
    if _FILLER_STOP.search(between) or len(between.split()) > MAX_FILLER_WORDS:
        return []
    out = [last]
    for m in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|or)\s*", text[m.end : out[-1].start]):
            break
        out.append(m)
    return out


def _governing_cue(text: str, m: Mention, cues: list[CueHit], mentions: list[Mention], span) -> StanceCue | None:
    """A stance cue in the content whose object or subject is mention ``m``."""
    for hit in cues:
        if hit.cue.target == "object" and hit.end <= m.start and m in _object_of(text, hit, mentions, span[1]):
            return hit.cue
        if hit.cue.target == "subject" and m.end <= hit.start and m in _subjects_of(text, hit, mentions, span[0]):
            return hit.cue
    return None


def _quote_rows(aid: str, text: str, quotes: list[Quote], mentions: list[Mention], finder) -> list[StanceRow]:
    """Holder: a quote's speaker country; targets: the other countries named in what the speaker said."""
    m_starts = [m.start for m in mentions]
    rows = []
    for q in quotes:
        holder = q.speaker_country
        if holder is None or set((q.speaker_role or "").lower().split()[-1:]) & DATA_SOURCES:
            continue
        sentence = finder.at(q.start)
        content = _content_span(text, q.kind, q.start, q.end, q.cue, sentence)
        cues = find_cues(text, min(sentence[0], content[0]), content[1])  # the quote's own cue ("urged X to")
        near = _within(mentions, m_starts, sentence[0], max(sentence[1], content[1]))
        for m in _within(mentions, m_starts, content[0], content[1]):
            if m.end <= content[1] and m.country != holder:
                cue = _governing_cue(text, m, cues, near, content)
                where = finder.at(m.start)
                rows.append(StanceRow(aid, holder, m, where, content, "quote-speaker", "mention-in-content", cue))
    return rows


def _cue_rows(aid: str, text: str, mentions: list[Mention], finder, voiced: list[tuple[int, int]]) -> list[StanceRow]:
    """Holder: the country that is the subject of a stance cue outside quotes; target: the cue's object."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(finder.at(m.start), []).append(m)
    rows = []
    for (s, e), here in by_sentence.items():
        if len(here) < 2:  # a stance needs a holder and a target: only these sentences are searched for cues
            continue
        for hit in find_cues(text, s, e):
            if hit.cue.target == "object" and not any(a <= hit.start < b for a, b in voiced):
                rows += _cue_pairs(aid, text, hit, here, (s, e))
    return rows


def _cue_pairs(aid: str, text: str, hit: CueHit, here: list[Mention], sentence: tuple[int, int]) -> list[StanceRow]:
    """Subject country -> object country of one stance cue in its sentence."""
    s, e = sentence
    objects = _object_of(text, hit, here, e)
    if not objects:
        return []
    stop = _CLAUSE_END.search(text, objects[-1].end, e)
    content = (hit.start, stop.start() if stop else e)
    return [
        StanceRow(aid, subject.country, m, sentence, content, "cue-subject", "cue-object", hit.cue)
        for subject in _subjects_of(text, hit, here, s)
        for m in objects
        if m.country != subject.country
    ]


def stance_rows(aid: str, text: str, quotes: list[Quote]) -> list[StanceRow]:
    """Every holder -> target pair of one article (unscored), quotes first, one per holder and mention."""
    mentions = [m for m in find_mentions(text) if m.country]
    if len(mentions) < 2 and not (mentions and quotes):  # no holder and target to pair
        return []
    finder = SentenceFinder(text)
    found = _quote_rows(aid, text, quotes, mentions, finder)
    voiced = [r.content for r in found] + [(q.start, q.end) for q in quotes]
    found += _cue_rows(aid, text, mentions, finder, voiced)
    seen, out = set(), []
    for r in found:
        key = (r.holder, r.mention.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _score(rows: list[StanceRow], texts: dict[str, str], sentiment: str) -> np.ndarray:
    """Model score of each target in its sentence, pushed to at least the cue's valence in the cue's direction."""
    targets = []
    for r in rows:
        s, e = r.sentence
        targets.append((texts[r.article_id][s:e], r.mention.start - s, r.mention.end - s))
    scores = target_scores(targets, sentiment)
    for i, r in enumerate(rows):
        if r.cue is not None:
            v = r.cue.valence
            scores[i] = min(scores[i], v) if v < 0 else max(scores[i], v)
    return scores


def _rule(r: StanceRow, sentiment: str) -> str:
    """The rule column: how the holder, the target and the score were found (and which model scored)."""
    score = f"cue:{r.cue.kind}({r.cue.form})+{sentiment}" if r.cue else sentiment
    return f"holder:{r.holder_rule}; target:{r.target_rule}; score:{score}"


def country_stance(
    articles: pd.DataFrame, quotes: pd.DataFrame | None = None, sentiment: str = DEFAULT_SENTIMENT
) -> pd.DataFrame:
    """One row per holder -> target found: article_id, holder, target, score, label, evidence, quote_start,
    quote_end, rule.

    ``evidence`` is the voiced content (the quote, or the writer's clause from the cue on) at
    text[quote_start:quote_end]; ``score`` in [-1, 1] is the sentiment toward the target. Pass the result of
    ``extract_quotes(articles)`` as ``quotes`` to avoid extracting the quotes twice. ``sentiment`` names the
    model: "encoder" (the default) or "fast".
    """
    check_sentiment(sentiment)  # an unknown name fails here, before any article is read
    if quotes is None:
        from ..quotes import extract_quotes

        quotes = extract_quotes(articles)
    by_article = quote_records(quotes)
    errors = ArticleErrors("country_stance")
    texts, rows = {}, []
    for aid, text in zip(articles["article_id"], articles["text"]):
        texts[str(aid)] = text if isinstance(text, str) else ""
        rows += errors.run(aid, stance_rows, str(aid), texts[str(aid)], by_article.get(str(aid), []))
    scores = _score(rows, texts, sentiment)
    records = [
        (r.article_id, r.holder, r.mention.country, float(sc), texts[r.article_id][slice(*r.content)].strip(),
         r.content[0], r.content[1], _rule(r, sentiment))
        for r, sc in zip(rows, scores)
    ]  # fmt: skip
    df = pd.DataFrame(records, columns=[c for c in STANCE_COLUMNS if c != "label"])
    df.insert(4, "label", polarity_labels(df["score"].to_numpy()) if len(df) else pd.Series([], dtype=str))
    df = df.astype({"score": "float64", "label": str, "quote_start": "int64", "quote_end": "int64"})
    return errors.finish(df)
