"""Score ``extract_quotes`` against a brat attribution corpus (PolNeAR or any corpus in that layout).

    python -m analysis.evaluate --polnear DIR [--misses N] [--speech-only]

Articles are read with ``load_articles`` (the loader users get: cleaning, boilerplate, ids), and the
cleaned text is aligned back to the raw ``.txt`` the annotations refer to: each cleaned paragraph is
found in the raw text with its whitespace folded (the loader only changes whitespace and removes whole
lines, titles and boilerplate; a paragraph it rewrote is aligned character by character), so every found
quote gets a raw offset. Gold attributions whose content
the loader removed are not scored and are counted on their own line.

Matching, one to one per article, nearest first: a found quote matches a gold attribution when it holds
the first eight words of the gold content, or the gold content holds the found quote's first 40
characters (case, quotation marks, whitespace and punctuation at word edges folded), and the two overlap
in the text (so a one-word content such as "me" or a surname is not matched by any quote that happens to
hold the word elsewhere; without an offset for the found quote the text rules alone decide). A found quote left
over that the content of an already matched attribution holds (the second half of a quote interrupted by
"he said", a quoted phrase inside matched reported speech) is a fragment: counted apart, not as an extra.
Speaker accuracy: among matched attributions whose gold source is named (not a pronoun), the share whose
found speaker holds a head word of the source: the last word of the source, or of an apposition to it,
before a relative clause or a preposition ("Jane Roe, a lawyer at a firm in Ohio, who ..." -> Roe,
lawyer; a parenthesis such as "(D-N.Y.)" left out), since PolNeAR sources run on past their head.
"""

from __future__ import annotations

import random
import re
import sys
import time
import warnings
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import takewhile
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from .brat import Attribution, BratDocument, read_corpus
from .matching import norm

HEAD_WORDS, HEAD_CHARS = 8, 40
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her they them their it its one who whom whose which that this these "
    "those myself ourselves yourself himself herself itself themselves someone somebody everyone everybody anyone "
    "anybody nobody".split()
)
OPENING_MARKS = "\"“‘«„'"
_EDGE = ".,;:!?()[]{}—–-…*"


def words(s: Any) -> list[str]:
    """Tokens of ``norm(s)`` with punctuation at their edges stripped (empty tokens dropped)."""
    return [w for w in (t.strip(_EDGE) for t in norm(s).split()) if w]


def fold(s: Any) -> str:
    """``words`` joined by one space: the form both matching rules compare."""
    return " ".join(words(s))


def content_matches(found: Any, gold: Any) -> bool:
    """The found quote holds the gold content's first eight words, or the gold content holds its first 40 characters."""
    f, g = fold(found), fold(gold)
    if not f or not g:
        return False
    head = " ".join(g.split()[:HEAD_WORDS])
    return f" {head} " in f" {f} " or f[:HEAD_CHARS] in g


# words that end a source's core phrase ("Brown of Ohio", "a spokesman for the campaign", "X, who ...")
_CUT = frozenset(
    "who whom whose which that of at for from in with on to by like including among during after before under "
    "over about as than based".split()
)
# "one of the aides", "some of them", "a group of senators": the head is after "of"
_QUANTIFIERS = frozenset(
    "one two three four five some many most all several few none both each any either neither half majority "
    "number group dozens hundreds thousands millions lot plenty".split()
)


def source_heads(source: Any) -> list[str]:
    """Head words of a source phrase: for each comma-separated part (an apposition: "Jane Roe, a lawyer"),
    the last word before a relative clause or a preposition, folded, "'s" dropped; parentheses left out.

    "Sen. Ann Lee (D-N.Y.)" -> ["lee"]; "Jane Roe, a lawyer at a firm" -> ["roe", "lawyer"];
    "one of his aides" -> ["aides"]; "he" -> ["he"].
    """
    s = re.sub(r"\([^()]*\)?", " ", str(source or ""))
    heads = []
    for part in re.split(r"[,;—–]| -- ", s):
        ws = words(re.sub(r"['’]s\b", "", part))
        if ws[:1] in (["a"], ["the"]) and len(ws) > 3 and ws[1] in _QUANTIFIERS and ws[2] == "of":
            ws = ws[3:]
        elif len(ws) > 2 and ws[0] in _QUANTIFIERS and ws[1] == "of":
            ws = ws[2:]
        if not ws or ws[0] in _CUT:  # a relative clause or a phrase ("like most economists"), not an apposition
            continue
        core = [ws[0], *takewhile(lambda w: w not in _CUT, ws[1:])]
        heads.append(core[-1])
    return heads


def is_pronoun_source(source: Any) -> bool:
    """A source that is a pronoun ("he", "some of them", "who"): excluded from speaker accuracy."""
    heads = source_heads(source)
    return not heads or heads[0] in PRONOUNS


def speaker_holds(speaker: Any, source: Any) -> bool:
    """The found speaker holds a head word of the gold source (of the source or of an apposition to it)."""
    have = set(words(re.sub(r"['’]s\b", "", str(speaker or ""))))
    return any(h in have for h in source_heads(source))


# Speech-like cues (``--speech-only``): the attributions the quote extractor is meant to find, as the project scopes
# quotes: speech and writing that report content (a clause, a quotation, a question), findings of documents and polls,
# questions and denials. Left out: beliefs, intentions, stances and actions ("thinks", "wants", "is expected to",
# "endorsed", "voted"), vague verbs ("made", "gave", "continued"), and speech acts whose object is a noun phrase or an
# infinitive ("criticized the plan", "praised X", "called for an inquiry", "cited a poll", "vowed to fight", "declined
# to comment"), which
# the conventions of the project's gold make optional (../shared/gold/CONVENTIONS.md). A gold cue is speech-like
# when one of its words, with an -s/-es/-ed/-d/-ing ending or "y" -> "ied" undone, is in this list, or when it is a
# colon ("X tweeted: ...").
SPEECH_CUES = frozenset(
    """say tell according add note suggest argue announce claim explain acknowledge declare insist warn recall state
    point predict admit reply respond remark comment assure assert emphasize emphasise concede reiterate boast answer
    stress joke allege disclose lament hint caution maintain contend brag speculate testify observe reaffirm proclaim
    counter confirm repeat retort quip agree complain remind accuse urge
    write tweet post publish email statement interview remarks comments testimony announcement
    ask question wonder inquire
    deny dispute
    show find report reveal conclude indicate estimate determine demonstrate forecast survey poll""".split()
)


def _lemmas(word: str) -> list[str]:
    """The word and what it may be with an inflection undone ("said" -> "said", ...; "tweeted" -> "tweet")."""
    out = [word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem + repl] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return out


_IRREGULAR_CUES = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
                   "found": "find", "shown": "show", "spoke": "speak", "spoken": "speak"}  # fmt: skip


def speech_cue(cue: Any) -> bool:
    """A gold cue of speech or writing (``SPEECH_CUES``): "said", "told reporters", "according to", "tweeted",
    "asked", "denied", "the poll found", a colon; not "thinks", "wants", "endorsed"."""
    text = str(cue or "").lower().replace("’", "'")
    toks = re.findall(r"[a-z]+", text)
    if not toks:
        return text.strip() == ":"
    return any(_IRREGULAR_CUES.get(t, t) in SPEECH_CUES or any(x in SPEECH_CUES for x in _lemmas(t)) for t in toks)


def is_quoted(text: str | None, att: Attribution) -> bool:
    """The gold content is inside quotation marks: it opens with a mark or right after one."""
    if not att.content:
        return False
    if text is None:
        return att.content_text.lstrip()[:1] in OPENING_MARKS
    s = att.content[0].start
    first = text[s : att.content[0].end].lstrip()
    before = text[:s].rstrip(" \t")[-1:]
    return first[:1] in OPENING_MARKS or (before != "" and before in OPENING_MARKS)


def align(raw: str, clean: str) -> list[int]:
    """For each character of ``clean``, its offset in ``raw`` (-1 where none).

    Paragraph by paragraph, in order, each cleaned paragraph is found in the raw text with all
    whitespace left out of both (the loader changes whitespace and drops whole lines, never words);
    a paragraph whose characters the loader changed is aligned character by character (difflib);
    a whitespace character takes the offset of the next character.
    """
    raw_pos = [i for i, c in enumerate(raw) if not c.isspace()]
    raw_ns = "".join(raw[i] for i in raw_pos)
    out = [-1] * len(clean)
    cursor = 0
    for m in re.finditer(r"\S[^\n]*(?:\n(?!\n)[^\n]*)*", clean):
        idx = [m.start() + k for k, c in enumerate(m.group()) if not c.isspace()]
        para = "".join(clean[i] for i in idx)
        hit = raw_ns.find(para, cursor)
        if hit < 0:
            hit = raw_ns.find(para)
        if hit >= 0:
            for k, i in enumerate(idx):
                out[i] = raw_pos[hit + k]
            cursor = hit + len(para)
            continue
        # the loader changed characters (a normalised quotation mark, a removed control character):
        # align the paragraph with the raw text after the cursor character by character
        window = raw_ns[cursor : cursor + len(para) + len(para) // 5 + 50]
        blocks = SequenceMatcher(None, para, window, autojunk=False).get_matching_blocks()
        if sum(b.size for b in blocks) < 0.8 * len(para):
            continue
        for b in blocks:
            for k in range(b.size):
                out[idx[b.a + k]] = raw_pos[cursor + b.b + k]
        last = [b for b in blocks if b.size]
        cursor += last[-1].b + last[-1].size if last else 0
    nxt = -1
    for i in range(len(clean) - 1, -1, -1):  # whitespace: the offset of the next mapped character
        if out[i] >= 0 and not clean[i].isspace():
            nxt = out[i]
        elif clean[i].isspace():
            out[i] = nxt
    return out


@dataclass
class ScoredArticle:
    """A scored article: the annotated document, the loader's text and the clean -> raw offset map."""

    doc: BratDocument
    clean: str
    to_raw: list[int]

    def raw_offset(self, i: int) -> int:
        return self.to_raw[i] if 0 <= i < len(self.to_raw) else -1

    def in_loaded_text(self, att: Attribution) -> bool:
        """True when the loader kept the first characters of the content (its first fragment's start)."""
        raw = self.doc.text or ""
        s = att.content[0].start
        while s < att.content[0].end and raw[s : s + 1].isspace():
            s += 1
        return s in self._kept

    def __post_init__(self) -> None:
        self._kept = {j for j in self.to_raw if j >= 0}


def load(folder: str | Path) -> tuple[list[BratDocument], pd.DataFrame, dict[str, ScoredArticle], list[str]]:
    """Documents, the articles as ``load_articles`` reads them, id -> ScoredArticle, and the ids the loader dropped."""
    from ..text.articles import load_articles

    docs = read_corpus(folder)
    with_text = [d for d in docs if d.text_path is not None]
    if not with_text:
        raise FileNotFoundError(f"{folder}: no annotated texts (expected text/ and attributions/, or .txt beside .ann)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped and duplicate files are listed below instead
        arts = load_articles([d.text_path for d in with_text])
    by_path = {str(d.text_path): d for d in with_text}
    scored: dict[str, ScoredArticle] = {}
    for aid, path, text in zip(arts["article_id"], arts["path"], arts["text"]):
        doc = by_path[path]
        scored[aid] = ScoredArticle(doc, text, align(doc.text or "", text))
    kept = {a.doc.article_id for a in scored.values()}
    dropped = [d.article_id for d in docs if d.article_id not in kept]
    return docs, arts, scored, dropped


def speaker_holds_last_word(speaker: Any, source: Any) -> bool:
    """The first rule: the found speaker holds the last word of the gold source."""
    last = words(re.sub(r"['’]s\b", "", str(source or "")))[-1:]
    return bool(last) and last[0] in set(words(re.sub(r"['’]s\b", "", str(speaker or ""))))


def match(
    scored: dict[str, ScoredArticle],
    quotes: pd.DataFrame,
    overlap: bool = False,
    one_to_one: bool = False,
    speech_only: bool = False,
) -> tuple[list[dict], dict[str, int]]:
    """Records of hits, misses, extras and fragments, and counts of gold attributions not scored.

    As the project first measured it (the defaults): a gold attribution is found when some found quote matches it, and
    a found quote is right when it matches some gold attribution. ``one_to_one`` pairs them one to one,
    nearest first (a found quote left over that a matched attribution holds is a fragment); ``overlap``
    also asks found and gold to overlap in the text. ``speech_only`` scores only gold attributions with a speech-like
    cue (``speech_cue``): the others are matched as before, but neither they nor the found quotes that match only
    them are counted (status "outside")."""
    by_art: dict[str, list[dict]] = {}
    for row in quotes.to_dict("records"):
        by_art.setdefault(str(row["article_id"]), []).append(row)
    records: list[dict] = []
    skipped = {"no_content": 0, "removed_by_loader": 0}
    for aid, art in scored.items():
        golds = []
        for att in art.doc.attributions:
            if not att.content or not fold(att.content_text):
                skipped["no_content"] += 1
            elif not art.in_loaded_text(att):
                skipped["removed_by_loader"] += 1
            else:
                golds.append(att)
        found = by_art.get(aid, [])
        for f in found:
            f["raw_start"] = art.raw_offset(int(f["start"]))
            f["raw_end"] = art.raw_offset(int(f["end"]) - 1) + 1 if f["raw_start"] >= 0 else 0
        records += _article_records(aid, art, golds, found, overlap, one_to_one)
    if speech_only:
        records = _speech_only(records)
    return records, skipped


def _candidate_pairs(golds: list, found: list[dict], overlap: bool) -> list[tuple[int, int, int]]:
    """(distance, gold index, found index) of every found quote that matches a gold attribution."""
    g_fold = [fold(g.content_text) for g in golds]
    g_head = [" " + " ".join(g.split()[:HEAD_WORDS]) + " " for g in g_fold]
    f_fold = [fold(f["quote"]) for f in found]
    return [
        (abs(f["raw_start"] - g.start) if f["raw_start"] >= 0 else 10**9, gi, fi)
        for gi, g in enumerate(golds)
        for fi, f in enumerate(found)
        if f_fold[fi]
        and (g_head[gi] in f" {f_fold[fi]} " or f_fold[fi][:HEAD_CHARS] in g_fold[gi])
        and (
            not overlap
            or f["raw_start"] < 0
            or any(f["raw_start"] < sp.end and sp.start < f["raw_end"] for sp in g.content)
        )
    ]


def _article_records(
    aid: str, art: ScoredArticle, golds: list, found: list[dict], overlap: bool, one_to_one: bool
) -> list[dict]:
    """The hit, miss, right, extra and fragment records of one article."""
    pairs = _candidate_pairs(golds, found, overlap)
    g_used: dict[int, int] = {}
    f_used: set[int] = set()
    for _, gi, fi in sorted(pairs):
        if gi not in g_used and (fi not in f_used or not one_to_one):
            g_used[gi] = fi
            f_used.add(fi)
    if not one_to_one:
        f_used |= {fi for _, _, fi in pairs}
    records = []
    matched: dict[int, list[dict]] = {}
    for _, gi, fi in pairs:
        matched.setdefault(gi, []).append(found[fi])
    for gi, g in enumerate(golds):
        rec = {"article_id": aid, "gold": g, "found": None, "quoted": is_quoted(art.doc.text, g), "art": art}
        rec["matched"] = matched.get(gi, [])
        if gi in g_used:
            f = found[g_used[gi]]
            rec.update(status="hit", found=f)
            if g.source and not is_pronoun_source(g.source_text):
                rec["speaker_ok"] = speaker_holds_last_word(f.get("speaker"), g.source_text)
                rec["speaker_head_ok"] = speaker_holds(f.get("speaker"), g.source_text)
        else:
            rec["status"] = "miss"
        records.append(rec)
    for fi, f in enumerate(found):
        quoted = f.get("kind") != "indirect"
        if fi in f_used:
            records.append({"article_id": aid, "gold": None, "found": f, "status": "right", "quoted": quoted})
            continue
        frag = any(i == fi and gi in g_used for _, gi, i in pairs)
        status = "fragment" if frag else "extra"
        records.append({"article_id": aid, "gold": None, "found": f, "status": status, "quoted": quoted, "art": art})
    return records


def _speech_only(records: list[dict]) -> list[dict]:
    """Gold of other cues out; a found quote that matched only such gold is "outside" (neither right nor extra)."""
    by_found: dict[int, list[bool]] = {}
    for r in records:
        for f in r.get("matched", ()):
            by_found.setdefault(id(f), []).append(speech_cue(r["gold"].cue_text))
    out = []
    for r in records:
        if r["gold"] is not None:
            if speech_cue(r["gold"].cue_text):
                out.append(r)
            continue
        kept = by_found.get(id(r["found"]))
        if kept is not None and not any(kept):
            r = {**r, "status": "outside"}
        out.append(r)
    return out


def score(
    records: list[dict], fragments_extra: bool = True, speaker_key: str = "speaker_ok"
) -> dict[str, dict[str, float]]:
    """Per group (all, quoted, reported): gold, found, hit, recall, precision, F1, speaker accuracy and n.
    ``fragments_extra``: a fragment of a matched attribution counts as an extra (the first rule)."""
    out = {}
    for group, keep in (
        ("all", lambda r: True),
        ("quoted", lambda r: r["quoted"]),
        ("reported", lambda r: not r["quoted"]),
    ):
        rs = [r for r in records if keep(r)]
        tp = sum(r["status"] == "hit" for r in rs)
        fn = sum(r["status"] == "miss" for r in rs)
        right = sum(r["status"] == "right" for r in rs)
        fp = sum(r["status"] == "extra" or (fragments_extra and r["status"] == "fragment") for r in rs)
        p = right / (right + fp) if right + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        sp = [r[speaker_key] for r in rs if speaker_key in r]
        out[group] = {
            "gold": tp + fn,
            "found": right + fp,
            "hit": tp,
            "recall": rec,
            "precision": p,
            "f1": f,
            "speaker_accuracy": sum(sp) / len(sp) if sp else 0.0,
            "speaker_n": len(sp),
            "fragments": sum(r["status"] == "fragment" for r in rs),
        }
    return out


def table(m: dict[str, dict[str, float]]) -> str:
    """The metrics as a fixed-width table."""
    head = f"{'':10}{'gold':>7}{'found':>7}{'hit':>7}{'recall':>8}{'precision':>10}{'F1':>7}{'speaker':>9}{'(n)':>7}"
    rows = [head]
    for g, v in m.items():
        rows.append(
            f"{g:10}{v['gold']:>7}{v['found']:>7}{v['hit']:>7}{v['recall']:>8.3f}{v['precision']:>10.3f}"
            f"{v['f1']:>7.3f}{v['speaker_accuracy']:>9.3f}{v['speaker_n']:>7}"
        )
    return "\n".join(rows)


def _snip(s: Any, n: int = 110) -> str:
    s = re.sub(r"\s+", " ", str(s or "")).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def print_examples(records: list[dict], n: int, out: TextIO | None = None, seed: int = 0) -> None:
    """Up to ``n`` random examples each of misses, extras and wrong speakers (for developers' terminals)."""
    out = out or sys.stdout
    rng = random.Random(seed)
    kinds = {
        "misses": [r for r in records if r["status"] == "miss"],
        "extras": [r for r in records if r["status"] == "extra"],
        "wrong speakers": [r for r in records if r.get("speaker_ok") is False],
    }
    for name, rs in kinds.items():
        print(f"\n{name} ({len(rs)}; {min(n, len(rs))} shown)", file=out)
        for r in rng.sample(rs, min(n, len(rs))):
            g, f = r["gold"], r["found"]
            print(f"- {r['article_id']}", file=out)
            if g is not None:
                print(f"    gold  {'quoted' if r['quoted'] else 'reported'} | source: {_snip(g.source_text, 40)!r}"
                      f" | cue: {_snip(g.cue_text, 30)!r}", file=out)  # fmt: skip
                print(f"          {_snip(g.content_text)!r}", file=out)
            if f is not None:
                print(f"    found {f.get('kind')} | speaker: {f.get('speaker')!r} | cue: {f.get('cue')!r}", file=out)
                print(f"          {_snip(f.get('quote'))!r}", file=out)


def evaluate_corpus(
    folder: str | Path, misses: int = 0, out: TextIO | None = None, speech_only: bool = False
) -> dict[str, dict[str, float]]:
    """Read, extract, match, print the table (and examples when ``misses``); return the metrics. ``speech_only``:
    only gold attributions whose cue is speech or writing are scored (``speech_cue``)."""
    out = out or sys.stdout
    from ..quotes import extract_quotes

    docs, arts, scored, dropped = load(folder)
    t0 = time.perf_counter()
    quotes = extract_quotes(arts)
    seconds = time.perf_counter() - t0
    records, skipped = match(scored, quotes, speech_only=speech_only)
    m = score(records)
    n_att = sum(len(d.attributions) for d in docs)
    doubles = sum(1 for d in docs if d.alternatives)
    print(f"{folder}: {len(docs)} annotated texts, {n_att} attributions", file=out)
    if speech_only:
        n_speech = sum(speech_cue(a.cue_text) for d in docs for a in d.attributions)
        print(f"  speech only: {n_speech} attributions whose cue is speech or writing are scored (SPEECH_CUES); found "
              "quotes that match only the others are not counted", file=out)  # fmt: skip
    if doubles:
        print(f"  {doubles} text(s) annotated more than once: the file of the first annotator id is scored", file=out)
    print("as first measured (first eight words / first 40 characters; speaker holds the source's last word):",
          file=out)  # fmt: skip
    print(table(m), file=out)
    strict_records, _ = match(scored, quotes, overlap=True, one_to_one=True, speech_only=speech_only)
    strict = score(strict_records, fragments_extra=False, speaker_key="speaker_head_ok")
    print("stricter: one to one, found and gold also overlap in the text (the second half of an interrupted quote "
          "is neither hit nor extra); "
          "speaker holds a head word of the source (\"Jane Roe, a lawyer in Ohio\" -> Roe, lawyer):", file=out)  # fmt: skip
    print(table(strict), file=out)
    print(
        f"not scored: {skipped['no_content']} attribution(s) without content, {skipped['removed_by_loader']} whose "
        f"content the loader removed (title, boilerplate), {len(dropped)} text(s) the loader skipped or merged",
        file=out,
    )
    m["strict"] = strict["all"]
    rate = len(arts) / seconds if seconds else float("inf")
    print(f"extract_quotes: {len(arts)} articles in {seconds:.2f} s ({rate:.0f} articles/s)", file=out)
    if misses:
        print_examples(records, misses, out)
    m["counts"] = {"articles": len(arts), "attributions": n_att, "seconds": seconds, **skipped, "dropped": len(dropped)}
    return m
