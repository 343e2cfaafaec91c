"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).

Every name is imported on first use (PEP 562): ``import analysis`` itself loads nothing heavy, so the command
line answers "nothing changed" before pandas, NLTK or matplotlib would have loaded, and a worker that never
draws never imports matplotlib.
"""

from __future__ import annotations

import importlib
import sys
import types

# name -> module that defines it (relative to this package)
_WHERE = {
    "load_articles": "articles",
    "load_tables": "store",
    "sentences": "sentences",
    "country_mentions": "countries",
    "extract_quotes": "quotes",
    "extract_figures": "figures",
    "target_sentiment": "sentiment",
    "polarity_label": "sentiment",
    "country_sentiment": "sentiment",
    "country_portrayal": "sentiment",
    "country_stance": "sentiment",
    "sentiment_findings": "sentiment_findings",
    "open_corpus": "corpus",
    "speaker_names": "speakers",
    "render_article": "reading",
}
_WHERE |= {n: "sentiment_tables" for n in ("portrayal_by_country", "stance_pairs", "portrayal_evidence")}
_WHERE |= {n: "sentiment_tables" for n in ("stance_evidence", "portrayal_timeline")}
_WHERE |= {n: "summaries" for n in ("mention_counts", "quote_counts", "trade_changes", "figures_by_country")}
_WHERE |= {n: "plots" for n in ("save_figure", "chart_or_note", "stacked_barh", "change_barh", "source_note")}
_WHERE |= {
    n: "plots_sentiment" for n in ("portrayal_bars", "stance_heatmap", "stance_network", "portrayal_timeline_chart")
}
_WHERE |= {n: "present" for n in ("notebook_setup", "show_findings", "show_section", "show_table")}
_WHERE |= {
    n: "findings"
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


class _Package(types.ModuleType):
    """This package, guarding the public functions that share a name with their module (``sentences``)."""

    def __setattr__(self, name: str, value) -> None:
        # importing the module analysis.sentences binds it here, hiding the function of the same name
        if isinstance(value, types.ModuleType) and _WHERE.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package  # documented: "Customizing module attribute access"
