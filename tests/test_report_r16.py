"""What a reader of the report sees on a rerun over new articles (round 16): every row in the CSV a table
promises, the metrics a country's figures mostly measure, labels and notes that say what was left out."""

from __future__ import annotations

import pandas as pd

from analysis import figure_findings


def _figures(countries: list[list[str]], metrics: list[str]) -> pd.DataFrame:
    n = len(countries)
    return pd.DataFrame(
        {
            "article_id": [f"a{i % 7}" for i in range(n)],
            "text": ["5 pct"] * n,
            "value": [5.0] * n,
            "unit": ["percent"] * n,
            "quantity": ["level"] * n,
            "metric": metrics,
            "direction": [None] * n,
            "countries": countries,
            "period": [None] * n,
            "compared_with": [None] * n,
            "source": [None] * n,
            "source_country": [None] * n,
            "rule": ["found:test"] * n,
        }
    )


def test_the_figures_per_country_table_holds_every_country_for_its_csv():
    names = [f"Country {i:02d}" for i in range(25)]
    figures = _figures([[c] for c in names], ["exports"] * 25)
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(7)]})
    section = figure_findings(articles, figures).section("countries")
    assert section.header == "Figures per country (25 countries)" and len(section.data) == 25


def test_a_countrys_metrics_are_its_most_frequent_ones_first():
    metrics = ["Academy Awards", "exports", "exports", "exports", "imports", "imports", "ADS's"]
    figures = _figures([["Freedonia"]] * len(metrics), metrics)
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(7)]})
    row = figure_findings(articles, figures).section("countries").data.iloc[0]
    assert row["metrics"].startswith("exports, imports, ")


def _sentiment(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    """Country mentions as country_sentiment gives them: (country, article_id, score), one sentence each."""
    return pd.DataFrame(
        [
            {
                "country": c,
                "article_id": a,
                "evidence": f"Sentence {i} about {c}.",
                "score": s,
                "label": "x",
                "start": 0,
                "end": 4,
            }
            for i, (c, a, s) in enumerate(rows)
        ]
    )


def test_the_portrayal_chart_note_counts_the_countries_it_leaves_out():
    from analysis.report.findings.countries import _portrayal_section

    rows = [(f"Land {i:02d}", f"a{j}", 0.1) for i in range(17) for j in range(20 - i)]
    note = _portrayal_section(_sentiment(rows)).note
    assert "the 15 countries named in the most sentences; the other 2 (9 sentences) are not" in note


def test_one_country_scored_is_not_ranked_and_a_neutral_low_is_not_called_negative():
    from analysis.report.country_tables import portrayal_by_country
    from analysis.report.findings.countries import portrayal_findings

    alone = portrayal_findings(portrayal_by_country(_sentiment([("France", "a1", 0.0)])))
    assert alone[0].startswith("France is the only country scored: mean +0.00 over 1 sentence")
    pair = _sentiment([("Freedonia", f"a{i}", 0.0) for i in range(4)] + [("Sylvania", f"a{i}", 0.5) for i in range(4)])
    said = portrayal_findings(portrayal_by_country(pair))
    assert said[0].startswith("Freedonia is portrayed least positively") and "negatively" not in said[0]


def test_two_countries_of_one_chart_never_share_a_colour():
    from analysis.report.charts import country_colour, distinct_colours

    assert country_colour("Canada") == country_colour("Japan")  # the stable colours collide ...
    colours = distinct_colours(["Canada", "China", "France", "Japan", "United Kingdom", "United States"])
    assert len(set(colours.values())) == 6 and colours["Japan"] == country_colour("Japan")  # ... the chart's do not


def test_the_timeline_note_says_which_countries_and_how_many_mentions_a_point_averages():
    from analysis.report.findings.countries import _timeline_section

    rows = [(c, a, 0.1) for c in ["Freedonia", "Sylvania"] for a in ["a1", "a2"] for _ in range(3)]
    rows += [("Grand Fenwick", "a1", 0.2)] + [(f"Land {i}", "a2", 0.0) for i in range(5)]
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "published": ["2020-01-01", "2020-01-02"]})
    section = _timeline_section(_sentiment(rows), articles)
    assert section.header == "Portrayal by publication day, 1 January 2020 to 2 January 2020"
    assert "for the 6 most mentioned of 8 countries" in section.note
    assert "A point averages 1 to 3 mentions; hollow points stand on fewer than 5 mentions" in section.note


def test_the_events_header_marks_more_types_only_when_there_are_more():
    from analysis.report.findings.countries import _events_section

    events = pd.DataFrame(
        {
            "date": ["2020-01-01"] * 2, "actor": ["Freedonia"] * 2, "target": ["Sylvania"] * 2,
            "event": ["THREATEN", "CONSULT"], "mode": ["asserted"] * 2, "source": ["narration"] * 2,
            "evidence": ["x", "y"], "article_id": ["a1", "a1"], "start": [0, 5], "end": [1, 6], "rule": ["r", "r"],
        }
    )  # fmt: skip
    assert _events_section(events, None).header.endswith("(THREATEN 1, CONSULT 1)")


def test_the_speaking_country_sentence_agrees_with_one_quote():
    from analysis.report.findings.quotes import _country_sentence

    q = pd.DataFrame({"speaker_country": ["France", None], "speaker_name": ["France", None]})
    table = pd.DataFrame({"speaker_country": ["France"], "total": [1]})
    assert "the only quote that states the speaker's country" in _country_sentence(q, table)


def test_the_largest_change_keeps_a_month_capital_and_does_not_repeat_its_period():
    metrics = ["February exports", "exports"]
    figures = _figures([["Freedonia"], ["Sylvania"]], metrics).assign(
        quantity="change", value=[51.4, 3.0], period=["February", None], direction=["increase", "increase"]
    )
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(7)]})
    said = " ".join(figure_findings(articles, figures).sentences)
    assert "The largest change reported: February exports of Freedonia rose 51.4%." in said


def test_every_trade_change_has_a_label_of_its_own():
    from analysis.report.counts import trade_changes

    figures = _figures([["Freedonia"]] * 4, ["February exports"] * 3 + ["exports"]).assign(
        quantity="change", article_id="a1", period=["February", "January", "February", None], value=[5.0, 6.0, 7.0, 8.0]
    )
    labels = trade_changes(figures)["label"].tolist()
    assert labels == [
        "Freedonia (February exports) · a1 #2",
        "Freedonia (February exports, January)",
        "Freedonia (February exports) · a1 #1",
        "Freedonia (exports)",
    ]


def test_the_portrayal_bars_say_sentences_and_mentions_in_words():
    from analysis.report.country_charts import portrayal_bars
    from analysis.report.country_tables import portrayal_by_country

    fig = portrayal_bars(portrayal_by_country(_sentiment([("Freedonia", "a1", 0.2), ("Freedonia", "a2", 0.4)])))
    assert [t.get_text() for t in fig.axes[0].texts] == ["2 sentences, 2 mentions"]


def test_an_interval_that_rounds_to_zero_reads_plus_zero():
    from analysis.report.country_tables import portrayal_by_country
    from analysis.report.findings.countries import portrayal_findings

    rows = [("Freedonia", f"a{i}", s) for i, s in enumerate([-0.001, 0.0, 0.001, 0.0])]
    said = portrayal_findings(portrayal_by_country(_sentiment(rows)))[0]
    assert "-0.00" not in said and "(95% interval +0.00 to +0.00)" in said


def test_a_heatmap_of_one_pair_has_room_for_its_title_beside_the_colour_bar():
    from analysis.report.country_charts import stance_heatmap

    one = pd.DataFrame({"holder": ["Freedonia"], "target": ["Sylvania"], "score": [-0.5], "n_statements": [1]})
    fig = stance_heatmap(one)
    fig.canvas.draw()
    title = fig.axes[0].title.get_window_extent()
    bar_label = fig.axes[1].yaxis.label.get_window_extent()
    ticks = [t.get_window_extent() for t in fig.axes[1].get_yticklabels() if t.get_text()]
    assert fig.get_figwidth() >= 6.5 and not any(title.overlaps(b) for b in [bar_label, *ticks])


def test_the_y_label_of_a_one_bar_change_chart_stays_beside_its_axis():
    from analysis.report.charts import change_barh

    one = pd.DataFrame({"change": [10.5], "label": ["Freedonia–Sylvania (trade)"]})
    fig = change_barh(
        one, "change", "label", None, "Reported changes in trade", "Change (%)", "Country or pair (metric)"
    )
    fig.canvas.draw()
    label, axes = fig.axes[0].yaxis.label.get_window_extent(), fig.axes[0].get_window_extent()
    assert label.y0 >= axes.y0 - 1 and label.y1 <= axes.y1 + 1


def test_the_evidence_table_opens_with_the_most_mentioned_countries():
    from analysis.report.country_tables import portrayal_evidence

    rows = [("Andorra", "a1", 0.9)] + [("Sylvania", "a1", s) for s in (0.1, -0.8, 0.3)]
    sentiment = _sentiment(rows)
    texts = pd.DataFrame({"article_id": ["a1"], "text": [" ".join(sentiment["evidence"])]})
    evidence = portrayal_evidence(sentiment, texts)
    assert evidence["country"].tolist() == ["Sylvania"] * 3 + ["Andorra"]
    assert evidence["score"].tolist()[:3] == [-0.8, 0.3, 0.1]


def test_a_country_speaks_through_named_speakers_not_through_company():
    from analysis.report.findings.quotes import _country_sentence

    q = pd.DataFrame(
        {
            "speaker_country": ["Freedonia"] * 6,
            "speaker_name": ["company", "company", "company", "Rufus Firefly", "Rufus Firefly", "Chicolini"],
            "speaker_kind": ["described"] * 3 + ["named"] * 3,
        }
    )
    table = pd.DataFrame({"speaker_country": ["Freedonia"], "total": [6]})
    said = _country_sentence(q, table)
    assert said.endswith("most often through Rufus Firefly (2) and Chicolini (1).") and "company" not in said
    alone = _country_sentence(q.iloc[:4], table.assign(total=4))
    assert alone.endswith("1 of them through Rufus Firefly.")


def test_a_speaker_label_in_the_reading_view_reads_on_white_whatever_its_country_colour():
    import re

    from analysis.report.charts import country_colour
    from analysis.report.reading_view import _luminance, render_article

    text = "Officials said the crop would be set at 1.6 mln tonnes."
    quotes = pd.DataFrame(
        [{"start": 18, "end": 55, "speaker": "Officials", "speaker_country": "Philippines", "cue": "said",
          "kind": "indirect"}]
    )  # fmt: skip
    assert _luminance(country_colour("Philippines")) > 0.6  # a pale yellow-green ...
    label = re.search(r'<sup style="color:(#[0-9a-f]{6})', render_article(text, quotes)).group(1)
    assert 1.05 / (_luminance(label) + 0.05) >= 4.5  # ... its label darkened to read on white


def test_the_portrayal_finding_ranks_only_the_countries_its_chart_draws():
    from analysis.report.findings.countries import sentiment_findings

    rows = [(f"Land {i:02d}", f"a{j}", 0.1) for i in range(15) for j in range(20)]
    rows += [("Freedonia", f"a{j}", -0.9) for j in range(3)]  # three sentences: most negative, but not charted
    said = " ".join(sentiment_findings(_sentiment(rows), None))
    assert "Freedonia" not in said
    assert "Of the 15 countries charted (the most named of 16), Land 00 is portrayed least positively" in said


def test_the_timeline_of_a_few_days_is_ticked_on_days_not_hours():
    from analysis.report.country_charts import portrayal_timeline_chart

    timeline = pd.DataFrame(
        {
            "date": pd.to_datetime(["1987-03-26", "1987-03-27", "1987-03-29"] * 2),
            "country": ["Freedonia"] * 3 + ["Sylvania"] * 3,
            "score": [0.1, 0.2, -0.1, 0.0, 0.3, 0.1],
            "n_mentions": [5, 6, 7, 8, 9, 1],
        }
    )
    fig = portrayal_timeline_chart(timeline)
    fig.canvas.draw()
    ax = fig.axes[0]
    ticks = [pd.Timestamp(mdates_num, unit="D") for mdates_num in ax.get_xticks()]
    assert ticks and all(t == t.normalize() for t in ticks)  # midnight only: one tick a day
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels and not any(":" in label for label in labels)
    assert "1987" in ax.xaxis.get_major_formatter().get_offset()  # the year is said once


def test_a_stance_chart_of_thin_pairs_says_so_under_it():
    from analysis.report.findings.countries import _stance_sections

    stance = pd.DataFrame(
        {"article_id": ["a1", "a1"], "holder": ["Freedonia"] * 2, "target": ["Sylvania", "Grand Fenwick"],
         "score": [-0.5, 0.4], "label": ["negative", "positive"], "evidence": ["x", "y"], "rule": ["r", "r"],
         "quote_start": [0, 9], "quote_end": [1, 10]}
    )  # fmt: skip
    notes = [s.note for s in _stance_sections(stance)[:2]]
    assert all("No pair has 3 or more statements in 2 or more articles" in n for n in notes)
    many = pd.concat([stance.iloc[[0]].assign(article_id=a) for a in ["a1", "a2", "a3"]])
    assert not any("No pair has" in s.note for s in _stance_sections(many)[:2])


def test_the_network_draws_no_country_in_the_arrows_hostile_or_cooperative_colour():
    from matplotlib.colors import to_hex

    from analysis.report.country_charts import COOPERATIVE, HOSTILE, stance_network

    names = ["Freedonia", "Sylvania", "Grand Fenwick", "Ruritania", "Latveria", "Genovia", "Elbonia", "Zubrowka"]
    pairs = pd.DataFrame(
        {"holder": names[:-1], "target": names[1:], "score": [-0.5, 0.5] * 3 + [-0.2], "n_statements": [1] * 7}
    )
    fig = stance_network(pairs)
    nodes = {to_hex(c) for coll in fig.axes[0].collections for c in coll.get_facecolors()}
    assert nodes and not nodes & {HOSTILE, COOPERATIVE} and len(nodes) == 1


def test_the_portrayal_header_of_one_country_says_it():
    from analysis.report.findings.countries import _portrayal_section

    one = _portrayal_section(_sentiment([("Freedonia", "a1", 0.2), ("Freedonia", "a2", 0.1)])).header
    assert one == "Mean sentiment toward 1 country over the sentences naming it, with a 95% interval"


def test_the_reading_view_of_a_very_long_text_shows_its_first_paragraphs_and_counts_the_rest():
    from analysis.report.reading_view import render_article

    paras = [f"Paragraph {i}: the envoys of Chile and Peru met again." for i in range(70)]
    text = "\n\n".join(paras)
    first, late = text.index("the envoys", 0), text.index("the envoys", text.index("Paragraph 65"))
    quotes = pd.DataFrame(
        {"start": [first, late], "end": [first + 10, late + 10], "kind": ["indirect"] * 2,
         "speaker": ["Ana Ruiz", "Luis Vega"], "speaker_country": ["Chile", "Peru"], "cue": ["said"] * 2}
    )  # fmt: skip
    page = render_article(text, quotes)
    assert "Paragraph 59:" in page and "Paragraph 60:" not in page
    assert "Ana Ruiz" in page and "Luis Vega" not in page
    assert "and 1 more quote are not shown here" in page
    whole = render_article(text, quotes, paragraphs=None)
    assert "Paragraph 69:" in whole and "Luis Vega" in whole and "not shown here" not in whole


def test_a_heatmap_of_fifteen_countries_fits_a_slide_and_each_cell_holds_its_label():
    from analysis.report.country_charts import stance_heatmap

    names = [f"Land{i:02d}" for i in range(15)]
    rows = [(h, t, -0.74, 12) for h in names for t in names if h != t]
    pairs = pd.DataFrame(rows, columns=["holder", "target", "score", "n_statements"])
    fig = stance_heatmap(pairs)
    fig.canvas.draw()
    ax = fig.axes[0]
    cell = ax.transData.transform((1, 1))[0] - ax.transData.transform((0, 0))[0]
    widest = max(t.get_window_extent().width for t in ax.texts if t.get_text())
    assert fig.get_figwidth() <= 14 and widest < 0.9 * cell


def test_a_metric_that_opened_its_sentence_is_one_metric_with_the_same_metric_inside_a_sentence():
    from analysis.report.counts import figures_by_country, trade_changes

    def row(metric, value, article):
        return {"article_id": article, "text": f"{value} pct", "value": value, "unit": "percent",
                "quantity": "change", "metric": metric, "direction": "increase", "countries": ["Freedonia"],
                "period": None, "source": None}  # fmt: skip

    figures = pd.DataFrame(
        [
            row("Exports", 4.0, "a1"),
            row("exports", 6.0, "a2"),
            row("GDP", 2.0, "a3"),
            row("February exports", 1.0, "a4"),
        ]
    )
    assert figures_by_country(figures)["metrics"][0] == "exports, February exports, GDP"
    assert set(trade_changes(figures)["label"]) >= {"Freedonia (exports) · a1", "Freedonia (February exports)"}
