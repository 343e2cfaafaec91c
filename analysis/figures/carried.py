"""Directions carried from the rows already written in the sentence: a percent restated (", or 1.4 pct"), a
list that leaves out its verb ("and imports 24.4 pct"), the level a change moved the quantity to ("rose 27 pct
to 7.28 bln dlrs") and a level listed after a level moved by a verb ("and imports to 159 bln").

``describe.describe`` asks these after its own rules (``directions.DIRECTION_RULES``) found none.
"""

from __future__ import annotations

import re

from .bare_units import OR_RESTATED
from .candidates import Candidate
from .context import Context, Sentence
from .rows import FigureRow
from .rule_records import Direction
from .rules import Rules
from .words_before import approx_start, hedges_removed, prev_word

_OR_BARE = re.compile(r"\s+or\s+")  # "up 1.2 pct or 37.8 bln dlrs"
# "narrow to 1.19 billion ringgit in 1986 or 1.8 pct of GNP": the amount's period between it and its restatement
_OR_PERIOD = re.compile(r"\s+(?:in|for)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?)\s+or\s+")
_BRACKET_OPEN = re.compile(r"\s*\(")  # "rose 4.8 bln roubles (7.2 bln dollars)": the change in another unit
_POINT_AFTER = re.compile(r" points?\b")  # "gained 1/16 point at 9-7/8 pct": a rate's move in points
_ADVERB_RULES = ("direction:adverb-before", "direction:adverb-by")  # "up 10 mln dlrs at": a market report's level

# rules that move a level (the figure is where the quantity stood after the move, not the change itself)
LEVEL_RULES = frozenset(
    {
        "adverb-to-level",
        "unchanged-after",
        "level-up-from",
        "level-participle-from",
        "held-within",
        "change-after",
        "level-was-change",
        "record-level",
        "compared-level",
        "verb-to-level",
        "level-to-from",
        "verb-object-to",
        "verb-from-to",
        "restated-level",
        "change-to-level",
        "listed-level",
        "reached-level",
        "brought-to-level",
    }
)


# the levels a verb or a change moved (not the earlier levels compared, nor a level reached as a record)
_MOVED_LEVEL = frozenset(
    {
        "verb-to-level",
        "change-to-level",
        "verb-object-to",
        "verb-from-to",
        "adverb-to-level",
        "level-up-from",
        "level-participle-from",
        "change-after",
    }
)
_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|total|GNP|GDP)\b")  # "or 6.2 pct of the total", "or 1.8 pct of GNP"
_NEXT = re.compile(r"[ \t]*([A-Za-z]+)")  # the word right after a figure
_AND_END = re.compile(r"(?i)\band\s+$")
_OWN_CHANGE_AFTER = re.compile(r"[^,;.]{0,40},\s+(?:an?|up|down)\b")
# a change noun used as a noun: "the same rise", "a 6 pct rise"
_NOUN_USE = re.compile(r"(?i)(?:\b(?:an?|the|same|its|their)|pct|\d)\s+(?:[a-z-]+\s+)?$")
_COMMA_ITEM = re.compile(r",\s+((?:[A-Za-z][a-z-]*\s+){1,3})")  # "declined 18 pct, maize 66 pct": the item's name


def _same_unit(row: FigureRow, unit: str | None, rules: Rules) -> bool:
    """Is a row's unit the figure's ``unit``, also where the row took its country's local currency ("dlrs" of a
    Canadian figure: CAD) and the figure, not yet given a country, still has the word's usual code (USD)?"""
    if row.unit == unit or row.unit is None:
        return row.unit == unit
    money, per, rest = row.unit.partition("/")  # a price: "AUD/tonne" of "dlrs per tonne"
    return rules.local_usual.get(money, money) + per + rest == unit


def listed_change(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str, rows: list[FigureRow], rules: Rules
) -> tuple[str | None, str | None]:
    """A percent in a list that leaves out the verb takes the direction of the percent change before it in
    the sentence: "Canada rose 3 pct to 2.6 mln; Japan, 9.9 pct to 1.2 mln", "imports 24.4 pct to 2.1 bln",
    "increase trade by 20 pct and output by 9 pct"; an amount listed with "and" after a change of its unit
    ("a decline of 1.5 mln bpd in February and 2.5 mln bpd in March")."""
    text = ctx.text
    if unit != "percent" and "and" not in text[max(sentence.start, fig.start - 40) : fig.start]:
        return None, None  # the cheap test for an amount: only "and" lists it
    lead = hedges_removed(text[max(sentence.start, fig.start - 40) : fig.start])
    if not (
        rules.ellipsis.match(text, fig.end)
        or prev_word(text, fig.start)[0].lower() == "by"
        or rules.carried.search(lead)
    ):
        return None, None
    if unit != "percent" and not _AND_END.search(lead):
        return None, None  # an amount: only "and" lists it ("a fall of 1.5 mln bpd in May and 2.5 mln in June")
    prev = next(
        (x for x in reversed(rows) if x.start >= sentence.start and _same_unit(x, unit, rules) and x.direction), None
    )
    if prev is None or not is_change(prev):
        return None, None
    if unit != "percent" and "gain" in ctx.text[max(sentence.start, prev.start - 40) : fig.start].lower():
        return None, None  # "a gain of 362,000 dlrs and 1.2 mln dlrs": mostly a profit booked, listed
    if unit != "percent" and _OWN_CHANGE_AFTER.match(ctx.text, fig.end):
        return None, None  # "and 192,710 bags in New Orleans, a drop of 500 bags": a level with its own change
    # a percent compared with an earlier change, or listed after a change noun ("a six pct rise this year and 5.5 pct")
    same = (
        unit == "percent"
        and (direction_rule(prev) == "word-after" or rules.compare_word.search(lead) is not None)
        and not text.startswith(" of ", fig.end)  # "a 0.4 pct rise and 28.3 pct of the market": a share
    )
    moved = ctx.words.directions.between(prev.end, fig.start)
    if not any(_moves(text, s, rules.directions[w], prev, same) for s, _, w in moved):
        return prev.direction, "listed-change"
    return None, None


_AND_GAP = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)")  # "below 1.81 marks and 150 yen"


def listed_rate(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rows: list[FigureRow]
) -> tuple[str | None, str | None]:
    """ "the dollar fell below 1.81 marks and 150 yen": an exchange rate listed right after a rate of the same currency
    in another (" per USD" both) moved as that one did."""
    per = unit.partition(" per ")[2] if unit else ""
    prev = rows[-1] if per and rows and rows[-1].start >= sentence.start else None
    if prev is None or not prev.direction or not prev.unit or prev.unit.partition(" per ")[2] != per:
        return None, None
    if prev.unit == unit or not _AND_GAP.fullmatch(ctx.text, prev.end, fig.start):
        return None, None
    return prev.direction, "listed-rate"


# "it will be nearer", "it is about", "it could be as high as": the pronoun and a copula right before the figure
_IT_BE = re.compile(r"(?i)\bit\s+(?:(?:will|would|could|may|might|should|can)\s+)?(?:be|is|was)\s+(?:[a-z]+\s+){0,3}$")


def rate_pronoun(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rows: list[FigureRow]
) -> tuple[str | None, str | None]:
    """ "expects growth to be under two pct but analysts believe it will be nearer three pct": a percent that "it" is,
    right after a rate of change given in its sentence (growth-rate), is that rate again, with its direction."""
    prev = rows[-1] if unit == "percent" and rows and rows[-1].start >= sentence.start else None
    if prev is None or prev.unit != "percent" or direction_rule(prev) != "growth-rate":
        return None, None
    if not _IT_BE.search(ctx.text, max(prev.end, fig.start - 50), fig.start):
        return None, None
    return prev.direction, "rate-pronoun"


def _moves(text: str, start: int, d: Direction, prev: FigureRow, same: bool) -> bool:
    """Whether a direction word between a change and a figure listed after it moves something else; with ``same``, a
    change noun of the change's own way ("a 1.6 pct rise in consumption, compared with this year's 1.5 pct", "the same
    rise as in February, and against 0.9 pct") is the change named again."""
    if not (d.verb or d.noun):
        return False
    return not (same and d.noun == prev.direction and _NOUN_USE.search(text, max(0, start - 25), start) is not None)


def comma_listed_change(
    ctx: Context, sentence: Sentence, fig: Candidate, rows: list[FigureRow], rules: Rules
) -> tuple[str | None, str | None]:
    """ "earnings declined 18 pct, maize 66 pct, sugar 45 pct", "jewellery up 64 pct, clothing 57 pct": a percent
    after a comma and the name of the next item of a list that leaves out its verb takes the change before it."""
    prev = rows[-1] if rows and rows[-1].start >= sentence.start and rows[-1].end <= fig.start else None
    if prev is None or not ctx.text.startswith(",", prev.end):
        return None, None  # the cheap test: a comma right after the row before
    m = _COMMA_ITEM.fullmatch(ctx.text, prev.end, approx_start(ctx.text, fig.start))
    if m is None or prev.unit != "percent" or not is_change(prev):
        return None, None
    names = m.group(1).lower().split()
    if any(w in rules.words.stop or w in rules.directions or rules.compare_word.fullmatch(w) for w in names):
        return None, None  # "rose 5 pct, against 3 pct", "up 5 pct, or 3 pct": no item's name
    return prev.direction, "comma-listed-change"


def restated_change(
    ctx: Context, sentence: Sentence, fig: Candidate, rows: list[FigureRow], rules: Rules
) -> tuple[str | None, str | None]:
    """ "inventories were up 8.2 billion dlrs, or 1.4 pct", "up 1.2 pct or 37.8 bln dlrs", "rose 4.8 bln roubles (7.2
    bln dollars)": a figure after "or" or in brackets restates the change before it; "net fell to 440 mln dlrs or 2.69 dlrs a share" restates the level a verb moved."""
    prev = rows[-1] if rows and rows[-1].start >= sentence.start else None
    if prev is None or not prev.direction or prev.value != prev.value:
        return None, None
    gap = hedges_removed(ctx.text[prev.end : fig.start])
    share = fig.unit == "percent" and _SHARE_OF.match(ctx.text, fig.end) is not None
    # "2.98 mln or 21.5 pct of the", "unemployment fell to 3.02 mln or 10.9 pct": a percent after a count moved to
    counted = prev.unit == "count" and prev.value >= 1000 and (share or direction_rule(prev) in _MOVED_LEVEL)
    amount = prev.unit not in (None, "count") or counted and fig.unit == "percent"
    bracket = _BRACKET_OPEN.fullmatch(gap) is not None and ctx.text.startswith(")", fig.end)
    bare = _OR_BARE.fullmatch(gap) or _OR_PERIOD.fullmatch(gap)
    if not OR_RESTATED.fullmatch(gap) and not (amount and bare) and not (amount and bracket):
        return None, None  # "5 or 6 pct" is a range: a bare "or" only after an amount with its unit
    if prev_word(ctx.text, approx_start(ctx.text, prev.start))[0].lower() in rules.words.loss_verb:
        return None, None  # "lost 87 mln dlrs, or 6.54 dlrs a share": a loss booked, not a fall
    if is_change(prev):
        return prev.direction, "restated-change"
    moved = direction_rule(prev)
    if (moved in _MOVED_LEVEL or moved == "brought-to-level") and (fig.unit != "percent" or share or counted):
        return prev.direction, "restated-level"  # "to 2.97 mln or 21.4 pct of the workforce": the share moved with it
    return None, None


def direction_rule(row: FigureRow) -> str:
    """The name of the rule that gave a row its direction ("verb-to-level"), "" without one; a unit tag may follow it
    in ``rule`` ("direction:verb-to-level; unit:local-currency")."""
    return row.rule.partition("direction:")[2].partition(";")[0].strip()


def is_change(row: FigureRow) -> bool:
    """Whether the row is a change with a direction (not a level moved by a verb)."""
    return bool(row.direction) and direction_rule(row) not in LEVEL_RULES


def change_to_level(
    ctx: Context, sentence: Sentence, fig: Candidate, rows: list[FigureRow], rules: Rules
) -> tuple[str | None, str | None]:
    """ "exports rose 27 pct to 7.28 bln dlrs", "imports 24.4 pct to 2.14 bln", "rose 4 pct in the fourth quarter
    to 31 mln tonnes", "fell 8 pct in 1986 to", "rose 5 bln dlrs, or 6 pct, in May to", "gained 30 cts to close at", "closed up 1/4 at 31-1/2 dlrs":
    the level a change moved the quantity to carries the change's direction."""
    prev = rows[-1] if rows and rows[-1].start >= sentence.start else None
    if prev is None or not is_change(prev) or prev.value != prev.value:
        return None, None
    if _rate_cut_from(ctx, sentence, prev, rules):
        return None, None
    # "to about 22 mln dlrs", "to around 340,000 bpd": the level's own hedge stands after "to"
    m = rules.change_to.fullmatch(ctx.text, prev.end, approx_start(ctx.text, fig.start))
    if m is None:
        return None, None
    points = fig.unit == "percent" and (
        prev.unit in ("basis points", "points") or _POINT_AFTER.match(ctx.text, prev.end) is not None
    )
    if (
        m.group(1).lower().startswith("to")
        or (prev.rule.endswith(_ADVERB_RULES) or points)
        and _level_at(ctx.text, fig, rules)
    ):
        # "down 3/8 at 24 dlrs"; not "cut 5 pct at 2,000 stores"; a rate's move in points and the percent it moved
        # to: "gained 1/16 point at 9-7/8 pct", "rose 15 basis points at 7.25 pct"
        return prev.direction, "change-to-level"
    return None, None


def _level_at(text: str, fig: Candidate, rules: Rules) -> bool:
    """Whether a figure after an adverb's change and "at" is the level: an amount, or a bare number no noun follows
    ("up 3/8 at 5-3/4 before the halt", "off 1.9 pct at 56,195 compared to"; not "at 2,000 stores")."""
    if fig.unit not in (None, "count"):
        return True
    nm = _NEXT.match(text, fig.end)
    return (
        nm is None or nm.group(1).lower() in rules.words.stop or rules.compare_word.match(text, nm.start(1)) is not None
    )


def _rate_cut_from(ctx: Context, sentence: Sentence, prev: FigureRow, rules: Rules) -> bool:
    """ "slashed inflation from 440 pct in 1985 to 19.7 pct": a rate given its own rise (growth-rate) after "from" and
    a word of fall is the rate's earlier level, not a change the level after it could take."""
    if prev.direction != "increase" or not prev.rule.endswith("growth-rate"):
        return False
    if prev_word(ctx.text, approx_start(ctx.text, prev.start))[0] != "from":
        return False
    before = ctx.words.directions.between(sentence.start, prev.start)
    return any((rules.directions[w].verb or rules.directions[w].noun) == "decrease" for _, _, w in before)


# "rose to 5.8 pct in June, 6.2 pct in July and": a level of a list by commas, its period after it, the list going on
_COMMA_LEVEL = re.compile(r"(?:\s+(?:in|for|during)\s+[A-Z][a-z]+(?:\s+\d{4})?)?,\s+")
_LIST_GOES_ON = re.compile(r"(?:\s+(?:in|for|during)\s+[A-Z][a-z]+(?:\s+\d{4})?)?(?:,\s+|\s+and\s+)\d")


def _comma_listed_level(text: str, fig: Candidate, prev: FigureRow) -> tuple[str | None, str | None]:
    """ "rising to 1.0, 2.5 and 4.6 pct", "rose to 5.8 pct in June, 6.2 pct in July and 6.15 pct in August": a level
    (or a rate) between commas in a list of levels that goes on after it moved as the one before it."""
    if direction_rule(prev) not in _MOVED_LEVEL | {"listed-level", "growth-rate"}:
        return None, None
    if not _COMMA_LEVEL.fullmatch(text, prev.end, fig.start) or not _LIST_GOES_ON.match(text, fig.end):
        return None, None
    return prev.direction, "listed-level"


def listed_level(
    ctx: Context, sentence: Sentence, fig: Candidate, unit: str | None, rows: list[FigureRow], rules: Rules
) -> tuple[str | None, str | None]:
    """ "increasing to 640,000 tonnes in 1988 and 670,000 tonnes in 1989", "exports rose to 100 bln and imports
    to 159 bln": a level listed with "and" after a level moved by a verb moved the same way."""
    bare = unit == "count" and fig.scale > 1  # "56.1 billion" after "63.2 billion baht": the unit is left out
    prev = next(
        (
            x
            for x in reversed(rows)
            if x.start >= sentence.start
            and x.direction
            and (_same_unit(x, unit, rules) or bare and x.unit != "percent")
        ),
        None,
    )
    listed = rules.and_level.search(ctx.text, prev.end, fig.start) if prev and not is_change(prev) else None
    if listed is None:
        return _comma_listed_level(ctx.text, fig, prev) if prev else (None, None)
    if rules.compare_word.search(ctx.text, prev.end, fig.start) and not listed.group().rstrip().endswith("to"):
        return None, None  # "fell to 190,000 from 270,000 in 1987 and 295,000 in 1986": earlier levels compared
    moved = [w for _, _, w in ctx.words.directions.between(prev.end, fig.start)]
    if any(rules.directions[w].verb or rules.directions[w].noun for w in moved):
        return None, None
    return prev.direction, "listed-level"
