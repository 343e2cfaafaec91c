"""What a run of ``python -m analysis run`` is asked to do (:class:`Settings`) and what it did (:class:`Report`).

Standard library only: the command line builds these before it knows whether pandas is needed at all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..sentiment.choice import DEFAULT_SENTIMENT
from ..text.guard import MAX_CHARS, MAX_PARTS, TIME_LIMIT
from .layout import FORMATS, STAGE_TABLES


@dataclass
class Settings:
    """What the command line sets (see ``python -m analysis run --help``)."""

    jobs: int = 0  # 0: every core this process may use
    limit: int | None = None
    tables: tuple[str, ...] = STAGE_TABLES
    cache: Path | None = None  # None: <out>/.cache
    max_chars: int = MAX_CHARS
    max_parts: int = MAX_PARTS
    time_limit: float = TIME_LIMIT
    formats: tuple[str, ...] = FORMATS
    progress: bool = True
    dask: str | None = None  # a scheduler address, or "local"
    sentiment: str = DEFAULT_SENTIMENT  # the sentiment model: "encoder" or "fast"

    def workers(self) -> int:
        """The number of worker processes: ``jobs``, or every core this process may use."""
        if self.jobs and self.jobs > 0:
            return self.jobs
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class Report:
    """What a run did, printed at its end and kept in the manifest."""

    files: int = 0
    files_cached: int = 0
    articles: int = 0
    analysed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    written: bool = False
    quick: bool = False  # told up to date by analysis.quick, nothing else read
    skipped: list[dict] = field(default_factory=list)  # files the loader could not read: path, reason
    truncated: list[dict] = field(default_factory=list)  # texts read only up to the loader's cap: path, reason
    problem_kinds: dict[str, int] = field(default_factory=dict)  # rows of the problems table by kind
