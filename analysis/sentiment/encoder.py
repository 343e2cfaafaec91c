"""The fine-tuned target-sentiment encoder: an int8 ONNX all-MiniLM-L6-v2 in analysis/data/encoder, run with onnxruntime.

scripts/build_encoder.py trains it (torch, on NewsMTSC), exports and quantizes it and writes model.onnx,
tokenizer.json and CARD.md; here it is only read, so the run time needs numpy, onnxruntime and tokenizers alone.
The model reads a sentence pair: the sentence with the target wrapped in [unused0] ... [unused1], then the
mention, and gives logits for negative, neutral, positive. Scores are banded as the numpy model's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from .model import THRESHOLD, banded_score

ENCODER_DIR = Path(__file__).resolve().parents[1] / "data" / "encoder"
MARKS = ("[unused0]", "[unused1]")  # as in training (scripts/encoder_train.py): unused vocabulary ids 1 and 2
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
BATCH = 32


def mark(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The pair the model reads: the sentence with the target wrapped in the marks, and the mention."""
    return f"{sentence[:start]}{MARKS[0]}{sentence[start:end]}{MARKS[1]}{sentence[end:]}", sentence[start:end]


def _softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class EncoderModel:
    """The int8 encoder and its tokenizer; the onnxruntime session is opened on first use, once."""

    def __init__(self, path: Path = ENCODER_DIR, threads: int = 1, threshold: float = THRESHOLD) -> None:
        """Read the tokenizer of ``path`` (model.onnx is opened lazily)."""
        from tokenizers import Tokenizer

        self.path = Path(path)
        self.threads = threads
        self.threshold = threshold
        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self.tokenizer.no_padding()  # padded here, per batch of similar length
        self._session = None

    @property
    def session(self):
        """The onnxruntime session: one thread per process unless asked otherwise."""
        if self._session is None:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            self._session = ort.InferenceSession(
                str(self.path / "model.onnx"), opts, providers=["CPUExecutionProvider"]
            )
        return self._session

    def _run(self, encodings: list) -> np.ndarray:
        """Logits of one batch of encodings, zero-padded to its longest."""
        width = max(len(e.ids) for e in encodings)
        x = {k: np.zeros((len(encodings), width), dtype=np.int64) for k in INPUTS}
        for row, e in enumerate(encodings):
            n = len(e.ids)
            x["input_ids"][row, :n] = e.ids
            x["token_type_ids"][row, :n] = e.type_ids
            x["attention_mask"][row, :n] = 1
        return self.session.run(["logits"], x)[0]

    def proba(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """(n, 3) probabilities of negative, neutral, positive for (sentence, start, end) targets."""
        out = np.zeros((len(targets), 3), dtype=np.float32)
        if not len(targets):
            return out
        enc = self.tokenizer.encode_batch([mark(s, int(a), int(b)) for s, a, b in targets])
        order = np.argsort([len(e.ids) for e in enc], kind="stable")
        for i in range(0, len(order), BATCH):
            idx = order[i : i + BATCH]
            out[idx] = _softmax(self._run([enc[j] for j in idx]))
        return out

    def scores(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """Score in [-1, 1] for every (sentence, start, end) target: see :func:`.model.banded_score`."""
        if not len(targets):
            return np.zeros(0)
        return banded_score(self.proba(targets), self.threshold)


def load_encoder(path: Path = ENCODER_DIR, threads: int = 1) -> EncoderModel:
    """The encoder in ``path`` (model.onnx, tokenizer.json), run on ``threads`` threads."""
    return EncoderModel(Path(path), threads)


@lru_cache(maxsize=1)
def shipped_encoder() -> EncoderModel:
    """The encoder shipped in analysis/data/encoder, loaded once per process."""
    return load_encoder()
