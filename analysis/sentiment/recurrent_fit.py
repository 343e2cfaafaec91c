"""Training of the bidirectional GRU networks (recurrent.py): forward and backward through time in numpy.

Used by scripts/build_sentiment_model.py only. Mini-batches are padded to their longest window and masked
(a padded step keeps the state), which gives the same states as the unpadded inference. Written in numpy
like attention.py: a network has ~40,000 weights and trains in about a minute on one core.
"""

from __future__ import annotations

import numpy as np

from .recurrent import N_INPUTS, PARAMS, BiGRU

F = np.float32


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1 / (1 + np.exp(-x))


def _softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def init(rng: np.random.Generator, dim: int, hidden: int, n_buckets: int, pos_dim: int) -> dict:
    """Initial weights (names as in recurrent.BiGRU)."""
    width = dim + N_INPUTS + pos_dim
    w = {}
    for d in ("f", "b"):
        w[f"W{d}"] = rng.normal(0, 1 / np.sqrt(width), (width, 3 * hidden)).astype(F)
        w[f"U{d}"] = rng.normal(0, 1 / np.sqrt(hidden), (hidden, 3 * hidden)).astype(F)
        w[f"b{d}"] = np.zeros(3 * hidden, F)
    w["E"] = rng.normal(0, 0.1, (n_buckets, pos_dim)).astype(F)
    w["v"], w["q"] = rng.normal(0, 0.1, 2 * hidden).astype(F), np.zeros(n_buckets, F)
    w["Z"], w["d"] = rng.normal(0, 0.1, (6 * hidden, 3)).astype(F), np.zeros(3, F)
    return w


def _gru(x: np.ndarray, m: np.ndarray, w: np.ndarray, u: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, list]:
    """States (batch, steps, hidden) of one direction over padded inputs ``x``, and what backward needs."""
    hidden = u.shape[0]
    xw = x @ w + b
    h = np.zeros((x.shape[0], hidden), F)
    hs, cache = np.zeros((x.shape[0], x.shape[1], hidden), F), []
    for t in range(x.shape[1]):
        hu = h @ u
        z = _sigmoid(xw[:, t, :hidden] + hu[:, :hidden])
        r = _sigmoid(xw[:, t, hidden : 2 * hidden] + hu[:, hidden : 2 * hidden])
        n = np.tanh(xw[:, t, 2 * hidden :] + r * hu[:, 2 * hidden :])
        cache.append((h, z, r, n, hu[:, 2 * hidden :]))
        h = np.where(m[:, t : t + 1], n + z * (h - n), h)
        hs[:, t] = h
    return hs, cache


def _gru_back(dhs: np.ndarray, x: np.ndarray, m: np.ndarray, w: np.ndarray, u: np.ndarray, cache: list) -> tuple:
    """Gradients of w, u, b and of the inputs ``x``, given those of the states."""
    hidden = u.shape[0]
    dxw = np.zeros((*dhs.shape[:2], 3 * hidden), F)
    du, dh = np.zeros_like(u), np.zeros((dhs.shape[0], hidden), F)
    for t in range(dhs.shape[1] - 1, -1, -1):
        h0, z, r, n, hn = cache[t]
        dh = dh + dhs[:, t]
        dnew, dh = dh * m[:, t : t + 1], dh * ~m[:, t : t + 1]
        dn = dnew * (1 - z) * (1 - n * n)
        dz = dnew * (h0 - n) * z * (1 - z)
        dr = dn * hn * r * (1 - r)
        dxw[:, t] = np.concatenate([dz, dr, dn], axis=1)
        gate_h = np.concatenate([dz, dr, dn * r], axis=1)
        du += h0.T @ gate_h
        dh = dh + dnew * z + gate_h @ u.T
    flat_x, flat = x.reshape(-1, x.shape[2]), dxw.reshape(-1, 3 * hidden)
    return flat_x.T @ flat, du, flat.sum(axis=0), (flat @ w.T).reshape(x.shape)


def _layout(length: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Padded (batch, steps) token indices left to right and right to left, the mask, and the reversal map."""
    steps = np.arange(int(length.max()))
    first = np.concatenate([[0], np.cumsum(length)[:-1]])
    m = steps[None, :] < length[:, None]
    fwd = np.where(m, first[:, None] + steps[None, :], 0)
    bwd = np.where(m, first[:, None] + length[:, None] - 1 - steps[None, :], 0)
    back = np.where(m, length[:, None] - 1 - steps[None, :], steps[None, :])  # a permutation of every row
    return fwd, bwd, m, back


def forward(w: dict, seq: dict, rng=None, drop: float = 0.0) -> tuple[np.ndarray, tuple]:
    """Logits of the targets in ``seq`` (base inputs, bucket, is_target, length), and the cache for backward."""
    fwd, bwd, m, back = _layout(seq["length"])
    x = np.hstack([seq["base"], w["E"][seq["bucket"]]]).astype(F)
    hf, cf = _gru(x[fwd], m, w["Wf"], w["Uf"], w["bf"])
    hb, cb = _gru(x[bwd], m, w["Wb"], w["Ub"], w["bb"])
    o = np.concatenate([hf, np.take_along_axis(hb, back[:, :, None], axis=1)], axis=2) * m[:, :, None]
    bk = np.where(m, seq["bucket"][fwd], 0)
    tm = (seq["is_target"][fwd] & m).astype(F)
    tm /= np.maximum(tm.sum(axis=1, keepdims=True), 1)
    s = np.where(m, o @ w["v"] + w["q"][bk], -1e9)
    a = np.exp(s - s.max(axis=1, keepdims=True)) * m
    a /= a.sum(axis=1, keepdims=True)
    om = np.where(m[:, :, None], o, -1e9)
    z = np.concatenate([(o * tm[:, :, None]).sum(1), (o * a[:, :, None]).sum(1), om.max(1)], axis=1)
    keep = ((rng.random(z.shape) >= drop) / (1 - drop)).astype(F) if drop else np.ones_like(z)
    cache = (x, fwd, bwd, m, back, hf, cf, hb, cb, o, bk, tm, a, om, z * keep, keep)
    return (z * keep) @ w["Z"] + w["d"], cache


def gradients(w: dict, seq: dict, y: np.ndarray, l2: float, rng, drop: float) -> dict:
    """Gradient of the mean cross-entropy (plus L2 on the input and output weights) for every weight."""
    logits, (x, fwd, bwd, m, back, hf, cf, hb, cb, o, bk, tm, a, om, z, keep) = forward(w, seq, rng, drop)
    g = _softmax(logits)
    g[np.arange(len(y)), y] -= 1
    g /= len(y)
    gr = {"Z": z.T @ g + l2 * w["Z"], "d": g.sum(axis=0)}
    dz = (g @ w["Z"].T) * keep
    h2 = o.shape[2]
    dzt, dza, dzm = dz[:, :h2], dz[:, h2 : 2 * h2], dz[:, 2 * h2 :]
    da = (o * dza[:, None, :]).sum(axis=2)
    ds = a * (da - (a * da).sum(axis=1, keepdims=True))
    gr["v"], gr["q"] = np.einsum("bt,btk->k", ds, o), np.bincount(bk.ravel(), (ds * m).ravel(), len(w["q"])).astype(F)
    do = tm[:, :, None] * dzt[:, None, :] + a[:, :, None] * dza[:, None, :] + ds[:, :, None] * w["v"]
    do += (om == om.max(axis=1, keepdims=True)) * dzm[:, None, :]
    do *= m[:, :, None]
    hidden = h2 // 2
    dhb = np.zeros_like(do[:, :, hidden:])
    np.put_along_axis(dhb, np.repeat(back[:, :, None], hidden, axis=2), do[:, :, hidden:], axis=1)
    dwf, duf, dbf, dxf = _gru_back(do[:, :, :hidden], x[fwd], m, w["Wf"], w["Uf"], cf)
    dwb, dub, dbb, dxb = _gru_back(dhb, x[bwd], m, w["Wb"], w["Ub"], cb)
    gr |= {"Wf": dwf + l2 * w["Wf"], "Uf": duf, "bf": dbf, "Wb": dwb + l2 * w["Wb"], "Ub": dub, "bb": dbb}
    pos = w["E"].shape[1]
    dx = np.zeros((len(x), pos), F)
    np.add.at(dx, fwd[m], dxf[:, :, -pos:][m])
    np.add.at(dx, bwd[m], dxb[:, :, -pos:][m])
    gr["E"] = np.zeros_like(w["E"])
    np.add.at(gr["E"], seq["bucket"], dx)
    return gr


def _subset(tokens: dict, vectors: np.ndarray, idx: np.ndarray) -> dict:
    """Training inputs of the targets ``idx``: their tokens end to end."""
    start, stop = tokens["start"][idx], tokens["stop"][idx]
    sel = np.concatenate([np.arange(a, b) for a, b in zip(start, stop)])
    base = np.hstack([vectors[tokens["vec"][sel]], tokens["inputs"][sel]]).astype(F)
    is_target = tokens["inputs"][sel, 3] > 0
    return {"base": base, "bucket": tokens["bucket"][sel], "is_target": is_target, "length": stop - start}


def fit(tokens: dict, vectors: np.ndarray, y: np.ndarray, n_buckets: int, seed: int = 0, hidden: int = 50,
        pos_dim: int = 16, epochs: int = 6, rate: float = 2e-3, l2: float = 1e-4, drop: float = 0.3,
        size: int = 32, ema: float = 0.995) -> BiGRU:  # fmt: skip
    """Train with Adam on mini-batches of ``size`` targets, gradients clipped to norm 5 (seeded).

    Returns the running average of the weights (decay ``ema``, about the last 200 steps): one network's dev
    score swung by 0.05 from epoch to epoch and seed to seed; the average holds within about 0.01.
    """
    rng = np.random.default_rng(seed)
    w = init(rng, vectors.shape[1], hidden, n_buckets, pos_dim)
    m = {k: np.zeros_like(x) for k, x in w.items()}
    s = {k: np.zeros_like(x) for k, x in w.items()}
    step, n, avg = 0, len(y), {k: x.copy() for k, x in w.items()}
    for _ in range(epochs):
        order = rng.permutation(n)
        for i in range(0, n, size):
            idx = np.sort(order[i : i + size])
            grad = gradients(w, _subset(tokens, vectors, idx), y[idx], l2, rng, drop)
            clip = min(1.0, 5.0 / (np.sqrt(sum(float((g**2).sum()) for g in grad.values())) + 1e-9))
            step += 1
            for k in w:
                m[k] = 0.9 * m[k] + 0.1 * clip * grad[k]
                s[k] = 0.999 * s[k] + 0.001 * (clip * grad[k]) ** 2
                w[k] -= (rate * (m[k] / (1 - 0.9**step)) / (np.sqrt(s[k] / (1 - 0.999**step)) + 1e-8)).astype(F)
                avg[k] = ema * avg[k] + (1 - ema) * w[k]
    return BiGRU(**{k: avg[k].astype(F) for k in PARAMS})
