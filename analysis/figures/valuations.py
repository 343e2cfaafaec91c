"""A currency's devaluation or revaluation against another (rule "exchange-rate" of rules.csv).

"Sudan announced a 48 pct devaluation of its pound against the dollar", "a 31 pct devaluation of the rupiah
against the dollar", "a 40 pct rise of the yen against the dollar": the percent measures the price of one currency in another, an exchange rate's move, so its
partners are both currencies' countries (../shared/gold/CONVENTIONS.md). A currency word several countries share
("its pound") is the one of the last country named before it that uses the word.
"""

from __future__ import annotations

import re

from ..text.countries import country_name
from .candidates import Candidate
from .context import Context
from .rates import Rate
from .rules import Rules

# the change noun right after the percent, then "of"/"in" and the currency's determiner: "devaluation of its", "rise
# of the mark" (a plain change noun too: the currency after it and "against" another make it a rate's move)
_CHANGE_OF = re.compile(
    r"\s+(?:devaluation|revaluation|depreciation|appreciation|rise|fall|gain|drop|decline|climb|slide)\s+(?:of|in)\s+"
    r"(?:the|its|their|[A-Z][\w.]*['’]s)?\s*"
)
_AGAINST = re.compile(r"\s+(?:against|versus)\s+(?:the\s+)?")
_CHEAP = (
    "devaluation",
    "revaluation",
    "depreciation",
    "appreciation",
    "rise",
    "fall",
    "gain",
    "drop",
    "decline",
    "climb",
    "slide",
)  # the cheap test: the word after the figure


def valuation_pair(ctx: Context, fig: Candidate, rules: Rules) -> Rate | None:
    """The countries of the two currencies of "N pct devaluation of X against Y" (unit percent), or None."""
    text = ctx.text
    if not text.startswith(_CHEAP, fig.end + 1):
        return None
    change = _CHANGE_OF.match(text, fig.end)
    moved = rules.currency_name.match(text, change.end()) if change else None
    against = _AGAINST.match(text, moved.end()) if moved else None
    base = rules.currency_name.match(text, against.end()) if against else None
    if base is None:
        return None
    countries = [_country(ctx, m, fig.start, rules) for m in (base, moved)]
    if None in countries or countries[0] == countries[1]:
        return None
    return Rate("percent", countries)


def _country(ctx: Context, m: re.Match, before: int, rules: Rules) -> str | None:
    """The country of the currency named by ``m``: for a word several countries share ("pound"), the last country
    named before ``before`` that uses it, else its usual country."""
    word = re.sub(r"['’]s$", "", m.group()).lower()
    code, iso3 = rules.currencies[word]
    shared = rules.local_currency.get(word) or rules.local_currency.get(word + "s") or {}
    users = {country_name(c, ctx.day) for c in shared}
    named = next((c for *_, c in reversed(ctx.mentions.starting(0, before)) if c in users), None)
    return named or (country_name(iso3, ctx.day) if iso3 else None)
