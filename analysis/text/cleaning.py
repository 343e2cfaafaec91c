"""Article bodies cleaned: boilerplate, headers, repeated titles and sign-offs removed, paragraphs split.

Every later table's offsets refer to the text built here: paragraphs separated by one blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import DATA
from .dates import leading_date
from .rule_tables import read_table

MAX_TRAILING, MAX_TRAILING_WORDS = 4, 80
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INDENTED = re.compile(r"[ \t]+\S")
_REUTERS = re.compile(r"reuters?\W*", re.I)
_NON_WORD = re.compile(r"\W+")
_DOMAIN = re.compile(r"\b([A-Z0-9][\w-]*\.(?:com|net|org|co\.uk|news|info|tv))\b", re.I)


@lru_cache(maxsize=1)
def _wire_credit() -> re.Pattern:
    """ "(Reuters) -" at the start of a body: the wire services of data/organisations.csv."""
    wires = [r["name"] for r in read_table("organisations.csv") if r["kind"] == "wire"]
    return re.compile(r"\((" + "|".join(map(re.escape, wires)) + r")\)\s*[-—–]")


@dataclass(frozen=True)
class Boilerplate:
    """Compiled boilerplate rules from data/boilerplate.csv."""

    line: re.Pattern
    prefix: re.Pattern
    trailing: re.Pattern
    suffix: re.Pattern
    headers: tuple

    @classmethod
    def load(cls, path: Path = DATA / "boilerplate.csv") -> Boilerplate:
        """Read the rules table."""
        rows = read_table(path)

        def alt(scope: str) -> re.Pattern:
            pats = [r["pattern"] for r in rows if r["scope"] == scope]
            return re.compile("^(?:" + "|".join(f"(?:{p})" for p in pats) + ")$", re.I)

        def edge(scope: str, fmt: str) -> re.Pattern:
            return re.compile(fmt.format("|".join(f"(?:{r['pattern']})" for r in rows if r["scope"] == scope)), re.I)

        headers = tuple(re.compile(f"^(?:{r['pattern']})$", re.I) for r in rows if r["scope"] == "header")
        return cls(alt("line"), edge("prefix", "^(?:{})"), alt("trailing"), edge("suffix", "(?:{})$"), headers)


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    """The shipped rules, read once (read-only)."""
    return Boilerplate.load()


# --- paragraphs --------------------------------------------------------------------------------


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: short lines that mostly stop mid-sentence (a wire or e-mail layout)."""
    widths = [len(l.rstrip()) for l in lines[:-1]]
    if not widths or max(widths) > 90:
        return False
    open_ends = sum(1 for l in lines[:-1] if not _SENTENCE_END.search(l.rstrip()))
    return open_ends >= max(1, len(widths) / 2)


def split_paragraphs(raw: str) -> list[str]:
    """Paragraphs of a plain-text body.

    Blank lines always separate paragraphs. Inside a block, a line that starts indented opens a
    paragraph (the wire layout); hard-wrapped lines are joined; otherwise, as in scraped pages
    that keep one paragraph a line, each line is a paragraph.
    """
    raw = _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    for block in _BLANK_LINE.split(raw):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        indented = [i for i, l in enumerate(lines) if i and _INDENTED.match(l)]
        if indented:
            starts = [0, *indented]
        elif _is_wrapped(lines):
            starts = [0]
        else:
            starts = list(range(len(lines)))
        for a, b in zip(starts, [*starts[1:], len(lines)]):
            para = " ".join(l.strip() for l in lines[a:b])
            if para:
                out.append(para)
    return out


# --- cleaning ----------------------------------------------------------------------------------


@dataclass
class Cleaned:
    """A cleaned body and the metadata found while cleaning."""

    text: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


def _strip_header_lines(raw: str, rules: Boilerplate, found: Cleaned) -> str:
    """Drop leading metadata lines ("Published: ...") line by line, keeping their date or publisher."""
    rest = raw.lstrip("\ufeff")
    while True:
        line, sep, after = rest.lstrip().partition("\n")
        m = next((h.match(line.strip()) for h in rules.headers if h.match(line.strip())), None)
        if not line.strip() or m is None:
            return rest
        groups = m.groupdict()
        date = groups.get("date")
        if date is not None:
            date = leading_date(date)
            if date is None:
                return rest  # "Posted prices rose ...": a sentence, not a date line
        found.published = found.published or date
        found.publisher = found.publisher or groups.get("publisher")
        rest = after


def _strip_trailing_lines(raw: str, rules: Boilerplate, found: Cleaned) -> str:
    """Drop short boilerplate lines at the very end ("ejkim@yna.co.kr" / "(END)"), line by line.

    Done before paragraphs are built because such lines often follow each other with no blank line,
    and joined they match no rule.
    """
    lines = raw.rstrip().split("\n")
    for _ in range(MAX_TRAILING):
        last = lines[-1].strip() if lines else ""
        if not last or len(last.split()) > MAX_TRAILING_WORDS or not rules.trailing.match(last):
            break
        if _REUTERS.fullmatch(last):
            break  # the wire sign-off also names the publisher: left to the paragraph pass
        if _DOMAIN.search(last) and not found.publisher:  # "Join GhanaStar.com to ...": the site
            found.publisher = _DOMAIN.search(last).group(1)
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
    return "\n".join(lines)


def _looks_like_title(p: str) -> bool:
    return len(p) <= 200 and len(p.split()) <= 25 and not _SENTENCE_END.search(p)


def clean_body(raw: str, title: str | None = None, find_title: bool = True) -> Cleaned:
    """Body text with headers, repeated titles and boilerplate removed; metadata kept."""
    rules = boilerplate()
    found = Cleaned(text="", title=title)
    raw = _strip_trailing_lines(_strip_header_lines(raw, rules, found), rules, found)
    paras = split_paragraphs(raw)
    # a title stands alone, a blank line after it; a short first line of a block is a table row or a lead
    alone = {b.strip() for b in _BLANK_LINE.split(raw) if b.strip() and "\n" not in b.strip()}
    # leading titles
    while paras:
        p = paras[0]
        if p.startswith("#") and find_title and found.title is None:  # Markdown heading
            found.title = p.lstrip("#").strip()
            paras.pop(0)
        elif find_title and found.title is None and len(paras) > 1 and p in alone and _looks_like_title(p):
            found.title = p
            paras.pop(0)
        elif found.title and plain_words(p) == plain_words(found.title):  # a title repeated by the page
            paras.pop(0)
        else:
            break
    paras = [rules.prefix.sub("", p, count=1) for p in paras]
    paras = [p for p in paras if p and not rules.line.match(p)]
    # promotions are short: a long final paragraph is the story, whatever words it holds
    for _ in range(MAX_TRAILING):
        if not (paras and len(paras[-1].split()) <= MAX_TRAILING_WORDS and rules.trailing.match(paras[-1])):
            break
        p = paras.pop()
        if _REUTERS.fullmatch(p):
            found.publisher = found.publisher or "Reuters"
        elif _DOMAIN.search(p) and not found.publisher:
            found.publisher = _DOMAIN.search(p).group(1)
    if paras and (m := rules.suffix.search(paras[-1])):
        paras[-1] = paras[-1][: m.start()]
        if m.groupdict().get("publisher"):  # the wire's "REUTER" sign-off names Reuters
            found.publisher = found.publisher or "Reuters"
    if paras and not found.publisher:
        wire = _wire_credit().search(paras[0][:120])
        found.publisher = wire.group(1) if wire else None
    found.text = "\n\n".join(paras)
    return found


def plain_words(s: str) -> str:
    """Lower-case words of ``s`` joined by single spaces (to compare a title with a paragraph)."""
    return _NON_WORD.sub(" ", s).strip().lower()
