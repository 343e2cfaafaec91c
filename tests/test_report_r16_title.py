"""Notebook 03's heading and the report's title page ask the same question (its network draws cooperation too)."""

from __future__ import annotations

import json

import pandas as pd

from analysis import country_findings
from analysis.paths import ROOT


def test_notebook_03_heading_and_its_findings_title_agree():
    nb = json.loads((ROOT / "notebooks" / "03_country_sentiment.ipynb").read_text(encoding="utf-8"))
    heading = "".join(nb["cells"][0]["source"]).splitlines()[0]
    empty = pd.DataFrame(columns=["article_id", "country", "score", "sentence"])
    title = country_findings(pd.DataFrame(columns=["article_id"]), empty, None).title
    assert heading.endswith(title) and "toward whom" in title
