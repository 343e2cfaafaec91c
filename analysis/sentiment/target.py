"""Sentiment toward a target span of a text: the public entry points over the shipped model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..text.sentences import sentence_spans
from .choice import DEFAULT_SENTIMENT, check_sentiment
from .model import THRESHOLD, shipped_model

LABELS = ("negative", "neutral", "positive")


def sentiment_model(sentiment: str = DEFAULT_SENTIMENT):
    """The shipped model a ``sentiment`` setting names (anything with ``scores(targets)``); ValueError if none."""
    if check_sentiment(sentiment) == "fast":
        return shipped_model()
    from .encoder import shipped_encoder

    return shipped_encoder()


def _sentence_of(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence that holds text[start:end], with the span's offsets into it (the model reads sentences)."""
    for _, s, e in sentence_spans(text):
        if s <= start < e:
            return text[s : max(e, end)], start - s, end - s
    return text, start, end


def target_scores(targets: Sequence[tuple[str, int, int]], sentiment: str = DEFAULT_SENTIMENT) -> np.ndarray:
    """Scores in [-1, 1] for many (sentence, start, end) targets at once (one batched pass through the model)."""
    model = sentiment_model(sentiment)
    if not len(targets):
        return np.zeros(0)
    return np.clip(model.scores(list(targets)), -1.0, 1.0)


def target_sentiment(text: str, start: int, end: int, sentiment: str = DEFAULT_SENTIMENT) -> float:
    """Sentiment in [-1, 1] toward the target text[start:end], read from its sentence (P(pos) - P(neg));
    ``sentiment`` names the model ("encoder" or "fast")."""
    if not isinstance(text, str) or not 0 <= start < end <= len(text):
        raise ValueError(f"target span {start}:{end} is not inside a text of {len(text) if text else 0} characters")
    return float(target_scores([_sentence_of(text, start, end)], sentiment)[0])


def polarity_label(score: float, threshold: float | None = None) -> str:
    """'negative', 'neutral' or 'positive' for a score: polar at or beyond +-0.2 (the model's class bands)."""
    t = THRESHOLD if threshold is None else threshold
    if score is None or np.isnan(score):
        return "neutral"
    return "positive" if score >= t else "negative" if score <= -t else "neutral"


def polarity_labels(scores: np.ndarray, threshold: float | None = None) -> np.ndarray:
    """Vectorized :func:`polarity_label`."""
    t = THRESHOLD if threshold is None else threshold
    s = np.nan_to_num(np.asarray(scores, dtype=float))
    return np.where(s >= t, "positive", np.where(s <= -t, "negative", "neutral"))
