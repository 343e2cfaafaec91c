"""make report without TABLES runs `python -m analysis run` into a folder of its own first, so that a rerun after
adding articles analyses only the new ones (read with `make -n`: what make would run, nothing executed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _commands(*assignments: str) -> list[str]:
    """The commands of `make report` with ``assignments``, the set-up step left out."""
    venv = Path(sys.prefix)
    out = subprocess.run(
        ["make", "-n", "-s", "-o", f"{venv}/.installed", "-o", "fonts", "report", f"VENV={venv}", *assignments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.replace("\\\n", " ").splitlines() if "-m analysis" in line]


def test_make_report_runs_the_cached_run_command_into_the_folder_the_notebooks_read():
    run, report = _commands("ARTICLES=my articles", "RUN_TABLES=/tmp/my tables")
    assert '-m analysis run "my articles" --out "/tmp/my tables"' in run
    assert '--tables "/tmp/my tables"' in report


def test_tables_given_are_read_as_they_are_and_an_empty_run_folder_leaves_the_run_out():
    (report,) = _commands("ARTICLES=a", "TABLES=mine")  # no run: a folder of one's own is not rewritten
    assert '--tables "mine"' in report
    (report,) = _commands("ARTICLES=a", "RUN_TABLES=")
    assert '--tables ""' in report
