"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).
"""

from .articles import load_articles
from .countries import country_mentions
from .figures import extract_figures
from .plots import save_figure
from .quotes import extract_quotes
from .sentences import sentences

__all__ = ["load_articles", "sentences", "country_mentions", "extract_quotes", "extract_figures", "save_figure"]
