"""Figures in news text: ``extract_figures(articles)``, one row per figure (see extract.py)."""

from .extract import FIGURE_COLUMNS, extract_figures

__all__ = ["FIGURE_COLUMNS", "extract_figures"]
