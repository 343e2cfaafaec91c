"""Stance: holder -> target from quotes and stance cues, its columns, and the seeds' hand-annotated stance."""

from __future__ import annotations

import warnings

import pandas as pd

from analysis import country_stance, extract_quotes
from analysis.sentiment import stance as stance_module
from analysis.sentiment.choice import DEFAULT_SENTIMENT
from analysis.sentiment.stance import STANCE_COLUMNS
from analysis.text.rule_tables import read_table

# (article prefix, holder, target, polarity) as hand-annotated in the seed articles (facts to test against)
SEED_STANCE = [
    ("000", "South Korea", "Japan", "negative"),
    ("000", "Japan", "South Korea", "negative"),
    ("000", "North Korea", "South Korea", "negative"),
    ("000", "North Korea", "United States", "negative"),
    ("004", "Japan", "North Korea", "negative"),
    ("004", "Japan", "China", "negative"),
    ("004", "Japan", "Russia", "negative"),
]


def articles(*texts: str) -> pd.DataFrame:
    """A minimal articles table."""
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)})


def pairs(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    """(holder, target, label) of every row."""
    return set(zip(df.holder, df.target, df.label))


def test_cue_subject_accuses_cue_object():
    df = country_stance(articles("Indonesia on Tuesday slammed Malaysia's handling of the haze crisis."))
    assert ("Indonesia", "Malaysia", "negative") in pairs(df)
    rule = "holder:event-subject; target:event-object; score:event:ACCUSE(slammed)/asserted+" + DEFAULT_SENTIMENT
    assert df.rule.iloc[0] == rule
    assert df.event.iloc[0] == "ACCUSE"


def test_demand_and_refusal_are_negative_toward_their_object():
    df = country_stance(
        articles(
            "Britain urged Iran to release the tanker.",
            "Egypt rejected Ethiopia's offer to share data on the dam.",
        )
    )
    assert ("United Kingdom", "Iran", "negative") in pairs(df) or ("Britain", "Iran", "negative") in pairs(df)
    assert ("Egypt", "Ethiopia", "negative") in pairs(df)


def test_support_cue_is_positive():
    df = country_stance(articles("France on Monday praised Germany for its leadership in the talks."))
    assert ("France", "Germany", "positive") in pairs(df)


def test_quote_speaker_holds_a_demand_made_of_a_country():
    text = "Japan's foreign minister Taro Kono said Russia and China must do more to enforce the sanctions."
    df = country_stance(articles(text))
    got = pairs(df)
    assert ("Japan", "Russia", "negative") in got and ("Japan", "China", "negative") in got
    assert all(r.startswith("holder:quote-speaker") for r in df.rule)


def test_a_country_named_in_a_quote_is_no_target_without_an_event():
    text = "A Japanese official said Japan's surplus with the United States reached a record 50 billion dlrs."
    assert country_stance(articles(text)).empty


def test_a_negated_act_is_no_stance_and_an_announced_one_is_a_threat():
    df = country_stance(
        articles(
            "Japan's trade minister said Japan had no plans to retaliate against the United States.",
            "Canadian officials said Canada would impose duties on French fish unless Paris changed its policy.",
        )
    )
    assert ("Japan", "United States") not in {(h, t) for h, t in zip(df.holder, df.target)}
    assert ("Canada", "France", "negative") in pairs(df)
    assert set(df.event) == {"THREATEN"}


def test_no_stance_toward_the_holder_itself_or_without_a_holder():
    df = country_stance(articles("Japan said Japan would raise spending.", "The weather in Peru was fine."))
    assert df.empty


def test_precomputed_quotes_give_the_same_rows(seeds):
    quotes = extract_quotes(seeds)
    a, b = country_stance(seeds), country_stance(seeds, quotes=quotes)
    pd.testing.assert_frame_equal(a, b)


def test_columns_and_dtypes(seeds):
    df = country_stance(seeds)
    assert list(df.columns) == STANCE_COLUMNS
    assert df["score"].dtype == "float64" and df["quote_start"].dtype == "int64" and df["quote_end"].dtype == "int64"
    assert df["score"].between(-1, 1).all()
    assert (df["holder"] != df["target"]).all()
    assert df["rule"].str.match(r"holder:[\w-]+; target:[\w-]+; score:").all()
    texts = dict(zip(seeds.article_id, seeds.text))
    for r in df.itertuples():
        assert texts[r.article_id][r.quote_start : r.quote_end].strip() == r.evidence


def test_seed_stance_gold(seeds):
    df = country_stance(seeds)
    found = {(a[:3], h, t, lab) for a, h, t, lab in zip(df.article_id, df.holder, df.target, df.label)}
    assert not [g for g in SEED_STANCE if g not in found]
    gold_keys = {g[:3] for g in SEED_STANCE}
    extra = {(a, h, t) for a, h, t, lab in found if lab != "neutral" and (a, h, t) not in gold_keys}
    precision = len(SEED_STANCE) / (len(SEED_STANCE) + len(extra))
    assert 2 * precision / (precision + 1) >= 0.75, extra


def test_empty_input():
    assert list(country_stance(articles()).columns) == STANCE_COLUMNS
    assert country_stance(articles("")).empty


def test_a_bad_article_does_not_stop_the_others(monkeypatch):
    real = stance_module.stance_rows

    def trip(aid, text, day, voices, names=None, home=None):
        if "TRIP" in text:
            raise RuntimeError("tripped")
        return real(aid, text, day, voices, names, home)

    monkeypatch.setattr(stance_module, "stance_rows", trip)
    arts = articles("Britain urged Iran to release the tanker.", "TRIP Britain urged Iran.", "Egypt slammed Ethiopia.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = country_stance(arts)
    assert set(df["article_id"]) == {"a0", "a2"}
    assert [e["article_id"] for e in df.attrs["errors"]] == ["a1"]
    assert any("country_stance" in str(w.message) for w in caught)


def test_a_speakers_words_about_a_country_are_an_evaluation_only_when_clearly_polar_and_no_figure(seeds):
    df = country_stance(
        articles(
            "A senior Japanese official said the U.S. decision was a terrible, unfair and dishonest mistake.",
            "A Japanese official said U.S. exports fell 5 pct to 20 billion dlrs in a terrible month.",
        )
    )
    rows = df[df.rule.str.contains("evaluated-subject")]
    assert set(rows.article_id) <= {"a0"}
    assert set(zip(rows.holder, rows.target)) <= {("Japan", "United States")}
    assert (rows.score.abs() >= 0.5).all()
    stance = country_stance(seeds)
    documented = {(r["stage"], r["name"]) for r in read_table("rules.csv") if r["extractor"] == "stance"}
    for rule in stance["rule"]:
        for part in rule.split("; "):
            stage, name = part.split(":", 1)
            if stage == "score":
                name = (
                    "evaluation+<model>" if name.startswith("evaluation") else "event:<TYPE>(<pattern>)/<mode>+<model>"
                )
            assert (stage, name) in documented, part


def test_not_only_is_no_negation_and_an_ignored_request_is_a_refusal():
    df = country_stance(articles("The EC not only ignored Manila's request for lower tariffs but raised them."))
    assert ("European Union", "Philippines", "negative") in pairs(df)


def test_scoring_against_a_gold_file():
    from analysis.evaluate.stance import evaluate_portrayal, evaluate_stance

    gold = {
        "articles": {
            "a0": {
                "stance": [
                    {"holder": "Indonesia", "target": "Malaysia", "polarity": "negative"},
                    {"holder": "Malaysia", "target": "Indonesia", "polarity": "negative", "optional": True},
                ],
                "portrayal": {"Malaysia": "negative", "Indonesia": "neutral"},
            }
        }
    }
    arts = articles("Indonesia on Tuesday slammed Malaysia's handling of the haze crisis.")
    m = evaluate_stance(gold, country_stance(arts))
    assert (m["stance_precision"], m["stance_recall"]) == (1.0, 1.0)
    found = pd.DataFrame({"article_id": ["a0"], "country": ["Malaysia"], "label": ["negative"]})
    assert evaluate_portrayal(gold, found)["portrayal_macro_f1"] == 1.0
    assert evaluate_portrayal(gold, found.iloc[:0])["portrayal_accuracy"] == 0.5  # missing = neutral


def test_a_speaker_reporting_a_hostile_act_against_their_country_complains_of_its_actor():
    text = 'Canada\'s trade minister Pat Carney said: "The United States imposed duties on Canadian lumber last week."'
    df = country_stance(articles(text))
    assert ("United States", "Canada", "negative") in pairs(df)
    assert ("Canada", "United States", "negative") in pairs(df)
    assert "holder:event-reported-act; target:event-reported-actor" in " ".join(df.rule)
    neutral = 'A Canadian minister said: "The United States imposed duties on Brazilian juice."'
    assert ("Canada", "United States") not in {
        (h, t) for h, t in zip(*(country_stance(articles(neutral))[c] for c in ("holder", "target")))
    }


def test_an_evaluation_needs_an_evaluative_word_and_praise_needs_a_pattern():
    """A speaker's words about a country's own acts or fortunes are no evaluation of it, however the model reads
    them; words with a hostile word are; praise comes only from the patterns (praised, welcomed ...)."""
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": [
                "Peru will pay its debts in the long run, but nobody knows how long, a Canadian minister said.",
                "Peru's missiles are a grave threat to shipping, a Canadian minister said.",
                "Peru has a strong and admirably broad economic base, a Canadian minister said.",
            ],
        }
    )
    got = country_stance(arts)
    assert got[got["label"] != "neutral"][["article_id", "label"]].values.tolist() == [["b", "negative"]]


def test_advice_to_work_together_is_no_demand():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [
                "Japan and Canada must work together to avert a trade war, a British minister said.",
                "Japan must open its rice market, a British minister said.",
            ],
        }
    )
    got = country_stance(arts, sentiment="fast")
    assert got[got["label"] != "neutral"][["article_id", "target"]].values.tolist() == [["b", "Japan"]]


def test_a_market_voice_named_anywhere_in_the_role_holds_no_stance():
    from analysis.sentiment.voices import holder_country

    assert holder_country("chief economist of First Boston", "United States") is None
    assert holder_country("Finance Minister", "Japan") == "Japan"


def test_talks_a_country_is_ready_to_hold_are_an_offer_and_talks_held_are_no_stance():
    arts = articles(
        "Japan was ready to continue trade talks with the United States, the minister said.",
        "Japan held trade talks with the United States on Friday.",
    )
    df = country_stance(arts, sentiment="fast")
    assert set(zip(df.article_id, df.holder, df.target, df.label)) == {("a0", "Japan", "United States", "positive")}
