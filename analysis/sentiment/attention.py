"""A small attention network over the target's context words: GloVe vector, position bucket and lexicon valence.

Each context word p of a target gets h_p = tanh(W e_p + U x_p + P[bucket_p] + c), where e_p is its GloVe
vector, x_p its valence (VADER, diplomacy lexicon) and negation flag, and bucket_p its side, distance, clause and
nearer-name bucket (features.py). The target is the attention-weighted mean of the h_p (weights from
v . h_p + q[bucket_p], a softmax over the target's words), followed by a softmax layer. It learns which words
count from where they stand relative to the target, which the linear model can only approximate by buckets.

Written in numpy, forward and backward, rather than with a deep-learning library: the network has ~6,000
weights and trains in a minute on one core, and PyTorch would add a dependency hundreds of megabytes large
for this alone. Inference needs numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .features import Batch

PARAMS = ("W", "U", "P", "c", "v", "q", "Z", "d")
BLOCK = 256  # targets per block at inference (about 10,000 pairs: 2.5 MB of hidden states)


@dataclass(frozen=True)
class AttentionNet:
    """The network's weights (names as in the module docstring; Z, d: the output layer)."""

    W: np.ndarray
    U: np.ndarray
    P: np.ndarray
    c: np.ndarray
    v: np.ndarray
    q: np.ndarray
    Z: np.ndarray
    d: np.ndarray

    @cached_property
    def _first_layer(self) -> tuple[np.ndarray, np.ndarray]:
        """[W; U] transposed, for one product with the stacked inputs, and the bucket table with c folded in."""
        return np.ascontiguousarray(np.vstack([self.W, self.U]).T), np.ascontiguousarray((self.P + self.c).T)

    def proba(self, batch: Batch, x: np.ndarray) -> np.ndarray:
        """(n_targets, 3) class probabilities; ``x``: the stacked inputs of :func:`inference_inputs`."""
        n, target, bucket = batch.n_targets, batch.pairs["target"], batch.pairs["bucket"]
        first, counts = np.searchsorted(target, np.arange(n)), np.bincount(target, minlength=n)
        z = np.zeros((n, self.W.shape[1]), np.float32)
        # targets in blocks whose pairs fit in the processor's cache: the steps are memory-bound
        for t0 in range(0, n, BLOCK):
            t1 = min(t0 + BLOCK, n)
            lo, hi = int(first[t0]), int(first[t1 - 1] + counts[t1 - 1])
            if hi > lo:
                z[t0:t1] = self._pool(x[:, lo:hi], bucket[lo:hi], target[lo:hi] - t0, t1 - t0)
        return _softmax(z @ self.Z + self.d)

    def _pool(self, x: np.ndarray, bucket: np.ndarray, target: np.ndarray, n: int) -> np.ndarray:
        """Attention-pooled hidden states of ``n`` targets whose pairs are the columns of ``x``."""
        wu, pc = self._first_layer
        h = wu @ x
        h += np.take(pc, bucket, axis=1)
        np.tanh(h, out=h)
        score = self.v @ h + self.q[bucket]
        first, counts = np.searchsorted(target, np.arange(n)), np.bincount(target, minlength=n)
        full = counts > 0
        top = np.zeros(n, np.float32)
        top[full] = np.maximum.reduceat(score, first[full])
        e = np.exp(score - top[target])
        a = (e / (np.bincount(target, e, n)[target] + 1e-12)).astype(np.float32)
        z = np.zeros((n, h.shape[0]), np.float32)
        z[full] = np.add.reduceat(h * a, first[full], axis=1).T
        return z


def inference_inputs(batch: Batch, vectors_t: np.ndarray) -> np.ndarray:
    """Word vectors and lexicon inputs of every pair, stacked (dim + 3, pairs), gathered once for all networks.

    Laid out (features, pairs): every step of the forward pass then runs along contiguous memory, several
    times faster than (pairs, features).
    """
    p = batch.pairs
    x = np.empty((vectors_t.shape[0] + 3, len(p["vec"])), np.float32)
    np.take(vectors_t, p["vec"], axis=1, out=x[: vectors_t.shape[0]])
    x[vectors_t.shape[0] :] = np.vstack([p["valence"].T, p["negated"][None, :]])
    return x


def pair_inputs(batch: Batch, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(vectors, lexicon inputs, buckets, target index) of every (target, context word) pair."""
    p = batch.pairs
    lex = np.hstack([p["valence"], p["negated"][:, None]]).astype(np.float32)
    return vectors[p["vec"]], lex, p["bucket"], p["target"]


def forward(w: dict, emb, lex, bucket, target, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hidden states h, attention weights a (per pair) and pooled z (per target)."""
    h = np.tanh(emb @ w["W"] + lex @ w["U"] + w["P"][bucket] + w["c"])
    score = h @ w["v"] + w["q"][bucket]
    first = np.searchsorted(target, np.arange(n))
    counts = np.bincount(target, minlength=n)
    top = np.zeros(n)
    full = counts > 0
    if full.any():
        top[full] = np.maximum.reduceat(score, first[full])
    e = np.exp(score - top[target])
    a = e / (np.bincount(target, e, n)[target] + 1e-12)
    z = np.zeros((n, h.shape[1]))
    if full.any():  # reduceat along contiguous rows of the transposed array: far faster than along axis 0
        z[full] = np.add.reduceat(np.ascontiguousarray((a[:, None] * h).T), first[full], axis=1).T
    return h, a, z


def _softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _gradients(w: dict, inputs: tuple, y: np.ndarray, l2: float) -> tuple[float, dict]:
    """Cross-entropy loss of a mini-batch and the gradient of every weight."""
    emb, lex, bucket, target = inputs
    n = len(y)
    h, a, z = forward(w, emb, lex, bucket, target, n)
    p = _softmax(z @ w["Z"] + w["d"])
    g = p.copy()
    g[np.arange(n), y] -= 1
    g /= n
    grad = {"Z": z.T @ g + l2 * w["Z"], "d": g.sum(axis=0)}
    dz = (g @ w["Z"].T)[target]
    da = (dz * h).sum(axis=1)
    dscore = a * (da - np.bincount(target, a * da, n)[target])  # through the softmax over each target's words
    dh = a[:, None] * dz + dscore[:, None] * w["v"][None, :]
    grad["v"], grad["q"] = h.T @ dscore, np.bincount(bucket, dscore, len(w["q"]))
    dpre = dh * (1 - h * h)
    grad["W"], grad["U"], grad["c"] = emb.T @ dpre + l2 * w["W"], lex.T @ dpre, dpre.sum(axis=0)
    grad["P"] = np.zeros_like(w["P"])
    np.add.at(grad["P"], bucket, dpre)
    return float(-np.log(p[np.arange(n), y] + 1e-9).mean()), grad


def _subset(inputs: tuple, idx: np.ndarray) -> tuple:
    """The pairs of the targets ``idx`` (sorted), renumbered 0..len(idx)-1."""
    emb, lex, bucket, target = inputs
    lo, hi = np.searchsorted(target, idx), np.searchsorted(target, idx + 1)
    sel = np.concatenate([np.arange(a, b) for a, b in zip(lo, hi)]) if len(idx) else np.zeros(0, np.int64)
    return emb[sel].astype(np.float64), lex[sel], bucket[sel], np.repeat(np.arange(len(idx)), hi - lo)


def fit(batch: Batch, vectors: np.ndarray, y: np.ndarray, n_buckets: int, hidden: int = 64, epochs: int = 9,
        seed: int = 0, rate: float = 2e-3, l2: float = 1e-4, size: int = 32) -> AttentionNet:  # fmt: skip
    """Train with Adam on mini-batches of ``size`` targets (seeded: same data, same weights)."""
    rng = np.random.default_rng(seed)
    dim, n_lex = vectors.shape[1], 3
    w = {"W": rng.normal(0, 0.1, (dim, hidden)), "U": rng.normal(0, 0.1, (n_lex, hidden))}
    w |= {"P": np.zeros((n_buckets, hidden)), "c": np.zeros(hidden), "v": rng.normal(0, 0.1, hidden)}
    w |= {"q": np.zeros(n_buckets), "Z": rng.normal(0, 0.1, (hidden, 3)), "d": np.zeros(3)}
    m = {k: np.zeros_like(x) for k, x in w.items()}
    s = {k: np.zeros_like(x) for k, x in w.items()}
    inputs, step = pair_inputs(batch, vectors), 0
    for _ in range(epochs):
        order = rng.permutation(batch.n_targets)
        for i in range(0, batch.n_targets, size):
            idx = np.sort(order[i : i + size])
            step += 1
            _, grad = _gradients(w, _subset(inputs, idx), y[idx], l2)
            for k in w:
                m[k] = 0.9 * m[k] + 0.1 * grad[k]
                s[k] = 0.999 * s[k] + 0.001 * grad[k] ** 2
                w[k] -= rate * (m[k] / (1 - 0.9**step)) / (np.sqrt(s[k] / (1 - 0.999**step)) + 1e-8)
    return AttentionNet(**{k: w[k].astype(np.float32) for k in PARAMS})
