"""The GRU networks (analysis/sentiment/recurrent.py): fused numpy inference against the training forward pass."""

from __future__ import annotations

import numpy as np

from analysis.sentiment import recurrent_fit
from analysis.sentiment.recurrent import PARAMS, BiGRU, GRUEnsemble

DIM, HIDDEN, BUCKETS, POS = 5, 4, 6, 3


def _tokens(rng: np.random.Generator, lengths: np.ndarray) -> dict[str, np.ndarray]:
    """Random token windows: valence (some zero), negated and is-target flags, buckets."""
    n = int(lengths.sum())
    inputs = np.column_stack([rng.normal(size=(n, 2)), rng.random(n) < 0.3, rng.random(n) < 0.3]).astype(np.float32)
    inputs[: n // 2, :2] = 0
    start = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    vec = rng.integers(0, 20, n)
    return {
        "vec": vec,
        "inputs": inputs,
        "bucket": rng.integers(0, BUCKETS, n),
        "start": start,
        "stop": start + lengths,
    }


def _weights(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Random weights of one network (non-zero biases and tables, so every term is exercised)."""
    w = recurrent_fit.init(rng, DIM, HIDDEN, BUCKETS, POS)
    return {k: (v + rng.normal(0, 0.1, v.shape)).astype(np.float32) for k, v in w.items()}


def test_fused_inference_equals_the_training_forward_pass():
    rng = np.random.default_rng(0)
    lengths = np.array([3, 5, 1, 4, 7, 2])
    tokens, vectors = _tokens(rng, lengths), rng.normal(size=(20, DIM)).astype(np.float32)
    nets = [_weights(rng) for _ in range(2)]
    seq = {
        "base": np.hstack([vectors[tokens["vec"]], tokens["inputs"]]),
        "bucket": tokens["bucket"],
        "is_target": tokens["inputs"][:, 3] > 0,
        "length": lengths,
    }
    expected = []
    for w in nets:
        logits, _ = recurrent_fit.forward(w, seq)
        expected.append(recurrent_fit._softmax(logits))
    got = GRUEnsemble(tuple(BiGRU(**{k: w[k] for k in PARAMS}) for w in nets)).proba(tokens, vectors)
    np.testing.assert_allclose(got, (expected[0] + expected[1]) / 2, atol=1e-5)


def test_training_gradient_matches_finite_differences(monkeypatch):
    monkeypatch.setattr(recurrent_fit, "F", np.float64)  # float32 states would drown the finite differences
    rng = np.random.default_rng(1)
    lengths = np.array([3, 5, 1])
    tokens, vectors = _tokens(rng, lengths), rng.normal(size=(20, DIM))
    w = {k: v.astype(np.float64) for k, v in _weights(rng).items()}
    seq = {
        "base": np.hstack([vectors[tokens["vec"]], tokens["inputs"]]),
        "bucket": tokens["bucket"],
        "is_target": tokens["inputs"][:, 3] > 0,
        "length": lengths,
    }
    y = np.array([0, 2, 1])

    def loss(weights: dict) -> float:
        p = recurrent_fit._softmax(recurrent_fit.forward(weights, seq)[0])
        return float(-np.log(p[np.arange(len(y)), y]).mean())

    grad = recurrent_fit.gradients(w, seq, y, 0.0, None, 0.0)
    for name in ("Wf", "Ub", "E", "v", "q", "Z"):
        idx = tuple(int(rng.integers(0, s)) for s in w[name].shape)
        up, down = {k: v.copy() for k, v in w.items()}, {k: v.copy() for k, v in w.items()}
        up[name][idx] += 1e-6
        down[name][idx] -= 1e-6
        assert abs((loss(up) - loss(down)) / 2e-6 - grad[name][idx]) < 1e-5, name
