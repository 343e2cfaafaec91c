"""Tables, findings and charts of the sentiment notebook, on small tables written by hand."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import (  # noqa: E402
    portrayal_bars,
    portrayal_by_country,
    portrayal_evidence,
    portrayal_timeline,
    portrayal_timeline_chart,
    sentiment_findings,
    stance_evidence,
    stance_heatmap,
    stance_network,
    stance_pairs,
)
from analysis.report.country_tables import bootstrap_ci  # noqa: E402

TEXT_A = "Freedonia attacked Sylvania. Sylvania praised Ruritania for its help."
TEXT_B = "Freedonia threatened Ruritania again."


def sentiment_rows() -> pd.DataFrame:
    """Four mentions in two articles, scores chosen by hand."""
    rows = [
        ("a", "Freedonia", 0, 9, -0.6, "negative", "Freedonia attacked Sylvania."),
        ("a", "Sylvania", 19, 27, -0.2, "negative", "Freedonia attacked Sylvania."),
        ("a", "Ruritania", 46, 55, 0.7, "positive", "Sylvania praised Ruritania for its help."),
        ("b", "Freedonia", 0, 9, -0.8, "negative", "Freedonia threatened Ruritania again."),
        ("b", "Ruritania", 21, 30, -0.1, "neutral", "Freedonia threatened Ruritania again."),
        ("b", "Freedonia", 0, 9, -0.7, "negative", "Freedonia threatened Ruritania again."),
    ]
    return pd.DataFrame(rows, columns=["article_id", "country", "start", "end", "score", "label", "evidence"])


def stance_rows() -> pd.DataFrame:
    """Four statements: three hostile ones of Freedonia about Ruritania, one friendly reply."""
    rows = [
        ("a", "Freedonia", "Ruritania", -0.8, "negative", "Ruritania lies", "score:model"),
        ("b", "Freedonia", "Ruritania", -0.4, "negative", "Ruritania must stop", "score:cue"),
        ("c", "Freedonia", "Ruritania", -0.6, "negative", "Ruritania cheats", "score:model"),
        ("b", "Ruritania", "Freedonia", 0.3, "positive", "Freedonia is a partner", "score:model"),
    ]
    table = pd.DataFrame(rows, columns=["article_id", "holder", "target", "score", "label", "evidence", "rule"])
    return table.assign(quote_start=[10, 20, 30, 40], quote_end=[24, 39, 46, 62])


def articles() -> pd.DataFrame:
    """The two articles, on two dates."""
    return pd.DataFrame(
        {"article_id": ["a", "b"], "text": [TEXT_A, TEXT_B], "published": pd.to_datetime(["2020-01-01", "2020-01-03"])}
    )


def test_bootstrap_interval_holds_the_mean_and_is_reproducible():
    low, high = bootstrap_ci([-1.0, 0.0, 0.5, 0.2])
    assert low < -0.075 < high
    assert (low, high) == bootstrap_ci([-1.0, 0.0, 0.5, 0.2])
    assert bootstrap_ci([0.3]) == (0.3, 0.3)


def test_portrayal_by_country_orders_by_score_and_counts_sentences():
    table = portrayal_by_country(sentiment_rows())
    assert list(table.country) == ["Freedonia", "Sylvania", "Ruritania"]
    free = table.set_index("country").loc["Freedonia"]
    # one vote per sentence: -0.6, and (-0.8, -0.7) in the sentence named twice
    assert free.n_mentions == 3 and free.n_sentences == 2 and free.n_articles == 2 and abs(free.score + 0.675) < 1e-9
    assert free.ci_low <= free.score <= free.ci_high


def test_stance_pairs_and_evidence():
    pairs = stance_pairs(stance_rows())
    first = pairs.iloc[0]
    assert (first.holder, first.target, first.n_statements, first.n_hostile) == ("Freedonia", "Ruritania", 3, 3)
    assert abs(first.score + 0.6) < 1e-9
    assert list(stance_evidence(stance_rows()).evidence)[:2] == ["Ruritania lies", "Ruritania cheats"]


def test_evidence_marks_the_scored_name():
    ev = portrayal_evidence(sentiment_rows(), articles())
    assert "Sylvania praised [[Ruritania]] for its help." in set(ev.sentence)
    assert ev.groupby("country").size().max() <= 5


def test_timeline_needs_two_dates():
    assert set(portrayal_timeline(sentiment_rows(), articles()).date.dt.day) == {1, 3}
    one_day = articles().assign(published=pd.to_datetime(["2020-01-01", "2020-01-01"]))
    assert portrayal_timeline(sentiment_rows(), one_day).empty


def test_findings_are_sentences_from_the_numbers():
    lines = sentiment_findings(sentiment_rows(), stance_rows())
    assert lines[0].startswith("6 country mentions of 3 countries in 2 articles")
    assert lines[1].startswith("Freedonia is portrayed most negatively: mean -0.68 over 2 sentences")
    assert any(line.startswith("The most hostile stance: Freedonia toward Ruritania") for line in lines)
    assert any("over 3 statements in 3 articles" in line for line in lines)
    one = sentiment_findings(sentiment_rows(), stance_rows().iloc[[0, 3]])
    assert not any(line.startswith("The most hostile") for line in one)  # one statement is no finding
    assert sentiment_findings(sentiment_rows().iloc[:0], stance_rows().iloc[:0])[0].startswith("No country")


def test_charts_draw():
    pairs = stance_pairs(stance_rows())
    timeline = portrayal_timeline(sentiment_rows(), articles())
    for fig in (
        portrayal_bars(portrayal_by_country(sentiment_rows())),
        stance_heatmap(pairs),
        stance_network(pairs),
        portrayal_timeline_chart(timeline),
    ):
        assert fig.axes
        plt.close(fig)


def test_country_findings_sections_and_the_empty_case():
    from analysis import country_findings

    f = country_findings(articles(), sentiment_rows(), stance_rows())
    assert set(f.sections) == {"portrayal", "evidence", "stance", "network", "stance_evidence", "timeline"}
    assert f.sentences[0].startswith("6 country mentions")
    assert not f.section("timeline").empty  # two publication dates
    empty = country_findings(articles(), sentiment_rows().iloc[:0], stance_rows().iloc[:0])
    assert all(s.empty for s in empty.sections.values())
    assert empty.section("stance").header.startswith("No country voices a stance")


def event_rows() -> pd.DataFrame:
    """Two coded events: a sanction and a praise."""
    return pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "date": pd.to_datetime(["2020-01-01", "2020-01-03"]),
            "actor": ["Japan", "France"],
            "target": ["United States", "West Germany"],
            "event": ["SANCTION", "SUPPORT"],
            "polarity": [-1, 1],
            "evidence": ["Japan raised duties on U.S. goods.", "France praised Germany."],
            "start": [0, 0],
            "end": [34, 23],
            "source": ["narration", "narration"],
            "rule": ["event:SANCTION(dut* on)", "event:SUPPORT(praised)"],
            "mode": ["asserted", "asserted"],
            "quad_class": [3, 1],
        }
    )


def test_top_pairs_events_and_the_gdelt_order():
    from analysis import country_findings, event_table, gdelt_events, top_pairs

    pairs = stance_pairs(stance_rows())
    top = top_pairs(pairs, top=1)
    assert top.empty and top.attrs["countries_left_out"] == 1
    assert list(event_table(event_rows(), ["sanction"]).event) == ["SANCTION"]
    g = gdelt_events(event_rows())
    assert list(g.columns[:7]) == ["date", "actor", "actor_code", "target", "target_code", "event_code", "quad_class"]
    assert list(g.actor_code) == ["JPN", "FRA"] and g.target_code.iloc[1] == "DEU"
    f = country_findings(articles(), sentiment_rows(), stance_rows(), event_rows(), ["SUPPORT"])
    assert len(f.section("events").data) == 1


def test_evidence_tables_say_where_each_sentence_is_and_events_run_oldest_first():
    from analysis import event_table, gdelt_events

    ev = stance_evidence(stance_rows())
    cut = ev.set_index("evidence").loc["Ruritania must stop"]
    assert (cut.quote_start, cut.quote_end) == (20, 39)
    assert list(ev.columns[5:7]) == ["quote_start", "quote_end"]
    mention = portrayal_evidence(sentiment_rows(), articles()).query("country == 'Ruritania' and article_id == 'a'")
    assert TEXT_A[mention.start.iloc[0] : mention.end.iloc[0]] == "Ruritania"
    events = event_rows().iloc[::-1].reset_index(drop=True)  # newest first in
    table = event_table(events)
    assert list(table.article_id) == ["a", "b"] == list(gdelt_events(events).article_id)  # oldest first out
    assert (table.start.iloc[1], table.end.iloc[1]) == (0, 23)
