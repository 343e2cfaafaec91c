"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).

Every name is imported on first use (PEP 562): ``import analysis`` itself loads nothing heavy, so the command
line answers "nothing changed" before pandas, NLTK or matplotlib would have loaded, and a worker that never
draws never imports matplotlib.
"""

from __future__ import annotations

import importlib

# name -> module that defines it (relative to this package)
_WHERE = {
    "load_articles": "text.articles",
    "load_tables": "run.store",
    "sentences": "text.sentences",
    "country_mentions": "text.countries",
    "extract_quotes": "quotes",
    "extract_figures": "figures",
    "target_sentiment": "sentiment",
    "polarity_label": "sentiment",
    "country_sentiment": "sentiment",
    "country_portrayal": "sentiment",
    "country_stance": "sentiment",
    "country_events": "sentiment",
    "sentiment_findings": "report.findings.countries",
    "open_corpus": "run.corpus",
    "speaker_names": "report.speaker_names",
    "render_article": "report.reading_view",
}
_WHERE |= {n: "report.country_tables" for n in ("portrayal_by_country", "stance_pairs", "portrayal_evidence")}
_WHERE |= {n: "report.country_tables" for n in ("stance_evidence", "portrayal_timeline")}
_WHERE |= {n: "report.country_tables" for n in ("top_pairs", "event_table", "gdelt_events")}
_WHERE |= {n: "report.counts" for n in ("mention_counts", "quote_counts", "trade_changes", "figures_by_country")}
_WHERE |= {n: "report.charts" for n in ("save_figure", "chart_or_note", "stacked_barh", "change_barh", "source_note")}
_WHERE |= {
    n: "report.country_charts"
    for n in ("portrayal_bars", "stance_heatmap", "stance_network", "portrayal_timeline_chart")
}
_WHERE |= {n: "report.present" for n in ("notebook_setup", "show_findings", "show_section", "show_table")}
_WHERE |= {
    n: "report.findings"
    for n in ("Findings", "Section", "corpus_findings", "quote_findings", "figure_findings", "country_findings")
}
# The tables' missing text is None, as documented (the modules themselves may return pandas' NaN)
_NONE_FOR_MISSING = {
    "load_articles",
    "country_mentions",
    "extract_quotes",
    "extract_figures",
    "country_sentiment",
    "country_portrayal",
    "country_stance",
    "country_events",
}

__all__ = list(_WHERE)


def _public(name: str):
    """The public object ``name``, from its module (wrapped where missing text must read None)."""
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    if name in _NONE_FOR_MISSING:
        from .missing import with_none_for_missing

        value = with_none_for_missing(value)
    return value


def __getattr__(name: str):
    """A public name, imported when first asked for and kept."""
    if name not in _WHERE:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = _public(name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
