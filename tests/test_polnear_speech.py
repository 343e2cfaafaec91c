"""The PolNeAR scorer's speech-only measure (issue 25): which gold cues count as speech or writing."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from analysis.evaluate.cli import main
from analysis.evaluate.speech_cues import speech_cue

CORPUS = Path(__file__).parent / "data" / "brat"


@pytest.mark.parametrize(
    "cue",
    ["said", "says", "told", "According to", "wrote", "tweeted", "asked", "denied", ":", "has argued",
     "in a statement", "the poll found", "pointed out", "replying"],
)  # fmt: skip
def test_speech_and_writing_cues_count(cue):
    assert speech_cue(cue)


@pytest.mark.parametrize(
    "cue",
    [
        "thinks",
        "wants",
        "endorsed",
        "is expected",
        "supports",
        "voted",
        "seemed",
        "criticized",
        "called for",
        "declined",
        "",
        None,
    ],
)
def test_beliefs_intentions_and_actions_do_not(cue):
    assert not speech_cue(cue)


def test_cli_speech_only_scores_the_speech_cues(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["--polnear", str(CORPUS), "--speech-only"]) == 0
    out = capsys.readouterr().out
    assert "speech only: 5 attributions" in out  # all but "called" (the vote "a good day"): a noun-phrase object
    rows = [line.split() for line in out.splitlines() if line.split()[:1] == ["all"]]
    assert len(rows) == 2 and rows[0][1] == "5"
