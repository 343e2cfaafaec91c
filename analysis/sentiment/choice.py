"""Which sentiment model a caller may ask for, by name (standard library only: the run command's settings
name one before anything heavy is imported).

"encoder" is the fine-tuned int8 encoder (encoder.py), the default; "fast" the numpy model over GloVe (model.py:
many times faster, about 0.1 macro-F1 lower on NewsMTSC), for very large runs.
"""

from __future__ import annotations

SENTIMENT_MODELS = ("encoder", "fast")
DEFAULT_SENTIMENT = "encoder"


def check_sentiment(sentiment: str) -> str:
    """``sentiment`` if it names a model; ValueError otherwise."""
    if sentiment not in SENTIMENT_MODELS:
        raise ValueError(f"sentiment={sentiment!r}: choose one of {', '.join(SENTIMENT_MODELS)}")
    return sentiment
