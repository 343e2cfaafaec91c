"""The trained target-sentiment model: weights shipped in analysis/data/sentiment_model.npz, inference in numpy.

scripts/build_sentiment_model.py trains it (scikit-learn) from NewsMTSC and writes the file; here it is only
read, so the run time needs numpy (and threadpoolctl) alone and nothing is downloaded. The model averages a
linear model over the sparse and dense features (features.py) with attention networks over the context words
(attention.py), and, when the file has them, that average with bidirectional GRU networks over the target's
sentence (recurrent.py; the shipped file has none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from ..paths import DATA
from .attention import PARAMS, AttentionNet, inference_inputs
from .features import Batch, Featurizer, Vocabulary
from .recurrent import PARAMS as GRU_PARAMS
from .recurrent import BiGRU, GRUEnsemble

MODEL_PATH = DATA / "sentiment_model.npz"
CLASSES = ("negative", "neutral", "positive")
# Scores at or beyond +-THRESHOLD are polar. The score is P(positive) - P(negative) moved into the band of the
# most probable class, so polarity_label(score) is always the model's most probable class (which scores
# 0.03-0.06 macro-F1 higher on NewsMTSC dev than any cut of the raw difference).
THRESHOLD = 0.2


@dataclass(frozen=True)
class SentimentModel:
    """Featurizer plus weights: a linear model and networks whose probabilities are averaged."""

    featurizer: Featurizer
    sparse_weights: np.ndarray  # (n_sparse features, 3)
    dense_weights: np.ndarray  # (n_dense, 3), on standardized dense features
    intercept: np.ndarray  # (3,)
    mean: np.ndarray
    scale: np.ndarray
    dense_factor: float  # the dense block is scaled by this before the linear model (as in training)
    attention: tuple[AttentionNet, ...]
    attention_share: float  # weight of the attention networks in the average with the linear model
    recurrent: GRUEnsemble | None
    recurrent_share: float  # weight of the GRU networks against that average
    threshold: float

    def proba(self, batch: Batch) -> np.ndarray:
        """(n_targets, 3) probabilities of negative, neutral, positive."""
        # The products here are small: BLAS threads cost more in hand-offs than they give, and on a machine
        # shared with other work (or a one-core measure) several times more. threadpoolctl sets BLAS to one.
        with threadpool_limits(limits=1, user_api="blas"):
            return self._proba(batch)

    def _proba(self, batch: Batch) -> np.ndarray:
        """:meth:`proba` without the thread limit."""
        z = (batch.dense - self.mean) / self.scale
        w = self.sparse_weights[batch.cols]
        # float: with no sparse feature at all bincount gives integer zeros, which the += below cannot take
        logits = np.stack([np.bincount(batch.rows, w[:, c], batch.n_targets) for c in range(3)], axis=1).astype(float)
        logits += (z * self.dense_factor) @ self.dense_weights + self.intercept
        p_linear = _softmax(logits)
        p = p_linear
        if self.attention:
            x = inference_inputs(batch, self.featurizer.vectors_t)
            p_att = sum(net.proba(batch, x) for net in self.attention) / len(self.attention)
            p = (1 - self.attention_share) * p + self.attention_share * p_att
        if self.recurrent is not None:
            p_gru = self.recurrent.proba(batch.tokens, self.featurizer.vocab.vectors)
            p = (1 - self.recurrent_share) * p + self.recurrent_share * p_gru
        return p

    def scores(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """Score in [-1, 1] for every (sentence, start, end) target: see :func:`banded_score`."""
        if not targets:
            return np.zeros(0)
        return banded_score(self.proba(self.featurizer.features(targets)), self.threshold)


def banded_score(p: np.ndarray, t: float) -> np.ndarray:
    """P(positive) - P(negative), moved into [t, 1], (-t, t) or [-1, -t] by the most probable class."""
    d = p[:, 2] - p[:, 0]
    best = p.argmax(axis=1)
    return np.where(best == 1, t * d, np.where(best == 2, t + (1 - t) * d, -t + (1 - t) * d))


def _softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def save_model(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the model's arrays (compressed; see :func:`load_model` for the names)."""
    np.savez_compressed(path, **arrays)


def load_model(path: str | Path = MODEL_PATH) -> SentimentModel:
    """Read a model written by scripts/build_sentiment_model.py (no pickles: plain arrays only)."""
    with np.load(path, allow_pickle=False) as f:
        a = {k: f[k] for k in f.files}
    words = a["words"].tolist()
    vocab = Vocabulary(
        index={w: i for i, w in enumerate(words)},
        vectors=a["vectors"].astype(np.float32),
        sparse_ids=a["sparse_ids"].astype(np.int64),
    )
    attention = tuple(
        AttentionNet(**{name: a[f"att{k}_{name}"].astype(np.float32) for name in PARAMS})
        for k in range(int(a.get("n_attention", 0)))
    )
    nets = tuple(
        BiGRU(**{name: a[f"gru{k}_{name}"].astype(np.float32) for name in GRU_PARAMS})
        for k in range(int(a.get("n_recurrent", 0)))
    )
    return SentimentModel(
        featurizer=Featurizer(vocab),
        sparse_weights=a["sparse_weights"].astype(np.float64),
        dense_weights=a["dense_weights"].astype(np.float64),
        intercept=a["intercept"].astype(np.float64),
        mean=a["mean"].astype(np.float32),
        scale=a["scale"].astype(np.float32),
        dense_factor=float(a["dense_factor"]),
        attention=attention,
        attention_share=float(a.get("attention_share", 0.0)),
        recurrent=GRUEnsemble(nets) if nets else None,
        recurrent_share=float(a.get("recurrent_share", 0.0)),
        threshold=THRESHOLD,
    )


@lru_cache(maxsize=1)
def shipped_model() -> SentimentModel:
    """The model shipped with the package, loaded once (read-only after loading)."""
    return load_model(MODEL_PATH)
