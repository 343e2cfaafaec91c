"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).
"""

from . import articles as _articles
from . import countries as _countries
from . import figures as _figures
from . import quotes as _quotes
from . import sentiment as _sentiment
from .corpus import open_corpus
from .findings import Findings, Section, corpus_findings, country_findings, figure_findings, quote_findings
from .missing import with_none_for_missing
from .sentences import sentences
from .sentiment import polarity_label, target_sentiment
from .sentiment_findings import sentiment_findings
from .sentiment_tables import (
    portrayal_by_country,
    portrayal_evidence,
    portrayal_timeline,
    stance_evidence,
    stance_pairs,
)
from .speakers import speaker_names
from .store import load_tables
from .summaries import figures_by_country, mention_counts, quote_counts, trade_changes

# The tables' missing text is None, as documented (the modules themselves may return pandas' NaN)
load_articles = with_none_for_missing(_articles.load_articles)
country_mentions = with_none_for_missing(_countries.country_mentions)
extract_quotes = with_none_for_missing(_quotes.extract_quotes)
extract_figures = with_none_for_missing(_figures.extract_figures)
country_sentiment = with_none_for_missing(_sentiment.country_sentiment)
country_portrayal = with_none_for_missing(_sentiment.country_portrayal)
country_stance = with_none_for_missing(_sentiment.country_stance)

__all__ = [
    "load_articles",
    "load_tables",
    "sentences",
    "country_mentions",
    "extract_quotes",
    "extract_figures",
    "target_sentiment",
    "polarity_label",
    "country_sentiment",
    "country_portrayal",
    "country_stance",
    "portrayal_by_country",
    "stance_pairs",
    "portrayal_evidence",
    "stance_evidence",
    "portrayal_timeline",
    "sentiment_findings",
    "mention_counts",
    "quote_counts",
    "trade_changes",
    "figures_by_country",
    "save_figure",
    "chart_or_note",
    "stacked_barh",
    "change_barh",
    "portrayal_bars",
    "stance_heatmap",
    "stance_network",
    "portrayal_timeline_chart",
    "source_note",
    "render_article",
    "open_corpus",
    "notebook_setup",
    "show_findings",
    "show_section",
    "show_table",
    "Findings",
    "Section",
    "corpus_findings",
    "quote_findings",
    "figure_findings",
    "country_findings",
    "speaker_names",
]

# Charts and the reading view need matplotlib (seconds to import): loaded on first use, so the command line and
# workers that never draw start fast.
_LAZY = {name: "plots" for name in ("change_barh", "chart_or_note", "save_figure", "source_note", "stacked_barh")}
_LAZY |= {
    n: "plots_sentiment" for n in ("portrayal_bars", "portrayal_timeline_chart", "stance_heatmap", "stance_network")
}
_LAZY |= {name: "present" for name in ("notebook_setup", "show_findings", "show_section", "show_table")}
_LAZY["render_article"] = "reading"


def __getattr__(name: str):
    """``analysis.save_figure`` and the other drawing functions, imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
