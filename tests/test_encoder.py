"""The shipped sentiment encoder (int8 ONNX, onnxruntime + tokenizers; no torch): it loads, reads the target it is
given, scores sentences of our own with the expected polarity, and gives every target the same score whatever
else is scored with it."""

from __future__ import annotations

import numpy as np
import pytest

from analysis import country_sentiment, target_sentiment
from analysis.sentiment.encoder import ENCODER_DIR, WINDOW, mark, shipped_encoder


def test_the_shipped_files_are_in_the_package():
    assert (ENCODER_DIR / "model.onnx").stat().st_size > 10_000_000  # int8 MiniLM: about 23 MB
    assert (ENCODER_DIR / "tokenizer.json").is_file() and (ENCODER_DIR / "CARD.md").is_file()


@pytest.mark.parametrize(
    "sentence, target, want",
    [
        ("Freedonia thanked Ruritania warmly for its generous flood aid.", "Ruritania", "positive"),
        ("Officials accused Ruritania of dumping cheap steel and stealing jobs.", "Ruritania", "negative"),
        ("The ministers of Ruritania will meet in Geneva on Tuesday.", "Ruritania", "neutral"),
    ],
)
def test_three_sentences_of_our_own_get_the_expected_polarity(sentence, target, want):
    start = sentence.index(target)
    score = target_sentiment(sentence, start, start + len(target), sentiment="encoder")
    from analysis import polarity_label

    assert polarity_label(score) == want, score


def test_the_model_reads_which_target_is_meant():
    s = "Freedonia praised the reforms, while Ruritania was condemned for its brutal crackdown."
    praised = target_sentiment(s, 0, 9, sentiment="encoder")
    condemned = target_sentiment(s, s.index("Ruritania"), s.index("Ruritania") + 9, sentiment="encoder")
    assert praised > 0.2 > -0.2 > condemned


def test_a_target_far_into_a_long_run_on_sentence_is_still_marked():
    filler = "and the delegates discussed tariffs on rice, wheat and soybeans " * 30
    s = filler + "before Ruritania was condemned."
    pair, mention = mark(s, s.index("Ruritania"), s.index("Ruritania") + 9)
    assert mention == "Ruritania" and "[unused0]Ruritania[unused1]" in pair and len(pair) < 2 * WINDOW + 40


def test_a_score_does_not_depend_on_what_else_is_scored():
    model = shipped_encoder()
    a = ("Officials accused Ruritania of dumping.", 18, 27)
    b = ("A much longer sentence in which Freedonia, after long talks in Geneva, thanked its partners.", 32, 41)
    alone = model.proba([a])
    together = model.proba([b, a, b])
    assert np.array_equal(alone[0], together[1])


def test_rows_say_which_model_scored_them(seeds):
    fast = country_sentiment(seeds.head(1), sentiment="fast")
    enc = country_sentiment(seeds.head(1), sentiment="encoder")
    assert fast["rule"].str.endswith("score:fast").all() and enc["rule"].str.endswith("score:encoder").all()
    assert list(fast["start"]) == list(enc["start"])  # the same mentions, scored by another model
