"""A capital's story told in its country's money (rule "dateline-money" of rules.csv).

A story filed from a capital ("VIENNA") that names no country of its own, no company's home and no central bank, but
counts its money in that capital's country's currency ("the 181.5 mln schilling net profit", "197.7 billion
schillings"), is about that country: a company or a budget there. Its figures that name no country take it. Capitals
are hubs (London carries foreign issuers' eurobonds), so the money must say so: two figures at least in the local
currency, more than half of the story's money; dollars, the currency of world trade, never do. A story that quotes
prices ("1,020 stg a tonne" on a London market) reports a world market, not the capital's country; a story of the euromarkets ("a 100 mln stg
eurobond") or of an international body ("the Asian Development Bank") is a foreign borrower's.
"""

from __future__ import annotations

import re

from ..text.countries import country_name
from ..text.datelines import place_country
from ..text.organisations import find_organisations
from .context import Context
from .gates import may_match
from .rules import Rules

_OFFSHORE = re.compile(r"(?i)\beuro-?(?:bonds?|notes?|sterling|markets?|commercial|currency|yen|dollars?)\b")
_EURO = frozenset({"euro"})  # every _OFFSHORE word starts so
_BODY = frozenset({"body"})
_WORLD_MONEY = "USD"  # "dlrs" name a dollar of many countries and price world trade: no country's own money


def dateline_money_home(ctx: Context, dateline: str | None, rules: Rules) -> str | None:
    """The country of the dateline's capital when most of the story's money is in its currency, else None."""
    if not dateline or _offshore(ctx) or find_organisations(ctx.text[:300], ctx.day, _BODY):
        return None
    place = place_country(dateline.split(",")[0].strip(" -—–"), ctx.day)
    if place is None:
        return None
    units = [f.unit or "" for s in ctx.sentences for f in s.numbers]
    if any(u.partition("/")[0] in rules.currency_country and "/" in u for u in units):
        return None  # a market's prices ("879 stg per tonne" on the LME): a world market's, whatever its place
    codes = [u for u in units if u in rules.currency_country]
    local = sum(c != _WORLD_MONEY and country_name(rules.currency_country[c], ctx.day) == place for c in codes)
    return place if local >= 2 and 2 * local > len(codes) else None


def _offshore(ctx: Context) -> bool:
    """Whether the story speaks of the euromarkets; the cheap test first: without "euro" in any case, it does not."""
    return may_match(_EURO, ctx.lower) and _OFFSHORE.search(ctx.text) is not None
