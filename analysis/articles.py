"""Load articles from files into one DataFrame (provisional: .txt only; full loader in progress)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ARTICLE_COLUMNS = ["article_id", "path", "title", "published", "publisher", "text", "n_words"]


def load_articles(source) -> pd.DataFrame:
    """One row per article: article_id, path, title, published, publisher, text, n_words."""
    rows = []
    for path in sorted(Path(source).rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows.append((path.stem, str(path), None, pd.NaT, None, text, len(text.split())))
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
