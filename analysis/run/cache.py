"""The run's cache: what each stage found in each article, kept until the article or the stage's rules change.

Keys.
- An article's key is the SHA-256 of what the stages read of it: its text, publication date and dateline country
  (not its id or file name, so a renamed file is not analysed again).
- A stage's version is the SHA-256 of the package version, the library versions that shape results (numpy,
  pandas, nltk), the limits of the run, and the bytes of every source file and rule table the stage reads: the
  module of its public function and every ``analysis`` module that one imports, followed through the imports,
  and every file of ``analysis/data`` whose name appears in those modules (a data file named in no module is
  counted in every stage, so a table read under a computed name still invalidates). Changing
  ``cue_verbs.csv`` thus makes new quotes and stance, and keeps sentences, mentions, figures and sentiment.
- A file read by the loader is keyed by its path, its bytes and the loader's version, the same way.

Layout (folder ``.cache`` in the output folder unless ``--cache`` says otherwise)::

    files/<loader version>/<segment>.parquet             the loader's records of each file read
    <table>/<stage version>/<segment>.parquet            rows, with the article's key and the row's rank
    <table>/<stage version>/<segment>.done.parquet       the keys of the articles done, and their problems

A segment is written whole under a temporary name and renamed, rows before the list of keys done, so an
interrupted run leaves whole segments only and the next run resumes from them. Versions other than the current
one are removed at the end of a run.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..paths import DATA
from .quick import PACKAGE, environment, package_files

RETRIED = frozenset({"timeout"})  # problems that depend on the machine's load, not the article: tried again


# --- versions ------------------------------------------------------------------------------------


def _module_file(name: str) -> Path | None:
    """The source file of an ``analysis`` module or package, or None (found on disk: nothing is imported)."""
    base = Path(DATA).parent.joinpath(*name.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if name.startswith(PACKAGE) and path.is_file():
            return path
    return None


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement of a body and of the bodies nested in it (imports are statements: no expression is read)."""
    for node in body:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                yield from _statements(inner)


@cache
def _imports(name: str, path: Path) -> frozenset[str]:
    """The ``analysis`` modules a module imports (at its top or inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _statements(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}  # "from . import datelines"
    # the package itself imports everything: reached only through its named modules
    return frozenset(m for m in found if m.startswith(PACKAGE + ".") and _module_file(m))


@cache
def module_closure(name: str) -> tuple[Path, ...]:
    """Source files of a module and of every ``analysis`` module it imports, transitively, sorted."""
    seen: dict[str, Path] = {}
    todo = [name]
    while todo:
        mod = todo.pop()
        path = _module_file(mod)
        if mod in seen or path is None:
            continue
        seen[mod] = path
        todo += sorted(_imports(mod, path) - set(seen))
    return tuple(sorted(set(seen.values())))


@lru_cache(maxsize=1)
def _unnamed_data() -> tuple[Path, ...]:
    """Data files whose name appears in no module of the package."""
    sources = " ".join(p.read_text(encoding="utf-8") for p in Path(DATA).parent.rglob("*.py"))
    return tuple(sorted(f for f in Path(DATA).iterdir() if f.is_file() and f.name not in sources))


def files_read(modules: Iterable[str]) -> list[Path]:
    """The source files and data files that the given modules read (see the module docstring)."""
    code = sorted({p for m in modules for p in module_closure(m)})
    text = " ".join(p.read_text(encoding="utf-8") for p in code)
    data = [f for f in sorted(Path(DATA).iterdir()) if f.is_file() and f.name in text]
    # a folder of data (the encoder's model and tokenizer) counts whole when code names it
    data += [
        f for d in sorted(Path(DATA).iterdir()) if d.is_dir() and f'"{d.name}"' in text for f in sorted(d.iterdir())
    ]
    return code + sorted(set(data) | set(_unnamed_data()))


def _digest_files(paths: Iterable[Path], extra: Iterable[str] = ()) -> str:
    h = hashlib.sha256()
    for item in extra:
        h.update(item.encode() + b"\0")
    root = Path(DATA).parent
    for p in paths:
        h.update(str(p.relative_to(root.parent) if p.is_relative_to(root.parent) else p.name).encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:16]


def version(modules: Iterable[str], settings: Iterable[str] = ()) -> str:
    """A short digest of the files the modules read, the environment and the run's settings."""
    return _digest_files(files_read(modules), [*environment(), *settings])


def versions(named: dict[str, list[str]], settings: Iterable[str], memo: Path) -> dict[str, str]:
    """:func:`version` of each name's modules, the lists of files they read remembered in the file ``memo``.

    Finding which files a stage reads means parsing every module's imports (about half a second a run); the lists
    are kept while every file of the package has the size and modification time it had, and the version is still
    the digest of those files' bytes."""
    env, root = environment(), Path(DATA).parent
    signature = _signature(env)
    known = _read_memo(memo, signature)
    out, before = {}, len(known)
    for name, modules in named.items():
        wanted = " ".join(sorted(modules))
        if wanted not in known:
            known[wanted] = [p.relative_to(root).as_posix() for p in files_read(modules)]
        out[name] = _digest_files([root / f for f in known[wanted]], [*env, *settings])
    if len(known) != before:
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_name(f".{memo.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps({"signature": signature, "files": known}), encoding="utf-8")
        os.replace(tmp, memo)
    return out


def _signature(env: list[str]) -> str:
    """A digest of the environment and of the name, size and modification time of every file of the package."""
    h = hashlib.sha256("\0".join(env).encode())
    for p in package_files():
        st = p.stat()
        h.update(f"{p.relative_to(Path(DATA).parent).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:32]


def _read_memo(memo: Path, signature: str) -> dict[str, list[str]]:
    """The remembered lists of files, if ``memo`` was written for this signature (else none)."""
    try:
        data = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    ok = isinstance(data, dict) and data.get("signature") == signature and isinstance(data.get("files"), dict)
    return dict(data["files"]) if ok else {}


def article_key(text: str, published, dateline_country) -> str:
    """The key of an article: a digest of its text, publication date and dateline country."""
    day = "" if published is None or pd.isna(published) else pd.Timestamp(published).isoformat()
    place = dateline_country if isinstance(dateline_country, str) else ""
    return hashlib.sha256(f"{day}\x1f{place}\x1f{text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


# --- segments ------------------------------------------------------------------------------------


def write_segment(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name, then rename it (whole or not at all)."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def read_segments(paths: list[Path], **kw) -> pa.Table | None:
    """The segments concatenated (None if there are none); a segment that cannot be read is left out."""
    tables = []
    for p in paths:
        try:
            tables.append(pq.read_table(p, **kw))
        except (OSError, pa.ArrowException):
            continue  # removed by a run that compacted, or damaged: its articles are analysed again
    return pa.concat_tables(tables, promote_options="permissive") if tables else None


class StageCache:
    """The rows of one table for one stage version: which articles are done, their problems, their rows."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.owner: dict[str, str] = {}  # article key -> the segment that holds its rows
        self.problems: dict[str, list[tuple[str, str]]] = {}
        for done in sorted(folder.glob("*.done.parquet")):
            seg = done.name.removesuffix(".done.parquet")
            table = read_segments([done])
            if table is not None and (folder / f"{seg}.parquet").exists():
                self._mark(seg, *(table.column(c).to_pylist() for c in ("_key", "kind", "detail")))

    def _mark(self, seg: str, keys: list[str], kinds: list, details: list) -> None:
        """Record the articles of a segment as done (those with a problem that is tried again are not)."""
        for key, kind, detail in zip(keys, kinds, details):
            if kind in RETRIED or self.owner.setdefault(key, seg) != seg:
                continue
            if kind:
                self.problems.setdefault(key, []).append((kind, detail))

    def add(self, rows: pd.DataFrame, keys: dict[str, str], problems: list[dict]) -> None:
        """Store the rows of the articles ``keys`` (article id -> key) and their problems as one segment."""
        from .store import arrow_table

        self.folder.mkdir(parents=True, exist_ok=True)
        seg = uuid.uuid4().hex[:16]
        ids = rows["article_id"].astype(object).to_numpy()
        body = rows.drop(columns=["article_id"]).reset_index(drop=True)
        body.insert(0, "_key", [keys[a] for a in ids])
        body.insert(1, "_rank", rows.groupby(ids, sort=False).cumcount().to_numpy())
        write_segment(arrow_table(body), self.folder / f"{seg}.parquet")
        listed = [(keys[p["article_id"]], p["kind"], p["detail"]) for p in problems if p["article_id"] in keys]
        with_problem = {p["article_id"] for p in problems}
        listed += [(key, None, None) for aid, key in keys.items() if aid not in with_problem]
        columns = [list(c) for c in zip(*listed)] if listed else [[], [], []]
        done = pa.table(dict(zip(("_key", "kind", "detail"), columns)), schema=DONE_SCHEMA)
        write_segment(done, self.folder / f"{seg}.done.parquet")
        self._mark(seg, *columns)

    def rows(self, wanted: dict[str, tuple[str, int]]) -> pa.Table | None:
        """The rows of the articles ``wanted`` (key -> article id and position), in article order, with
        article_id as the first column; None when no segment holds any."""
        by_segment: dict[str, list[str]] = {}
        for key in wanted:
            if key in self.owner:
                by_segment.setdefault(self.owner[key], []).append(key)
        tables = [
            t
            for seg, keys in sorted(by_segment.items())
            if (t := read_segments([self.folder / f"{seg}.parquet"], filters=pc.field("_key").isin(keys))) is not None
        ]
        if not tables:
            return None
        table = pa.concat_tables(tables, promote_options="permissive")
        found = table.column("_key").to_pylist()
        table = table.append_column("_pos", pa.array([wanted[k][1] for k in found], pa.int64()))
        table = table.append_column("article_id", pa.array([wanted[k][0] for k in found], pa.string()))
        table = table.sort_by([("_pos", "ascending"), ("_rank", "ascending")])
        rest = [c for c in table.column_names if c not in ("_key", "_rank", "_pos", "article_id")]
        return table.select(["article_id", *rest])

    def drop_other_versions(self) -> None:
        """Remove the folders of this table's other versions (the current one is kept)."""
        siblings = self.folder.parent.iterdir() if self.folder.parent.is_dir() else []
        for other in siblings:
            if other.is_dir() and other != self.folder:
                shutil.rmtree(other, ignore_errors=True)


DONE_SCHEMA = pa.schema([("_key", pa.string()), ("kind", pa.string()), ("detail", pa.string())])
