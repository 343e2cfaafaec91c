"""Error analysis of extract_quotes on PolNeAR train: why gold attributions are missed, why speakers are wrong.

    .venv/bin/python dev/polnear_errors.py [--train /work/polnear/data/train] [--examples N] [--speech-only]

Scoring as ``python -m analysis.evaluate --polnear`` (analysis/evaluate/polnear.py). Each miss and each wrong
speaker gets one category, the first that applies in the order below; counts go to the terminal (and
into dev/notes/polnear_baseline.md by hand). ``--examples N`` prints N examples of each category to the
terminal, for developers only: never paste them into committed files (PolNeAR texts may not be shared).
Train only: dev is kept for measurement.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "dev"))

from polnear_cues import CLASS_OF, PREPOSITIONS, Lemmatiser, cue_key, table_forms, tokens  # noqa: E402

from analysis.evaluate.attribution_match import PRONOUNS, source_heads, words  # noqa: E402
from analysis.evaluate.attribution_records import match  # noqa: E402
from analysis.evaluate.scored_articles import load  # noqa: E402
from analysis.quotes import extract_quotes  # noqa: E402
from analysis.text.words import CALENDAR, SENTENCE_OPENERS  # noqa: E402
from analysis.text.words import PREPOSITIONS as PREP_WORDS  # noqa: E402

NOUN_CUES = frozenset(
    """statement interview criticism endorsement view letter report speech remarks comment comments announcement
    response assertion allegation complaint argument proposal suggestion advice decision position message
    opinion estimate analysis poll survey study memo""".split()
)
DOCUMENT_WORDS = frozenset(
    """letter suit lawsuit statement report memo email e-mail complaint filing book ad advertisement tweet post video
    interview op-ed column article editorial poll survey study document release speech transcript footage
    documents emails records data ruling order brief motion petition indictment""".split()
)
OPENING = "\"“‘«'"


def miss_category(r: dict, lem: Lemmatiser, forms: set[str], found_spans: list[tuple[int, int]]) -> str:
    g, art = r["gold"], r["art"]
    raw = art.doc.text or ""
    key, head = cue_key(g.cue_text, lem)
    cls = CLASS_OF.get(key, "(unreviewed)")
    s, e = g.content[0].start, g.content[-1].end
    content = raw[s:e]
    before = raw[:s].rstrip(" " + OPENING)[-1:]
    if raw[s:e].lstrip().startswith("''") or raw[:s].rstrip(" ").endswith("''"):
        return "quotation marks typed as two apostrophes ('' ... '')"
    if any(fs < e and s < fe for fs, fe in found_spans):
        return "found, but the span differs (neither rule holds)"
    if "\n" in content.strip():
        return "quote over several paragraphs"
    if key == ":" or before == ":" or g.cue_text.rstrip().endswith(":"):
        return "colon introduction"
    if content.rstrip(" " + OPENING + "”’").endswith("?") or cls == "question":
        return "question"
    if cls == "belief/intention":
        return "belief or intention cue (thinks, wants, seems, expected)"
    if key in ("(empty)", "(punctuation)"):
        return "no cue word"
    if cls == "other":
        return "stance or action, not words (supports, endorsed, voted)"
    if cls == "(unreviewed)":
        return "rare cue (outside the keys that cover 90%)"
    if cls == "finding":
        return "finding of a document, poll, study (shows, found, reported)"
    if key == "according to" or key.split()[0] in PREPOSITIONS or key in NOUN_CUES:
        return "noun or prepositional cue (according to, in a statement)"
    if head.endswith("ing"):
        return "participle clause (..., saying / calling ...)"
    if r["quoted"]:
        return "quoted content, cue verb, not found"
    known = head in forms or (head and all(w in forms for w in [head]))
    if known:
        return "reported speech, cue in the table, content not found"
    return "reported speech, cue not in the table"


def reported_subtype(r: dict) -> str:
    """Finer split of 'reported speech, cue in the table, content not found'."""
    g, raw = r["gold"], r["art"].doc.text or ""
    s, e = g.content[0].start, g.content[-1].end
    cue_s = g.cue[0].start if g.cue else s
    content = raw[s:e]
    n = len(content.split())
    toks = tokens(content)
    caps = [w for w in content.split() if w[:1].isalpha()]
    if len(caps) >= 3 and sum(w[0].isupper() for w in caps) >= 0.8 * len(caps):
        return "headline in title case (X Slams Y On Z)"
    if cue_s > s:
        return "content before the cue (…, X said)"
    if n <= 3:
        return "content of three words or fewer (X said so / X said it)"
    if toks[:1] == ["that"]:
        return "'that' clause after the cue"
    if toks[:1] and toks[0] in {"to", "of", "for", "on", "about", "with"}:
        return "infinitive or prepositional object (urged X to, accused X of)"
    between = raw[g.cue[-1].end : s] if g.cue else ""
    if between.strip():
        return "words between cue and content (told reporters / said Tuesday)"
    if not g.source:
        return "clause right after the cue; no source (passive: 'it was announced')"
    heads = source_heads(g.source_text)
    if not heads or heads[0] in PRONOUNS:
        return "clause right after the cue; pronoun subject (he said, they say)"
    last = [w for w in re.findall(r"[\w'’.-]+", raw[g.source[0].start : g.source[-1].end])]
    if any(w[:1].isupper() for w in last[1:]) or (last and last[-1][:1].isupper()):
        return "clause right after the cue; named subject"
    return "clause right after the cue; common-noun subject (advocates, voters, the ad)"


def speaker_category(r: dict, lem: Lemmatiser, forms: set[str]) -> str:
    f, g = r["found"], r["gold"]
    sp = str(f.get("speaker") or "").strip()
    sw = sp.split()
    heads = source_heads(g.source_text)
    if not sp or sp.lower() == "nan":
        cue = str(f.get("cue") or "")
        gk = g.cue_text.strip()
        raw = r["art"].doc.text or ""
        before = raw[: g.content[0].start].rstrip(" " + OPENING)[-1:]
        if gk == ":" or before == ":" or gk.endswith(":"):
            return "no speaker: colon introduction"
        if gk.lower().split()[-1:] and gk.lower().split()[-1].endswith("ing") or cue.endswith("ing"):
            return "no speaker: participle clause"
        if "\n" in raw[g.content[0].start : g.content[-1].end].strip():
            return "no speaker: quote over several paragraphs"
        if g.cue and g.cue[0].start > g.content[-1].end and "\n" in raw[g.content[-1].end : g.cue[0].start]:
            return "no speaker: speaker in a later paragraph"
        _key, head = cue_key(g.cue_text, lem)
        if head in forms:
            return "no speaker: other, gold cue in the table"
        return "no speaker: other, gold cue not in the table (concluded, expressed ..., delivered a retort:)"
    if re.search(r"\b[RDI]-[A-Z][a-z]*\.?", sp):
        return "party-state tag (D-N.Y.)"
    if any(w.strip(".,") in CALENDAR for w in sw):
        return "month or weekday"
    first = sw[0].strip(".,").lower()
    if len(sw) <= 2 and (
        first in SENTENCE_OPENERS or first in PREP_WORDS or re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", sw[0])
    ):
        return "sentence opener or participle (Asked, After, But)"
    if sp.lower() in PRONOUNS:
        return "pronoun left unresolved"
    last = words(sp)[-1] if words(sp) else ""
    if last in DOCUMENT_WORDS and last not in heads:
        return "document word as speaker (letter, suit, report)"
    raw = r["art"].doc.text or ""
    inside = " ".join(raw[sp.start : sp.end] for sp in g.content)
    if sw and re.search(r"\b" + re.escape(sw[-1].strip(".,")) + r"\b", inside):
        return "nested: the found speaker speaks inside the gold content (the letter cited X saying ...)"
    gwords = set(words(re.sub(r"['’]s\b", "", g.source_text)))
    if set(words(sp)) & gwords:
        return "part of the source phrase, not its head (the Lee campaign -> Lee)"
    if not any(w[:1].isupper() for w in sw) and any(h[:1] for h in heads):
        return "a description where the source is another"
    return "another party named"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="/work/polnear/data/train")
    ap.add_argument("--examples", type=int, default=0, help="print N examples per category (terminal only)")
    ap.add_argument("--speech-only", action="store_true", help="only gold whose cue is speech or writing (SPEECH_CUES)")
    a = ap.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs, arts, scored, _dropped = load(a.train)
        quotes = extract_quotes(arts)
    records, _ = match(scored, quotes, speech_only=a.speech_only)
    vocab: set[str] = set()
    for d in docs:
        vocab |= set(tokens(d.text or ""))
    lem, forms = Lemmatiser(vocab), table_forms()
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in records:
        f = r["found"]
        if f is not None and f.get("raw_start", -1) >= 0:
            spans[r["article_id"]].append((f["raw_start"], f["raw_end"]))
    misses: dict[str, list[dict]] = defaultdict(list)
    sub: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        if r["status"] == "miss":
            cat = miss_category(r, lem, forms, spans[r["article_id"]])
            misses[cat].append(r)
            if cat.startswith("reported speech, cue in the table"):
                sub[reported_subtype(r)].append(r)
    wrong: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        if r.get("speaker_ok") is False:
            wrong[speaker_category(r, lem, forms)].append(r)
    n_miss = sum(len(v) for v in misses.values())
    print(f"misses: {n_miss}")
    by_q = Counter((c, r["quoted"]) for c, rs in misses.items() for r in rs)
    for cat, rs in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rs):6}  {len(rs) / n_miss:6.1%}  quoted {by_q[(cat, True)]:5}  {cat}")
    print("  reported speech, cue in the table, content not found, by construction:")
    for k, v in sorted(sub.items(), key=lambda kv: -len(kv[1])):
        print(f"    {len(v):6}  {k}")
    unknown = Counter(cue_key(r["gold"].cue_text, lem)[0] for r in misses["reported speech, cue not in the table"])
    print(
        "  cues of 'reported speech, cue not in the table':", ", ".join(f"{k} {v}" for k, v in unknown.most_common(30))
    )
    n_wrong = sum(len(v) for v in wrong.values())
    n_scored = sum(1 for r in records if "speaker_ok" in r)
    print(f"wrong speakers: {n_wrong} of {n_scored} scored")
    for cat, rs in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rs):6}  {len(rs) / n_wrong:6.1%}  {cat}")
    if a.examples:
        rng = random.Random(0)
        for title, groups in (("MISSES", misses), ("CUE IN THE TABLE, NOT FOUND", sub), ("WRONG SPEAKERS", wrong)):
            print(f"\n=== {title} (terminal only, do not commit) ===")
            for cat, rs in groups.items():
                print(f"\n## {cat}")
                for r in rng.sample(rs, min(a.examples, len(rs))):
                    g, f = r["gold"], r["found"]
                    print(f"  - src {g.source_text[:40]!r} cue {g.cue_text[:30]!r} | {g.content_text[:110]!r}")
                    if f is not None:
                        print(
                            f"    found speaker {f.get('speaker')!r} cue {f.get('cue')!r} | {str(f.get('quote'))[:90]!r}"
                        )


if __name__ == "__main__":
    main()
