"""Columns of the articles table that an extractor reads when the table has them (``published``, ``title``,
``dateline``, ``dateline_country``): a caller's own table may hold only ``article_id`` and ``text``."""

from __future__ import annotations

import pandas as pd


def article_column(articles: pd.DataFrame, column: str):
    """A column of the articles table, or None for every article when the table has none."""
    return articles[column] if column in articles.columns else [None] * len(articles)
