"""Shared fixtures: the seed articles (shipped in the repository) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # present in CI and on the developers' machines, not on a user's


@pytest.fixture(scope="session")
def seeds():
    """The two seed articles, loaded."""
    from analysis import load_articles

    return load_articles(SEEDS)


@pytest.fixture(scope="session")
def seed_text(seeds):
    """article id prefix -> cleaned text."""
    return {aid[:3]: text for aid, text in zip(seeds.article_id, seeds.text)}
