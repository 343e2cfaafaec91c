"""Every analysis as a stage over a table of articles, and :func:`analyse`, which runs them on one batch.

``analyse(articles)`` is what a worker process of ``python -m analysis run`` runs on each chunk, and what a
Dask partition runs (``analysis.on_dask``): the public functions, unchanged, on a slice of the articles table.
An article longer than ``guard.MAX_CHARS`` is cut into parts at paragraph boundaries (:func:`guard.parts`), each
part is analysed as an article, and the rows are put back together with offsets into the whole text.
"""

from __future__ import annotations

import inspect
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..sentiment.choice import DEFAULT_SENTIMENT
from ..text import guard

# Columns that hold character offsets into the article's text: shifted when parts are put back together.
OFFSET_COLUMNS = ("start", "end", "quote_start", "quote_end")
PART = "#part"  # part k > 0 of article X is analysed as article "X#part<k>"
PROBLEM_COLUMNS = ["stage", "article_id", "path", "kind", "detail"]


def problem(stage: str, article_id, path, kind: str, detail: str) -> dict:
    """A row of the problems table (the detail cut short)."""
    return dict(zip(PROBLEM_COLUMNS, (stage, article_id, path, kind, guard.short(detail))))


def _sentences(articles: pd.DataFrame, inputs: dict) -> pd.DataFrame:
    from .. import sentences

    return sentences(articles)


def _mentions(articles: pd.DataFrame, inputs: dict) -> pd.DataFrame:
    from .. import country_mentions

    return country_mentions(articles)


def _quotes(articles: pd.DataFrame, inputs: dict) -> pd.DataFrame:
    from .. import extract_quotes

    return extract_quotes(articles)


def _figures(articles: pd.DataFrame, inputs: dict) -> pd.DataFrame:
    from .. import extract_figures

    return extract_figures(articles)


def _sentiment(articles: pd.DataFrame, inputs: dict, sentiment: str) -> pd.DataFrame:
    from .. import country_sentiment

    return country_sentiment(articles, sentiment)


def _portrayal(articles: pd.DataFrame, inputs: dict, sentiment: str) -> pd.DataFrame:
    from .. import country_portrayal

    return country_portrayal(articles, sentiment=inputs["country_sentiment"])  # scored by ``sentiment`` already


def _stance(articles: pd.DataFrame, inputs: dict, sentiment: str) -> pd.DataFrame:
    from .. import country_stance

    return country_stance(articles, quotes=inputs["quotes"], sentiment=sentiment)


def _events(articles: pd.DataFrame, inputs: dict) -> pd.DataFrame:
    from .. import country_events

    return country_events(articles, quotes=inputs["quotes"])


@dataclass(frozen=True)
class Stage:
    """One table of the run: the function that makes it, the tables it reads, whether it reads article parts."""

    table: str
    make: Callable[[pd.DataFrame, dict], pd.DataFrame]
    public: str  # the public function (its module and what that imports make the stage's version)
    needs: tuple[str, ...] = ()
    per_part: bool = True  # False: runs on the rows of whole articles (portrayal averages over all mentions)
    scored: bool = False  # True: takes the sentiment model's name (and its version depends on it)

    def run(self, articles: pd.DataFrame, inputs: dict, sentiment: str) -> pd.DataFrame:
        """The stage's table for these articles."""
        return self.make(articles, inputs, sentiment) if self.scored else self.make(articles, inputs)

    def function(self) -> Callable:
        """The public function behind the stage (unwrapped)."""
        import analysis

        return inspect.unwrap(getattr(analysis, self.public))


# In order: a stage comes after the stages it needs.
STAGES: dict[str, Stage] = {
    s.table: s
    for s in (
        Stage("sentences", _sentences, "sentences"),
        Stage("country_mentions", _mentions, "country_mentions"),
        Stage("quotes", _quotes, "extract_quotes"),
        Stage("figures", _figures, "extract_figures"),
        Stage("country_sentiment", _sentiment, "country_sentiment", scored=True),
        Stage("portrayal", _portrayal, "country_portrayal", needs=("country_sentiment",), per_part=False, scored=True),
        Stage("stance", _stance, "country_stance", needs=("quotes",), scored=True),
        Stage("country_events", _events, "country_events", needs=("quotes",)),
    )
}


def with_needs(tables: list[str] | tuple[str, ...]) -> list[str]:
    """The stages to run to make ``tables``: they and what they need, in run order."""
    wanted: set[str] = set()

    def add(name: str) -> None:
        wanted.add(name)
        for need in STAGES[name].needs:
            add(need)

    for name in tables:
        add(name)
    return [name for name in STAGES if name in wanted]


# --- parts ---------------------------------------------------------------------------------------


def split_long(articles: pd.DataFrame, limit: int | None = None) -> tuple[pd.DataFrame, dict[str, tuple[str, int]]]:
    """The articles with every text longer than ``limit`` cut into parts (rows "X#part1", ...), and for each
    part id its article id and the offset of its first character."""
    limit = guard.MAX_CHARS if limit is None else limit
    texts = articles["text"].tolist()
    if all(not isinstance(t, str) or len(t) <= limit for t in texts):
        return articles, {}
    rows, where = [], {}
    for record in articles.to_dict("records"):
        text = record["text"]
        if not isinstance(text, str) or len(text) <= limit:
            rows.append(record)
            continue
        for k, (s, e) in enumerate(guard.parts(text, limit)):
            pid = record["article_id"] if k == 0 else f"{record['article_id']}{PART}{k}"
            rows.append({**record, "article_id": pid, "text": text[s:e]})
            where[pid] = (record["article_id"], s)
    return pd.DataFrame(rows, columns=articles.columns).astype(articles.dtypes.to_dict()), where


def join_parts(df: pd.DataFrame, where: dict[str, tuple[str, int]], texts: dict[str, str]) -> pd.DataFrame:
    """Rows of parts as rows of their articles: ids back, offsets into the whole text, sentence numbers redone."""
    if not where or df.empty:
        return df
    ids = df["article_id"].astype(object)
    shift = ids.map(lambda a: where[a][1] if a in where else 0).astype("int64")
    out = df.copy()
    out["article_id"] = ids.map(lambda a: where[a][0] if a in where else a).astype(df["article_id"].dtype)
    for column in OFFSET_COLUMNS:
        if column in out.columns:
            out[column] = out[column] + shift
    if "sentence" in out.columns and "paragraph" in out.columns:  # the sentences table: numbers in the article
        out["sentence"] = out.groupby("article_id", sort=False).cumcount().astype("int64")
        starts = {a: _paragraph_starts(texts[a]) for a in set(out["article_id"]) & {a for a, _ in where.values()}}
        out["paragraph"] = [
            max(bisect_right(starts[a], s) - 1, 0) if a in starts else p
            for a, s, p in zip(out["article_id"], out["start"], out["paragraph"])
        ]
        out["paragraph"] = out["paragraph"].astype("int64")
    out.attrs = df.attrs
    return out


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts."""
    from ..text.sentences import paragraph_spans

    return [s for s, _ in paragraph_spans(text)]


def to_parts(df: pd.DataFrame, where: dict[str, tuple[str, int]]) -> pd.DataFrame:
    """Rows of whole articles as rows of their parts (the inverse of :func:`join_parts`), by start offset."""
    if not where or df.empty:
        return df
    starts: dict[str, list[tuple[int, str]]] = {}
    for pid, (aid, s) in where.items():
        starts.setdefault(aid, []).append((s, pid))
    for spans in starts.values():
        spans.sort()
    first = "start" if "start" in df.columns else "quote_start"
    pids, shifts = [], []
    for aid, s in zip(df["article_id"], df[first]):
        spans = starts.get(aid)
        if not spans:
            pids.append(aid)
            shifts.append(0)
            continue
        k = max(bisect_right([b for b, _ in spans], s) - 1, 0)
        pids.append(spans[k][1])
        shifts.append(spans[k][0])
    out = df.copy()
    out["article_id"] = pd.Series(pids, index=df.index, dtype=df["article_id"].dtype)
    for column in OFFSET_COLUMNS:
        if column in out.columns:
            out[column] = out[column] - pd.Series(shifts, index=df.index, dtype="int64")
    return out


# --- one batch -----------------------------------------------------------------------------------


def _problems(stage: str, errors: list[dict], where: dict[str, tuple[str, int]]) -> list[dict]:
    """Rows of the problems table for a stage's ``attrs["errors"]`` (part ids mapped to their articles)."""
    return [
        {
            "stage": stage,
            "article_id": where.get(str(e.get("article_id")), (e.get("article_id"),))[0],
            "path": None,
            "kind": e.get("kind", "error"),
            "detail": guard.short(e.get("error", "")),
        }
        for e in errors
    ]


def analyse(
    articles: pd.DataFrame,
    tables: list[str] | tuple[str, ...] | None = None,
    inputs: dict[str, pd.DataFrame] | None = None,
    max_chars: int | None = None,
    time_limit: float | None = None,
    sentiment: str = DEFAULT_SENTIMENT,
) -> dict[str, pd.DataFrame]:
    """Run the stages that make ``tables`` (default: all) on a batch of articles; one table per stage, plus
    ``problems`` (stage, article_id, path, kind, detail) for the articles a stage skipped or could not process.

    ``inputs`` holds tables already made for these articles (e.g. quotes from the cache), which are then not
    made again; the result holds only the requested tables. Same rows, in the same order, as the public
    functions on the whole table.
    """
    tables = list(STAGES) if tables is None else list(tables)
    inputs = dict(inputs or {})
    with guard.limits(max_chars, time_limit):
        parts, where = split_long(articles)
        texts = dict(zip(articles["article_id"], articles["text"])) if where else {}
        done, problems = {}, []
        for name in with_needs(tables):
            stage = STAGES[name]
            if name in inputs and name not in tables:
                done[name] = inputs[name]
                continue
            if stage.per_part:
                given = {n: to_parts(done[n], where) for n in stage.needs}
                df = join_parts(stage.run(parts, given, sentiment), where, texts)
            else:
                df = stage.run(articles, {n: done[n] for n in stage.needs}, sentiment)
            problems += _problems(name, df.attrs.get("errors", []), where)
            done[name] = df
    out = {name: done[name] for name in tables}
    out["problems"] = pd.DataFrame(problems, columns=PROBLEM_COLUMNS).astype(object)
    return out
