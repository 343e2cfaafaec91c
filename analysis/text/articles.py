"""Load articles (text, Markdown, HTML, JSON, JSON lines, CSV) into one DataFrame, one row per article.

Every later table's offsets refer to the ``text`` column built here: the body with boilerplate
removed and paragraphs separated by one blank line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from . import datelines
from .cleaning import clean_body, plain_words
from .countries import day_of
from .dates import parse_date
from .files import HTML_SUFFIXES, RECORD_SUFFIXES, find_files
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

# A cap on the work per article: a news story runs to 2,000-40,000 characters; a text far past that is a book,
# a feed dump or a file concatenated by mistake, and would hold up every extractor. What is past it is not read.
MAX_ARTICLE_CHARS = 200_000


class ArticleError(ValueError):
    """A file that cannot be read as an article (the reason is the message)."""


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
                    # json's own message ends "starting at" and leaves the place to its position fields
                    where = f"{e.msg.removesuffix(' at')} at column {e.colno}"
                    skipped.append({"path": str(path), "reason": f"line {n}: not JSON ({where})"})
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
    if doc.title and paras and plain_words(paras[0]) == plain_words(doc.title):
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
