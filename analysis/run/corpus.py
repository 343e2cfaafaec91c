"""The articles of a run and the tables computed from them, each computed once when first used, or read from a
folder of tables when one is given.

``open_corpus(ARTICLES, TABLES)`` is what the notebooks start with. ``TABLES`` is the output folder of
``python -m analysis run ARTICLES --out DIR``: a table found there as ``<name>.parquet`` (or
``<name>.csv``) is read instead of computed. Names: articles, mentions, quotes, figures, sentiment, portrayal,
stance; ``skipped`` and ``duplicates`` (path, reason / path, article_id, same_as) become the articles' attrs, as
do the loader's lines of ``problems`` (what the run command writes: skipped, duplicate and truncated).
"""

from __future__ import annotations

import re
import warnings
from functools import cached_property
from pathlib import Path

import pandas as pd

from .. import figures as _figures
from .. import quotes as _quotes
from .. import sentiment as _sentiment
from ..missing import none_for_missing
from ..sentiment.choice import DEFAULT_SENTIMENT, check_sentiment
from ..text import articles as _articles
from ..text import countries as _countries

TABLE_NAMES = ("articles", "mentions", "quotes", "figures", "sentiment", "portrayal", "stance", "events")
# Text columns of the public tables: a CSV column of one of these with no value at all reads back as float NaN
TEXT_COLUMNS = frozenset(
    "article_id path title publisher dateline dateline_country country iso3 surface kind speaker speaker_role "
    "speaker_country cue quote sentence text unit quantity metric direction period compared_with source "
    "source_country label evidence rule holder target reason same_as actor event mode".split()
)


def _text_as_text(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every empty text column as object None (read_csv makes an all-missing column float)."""
    for column in table.columns:
        if column in TEXT_COLUMNS and table[column].isna().all():
            table[column] = pd.Series([None] * len(table), index=table.index, dtype=object)
    return table


def _load_problems(problems: pd.DataFrame) -> tuple[list[dict], list[dict], list[dict]]:
    """The loader's lines of a run's problems table as the articles' attrs: skipped (path, reason),
    duplicates (path, article_id, same_as) and truncated (path, article_id, chars, kept)."""
    load = problems[problems["stage"] == "load"] if "stage" in problems else problems.iloc[:0]
    skipped = [{"path": r.path, "reason": r.detail} for r in load.itertuples() if r.kind == "skipped"]
    duplicates = [
        {"path": r.path, "article_id": r.article_id, "same_as": str(r.detail).removeprefix("same text as ")}
        for r in load.itertuples()
        if r.kind == "duplicate"
    ]
    truncated = [_truncated(r.path, r.article_id, str(r.detail)) for r in load.itertuples() if r.kind == "truncated"]
    return skipped, duplicates, truncated


def _truncated(path: str, article_id: str, detail: str) -> dict:
    """A truncated article as the loader lists it, from its problems line ("250,000 characters; only the first
    199,000 read")."""
    numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", detail)]
    chars, kept = (numbers + [None, None])[:2]
    return {"path": path, "article_id": article_id, "chars": chars, "kept": kept}


class Corpus:
    """Lazy tables of one corpus: ``articles``, ``mentions``, ``quotes``, ``figures``, ``sentiment``,
    ``portrayal``, ``stance``, ``events`` (missing text is None in each)."""

    def __init__(
        self, articles: str | Path | list, tables: str | Path | None = None, sentiment: str = DEFAULT_SENTIMENT
    ) -> None:
        self.source = articles
        self.model = check_sentiment(sentiment)
        self.tables = Path(tables) if tables else None
        if self.tables is not None and not self.tables.is_dir():
            raise FileNotFoundError(f"No such folder of tables: {self.tables}")

    def _read(self, name: str) -> pd.DataFrame | None:
        """The table ``name`` from the tables folder, or None when there is none."""
        if self.tables is None:
            return None
        for suffix, reader in ((".parquet", pd.read_parquet), (".csv", pd.read_csv)):
            path = self.tables / f"{name}{suffix}"
            if path.is_file():
                return none_for_missing(_text_as_text(reader(path)))
        return None

    @cached_property
    def articles(self) -> pd.DataFrame:
        """One row per article (load_articles), with attrs skipped and duplicates."""
        table = self._read("articles")
        if table is None:
            with warnings.catch_warnings():
                # what was skipped, repeated or cut is in attrs, and the notebooks' findings state it in words
                warnings.simplefilter("ignore")
                return none_for_missing(_articles.load_articles(self.source))
        for attr in ("skipped", "duplicates"):
            extra = self._read(attr)
            table.attrs[attr] = [] if extra is None else extra.to_dict("records")
        problems = self._read("problems")
        if problems is not None:  # the run command lists what the loader skipped or found twice here
            skipped, duplicates, truncated = _load_problems(problems)
            table.attrs["skipped"] = table.attrs["skipped"] or skipped
            table.attrs["duplicates"] = table.attrs["duplicates"] or duplicates
            table.attrs["truncated"] = truncated
        return table

    def _table(self, name: str, compute) -> pd.DataFrame:
        found = self._read(name)
        return found if found is not None else none_for_missing(compute())

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """Country mentions (country_mentions)."""
        return self._table("country_mentions", lambda: _countries.country_mentions(self.articles))

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """Quotes (extract_quotes)."""
        return self._table("quotes", lambda: _quotes.extract_quotes(self.articles))

    @cached_property
    def figures(self) -> pd.DataFrame:
        """Figures (extract_figures)."""
        return self._table("figures", lambda: _figures.extract_figures(self.articles))

    @cached_property
    def sentiment(self) -> pd.DataFrame:
        """Sentiment per country mention (country_sentiment)."""
        return self._table("country_sentiment", lambda: _sentiment.country_sentiment(self.articles, self.model))

    @cached_property
    def portrayal(self) -> pd.DataFrame:
        """Portrayal per article and country (country_portrayal, from the sentiment table)."""
        return self._table("portrayal", lambda: _sentiment.country_portrayal(self.articles, sentiment=self.sentiment))

    @cached_property
    def stance(self) -> pd.DataFrame:
        """Stance holder -> target (country_stance, from the quotes table)."""
        return self._table("stance", lambda: _sentiment.country_stance(self.articles, self.quotes, self.model))

    @cached_property
    def events(self) -> pd.DataFrame:
        """Events between countries (country_events, from the quotes table)."""
        return self._table("country_events", lambda: _sentiment.country_events(self.articles, quotes=self.quotes))


def open_corpus(
    articles: str | Path | list, tables: str | Path | None = None, sentiment: str = DEFAULT_SENTIMENT
) -> Corpus:
    """The corpus of ``articles`` (a folder, file or glob); its tables are read from ``tables`` when given, and
    sentiment is scored by the model ``sentiment`` names ("encoder" or "fast") when computed."""
    return Corpus(articles, tables, sentiment)
