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

The stages: scored_articles (load and align), attribution_match (the content and speaker rules), speech_cues
(``--speech-only``), attribution_records (hits, misses, extras, fragments), attribution_scores (metrics, table,
examples); this module runs them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from .attribution_records import match
from .attribution_scores import print_examples, score, table
from .scored_articles import load
from .speech_cues import speech_cue


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
