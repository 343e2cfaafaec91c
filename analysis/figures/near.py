"""What the direction rules look at around one figure (``Near``): the text, the word hits, the other figures of the
sentence and the last direction verb before it, computed once and shared by the rules."""

from __future__ import annotations

import re

from .candidates import Candidate, SentenceFigures
from .context import Context
from .rules import Rules
from .words_before import approx_start, prev_word

# shared by the direction rules of changes and of levels
NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")  # the word right after a figure
# "26 pct up on February 1986", "39 pct down at 3,267 units", "3/8 off at": after the adverb, what may follow
ADVERB_AFTER_FIG = re.compile(r" ([A-Za-z]+)(?: (?:on|from|at|over|against|compared|since|in)\b|[,.;])")
YEAR_IN_OBJECT = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?\b")  # "its 1986/87 grain imports": a year or a crop year
# "little changed at 4.83", "barely changed at 3.91 bln": "changed" said of a level that held
HARDLY = frozenset({"little", "barely", "hardly", "scarcely"})
NOT_LEVEL = frozenset({"more", "less", "hit", "above", "below"})  # after-words that move no level before "at"/"to"
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s+$")
_BY_LAST = frozenset({"of", "estimated", "maximum", "minimum"})  # the last words of _BY_AVERAGE (the cheap test)
# "advance toward the 0.0072 area", "to raise it to the": "to"/"toward" and an article right before the level
_TO_THE = re.compile(r"(?i)\b(?:to|towards?)\s+(?:the|an?)\s+$")
# "by an average of 3.9 pct", "by an estimated 5 pct", "by a maximum (of) 30 mln marks": a change "by"
_BY_AVERAGE = re.compile(r"\bby\s+an?\s+(?:average\s+of|total\s+of|estimated|(?:maximum|minimum)(?:\s+of)?)$")
# "27.5 bln roubles (41.25 bln dollars), or 4.8 bln roubles (7.2 bln dollars) less than": the same figure in another
# unit, in brackets right after it; the words after the bracket are the figure's own
_RESTATED_BRACKET = re.compile(r" \([^()]{1,40}\d[^()]{0,30}\)")
# "will lower", "to sharply lower", "will more than treble"
_MODAL_BEFORE = re.compile(
    r"(?i)\b(?:to|will|would|could|may|might|can|should|must|not)\s+(?:[a-z]+ly\s+|more\s+than\s+)?$"
)


def past_bracket(text: str, end: int) -> int:
    """Where the words after a figure go on: after a bracketed restatement of it ("(7.2 bln dollars)"), else ``end``."""
    if not text.startswith(" (", end):
        return end  # the cheap test
    m = _RESTATED_BRACKET.match(text, end)
    return m.end() if m else end


class Near:
    """What the direction rules look at around one figure (computed once, shared by the rules)."""

    __slots__ = ("text", "lower", "words", "fig", "lo", "others", "rules", "hedge", "prev", "prev_start", "_verb")

    def __init__(self, ctx: Context, fig: Candidate, lo: int, others: SentenceFigures, rules: Rules) -> None:
        self.text, self.words, self.fig, self.lo, self.others, self.rules = ctx.text, ctx.words, fig, lo, others, rules
        self.lower = ctx.lower  # for the cheap tests of gates.py
        self.hedge = approx_start(ctx.text, fig.start)  # "up roughly 20%": where "roughly" starts
        self.prev, self.prev_start = prev_word(ctx.text, self.hedge)
        if self.prev[:1].isupper() and ctx.text.endswith("U.S. ", 0, self.prev_start):
            self.prev = self.prev.lower()  # 1987 copy capitalises the word after "U.S.": "in the U.S. To 10 mln"
        if self.prev in _BY_LAST:  # "by an average of 3.9 pct", "by a maximum 30 mln marks": a change "by"
            by = _BY_AVERAGE.search(ctx.text, max(0, self.prev_start - 20), self.prev_start + len(self.prev))
            self.prev, self.prev_start = ("by", by.start()) if by else (self.prev, self.prev_start)
        self._verb: tuple[int, str] | None | bool = False  # False: not looked up yet

    def figure_between(self, a: int, b: int) -> bool:
        """Whether another number (not a move) starts in [a, b)."""
        return self.others.number_between(a, b, but=self.fig)

    def moving(self, s: int, w: str) -> str | None:
        """The move of direction word ``w`` at ``s`` as a verb or noun: an infinitive only after "to" or a modal."""
        d = self.rules.directions[w]
        if d.infinitive and _MODAL_BEFORE.search(self.text, max(0, s - 20), s):
            return d.infinitive
        return d.verb or d.noun

    def last_verb(self) -> tuple[int, str] | None:
        """(end, direction) of the last direction verb or noun before the figure in its window."""
        if self._verb is False:
            last = None
            for s, e, w in self.words.directions.between(self.lo, self.fig.start):
                d = self.rules.directions[w]
                if d.rate:
                    continue  # "growth", "inflation" name the quantity, not its move (growth-rate)
                if d.infinitive and _MODAL_BEFORE.search(self.text, max(0, s - 20), s):
                    last = (e, d.infinitive)  # "will lower its rate to", not "lower taxes", "Lower Saxony"
                    continue
                if d.to_level:  # "to raise its stake to 9 pct", "raising prices by 5 pct"; not "raise 50 mln dlrs"
                    # no "merit raise"; a past form is a verb ("output was lifted to")
                    verb = w.endswith(("ing", "ed")) or _MODAL_BEFORE.search(self.text, max(0, s - 20), s)
                    to = self.prev in ("to", "by", "toward", "towards") or _TO_THE.search(
                        self.text, max(0, self.prev_start - 12), self.prev_start + len(self.prev) + 1
                    )
                    last = (e, d.to_level) if verb and to else last
                    continue
                if d.noun or (d.verb and not _DETERMINER_BEFORE.search(self.text, max(0, s - 5), s)):
                    last = (e, d.verb or d.noun)  # "a narrow range of": no verb after a determiner
            self._verb = last
        return self._verb
