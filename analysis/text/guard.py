"""Keep a run over thousands of articles going when one article trips an extractor, and bound the work per article.

Every extractor runs each article through :meth:`ArticleErrors.run`, so the bounds live here, once:

- size: an article longer than ``MAX_CHARS`` is skipped by a step with one short line naming it (the run command,
  ``python -m analysis run``, cuts such articles into parts at paragraph boundaries first, see :func:`parts`);
- time: a step that takes longer than ``TIME_LIMIT`` seconds on one article is stopped and the article skipped
  (a timer signal, so only in a process's main thread on systems that have ``SIGALRM``; the regular-expression
  engine checks for signals while it matches, so a runaway match is stopped too).
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

# Quotes, the slowest stage, take about 1.4 s on 100,000 characters of wire copy and grow faster than the length
# (18 s on 400,000): past this size an article is cut into parts (run command) or skipped (direct calls).
MAX_CHARS = 100_000
MAX_PARTS = 20  # an article longer than this many parts (2 million characters by default) is skipped
TIME_LIMIT = 10.0  # seconds one step may take on one article
MAX_MESSAGE = 100  # characters of an error message kept: one short line, never a pattern or a text dump


class StepTimeout(Exception):
    """A step ran past the time limit on one article."""


@contextlib.contextmanager
def limits(max_chars: int | None = None, time_limit: float | None = None) -> Iterator[None]:
    """Set ``MAX_CHARS`` and ``TIME_LIMIT`` for the steps run inside the block (None keeps the current value)."""
    global MAX_CHARS, TIME_LIMIT
    old = MAX_CHARS, TIME_LIMIT
    MAX_CHARS = old[0] if max_chars is None else int(max_chars)
    TIME_LIMIT = old[1] if time_limit is None else float(time_limit)
    try:
        yield
    finally:
        MAX_CHARS, TIME_LIMIT = old


def _raise_timeout(signum: int, frame: Any) -> None:
    raise StepTimeout


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`StepTimeout` in the block after ``seconds`` (no limit where no timer signal can be used)."""
    usable = (
        seconds > 0
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # nobody else's timer is running
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, _raise_timeout)
    )
    if not usable:
        yield
        return
    signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def short(message: str) -> str:
    """The first line of a message, at most ``MAX_MESSAGE`` characters."""
    line = (str(message).strip().splitlines() or [""])[0]
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def text_length(args: tuple) -> int:
    """Length of the longest text among a step's arguments (the article's text)."""
    return max((len(a) for a in args if isinstance(a, str)), default=0)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’)]*\s+")


def _cut(text: str, start: int, limit: int) -> int:
    """Where the part that starts at ``start`` ends: the last paragraph break, else sentence end, else space."""
    end = start + limit
    if end >= len(text):
        return len(text)
    window = text[start:end]
    for pattern in (_PARAGRAPH_BREAK, _SENTENCE_BREAK):
        found = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
        if found:
            return start + found[-1]
    space = window.rfind(" ", limit // 4)
    return start + space + 1 if space > 0 else end


def parts(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the parts of a text, each at most ``limit`` characters (default ``MAX_CHARS``), cut at
    paragraph breaks where there are any (a paragraph longer than the limit at a sentence end or a space)."""
    limit = MAX_CHARS if limit is None else limit
    out, start = [], 0
    while start < len(text):
        end = _cut(text, start, limit)
        out.append((start, end))
        start = end
    return out or [(0, 0)]


def _short(error: str, width: int = 80) -> str:
    """An error as a short phrase: its first line, cut (a message may quote a long pattern or a whole text)."""
    line = str(error).splitlines()[0] if str(error) else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class ArticleErrors:
    """Runs a per-article step within the bounds, records what failed or was skipped, and reports it."""

    def __init__(self, task: str) -> None:
        self.task = task
        self.errors: list[dict] = []

    def _record(self, article_id: Any, kind: str, message: str) -> list:
        self.errors.append({"article_id": article_id, "error": short(message), "kind": kind})
        return []

    def run(self, article_id: Any, step: Callable[..., list], *args: Any) -> list:
        """``step(*args)``, or an empty list when the article is too long, the step runs out of time or raises
        (recorded in ``errors``, not lost)."""
        n = text_length(args)
        if n > MAX_CHARS:
            return self._record(article_id, "too long", f"{n:,} characters, over the limit of {MAX_CHARS:,}")
        try:
            with deadline(TIME_LIMIT):
                return step(*args)
        except StepTimeout:
            return self._record(article_id, "timeout", f"took over {TIME_LIMIT:g} s")
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the others
            return self._record(article_id, "error", f"{type(e).__name__}: {e}")

    def finish(self, df: pd.DataFrame) -> pd.DataFrame:
        """Attach the errors as ``df.attrs["errors"]`` and warn once, naming the articles."""
        df.attrs["errors"] = list(self.errors)
        if self.errors:
            shown = ", ".join(f"{e['article_id']} ({_short(e['error'])})" for e in self.errors[:5])
            more = f" and {len(self.errors) - 5} more" if len(self.errors) > 5 else ""
            warnings.warn(
                f"{self.task}: {len(self.errors)} article(s) could not be processed and have no rows: "
                f"{shown}{more}; please report them",
                stacklevel=3,
            )
        return df
