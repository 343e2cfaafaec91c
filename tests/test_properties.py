"""Property tests (hypothesis): odd text never makes the loader or an extractor raise, and every offset holds.

Texts are drawn from any characters (control characters, quotation marks of every kind, unpaired, very long
paragraphs) mixed with the pieces news copy is made of, so that the extractors' rules fire on them. Files are
written in several encodings and formats. Examples are derandomized, so a run in CI tries the same ones.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from test_robustness import PIECES

from analysis import (
    country_mentions,
    country_portrayal,
    country_sentiment,
    country_stance,
    extract_figures,
    extract_quotes,
    load_articles,
    sentences,
)

PROPERTY = settings(
    max_examples=25,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: it can take minutes on long texts
    deadline=None,  # no timed tests: speed is measured in benchmarks/
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ANY_CHAR = st.characters(exclude_categories=("Cs",))  # every code point a str written as UTF-8 can hold
piece = st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8))
text = st.one_of(
    st.lists(piece, max_size=120).map("".join),
    st.text(ANY_CHAR, max_size=400),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=20).map(lambda p: "".join(p) * 100),  # a long paragraph
)

# (function, column that text[start:end] must equal, start column, end column)
EXTRACTORS = [
    (sentences, "text", "start", "end"),
    (country_mentions, "surface", "start", "end"),
    (extract_quotes, "quote", "start", "end"),
    (extract_figures, "text", "start", "end"),
    (country_sentiment, None, "start", "end"),
    (country_stance, "evidence", "quote_start", "quote_end"),
]


def table(texts: list[str]) -> pd.DataFrame:
    """Articles with these texts, as load_articles returns them (the columns extractors read)."""
    n = len(texts)
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "text": texts,
            "published": [pd.NaT] * n,
            "dateline_country": [None] * n,
        }
    )


@PROPERTY
@given(st.lists(text, min_size=1, max_size=3))
@example([" South Korea\n\n" * 300])  # found by hypothesis: mentions with no word around them (sentiment raised)
def test_no_extractor_raises_and_every_offset_holds(texts):
    articles = table(texts)
    by_id = dict(zip(articles.article_id, articles.text))
    for extract, column, start, end in EXTRACTORS:
        df = extract(articles)
        # a step past guard.TIME_LIMIT is stopped and reported, by design; any other error is a bug
        errors = [e for e in df.attrs.get("errors", []) if e.get("kind") != "timeout"]
        assert not errors, (extract.__name__, errors)
        for aid, s, e, *value in zip(df.article_id, df[start], df[end], *([df[column]] if column else [])):
            assert 0 <= s <= e <= len(by_id[aid]), extract.__name__
            if value and extract is not country_stance:
                assert by_id[aid][s:e] == value[0], extract.__name__
    portrayal = country_portrayal(articles)
    assert set(portrayal.article_id) <= set(articles.article_id)


@PROPERTY
@given(st.lists(text, min_size=1, max_size=3))
def test_stance_evidence_lies_in_its_article(texts):
    articles = table(texts)
    by_id = dict(zip(articles.article_id, articles.text))
    for aid, s, e, evidence in zip(
        *(country_stance(articles)[c] for c in ("article_id", "quote_start", "quote_end", "evidence"))
    ):
        assert evidence in by_id[aid] and 0 <= s <= e <= len(by_id[aid])


ENCODINGS = ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "shift_jis", "gb18030"]


def encoded(body: str, encoding: str) -> bytes:
    """The body in an encoding, characters it cannot hold replaced (as a real file in that encoding would be)."""
    return body.encode(encoding, "replace")


def file_bytes(kind: str, body: str, title: str) -> bytes | str:
    """A file of one of the loader's formats holding ``body`` (as text; the caller encodes it)."""
    if kind == "json":
        return json.dumps({"title": title, "text": body, "date": "2019-07-12"})
    if kind == "jsonl":
        return json.dumps({"id": title, "text": body}) + "\n" + json.dumps({"text": body + " again"})
    if kind == "csv":
        return pd.DataFrame({"headline": [title], "body": [body]}).to_csv(index=False)
    if kind == "html":
        return f"<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>"
    return f"Published: 2019-07-12\n{title}\n\n{body}"


@PROPERTY
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["txt", "md", "json", "jsonl", "csv", "html"]), text, text, st.sampled_from(ENCODINGS)
        ),
        min_size=1,
        max_size=4,
    ),
    st.binary(max_size=300),
)
def test_the_loader_never_raises_and_accounts_for_every_file(files, noise):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (kind, body, title, encoding) in enumerate(files):
            (folder / f"f{i}.{kind}").write_bytes(encoded(file_bytes(kind, body, title), encoding))
        (folder / "noise.txt").write_bytes(noise)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            df = load_articles(folder)
        assert list(df.columns[:3]) == ["article_id", "path", "title"]
        assert df["article_id"].is_unique
        assert all(isinstance(t, str) and t.strip() for t in df["text"])
        read = {Path(p).name for p in df["path"]} | {Path(d["path"]).name for d in df.attrs["skipped"]}
        read |= {Path(d["path"]).name for d in df.attrs["duplicates"]}
        assert read == {p.name for p in folder.iterdir()}  # every file is read, skipped or a duplicate: none lost
        for extract, column, start, end in EXTRACTORS[:4]:  # the loader's texts through the extractors too
            out = extract(df)
            texts = dict(zip(df.article_id, df.text))
            assert all(texts[a][s:e] == v for a, s, e, v in zip(out.article_id, out[start], out[end], out[column]))
