"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).
"""

from .articles import load_articles
from .countries import country_mentions
from .quantities import extract_figures, figures_by_country, trade_changes
from .quotes import extract_quotes
from .sentences import sentences
from .sentiment import country_portrayal, country_sentiment, country_stance, polarity_label, target_sentiment
from .store import load_tables
from .summaries import mention_counts, quote_counts

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
    "mention_counts",
    "quote_counts",
    "trade_changes",
    "figures_by_country",
    "save_figure",
    "chart_or_note",
    "stacked_barh",
    "change_barh",
    "source_note",
    "render_article",
]

# Charts and the reading view need matplotlib (seconds to import): loaded on first use, so the command line and
# workers that never draw start fast.
_LAZY = {name: "plots" for name in ("change_barh", "chart_or_note", "save_figure", "source_note", "stacked_barh")}
_LAZY["render_article"] = "reading"


def __getattr__(name: str):
    """``analysis.save_figure`` and the other drawing functions, imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
