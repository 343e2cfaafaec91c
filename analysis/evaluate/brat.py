"""Read attribution annotations in brat standoff (PolNeAR, PARC-style corpora) into typed records.

A corpus is either a folder with ``text/`` and ``attributions/`` (the PolNeAR layout) or a folder of
``.ann`` files with their ``.txt`` next to them. One annotation file per text is read; a text annotated
more than once (PolNeAR's agreement articles: ``<stem>_<annotator>.ann``) is read from the file whose
annotator id sorts first, so a run is reproducible (PolNeAR names no canonical annotation, and its own
software picks one at random). The other files are listed in ``BratDocument.alternatives``.

Lines the reader does not understand are skipped with one warning per file; it never raises on content.
Offsets are those of the ``.txt`` as stored (brat counts characters of the file as it is, line ends
included), and the text of each role is read from the ``.txt`` (the fragments of a discontinuous span
joined by a space, as brat does), or from the ``.ann`` when no text is found.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("source", "cue", "content")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)((?: \S+:\S+)*)\s*$")
_IGNORED = re.compile(r"^(?:#|[RAMN*]\d*\t)")  # notes, relations, attributes, normalisations: valid, unused
_ANNOTATOR = re.compile(r"^(?P<stem>.+)_(?P<annotator>[^_]+)$")


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets [start, end) into the article's raw text."""

    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: who (source), the attributing words (cue) and what (content).

    ``source`` is empty for PolNeAR's "Attribution-no-source"; every role may hold several spans
    (a discontinuous brat span, or a second content part such as "Content2").
    """

    article_id: str
    id: str
    label: str
    source: tuple[Span, ...]
    source_text: str
    cue: tuple[Span, ...]
    cue_text: str
    content: tuple[Span, ...]
    content_text: str
    annotator: str | None = None

    @property
    def start(self) -> int | None:
        """Start of the content (None when the attribution has none)."""
        return self.content[0].start if self.content else None

    @property
    def end(self) -> int | None:
        """End of the content (None when the attribution has none)."""
        return self.content[-1].end if self.content else None


@dataclass
class BratDocument:
    """One annotated text: its id, raw text (None if not found), the annotation file read and its attributions."""

    article_id: str
    text: str | None
    ann_path: Path
    text_path: Path | None
    annotator: str | None
    attributions: list[Attribution] = field(default_factory=list)
    alternatives: list[Path] = field(default_factory=list)


def _spans(s: str) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in (part.split() for part in s.split(";")))


def parse_ann(
    ann: str, text: str | None = None, article_id: str = "", annotator: str | None = None, name: str = "<ann>"
) -> list[Attribution]:
    """Attributions of one ``.ann`` file's content (``text``: the raw article text the offsets refer to).

    Text-bound lines (T) are collected, then every event (E) whose type starts with "Attribution" becomes
    an :class:`Attribution`. Flags such as "Discuss" or "Discard" (T lines no event uses), notes (#) and
    other valid brat lines are ignored; a malformed line, an offset outside the text or an event role
    naming no span is skipped and reported in one warning.
    """
    spans, events, problems = _read_lines(ann, text)
    out = []
    for n, eid, etype, args in events:
        label = etype.split(":", 1)[0]
        if label.startswith("Attribution"):
            fields = _role_fields(n, eid, args, spans, text, problems)
            out.append(Attribution(article_id=article_id, id=eid, label=label, annotator=annotator, **fields))
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        warnings.warn(f"{name}: {len(problems)} line(s) skipped: " + "; ".join(problems[:3]) + more, stacklevel=2)
    return out


_Spans = dict[str, tuple[tuple[Span, ...], str]]
_Event = tuple[int, str, str, list[tuple[str, str]]]


def _read_lines(ann: str, text: str | None) -> tuple[_Spans, list[_Event], list[str]]:
    """The text-bound spans (T) and events (E) of an ``.ann`` file, and the problems of its bad lines."""
    spans: _Spans = {}
    events: list[_Event] = []
    problems: list[str] = []
    last_t: tuple[str, int] | None = None  # a span's text may hold a line break: its rest is on the next line
    in_note = False
    for n, line in enumerate(ann.splitlines(), 1):
        if last_t is not None and not (_T_LINE.match(line) or _E_LINE.match(line) or _IGNORED.match(line)):
            tid, expected = last_t  # the rest of the previous span's text, after a line break
            sp, t = spans[tid]
            spans[tid] = (sp, t + "\n" + line)
            last_t = (tid, expected) if len(spans[tid][1]) < expected else None
            continue
        if not line.strip() or _IGNORED.match(line):
            last_t, in_note = None, line.startswith("#")
            continue
        if m := _T_LINE.match(line):
            tid, sp = m.group(1), _spans(m.group(3))
            if any(s.end < s.start for s in sp) or (text is not None and any(s.end > len(text) for s in sp)):
                problems.append(f"line {n}: span {m.group(3)} outside the text or reversed")
                last_t = None
                continue
            spans[tid], in_note = (sp, m.group(4)), False
            expected = sum(s.end - s.start for s in sp) + len(sp) - 1
            last_t = (tid, expected) if len(m.group(4)) < expected else None
        elif m := _E_LINE.match(line):
            args = [tuple(a.split(":", 1)) for a in m.group(3).split()]
            events.append((n, m.group(1), m.group(2), args))
            last_t, in_note = None, False
        elif not in_note:  # (a note's text may run over several lines)
            problems.append(f"line {n}: not brat standoff ({line[:40]!r})")
    return spans, events, problems


def _role_fields(
    n: int, eid: str, args: list[tuple[str, str]], spans: _Spans, text: str | None, problems: list[str]
) -> dict:
    """The source, cue and content spans (and their text) of one attribution event."""
    roles: dict[str, list[tuple[Span, ...]]] = {r: [] for r in ROLES}
    for role, tid in args:
        base = role.rstrip("0123456789").lower()
        if base not in roles:
            continue  # the trigger ("Attribution:T4") and any role this reader does not know
        if tid not in spans:
            problems.append(f"line {n}: {eid} {role} names {tid}, which is not a span")
            continue
        roles[base].append(spans[tid][0])
    fields = {}
    for role in ROLES:
        sp = tuple(sorted(s for group in roles[role] for s in group))
        if text is not None:
            joined = " ".join(text[s.start : s.end] for s in sp)
        else:
            joined = " ".join(spans[t][1] for r, t in args if r.rstrip("0123456789").lower() == role and t in spans)
        fields[role], fields[role + "_text"] = sp, joined
    return fields


def _read_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as f:  # offsets count the file's own line ends
        return f.read()


def _article_of(ann: Path, texts: dict[str, Path]) -> tuple[str, str | None]:
    """(article id, annotator) of an .ann file: its stem, or its stem less a final "_<annotator>"."""
    if ann.stem in texts or not (m := _ANNOTATOR.match(ann.stem)):
        return ann.stem, None
    if m["stem"] in texts:
        return m["stem"], m["annotator"]
    return ann.stem, None


def read_corpus(folder: str | Path) -> list[BratDocument]:
    """Every annotated text of a brat attribution corpus, one document per text, sorted by article id.

    ``folder`` holds ``text/`` and ``attributions/`` (PolNeAR), or ``.ann`` files with their ``.txt``
    beside them (searched recursively). A text with several annotation files is read from the first by
    annotator id (the others are kept in ``alternatives``); an ``.ann`` without a text is read on its own
    (role texts from the ``.ann``) with a warning.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"No such folder of brat annotations: {folder}")
    if (folder / "attributions").is_dir():
        anns = sorted((folder / "attributions").glob("*.ann"))
        text_dir = folder / "text"
        texts = {p.stem: p for p in sorted(text_dir.glob("*.txt"))} if text_dir.is_dir() else {}
    else:
        anns = sorted(folder.rglob("*.ann"))
        texts = {p.stem: p for p in sorted(folder.rglob("*.txt"))}
    groups: dict[str, list[tuple[str | None, Path]]] = {}
    for ann in anns:
        aid, annotator = _article_of(ann, texts)
        groups.setdefault(aid, []).append((annotator, ann))
    docs, no_text = [], []
    for aid in sorted(groups):
        files = sorted(groups[aid], key=lambda x: (x[0] or "", str(x[1])))
        annotator, ann = files[0]
        tpath = texts.get(aid)
        text = _read_text(tpath) if tpath else None
        if text is None:
            no_text.append(aid)
        try:
            content = _read_text(ann)
        except (OSError, UnicodeDecodeError) as e:
            warnings.warn(f"{ann}: unreadable ({e}); skipped", stacklevel=2)
            continue
        atts = parse_ann(content, text, article_id=aid, annotator=annotator, name=str(ann))
        docs.append(BratDocument(aid, text, ann, tpath, annotator, atts, [p for _, p in files[1:]]))
    if no_text:
        warnings.warn(f"{len(no_text)} annotation file(s) without a text, e.g. {no_text[0]}", stacklevel=2)
    return docs
