"""The figure record (``Candidate``) and a sentence's figures with look-ups by offset (``SentenceFigures``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate


@dataclass(slots=True)
class Candidate:
    """A figure found in the text: a number with its unit, or a move without a number (``move``).

    Not frozen (a frozen dataclass costs five times as much to build, and an article has dozens), but
    no stage changes one: ``inherit_units`` builds new ones.
    """

    start: int  # offsets of the figure's surface: "$2.5 billion", "5 to 10 pct", "Iron ore imports ... surged"
    end: int
    value: float  # scale and sub-unit applied ("$2.5bn" = 2.5e9, "12 cts" = 0.12); NaN for a move
    unit: str | None  # code of figure_units.csv ("USD", "percent", "USD/tonne"); None for a bare number
    scale: float = 1.0  # the scale word's factor ("bn": 1e9)
    explicit: bool = False  # a unit or scale is written or inherited
    has_unit: bool = False
    mult: float = 1.0  # scale times sub-unit ("cts"), applied to value
    fraction: bool = False  # a spelled fraction, as a percent share ("a fifth" = 20)
    range: bool = False  # a range, valued at its lower end ("5 to 10 pct")
    unit_from: str | None = None  # "list" or "comparison" when the unit was taken from a neighbour
    move: bool = False  # a move without a number ("imports surged")
    direction: str | None = None  # of a move: the direction of its verb

    @property
    def found(self) -> str:
        """The name of the rule that found it (analysis/data/rules.csv, stage "found")."""
        if self.move:
            return "move-without-number"
        if self.fraction:
            return "fraction-share"
        if self.range:
            return "range"
        if self.unit_from:
            return f"unit-from-{self.unit_from}"
        return "number-with-unit" if self.explicit else "count"


class SentenceFigures:
    """The figures of one sentence in text order, with look-ups by offset over its numbers (moves left out).

    Wire tables put hundreds of numbers in one "sentence": the stages ask these look-ups (a binary search)
    instead of scanning every other figure for every figure.
    """

    __slots__ = ("all", "numbers", "starts", "_max_end")

    def __init__(self, figs: list[Candidate]) -> None:
        self.all = figs  # sorted by start
        self.numbers = [f for f in figs if not f.move]
        self.starts = [f.start for f in self.numbers]
        self._max_end: list[int] | None = None  # the largest end so far, built for the first ``covers``

    def number_between(self, a: int, b: int, but: Candidate | None = None) -> bool:
        """Whether a number other than ``but`` starts in [a, b)."""
        n = bisect_left(self.starts, b) - bisect_left(self.starts, a)
        if but is not None and not but.move and a <= but.start < b:
            n -= 1
        return n > 0

    def numbers_in(self, a: int, b: int) -> list[Candidate]:
        """The numbers that start in [a, b), in order."""
        return self.numbers[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def next_number(self, pos: int) -> Candidate | None:
        """The first number that starts at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return self.numbers[i] if i < len(self.numbers) else None

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` is inside a number ("U.S. dlrs" in "5 bln U.S. dlrs" is no partner)."""
        if self._max_end is None:
            self._max_end = list(accumulate((f.end for f in self.numbers), max))
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self._max_end[i] > pos
