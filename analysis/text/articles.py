"""Load articles (text, Markdown, HTML, JSON, JSON lines, CSV) into one DataFrame, one row per article.

Every later table's offsets refer to the ``text`` column built here: the body with boilerplate
removed and paragraphs separated by one blank line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pandas as pd
from dateutil import parser as dateparser

from ..paths import DATA
from . import datelines
from .countries import day_of
from .files import HTML_SUFFIXES, RECORD_SUFFIXES, find_files
from .rule_tables import read_table
from .sentences import paragraph_spans

ARTICLE_COLUMNS = [
    "article_id", "path", "title", "published", "publisher", "dateline", "dateline_country", "text", "n_words",
]  # fmt: skip

# Field names that JSON/CSV exports use, most specific first.
TEXT_FIELDS = ("text", "body", "content", "article", "story", "full_text", "maintext", "description")
TITLE_FIELDS = ("title", "headline", "head", "name")
DATE_FIELDS = (
    "published",
    "date",
    "published_at",
    "publish_date",
    "pubdate",
    "date_publish",
    "datetime",
    "timestamp",
    "created_at",
    "time",
)
ID_FIELDS = ("article_id", "id", "doc_id", "uid", "guid", "uuid", "newid", "key")
DATELINE_FIELDS = ("dateline", "place_line")
PUBLISHER_FIELDS = ("publisher", "source", "outlet", "site", "sitename", "source_domain", "domain")

MAX_TRAILING, MAX_TRAILING_WORDS = 4, 80
MAX_SKIPPED_WORDS = 2  # words beside a header's date ("at", a time zone dateutil does not know)
MAX_DATE_WORDS = 9  # a header's date is at most this many words ("Saturday, 13 July 2019, 10:42 a.m. GMT")
# A cap on the work per article: a news story runs to 2,000-40,000 characters; a text far past that is a book,
# a feed dump or a file concatenated by mistake, and would hold up every extractor. What is past it is not read.
MAX_ARTICLE_CHARS = 200_000
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")
_TIME_WITH_DOT = re.compile(
    r"(?<![:\d.])\b([01]?\d|2[0-3])\.([0-5]\d)\b(?=\s*(?:[AaPp]\.?[Mm]\b|GMT|BST|UTC|CET|[A-Z]{2,4}\b|$))"
)
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


class ArticleError(ValueError):
    """A file that cannot be read as an article (the reason is the message)."""


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
            date = _leading_date(date)
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


_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)}
_WIRE_DATE = re.compile(
    r"(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{4}) "
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def _looks_like_date(s: str) -> bool:
    """A short string that names a month or is written as a numeric date, and parses with at most
    ``MAX_SKIPPED_WORDS`` words left over (more are a sentence that names a month: "prices rose in March")."""
    if _iso_or_wire(s.strip()) is not None:
        return True
    if len(s.split()) > MAX_DATE_WORDS or not (_MONTH.search(s) or _NUMERIC_DATE.search(s)):
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            _, skipped = dateparser.parse(_TIME_WITH_DOT.sub(r"\1:\2", s), fuzzy_with_tokens=True)
        except (ValueError, OverflowError, TypeError):
            return False
    return sum(len(_WORD.findall(t)) for t in skipped) <= MAX_SKIPPED_WORDS


def _leading_date(s: str) -> str | None:
    """The date a header line gives: all of ``s``, or its longest first words that read as a date
    ("27-MAR-1987 07:27:59.04 junk" -> "27-MAR-1987 07:27:59.04"); None when no first words do."""
    if _looks_like_date(s):
        return s
    words = s.split()[:MAX_DATE_WORDS]
    for n in range(len(words) - 1, 0, -1):
        if _looks_like_date(" ".join(words[:n])):
            return " ".join(words[:n])
    return None


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
        elif found.title and _norm(p) == _norm(found.title):  # a title repeated by the page
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


def _norm(s: str) -> str:
    return _NON_WORD.sub(" ", s).strip().lower()


def parse_date(value) -> pd.Timestamp:
    """A timestamp from the usual forms (ISO, 'Sat, July 13, 2019', '26-FEB-1987 15:01:01.79'); NaT if none."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return pd.NaT
    if isinstance(value, (int, float)) and 1e8 < value < 1e11:  # Unix seconds
        return pd.Timestamp(int(value), unit="s")
    text = str(value).strip()
    try:
        ts = pd.Timestamp(_iso_or_wire(text) or _parse_any(text))
    except (ValueError, OverflowError, TypeError):
        return pd.NaT
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.as_unit("ns")


def _iso_or_wire(text: str) -> datetime | None:
    """ISO 8601 or the wire's "26-FEB-1987 15:01:01.79", read by exact rules; None for any other form.

    dateutil reads these too, but its general parser takes about 0.3 ms a date, the largest part of loading a
    feed of short stories; these two forms cover most feeds and read the same either way."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    m = _WIRE_DATE.fullmatch(text)
    if m is None or m["month"].lower() not in _MONTHS:
        return None
    day, year, hour, minute, second = (int(m[g]) for g in ("day", "year", "hour", "minute", "second"))
    micro = int((m["fraction"] or "0").ljust(6, "0"))
    return datetime(year, _MONTHS[m["month"].lower()], day, hour, minute, second, micro)  # ValueError if no such day


def _parse_any(text: str) -> datetime:
    """Any other form, through dateutil's fuzzy parser ("Sat, July 13, 2019 07.15 GMT")."""
    text = _TIME_WITH_DOT.sub(r"\1:\2", text)  # "07.15 GMT", as British sites write times
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dateparser.parse(text, fuzzy=True)


# --- reading files -----------------------------------------------------------------------------


def decode(data: bytes, name: str = "") -> str:
    """Text from bytes: UTF-8, UTF-8 with BOM, then charset detection; ArticleError if none fits."""
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("binary file (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("undecodable bytes (not UTF-8, no other encoding detected)")
    text = str(best)
    if sum(not (c.isprintable() or c.isspace()) for c in text) > len(text) / 20:
        raise ArticleError("binary file")
    return text


def _lower(record: dict) -> dict:
    """The record with its field names in lower case (exports write "Text", "TITLE", "text")."""
    return {str(k).lower(): v for k, v in record.items()}


def _pick(lower: dict, fields: Iterable[str]):
    """The first of ``fields`` that holds a value in a record whose names are in lower case (see _lower)."""
    for f in fields:
        v = lower.get(f)
        if v is not None and not (isinstance(v, float) and pd.isna(v)) and str(v).strip():
            return v
    return None


def _records(path: Path, text: str, skipped: list[dict]) -> list[dict]:
    """The records of a CSV, JSON or JSON lines text; a JSON line that cannot be read is added to ``skipped``."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(csv.DictReader(io.StringIO(text)))
    if suffix in {".jsonl", ".ndjson"}:
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    skipped.append({"path": str(path), "reason": f"line {n}: not JSON ({e.msg})"})
                    continue
                if not isinstance(out[-1], dict):
                    skipped.append(
                        {"path": str(path), "reason": f"line {n}: a JSON {type(out.pop()).__name__}, not a record"}
                    )
        return out
    data = json.loads(text)
    if isinstance(data, dict):
        for key in ("articles", "data", "items", "records", "results", "docs"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    if isinstance(data, list):
        return data
    raise ArticleError("JSON holds neither a record nor a list of records")


def _from_record(rec: dict, path: Path, row: int) -> dict | None:
    if not isinstance(rec, dict):
        return None
    rec = _lower(rec)
    body = _pick(rec, TEXT_FIELDS) or ""  # an empty record is reported as skipped, not dropped silently
    title = _pick(rec, TITLE_FIELDS)
    cleaned = clean_body(str(body), title=str(title) if title else None, find_title=False)
    rid = _pick(rec, ID_FIELDS)
    return {
        "article_id": str(rid) if rid is not None else f"{path.stem}-{row}",
        "path": str(path),
        "title": cleaned.title,
        "published": parse_date(_pick(rec, DATE_FIELDS) or cleaned.published),
        "publisher": _pick(rec, PUBLISHER_FIELDS) or cleaned.publisher,
        "dateline": _pick(rec, DATELINE_FIELDS),
        "text": cleaned.text,
    }


def _from_html(html: str, path: Path) -> dict:
    # trafilatura is maintained and handles real pages (navigation, comments, metadata);
    # hand-written tag stripping would keep menus and footers.
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        # keep the time of day and prefer the original publication date over an update
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no article text found in the HTML")
    paras = [p for p in doc.text.split("\n") if p.strip()]
    if doc.title and paras and _norm(paras[0]) == _norm(doc.title):
        paras = paras[1:]
    cleaned = clean_body("\n\n".join(paras), title=doc.title, find_title=False)
    return {
        "title": doc.title,
        "published": parse_date(doc.date or cleaned.published),
        "publisher": doc.sitename or cleaned.publisher,
        "text": cleaned.text,
    }


def read_file(path: Path, skipped: list[dict] | None = None) -> list[dict]:
    """Article records from one file (several for JSON lists, JSON lines and CSV); unreadable JSON lines are
    added to ``skipped`` (path and reason) and the others kept."""
    skipped = [] if skipped is None else skipped
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"unreadable ({e.strerror or e})") from e
    text = decode(data, str(path))
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        try:
            recs = _records(path, text, skipped)
        except (json.JSONDecodeError, csv.Error) as e:
            raise ArticleError(f"not valid {suffix[1:].upper()} ({e})") from e
        out = [r for i, rec in enumerate(recs) if (r := _from_record(rec, path, i)) is not None]
        if not any(r["text"] for r in out) and not any(
            isinstance(rec, dict) and _pick(_lower(rec), TEXT_FIELDS) for rec in recs
        ):
            raise ArticleError("no record with a text-like field (" + ", ".join(TEXT_FIELDS[:4]) + ", ...)")
        return out
    if suffix in HTML_SUFFIXES:
        return [{"article_id": path.stem, "path": str(path), **_from_html(text, path)}]
    cleaned = clean_body(text)
    return [
        {
            "article_id": path.stem,
            "path": str(path),
            "title": cleaned.title,
            "published": parse_date(cleaned.published),
            "publisher": cleaned.publisher,
            "text": cleaned.text,
        }
    ]


def _add_dateline(r: dict) -> None:
    """The record's dateline field, else one that opens the body (the text is left as it is), and its country."""
    found = datelines.from_field(str(r["dateline"])) if r.get("dateline") else None
    found = found or datelines.in_text(r["text"], paragraph_spans(r["text"])[:4])
    r["dateline"] = found.text if found else None
    r["dateline_country"] = datelines.place_country(found.place, day_of(r.get("published"))) if found else None


def _cap(r: dict, max_chars: int, truncated: list[dict]) -> None:
    """Cut the record's text at the last paragraph break before ``max_chars`` (at ``max_chars`` when none)."""
    text = r["text"]
    cut = text.rfind("\n", 0, max_chars)
    cut = cut if cut > max_chars // 2 else max_chars
    truncated.append({"path": r["path"], "article_id": r["article_id"], "chars": len(text), "kept": cut})
    r["text"] = text[:cut].rstrip()


def read_articles(path: Path) -> list[dict]:
    """The records of one file as ``load_articles`` keeps them, with their dateline and its country; a line that
    could not be read is a record holding only ``skipped`` (path and reason). The run command caches this."""
    skipped: list[dict] = []
    rows = read_file(path, skipped)
    for r in rows:
        if r["text"].strip():
            _add_dateline(r)
    return rows + [{"skipped": d} for d in skipped]


def _unique(rows: list[dict], skipped: list[dict], max_chars: int) -> tuple[list[dict], list[dict], list[dict]]:
    """The records with a body, each text once, ids made unique and long texts cut; the duplicates and the cut
    ones (records without a body are added to ``skipped``)."""
    truncated: list[dict] = []
    kept, duplicates, seen_text, seen_id = [], [], {}, {}
    for r in rows:
        if not r["text"].strip():
            skipped.append({"path": r["path"], "reason": f"record {r['article_id']}: no body text"})
            continue
        digest = hashlib.sha1(r["text"].encode("utf-8")).hexdigest()
        if digest in seen_text:
            duplicates.append({"path": r["path"], "article_id": r["article_id"], "same_as": seen_text[digest]})
            continue
        aid = r["article_id"]
        n = seen_id.get(aid, 0) + 1
        seen_id[aid] = n
        if n > 1:  # the same stem in two folders, or a repeated id
            r["article_id"] = f"{aid}-{n}"
        seen_text[digest] = r["article_id"]
        if len(r["text"]) > max_chars:
            _cap(r, max_chars, truncated)
        r["n_words"] = len(r["text"].split())
        kept.append(r)
    return kept, duplicates, truncated


def load_articles(
    source, max_chars: int = MAX_ARTICLE_CHARS, read: Callable[[Path], list[dict]] = read_articles
) -> pd.DataFrame:
    """One row per article: article_id, path, title, published, publisher, dateline, dateline_country, text,
    n_words.

    Unreadable, empty, binary or undecodable files are skipped with a warning and listed in
    ``df.attrs["skipped"]`` (dicts with path and reason); identical texts are kept once and listed
    in ``df.attrs["duplicates"]``; a text longer than ``max_chars`` is read up to there and listed in
    ``df.attrs["truncated"]``, with one warning naming it. Input files are only read. ``read`` reads one file
    (:func:`read_articles`; the run command passes one that caches what it read).
    """
    rows: list[dict] = []
    skipped: list[dict] = []
    for path in find_files(source):
        try:
            for r in read(path):
                if "skipped" in r:
                    skipped.append(r["skipped"])
                else:
                    rows.append(r)
        except (ArticleError, UnicodeDecodeError) as e:
            reason = str(e) if isinstance(e, ArticleError) else "undecodable bytes"
            skipped.append({"path": str(path), "reason": reason})
    kept, duplicates, truncated = _unique(rows, skipped, max_chars)
    if skipped:
        shown = "; ".join(f"{d['path']}: {d['reason']}" for d in skipped[:5])
        more = f" (and {len(skipped) - 5} more; see df.attrs['skipped'])" if len(skipped) > 5 else ""
        warnings.warn(f"skipped {len(skipped)} file(s), record(s) or line(s): {shown}{more}", stacklevel=2)
    if duplicates:
        shown = ", ".join(f"{d['article_id']} (= {d['same_as']})" for d in duplicates[:5])
        warnings.warn(
            f"{len(duplicates)} article(s) identical to another were loaded once: {shown}"
            + (" ..." if len(duplicates) > 5 else ""),
            stacklevel=2,
        )
    for t in truncated:
        warnings.warn(
            f"{t['article_id']} is {t['chars']:,} characters long; only its first {t['kept']:,} are read", stacklevel=2
        )
    df = pd.DataFrame(kept, columns=ARTICLE_COLUMNS)
    for column in ("title", "publisher", "dateline", "dateline_country"):
        # pandas 3 stores text as its string dtype, where a missing value shows as NaN: keep None
        df[column] = pd.Series([r[column] for r in kept], index=df.index, dtype=object)
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    df["n_words"] = df["n_words"].astype("int64")
    df.attrs["skipped"] = skipped
    df.attrs["duplicates"] = duplicates
    df.attrs["truncated"] = truncated
    return df
