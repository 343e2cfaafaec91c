"""Which way a figure moved, read from the words around it: the direction rules, tried in the order of
``DIRECTION_RULES`` (the first that finds one wins). ``describe.describe`` asks ``direction_of`` first, then the
rules that carry a direction from the rows already written (``carried.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .context import Context
from .numbers import Candidate, SentenceFigures, approx_start, hedges_removed, prev_word
from .rules import Rules

_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_VERB_OF_RATE = re.compile(
    r"(?i)\b(?:cut|cuts|raised|raises|lowered|lowers|revised|revises|trimmed|trims|reduced|reduces|boosted)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}$"
)  # a verb whose object is the rate (its forecast): the verb moves it
_NEXT_PART = re.compile(r"(?: |-)([A-Za-z]+)")  # the next word of a compound modifier ("third-quarter decline")
_BY_END = re.compile(r"(?i)\bby\s*$")
_UNCHANGED_AFTER = re.compile(r",?\s+(?:little\s+)?([A-Za-z]+)\b")
_AT_TO = ("at ", "to ", "At ", "To ")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s+$")
# "edged up to", "edging up to", "brought it up to": a move; not "offering up to", "covering up to" (as much as)
_MOVED_UP = re.compile(r"(?:ed|\bedging|\binching|\bcreeping|\bmoving|\bgoing|\bit|\bthem|\bwent)\s+$")
_OF_THE = re.compile(
    r"(?:the|this|that|its|their)\s+((?:[\w.'’-]+,?\s+){0,5}[\w'’-]+)"
)  # "of the 36.6 bln dlr rise in"
_NOT_IN_NP = frozenset({"to", "in", "of", "for", "from", "on", "with", "by", "and", "was", "were", "is", "are", "will"})
# after the head noun of "of the ... rise": a preposition, a verb or a relative word, not another noun
_AFTER_HEAD = _NOT_IN_NP | frozenset(
    {"would", "could", "has", "had", "have", "since", "last", "this", "that", "which", "as", "because", "due"}
)
# a cap ("a payment that could reach 350 mln") or a condition ("until prices reach 20 dlrs"); "exports could reach 2
# mln tonnes" stays a forecast rise, like "is projected to top"
_CONDITION = re.compile(
    r"(?i)\b(?:(?:that|which)\s+(?:could|might|may)(?:\s+[a-z]+ly)?|(?:until|unless|if|whether)(?:\s+[a-z]+){0,3})\s+$"
)
_FROM_LEVEL = re.compile(r",?\s+from\s+(?:the\s+|an?\s+)?")  # "to one dlr from two dlrs", "to 14 cts, from 12 cts"
# the verb's object, then "to"; an insert between commas in it ("its total polypropylene, a resin, capacity to")
_LONG_OBJECT_TO = re.compile(
    r"\s*(?:[\w'’()-]+\s+){1,12}to\s+"
    r"|\s*(?:[\w'’()-]+\s+){0,8}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,4}[\w'’()-]+,\s+(?:[\w'’()-]+\s+){0,3}to\s+"
)
_ADVERB_AFTER = re.compile(r",\s+([A-Za-z]+)")
_CHANGE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?([A-Za-z]+)\s+(?:by\s+)?(?:(?:a|an)\s+(?:revised\s+)?)?")
_FROM_END = re.compile(r"(?i)\bfrom\s+(?:an?\s+|the\s+)?$")
_EARLIER_TO = re.compile(
    r"(?:\s+(?!and\b|or\b)[\w'’-]+){0,6}?\s+to\s+(?:an?\s+)?"
)  # "from 81 bln at the end of 1986 to"
# "26 pct up on February 1986", "39 pct down at 3,267 units", "3/8 off at": after the adverb, what may follow
_ADVERB_AFTER_FIG = re.compile(r" ([A-Za-z]+)(?: (?:on|from|at|over|against|compared|since|in)\b|[,.;])")
_ADVERB_PERIOD_BY = re.compile(
    r"(?i)\b([a-z]+)\s+(?:in|during|over|for|last|this)(?:\s+(?:the\s+)?[\w-]+){1,3}\s+$"
)  # an adverb, a period, then "by": "were up in February by"
_OWNED_MODIFIER = re.compile(r"(?i)(?:\b(?:the|its|their|his|her|our|this|current|existing)|['’]s)\s+$")
# "growing at about", "grew at a year-on-year rate of", "rose at an annual rate of": a verb and the rate of its move
_AT_RATE = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?at\s+(?:an?\s+)?(?:(?:annual|annuali[sz]ed|yearly|monthly|seasonally|adjusted|underlying|"
    r"average|year-on-year|[a-z]+-year)\s+)*(?:rate\s+of\s+)?"
)
_SHORT_PHRASE = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,4}?(?=,)")  # "67.5 mln barrels on March one, up 39 pct"
_NOUN_OF_AFTER = re.compile(r"(?i),\s+an?\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s+")  # ", an increase of 261 bags"
_INSERT = re.compile(r",\s+[^,;]*,\s+")  # the insert between commas in a verb's object (_LONG_OBJECT_TO)
_RATE_OF = re.compile(r"\b(?:rate|pace) of ([A-Za-z]+)\b")  # "the rate of increase was 6.5 pct"
_LINK_ADVERB_FROM = re.compile(r"(?i)\b(?:was|were|is|are)\s+(up|down)\s+from\s+$")  # "were up from 3,100 to"
_MODAL_BEFORE = re.compile(r"(?i)\b(?:to|will|would|could|may|might|can|should|must|not)\s+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RANGE = frozenset({"range", "ranges", "ranging", "ranged"})  # right after a direction noun: "price cuts ranging from"
_NOT_LEVEL = frozenset({"more", "less", "hit", "above", "below"})  # after-words that move no level before "at"/"to"


class Near:
    """What the direction rules look at around one figure (computed once, shared by the rules)."""

    __slots__ = ("text", "words", "fig", "lo", "others", "rules", "hedge", "prev", "prev_start", "_verb")

    def __init__(self, ctx: Context, fig: Candidate, lo: int, others: SentenceFigures, rules: Rules) -> None:
        self.text, self.words, self.fig, self.lo, self.others, self.rules = ctx.text, ctx.words, fig, lo, others, rules
        self.hedge = approx_start(ctx.text, fig.start)  # "up roughly 20%": where "roughly" starts
        self.prev, self.prev_start = prev_word(ctx.text, self.hedge)
        self._verb: tuple[int, str] | None | bool = False  # False: not looked up yet

    def figure_between(self, a: int, b: int) -> bool:
        """Whether another number (not a move) starts in [a, b)."""
        return self.others.number_between(a, b, but=self.fig)

    def last_verb(self) -> tuple[int, str] | None:
        """(end, direction) of the last direction verb or noun before the figure in its window."""
        if self._verb is False:
            last = None
            for s, e, w in self.words.directions.between(self.lo, self.fig.start):
                d = self.rules.directions[w]
                if d.rate:
                    continue  # "growth", "inflation" name the quantity, not its move (growth-rate)
                if d.infinitive and _MODAL_BEFORE.search(self.text, max(0, s - 8), s):
                    last = (e, d.infinitive)  # "will lower its rate to", not "lower taxes", "Lower Saxony"
                    continue
                if d.noun or (d.verb and not _DETERMINER_BEFORE.search(self.text, max(0, s - 5), s)):
                    last = (e, d.verb or d.noun)  # "a narrow range of": no verb after a determiner
            self._verb = last
        return self._verb


def _adverb_by(q: Near) -> str | None:
    """ "up by 5 pct", "down by about a quarter", "were up in February by 3.9 pct" (a period between)."""
    if q.prev.lower() != "by":
        return None
    pw2, pws2 = prev_word(q.text, q.prev_start)
    d = q.rules.directions.get(pw2.lower())
    if d and d.adverb and not q.text[pws2 + len(pw2) : q.prev_start].strip():
        return d.adverb
    m = _ADVERB_PERIOD_BY.search(q.text, max(q.lo, q.prev_start - 40), q.prev_start)  # "up in February by 3.9 pct"
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.adverb or q.figure_between(m.start(), q.fig.start):
        return None
    return None if prev_word(q.text, m.start())[0].lower() in q.rules.words.particle_verb else d.adverb


def _adverb_before(q: Near) -> str | None:
    """ "up 5 pct", "down 3 pct", "up roughly 20%"; not after a phrasal verb ("set up two firms", "made up 40 pct")."""
    d = q.rules.directions.get(q.prev.lower())
    if q.prev and d and d.adverb and not q.text[q.prev_start + len(q.prev) : q.hedge].strip():
        verb, _ = prev_word(q.text, q.prev_start)
        return None if verb.lower() in q.rules.words.particle_verb else d.adverb
    return None


def _level_up_from(q: Near) -> str | None:
    """ "42 pct of exports last year, down from 47 pct": the level carries the move stated after it; in "78 pct
    of the 170 mln dlr market, up from 60 pct" the level is the one of the unit compared, not the market."""
    end = q.fig.end
    um = q.rules.up_from.match(q.text, end) if "from" in q.text[end : end + 90] else None
    if um is None:
        return None
    earlier = q.others.next_number(um.end())
    unit = earlier.unit if earlier is not None else None
    if any(o.unit == unit or unit is None for o in q.others.numbers_in(end + 1, um.end()) if o is not q.fig):
        return None
    if (unit == "percent") != (q.fig.unit == "percent") and unit is not None and q.fig.unit is not None:
        return None  # a share compared, not the money it is a share of
    return q.rules.directions[um.group(1).lower()].adverb


def _change_after(q: Near) -> str | None:
    """ "output was 8.35 mln bpd, down 7.8 pct from 9.06 mln", "grade B 17.75 dlrs, up 30 cts", "a record 3.7 mln
    hectares, 10.8 pct higher than", "392,845 bags, an increase of 261 bags", "67.5 mln barrels on March one, up 39 pct":
    a level followed (after at most a short phrase) by a comma and the change it made moved that way."""
    comma = q.fig.end
    if not q.text.startswith(",", comma):
        if "," not in q.text[comma : comma + 30]:
            return None  # the cheap test: a comma right after the figure or a few words on
        pm = _SHORT_PHRASE.match(q.text, comma)
        if pm is None or q.words.directions.between(comma, pm.end()) or q.figure_between(comma, pm.end()):
            return None
        comma = pm.end()
    nxt = q.others.next_number(comma)
    if nxt is None or q.rules.compare_word.search(q.text, max(q.lo, q.hedge - 25), q.hedge):
        return None  # "fell to 383,380 from 402,599 last year, down 4.8 pct": the earlier level compared
    lead = approx_start(q.text, nxt.start)
    m = _CHANGE_AFTER.match(q.text, comma)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is not None and d.adverb:
        return d.adverb if lead == m.end() else None
    nm = _NOUN_OF_AFTER.match(q.text, comma)  # ", an increase of 261 bags", ", a rise of three from"
    d = q.rules.directions.get(nm.group(1).lower()) if nm else None
    if d is not None and d.noun:
        return d.noun if lead == nm.end() else None
    gap = q.text[comma:lead].strip()
    return _figure_then_word(q, comma, nxt, gap != ",") if gap in (",", ", a", ", an") else None


def _figure_then_word(q: Near, comma: int, nxt: Candidate, article: bool) -> str | None:
    """The direction of ", 10.8 pct higher than", ", 4 pct down on", ", a 4.8 pct rise over": the change after a
    level's comma."""
    after = _NEXT_WORD.match(q.text, nxt.end, nxt.end + 20)
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if article:
        return d.noun if d is not None else None  # ", a 4.8 pct rise over the current year"
    if d is not None and d.after in ("increase", "decrease") and after.group(1).lower() not in _NOT_LEVEL:
        return d.after
    am = _ADVERB_AFTER_FIG.match(q.text, nxt.end)
    d = q.rules.directions.get(am.group(1).lower()) if am else None
    return d.adverb if d is not None and d.adverb else None


def _balance_swing(q: Near) -> str | None:
    """ "swung into a deficit of 2 bln", "is projected to return to a 7.4 bln deficit": a balance that moved into
    deficit fell, into surplus rose."""
    m = q.rules.swing_to.search(q.text, max(q.lo, q.fig.start - 60), q.hedge)
    if m is None or q.figure_between(m.start(), q.fig.start):
        return None
    balance = m.group(1)
    if balance is None:
        after = q.rules.balance_after.match(q.text, q.fig.end)
        balance = after.group(1) if after else None
    return q.rules.balances.get(balance.lower()) if balance else None


def _growth_rate(q: Near) -> str | None:
    """ "growth of 2.2 pct", "inflation at 3 pct": a percent given for a rate of change that no verb moves is that
    change (the rate noun's direction); where a verb moves the rate ("growth slowed to 2.7 pct", "inflation fell
    to 2.1 pct") the verb says it (verb-to-level, verb-before: a decrease), also for the rates listed after it
    ("and 1.9 pct in 1988"); an earlier rate it is compared with is the rate's own ("... after 2.8 pct last year",
    "from last year's 3.1 pct")."""
    if q.fig.unit != "percent":
        return None
    directions, start = q.rules.directions, q.fig.start
    rate_at = next(
        ((s, e, w) for s, e, w in reversed(q.words.directions.between(q.lo, start)) if directions[w].rate), None
    )
    if rate_at is None:
        return _rate_of_change(q)
    rate = directions[rate_at[2]].rate
    if _VERB_OF_RATE.search(q.text, max(q.lo, rate_at[0] - 40), rate_at[0]):
        return (
            None  # "cut its growth forecast to 2.2 pct", "raised its 1987 inflation estimate to 2.5 pct": the verb says
        )
    between = q.words.directions.between(rate_at[1], start)
    moved = [e for _, e, v in between if directions[v].verb or directions[v].noun]
    if not q.figure_between(rate_at[0], start):
        if not moved:
            return rate
        d = directions[next(v for _, e, v in reversed(between) if e == moved[-1])]
        return d.verb or d.noun  # "inflation is expected to rise even more, perhaps to 2.6 pct"; "growth slowed to"
    before = [o for o in q.others.numbers_in(rate_at[1], start) if o is not q.fig and o.end <= start]
    if not moved or not before or before[-1].end < moved[-1]:
        return None  # another figure stands between the rate and this one, with no move of its own: not this rate
    gap = q.text[before[-1].end : start]
    return rate if q.rules.compare_word.search(gap) or "after" in gap else None


def _rate_of_change(q: Near) -> str | None:
    """ "the rate of increase was 6.5 pct", "a pace of decline of 2 pct": a direction noun after "rate of" names a rate
    of change; its percent, with no other figure or direction word between, is that change."""
    window = q.text[max(q.lo, q.fig.start - 60) : q.fig.start]
    if "rate of " not in window and "pace of " not in window:
        return None  # the cheap test
    m = _RATE_OF.search(window)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.noun or q.figure_between(q.fig.start - len(window) + m.end(), q.fig.start):
        return None
    return None if q.words.directions.between(q.fig.start - len(window) + m.end(), q.fig.start) else d.noun


def _record_level(q: Near) -> str | None:
    """ "hit a record $65.7 billion" (increase), "fell to a record low of ..." (decrease)."""
    start = q.fig.start
    if "record" not in q.text[max(0, start - 40) : q.hedge]:
        return None
    rec = q.rules.record.search(q.text, max(q.lo, start - 50), q.hedge)
    if rec and not q.figure_between(rec.start(), start):
        return "decrease" if (rec.group(1) or "").lower() == "low" else "increase"
    return None


def _compared_level(q: Near) -> str | None:
    """ "sales were 2.3 bln yen, compared with 4.1 bln yen a year earlier": a level set against an earlier
    level of the same unit (not a count or a percent)."""
    fig, text = q.fig, q.text
    cm = q.rules.compared_after.match(text, fig.end) if "compared" in text[fig.end : fig.end + 80] else None
    if not cm:
        return None
    nxt = q.others.next_number(fig.end)
    if (
        nxt is not None
        and nxt.unit == fig.unit
        and fig.unit not in (None, "count", "percent")
        and approx_start(text, nxt.start) <= cm.end() <= nxt.start
        and nxt.value != fig.value
        and not q.figure_between(q.lo, fig.start)
    ):
        return "increase" if fig.value > nxt.value else "decrease"
    return None


def _word_after(q: Near) -> str | None:
    """ "a 5 pct rise", "5 pct higher", "a 10 pct annual reduction": a direction noun or "after" word right
    after the figure, or after a frequency word; "a 5.9 pct rate reduction", "10 mln dlrs in tax cuts", "a 0.4 pct
    third-quarter decline": a direction noun after a compound modifier (and "in")."""
    text, end = q.text, q.fig.end
    if not q.words.directions.between(end, end + 45):
        return None  # the cheap test: no direction word in the next few words
    nm = _NEXT_WORD.match(text, end, end + 20)
    if nm and nm.group(1).lower() in q.rules.words.frequency:
        nm = _NEXT_WORD.match(text, nm.end(), nm.end() + 20)
    d = q.rules.directions.get(nm.group(1).lower()) if nm else None
    if d and d.noun and not q.fig.unit and nm.group(1).endswith("s"):
        return None  # "43 reductions": a count of moves, not a change
    if d:
        return d.noun or d.after
    if nm and nm.group(1) == "in":
        nm = _NEXT_WORD.match(text, nm.end(), nm.end() + 20)
    return _noun_after_modifier(q, nm)


def _adverb_after(q: Near) -> str | None:
    """ "sales were 39 pct down at 3,267 units", "it was still 26 pct up on February 1986": a direction adverb right
    after the figure, then a preposition of comparison or the clause's end; not "up to" nor "a down payment"."""
    m = _ADVERB_AFTER_FIG.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.adverb if d and d.adverb else None


def _noun_after_modifier(q: Near, nm: re.Match | None) -> str | None:
    """The direction of a direction noun up to three modifier words after ``nm`` (the first of them)."""
    for _ in range(3):
        lw = nm.group(1).lower() if nm else ""
        if not lw or (lw in q.rules.words.stop and lw != "on") or lw in q.rules.directions:
            return None
        nxt = _NEXT_PART.match(q.text, nm.end(), nm.end() + 20)
        if nxt is None:
            return None
        d = q.rules.directions.get(nxt.group(1).lower())
        if d:
            return d.noun
        nm = nxt
    return None


def _share_of_change(q: Near) -> str | None:
    """ "accounted for 33.2 bln dlrs of the 36.6 bln dlr rise", "half of the decline was": a part of a change named
    right after it moved the same way; not "of the tax reduction package" (a modifier), "six of the seven cuts" (a
    count of things) or money "of the gain" (a profit booked)."""
    if not q.text.startswith(" of ", q.fig.end):
        return None  # the cheap test: "of" right after the figure
    m = _OF_THE.match(q.text, q.fig.end + 4)
    words = m.group(1).split() if m else []
    for i, w in enumerate(words[:4]):  # "36.6 billion dlr rise": the first direction noun within four words
        lw = w.lower().rstrip(",")
        d = q.rules.directions.get(lw)
        if lw in _NOT_IN_NP:
            return None
        if d and d.noun:
            nxt = words[i + 1].lower() if i + 1 < len(words) and not w.endswith(",") else ""
            gain = lw.startswith("gain") and q.fig.unit not in (None, "count", "percent")
            plural = lw.endswith("s") and q.fig.unit in (None, "count")
            return None if gain or plural or (nxt.isalpha() and nxt not in _AFTER_HEAD) else d.noun
        if w.endswith(","):
            return None  # the noun phrase ends at a comma
    return None


def _unchanged_after(q: Near) -> str | None:
    """ "3.80 pct, unchanged from last week", "2.1 pct, steady on the month": a level said not to have moved."""
    if not q.words.directions.between(q.fig.end, q.fig.end + 20):
        return None  # no direction word right after the figure (the cheap test)
    m = _UNCHANGED_AFTER.match(q.text, q.fig.end)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.after if d and d.after == "unchanged" else None


def _adverb_to_level(q: Near) -> str | None:
    """ "was fixed lower at 1.8218 marks", "edge down to nine pct", "was little changed at 4.829", "held steady
    at 2 pct": a direction adverb, "at" or "to", then the level; not "up to" (as much as)."""
    if not q.text.endswith(_AT_TO, max(0, q.fig.start - 4), q.fig.start):
        return None  # the cheap test: no "at"/"to" right before the figure
    prev, prev_start = prev_word(q.text, q.fig.start)  # not q.prev: "up to" is also a hedge ("up to 40 pct")
    if prev.lower() not in ("at", "to"):
        return None
    pw2, pws2 = prev_word(q.text, prev_start)
    lw = pw2.lower()
    d = q.rules.directions.get(lw)
    between = q.text[pws2 + len(pw2) : prev_start].strip()
    if d is None or between not in ("", ",") or between and " than " in q.text[q.fig.end : q.fig.end + 40]:
        return (
            None  # "were also lower, at 219 bln francs": a comma may stand between; "higher, at 89 pct, than" compares
        )
    if lw == "up" and prev.lower() == "to" and not _MOVED_UP.search(q.text, max(0, pws2 - 12), pws2):
        return None  # "tariffs of up to 40 pct": as much as; "brought it up to", "edged up to" moved
    if lw == "changed" and prev_word(q.text, pws2)[0].lower() != "little":
        return None  # "was changed to 5 pct" moved; "little changed at" did not
    return d.adverb or (d.after if d.after in ("increase", "decrease", "unchanged") and lw not in _NOT_LEVEL else None)


def _held_at_level(q: Near) -> str | None:
    """ "kept its discount rate at 3.5 pct", "sustain their average growth at 2.5 to three pct": a verb that holds its
    object at a level says the level did not move."""
    if q.prev.lower() != "at":
        return None  # the cheap test: "at" right before the figure
    return "unchanged" if q.rules.held_at.search(q.text, max(q.lo, q.fig.start - 70), q.hedge) else None


def _barrier_lifted(q: Near) -> str | None:
    """ "may lift an additional 84 mln dlrs in trade sanctions", "the 51 mln dlrs in sanctions would be
    lifted": an amount of a trade barrier that is lifted fell."""
    after = q.rules.barrier_after.match(q.text, q.fig.end)
    if after is None:
        return None
    stop = q.rules.sentence_stop.search(q.text, after.end(), after.end() + 50)
    lifted = q.rules.remove_word.search(q.text, after.end(), stop.start() if stop else after.end() + 50)
    return "decrease" if lifted or q.rules.remove_word.search(q.text, q.lo, q.fig.start) else None


def _verb_to_level(q: Near) -> str | None:
    """ "dropped to 13.9%", "more than doubled to an average of 1.66 mln", "quadrupled its tariff to 100 pct":
    a level moved by a verb with no change figure of its own carries the move; with "from" and the earlier level
    after it the verb's object may be long ("reduced the exercise price of its warrants to one dlr from two")."""
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    if q.rules.to_reached.fullmatch(gap):
        return last[1]
    fm = _FROM_LEVEL.match(q.text, q.fig.end)
    if fm is None or not _LONG_OBJECT_TO.fullmatch(gap):
        return None  # the cheap test first: "from" right after the figure
    nxt = q.others.next_number(q.fig.end)
    if nxt is None or approx_start(q.text, nxt.start) != fm.end():
        return None  # "from" and the earlier level: "to one dlr from two dlrs"
    return None if q.rules.object_gap.search(_INSERT.sub(" ", gap[: gap.rstrip().rfind(" ")])) else last[1]


def _verb_object_to(q: Near) -> str | None:
    """ "reduce the guarantee coverage for sales of wheat to 8 mln dlrs": a direction verb, its long object and "to" the
    level, with no earlier level after it (verb-to-level takes those); not a count ("sold the stake to 40 funds"), not
    across a word that ends the object ("rose after the group sold its stake to 40 pct")."""
    if (
        q.prev != "to"
        or q.fig.unit in (None, "count")
        and "number" not in q.text[max(q.lo, q.fig.start - 90) : q.hedge]
    ):
        return None  # the cheap test: "to" right before an amount, or a count of "the number of"
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    words = gap.split()
    if (
        len(words) > 12
        or not _LONG_OBJECT_TO.fullmatch(gap)
        or any(w.lower() in q.rules.words.object_end for w in words)
    ):
        return None  # "rose after the group sold its stake to 40 pct": the verb's object ended
    # a year in the object is no figure ("the cumulative fiscal year 1987 program for sales to Algeria to")
    obj = _INSERT.sub(" ", _YEAR.sub("", gap[: gap.rstrip().rfind(" ")]))
    return None if q.rules.object_gap.search(obj) else last[1]


def _verb_from_to(q: Near) -> str | None:
    """ "cut its lending rate from 12.75 pct to 11.25 pct", "grew from 12 pct in 1985 to 15 pct", "the reduction from
    12.75 to 11.25": the level a verb (or a direction noun) moved the quantity to from an earlier level."""
    if q.prev != "to":
        return None  # the cheap test: "to" right before the figure
    last = q.last_verb()
    before = q.others.numbers_in(last[0], q.fig.start) if last else []
    if len(before) != 1 or before[0] is q.fig:
        return None  # one number between the verb and the figure: the earlier level
    earlier = before[0]
    lead = approx_start(q.text, earlier.start)
    if not _FROM_END.search(q.text, max(last[0], lead - 12), lead) or not _EARLIER_TO.fullmatch(
        q.text, earlier.end, approx_start(q.text, q.fig.start)
    ):
        return None
    if earlier.unit and q.fig.unit and earlier.unit != q.fig.unit:
        return None  # another quantity's figure
    words = hedges_removed(q.text[last[0] : lead]).split()
    ends = [
        w for w in words[1 if words and words[0].lower() in _RANGE else 0 :] if w.lower() in q.rules.words.object_end
    ]
    if len(words) > 10 or ends:
        return (
            None  # "rose as prices ranged from 3 to 4 dlrs": the verb's object ended; "price cuts range from" did not
        )
    if q.rules.object_gap.search(" ".join(words[:-1])) or _noun_moved(q, last[0]):
        return None
    return last[1]


def _adverb_from_to(q: Near) -> str | None:
    """ "exports were up from 3,100 to 4,200 tonnes": the level a linking verb and a direction adverb moved the
    quantity to from an earlier level; not after a comma ("2.3 to 2.6 mln, down from 2.4 to 2.7 mln": the earlier)."""
    if q.prev != "to":
        return None  # the cheap test: "to" right before the figure
    before = q.others.numbers_in(max(q.lo, q.fig.start - 40), q.fig.start)
    earlier = before[-1] if before else None
    if earlier is None or earlier is q.fig:
        return None
    if not _EARLIER_TO.fullmatch(q.text, earlier.end, approx_start(q.text, q.fig.start)):
        return None
    lead = approx_start(q.text, earlier.start)
    m = _LINK_ADVERB_FROM.search(q.text, max(q.lo, lead - 30), lead)
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    return d.adverb if d is not None else None


def _noun_moved(q: Near, end: int) -> bool:
    """Whether a direction word of the other way stands just before the one ending at ``end``: in "cut the fare rise
    from 30 pct to 12 pct" the second names the quantity and the first moves it, which no rule here tells apart."""
    found = q.words.directions.between(max(q.lo, end - 60), end)
    if len(found) < 2:
        return False
    a, b = q.rules.directions[found[-2][2]], q.rules.directions[found[-1][2]]
    first, second = a.verb or a.noun, b.verb or b.noun
    return not a.rate and first is not None and first != second and found[-1][0] - found[-2][1] < 40


def _verb_at_rate(q: Near) -> str | None:
    """ "the economy is growing at about 3 pct", "spending grew at a year-on-year rate of 10 pct": a percent after a
    direction verb and "at" is the rate of the move (verb-before stops at "at")."""
    if q.fig.unit != "percent" or "at" not in q.text[max(q.lo, q.hedge - 40) : q.hedge]:
        return None  # the cheap test: a percent with "at" before it
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start) or not _AT_RATE.fullmatch(q.text, last[0], q.hedge):
        return None
    verb = q.words.directions.between(q.lo, q.fig.start)[-1][2]
    return q.rules.directions[verb].verb


def _verb_before(q: Near) -> str | None:
    """ "rose 5 pct", "a rise of 5 pct", "fell sharply by 3 pct", "cut prices in Britain by 3%"; not "rose
    27% to 1.05 million" (the level after a change), "rose to 5 pct" (a level, see verb-to-level) or "boost its 22 pct
    stake" (the object's level, after a determiner or an owner and before its noun)."""
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])  # "cuts of up to 50 pct", "rose by about 5 pct"
    if q.rules.verb_gap.search(gap) or len(gap.split()) > (8 if _BY_END.search(gap) else 5):
        return None
    return None if _OWNED_MODIFIER.search(gap) and _modifies_noun(q) else last[1]


def _modifies_noun(q: Near) -> bool:
    """Whether a noun follows the figure right away ("its 22 pct stake", "the 169.8 bln dlr trade deficit")."""
    nm = _NEXT_WORD.match(q.text, q.fig.end, q.fig.end + 20)
    lw = nm.group(1).lower() if nm else ""
    return bool(lw) and nm.start(1) == q.fig.end + 1 and lw not in q.rules.words.stop and lw not in q.rules.directions


def _verb_object_by(q: Near) -> str | None:
    """ "cut its coffee exports to Europe by 12 pct", "raise shipments from Vancouver by 15 pct": a direction verb,
    its object with the place it goes to or comes from, then "by" and the change (verb-before stops at "to")."""
    if q.prev.lower() != "by":
        return None  # the cheap test: "by" right before the figure
    last = q.last_verb()
    if last is None or q.figure_between(last[0], q.fig.start):
        return None
    gap = hedges_removed(q.text[last[0] : q.fig.start])
    if q.rules.object_gap.search(gap) or len(gap.split()) > 9:
        return None
    return last[1]


def _reached_level(q: Near) -> str | None:
    """ "the surplus, which reached 58.6 bln dlrs", "was projected to top 10 bln", "hit a 52-week low of 115 dlrs"
    (decrease): a level reached is where a rise (or, to a low, a fall) took the quantity."""
    window = q.text[max(q.lo, q.fig.start - 60) : q.hedge]
    if "reach" not in window and "top" not in window and "hit" not in window and "touch" not in window:
        return None  # the cheap test
    m = q.rules.reached.search(q.text, max(q.lo, q.fig.start - 60), q.hedge)
    if m is None or (m.group(1) and not m.group(2)) or q.figure_between(m.start(), q.fig.start):
        return None  # "hit 5 bln" is no reach: only "hit a high/low/record"
    if _CONDITION.search(q.text, max(q.lo, m.start() - 30), m.start()):
        return None  # "a payment that could reach 350 mln dlrs", "until prices reach": a cap or a condition, no move
    after = _ADVERB_AFTER.match(q.text, q.fig.end)  # "reached 5 bln, down 3 pct": the adverb says it
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if d and d.adverb:
        return d.adverb
    return "decrease" if "low" in (m.group(2) or "", m.group(3) or "") else "increase"


DIRECTION_RULES: tuple[tuple[str, Callable[[Near], str | None]], ...] = (
    ("adverb-by", _adverb_by),
    ("adverb-before", _adverb_before),
    ("adverb-to-level", _adverb_to_level),
    ("unchanged-after", _unchanged_after),
    ("balance-swing", _balance_swing),
    ("record-level", _record_level),
    ("compared-level", _compared_level),
    ("share-of-change", _share_of_change),
    ("word-after", _word_after),  # before the rate: "zero growth and a 1.3 pct fall"
    ("adverb-after", _adverb_after),
    ("held-at-level", _held_at_level),  # before the rate: "sustain growth at 2.5 pct" did not move
    ("growth-rate", _growth_rate),
    ("barrier-lifted", _barrier_lifted),
    ("verb-to-level", _verb_to_level),
    ("verb-before", _verb_before),
    ("verb-object-to", _verb_object_to),
    ("verb-from-to", _verb_from_to),
    ("adverb-from-to", _adverb_from_to),
    ("verb-object-by", _verb_object_by),
    ("level-up-from", _level_up_from),  # after the verbs: in "rose 1.8 pct, down from 2.3 pct" the verb says it
    ("verb-at-rate", _verb_at_rate),  # after level-up-from: "growing at 7 pct, down from 9 pct" slowed
    ("change-after", _change_after),  # after the verbs: "rose to 5 bln, up 3 pct" is the verb's
    ("reached-level", _reached_level),  # last: "reached 5 bln, down 3 pct from" is a fall
)


def direction_of(q: Near) -> tuple[str | None, str | None]:
    """(direction, rule name) of the first direction rule that finds one, or (None, None) for a level."""
    for name, rule in DIRECTION_RULES:
        direction = rule(q)
        if direction:
            return direction, name
    return None, None
