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
