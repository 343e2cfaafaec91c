"""The scorer of analysis.evaluate: matching rules of the gold file's "about" field, on small made-up gold."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.evaluate.cli import main
from analysis.evaluate.gold import evaluate_figures, evaluate_quotes, load_gold, speaker_matches

GOLD = {
    "about": "test gold",
    "articles": {
        "a1": {
            "quotes": [
                {"kind": "direct", "quote": "We will win", "speaker_keys": ["Kim"], "speaker_country": "South Korea"},
                {
                    "kind": "indirect",
                    "quote": "talks had failed",
                    "speaker_keys": ["trade", "ministry"],
                    "speaker_country": "Japan",
                },
                {"kind": "direct", "quote": "Nobody said it", "speaker_keys": None, "speaker_country": None},
                {"kind": "indirect", "quote": "optional bit", "speaker_keys": ["X"], "optional": True},
            ],
            "figures": [
                {"text": "10.5 percent", "value": 10.5, "countries": ["China", "North Korea"], "direction": "up"},
                {"text": "$2.5 billion", "value": 2.5e9},
                {"text": "156 cases", "value": 156, "optional": True},
            ],
        },
        "a2": {
            "quotes": [
                {
                    "kind": "partial",
                    "quote": "impudent",
                    "speaker_keys": [["director"], ["KCNA"]],
                    "speaker_country": "North Korea",
                }
            ]
        },
    },
}


def quotes(rows):
    return pd.DataFrame(rows, columns=["article_id", "kind", "quote", "speaker", "speaker_country"])


def test_perfect_run():
    q = quotes(
        [
            ("a1", "direct", "“We will win,” ", "Kim You-geun", "South Korea"),
            ("a1", "indirect", "The talks had  FAILED", "Japan's trade ministry", "Japan"),
            ("a1", "direct", "Nobody said it", None, None),
            ("a2", "partial", "impudent and pitiful", "the KCNA", "North Korea"),
        ]
    )
    m = evaluate_quotes(GOLD, q)
    assert m["quote_f1"] == 1.0 and m["speaker_accuracy"] == 1.0 and m["speaker_country_accuracy"] == 1.0
    assert m["attribution_recall"] == 1.0 and m["quoted_recall"] == 1.0 and m["indirect_recall"] == 1.0


def test_misses_extras_and_wrong_speakers():
    q = quotes(
        [
            ("a1", "direct", "We will win", "Kimberly", "South Korea"),  # "Kim" is not a whole word of it
            ("a1", "direct", "Nobody said it", "Kim", None),  # a speaker where none is named
            ("a1", "indirect", "something else entirely", "Kim", None),  # extra
            ("a1", "indirect", "an optional bit here", "X", None),  # optional: neither way
        ]
    )
    m = evaluate_quotes(GOLD, q)
    # gold: 4 required (3 in a1 + 1 in a2); found 2 of them; 1 extra
    assert m["quote_precision"] == pytest.approx(2 / 3)
    assert m["quote_recall"] == pytest.approx(2 / 4)
    assert m["speaker_accuracy"] == 0.0 and m["attribution_recall"] == 0.0
    assert m["indirect_recall"] == 0.0 and m["indirect_precision"] == 0.0
    assert m["speaker_country_accuracy"] == 1.0


def test_one_to_one_shortest_first():
    q = quotes(
        [
            ("a1", "direct", "We will win, he said, and the talks had failed", "Kim", "South Korea"),
            ("a1", "direct", "We will win", "Kim", "South Korea"),
        ]
    )
    m = evaluate_quotes(GOLD, q)
    assert m["n_found"] == 2 and m["quote_precision"] == 1.0  # the long one matches the indirect key


def test_speaker_alternatives():
    assert speaker_matches("kcna", [["director"], ["kcna"]])
    assert not speaker_matches("kcna agency", [["director", "policy"]])
    assert not speaker_matches("mr. kim", ["r. kim"])


def test_figures_by_value():
    f = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1", "a1"],
            "text": ["10.5 percent", "2.5 billion", "156", "7"],
            "value": [10.5, 2.5e9, 156, 7.0],
            "countries": ["China; North Korea", None, None, None],
            "direction": ["up", None, None, None],
        }
    )
    m = evaluate_figures(GOLD, f)
    assert m["figure_recall"] == 1.0 and m["figure_precision"] == pytest.approx(2 / 3)
    assert m["figure_partners_accuracy"] == 1.0 and m["figure_direction_accuracy"] == 1.0
    m = evaluate_figures(GOLD, f.assign(direction="down", countries="China"))
    assert m["figure_partners_accuracy"] == 0.0 and m["figure_direction_accuracy"] == 0.0


def test_empty_predictions():
    m = evaluate_quotes(GOLD, quotes([]))
    assert m["quote_recall"] == 0.0 and m["quote_precision"] == 0.0
    m = evaluate_figures(GOLD, pd.DataFrame(columns=["article_id", "value", "text"]))
    assert m["figure_recall"] == 0.0


def test_main_prints_a_table(tmp_path, capsys):
    from conftest import SEEDS

    gold = {
        "about": "",
        "articles": {
            "000_475b8c0f3ba35ceb": {
                "quotes": [
                    {
                        "kind": "direct",
                        "quote": "The positions still differ",
                        "speaker_keys": ["Lee"],
                        "speaker_country": None,
                    }
                ]
            }
        },
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold))
    assert load_gold(path) == gold
    assert main([str(path), str(SEEDS), "--task", "quotes"]) == 0
    out = capsys.readouterr().out
    assert "quote_recall" in out and "1.000" in out


# --- gold files of ids only: stories read from the shared corpus -------------------------------

STORY = {
    "id": "reuters-7",
    "date": "2-MAR-1987 10:00:00.00",
    "title": "HARBOUR TALKS END",
    "dateline": "LAKESIDE, March 2 -",
    "text": "Harbour talks between the two towns ended on Monday,\nthe mayor said.\n"
    '    "We will not sign this year," Mayor Ann Vale told\nreporters.\n REUTER\n',
}
IDS_GOLD = {
    "about": "",
    "articles": {
        "reuters-7": {
            "quotes": [
                {
                    "kind": "direct",
                    "quote": "We will not sign this year",
                    "speaker_keys": ["Vale"],
                    "speaker_country": None,
                }
            ]
        }
    },
}


def _corpus(tmp_path, records):
    (tmp_path / "corpus").mkdir()
    lines = [json.dumps(r) for r in records]
    (tmp_path / "corpus" / "reuters21578.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "corpus"


def test_gold_of_ids_reads_its_stories_from_the_shared_corpus(tmp_path, monkeypatch, capsys):
    import analysis.paths

    other = dict(STORY, id="reuters-70", text="Nothing here.")
    monkeypatch.setattr(analysis.paths, "SHARED_CORPUS", _corpus(tmp_path, [other, STORY]))
    from analysis.evaluate.gold import corpus_articles

    arts = corpus_articles(IDS_GOLD)
    assert arts["article_id"].tolist() == ["reuters-7"]  # only the gold's stories, through the loader
    assert "REUTER" not in arts.loc[0, "text"] and "the mayor said" in arts.loc[0, "text"]  # cleaned as for users
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(IDS_GOLD))
    assert main([str(path), "--task", "quotes"]) == 0
    out = capsys.readouterr().out
    assert "quote_recall" in out and "n_gold" in out


def test_gold_of_ids_without_the_corpus_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    import analysis.paths

    monkeypatch.setattr(analysis.paths, "SHARED_CORPUS", tmp_path / "absent")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(IDS_GOLD))
    assert main([str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "absent" in err and "ARTICLES" in err and "\n" not in err


def test_gold_of_ids_missing_from_the_corpus_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    import analysis.paths

    monkeypatch.setattr(analysis.paths, "SHARED_CORPUS", _corpus(tmp_path, [dict(STORY, id="reuters-8")]))
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(IDS_GOLD))
    assert main([str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "reuters-7" in err and "\n" not in err
