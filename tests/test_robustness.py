"""Odd input never raises, and every offset points at what the row says."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis import country_mentions, extract_figures, extract_quotes, load_articles, sentences

PIECES = [
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "\n",
    "\n\n",
    "   ",
    "\t",
    "\x00",
    "\x07",
    "\u200b",
    ",",
    ".",
    " said",
    " told reporters",
    " according to",
    " South Korea",
    " Tokyo",
    " the U.S.",
    " KCNA",
    " he",
    " $2.5bn",
    " 10.5 percent",
    " a fifth",
    " 3 mln dlrs",
    " rose",
    " fell",
    " 2015",
    " F-35",
    " Mr.",
    " Maruyama",
    " officials",
    " (",
    ")",
    " —",
    "-",
    " 1,234.5",
    " per cent",
    " ¥",
    " €",
    "%",
]


def random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(n))


@pytest.fixture(scope="module")
def odd_articles():
    rng = random.Random(20261126)
    texts = [random_text(rng, rng.randint(0, 400)) for _ in range(150)]
    texts.append("word " * 20000)  # one very long paragraph
    texts.append('"' * 50 + "“" * 50)
    return pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(len(texts))], "text": texts, "published": [pd.NaT] * len(texts)}
    )


def test_extractors_never_raise_and_offsets_hold(odd_articles):
    text = dict(zip(odd_articles.article_id, odd_articles.text))
    for df, col in (
        (extract_quotes(odd_articles), "quote"),
        (extract_figures(odd_articles), "text"),
        (country_mentions(odd_articles), "surface"),
        (sentences(odd_articles), "text"),
    ):
        assert not df.attrs.get("errors"), df.attrs.get("errors")
        assert all(text[a][s:e] == v for a, s, e, v in zip(df.article_id, df.start, df.end, df[col]))


def test_loader_survives_odd_files(tmp_path):
    rng = random.Random(7)
    for i in range(30):
        data = random_text(rng, rng.randint(1, 300)).encode("utf-8", "surrogatepass")
        if i % 5 == 0:
            data = bytes(rng.randrange(256) for _ in range(200))  # noise
        (tmp_path / f"f{i}.txt").write_bytes(data)
    with pytest.warns(UserWarning):
        df = load_articles(tmp_path)
    assert len(df) + len(df.attrs["skipped"]) + len(df.attrs["duplicates"]) == 30
    assert all("\x00" not in t for t in df.text)
