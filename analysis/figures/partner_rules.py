"""The named partner rules (``PARTNER_RULES``), tried in order: the first that finds a country of the figure wins."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter

from ..text.organisations import HOMED_KINDS, Organisation, find_organisations
from ..text.words import RELATIVE_PRONOUNS
from .country_window import last_comma, named_after, roles
from .dollar_quotes import dollar_quote, quote_after_rate
from .pairs import counter_flow, parallel_flow
from .parties import Ask, Role, partner_named
from .rates import currency_subject, other_quantity, repeated_rate
from .rules import alternation
from .share_with import share_with
from .story_country import distinct, owns_next_metric
from .table_sections import table_section

_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|nation)['’]s\b")  # an anaphor: "The country's GDP"
_ASIDE = re.compile(rf",\s*(?:(?:of|in|to) which|{alternation(RELATIVE_PRONOUNS)}|where)\b[^,;]*,")
_INDEX = attrgetter("index")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
# "for the other members", "in other producing countries", "of the other EC states": the group noun, one word on
_OTHER_GROUP = re.compile(r"\b(?:for|of|in|among)\s+(?:the\s+)?other\s+([\w-]+)(?:\s+([a-z]+))?")
_OPENING = re.compile(r"[\s\"“]*([A-Z][a-z]+(?:ing|ed))\b")  # "Owing foreigners ...", "Faced with ..."
_DECIMALS = re.compile(r"\d+\.\d{2,}")  # a market's price: "145.25 yen", "1.8205/15"
_AGAINST = re.compile(r"\s+(?:[a-z]+\s+){0,2}?against\b")  # "four pct against", "5 pct today against"
# the noun a country's name modifies: "U.S. trade deficit", not "U.S. said", "U.S. officials said", "U.S. and"
_NOUN_NEXT = re.compile(
    r"(?i) (?!(?:said|says|and|or|officials?|sources?|at|in|on|to|for|from|with|by|of)\b)[a-z]{2,}\b"
)
# "a 26.5 mln dlr Italian buyers' credit", "a 300 mln dlr Japanese loan": a flow between the country and another
_FLOW_AFTER = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,2}?\s+(?:credits?|loans?|aid|exports?|imports?|sales|purchases?|investments?|orders?"
    r"|contracts?|deals?)\b"
)
_IT_OPENS = re.compile(r"[\s\"“]*It\s+(?:also\s+|then\s+|has\s+|had\s+)?([a-z]+)\b")  # "It widened", "It also rose"


def _figure_window(q: Ask) -> list[Role]:
    """Countries named in the figure's own part of its clause ("24,391 from Australia"); after the figure, not a
    currency something is held or paid in ("20 banks ... swaps against U.S. Dollars"), unless the figure is a
    currency's move against it ("fell four pct against the Canadian dollar"), nor the market of a price quoted with
    decimals ("closed at 145.25 yen in Tokyo", "1.8205/15 in Tokyo")."""
    text, f, (lo, hi) = q.ctx.text, q.d.fig, q.window
    paid_in = not (f.unit == "percent" and _AGAINST.match(text, f.end))
    money = f.unit is None or f.unit in q.rules.currency_country  # not "points", "dlrs an ounce"
    quote = money and _DECIMALS.match(text, f.start) is not None
    skip = q.skip + named_after(text, f, hi, q.ctx.mentions, q.rules, paid_in, quote) if hi > f.end else q.skip
    return roles(text, lo, hi, q.ctx.mentions, q.figs, skip, q.rules)


def _owner_after(q: Ask) -> list[Role]:
    """ "the 170 mln dlr EC EPROM market", "the record 170 billion dlr U.S. trade deficit", "18 pct U.S. interest
    rates": an amount or a percent right before a country's name and a noun modifies that country's quantity; other
    countries of the clause are not its parties, only a partner named after "to", "from" or "with" is."""
    text, f = q.ctx.text, q.d.fig
    if f.unit != "percent" and f.unit not in q.rules.currency_country:
        return []  # "bought 500,000 tonnes U.S. wheat": the buyer is a party too
    after = q.ctx.mentions.starting(f.end + 1, f.end + 2)
    if not after or not after[0][2] or text[f.end] != " ":  # one space: a table's next line is no noun of it
        return []
    s, e, country = after[0]
    if not _NOUN_NEXT.match(text, e) or q.rules.currency_after.match(text, e) or _FLOW_AFTER.match(text, e):
        return []  # "13.6 billion U.S. Dlrs" names the currency; "5 pct U.S. and" no noun; a credit has a borrower
    partners = [r for r in _figure_window(q) if r[1] == "partner" and r[0] != country]
    return [(country, "party"), *partners]


def _other_group(q: Ask) -> list[Role] | None:
    """None named: "against 2.25 pct for the other members", "5 pct in other producing countries": a figure of the other
    members of a group is the group's, neither the previous figure's country nor the story's (None stops the rules)."""
    text, (lo, hi) = q.ctx.text, q.window
    if text.find("other", lo, hi) < 0:
        return []  # the cheap test
    m = _OTHER_GROUP.search(text, lo, hi)
    return None if m and ({m.group(1).lower(), m.group(2)} & q.rules.words.group_noun) else []


def _previous_figure(q: Ask) -> list[Role]:
    """None named: the countries of the figure before it in the same clause (a list or an ellipsis:
    "... and 9,933 a year ago"), unless a partner is named that is no country ("to the EC")."""
    rows = q.rows
    prev = rows[-1] if rows and rows[-1].start >= q.d.clause[0] else None
    if prev is not None and "partners:owner-after" in prev.rule and len(rows) > 1:  # "the 170 mln dlr EC market"
        prev = rows[-2] if rows[-2].start >= q.d.clause[0] else None  # is its noun's own: the figure before it
    if prev is None or not prev.countries or partner_named(q):
        return []
    if prev.unit == "percent" and ("partners:exchange-rate" in prev.rule or "other-party:owned-stake" in prev.rule):
        return []  # "up 85 pct against the dollar and 20 pct on a trade-weighted basis": the pair is the move's own
    if "partners:exchange-rate" in prev.rule and other_quantity(q.d.unit, q.d.rate, q.d.metric, prev.unit):
        return []  # "a rate of 6.20 francs to the dollar and an oil price of 18.9 dlrs": the pair is the rate's own
    return [(c, "party") for c in prev.countries]


def _pronoun_measure(q: Ask) -> list[Role]:
    """None named: "It widened to 3.61 billion" right after "Washington's deficit with Taipei rose to ...": a sentence
    opening with "it" and a verb of change goes on about the two-country measure of the sentence before."""
    s = q.sentence
    m = _IT_OPENS.match(q.ctx.text, s.start)
    d = q.rules.directions.get(m.group(1)) if m else None
    if d is None or not d.verb or q.ctx.text.find(",", s.start, q.d.fig.start) >= 0:
        return []  # "It widened to": the measure moved ("It estimated", "It closed at" may be another's)
    sentences = q.ctx.sentences
    k = bisect_left(sentences, s.index - 1, key=_INDEX)
    if k >= len(sentences) or sentences[k].index != s.index - 1:
        return []
    prev = next((r for r in reversed(q.rows) if r.start < s.start), None)
    if prev is None or prev.start < sentences[k].start or len(prev.countries) < 2:
        return []
    return [(c, "party") for c in prev.countries]


def _clause_subject(q: Ask) -> list[Role]:
    """None named: the countries before the figure in its clause, asides skipped ("exports to China, South
    Korea's largest partner, rose 7.6 pct"; ", of which Russia is a member,")."""
    text, (wlo, _), start = q.ctx.text, q.d.window, q.d.fig.start
    if partner_named(q):
        return []
    asides = [m.span() for m in _ASIDE.finditer(text, wlo, start)] if "," in text[wlo:start] else []
    return roles(text, wlo, start, q.ctx.mentions, q.figs, q.skip + asides, q.rules)


def _opening_participle(q: Ask) -> list[Role]:
    """None named: a figure in a phrase that opens the sentence with a participle is the main clause's subject's, the
    country named right after the phrase's comma ("Owing foreigners 109 billion dlrs, Brazil called ...")."""
    text, s, f = q.ctx.text, q.sentence, q.d.fig
    m = _OPENING.match(text, s.start)
    if m is None or m.group(1).lower() in q.rules.words.not_participle:
        return []
    comma = last_comma(text, m.end(), f.start)
    if comma >= 0:
        return []  # the figure is past the phrase
    comma = text.find(", ", f.end, s.end)
    if comma < 0 or q.figs.number_between(f.end, comma):
        return []
    for start, _, c in q.ctx.mentions.starting(comma + 2, min(s.end, comma + 40)):
        lead = text[comma + 2 : start].strip().lower()
        return [(c, "party")] if c and lead in ("", "the") else []
    return []


def _exchange_rate(q: Ask) -> list[Role]:
    """An exchange rate: the countries of its two currencies ("the dollar fell to 151.20 yen"; rates.py)."""
    return [(c, "party") for c in q.d.rate.countries] if q.d.rate else []


def _repeated_rate(q: Ask) -> list[Role]:
    """ "That meant around 2.90 marks": an exchange rate the story gave before, repeated (rates.repeated_rate)."""
    return [(c, "party") for c in repeated_rate(q.d.fig, q.rows)]


def _currency_subject(q: Ask) -> list[Role]:
    """None named: a currency's move in percent is its country's ("sterling rose, adding five pct"; rates.py)."""
    if not q.d.direction:
        return []
    return [(c, "party") for c in currency_subject(q.ctx, q.sentence, q.d.fig, q.rules)]


def _repeated_figure(q: Ask) -> list[Role]:
    """None named: "the 2.6 billion dlrs" repeats a figure the story gave before; it has that figure's countries."""
    f = q.d.fig
    if not _THE_BEFORE.search(q.ctx.text, max(0, f.start - 5), f.start):
        return []
    for prev in reversed(q.rows):
        if prev.value == f.value and prev.countries and prev.start < q.sentence.start:
            return [(c, "party") for c in prev.countries]
    return []


_PARENT = re.compile(r"\b(?:unit|subsidiary|affiliate|division|arm)\s+of\s+(?:the\s+)?<?$|\bowned\s+by\s+<?$", re.I)


def _organisation_home(q: Ask) -> list[Role]:
    """None named: a company's or a state body's figure is its home country's ("the Bundesbank set the tender at a
    fixed 3.80 pct"; organisations.csv); an international body has none."""
    lo = q.d.clause[0]
    text = q.ctx.text[lo : q.d.fig.start]
    found = [o for o in find_organisations(text, q.ctx.day, HOMED_KINDS) if not _names_index(q, lo, o)]
    # "Lloyds Bank Canada, a unit of Lloyds Bank International": the unit's figure, unless the parent is all there is
    orgs = [o for o in found if not _PARENT.search(text, 0, o.start)] or found
    homes = distinct(o.country for o in orgs)
    return [(homes[-1], "party")] if homes else []


def _names_index(q: Ask, lo: int, org: Organisation) -> bool:
    """A company's name that names a market index ("the Barclays share index", "the Dow Jones industrial average"):
    the index measures a market, not the firm, whose home is no country of the figure."""
    return org.kind == "company" and q.rules.index_after.match(q.ctx.text, lo + org.end) is not None


def _paragraph_country(q: Ask) -> list[Role]:
    """The sentence names no country: the one country the sentence before it in its paragraph names as its topic
    (opening it, or owning a measure): "In Canada growth is expected to pick up ... Inflation is expected to slow to
    3.5 pct"."""
    s = q.sentence
    if s.places:
        return []
    sentences = q.ctx.sentences
    k = bisect_left(sentences, s.index - 1, key=_INDEX)
    if k >= len(sentences) or sentences[k].index != s.index - 1:
        return []
    # "The country's GDP ..." points back to the country the sentence before names, in its paragraph or not
    anaphor = _THE_COUNTRY.search(q.ctx.text, s.start, q.d.fig.start) is not None
    if sentences[k].paragraph != s.paragraph and not anaphor:
        return []
    prev = sentences[k]
    named = distinct(c for *_, c in prev.places)
    if len(named) != 1:
        return []
    if anaphor:
        return [(named[0], "party")]
    start, end, _ = next(p for p in prev.places if p[2])
    lead = q.ctx.text[prev.start : start].strip(" \"“'‘(").lower()
    topic = lead in ("", "the", "in", "in the") or owns_next_metric(q.ctx, end, q.rules)
    return [(named[0], "party")] if topic else []  # "In Canada growth ...", "Canada's exports ...": its topic


PARTNER_RULES: tuple[tuple[str, Callable[[Ask], list[Role] | None]], ...] = (
    ("exchange-rate", _exchange_rate),
    ("repeated-rate", _repeated_rate),
    ("dollar-quote", dollar_quote),
    ("owner-after", _owner_after),  # before figure-window: "the 170 mln dlr EC EPROM market" is the EC's alone
    ("figure-window", _figure_window),
    ("table-section", table_section),  # before previous-figure: a section's first row follows another country's
    ("quote-after-rate", quote_after_rate),  # after figure-window: "rising to 1.3055/60 to its U.S. counterpart"
    ("share-with", share_with),
    ("other-group", _other_group),
    ("previous-figure", _previous_figure),
    ("pronoun-measure", _pronoun_measure),
    ("clause-subject", _clause_subject),
    ("opening-participle", _opening_participle),
    ("currency-subject", _currency_subject),
    ("counter-flow", counter_flow),
    ("parallel-flow", parallel_flow),
    ("repeated-figure", _repeated_figure),
    ("organisation-home", _organisation_home),
    ("paragraph-country", _paragraph_country),
)
