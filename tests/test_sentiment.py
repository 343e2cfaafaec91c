"""Target sentiment, country sentiment and portrayal: the model, its features, the tables and the seeds."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis import country_portrayal, country_sentiment, polarity_label, target_sentiment
from analysis.paths import ROOT
from analysis.sentiment import countries as sentiment_countries
from analysis.sentiment.choice import DEFAULT_SENTIMENT
from analysis.sentiment.countries import PORTRAYAL_COLUMNS, SENTIMENT_COLUMNS
from analysis.sentiment.features import SCOPES, Featurizer
from analysis.sentiment.lexicon import lexicon
from analysis.sentiment.model import MODEL_PATH, shipped_model
from analysis.text.rule_tables import read_table

SHARED = ROOT.parent / "shared"  # present in CI and on the developers' machines, not on a user's

# Portrayal of each country in the seed articles, as hand-annotated (facts to test against).
SEED_PORTRAYAL = {
    ("000", "Japan"): "negative",
    ("000", "South Korea"): "negative",
    ("000", "North Korea"): "negative",
    ("000", "United States"): "neutral",
    ("004", "North Korea"): "negative",
    ("004", "Japan"): "neutral",
    ("004", "South Korea"): "neutral",
    ("004", "China"): "neutral",
    ("004", "Russia"): "neutral",
    ("004", "United States"): "neutral",
}
MIN_PORTRAYAL_RIGHT = (
    10  # 4 with the plain mean over mentions; 7 with one vote per sentence and a neutral prior; 10 with firm acts
)
DEV_FLOORS = {"rw_dev": 0.70, "mt_dev": 0.67}  # measured 0.718 / 0.694, minus about 0.02 (dev/eval_sentiment.py)


def score(sentence: str, target: str, nth: int = 0) -> float:
    """target_sentiment of the nth occurrence of ``target`` in ``sentence``."""
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(target, start + 1)
    return target_sentiment(sentence, start, start + len(target))


def articles(*texts: str) -> pd.DataFrame:
    """A minimal articles table."""
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})


def test_score_is_in_range_and_labelled():
    s = score("Russia welcomed the agreement with Kazakhstan as a great success.", "Russia")
    assert -1.0 <= s <= 1.0
    assert polarity_label(s) in {"negative", "neutral", "positive"}


def test_opposite_polarities_in_one_sentence():
    s = "While Canada won praise for its generous aid, Russia was condemned for its brutal attacks."
    assert polarity_label(score(s, "Canada")) == "positive" and polarity_label(score(s, "Russia")) == "negative"
    s = "Brazil thanked Argentina for its help, but accused Chile of lying."
    assert polarity_label(score(s, "Argentina")) == "positive" and polarity_label(score(s, "Chile")) == "negative"


def test_praise_before_the_target_outweighs_a_later_clause():
    """The fast model's known weakness (it scores Austria neutral here); the encoder reads it."""
    s = "Germany praised the generous and timely help of Austria, and condemned the brutal, illegal attacks by Syria."
    assert score(s, "Austria") > 0.2 > -0.2 > score(s, "Syria")


def test_slammed_comments_are_negative_for_their_author():
    s = "South Korea slammed Japan's irresponsible comments."
    assert polarity_label(score(s, "Japan")) == "negative"
    s = "Indonesia slammed the irresponsible and insulting comments made by Malaysian officials."
    assert polarity_label(score(s, "Malaysian")) == "negative"


def test_negation_lowers_a_positive_description():
    plain = score("Officials said Canada was a reliable and honest partner.", "Canada")
    negated = score("Officials said Canada was not a reliable and honest partner.", "Canada")
    assert negated < plain - 0.2


def test_a_passage_is_read_at_the_targets_sentence():
    first = "The talks in Geneva went on for hours."
    second = "Officials said Canada was a reliable and honest partner."
    passage = first + " " + second + " " + first
    alone = score(second, "Canada")
    at = passage.index("Canada")
    assert math.isclose(target_sentiment(passage, at, at + len("Canada")), alone, abs_tol=1e-6)


def test_bad_span_raises():
    with pytest.raises(ValueError):
        target_sentiment("Japan said.", 5, 50)


def test_label_thresholds():
    assert polarity_label(0.2) == "positive"
    assert polarity_label(0.19) == "neutral"
    assert polarity_label(-0.19) == "neutral"
    assert polarity_label(-0.2) == "negative"
    assert polarity_label(float("nan")) == "neutral"
    assert polarity_label(0.5, threshold=0.6) == "neutral"


def test_score_band_matches_most_probable_class():
    model = shipped_model()
    targets = [("Japan condemned the brutal attack.", 0, 5), ("Japan said on Monday.", 0, 5)]
    p = model.proba(model.featurizer.features(targets))
    labels = [polarity_label(s) for s in model.scores(targets)]
    assert labels == [("negative", "neutral", "positive")[k] for k in p.argmax(axis=1)]


def test_diplomacy_lexicon_table_and_prefixes():
    rows = read_table("diplomacy_lexicon.csv")
    assert {"term", "valence", "kind"} <= set(rows[0])
    assert all(-4 <= float(r["valence"]) <= 4 for r in rows)
    lex = lexicon()
    assert lex.diplomacy("provocations") < 0 and lex.diplomacy("impudent") < 0 and lex.diplomacy("puppet") < 0
    assert lex.diplomacy("cooperation") > 0
    assert lex.diplomacy("untrustworthy") < 0 < lex.diplomacy("trustworthy")
    assert lex.diplomacy("table") == 0.0


def test_lexicon_reaches_the_features():
    fz = Featurizer(shipped_model().featurizer.vocab)
    dim = fz.vocab.vectors.shape[1]
    hostile, plain = (
        fz.features([("Kenya called the puppet regime's provocations impudent.", 0, 5)]),
        fz.features([("Kenya called the new regime's statements long.", 0, 5)]),
    )
    # the "all" scope's negative diplomacy valence: columns dim + 2 (pos VADER, pos diplomacy, neg VADER, neg diplomacy)
    neg_diplomacy = dim + 3
    assert SCOPES[0] == "all"
    assert hostile.dense[0, neg_diplomacy] < plain.dense[0, neg_diplomacy] == 0


def test_model_is_shipped_small_and_loads_offline():
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 10_000_000
    model = shipped_model()
    assert model.featurizer.n_dense == len(model.mean)


def test_country_sentiment_columns_and_dtypes(seeds):
    df = country_sentiment(seeds)
    assert list(df.columns) == SENTIMENT_COLUMNS
    assert len(df) > 20
    assert df["start"].dtype == "int64" and df["end"].dtype == "int64" and df["score"].dtype == "float64"
    assert df["score"].between(-1, 1).all()
    assert set(df["label"]) <= {"negative", "neutral", "positive"}
    assert df["rule"].str.contains(f"score:{DEFAULT_SENTIMENT}").all()
    texts = dict(zip(seeds.article_id, seeds.text))
    for r in df.itertuples():
        assert texts[r.article_id][r.start : r.end] in r.evidence


def test_country_portrayal_columns_and_counts(seeds):
    sentiment = country_sentiment(seeds)
    df = country_portrayal(seeds, sentiment)
    assert list(df.columns) == PORTRAYAL_COLUMNS
    assert df["n_mentions"].dtype == "int64" and df["score"].dtype == "float64"
    assert df["n_mentions"].sum() == len(sentiment)
    assert not df.duplicated(["article_id", "country"]).any()


def test_portrayal_is_one_vote_per_sentence_with_a_neutral_prior():
    rows = [
        ("a", "Freedonia", 0, 9, -0.9, "negative", "Freedonia and Freedonia's army attacked.", "r"),
        ("a", "Freedonia", 14, 23, -0.9, "negative", "Freedonia and Freedonia's army attacked.", "r"),
        ("a", "Freedonia", 50, 59, 0.0, "neutral", "Freedonia held talks.", "r"),
        ("a", "Sylvania", 70, 78, -0.5, "negative", "Sylvania was blamed.", "r"),
    ]
    sentiment = pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)
    got = country_portrayal(articles("x"), sentiment).set_index("country")
    # two sentences (-0.9, 0.0) plus one neutral: -0.3, not the mentions' mean -0.6
    assert math.isclose(got.loc["Freedonia", "score"], -0.3) and got.loc["Freedonia", "n_mentions"] == 3
    # one polar sentence in passing is halved toward neutral
    assert math.isclose(got.loc["Sylvania", "score"], -0.25)


def test_portrayal_needs_two_sentences_or_events():
    """The model's leaning over three sentences is a portrayal; two polar sentences in passing are not (no events)."""
    rows = [
        ("a", "Freedonia", 0, 9, -0.9, "negative", "Freedonia's economy collapsed.", "r"),
        ("a", "Freedonia", 40, 49, -0.8, "negative", "Freedonia defaulted on its debt.", "r"),
        ("a", "Freedonia", 60, 69, -0.8, "negative", "Freedonia's banks closed.", "r"),
        ("a", "Sylvania", 80, 88, -0.9, "negative", "Sylvania's economy collapsed.", "r"),
        ("a", "Sylvania", 100, 108, -0.9, "negative", "Sylvania defaulted.", "r"),
        ("a", "Ruritania", 120, 129, 0.9, "positive", "Ruritania's economy boomed.", "r"),
        ("a", "Ruritania", 160, 169, 0.8, "positive", "Ruritania posted record growth.", "r"),
        ("a", "Ruritania", 180, 189, 0.8, "positive", "Ruritania's exports soared.", "r"),
    ]
    sentiment = pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)
    got = country_portrayal(articles("x"), sentiment).set_index("country")["label"]
    assert got.to_dict() == {"Freedonia": "negative", "Sylvania": "neutral", "Ruritania": "positive"}


def test_country_sentiment_reads_names_as_on_the_date():
    arts = articles("Germany praised the agreement.")
    arts["published"] = ["1987-04-07"]
    assert country_sentiment(arts, "fast")["country"].tolist() == ["West Germany"]


def test_seed_portrayal(seeds):
    """A regression floor: all 10 annotated portrayals are met today."""
    df = country_portrayal(seeds)
    got = {(a[:3], c): lab for a, c, lab in zip(df.article_id, df.country, df.label)}
    right = [k for k, want in SEED_PORTRAYAL.items() if got.get(k, "neutral") == want]
    assert len(right) >= MIN_PORTRAYAL_RIGHT, right
    assert got[("000", "South Korea")] == "negative"  # the article's plainest case: accused and denying


def test_empty_input():
    empty = articles()
    assert list(country_sentiment(empty).columns) == SENTIMENT_COLUMNS
    assert list(country_portrayal(empty).columns) == PORTRAYAL_COLUMNS
    assert country_sentiment(articles("No country here.", "")).empty


def test_a_bad_article_does_not_stop_the_others(monkeypatch):
    real = sentiment_countries.find_mentions

    def trip(text, day=""):
        if "TRIP" in text:
            raise RuntimeError("tripped")
        return real(text, day)

    monkeypatch.setattr(sentiment_countries, "find_mentions", trip)
    arts = articles("Japan praised Canada.", "TRIP Japan", "Brazil welcomed the deal.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = country_sentiment(arts)
    assert set(df["article_id"]) == {"a0", "a2"}
    assert [e["article_id"] for e in df.attrs["errors"]] == ["a1"]
    assert any("country_sentiment" in str(w.message) for w in caught)


@pytest.mark.skipif(not (SHARED / "data" / "newsmtsc").exists(), reason="NewsMTSC (../shared) not present")
def test_newsmtsc_dev_regression_floor():
    from analysis.sentiment.newsmtsc import read_newsmtsc

    for split, floor in DEV_FLOORS.items():
        df = read_newsmtsc(SHARED / "data" / "newsmtsc" / f"{split}.jsonl")
        pred = np.array([polarity_label(s) for s in shipped_model().scores(list(zip(df.text, df.start, df.end)))])
        gold = df["label"].to_numpy()
        f1 = np.mean(
            [2 * np.sum((pred == c) & (gold == c)) / max(np.sum(pred == c) + np.sum(gold == c), 1) for c in set(gold)]
        )
        assert f1 >= floor, (split, f1)


def test_two_acts_against_a_country_portray_it_negatively_whatever_the_mean():
    df = pd.DataFrame(
        {"article_id": ["a", "a"], "country": ["Japan", "Peru"], "score": [0.05, 0.05], "n_sentences": [6, 6]}
    )
    events = {("a", "Japan"): (2, 0, 0), ("a", "Peru"): (2, 1, 0)}
    assert list(sentiment_countries._evidenced_labels(df, events)) == ["negative", "neutral"]


def test_one_firm_act_against_a_country_and_sentences_leaning_against_it_portray_it_negatively():
    df = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "country": ["Japan", "Peru", "Chile"],
            "score": [-0.05, -0.05, 0.05],
            "n_sentences": [4, 4, 4],
        }
    )
    # Japan: an asserted accusation; Peru: only a demand ("must do more"); Chile: accused, but the sentences lean for it
    events = {("a", "Japan"): (1, 0, 1), ("a", "Peru"): (1, 0, 0), ("a", "Chile"): (1, 0, 1)}
    assert list(sentiment_countries._evidenced_labels(df, events)) == ["negative", "neutral", "neutral"]


def test_a_country_opening_a_company_name_is_no_mention_for_portrayal():
    arts = articles("British Telecom Plc said profits rose. Japan Airlines cut fares. Britain's economy grew.")
    assert country_sentiment(arts, "fast")["country"].tolist() == ["United Kingdom"]
