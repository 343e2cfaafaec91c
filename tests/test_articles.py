"""The loader: seeds, other formats, bad files."""

from __future__ import annotations

import hashlib
import json
import os

import pandas as pd
import pytest
from conftest import SEEDS

from analysis import load_articles
from analysis.text.articles import ARTICLE_COLUMNS
from analysis.text.cleaning import split_paragraphs
from analysis.text.dates import parse_date


def _words(s: str) -> list[str]:
    return s.replace("“", '"').replace("”", '"').split()


def test_seed_columns_and_types(seeds):
    assert list(seeds.columns) == ARTICLE_COLUMNS
    assert len(seeds) == 2
    assert str(seeds["published"].dtype).startswith("datetime64")
    assert seeds["article_id"].is_unique


def test_seed_000_title_date_and_boilerplate(seeds):
    row = seeds.set_index("article_id").loc["000_475b8c0f3ba35ceb"]
    assert row.title == "S Korea, Japan hold talks as diplomatic row worsens"
    assert row.published == pd.Timestamp("2019-07-13")
    assert "Published:" not in row.text
    assert "Like this" not in row.text
    assert row.title not in row.text  # the title, printed twice by the page, is not body text
    assert row.text.startswith("South Korea has fully enforced United Nations sanctions")
    assert row.text.endswith("while still purchasing USA weapons.")


def test_seed_004_one_line_paragraphs_and_promotion(seeds):
    row = seeds.set_index("article_id").loc["004_6f2633df98030a21"]
    assert row.title is None or pd.isna(row.title)
    assert pd.isna(row.published)
    assert "GhanaStar.com" not in row.text and "Join" not in row.text
    assert row.publisher == "GhanaStar.com"
    paras = row.text.split("\n\n")
    assert len(paras) == 12  # one line per paragraph in the file, less the promotion
    assert paras[0].startswith("Japan on Monday downplayed")
    assert paras[-1] == "“What is important is to stop the flow of currency to North Korea” said Maruyama."


def test_no_body_text_lost(seeds):
    """Every word of the file outside headers, titles and boilerplate is in the text, in order."""
    for path in SEEDS.glob("*.txt"):
        raw = path.read_text(encoding="utf-8")
        text = seeds.set_index("article_id").loc[path.stem, "text"]
        body_lines = [
            l for l in raw.splitlines() if l.strip() and not l.startswith(("Published:", "Join ", "Like this"))
        ]
        title = seeds.set_index("article_id").loc[path.stem, "title"]
        body_lines = [l for l in body_lines if l.strip() != title]
        assert _words(" ".join(body_lines)) == _words(text)


def test_inputs_untouched(tmp_path):
    before = {p: hashlib.sha1(p.read_bytes()).hexdigest() for p in SEEDS.glob("*")}
    load_articles(SEEDS)
    assert {p: hashlib.sha1(p.read_bytes()).hexdigest() for p in SEEDS.glob("*")} == before


def test_bad_files_are_skipped_and_reported(tmp_path):
    (tmp_path / "good.txt").write_text("Seoul said on Monday it would respond.\n\nMore text here.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("   \n\n  ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "bom.txt").write_bytes("\ufeffTokyo said it would not change course.".encode("utf-8"))
    (tmp_path / "latin1.txt").write_bytes(
        "Le ministre a déclaré que la France était prête à négocier avec l'Allemagne.".encode("cp1252")
    )
    (tmp_path / "broken.json").write_text("{not json")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "good.txt").write_text("A second article in another folder, with the same file name.", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("cannot be read")
    os.chmod(locked, 0)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.warns(UserWarning, match="skipped"):
        df = load_articles(tmp_path)
    reasons = {os.path.basename(d["path"]): d["reason"] for d in df.attrs["skipped"]}
    assert {"empty.txt", "blank.md", "binary.txt", "broken.json"} <= set(reasons)
    if os.geteuid() != 0:  # root reads anything
        assert "locked.txt" in reasons
    assert {"good", "good-2", "bom", "latin1"} <= set(df.article_id)
    text = df.set_index("article_id").text
    assert text["bom"] == "Tokyo said it would not change course."
    assert "déclaré" in text["latin1"]
    assert before == {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    os.chmod(locked, 0o644)


def test_missing_folder_raises():
    with pytest.raises(FileNotFoundError, match="no-such-folder"):
        load_articles("no-such-folder")


def test_identical_texts_loaded_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Beijing said trade rose.", encoding="utf-8")
    with pytest.warns(UserWarning, match="identical"):
        df = load_articles(tmp_path)
    assert list(df.article_id) == ["a"]
    assert df.attrs["duplicates"][0]["same_as"] == "a"


def test_sources_file_glob_and_list():
    one = load_articles(next(SEEDS.glob("000_*.txt")))
    assert len(one) == 1
    assert len(load_articles(str(SEEDS / "*.txt"))) == 2
    assert len(load_articles([SEEDS / "000_475b8c0f3ba35ceb.txt", SEEDS / "004_6f2633df98030a21.txt"])) == 2


WIRE = (
    "Japan's trade surplus with the United States\nrose to 5.3 billion dlrs in January, the\n"
    "Finance Ministry said.\n    The ministry said exports rose 10 pct\nfrom a year earlier.\n\n Reuter\n"
)


def test_jsonl_wire_text_becomes_paragraphs(tmp_path):
    recs = [
        {"id": "reuters-7", "date": "26-FEB-1987 15:01:01.79", "title": "JAPAN SURPLUS", "text": WIRE},
        {"id": "reuters-8", "date": "2019-07-13T10:00:00Z", "title": "X", "text": ""},
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    with pytest.warns(UserWarning):
        df = load_articles(tmp_path)
    row = df.iloc[0]
    assert row.article_id == "reuters-7"
    assert row.published == pd.Timestamp("1987-02-26 15:01:01.79")
    assert row.publisher == "Reuters"
    assert row.text == (
        "Japan's trade surplus with the United States rose to 5.3 billion dlrs in January, "
        "the Finance Ministry said.\n\nThe ministry said exports rose 10 pct from a year earlier."
    )


def test_csv_and_json_records(tmp_path):
    pd.DataFrame(
        {
            "headline": ["A", "B"],
            "body": ["Seoul protested.", "Tokyo replied."],
            "date": ["Sat, July 13, 2019", "2019-07-14"],
        }
    ).to_csv(tmp_path / "news.csv", index=False)
    (tmp_path / "one.json").write_text(json.dumps({"articles": [{"title": "C", "content": "Moscow agreed."}]}))
    df = load_articles(tmp_path).set_index("article_id")
    assert df.loc["news-0", "title"] == "A" and df.loc["news-0", "text"] == "Seoul protested."
    assert df.loc["news-0", "published"] == pd.Timestamp("2019-07-13")
    assert df.loc["one-0", "text"] == "Moscow agreed."


HTML = """<html><head><title>Seoul protests | The Daily</title>
<meta property="og:site_name" content="The Daily"><meta property="og:title" content="Seoul protests">
<meta property="article:published_time" content="2019-07-13T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Seoul protests</h1>
<p>South Korea on Saturday protested against the export curbs announced by Japan earlier this month.</p>
<p>"We will respond firmly," a foreign ministry official told reporters in Seoul on condition of anonymity.</p>
</article><footer>Subscribe to our newsletter. Copyright 2019 The Daily.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    row = load_articles(tmp_path).iloc[0]
    assert row.title == "Seoul protests"
    assert row.published == pd.Timestamp("2019-07-13 10:00")
    assert row.publisher == "The Daily"
    assert row.text.split("\n\n")[0].startswith("South Korea on Saturday protested")
    assert "Home" not in row.text and "Subscribe" not in row.text


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Sat, July 13, 2019", "2019-07-13"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26 15:01:01.79"),
        ("2019-07-13T12:00:00+02:00", "2019-07-13 10:00"),
        ("2019-07-13T10:00:00Z", "2019-07-13 10:00"),
        ("2019-07-13", "2019-07-13"),
        ("1-mar-1987 09:05:00", "1987-03-01 09:05"),
        ("3-APR-1987 07:27:59.04&#5;&#5;&#5;RM", "1987-04-03 07:27:59.04"),  # SGML residue of a feed
        ("3-APR-1987 07:27:59.04&#22;&#22;&#1;A\n", "1987-04-03 07:27:59.04"),
        ("31-FEB-1987 10:00:00.00", None),  # no such day: no date rather than a guess
        ("26-XYZ-1987 15:01:01", None),
        ("", None),
        ("no date here at all", None),
    ],
)
def test_parse_date(value, expected):
    got = parse_date(value)
    assert pd.isna(got) if expected is None else got == pd.Timestamp(expected)


@pytest.mark.parametrize("stamp", ["05-MAR-1987 09:07:11.42", "9-APR-1987 23:59:59", "12-Dec-2001 00:00:00.5"])
def test_exact_date_rules_read_as_the_general_parser_does(stamp):
    from dateutil import parser as dateparser

    assert parse_date(stamp) == pd.Timestamp(dateparser.parse(stamp))


def test_field_names_in_any_case(tmp_path):
    rec = {"TITLE": "Seoul protests", "Text": "South Korea protested on Saturday.", "Date": "13-JUL-2019 10:00:00"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    row = load_articles(tmp_path).iloc[0]
    assert (row.title, row.published) == ("Seoul protests", pd.Timestamp("2019-07-13 10:00"))
    assert row.text == "South Korea protested on Saturday."


def test_paragraph_rules():
    assert split_paragraphs("One line.\nAnother line.") == ["One line.", "Another line."]
    assert split_paragraphs("a wrapped line that goes\non and on until\nit ends.") == [
        "a wrapped line that goes on and on until it ends."
    ]
    assert split_paragraphs("First para\nwraps here.\n   Second para.") == ["First para wraps here.", "Second para."]


def test_long_story_paragraph_with_promo_words_is_kept(tmp_path):
    body = (
        "The company said it has begun publishing an investment newsletter targeted to private investors. "
        "Annual subscriptions are 126 dlrs, the company said."
    )
    (tmp_path / "a.txt").write_text("Acme said profits rose sharply in the quarter.\n\n" + body, encoding="utf-8")
    assert load_articles(tmp_path).iloc[0].text.endswith("the company said.")


def test_first_line_of_a_block_is_not_a_title(tmp_path):
    """Only a line standing alone (blank line after it) is a title; a table's first row is body text."""
    (tmp_path / "div.txt").write_text(
        "Qtly div 36 cts vs 36 cts prior\n    Pay April one\n    Record March 13\n Reuter\n"
    )
    row = load_articles(tmp_path).iloc[0]
    assert row.title is None or pd.isna(row.title)
    assert row.text.startswith("Qtly div 36 cts")


def test_modern_page_furniture_is_removed(tmp_path):
    """Date lines without a colon, bylines, rules, credits, e-mail sign-offs and end marks are not body text."""
    page = (
        "Published On 12 Oct 2025\nSeoul and Tokyo agree to resume talks\n\nBy Jane Roe and John Doe\n\n"
        "SEOUL, Oct. 12 (Yonhap) -- South Korea and Japan agreed on Sunday to resume talks, officials said.\n\n"
        "The ministers will meet again next month.\n\n___\n\nAssociated Press writer Ann Lee contributed to this report.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)\n\njroe@example.co.kr\n(END)\n"
    )
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    row = load_articles(tmp_path).iloc[0]
    assert row.title == "Seoul and Tokyo agree to resume talks"
    assert row.published == pd.Timestamp("2025-10-12")
    assert row.publisher == "Yonhap"
    assert row.text == (
        "SEOUL, Oct. 12 (Yonhap) -- South Korea and Japan agreed on Sunday to resume talks, officials said."
        "\n\nThe ministers will meet again next month."
    )


def test_a_sentence_that_starts_like_a_date_line_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Posted county prices in 99 southern\ncounties have been changed, officials said.\n"
    )
    assert load_articles(tmp_path).iloc[0].text.startswith("Posted county prices")
    assert parse_date("Wed 26 Nov 2025 07.15 GMT") == pd.Timestamp("2025-11-26 07:15")


def test_a_text_past_the_cap_is_read_up_to_it_with_one_short_warning(tmp_path):
    paragraph = "The delegates talked about fishing rights until late in the evening.\n\n"
    (tmp_path / "long.txt").write_text(paragraph * 200, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Rain fell on the hills all week.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        df = load_articles(tmp_path, max_chars=1_000)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1 and "long" in messages[0] and len(messages[0]) < 120
    assert not any(c in messages[0] for c in "\\[]|(?")  # a sentence, never a pattern
    long = df.set_index("article_id").loc["long"]
    assert len(long.text) <= 1_000 and long.text.endswith("evening.")
    assert [t["article_id"] for t in df.attrs["truncated"]] == ["long"]


def test_an_extractor_error_is_one_short_phrase(tmp_path):
    from analysis.text.guard import ArticleErrors

    errors = ArticleErrors("extract_quotes")

    def fails(_):
        raise ValueError("bad pattern (?P<x>" + "a|" * 200 + ")\nsecond line")

    errors.run("story-7", fails, None)
    with pytest.warns(UserWarning) as caught:
        errors.finish(pd.DataFrame())
    message = str(caught[0].message)
    assert "story-7" in message and "second line" not in message and len(message) < 250


@pytest.mark.parametrize("tail", [" junk", " (corrected)", ", page 3"])
def test_a_date_line_with_trailing_characters_keeps_its_date_and_the_title(tmp_path, tail):
    page = f"Published: 27-MAR-1987 07:27:59.04{tail}\n\nJAPAN CUTS RATES\n\nTOKYO, March 27 - The Bank cut its rate.\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    row = load_articles(tmp_path).iloc[0]
    assert row.published == pd.Timestamp("1987-03-27 07:27:59.04")
    assert row.title == "JAPAN CUTS RATES"
    assert row.text == "TOKYO, March 27 - The Bank cut its rate."


def test_a_header_word_before_a_sentence_is_not_a_date_line(tmp_path):
    page = "Posted prices rose 5 pct in March, traders said.\n\nOil firms raised them again.\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    row = load_articles(tmp_path).iloc[0]
    assert row.text.startswith("Posted prices rose 5 pct") and pd.isna(row.published)


@pytest.mark.parametrize(
    "field, place",
    [
        ("SYRACUSE, N.Y., April 17 -", "SYRACUSE"),
        ("CALGARY, Alberta, March 3 -", "CALGARY"),
        ("TOKYO, APril 8 -", "TOKYO"),
    ],
)
def test_a_dateline_field_with_a_state_or_a_mistyped_month_is_read(field, place):
    from analysis.text.datelines import from_field

    found = from_field(field)
    assert found is not None and found.place == place and found.text == field.rstrip(" -")


def test_a_broken_json_line_says_where_it_breaks(tmp_path):
    good = '{"id": "a", "text": "Envoys of Chile and Peru met on Friday."}'
    (tmp_path / "feed.jsonl").write_text(good + '\n{"id": "b", "title": "cut short\n', encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = load_articles(tmp_path)
    assert articles.attrs["skipped"][0]["reason"] == "line 2: not JSON (Unterminated string starting at column 22)"
    (tmp_path / "feed.jsonl").write_text(good + "\n{not json}\n", encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = load_articles(tmp_path)
    assert articles.attrs["skipped"][0]["reason"].startswith("line 2: not JSON (Expecting property name")
    assert articles.attrs["skipped"][0]["reason"].endswith(" at column 2)")
