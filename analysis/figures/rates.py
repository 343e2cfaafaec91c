"""Exchange rates: a figure in one currency given as the price of another ("the dollar fell to 151.20 yen").

A rate's unit names the pair ("JPY per USD": yen per dollar) and its partners are both currencies' countries
(figure_units.csv, kind ``name``: the currency named as the rate's subject, with its country). Three ways a
sentence writes one:

- the subject currency before a figure in another currency: "the dollar fell to 151.20 yen", "sterling eased to
  2.950 marks", "the yen's strength brought it up to 1.2555 marks per 100";
- a number "to"/"against"/"per" a currency, after a subject currency: "the Taiwan dollar rose to 36.77 to the U.S.
  dollar", or in a currency of its own: "a rate of 1.83 marks to the dollar";
- a pair written with a slash before "rate": "a yen/dollar rate of 172".

A money figure with a scale ("5 billion yen") is an amount, never a rate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from ..text.countries import country_name
from .candidates import Candidate
from .context import Context, Sentence
from .rows import FigureRow
from .rules import Rules

_START = attrgetter("start")
_PAIR_RATE = re.compile(r"\s*/\s*")  # "yen/dollar": the second currency follows the slash
_RATE_WORD = re.compile(r"(?i)\s+(?:exchange\s+)?rates?\b")
_AGAINST_AFTER = re.compile(r"\s+(?:to|against|per)\s+(?:the\s+|one\s+|each\s+)?")  # "36.77 to the dollar"
_UNIT_BEFORE = re.compile(
    r"(?i)(?:\d|\b(?:mln|million|billion|bln)|\d\S*\s+\S+\s+(?:for\s+)?(?:a|an|per|each|every))\s+$"
)
_NEXT = re.compile(r"\s+(\S+)")
_SPEECH = frozenset({"said", "says", "told", "added", "noted"})  # "Mark said": a person, no currency
_MODIFIED = re.compile(r"(?i)\s*(?:-|terms\b|assets\b|reserves\b|deposits\b|holdings\b|bonds?\b|denominated\b)")


# after a currency named as a subject: its verb, after an auxiliary or an adverb ("the yen could go up", "sterling
# has risen sharply"); the verb must be a direction word
_SUBJECT_VERB = re.compile(
    r"(?i)\s+(?:(?:has|have|had|is|was|has\s+been|had\s+been|could|should|would|will|may|might|also|then|[a-z]+ly)\s+){0,2}"
    r"(?:go\s+|gone\s+|went\s+)?([a-z]+)\b"
)


@dataclass(slots=True)
class Rate:
    """An exchange rate: its unit ("JPY per USD") and the countries of its two currencies."""

    unit: str
    countries: list[str]


def exchange_rate(ctx: Context, sentence: Sentence, fig: Candidate, rules: Rules) -> Rate | None:
    """The exchange rate ``fig`` gives, or None when it is no rate."""
    code = _shared_code(ctx, fig, (fig.unit or "").split(" ")[0], rules)
    if not _may_be_rate(ctx, sentence, fig, code, rules):
        return None
    names = [m for m in rules.currency_name.finditer(ctx.text, sentence.start, fig.start) if not _modifier(ctx, m)]
    pair = _slash_pair(ctx, names, fig, rules)
    if pair:
        return _rate(pair[0], pair[1], ctx.day, rules)
    base = _base_after(ctx, fig, rules)
    if base:
        return _rate_to_base(ctx, names, code, base, rules)
    if not code:  # "... near 148.50 yen and the U.S. currency firmed to 149.05/15": the sentence's rate unit
        code = _earlier_money(sentence, fig, rules)
        if not code:
            return None
    subject = next((c for c in (_code(m, rules) for m in reversed(names)) if c != code), None)
    if subject is None:
        subject = _unit_anaphor(ctx, sentence, fig, code, rules)
    if subject is None:
        return None
    per = fig.unit[len(code) :] if fig.unit else ""  # " per 100" (marks per 100 yen)
    return _rate(code, subject, ctx.day, rules, per)


_THE_UNIT = re.compile(r"\bthe\s+(?:unit|currency)\b")  # "to hold the unit above 149 yen": a currency named before
_WORD = re.compile(r"[A-Za-z]+")


def _unit_anaphor(ctx: Context, sentence: Sentence, fig: Candidate, code: str, rules: Rules) -> str | None:
    """ "buying dollars to hold the unit above 149 yen": "the unit" or "the currency" as the rate's subject is the last
    other currency the sentence named before it, in the singular or the plural (rule "exchange-rate")."""
    text = ctx.text
    at = text.rfind("the ", sentence.start, fig.start)  # the cheap test: the last "the" before the figure
    m = _THE_UNIT.match(text, at) if at >= 0 else None
    if m is None:
        return None
    for w in reversed(_WORD.findall(text, sentence.start, at)):
        word = w.lower()
        named = rules.currencies.get(word) or (rules.currencies.get(word[:-1]) if word.endswith("s") else None)
        if named and named[0] != code:
            return named[0]
    return None


def _shared_code(ctx: Context, fig: Candidate, code: str, rules: Rules) -> str:
    """A currency word several countries share ("24.53 dinars to the dollar", "rupees", "pounds"): the code of the
    last country named before the figure that uses the word, else its usual code (local_currency, for rates)."""
    if not _shared_in_rates(code, rules):
        return code  # the cheap test: no shared word
    words = ctx.text[fig.start : fig.end].split()
    if len(words) > 2 and words[-2][:1].isupper():
        return code  # "6.0690 French francs" names its country
    return shared_name_code(ctx, words[-1], code, fig.start, rules)


def shared_name_code(ctx: Context, word: str, code: str, pos: int, rules: Rules) -> str:
    """The code of a currency word several countries share ("pesos", "peso"): that of the last country named before
    ``pos`` that uses it, else ``code``."""
    options = rules.local_currency.get(word.lower())
    if not options and code != "USD":  # "the pound" (a bare "dollar" in 1987 copy is the U.S. one)
        options = rules.local_currency.get(f"{word.lower()}s")
    if not options:
        return code
    users = {country_name(iso3, ctx.day): c for iso3, c in options.items()}
    usual = rules.currency_country.get(code)
    if usual:
        users.setdefault(country_name(usual, ctx.day), code)
    return next((users[c] for *_, c in reversed(ctx.mentions.starting(0, pos)) if c in users), code)


def _shared_in_rates(code: str, rules: Rules) -> bool:
    """Is ``code`` the usual code of a word several currencies share, as a rate reads it? Not the dollar: "dlrs" in a
    rate are U.S. dollars ("1.60 dlrs to the pound"), whatever dollar country the story named before."""
    return code in rules.local_defaults and code != "USD"


def _rate_to_base(ctx: Context, names: list[re.Match], code: str, base: str, rules: Rules) -> Rate | None:
    """A rate "to"/"per" the currency ``base``: of the currency named before it ("the Taiwan dollar rose to 36.77 to
    the U.S. dollar"), else of the figure's own ("a rate of 1.83 marks to the dollar", "the yen against the dollar
    rose to 153.49 yen per dollar")."""
    quote = _pair_code(ctx, names[-1], rules) if names else None
    if quote and quote != base:
        return _rate(quote, base, ctx.day, rules)
    if quote and _shared_in_rates(code, rules):
        return None  # "2.5 pounds to the U.S. currency" after "its pound against the dollar": whose pound is not known
    return _rate(code, base, ctx.day, rules) if code and code != base else None


_MOVE_AGAINST = re.compile(r"\s+(?:against|versus)\s+(?:the\s+|one\s+)?")  # "up 85 pct against the dollar"


def currency_move(ctx: Context, sentence: Sentence, fig: Candidate, rules: Rules) -> Rate | None:
    """ "the mark was up 85 pct against the dollar": a percent move of the currency named before it against the one
    named after it; both currencies' countries, the unit stays percent."""
    gap = _MOVE_AGAINST.match(ctx.text, fig.end)
    after = rules.currency_name.match(ctx.text, gap.end()) if gap else None
    if after is None:
        return None
    base = _code(after, rules)
    names = [m for m in rules.currency_name.finditer(ctx.text, sentence.start, fig.start) if not _modifier(ctx, m)]
    quote = next((c for c in (_code(m, rules) for m in reversed(names)) if c != base), None)
    pair = _rate(quote, base, ctx.day, rules) if quote else None
    return Rate("percent", pair.countries) if pair and len(pair.countries) == 2 else None


def currency_subject(ctx: Context, sentence: Sentence, fig: Candidate, rules: Rules) -> list[str]:
    """ "sterling has risen sharply, adding five pct on its trade-weighted index": a percent move, with no
    currency after it, of the currency named last before it in its sentence, no number between: its country."""
    if fig.unit not in ("percent", "points") or fig.scale != 1.0:
        return []
    names = [m for m in rules.currency_name.finditer(ctx.text, sentence.start, fig.start) if not _modifier(ctx, m)]
    if not names or any(names[-1].end() <= n.start < fig.start for n in sentence.numbers):
        return []
    verb = _SUBJECT_VERB.match(ctx.text, names[-1].end())  # "sterling has risen", not "dollar borrowing"
    if verb is None or verb.group(1).lower() not in rules.directions:
        return []
    word = re.sub(r"['’]s$", "", names[-1].group()).lower()
    if word in rules.local_currency or f"{word}s" in rules.local_currency:
        return []  # "the peso", "the dollar": a word of several countries' currencies (figure_units.csv, kind local)
    iso3 = rules.currency_country.get(_code(names[-1], rules))
    name = country_name(iso3, ctx.day) if iso3 else None
    return [name] if name else []


def _may_be_rate(ctx: Context, sentence: Sentence, fig: Candidate, code: str, rules: Rules) -> bool:
    """The cheap tests: money with no scale, or a bare number "to the dollar", in a pair's rate or after a rate."""
    if fig.move or fig.scale != 1.0 or (code and code not in rules.currency_country):
        return False  # an amount, a percent, a price per tonne, a count of things
    if code:
        return True
    if not ctx.text[fig.start].isdigit():
        return False  # "a basket of five currencies": a spelled number is no quote
    # a bid/offer quote after a rate ("firmed to 149.05/15") has its slash; "eased to 30.055 marks after 30.060"
    return (
        "/" in sentence.text
        or _AGAINST_AFTER.match(ctx.text, fig.end) is not None
        or bool(_earlier_money(sentence, fig, rules))
    )


def _earlier_money(sentence: Sentence, fig: Candidate, rules: Rules) -> str:
    """The currency of the number just before ``fig`` in its sentence when it is money without a scale ("")."""
    k = bisect_left(sentence.numbers, fig.start, key=_START) - 1
    o = sentence.numbers[k] if k >= 0 else None
    return _base(o.unit) if o is not None and o.scale == 1.0 and _base(o.unit) in rules.currency_country else ""


def _base(unit: str | None) -> str:
    return (unit or "").split(" ")[0]


def _code(m: re.Match, rules: Rules) -> str:
    return rules.currencies[re.sub(r"['’]s$", "", m.group()).lower()][0]


def _modifier(ctx: Context, m: re.Match) -> bool:
    """No rate's subject: a currency that modifies a noun ("dollar reserves", "in dollar terms"), a unit after a
    number ("195 rand") or after "a"/"per" ("94 cents a pound"), a name ("Mark said", "the Sterling 825S")."""
    text = ctx.text
    if _MODIFIED.match(text, m.end()) or _UNIT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True
    word = m.group()
    if word[:1].isupper() and " " not in word.strip():  # "Sterling eased" opens a sentence; "Mark said" is a man
        nxt = _NEXT.match(text, m.end())
        opens = not text[max(0, m.start() - 3) : m.start()].strip(' \n"“') or text[
            max(0, m.start() - 3) : m.start()
        ].rstrip().endswith(".")
        return not opens or (nxt is not None and (nxt.group(1)[:1].isdigit() or nxt.group(1).lower() in _SPEECH))
    return False


def _slash_pair(ctx: Context, names: list[re.Match], fig: Candidate, rules: Rules) -> tuple[str, str] | None:
    """ "a yen/dollar rate of 172", "dollar/yen rates were 152.32": (quote, base) of the last pair written with a
    slash before "rate" that holds the figure's currency (if it has one); the dollar is the base where it is in
    the pair (1987 copy quotes rates per dollar either way round)."""
    code = _base(fig.unit)
    for a, b in reversed(list(zip(names, names[1:]))):
        if _PAIR_RATE.fullmatch(ctx.text, a.end(), b.start()) and _RATE_WORD.match(ctx.text, b.end()):
            pair = (_pair_code(ctx, a, rules), _pair_code(ctx, b, rules))
            if code and code not in pair:
                continue
            return (pair[1], pair[0]) if pair[0] == "USD" else pair
    return None


def _pair_code(ctx: Context, m: re.Match, rules: Rules) -> str:
    """The code of a currency named before a rate; a word several countries share takes that of the last country
    named before it ("Turkey's central bank set a lira/dollar rate": TRL, not ITL; "the Lebanese pound ... The pound
    closed at 407.00/412.00 to the dollar": LBP)."""
    code = _code(m, rules)
    words = m.group(0).split()
    if not _shared_in_rates(code, rules) or len(words) > 1:
        return code  # "the Italian lira" names its country
    return shared_name_code(ctx, words[-1], code, m.start(), rules)


def _base_after(ctx: Context, fig: Candidate, rules: Rules) -> str | None:
    """ "36.77 to the U.S. dollar", "140 against the dollar": the currency the figure is the price of."""
    gap = _AGAINST_AFTER.match(ctx.text, fig.end)
    m = rules.currency_name.match(ctx.text, gap.end()) if gap else None
    return _code(m, rules) if m else None


def _rate(quote: str, base: str, day: str, rules: Rules, per: str = "") -> Rate | None:
    """The rate of ``quote`` per ``base`` ("JPY per USD"; "DEM per 100 JPY")."""
    if quote == base:
        return None
    unit = f"{quote} per 100 {base}" if per.strip() == "per 100" else f"{quote} per {base}"
    countries = []
    for code in (base, quote):
        iso3 = rules.currency_country.get(code)
        name = country_name(iso3, day) if iso3 else None
        if name and name not in countries:
            countries.append(name)
    return Rate(unit, countries)


def local_currency(unit: str, surface: str, countries: list[str], day: str, rules: Rules) -> str:
    """A currency word several countries share ("crowns", "francs", "pounds"): the code it has in the figure's own
    country where that is one of them ("540 mln crowns" of a Norwegian figure: NOK), else its usual code (SEK)."""
    words = surface.split()
    options = rules.local_currency.get(words[-1].lower())
    if options and len(words) > 1 and words[-2][:1].isupper():
        return unit  # "U.S. dlrs", "French francs": the word is qualified by its country
    usual = rules.currency_country.get(unit)
    if unit == "USD" and len(countries) != 1:
        return unit  # the dollar is trade's currency: "Japan's surplus with Canada, 300 mln dlrs" is in U.S. dollars
    if not options or (usual and country_name(usual, day) in countries):
        return unit  # no shared word, or a Swedish figure in crowns
    for c in countries:
        code = next((code for iso3, code in options.items() if country_name(iso3, day) == c), None)
        if code:
            return code
    return unit


def repeated_rate(fig: Candidate, rows: list[FigureRow]) -> list[str]:
    """ "That meant around 2.90 marks": an amount of a currency without a scale that repeats an exchange rate the story
    gave before ("a rate of 2.90 marks" of sterling) is that rate; its two countries, else []."""
    if fig.scale != 1 or not fig.unit or len(fig.unit) != 3:
        return []  # the cheap test: a plain currency amount ("DEM"), no "mln"
    pair = fig.unit + " per "
    for prev in reversed(rows):
        if prev.value == fig.value and prev.unit and prev.unit.startswith(pair) and len(prev.countries) == 2:
            return list(prev.countries)
    return []


def other_quantity(unit: str | None, rate: Rate | None, metric: str | None, rate_unit: str | None) -> bool:
    """Whether a figure after an exchange rate is another quantity than the rate: an amount in another unit, or a
    percent of a metric ("a 2.75 pct rise in exports"); not a bare number, nor the rate's own move ("a 6.02 pct gain")."""
    return rate is None and unit not in (None, "count", rate_unit) and (unit != "percent" or bool(metric))


# the helpers dollar_quotes.py reads a rate without a unit with
currency_code, is_modifier, rate_of = _code, _modifier, _rate
