"""The speakers' words of each article (from extract_quotes), as events and stance read them.

A speaker's country holds a stance when the speaker speaks for it: an official, a ministry, a company, the press.
Analysts, economists, dealers, bankers and other market voices describe a country, they hold no stance for theirs
(../shared/gold/CONVENTIONS.md), and a quote whose "speaker" is data (figures, a survey) reports numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .spans import SentenceFinder

# A word of a speaker's role that makes the speaker a describer of markets or data, not a country's voice: the people
# who speak for markets, and data.
MARKET_VOICES = frozenset(
    {"analyst", "analysts", "economist", "economists", "dealer", "dealers", "trader", "traders", "broker", "brokers",
     "banker", "bankers", "strategist", "strategists", "forecaster", "forecasters"}
)  # fmt: skip
NOT_HOLDERS = MARKET_VOICES | frozenset(
    {"figures", "data", "statistics", "study", "report", "survey", "poll", "estimates", "census"}
)  # fmt: skip
# A role that is a market ("Firm Argentine markets", as the speaker of "maintained levels"): a place of trade, no one's
# voice; not "Common Market" (the EC), nor a longer role that only ends in the word ("Baker sparked the market").
_MARKET = re.compile(r"(?:(?:the|[A-Z][\w.-]*)\s+){0,3}markets?")
# Words that open a new clause after a partial quote: the speaker's reported content ends there.
_CLAUSE_END = re.compile(
    r"[;:!?]|(?<![A-Z])\.|,\s|\s(?:after|before|while|whereas|because|since|as|when|if|unless|although|though|but"
    r"|which|who)\s"
)
QUOTE_COLUMNS = ("article_id", "kind", "start", "end", "speaker", "speaker_role", "speaker_country", "cue")


@dataclass(frozen=True)
class Voice:
    """A speaker's words: where they are, and the country of the speaker (None: no holder)."""

    start: int
    end: int
    country: str | None
    noun_phrase: bool = False  # the words are a noun phrase the cue takes ("confirmed an outbreak of the disease")


def _text_or_none(v) -> str | None:
    return v if isinstance(v, str) and v else None


def content_span(text: str, kind: str, start: int, end: int, cue: str | None, sentence: tuple[int, int]):
    """The speaker's content: the quote, or for a partial quote the writer's clause around it (from the cue on)."""
    if kind != "partial":
        return start, end
    s, e = sentence
    head = text[s:start].lower()
    at = head.rfind(cue.lower()) if isinstance(cue, str) and cue else -1
    stop = _CLAUSE_END.search(text, end, e)
    return (s + at if at >= 0 else start), (stop.start() if stop else e)


def holder_country(role: str | None, country: str | None) -> str | None:
    """The country a speaker holds a stance for (None for market voices, markets, data, former officials ("a former U.S.
    diplomat now with CSIS", "an ex-career naval officer": no longer the country's voice) and speakers of no
    country)."""
    if not role:
        return country
    low = role.lower()
    words = set(low.replace(",", " ").split())  # "chief economist of First Boston": any word
    former = "former" in words or ("ex-" in low and any(w.startswith("ex-") for w in words))
    return None if words & NOT_HOLDERS or former or _MARKET.fullmatch(role.strip()) else country


def article_voices(articles: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, list[Voice]]:
    """Every article's voices (quotes read column-wise once: pandas per row is slow)."""
    texts = {str(a): t if isinstance(t, str) else "" for a, t in zip(articles["article_id"], articles["text"])}
    finders: dict[str, SentenceFinder] = {}
    out: dict[str, list[Voice]] = {a: [] for a in texts}
    rules = quotes["rule"].tolist() if "rule" in quotes else [""] * len(quotes)
    for aid, kind, start, end, speaker, role, country, cue, rule in zip(
        *(quotes[c].tolist() for c in QUOTE_COLUMNS), rules
    ):
        aid = str(aid)
        if aid not in texts or (kind == "partial" and _text_or_none(speaker) is None):
            continue  # a phrase in marks with no speaker ("accused Washington of 'spy-mania'"): the writer's clause
        span = (int(start), int(end))
        if kind == "partial":
            finder = finders.setdefault(aid, SentenceFinder(texts[aid]))
            span = content_span(texts[aid], kind, span[0], span[1], _text_or_none(cue), finder.at(span[0]))
        holder = holder_country(_text_or_none(role), _text_or_none(country))
        noun_phrase = isinstance(rule, str) and rule.startswith("found:noun-object")
        out[aid].append(Voice(span[0], span[1], holder, noun_phrase))
    return out


def speaker_countries(quotes: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Per article, the surname of every speaker who holds a stance for a country -> that country ("Kato": Japan)."""
    out: dict[str, dict[str, str]] = {}
    cols = ("article_id", "speaker", "speaker_role", "speaker_country")
    for aid, speaker, role, country in zip(*(quotes[c].tolist() for c in cols)):
        holder = holder_country(_text_or_none(role), _text_or_none(country))
        words = (_text_or_none(speaker) or "").split()
        if holder and words and re.fullmatch(r"[A-Z][a-z]{2,}", words[-1]):
            out.setdefault(str(aid), {})[words[-1]] = holder
    return out
