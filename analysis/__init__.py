"""Reading news coverage of international relations: quotes, country sentiment and figures.

Public API (DataFrame columns are documented in the README and in each function's docstring).
"""

from .articles import load_articles
from .countries import country_mentions
from .plots import save_figure
from .quantities import extract_figures
from .quotes import extract_quotes
from .sentences import sentences
from .sentiment import country_portrayal, country_sentiment, country_stance, polarity_label, target_sentiment

__all__ = ["load_articles", "sentences", "country_mentions", "extract_quotes", "extract_figures", "save_figure"]
__all__ += ["target_sentiment", "polarity_label", "country_sentiment", "country_portrayal", "country_stance"]
