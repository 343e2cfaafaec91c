"""A currency's price in U.S. dollars written as a bare number (rule "dollar-quote" of rules.csv).

"September marks could close in on 0.5700", "Swiss francs could climb to a range between 0.6900 and 0.6950",
"the dollar were to fall further against the mark to levels around 1.60": 1987 copy quotes a currency's rate
against the dollar as a number with decimals and no unit; the currency named last before it is the rate's, the
dollar its base, so the partners are both countries (../shared/gold/CONVENTIONS.md: an exchange rate).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .parties import Ask, Role
from .rates import is_modifier, rate_of, shared_name_code
from .rules import Rules, alternation, rules

_QUOTE = re.compile(r"\d{1,3}\.\d{2,}")  # "0.5700", "14.85/92": a price's decimals, not "3.5 mln" nor "1987"
# a price of ten or more is in dollars only where its sentence names the dollar ("the inti's rate against the dollar is
# 14.85/92"); "the rate for the mark was 913.28" in a Jakarta story is in rupiah
_BID_OFFER = re.compile(r"\d+\.\d{2,4}/\d{2,4}\b")  # a dealer's quote: bid "149.05", offer "/15"
_DOLLAR = re.compile(r"(?i)\b(?:dollars?|dlrs?)\b")
# an interest rate, a yield, a price of goods or shares: a bare decimal in them is no currency's price
_OTHER_PRICE = re.compile(r"(?i)\b(?:pct|per\s*cent|interest|yields?|deposits?|money|bonds?|shares?|stocks?|index)\b")
# a basket the rates are quoted against ("Other currency values against the SDR"): no dollar in them
_BASKET = re.compile(r"\b(?:SDRs?|ECUs?|European Currency Units?|[Ss]pecial [Dd]rawing [Rr]ights?)\b")


def dollar_quote(q: Ask) -> list[Role]:
    """Both countries of "marks ... 0.5700": a bare number with decimals after a currency named in its sentence."""
    fig, text = q.d.fig, q.ctx.text
    if fig.unit is not None or fig.scale != 1.0 or not _QUOTE.match(text, fig.start):
        return []  # the cheap test: money, a percent or a plain count
    lo = q.sentence.start
    if _OTHER_PRICE.search(text, lo, q.sentence.end):
        return []
    if fig.value >= 10 and not _DOLLAR.search(text, lo, q.sentence.end):
        return []
    if _quoted_in(text, lo, fig.end, q.rules) or _BASKET.search(text):
        return []  # "sterling closed at 2.950/954 marks, ... yesterday at 2.954/958": a rate in marks
    names = _names().finditer(text, lo, fig.start)
    codes = [_code(q, m) for m in names if not is_modifier(q.ctx, m)]
    quote = next((c for c in reversed(codes) if c != "USD"), None)
    rate = rate_of(quote, "USD", q.ctx.day, q.rules) if quote else None
    return [(c, "party") for c in rate.countries] if rate and len(rate.countries) == 2 else []


def quote_after_rate(q: Ask) -> list[Role]:
    """ "It closed at 150.00/05 on Monday" after a sentence that gave the dollar in yen: a dealer's bid/offer quote with no
    currency named in its sentence, or a price in the rate's currency ("It closed at 145.25 yen"), goes on with the
    exchange rate the story gave last; both its countries."""
    fig, text = q.d.fig, q.ctx.text
    if fig.scale != 1.0 or not (_BID_OFFER if fig.unit is None else _QUOTE).match(text, fig.start):
        return []  # the cheap test: a bare "149.05/15", or "145.25 yen"
    prev = q.rows[-1] if q.rows else None
    if prev is None or prev.start >= q.sentence.start or " per " not in (prev.unit or "") or len(prev.countries) != 2:
        return []
    if fig.unit is not None and not prev.unit.startswith(fig.unit + " per "):
        return []  # "It closed at 145.25 yen" after the dollar in yen: the same rate; not other money
    s = q.sentence
    if _names().search(text, s.start, fig.start) or _names().search(text, fig.end, s.end):
        return []  # a currency of its own sentence: dollar-quote's, or another rate
    return [(c, "party") for c in prev.countries]


def _code(q: Ask, m: re.Match) -> str:
    """The code of a currency's name; a name several countries share ("peso") is that of the country named last."""
    code = q.rules.currencies[m.group(1).lower()][0]
    return shared_name_code(q.ctx, m.group(1), code, m.start(), q.rules)


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    """A currency's name, singular or plural: "marks", "Swiss francs", "sterling", "yen"."""
    return re.compile(rf"(?i)(?<![\w.-])({alternation(rules().currencies)})s?(?:['’]s)?(?![\w-])")


def _quoted_in(text: str, lo: int, hi: int, rules: Rules) -> bool:
    """Whether a number before ``hi`` (or the figure itself) is followed by a currency other than the dollar: "2.950
    marks", "the 2.96 mark ceiling", "1.83 (marks)"; the sentence's bare numbers are then in that currency."""
    found = _after_number().finditer(text, lo, min(len(text), hi + 12))
    return any(rules.currencies[m.group(1).lower()][0] != "USD" for m in found)


@lru_cache(maxsize=1)
def _after_number() -> re.Pattern:
    """A currency's name right after a number: "2.950/954 marks", "1.83 (marks)"."""
    return re.compile(rf"(?i)\d\s*\(?({alternation(rules().currencies)})s?(?![\w-])")
