"""The records of one scoring run: each gold attribution hit or missed, each found quote right, extra or a fragment."""

from __future__ import annotations

import pandas as pd

from .attribution_match import HEAD_CHARS, HEAD_WORDS, fold, is_pronoun_source, speaker_holds, speaker_holds_last_word
from .brat import Attribution
from .scored_articles import ScoredArticle
from .speech_cues import speech_cue

OPENING_MARKS = "\"“‘«„'"


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
