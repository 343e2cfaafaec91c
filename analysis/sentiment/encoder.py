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

from ..paths import DATA
from .model import THRESHOLD, banded_score

ENCODER_DIR = DATA / "encoder"
MARKS = ("[unused0]", "[unused1]")  # as in training (scripts/encoder_train.py): unused vocabulary ids 1 and 2


# The model reads 128 tokens at most (truncated from the right): a longer "sentence" (a run-on paragraph, a table)
# is cut to this many characters on each side of the target first, at a space, so the target is always read.
WINDOW = 300


def mark(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The pair the model reads: the sentence with the target wrapped in the marks, and the mention."""
    left, right = sentence[:start], sentence[end:]
    if len(left) > WINDOW:
        left = left[-WINDOW:].partition(" ")[2]
    if len(right) > WINDOW:
        right = right[:WINDOW].rpartition(" ")[0]
    return f"{left}{MARKS[0]}{sentence[start:end]}{MARKS[1]}{right}", sentence[start:end]


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
        self.tokenizer.no_padding()  # each target runs alone (see proba)
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

    def _logits(self, encoding) -> np.ndarray:
        """Logits of one target (one row: no padding)."""
        x = {
            "input_ids": np.asarray([encoding.ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(encoding.ids)), dtype=np.int64),
            "token_type_ids": np.asarray([encoding.type_ids], dtype=np.int64),
        }
        return self.session.run(["logits"], x)[0][0]

    def proba(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """(n, 3) probabilities of negative, neutral, positive for (sentence, start, end) targets.

        Each target runs alone: dynamic int8 quantization scales activations over the whole input tensor, so in a
        batch a target's score would depend on its batch-mates (and a run's tables on how its articles were
        chunked); alone it is the same in every run. One at a time is as fast as batches of 32 here (measured:
        206 against 214 targets/s on one core)."""
        out = np.zeros((len(targets), 3), dtype=np.float32)
        if not len(targets):
            return out
        encodings = self.tokenizer.encode_batch([mark(s, int(a), int(b)) for s, a, b in targets])
        logits = np.stack([self._logits(e) for e in encodings])
        return _softmax(logits)

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
