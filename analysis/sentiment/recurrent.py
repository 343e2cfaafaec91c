"""Bidirectional GRU networks over each target's sentence: inference in numpy (training: recurrent_fit.py).

Each token of a target's window (features.WINDOW tokens on each side, the target's own tokens included) enters
as its GloVe vector, its valence and negation inputs, an is-target flag and a learned embedding of its
position bucket (side, distance, clause, nearer name; features.py). A GRU reads the window left to right and
another right to left; their states are pooled three ways (mean over the target's tokens, as TD-LSTM reads
the target in context; attention with a bucket prior; max), and a softmax layer gives the class
probabilities. Unlike the linear model and the attention networks it reads word order, so "accused X" and
"X accused" differ; on NewsMTSC train hold-out it scores 0.02 macro-F1 above them.

Several networks of one shape run as one: at each step their 2 x networks chains are one batched product,
and targets are sorted by length so that the step t only touches the targets still longer than t.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

PARAMS = ("Wf", "Uf", "bf", "Wb", "Ub", "bb", "E", "v", "q", "Z", "d")
N_INPUTS = 4  # valence (VADER, diplomacy), negated, is-target: the columns of Batch.tokens["inputs"]
BLOCK = 1024  # targets per block: fewer, wider steps, while the (chains, tokens, 3 x hidden) inputs stay ~40 MB


@dataclass(frozen=True)
class BiGRU:
    """One network: input weights W (GloVe, inputs, bucket embedding rows), recurrent U and bias b per direction
    (f: left to right, b: right to left; gates z, r, n side by side), bucket embedding E, attention v and q,
    output layer Z and d."""

    Wf: np.ndarray
    Uf: np.ndarray
    bf: np.ndarray
    Wb: np.ndarray
    Ub: np.ndarray
    bb: np.ndarray
    E: np.ndarray
    v: np.ndarray
    q: np.ndarray
    Z: np.ndarray
    d: np.ndarray


@dataclass(frozen=True)
class GRUEnsemble:
    """Networks of one shape whose probabilities are averaged; weights stacked for the fused run."""

    nets: tuple[BiGRU, ...]

    @cached_property
    def _stacked(self) -> dict[str, np.ndarray]:
        """Per chain (every net's left-to-right chain, then their right-to-left ones): the weights of the steps.

        The inputs other than the word vector take few values: a table per (bucket, negated, is-target) code
        holds their part of the gates (bias and bucket embedding folded in), so each token costs two lookups;
        only valence, which is rarely non-zero, is multiplied out.
        """
        dim = self.nets[0].Wf.shape[0] - self.nets[0].E.shape[1] - N_INPUTS
        chains = [(n.Wf, n.Uf, n.bf, n.E) for n in self.nets] + [(n.Wb, n.Ub, n.bb, n.E) for n in self.nets]
        codes = []
        for w, _, b, e in chains:
            pos = e @ w[dim + N_INPUTS :] + b  # (buckets, 3 hidden)
            flags = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32) @ w[dim + 2 : dim + 4]  # negated, target
            codes.append((pos[:, None, :] + flags[None, :, :]).reshape(-1, w.shape[1]))
        return {
            "word": np.concatenate([w[:dim] for w, _, _, _ in chains], axis=1),
            "valence": np.stack([w[dim : dim + 2] for w, _, _, _ in chains]),
            "code": np.stack(codes),
            "U": np.stack([u for _, u, _, _ in chains]),
        }

    def proba(self, tokens: dict[str, np.ndarray], vectors: np.ndarray) -> np.ndarray:
        """(n_targets, 3) averaged class probabilities of the targets in ``tokens`` (Batch.tokens)."""
        n = len(tokens["start"])
        out = np.zeros((n, 3))
        order = np.argsort(tokens["stop"] - tokens["start"], kind="stable")[::-1]  # longest first
        for i in range(0, n, BLOCK):
            rows = order[i : i + BLOCK]
            out[rows] = self._block(tokens, vectors, rows)
        return out

    def _block(self, tokens: dict, vectors: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Probabilities of the targets ``rows`` (longest first)."""
        start, length = tokens["start"][rows], tokens["stop"][rows] - tokens["start"][rows]
        sel = np.concatenate([np.arange(a, a + m) for a, m in zip(start, length)])
        vec, inputs, bucket = tokens["vec"][sel], tokens["inputs"][sel], tokens["bucket"][sel]
        first = np.concatenate([[0], np.cumsum(length)[:-1]])
        # step t reads token t of every target longer than t (a prefix, as targets run longest first)
        active = (length[None, :] > np.arange(int(length[0]))[:, None]).sum(axis=1)
        fwd = np.concatenate([first[:k] + t for t, k in enumerate(active)])
        bwd = np.concatenate([first[:k] + length[:k] - 1 - t for t, k in enumerate(active)])
        xs = self._gate_inputs(vec, inputs, bucket, vectors, (fwd, bwd))
        hs = self._run(xs, active)
        half = len(self.nets)
        # back to token order by gathering whole rows (a scatter along the tokens axis is several times slower)
        back_f, back_b = np.argsort(fwd), np.argsort(bwd)
        p = []
        for k, net in enumerate(self.nets):
            # (2 hidden, tokens): pooling runs along contiguous rows, several times faster than along axis 0
            o = np.hstack([np.take(hs[k], back_f, axis=0), np.take(hs[half + k], back_b, axis=0)]).T.copy()
            p.append(_head(net, o, inputs[:, 3], bucket, first, length))
        return sum(p) / len(p)

    def _gate_inputs(self, vec, inputs, bucket, vectors, orders) -> np.ndarray:
        """(chains, steps, 3 hidden) input part of the gates, in step order (``orders``: tokens per direction)."""
        w = self._stacked
        chains, width = w["U"].shape[0], w["U"].shape[2]
        words, inverse = np.unique(vec, return_inverse=True)
        projected = np.ascontiguousarray(
            (vectors[words] @ w["word"]).reshape(len(words), chains, width).transpose(1, 0, 2)
        )
        code = bucket * 4 + (inputs[:, 2] > 0) * 2 + (inputs[:, 3] > 0)
        polar = inputs[:, :2].any(axis=1)
        xs = np.empty((chains, len(vec), width), np.float32)
        for c in range(chains):
            order = orders[c >= chains // 2]
            np.take(projected[c], inverse[order], axis=0, out=xs[c])
            xs[c] += np.take(w["code"][c], code[order], axis=0)
            at = np.flatnonzero(polar[order])
            xs[c, at] += inputs[order[at], :2] @ w["valence"][c]
        return xs

    def _run(self, xs: np.ndarray, active: np.ndarray) -> np.ndarray:
        """(chains, steps, hidden) states of every chain, in step order."""
        u = self._stacked["U"]
        hidden = u.shape[1]
        hs = np.empty((u.shape[0], xs.shape[1], hidden), np.float32)
        h = np.zeros((u.shape[0], int(active[0]), hidden), np.float32)
        at = 0
        for k in active:
            _step(h[:, :k], xs[:, at : at + k], u, hs[:, at : at + k])
            h = hs[:, at : at + k]
            at += k
        return hs


def _step(h: np.ndarray, x: np.ndarray, u: np.ndarray, out: np.ndarray) -> None:
    """One GRU step of every chain into ``out``: gates z, r, candidate n, new state (in place: fewer passes)."""
    hidden = h.shape[2]
    g = np.matmul(h, u)
    zr, hn = g[..., : 2 * hidden], g[..., 2 * hidden :]
    zr += x[..., : 2 * hidden]
    np.negative(zr, out=zr)
    np.exp(zr, out=zr)
    zr += 1
    np.reciprocal(zr, out=zr)
    hn *= zr[..., hidden:]
    hn += x[..., 2 * hidden :]
    n = np.tanh(hn, out=hn)
    np.subtract(h, n, out=out)
    out *= zr[..., :hidden]
    out += n


def _head(net: BiGRU, o: np.ndarray, is_target, bucket, first, length) -> np.ndarray:
    """Class probabilities from the states ``o`` (2 hidden, tokens): target mean, attention and max pooled."""
    n = len(first)
    seq = np.repeat(np.arange(n), length)
    t = (is_target / np.maximum(np.bincount(seq, is_target, n), 1)[seq]).astype(np.float32)
    s = net.v @ o + net.q[bucket]
    e = np.exp(s - np.maximum.reduceat(s, first)[seq])
    a = (e / np.bincount(seq, e, n)[seq]).astype(np.float32)
    pooled = [np.add.reduceat(o * t, first, axis=1), np.add.reduceat(o * a, first, axis=1)]
    z = np.vstack([*pooled, np.maximum.reduceat(o, first, axis=1)]).T @ net.Z + net.d
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
