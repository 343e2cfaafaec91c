"""The brat attribution reader and the PolNeAR-style scorer, on a tiny corpus of invented sentences (tests/data/brat)."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate.attribution_match import content_matches, is_pronoun_source, source_heads, speaker_holds
from analysis.evaluate.attribution_records import is_quoted, match
from analysis.evaluate.attribution_scores import score
from analysis.evaluate.brat import Span, parse_ann, read_corpus
from analysis.evaluate.cli import main
from analysis.evaluate.scored_articles import align, load

CORPUS = Path(__file__).parent / "data" / "brat"


@pytest.fixture(scope="module")
def docs():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {d.article_id: d for d in read_corpus(CORPUS)}


# --- reader -----------------------------------------------------------------------------------


def test_reads_one_annotation_per_text_first_annotator(docs):
    assert sorted(docs) == ["story-a", "story-b"]
    a = docs["story-a"]
    assert a.annotator == "aa11" and [p.name for p in a.alternatives] == ["story-a_bb22.ann"]
    assert len(a.attributions) == 4  # the second annotator's file (one attribution) is not read
    assert docs["story-b"].alternatives == []


def test_roles_spans_and_texts(docs):
    e1 = docs["story-a"].attributions[0]
    text = docs["story-a"].text
    assert (e1.id, e1.label, e1.annotator) == ("E1", "Attribution", "aa11")
    assert e1.source_text == "The mayor of Lakeside, Ann Vale" and e1.cue_text == "said"
    assert text[e1.start : e1.end] == e1.content_text == "the harbour plan would create 400 jobs"


def test_discontinuous_span_gives_every_fragment_joined_by_a_space(docs):
    e2 = docs["story-a"].attributions[1]
    assert len(e2.content) == 2 and e2.content[0] < e2.content[1]
    assert e2.content_text == '"We have waited long enough," "The boats come back next spring."'
    assert e2.source_text == "Vale"


def test_attribution_without_source(docs):
    no_source = docs["story-b"].attributions[1]
    assert no_source.label == "Attribution-no-source" and no_source.source == () and no_source.source_text == ""
    assert no_source.cue_text == "denied"


def test_malformed_lines_warn_once_and_never_raise():
    with pytest.warns(UserWarning, match=r"2 line\(s\) skipped.*not brat standoff.*reversed"):
        read_corpus(CORPUS)  # a note over two lines and a flag span with a line break are not complaints


def test_odd_input_never_raises():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert parse_ann("") == []
        assert parse_ann("E1\tAttribution:T9 Source:T8 Content:T7\n") != []  # roles naming no span: empty roles
        assert parse_ann("T1\tContent 0 999\tx\nE1\tAttribution:T1 Content:T1\n", text="short")[0].content == ()
        assert parse_ann("\x00garbage\n\tT1\n;;;\n") == []


def test_without_text_role_texts_come_from_the_ann():
    ann = "T1\tSource 0 3\tKim\nT2\tCue 4 8\tsaid\nT3\tContent 9 13;20 24\tthis that\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    (att,) = parse_ann(ann, article_id="x")
    assert att.content == (Span(9, 13), Span(20, 24)) and att.content_text == "this that" and att.source_text == "Kim"


def test_txt_next_to_ann_layout(tmp_path):
    for f in [*CORPUS.glob("text/*.txt"), *CORPUS.glob("attributions/*.ann")]:
        shutil.copy(f, tmp_path / f.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        flat = {d.article_id: d for d in read_corpus(tmp_path)}
    assert sorted(flat) == ["story-a", "story-b"] and flat["story-a"].annotator == "aa11"
    assert [a.content_text for a in flat["story-a"].attributions][:2] == [
        "the harbour plan would create 400 jobs",
        '"We have waited long enough," "The boats come back next spring."',
    ]


# --- matching rules ---------------------------------------------------------------------------

GOLD = "The new rules will cost farmers in the north about two billion dollars a year, the minister said"


def test_found_quote_holding_the_first_eight_words_matches():
    assert content_matches("“The new rules will cost farmers in the north,” she said", GOLD)
    assert not content_matches("The new rules will cost farmers in the", GOLD[:30] + " south")  # seven words


def test_gold_holding_the_first_forty_characters_matches():
    assert content_matches("about two billion dollars a year", GOLD)  # a short fragment the gold content holds
    # the found quote runs on past the gold content: its first 40 characters are in the gold
    assert content_matches("cost farmers in the north about two billion dollars and more besides", GOLD)
    assert not content_matches("cost farmers in the south about two billion dollars", GOLD)


def test_case_marks_and_whitespace_are_folded():
    assert content_matches("‘THE NEW   rules will cost farmers in the north’", GOLD)
    assert not content_matches("", GOLD) and not content_matches("anything", "")


def test_speaker_holds_a_head_word_of_the_source():
    assert source_heads("Sen. Ann Lee (D-N.Y.)") == ["lee"]
    assert source_heads("Jane Roe, a lawyer at a firm in Ohio,") == ["roe", "lawyer"]
    assert source_heads("one of the mayor’s aides") == ["aides"]
    assert speaker_holds("Ann Lee", "Sen. Ann Lee (D-N.Y.)")
    assert speaker_holds("Jane Roe", "Jane Roe, a lawyer") and speaker_holds("the lawyer", "Jane Roe, a lawyer")
    assert speaker_holds("Vale's", "Ann Vale")
    assert not speaker_holds("Clinton", "a Clinton campaign spokesman")
    assert not speaker_holds("D-N.Y.", "Sen. Ann Lee (D-N.Y.)") and not speaker_holds(None, "Lee")


def test_pronoun_sources_are_excluded():
    for s in ("he", "She", "some of them", "who", "I", "they"):
        assert is_pronoun_source(s), s
    for s in ("Vale", "the union", "He and Ms Vale"):
        assert not is_pronoun_source(s), s


def test_quoted_means_the_content_opens_in_quotation_marks(docs):
    a = docs["story-a"]
    e1, e2, e3, _ = a.attributions
    assert is_quoted(a.text, e2) and not is_quoted(a.text, e1) and not is_quoted(a.text, e3)


def test_align_maps_the_loaders_text_back_to_the_raw_offsets():
    raw = "Title line\n\n  First   paragraph here.\nSecond line.\n\nShare this story\n\nLast one."
    clean = "First paragraph here.\n\nSecond line.\n\nLast one."
    m = align(raw, clean)
    for word in ("First", "paragraph", "Second", "Last"):
        assert raw[m[clean.index(word)] :].startswith(word)
    # a loader that rewrites characters (two apostrophes as one quotation mark) still aligns
    raw = "Intro.\n\n''We won,'' she said on Monday.\n\nEnd."
    clean = 'Intro.\n\n"We won," she said on Monday.\n\nEnd.'
    m = align(raw, clean)
    for word in ("We", "she", "Monday", "End"):
        assert raw[m[clean.index(word)] :].startswith(word)


# --- scoring on the fixture with made-up extractor output ---------------------------------------


def _found(rows):
    return pd.DataFrame(rows, columns=["article_id", "kind", "quote", "start", "end", "speaker"])


def test_one_to_one_matching_fragments_and_speaker_accuracy():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _docs, _arts, scored, _dropped = load(CORPUS)
    ta = scored["story-a"].clean

    def row(aid, kind, q, speaker):
        s = scored[aid].clean.index(q)
        return (aid, kind, q, s, s + len(q), speaker)

    found = _found(
        [
            row("story-a", "indirect", "the harbour plan would create 400 jobs", "Ann Vale"),  # hit, speaker right
            row("story-a", "direct", "We have waited long enough,", "Vale"),  # hit (first fragment)
            row("story-a", "direct", "The boats come back next spring.", "Vale"),  # fragment of the same
            row("story-a", "partial", "a good day for the coast.", "vote"),  # hit, wrong speaker
            row("story-a", "indirect", "the money was already in the budget", None),  # hit, pronoun source: not scored
            row("story-b", "indirect", "it had cut wages", "company"),  # hit (the gold holds it); no source: not scored
            row("story-b", "indirect", "The company denied", "Nobody"),  # extra
        ]
    )
    assert "harbour" in ta
    records, skipped = match(scored, found, one_to_one=True)
    status = [(r["article_id"], r["status"]) for r in records]
    assert status.count(("story-a", "hit")) == 4 and ("story-a", "fragment") in status
    assert ("story-b", "extra") in status and ("story-b", "miss") in status  # "according to": nothing found
    m = score(records, fragments_extra=False, speaker_key="speaker_head_ok")
    assert m["all"]["gold"] == 6 and m["all"]["fragments"] == 1 and skipped == {"no_content": 0, "removed_by_loader": 0}
    assert m["all"]["hit"] == 5 and m["all"]["found"] == 6  # the fragment is neither a hit nor an extra
    assert m["all"]["speaker_n"] == 3  # the mayor, Vale and the senator; "He" and the no-source one are not scored
    assert m["all"]["speaker_accuracy"] == pytest.approx(2 / 3)
    assert m["quoted"]["gold"] == 1 and m["quoted"]["hit"] == 1
    issue = score(match(scored, found)[0])  # issue 11's rules: any found quote that matches is right
    assert issue["all"]["found"] == 7 and issue["all"]["precision"] == pytest.approx(6 / 7)
    assert issue["all"]["hit"] == 5 and issue["all"]["recall"] == pytest.approx(5 / 6)


def test_the_stricter_rule_needs_found_and_gold_to_overlap_in_the_text():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _docs, _arts, scored, _dropped = load(CORPUS)
    clean = scored["story-a"].clean
    quote = "the harbour plan would create 400 jobs"
    here, elsewhere = clean.index(quote), clean.index("He added")  # same words, placed in another paragraph
    for start, overlap, status in ((here, True, "hit"), (elsewhere, True, "miss"), (elsewhere, False, "hit")):
        found = _found([("story-a", "indirect", quote, start, start + len(quote), "Vale")])
        records, _ = match(scored, found, overlap=overlap, one_to_one=True)
        gold = next(r for r in records if r["gold"] is not None and r["gold"].id == "E1")
        assert gold["status"] == status


def test_gold_the_loader_removed_is_counted_apart(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "Mayor says harbour is safe\n\nThe mayor said the water was clean.\n"
    (tmp_path / "text" / "t.txt").write_text(text, encoding="utf-8")
    ann = [
        "T1\tSource 0 5\tMayor",
        "T2\tCue 6 10\tsays",
        "T3\tContent 11 26\tharbour is safe",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "T4\tSource 28 37\tThe mayor",
        "T5\tCue 38 42\tsaid",
        "T6\tContent 43 63\tthe water was clean.",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    ]
    (tmp_path / "attributions" / "t.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    _docs, arts, scored, _dropped = load(tmp_path)
    assert arts.loc[0, "title"] == "Mayor says harbour is safe"  # the loader took the first line as the title
    s = arts.loc[0, "text"].index("the water")
    records, skipped = match(scored, _found([("t", "indirect", "the water was clean", s, s + 19, "mayor")]))
    assert skipped["removed_by_loader"] == 1 and [r["status"] for r in records] == ["hit", "right"]
    assert records[0]["speaker_ok"] and records[0]["found"]["raw_start"] == text.index("the water")


# --- command line ----------------------------------------------------------------------------


def test_cli_prints_a_table(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["--polnear", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "2 annotated texts, 6 attributions" in out and "annotated more than once" in out
    header = next(line for line in out.splitlines() if "precision" in line)
    assert header.split() == ["gold", "found", "hit", "recall", "precision", "F1", "speaker", "(n)"]
    rows = {
        line.split()[0]: line.split()[1:]
        for line in out.splitlines()
        if line.split()[:1] in (["all"], ["quoted"], ["reported"])
    }
    assert set(rows) == {"all", "quoted", "reported"} and rows["all"][0] == "6"
    assert "articles/s" in out


def test_cli_misses_prints_examples(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        main(["--polnear", str(CORPUS), "--misses", "2"])
    out = capsys.readouterr().out
    assert "\nmisses (" in out and "\nextras (" in out and "\nwrong speakers (" in out


def test_cli_missing_folder_is_one_line_error(capsys, tmp_path):
    assert main(["--polnear", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
