"""One article read by offset: its text, its country mentions, its sentences, and the people it knows by name."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..text.countries import Mention
from ..text.people import people_countries
from .spans import SentenceFinder
from .voices import Voice

CAPITALISED_WORDS = frozenset(
    "The This That These Those It Its He She They We Our Their His Her But And Yet In On At For Also Then Today "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

# "Japanese Agriculture Minister Mutsuki Kato", "Japan's Prime Minister Yasuhiro Nakasone": a country or its
# demonym, up to four capitalised title words, a first name and a surname.
_INTRODUCED = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+\.?\s+){0,4}[A-Z][a-z]+\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])")


def introduced_people(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Surname -> country of the people the story introduces after a country's name or demonym."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind in ("demonym", "name", "short") and m.country:
            found = _INTRODUCED.match(text, m.end)
            if found and found.group(1) not in CAPITALISED_WORDS:
                out.setdefault(found.group(1), m.country)
    return out


def known_people(text: str, mentions: list[Mention], names: dict[str, str] | None, day: str) -> dict[str, str]:
    """Surname -> country of the people the story introduces with their country, of its speakers (``names``), and
    of the public figures of data/people.csv (which win: a title read wrong by the quotes does not move a head of
    state)."""
    return {**introduced_people(text, mentions), **(names or {}), **people_countries(text, day)}


class Reader:
    """One article's text, its country mentions and sentences, read by offset."""

    def __init__(
        self, text: str, mentions: list[Mention], names: dict[str, str] | None = None, day: str = "", home=None
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.day = day
        self.home: str | None = home  # the dateline's country
        self.names = known_people(text, mentions, names, day)
        self.starts = [m.start for m in mentions]
        self.finder = SentenceFinder(text)
        self.voices: list[Voice] = []  # the speakers' words, in order (set by article_events)

    def drop(self, gone: list[Mention]) -> None:
        """Read on without the mentions ``gone``; the people known by name stay as they were read."""
        if gone:
            self.mentions = [m for m in self.mentions if m not in gone]
            self.starts = [m.start for m in self.mentions]

    def after(self, a: int, b: int) -> list[Mention]:
        """Mentions that start in [a, b)."""
        return self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def head_search(
        self, rx: re.Pattern, hit: tuple[int, int], sentence: tuple[int, int], reach: int
    ) -> re.Match | None:
        """``rx`` searched in the ``reach`` characters of the sentence before ``hit`` (a pattern found)."""
        return rx.search(self.text, max(sentence[0], hit[0] - reach), hit[0])

    def before(self, a: int, b: int) -> list[Mention]:
        """Mentions that end in (a, b]."""
        return [m for m in self.after(max(0, a - 40), b) if a <= m.start and m.end <= b]
