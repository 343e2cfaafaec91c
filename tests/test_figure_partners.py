"""Partners and direction of figures from the story's frame (issue 12): sentences written for the tests."""

from __future__ import annotations

import pandas as pd

from analysis import extract_figures


def figs(text: str, published: str | None = None, title: str | None = None) -> pd.DataFrame:
    """The figures of one article."""
    arts = pd.DataFrame(
        {
            "article_id": ["a"],
            "title": [title],
            "text": [text],
            "published": [pd.Timestamp(published) if published else pd.NaT],
        }
    )
    return extract_figures(arts)


def row(df: pd.DataFrame, surface: str) -> dict:
    """The single row whose surface is ``surface``."""
    rows = df[df["text"] == surface].to_dict("records")
    assert len(rows) == 1, f"{surface!r} in {df['text'].tolist()}"
    return rows[0]


def test_soviet_era_names_reach_figure_partners():
    # error kind (d): in 1987 copy "Moscow" and "the Kremlin" are the Soviet Union, today Russia
    text = "Moscow bought 2 mln tonnes of grain from Canada, officials said."
    assert set(row(figs(text, "1987-03-01"), "2 mln tonnes")["countries"]) == {"Soviet Union", "Canada"}
    assert set(row(figs(text, "2023-03-01"), "2 mln tonnes")["countries"]) == {"Russia", "Canada"}
