"""One run's output folders replace the last run's as a whole.

A run writes into new folders beside the final ones and swaps them in at the end: a chart not drawn this time is
gone with the old folder, and a run that is interrupted or crashes leaves the previous complete output as it was.
A folder is only replaced when a run made it (it holds the MARK file) or it is empty, so pointing FIGURES at a
folder of one's own never deletes it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..text.files import REPORT_MARK

MARK = REPORT_MARK  # written into every folder a run makes (and no folder of articles to read)
# Files a run carries over into the folder it swaps in: the repository's figures/.gitkeep, which keeps the folder
# in a fresh clone, is neither output to remove nor a user's file to protect
KEEP = (".gitkeep",)


class NotOurs(Exception):
    """The output folder holds files no report run wrote."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_replaceable(final: Path) -> None:
    """Raise NotOurs when ``final`` is a file, or a folder with files that no run wrote."""
    if final.is_file():
        raise NotOurs(f"{final} is a file, not a folder of outputs")
    if final.is_dir() and not (final / MARK).exists() and any(p.name not in KEEP for p in final.iterdir()):
        raise NotOurs(f"{final} holds files no report run wrote; choose a new or empty folder")


def staging(final: Path) -> Path:
    """A new empty folder beside ``final`` (same file system, so the swap is a rename), with normal mode."""
    final.parent.mkdir(parents=True, exist_ok=True)
    folder = final.parent / f".{final.name}.new-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    os.chmod(folder, 0o777 & ~_umask())
    (folder / MARK).write_text("written by analysis.report; replaced as a whole by the next run\n", encoding="utf-8")
    for name in KEEP:
        if (final / name).is_file():
            shutil.copy2(final / name, folder / name)
    return folder


def swap_in(new: Path, final: Path) -> None:
    """Put ``new`` where ``final`` is; the old folder is removed once the new one is in place."""
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        os.replace(final, old)
    os.replace(new, final)
    shutil.rmtree(old, ignore_errors=True)


def discard(folder: Path) -> None:
    """Remove a staging folder that will not be swapped in (an interrupted or refused run)."""
    shutil.rmtree(folder, ignore_errors=True)
