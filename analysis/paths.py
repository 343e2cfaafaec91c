"""Every project path, built from one root, so notebooks, papermill and pytest agree."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIGURES = ROOT / "figures"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
PACKAGE_DIR = Path(__file__).resolve().parent
DATA = PACKAGE_DIR / "data"
# Shared by the developers' checkouts, not shipped: the Reuters-21578 corpus the dev gold files refer to
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
