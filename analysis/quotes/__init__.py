"""Quote attribution: direct, partial and reported speech, with speaker, role and country.

``extract_quotes`` is a short pipeline over each article:

    context      (context.py)     text, quotations, units, masked text, country mentions, dateline
    memory       (discourse.py)   people met and speakers noted; "the company", "the official" read against them
                                  (definite_speakers.py); people introduced with a title ("Foreign Minister
                                  Fumio Kishida"), a nationality word or as a delegation's leader
                                  (introduced_people.py)
    attributions (candidates.py)  quotations (direct.py) and reported speech (reported.py), each with the
                                  speaker of its cue (subjects.py; speakers.py parses the phrase:
                                  speaker_phrase.py its words and head, named_speakers.py a name,
                                  phrase_countries.py whose country) and the rule that found it;
                                  cue words that report nothing where they stand (cue_uses.py: "the terrorist
                                  attacks", "A report published Monday said");
                                  a paragraph opening "Speaker: ..." (colons.py)
    rows         (rows.py)        span trimmed, "the company" to the company named before, the speaker's
                                  country (countries.py: named strategies; body_index.py: bodies qualified
                                  elsewhere; introductions.py: a person's introduction; officials.py: where an
                                  official spoke; firms.py: a firm named beside a person, firms of several
                                  homes; homes.py: organisations.csv through text/organisations.py, a
                                  company's home, its officers; voice_places.py: where a voice spoke from,
                                  local voices, documents, a body named before; full_names.py: a short
                                  name's full name),
                                  the rules, open quotations continued

Why hand-written rules rather than a parser: spaCy needs model downloads and NLTK's taggers need data
packages, neither of which the project may fetch; news attribution follows a small, stable set of
patterns ("“…,” X said", "X said (that) …", "…, according to X", "…, saying …") that precompiled regular
expressions find quickly and transparently. The vocabulary lives in ``data/cue_verbs.csv``,
``data/speaker_roles.csv`` and ``data/speech_settings.csv``; closed word classes in ``analysis/words.py``.
"""

from __future__ import annotations

import pandas as pd

from ..text.columns import article_column
from ..text.countries import day_of
from ..text.guard import ArticleErrors
from .candidates import attributions
from .context import build_context, dateline_field_country, qualified_place_country
from .discourse import Discourse
from .introduced_people import remember_introduced_people
from .lexicon import lexicon
from .records import QuoteRow
from .rows import RowWriter

QUOTE_COLUMNS = [
    "article_id", "kind", "quote", "start", "end", "speaker", "speaker_role", "speaker_country", "cue", "cue_class",
    "sentence", "uncertain", "rule",
]  # fmt: skip


def quote_rows(
    text: str, day: str = "", dateline_country: str | None = None, title: str = "", dateline_place: str = ""
) -> list[QuoteRow]:
    """The quotes of one text, as typed rows; ``day`` (ISO date), ``dateline_country``, ``title`` and
    ``dateline_place`` as the loader gives them (country names by date; the dateline's country for officials whose
    country the text never names, unless it is no capital and the headline names another; the company a company
    story's headline names with its ticker)."""
    if not isinstance(text, str) or not text.strip():
        return []
    ctx = build_context(text, lexicon(), day, dateline_country, title, dateline_place)
    memory = Discourse(ctx)
    remember_introduced_people(ctx, memory)
    writer = RowWriter(ctx, memory)
    for att in attributions(ctx, memory):
        row = writer.write(att)
        if att.quotation is not None:
            att.quotation.row = row
    return writer.finish()


def quotes_in_text(
    text: str, day: str = "", dateline_country: str | None = None, title: str = "", dateline_place: str = ""
) -> list[dict]:
    """Quotes in one text (rows without article_id), as dicts with the columns of ``extract_quotes``."""
    return [_as_dict(r) for r in quote_rows(text, day, dateline_country, title, dateline_place)]


def _as_dict(r: QuoteRow) -> dict:
    return {
        "kind": r.kind, "quote": r.quote, "start": r.start, "end": r.end, "speaker": r.speaker,
        "speaker_role": r.speaker_role, "speaker_country": r.speaker_country, "cue": r.cue, "cue_class": r.cue_class,
        "sentence": r.sentence,
        "uncertain": r.uncertain, "rule": r.rule,
    }  # fmt: skip


def extract_quotes(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per direct, partial or reported quote: article_id, kind, quote, start, end, speaker,
    speaker_role, speaker_country, cue, cue_class (speech, writing, finding, question, denial, belief), sentence,
    uncertain, rule (README: "Public API")."""
    rows = []
    errors = ArticleErrors("extract_quotes")
    published = article_column(articles, "published")
    datelines = article_column(articles, "dateline_country")
    places = article_column(articles, "dateline")
    titles = article_column(articles, "title")
    cols = zip(articles["article_id"], articles["text"], published, datelines, places, titles)
    for aid, text, pub, dateline, place, title in cols:
        if not isinstance(text, str):
            continue
        title = title if isinstance(title, str) else ""
        dateline = dateline if isinstance(dateline, str) else None
        if isinstance(place, str) and "," in place:  # "SAN JOSE, Calif.": the state names the country, not the town
            dateline = qualified_place_country(place, day_of(pub)) or dateline
        if dateline is None and isinstance(place, str):  # "NEW YORK, March 18": a city the gazetteer does not place
            dateline = dateline_field_country(place, day_of(pub))
        where = place if isinstance(place, str) else ""
        for r in errors.run(aid, quotes_in_text, text, day_of(pub), dateline, title, where):
            r["article_id"] = aid
            rows.append(r)
    df = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return errors.finish(df.astype({"start": "int64", "end": "int64", "uncertain": "bool"}))


__all__ = ["QUOTE_COLUMNS", "extract_quotes", "quote_rows", "quotes_in_text"]
