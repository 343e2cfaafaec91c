"""Findings as sentences computed from the data, one function per notebook (see base.py for the mechanism)."""

from .base import Findings, Section
from .corpus import corpus_findings, corpus_summary
from .countries import country_findings
from .figures import figure_findings
from .quotes import quote_findings

__all__ = [
    "Findings",
    "Section",
    "corpus_findings",
    "corpus_summary",
    "quote_findings",
    "country_findings",
    "figure_findings",
]
