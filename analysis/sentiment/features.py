"""Target-aware features of a sentence, computed for many targets at once with numpy.

For each target (a character span in a sentence) every other token of the sentence is one "pair". A pair
gives the target two kinds of features:

- sparse: the word, marked by its side of the target, its distance (1, 2-3, 4-6, 7-10, 11+ tokens),
  whether a clause break lies between them and whether another name (a capitalised word) is nearer to it
  than the target is; the same word unmarked; the word under a negation;
- dense: GloVe vectors averaged over the left and right context, near windows, the target's clause and
  the sentiment-bearing words (Vo & Zhang, IJCAI 2015), and lexicon valence summed over the same scopes.

The target's own words are left out, so the model learns how news writes about a target, not priors about
names. All targets' tokens are laid end to end and pooled with np.add.reduceat: no Python loop per target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .lexicon import CLAUSE_BREAKS, NEGATORS, lexicon
from .tokens import QUOTE_MARKS, words

DISTANCE_EDGES = np.array([1, 2, 4, 7, 11])  # distance buckets: 1, 2-3, 4-6, 7-10, 11+
N_POSITIONAL = 2 * len(DISTANCE_EDGES) * 2 * 2  # side x distance x same clause x nearer to another name
ANY, NEGATED = N_POSITIONAL, N_POSITIONAL + 1  # the unmarked word; the word under a negation
N_BUCKETS = N_POSITIONAL + 2
NEGATION_REACH = 3  # a negator flips the next three words (VADER's window)
NEGATION_SCALAR = -0.74  # VADER's factor for a negated word's valence
# pooling scopes of the dense block, in order
SCOPES = ("all", "left", "right", "left3", "right3", "clause", "sentiment", "inverse_distance", "own")
N_EXTRA = 6  # sentence length, target position, target first, target length, target quoted, negation in clause
CHUNK = 4096  # targets per pass: bounds the memory of the per-pair arrays
TARGET_BUCKET = N_BUCKETS  # the bucket of the target's own tokens in the sequences of the recurrent network
# tokens kept on each side of the target in those sequences: bounds the recurrent steps (a few "sentences" of
# NewsMTSC run to hundreds of tokens), far beyond where a word still speaks of the target
WINDOW = 20
_PLACEHOLDER = "\x00"  # stands for a target with no word characters, so every target has a token


@dataclass(frozen=True)
class Vocabulary:
    """The model's words: a row of ``vectors`` for each, and a sparse id (-1 when the model has no weights)."""

    index: dict[str, int]
    vectors: np.ndarray  # (n_words + 1, dim) float32; the last row is zero, for unknown words
    sparse_ids: np.ndarray  # (n_words + 1,) int64

    @property
    def n_sparse(self) -> int:
        """How many words have sparse weights."""
        return int(self.sparse_ids.max()) + 1 if len(self.sparse_ids) else 0


@dataclass
class Batch:
    """Features of a batch of targets: sparse (target row, feature column) pairs and a dense matrix."""

    rows: np.ndarray
    cols: np.ndarray
    dense: np.ndarray
    n_targets: int
    pairs: dict[str, np.ndarray] | None = None  # per (target, context token): target, vector row, bucket, valence
    tokens: dict[str, np.ndarray] | None = None  # per token of each target's window, in order: see _tokens


@dataclass
class Layout:
    """All targets' tokens end to end: per token its word id and target; per target its token ranges."""

    ids: np.ndarray  # word id (into the featurizer's table) per token
    seq: np.ndarray  # target index per token
    s0: np.ndarray  # first token of each target's sentence
    a: np.ndarray  # first token of the target
    b: np.ndarray  # token after the target
    s1: np.ndarray  # token after the sentence


class Featurizer:
    """Turns (text, start, end) targets into a :class:`Batch`; remembers each word's lookups."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.lex = lexicon()
        self._unknown = len(vocab.vectors) - 1
        self._ids: dict[str, int] = {}
        self._rows: list[tuple[int, int, float, float, bool, bool, bool, bool]] = []
        self._table: dict[str, np.ndarray] = {}
        self.vectors_t = np.ascontiguousarray(vocab.vectors.T)

    @property
    def n_dense(self) -> int:
        """Width of the dense block."""
        return len(SCOPES) * (self.vocab.vectors.shape[1] + 4) + N_EXTRA

    @property
    def n_sparse(self) -> int:
        """Width of the sparse block."""
        return self.vocab.n_sparse * N_BUCKETS

    def _describe(self, token: str) -> tuple[int, int, float, float, bool, bool, bool, bool]:
        """(vector row, sparse id, VADER valence, diplomacy valence, negator, clause break, quote mark, capitalised)."""
        w = token.lower()
        row = self.vocab.index.get(w)
        if row is None and "-" in w:  # "anti-japanese": the vector of its last part that is known
            row = next((self.vocab.index[p] for p in reversed(w.split("-")) if p in self.vocab.index), None)
        row = self._unknown if row is None else row
        sparse = int(self.vocab.sparse_ids[row])
        vader = self.lex.vader.get(w, 0.0) / 4.0
        flags = (w in NEGATORS, w in CLAUSE_BREAKS, w in QUOTE_MARKS, token[:1].isupper())
        return row, sparse, vader, self.lex.diplomacy(w) / 4.0, *flags

    def _lookup(self, tokens: list[str]) -> np.ndarray:
        """Word ids of ``tokens``; words not seen before are described once and added to the table."""
        new = {w for w in tokens if w not in self._ids}
        if new or not self._table:
            for w in new:
                self._ids[w] = len(self._rows)
                self._rows.append(self._describe(w))
            cols = list(zip(*self._rows)) if self._rows else [()] * 8
            names = ("vec", "sparse", "vader", "diplomacy", "negator", "break", "quote", "capital")
            types = (np.int64, np.int64, np.float64, np.float64, bool, bool, bool, bool)
            self._table = {n: np.array(c, dtype=t) for n, c, t in zip(names, cols, types)}
        return np.fromiter(map(self._ids.__getitem__, tokens), np.int64, len(tokens))

    def layout(self, targets: Sequence[tuple[str, int, int]]) -> Layout:
        """Tokenize each target's sentence as before / target / after and lay all of them end to end."""
        flat: list[str] = []
        bounds = np.zeros((len(targets), 4), np.int64)
        for k, (text, start, end) in enumerate(targets):
            left, mid, right = words(text[:start]), words(text[start:end]) or [_PLACEHOLDER], words(text[end:])
            s0 = len(flat)
            bounds[k] = (s0, s0 + len(left), s0 + len(left) + len(mid), s0 + len(left) + len(mid) + len(right))
            flat += left
            flat += mid
            flat += right
        ids = self._lookup(flat)
        seq = np.repeat(np.arange(len(targets)), bounds[:, 3] - bounds[:, 0])
        return Layout(ids, seq, *bounds.T)

    def features(self, targets: Sequence[tuple[str, int, int]]) -> Batch:
        """Features of every target (text, start, end): ``text`` is the target's sentence."""
        parts = [self._features(targets[i : i + CHUNK]) for i in range(0, len(targets), CHUNK)] or [self._features([])]
        offsets = np.cumsum([0] + [p.n_targets for p in parts])
        pairs = {k: np.concatenate([p.pairs[k] for p in parts]) for k in parts[0].pairs}
        pairs["target"] = np.concatenate([p.pairs["target"] + o for p, o in zip(parts, offsets)])
        return Batch(
            rows=np.concatenate([p.rows + o for p, o in zip(parts, offsets)]),
            cols=np.concatenate([p.cols for p in parts]),
            dense=np.vstack([p.dense for p in parts]),
            n_targets=int(offsets[-1]),
            pairs=pairs,
            tokens=_join_tokens([p.tokens for p in parts]),
        )

    def _features(self, targets: Sequence[tuple[str, int, int]]) -> Batch:
        """Features of one chunk of targets."""
        lay = self.layout(targets)
        tab = {k: v[lay.ids] for k, v in self._table.items()} if len(lay.ids) else self._empty()
        seq, n_t = lay.seq, len(lay.a)
        clause = np.cumsum(tab["break"])
        negated = np.zeros(len(seq), bool)
        for k in range(1, NEGATION_REACH + 1):  # a negator up to three words before, in the same clause
            negated[k:] |= tab["negator"][:-k] & (seq[k:] == seq[:-k]) & (clause[k:] == clause[:-k])
        sign = np.where(negated, NEGATION_SCALAR, 1.0)
        valence = np.stack([tab["vader"] * sign, tab["diplomacy"] * sign], axis=1)
        marks = np.cumsum(tab["quote"]) - tab["quote"]  # quote marks before each token
        quoted = (marks[lay.a] - marks[lay.s0]) % 2 == 1 if n_t else np.zeros(0, bool)
        # pairs: every token that is not a target token, with its target
        i = np.flatnonzero((np.arange(len(seq)) < lay.a[seq]) | (np.arange(len(seq)) >= lay.b[seq]))
        t = seq[i]
        right = i >= lay.b[t]
        dist = np.where(right, i - lay.b[t] + 1, lay.a[t] - i)
        same = clause[i] == np.where(right, clause[lay.b[t] - 1], clause[lay.a[t]])
        other = _nearer_name(lay, tab)[i] < dist
        bucket = (right * len(DISTANCE_EDGES) + np.searchsorted(DISTANCE_EDGES, dist, side="right") - 1) * 2 + same
        bucket = bucket * 2 + other
        rows, cols = _sparse(t, tab["sparse"][i], bucket, negated[i])
        first = np.searchsorted(t, np.arange(n_t))
        counts = np.bincount(t, minlength=n_t)
        weights = _scope_weights(valence[i], right, dist, same, other)
        dense = self._pool(tab["vec"][i], valence[i], weights, first, counts)
        length = lay.s1 - lay.s0
        negation = np.bincount(t, weights=negated[i] & same, minlength=n_t) > 0
        extra = [np.log1p(length), (lay.a - lay.s0) / np.maximum(length, 1), lay.a == lay.s0, np.log1p(lay.b - lay.a)]
        extra = np.stack([*extra, quoted, negation], axis=1) if n_t else np.zeros((0, N_EXTRA))
        pairs = {"target": t, "vec": tab["vec"][i], "bucket": bucket, "valence": valence[i], "negated": negated[i]}
        dense = np.hstack([dense, extra]).astype(np.float32)
        # the networks read VADER's valence, or the diplomacy lexicon's where VADER has none (the table is on
        # VADER's scale and its words are rare in NewsMTSC: weights learned on VADER words carry over to them)
        either = np.where(valence[:, 0] != 0, valence[:, 0], valence[:, 1])
        tokens = _tokens(lay, tab["vec"], np.column_stack([either, valence[:, 1], negated]), i, bucket)
        return Batch(rows=rows, cols=cols, dense=dense, n_targets=n_t, pairs=pairs, tokens=tokens)

    def _empty(self) -> dict[str, np.ndarray]:
        """Per-token arrays of no tokens."""
        return {k: v[:0] for k, v in self._table.items()}

    def _pool(self, vec, valence, weights, first, counts) -> np.ndarray:
        """Averaged vectors and summed positive and negative valence over each scope."""
        known = vec != self._unknown
        emb = np.take(self.vectors_t, vec, axis=1)  # (dim, pairs) C-ordered: reduceat along rows is ~8x faster
        out = []
        for w in weights:
            wv = (w * known).astype(np.float32)
            norm = _segment_sum(wv[None, :], first, counts)
            out.append(_segment_sum(emb * wv, first, counts) / np.maximum(norm, 1e-9))
            val = (valence * w[:, None]).T
            out.append(_segment_sum(np.vstack([np.maximum(val, 0), np.minimum(val, 0)]), first, counts))
        return np.hstack(out)


def _tokens(lay: Layout, vec: np.ndarray, lex: np.ndarray, context: np.ndarray, bucket: np.ndarray) -> dict:
    """Each target's tokens within WINDOW of it, in sentence order, the target's own included.

    Per token: vector row, inputs (valence, negated, is-target), bucket (the pair's; TARGET_BUCKET for the
    target's tokens); per target: start and stop of its tokens in these arrays.
    """
    seq, pos = lay.seq, np.arange(len(lay.seq))
    keep = (pos >= lay.a[seq] - WINDOW) & (pos < lay.b[seq] + WINDOW)
    full = np.full(len(seq), TARGET_BUCKET, np.int64)
    full[context] = bucket
    inside = (pos >= lay.a[seq]) & (pos < lay.b[seq])
    inputs = np.column_stack([lex, inside]).astype(np.float32)[keep]
    start = np.searchsorted(seq[keep], np.arange(len(lay.a)))
    stop = start + np.bincount(seq[keep], minlength=len(lay.a))
    return {"vec": vec[keep], "inputs": inputs.reshape(-1, 4), "bucket": full[keep], "start": start, "stop": stop}


def _join_tokens(parts: list[dict]) -> dict:
    """The token arrays of several chunks, end to end (start and stop moved by the tokens before)."""
    offsets = np.cumsum([0] + [len(p["vec"]) for p in parts])
    out = {k: np.concatenate([p[k] for p in parts]) for k in ("vec", "inputs", "bucket")}
    for k in ("start", "stop"):
        out[k] = np.concatenate([p[k] + o for p, o in zip(parts, offsets)])
    return out


def _nearer_name(lay: Layout, tab: dict[str, np.ndarray]) -> np.ndarray:
    """Per token, its distance in tokens to the nearest other name of its sentence (a large number if none).

    A name is a capitalised word that does not open the sentence or follow a quotation mark, outside the target.
    A word nearer to another name than to the target is more likely said of that name ("praised the help of
    Austria, and condemned the attacks by Syria": "attacks" belongs to Syria).
    """
    n = len(lay.seq)
    pos = np.arange(n)
    s0, a, b, s1 = lay.s0[lay.seq], lay.a[lay.seq], lay.b[lay.seq], lay.s1[lay.seq]
    after_quote = np.concatenate([[True], tab["quote"][:-1]]) if n else np.zeros(0, bool)
    name = tab["capital"] & (pos > s0) & ~after_quote & ((pos < a) | (pos >= b))
    last = np.maximum.accumulate(np.where(name, pos, -1)) if n else pos
    nxt = np.minimum.accumulate(np.where(name, pos, n + 10**6)[::-1])[::-1] if n else pos
    big = 10**6
    left_d = np.where(last >= s0, pos - last, big)
    right_d = np.where(nxt < s1, nxt - pos, big)
    return np.minimum(left_d, right_d)


def _scope_weights(valence, right, dist, same, other) -> list[np.ndarray]:
    """Weight of each pair in each scope of :data:`SCOPES`."""
    near = dist <= 3
    return [
        np.ones(len(dist)),
        (~right) * 1.0,
        right * 1.0,
        (~right & near) * 1.0,
        (right & near) * 1.0,
        same * 1.0,
        np.abs(valence).sum(axis=1),
        1.0 / np.maximum(dist, 1),
        (~other) * 1.0,
    ]


def _sparse(t: np.ndarray, sid: np.ndarray, bucket: np.ndarray, negated: np.ndarray) -> tuple:
    """(target row, column) of the positional, unmarked and negated word features."""
    known = sid >= 0
    t, sid, bucket, negated = t[known], sid[known], bucket[known], negated[known]
    rows = np.concatenate([t, t, t[negated]])
    cols = np.concatenate([sid * N_BUCKETS + bucket, sid * N_BUCKETS + ANY, sid[negated] * N_BUCKETS + NEGATED])
    return rows, cols


def _segment_sum(x: np.ndarray, first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """(n, dim) sums of the columns first[j] : first[j] + counts[j] of the (dim, pairs) array ``x`` (empty: 0)."""
    out = np.zeros((len(first), x.shape[0]), dtype=np.float64)
    full = counts > 0
    if full.any():
        out[full] = np.add.reduceat(x, first[full], axis=1).T
    return out
