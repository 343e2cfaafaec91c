"""Findings as sentences from the data, section headers, and one name per speaker (own sentences only)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import corpus_findings, load_articles, open_corpus, quote_findings, speaker_names
from analysis.report.findings.base import leaders, of, percent, plural

TOKYO = """Tokyo weighs reply to Seoul

TOKYO, March 3 - Japan's foreign ministry said on Monday that it would study the proposal from South Korea.

"We will answer in due course," Foreign Minister Taro Sato told reporters in Tokyo.

Sato said the talks would resume next week. Tokyo said it regretted the delay.
"""
SEOUL = """Seoul hopes for talks

SEOUL, March 4 - South Korea's trade minister Kim Min-jun said the offer stood.

Analysts said the dispute could last for months.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.txt").write_text(TOKYO, encoding="utf-8")
    (folder / "b.txt").write_text(SEOUL, encoding="utf-8")
    return open_corpus(folder)


def test_phrases_agree_with_their_numbers():
    assert plural("quote", 1) == "quote" and plural("country", 2) == "countries"
    assert of(1, 1, "quote") == "the only quote" and of(3, 40, "quote") == "3 of 40 quotes"
    assert percent(1, 300) == "<1%" and percent(299, 300) == ">99%" and percent(1, 4) == "25%"


def test_a_phrase_of_two_nouns_takes_the_plural_on_both():
    assert plural("file or record", 2) == "files or records" and plural("file or record", 1) == "file or record"


def test_leaders_sum_up_a_tie_at_the_cut():
    table = pd.DataFrame({"name": ["Japan", "Norio Maruyama", "Lee", "Kim", "Park"], "n": [4, 3, 1, 1, 1]})
    assert leaders(table, "name", "n", "quote") == "Japan (4 quotes), Norio Maruyama (3) and 3 others with 1 each"
    assert (
        leaders(table.head(4), "name", "n", "quote") == "Japan (4 quotes), Norio Maruyama (3) and 2 others with 1 each"
    )


def test_speakers_merge_capital_country_and_surname(corpus):
    names = speaker_names(corpus.quotes, corpus.articles)
    by_phrase = dict(zip(corpus.quotes["speaker"], names["speaker_name"]))
    kinds = dict(zip(corpus.quotes["speaker"], names["speaker_kind"]))
    assert by_phrase["Tokyo"] == "Japan" and kinds["Tokyo"] == "country"
    assert kinds["Analysts"] == "described"
    assert set(names["speaker_name"]) >= {"Taro Sato", "Japan"}


def test_a_company_is_one_name_with_or_without_its_legal_form_and_initials():
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c", "c", "d"],
            "speaker": ["General Motors Corp", "GM", "GM", "Gene Moos", "Moos", "Smith and Co"],
        }
    )
    names = speaker_names(quotes)["speaker_name"].tolist()
    # "GM" beside "General Motors" once is General Motors in every story, never the person Gene Moos
    assert names == ["General Motors", "General Motors", "General Motors", "Gene Moos", "Gene Moos", "Smith and Co"]


def test_a_body_named_with_its_acronym_is_the_body():
    quotes = pd.DataFrame(
        {"article_id": ["a", "a"], "speaker": ["Harbour Pilots Guild Ltd", "Harbour Pilots Guild Ltd (HPG)"]}
    )
    assert speaker_names(quotes)["speaker_name"].tolist() == ["Harbour Pilots Guild", "Harbour Pilots Guild"]


def test_quote_findings_are_sentences_from_the_data(corpus):
    f = quote_findings(corpus.articles, corpus.quotes)
    n = len(corpus.quotes)
    assert f.sentences[0].startswith(f"{n} quotes in 2 articles")
    assert any(s.startswith("Japan speaks most") for s in f.sentences)
    assert not any(" 1 quotes" in s or s.startswith("1 quotes") for s in f.sentences)
    assert "(not stated)" not in set(f.section("countries").data["speaker_country"])
    assert "Analysts" not in set(f.section("speakers").data["speaker_name"])  # described speakers are not one person
    assert "not state the speaker's country" in f.section("countries").note  # unstated share in the note, no bar


def test_empty_sections_say_so_in_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Rain fell on the hills all week and the rivers rose.\n", encoding="utf-8")
    articles = load_articles(tmp_path)
    corpus = open_corpus(tmp_path)
    f = quote_findings(articles, corpus.quotes)
    assert f.sentences == ["No quote was found in 1 article."]
    assert all(s.empty and "nothing to show" in s.header for s in f.sections.values())
    c = corpus_findings(articles, corpus.mentions)
    assert c.section("mentions").empty and "nothing to chart" in c.section("mentions").header


def test_corpus_findings_state_what_was_read(corpus):
    f = corpus_findings(corpus.articles, corpus.mentions)
    assert f.sentences[0].startswith("2 articles (")
    assert f.section("mentions").header.startswith("Countries mentioned most: Japan (")
    assert f.stats["articles"] == 2 and f.stats["skipped"] == 0


def test_figure_findings_are_sentences_from_the_data(tmp_path):
    from analysis import extract_figures, figure_findings

    text = (
        "Chile and Peru trade grows\n\n"
        "LIMA, May 4 - Trade between Chile and Peru rose 12.5 percent to $3.1 billion last year, "
        "according to the central bank.\n\nChilean copper output fell 2 percent."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    articles = load_articles(tmp_path)
    findings = figure_findings(articles, extract_figures(articles))
    joined = " ".join(findings.sentences)
    assert "trade between Chile and Peru rose 12.5%" in joined
    assert "according to the central bank" in joined
    assert findings.section("changes").data["change"].tolist() == [12.5]
    assert "rule" in findings.section("figures").data.columns
    empty = figure_findings(articles, extract_figures(articles).iloc[0:0])
    assert empty.section("changes").empty and empty.sentences == ["No figure was found in 1 article."]


def test_the_csv_of_a_report_table_traces_each_row_to_its_sentence(tmp_path, corpus):
    from analysis import extract_figures, figure_findings
    from analysis.report.present import show_table

    text = "Chile and Peru trade grows\n\nLIMA, May 4 - Trade between Chile and Peru rose 12.5 percent last year."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    articles = load_articles(tmp_path)
    section = figure_findings(articles, extract_figures(articles)).section("figures")
    show_table(section.data, "figures", tmp_path / "out", columns=section.columns)
    saved = pd.read_csv(tmp_path / "out" / "tables" / "figures.csv")
    row = saved.iloc[0]
    assert {"start", "end", "sentence"} <= set(saved.columns) and "start" not in section.columns  # CSV only
    assert articles["text"].iloc[0][row["start"] : row["end"]] == row["text"] and row["text"] in row["sentence"]
    assert set(saved["countries"]) == {"Chile; Peru"}  # joined as the run command writes it, not "['Chile', ...]"
    quotes = quote_findings(corpus.articles, corpus.quotes).section("quotes")
    show_table(quotes.data, "quotes", tmp_path / "out", columns=quotes.columns)
    saved = pd.read_csv(tmp_path / "out" / "tables" / "quotes.csv")
    assert {"start", "end", "sentence", "rule", "speaker_name"} <= set(saved.columns)


def test_the_folder_read_is_named_as_a_folder(tmp_path):
    from analysis.report.findings.corpus import corpus_summary

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TOKYO, encoding="utf-8")
    first = corpus_summary(load_articles(folder))[0]
    assert " from articles/," in first  # not "from articles," nor, under a chart, "392 articles in articles."


def test_a_date_line_below_the_title_is_pointed_out(tmp_path):
    from analysis.report.findings.corpus import corpus_summary

    (tmp_path / "a.txt").write_text("Freedonia votes\nPublished: 2020-03-01\n\n" + SEOUL, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Published: 2020-03-02\nSylvania votes\n\n" + SEOUL, encoding="utf-8")
    said = corpus_summary(load_articles(tmp_path))
    assert said[-1].startswith("1 undated article has a date line (“Published: …”) in its text")
    assert len(corpus_summary(load_articles(tmp_path / "b.txt"))) == 3  # the date read as a date: nothing to say


def test_a_text_cut_at_the_cap_is_a_row_of_the_skipped_table(tmp_path):
    memo = "Long memo\n\n" + "Envoys from Chile and Peru met in a hall and agreed on a date.\n\n" * 20
    (tmp_path / "memo.txt").write_text(memo, encoding="utf-8")
    with pytest.warns(UserWarning, match="only its first"):
        articles = load_articles(tmp_path, max_chars=500)
    f = corpus_findings(articles, pd.DataFrame(columns=["country", "article_id"]))
    section = f.section("skipped")
    assert section.data[["what"]].values.ravel().tolist() == ["cut"]
    assert re.fullmatch(r"memo: 1,\d{3} characters; only the first 4\d\d read", section.data["why"].iloc[0])
    assert "1 very long text was cut" in section.header


def test_the_skipped_header_lists_three_kinds_as_a_series(tmp_path):
    memo = "Long memo\n\n" + "Envoys from Chile and Peru met in a hall and agreed on a date.\n\n" * 20
    (tmp_path / "memo.txt").write_text(memo, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(memo, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = load_articles(tmp_path, max_chars=500)
    header = corpus_findings(articles, pd.DataFrame(columns=["country", "article_id"])).section("skipped").header
    assert header == "1 file or record could not be read, 1 duplicate text was read once and 1 very long text was cut"
