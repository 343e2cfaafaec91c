"""Target-level sentiment toward countries, and the stance of one country toward another.

- :mod:`.tokens`, :mod:`.lexicon`, :mod:`.features`: what the model reads (target-aware features);
- :mod:`.model`: the shipped weights and numpy inference; :mod:`.target`: the public scoring functions;
- :mod:`.countries`: sentiment per country mention and portrayal per article; :mod:`.stance`: holder -> target.
"""

from .countries import country_portrayal, country_sentiment
from .stance import country_stance
from .target import polarity_label, target_sentiment

__all__ = ["target_sentiment", "polarity_label", "country_sentiment", "country_portrayal", "country_stance"]
