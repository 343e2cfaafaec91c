"""The run command's quick check: an unchanged folder is told up to date before pandas is imported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from analysis.run import quick
from analysis.run.pipeline import Settings, run
from analysis.text.files import find_files, outside

QUIET = dict(jobs=1, progress=False)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A copy of the seed articles."""
    shutil.copytree(SEEDS, tmp_path / "in")
    return tmp_path / "in"


def test_an_unchanged_rerun_is_quick_and_a_changed_file_is_not(folder, tmp_path):
    out = tmp_path / "out"
    first = run(folder, out, Settings(**QUIET))
    assert first.written and not first.quick
    again = run(folder, out, Settings(**QUIET))
    assert again.quick and again.articles == first.articles and not again.written
    story = next(folder.glob("*.txt"))
    story.write_text(story.read_text(encoding="utf-8") + "\n\nJapan said on Monday it agreed.\n", encoding="utf-8")
    changed = run(folder, out, Settings(**QUIET))
    assert not changed.quick and changed.analysed == 1 and changed.written


def test_other_settings_or_a_missing_table_are_not_up_to_date(folder, tmp_path):
    out = tmp_path / "out"
    s = Settings(**QUIET)
    run(folder, out, s)
    files = outside(find_files(folder), [out, out / ".cache"])
    key, done = quick.check(files, out, s)
    assert done
    assert not quick.check(files, out, Settings(formats=("csv",), **QUIET))[1]  # another key
    assert quick.run_key(files, ["max_chars=5"]) != key
    (out / "quotes.csv").unlink()
    assert not quick.check(files, out, s)[1]


def test_a_run_with_a_timeout_leaves_no_quick_key(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr("analysis.run.pipeline.stage_problems", lambda *a: [dict(stage="quotes", kind="timeout")])
    run(folder, out, Settings(**QUIET))
    assert quick.up_to_date(out, "", [], []) is False
    assert (out / "manifest.json").read_text().count('"quick": null') == 1


def test_the_command_line_answers_without_importing_pandas(folder, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analysis", "run", str(folder), "--out", str(out), "-q", "--jobs", "1"]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    probe = (
        "import runpy, sys; sys.argv = ['analysis', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('analysis', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('pandas' in sys.modules, 'nltk' in sys.modules)"
    )
    second = subprocess.run([sys.executable, "-c", probe, *command[3:]], capture_output=True, text=True, cwd=ROOT)
    assert "none changed" in second.stdout and "up to date" in second.stdout
    assert second.stdout.strip().endswith("False False")
