"""The direction rules of a level followed by the change it made: "42 pct, down from 47 pct", "a surplus of 12.2 bln,
narrowing from 30.2 bln", "8.35 mln bpd, down 7.8 pct", "392,845 bags, an increase of 261 bags"."""

from __future__ import annotations

import re

from .candidates import Candidate
from .near import ADVERB_AFTER_FIG, NEXT_WORD, NOT_LEVEL, Near, past_bracket
from .regexes import CLAUSE_COMMA
from .words_before import approx_start

_CHANGE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?([A-Za-z]+)\s+(?:by\s+)?(?:(?:a|an)\s+(?:revised\s+)?)?")
_LONG_PHRASE = re.compile(r"(?:\s+[A-Za-z0-9][\w'’-]*){5,10}?(?=,\s+(?:up|down)\s+[^,;.]{1,25}?\s+from\s)")
_SHORT_PHRASE = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,4}?(?=,)")  # "67.5 mln barrels on March one, up 39 pct"
# ", an increase of 261 bags", ", an increase from 65 mln dlrs", ", which would mean a drop of between 34 and 41 pct"
_NOUN_OF_AFTER = re.compile(
    r"(?i),\s+(?:(?:which|that)\s+(?:would\s+|will\s+)?(?:means?|meant|represents?|represented|is|was)\s+)?"
    r"an?\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:of|from|over)\s+"
)
# "earned 39.4 mln dlrs, including gains of 11.5 mln dlrs from ..., down from", "earmarks 59.8 bln, or 24.6 pct of
# spending, for debt service, up from": an insert after a level, up to the change of that level
_INSERT_UP_FROM = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?,\s+(?:including|excluding|or|for)\s(?:[^;.()]|\.(?=\d)){1,160}?(?=,\s+(?:up|down)\s+from\s)"
)
_VERB_CHANGE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:by\s+)?(?:an?\s+)?(?:about\s+|some\s+|nearly\s+)?")
_AND_LISTED = re.compile(r"(?:\s+[\w-]+){0,3},?\s+and\s+")  # "4.3 pct this year and" 5.5 pct
# ", narrowing from 30 bln", ", falling sharply from": a direction verb's participle after a level's comma, then "from"
_PARTICIPLE_FROM = re.compile(r",\s+([a-z]+ing)(?:\s+[a-z]+ly)?\s+from\s+(?:an?\s+|the\s+)?")
# "18.2 pct more than in the previous year", "more than in 1985": a comparison with an earlier period (not "than the
# 1986 Budget forecasts")
_THAN_BEFORE = re.compile(
    r"\s+than\s+(?:in\s+|at\s+)?(?:(?:the\s+|a\s+)?(?:previous|preceding|last|same|year|year-earlier)|(?:19|20)\d\d)\b"
)
# "above a year earlier", "below year-ago levels", "above the year-earlier level": an earlier time right after the word
_EARLIER_BESIDE = re.compile(
    r"\s+(?:(?:the|its)\s+)?(?:year-earlier|year-ago|a\s+year\s+(?:earlier|ago|before)|(?:last|the\s+previous)\s+year)\b"
)


def level_up_from(q: Near) -> str | None:
    """ "42 pct of exports last year, down from 47 pct": the level carries the move stated after it; in "78 pct
    of the 170 mln dlr market, up from 60 pct" the level is the one of the unit compared, not the market."""
    end, um = _up_from_after(q)
    if um is not None and (_inside_including(q) or _listed_after_move(q)):
        return None  # "earned 39.4 mln, including 7.4 mln from ..., down from 41.5 mln": the total's change; "rise by
        # 4.3 pct this year and 5.5 pct in 1988, down from 6.5 pct": the verb says it, as for the first
    if um is None or _COMPARED_BASE.search(q.text, max(q.lo, q.hedge - 20), q.hedge):
        return (
            None  # "totaled 83.8 bln, more than the 77.9 bln of a year ago but slightly down from": the base compared
        )
    earlier = q.others.next_number(um.end())
    unit = earlier.unit if earlier is not None else None
    if any(o.unit == unit or unit is None for o in q.others.numbers_in(end + 1, um.end()) if o is not q.fig):
        return None
    if (unit == "percent") != (q.fig.unit == "percent") and unit is not None and q.fig.unit is not None:
        return None  # a share compared, not the money it is a share of
    return q.rules.directions[um.group(1).lower()].adverb


def _up_from_after(q: Near) -> tuple[int, re.Match | None]:
    """Where the words after the level end and its ", up/down from" match: past a restated figure ("24.8 mln dlrs,
    or 1.20 dlrs a share, down from") or an insert ("39.4 mln dlrs in 1986, including ..., down from")."""
    end = q.fig.end
    if q.text.startswith(", or ", end):
        restated = q.others.next_number(end)
        end = restated.end if restated is not None and approx_start(q.text, restated.start) == end + 5 else end
    um = q.rules.up_from.match(q.text, end) if "from" in q.text[end : end + 90] else None
    if um is None and q.text.find(" from ", end, end + 200) >= 0:  # the cheap test for an insert
        im = _INSERT_UP_FROM.match(q.text, end)
        if im:
            end = im.end()
            um = q.rules.up_from.match(q.text, end)
    return end, um


def _inside_including(q: Near) -> bool:
    """Whether the figure is inside an ", including ..." insert after another figure of its clause."""
    inc = q.text.rfind(", including ", q.lo, q.fig.start)
    if inc < 0 or CLAUSE_COMMA.search(q.text, inc + 1, q.fig.start):
        return False  # "down this week, including six at GM, carmakers built 160,111 cars": the insert ended before
    return q.figure_between(q.lo, inc)


def _listed_after_move(q: Near) -> bool:
    """Whether the figure follows a change of its unit moved by a verb, joined by "and" ("rise by 4.3 pct this year and
    5.5 pct")."""
    before = q.others.numbers_in(q.lo, q.fig.start)
    prev = before[-1] if before else None
    if prev is None or prev.unit != q.fig.unit or not _AND_LISTED.fullmatch(q.text, prev.end, q.hedge):
        return False
    last = q.last_verb()  # the verb's own change right after it: "rise by 4.3 pct", not "surged to a high of 1.57"
    return last is not None and last[0] <= prev.start and _VERB_CHANGE_GAP.fullmatch(q.text, last[0], prev.start)


def level_participle_from(q: Near) -> str | None:
    """ "a surplus of 12.2 bln dirhams, narrowing from 30.2 bln in 1985", "at 5 pct, rising from 4 pct": a level, a comma
    and a direction verb's participle, then "from" and an earlier level of its unit: the level carries that move."""
    m = _PARTICIPLE_FROM.match(q.text, q.fig.end) if q.text.startswith(",", q.fig.end) else None
    d = q.rules.directions.get(m.group(1).lower()) if m else None
    if d is None or not d.verb:
        return None
    earlier = q.others.next_number(m.end())
    if earlier is None or approx_start(q.text, earlier.start) != m.end():
        return None  # the earlier level right after "from"
    if earlier.unit not in (q.fig.unit, "count", None) or q.fig.unit in ("count", None):
        return None  # another quantity's figure; a count ("2,000 workers, rising from") is seldom a level moved
    return d.verb


def _phrase_before_from(text: str, end: int) -> re.Match | None:
    """ "will spend 530 mln dlrs this year on research and development, up 11 pct from the 480 mln": a longer
    phrase after a level, where the change after its comma names the earlier level ("from")."""
    window = text[end : end + 110]
    if ", up " not in window and ", down " not in window:
        return None  # the cheap test
    return _LONG_PHRASE.match(text, end)


def change_after(q: Near) -> str | None:
    """ "output was 8.35 mln bpd, down 7.8 pct from 9.06 mln", "grade B 17.75 dlrs, up 30 cts", "a record 3.7 mln
    hectares, 10.8 pct higher than", "392,845 bags, an increase of 261 bags", "67.5 mln barrels on March one, up 39 pct":
    a level followed (after at most a short phrase) by a comma and the change it made moved that way."""
    comma = past_bracket(q.text, q.fig.end)  # "27.5 bln roubles (41.25 bln dollars), or 4.8 bln roubles less than"
    if not q.text.startswith(",", comma):
        pm = _SHORT_PHRASE.match(q.text, comma) if "," in q.text[comma : comma + 30] else None
        pm = pm or _phrase_before_from(q.text, comma)  # the cheap tests: a comma a few words on, or ", up"
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
    if gap == ", or":  # "totalled 27.5 bln roubles, or 4.8 bln less than a year earlier": the change restated
        return _figure_then_word(q, comma, nxt, False)
    return _figure_then_word(q, comma, nxt, gap != ",") if gap in (",", ", a", ", an") else None


def _figure_then_word(q: Near, comma: int, nxt: Candidate, article: bool) -> str | None:
    """The direction of ", 10.8 pct higher than", ", 4 pct down on", ", a 4.8 pct rise over": the change after a
    level's comma."""
    end = past_bracket(q.text, nxt.end)
    after = NEXT_WORD.match(q.text, end, end + 20)
    d = q.rules.directions.get(after.group(1).lower()) if after else None
    if article:
        return d.noun if d is not None else None  # ", a 4.8 pct rise over the current year"
    if d is not None and d.after in ("increase", "decrease") and after.group(1).lower() not in NOT_LEVEL:
        return d.after
    if d is not None and d.after in ("increase", "decrease") and _THAN_BEFORE.match(q.text, after.end()):
        return d.after  # ", 18.2 pct more than in the previous year": not "3 bln more than imports"
    if d is not None and d.after in ("increase", "decrease") and _EARLIER_BESIDE.match(q.text, after.end()):
        return d.after  # ", 5 pct above a year earlier", ", 3 pct below year-ago levels": not "40 pct above LIBOR"
    am = ADVERB_AFTER_FIG.match(q.text, end)
    d = q.rules.directions.get(am.group(1).lower()) if am else None
    return d.adverb if d is not None and d.adverb else None


_COMPARED_BASE = re.compile(r"\bthan\s+(?:the\s+)?$")
