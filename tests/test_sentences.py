"""Sentence units with offsets."""

from __future__ import annotations

from analysis import sentences
from analysis.text.sentences import sentence_spans


def spans(text):
    return [text[s:e] for _, s, e in sentence_spans(text)]


def test_news_abbreviations_do_not_split():
    text = "Mr. Smith met Gen. Lee in the U.S. on Jan. 5 to discuss trade. Dr. Kim agreed."
    assert spans(text) == ["Mr. Smith met Gen. Lee in the U.S. on Jan. 5 to discuss trade.", "Dr. Kim agreed."]


def test_sentences_stay_in_their_paragraph():
    text = "First paragraph ends here\n\nSecond one. And more."
    got = sentence_spans(text)
    assert [p for p, _, _ in got] == [0, 1, 1]
    assert spans(text)[0] == "First paragraph ends here"


def test_offsets_into_article_text(seeds):
    df = sentences(seeds)
    assert list(df.columns) == ["article_id", "paragraph", "sentence", "start", "end", "text"]
    text = dict(zip(seeds.article_id, seeds.text))
    assert all(text[a][s:e] == t for a, s, e, t in zip(df.article_id, df.start, df.end, df.text))
    assert len(df[df.article_id.str.startswith("004")]) >= 13


def test_sentence_after_an_abbreviation():
    """A closed-class word after "U.S." opens a sentence; a capitalised noun after it does not."""
    assert spans("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."]
    assert spans("Exports to the U.S. Rose 5 pct.") == ["Exports to the U.S. Rose 5 pct."]
