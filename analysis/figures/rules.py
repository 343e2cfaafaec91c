"""The figure rule tables (``analysis/data/figure_*.csv``), read once into one frozen ``Rules`` record.

Every stage of the extractor reads its vocabulary and its regexes from ``rules()``; no stage reads a
table itself. The regexes are built here and in ``phrase_patterns`` from the tables (building blocks in ``regexes``),
so adding a row to a table extends them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from ..text.rule_tables import read_table
from .phrase_patterns import comparison_patterns, phrase_patterns, swing_patterns
from .regexes import NUMBER_CORE, alternation, literals
from .rule_records import Direction, FigureWords, MetricPhrase, NumberWord, Unit


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the figure stages know, read from the tables and compiled once (read-only)."""

    # --- figure_units.csv
    units: dict[str, Unit]  # lower-case word after a number -> its unit
    per_units: dict[str, str]  # lower-case noun after "per"/"a"/"/" in a price -> its code ("tonne")
    world_priced: frozenset[str]  # codes of per_units priced in U.S. dollars everywhere ("ounce", "barrel")
    symbols: dict[str, str]  # currency sign or code before a number ("US$") -> ISO code
    signs: tuple[str, ...]  # the same signs, for str.startswith
    currencies: dict[str, tuple[str, str]]  # lower-case currency name -> (code, ISO alpha-3 of its country)
    currency_country: dict[str, str]  # currency code -> ISO alpha-3 of its country
    currency_name: re.Pattern  # a currency named as a rate's subject: "the dollar", "sterling", "the yen's"
    currency_after: re.Pattern  # the currency word of a country's currency right after its name: "U.S. Dollars"
    local_currency: dict[str, dict[str, str]]  # shared currency word ("crowns") -> ISO alpha-3 -> its code there
    local_defaults: frozenset[str]  # the usual codes of those words ("SEK"): the cheap test before local_currency
    local_usual: dict[str, str]  # a local code -> the usual code of its word ("NOK" -> "SEK", "CAD" -> "USD")
    # --- figure_numbers.csv, figure_directions.csv, figure_metrics.csv, figure_words.csv
    numbers: dict[str, NumberWord]  # lower-case spelled number -> kind and value
    directions: dict[str, Direction]  # lower-case word -> its direction per use
    balances: dict[str, str]  # a balance a figure swings into -> the direction ("deficit": decrease)
    metrics: dict[str, str]  # lower-case metric phrase -> flow | measure
    trade_metrics: frozenset[str]  # metric phrases that measure trade between countries
    seller_of: re.Pattern  # "exports of " before a country: it is the seller (metrics marked seller)
    metric_last: dict[str, tuple[MetricPhrase, ...]]  # last word of a metric -> its phrases, longest first
    words: FigureWords
    # --- figure_periods.csv
    months: dict[str, int]  # month name or abbreviation as written -> 1..12
    calendar: frozenset[str]  # month and weekday names as written
    period_units: dict[str, int]  # lower-case unit of time -> months in it (0 for days and weeks)
    period_parts: dict[str, int]  # lower-case part or relative word -> index or offset ("first": 1, "last": -1)
    period_relative: frozenset[str]  # lower-case relative words (this, last, next ...)
    period_prepositions: dict[str, int]  # lower case -> 1 (from then on: "since"), -1 (up to: "by"), 0 (within: "in")
    # --- word sets of the article's one tokenisation (hits.find_words)
    num_words: frozenset[str]  # spelled numbers that may start a figure
    doc_words: frozenset[str]  # every lower-case word the tokenisation keeps
    # --- regexes built from the tables: numbers (numbers.py, bare_units.py)
    digits: re.Pattern  # a run of digits that may start a number
    number: re.Pattern  # a number: optional currency sign, digits or spelled number or fraction
    range: re.Pattern  # the second end of a range, after a number ("to 10", "-3", "and 6")
    scale: re.Pattern  # a scale word after a number ("billion", "bn")
    unit: re.Pattern  # a unit word after a number ("pct", "dlrs", "tonnes")
    per: re.Pattern  # "per tonne", "a barrel", "/oz"
    a_next: re.Pattern  # after "a"/"an": a scale, multiplier or fraction makes it a number ("a million")
    sym_before: re.Pattern  # a currency sign right before a digit run
    symbol_ends: frozenset[str]  # the last characters of the currency signs (a cheap test before sym_before)
    month_before: re.Pattern  # "July 13": a month before the number
    day_range: re.Pattern  # "from April 21 to", "on April 11 and": a month and a day before a bare day
    span_or: re.Pattern  # "a year or", "a week or": a unit of time before "or" and a bare number (a duration)
    month_after: re.Pattern  # "13 July", "13th of July"
    clock_after: re.Pattern  # "3 p.m.", "0900 GMT"
    duration_after: re.Pattern  # "six months": a unit of time after the number
    duration_paired: re.Pattern  # "10 or 15 years", "three- and seven-day": a second number and a unit of time after
    place_after: re.Pattern  # after a distance: " (six miles) east of", " from": it places something, no figure
    proposal: re.Pattern  # "called for", "urged": countries before it propose the figure (describe._after_proposers)
    share_class_after: re.Pattern  # after an amount: " cumulative preferred": it names a class of shares, no figure
    clinical_after: re.Pattern  # after a percent: " remission rate": a clinical rate, no figure
    rate_after: re.Pattern  # after a percent: " rate" (listed after a clinical rate, one too)
    party_count: re.Pattern  # "six major industrial nations", "22 countries": the parties counted, no figure
    to_level: re.Pattern  # "to (about) $8" before "from": a level reached, so "from $3 to $4" is a range
    compared_gap: re.Pattern  # between two numbers: the second is compared with the first ("5.93 mln against 5.81")
    # --- sentences, sources, comparisons, periods (context.py, sources.py, periods.py)
    clause: re.Pattern  # where a sentence's clauses break
    source_prep: re.Pattern  # "according to X"
    compare: re.Pattern  # "compared with X", "from X", "than X"
    yoy: re.Pattern  # "year-on-year", "a year earlier"
    period: re.Pattern  # period expressions: "first six months of this year", "May 2015", "1986"
    period_start: re.Pattern  # where one can start: a part or relative word, a month, "18", "19", "20"
    prep_before: re.Pattern  # the preposition before a period ("since", "as of")
    # --- metric and direction (describe.py, moves.py)
    record: re.Pattern  # "hit a record", "reached a new all-time record low of" before a figure
    reached: re.Pattern  # "reached (an estimated)", "hit a 52-week low of" before a figure (group 1: a hit verb)
    to_reached: re.Pattern  # between a direction verb and a figure: it moved to that level ("dropped to")
    verb_gap: re.Pattern  # between a direction verb and a figure: the figure is not its change
    object_gap: re.Pattern  # the same between a verb and "by" (its object's "to Europe", "from Japan" allowed)
    ellipsis: re.Pattern  # " to $2.1 bln" after a percent: a list that leaves out its verb
    swing_to: re.Pattern  # before a figure: "swung into a deficit of", "returned to a" (group 1: the balance)
    balance_after: re.Pattern  # after a figure: "deficit", "trade surplus" (group 1: the balance)
    balance_next: re.Pattern  # the balance a figure is, after its unit ("3.51 billion H.K. dlr deficit") or before it
    balance_of: re.Pattern  # before a figure: "a surplus of"
    balance_before: re.Pattern  # after a figure's balance: "after a 2.5 bln surplus", the balance it turned from
    carried: re.Pattern  # before a percent: "and", "after just", "up from last year's": a list of changes
    change_to: re.Pattern  # between a change and a level: "( in March) to (a record) ", " at ": the level it moved to
    compared_after: re.Pattern  # after a level: "..., compared with" an earlier level
    up_from: re.Pattern  # after a level: ", up/down from" an earlier one
    comparative: re.Pattern  # after a direction verb: "fell (much) faster"
    not_subject: re.Pattern  # between a metric and a direction verb: no subject
    # --- partners (partners.py, partner_rules.py, country_window.py, story_country.py)
    route: re.Pattern  # a route word before a country: "via (the) "
    partner_before: re.Pattern  # a partner preposition before a country: "to (the) "
    currency_prep: re.Pattern  # before a currency with its country's name: "in (the) ", "against (the) "
    partner_np: re.Pattern  # a partner named but no country ("to the EC", "with the West")
    window_end: re.Pattern  # the end of the words naming a figure's countries
    contrast: re.Pattern  # "compared with", "versus": ends one figure's countries and starts the next one's
    owner_break: re.Pattern  # between a country and a metric: no ownership
    bilateral: re.Pattern  # "bilateral", "the two countries"
    seg_lead: re.Pattern  # after a comma: a participle (group 1) or a relative pronoun (group 2)
    deal: re.Pattern  # a purchase or sale ("bought", "ordered", "sold"): a company named is a party
    barrier_after: re.Pattern  # after a figure: " in trade sanctions", " of the tariffs": an amount of a barrier
    remove_word: re.Pattern  # "lift", "scrapped": a barrier removed
    sentence_stop: re.Pattern  # a full stop or semicolon
    and_level: re.Pattern  # before a listed level: "and ", "and imports to "
    compare_word: re.Pattern  # "from", "against", "compared with": what follows is compared, not moved
    forecast_word: re.Pattern  # "expected", "forecast", "will": a figure after it in its sentence is a forecast
    accounting_word: re.Pattern  # "extraordinary", "sale", "includes": a money "gain" in its sentence is a profit
    brought_to: re.Pattern  # a bring verb, its total and "to" before a level: "bringing the total to"
    bring_to: re.Pattern  # a bring verb and "to" right before a level: "brings to 157 the number"
    total_after: re.Pattern  # the total after the level: "the number", "the total"
    held_at: re.Pattern  # a hold verb, up to six words of its object, then "at " (search, before a figure)
    money_of: re.Pattern  # a money noun and "of" right before a bare number ("net income of")
    table_money: re.Pattern  # a table line up to a bare amount: "Net loss ", "Revs 268,797 vs " (fullmatch)
    spread_after: re.Pattern  # after a figure: "above/below" a benchmark within a few words, no time word between
    index_after: re.Pattern  # right after a company's name: " share index", " industrial average" (a market index)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Read the tables and build the regexes (once; the result is read-only)."""
    units, per_units, symbols, world_priced = _read_units()
    currencies = {
        r["surface"].strip().lower(): (r["code"].strip(), r["country"].strip())
        for r in _rows("units")
        if r["kind"].strip() == "name"
    }
    local: dict[str, dict[str, str]] = {}
    for r in _rows("units"):
        if r["kind"].strip() == "local":
            local.setdefault(r["surface"].strip().lower(), {})[r["country"].strip()] = r["code"].strip()
    numbers = {
        row["word"].strip().lower(): NumberWord(row["kind"].strip(), float(row["value"])) for row in _rows("numbers")
    }
    directions, balances = _read_directions()
    metrics, trade_metrics, sellers, metric_last = _read_metrics()
    words = _read_words()
    periods = _read_periods()
    num_words = frozenset(w for w, n in numbers.items() if n.kind in ("cardinal", "fraction")) | {"a", "an", "half"}
    return Rules(
        units=units,
        per_units=per_units,
        world_priced=world_priced,
        symbols=symbols,
        signs=tuple(symbols),
        currencies=currencies,
        currency_country={
            **{code: iso3 for codes in local.values() for iso3, code in codes.items()},
            **{code: iso3 for code, iso3 in reversed(list(currencies.values()))},
        },
        currency_name=re.compile(rf"(?i)(?<![\w.-]){alternation(currencies)}(?:['’]s)?(?![\w-])"),
        currency_after=_currency_after(units, currencies),
        local_currency=local,
        local_defaults=frozenset(units[w].code for w in local if w in units),
        local_usual={code: units[w].code for w, codes in local.items() if w in units for code in codes.values()},
        numbers=numbers,
        directions=directions,
        balances=balances,
        metrics=metrics,
        trade_metrics=trade_metrics,
        seller_of=re.compile(rf"(?i)\b{alternation(sellers)} of\s+$"),
        metric_last=metric_last,
        words=words,
        months={w: v for w, (k, v) in periods.items() if k == "month"},
        calendar=frozenset(w for w, (k, _) in periods.items() if k in ("month", "weekday")),
        period_units={w.lower(): v for w, (k, v) in periods.items() if k == "unit"},
        period_parts={w.lower(): v for w, (k, v) in periods.items() if k in ("part", "relative")},
        period_relative=frozenset(w.lower() for w, (k, _) in periods.items() if k == "relative"),
        period_prepositions={w.lower(): v for w, (k, v) in periods.items() if k == "preposition"},
        num_words=num_words,
        doc_words=frozenset(directions) | words.report | frozenset(metric_last) | num_words,
        symbol_ends=frozenset(s[-1] for s in symbols),
        **_number_patterns(units, per_units, symbols, numbers),
        **_period_patterns(periods, numbers),
        **phrase_patterns(words, periods),
        **comparison_patterns(words, symbols, directions),
        **swing_patterns(words, balances),
    )


def _currency_after(units: dict[str, Unit], currencies: dict[str, tuple[str, str]]) -> re.Pattern:
    """The last word of a currency written with its country ("U.S. dlrs", "Swiss franc", "Japanese yen"), right
    after the country's name: "swaps against U.S. Dollars" names a currency, not a party."""
    named = [w for w, u in units.items() if u.kind == "currency" and " " in w] + [w for w in currencies if " " in w]
    # "Japanese currency reserves" are the country's; "European Currency Units" names none; "Korea won" a verb too
    words = {w.rsplit(" ", 1)[1] for w in named} - {"currency", "unit", "units", "won"}
    return re.compile(rf"(?i)\s+{alternation(words)}\b")


def _rows(name: str) -> list[dict]:
    return read_table(f"figure_{name}.csv")


def _read_units() -> tuple[dict[str, Unit], dict[str, str], dict[str, str], frozenset[str]]:
    units: dict[str, Unit] = {}
    per_units: dict[str, str] = {}
    symbols: dict[str, str] = {}
    world_priced: set[str] = set()
    for row in _rows("units"):
        surface, kind, code = row["surface"].strip(), row["kind"].strip(), row["code"].strip()
        if kind == "symbol":
            symbols[surface] = code
        elif kind == "per":
            per_units.setdefault(surface.lower(), code)
            if (row["country"] or "").strip() == "WLD":  # a world commodity price, quoted in U.S. dollars everywhere
                world_priced.add(code)
        elif kind in ("name", "local"):
            continue  # a currency as a rate's subject (Rules.currencies), or a shared word's local code
        else:
            unit = Unit(kind, code, float(row["multiplier"] or 1), row["attached"].strip() == "1")
            units.setdefault(surface.lower(), unit)
    return units, per_units, symbols, frozenset(world_priced)


def _read_directions() -> tuple[dict[str, Direction], dict[str, str]]:
    """The direction words by use, and apart the balances ("deficit": decrease) a figure can swing into."""
    uses: dict[str, dict[str, str]] = {}
    balances: dict[str, str] = {}
    for row in _rows("directions"):
        word, kind, direction = row["word"].strip().lower(), row["kind"].strip(), row["direction"].strip()
        if kind == "balance":
            balances[word] = direction
        else:
            uses.setdefault(word, {})[kind] = direction
    return {w: Direction(**u) for w, u in uses.items()}, balances


def _read_metrics() -> tuple[dict[str, str], frozenset[str], list[str], dict[str, tuple[MetricPhrase, ...]]]:
    metrics: dict[str, str] = {}
    trade: set[str] = set()
    sellers: list[str] = []
    for row in _rows("metrics"):
        word = row["word"].strip().lower()
        metrics[word] = row["kind"].strip()
        if (row.get("trade") or "").strip().lower() == "yes":
            trade.add(word)
        if (row.get("seller") or "").strip().lower() == "yes":
            sellers.append(word)
    last: dict[str, list[MetricPhrase]] = {}
    for phrase in sorted(metrics, key=lambda p: -len(p.split())):
        *before, word = phrase.split()
        pattern = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, before)) + r"\s+$") if before else None
        last.setdefault(word, []).append(MetricPhrase(phrase, pattern))
    return metrics, frozenset(trade), sellers, {w: tuple(p) for w, p in last.items()}


def _read_words() -> FigureWords:
    kinds: dict[str, set[str]] = {f.name: set() for f in fields(FigureWords)}
    for row in _rows("words"):
        kind = row["kind"].strip()
        if kind not in kinds:
            raise ValueError(f"figure_words.csv: unknown kind {kind!r} (add it to FigureWords in rules.py)")
        kinds[kind].add(row["word"].strip().lower())
    return FigureWords(**{k: frozenset(v) for k, v in kinds.items()})


def _read_periods() -> dict[str, tuple[str, int]]:
    periods: dict[str, tuple[str, int]] = {}
    for row in _rows("periods"):
        periods.setdefault(row["word"].strip(), (row["kind"].strip(), int(row["value"])))
    return periods


def _spelled(numbers: dict[str, NumberWord]) -> str:
    """A spelled number: "twenty-five", "three hundred"."""
    cards = [w for w, n in numbers.items() if n.kind == "cardinal"]
    mults = [w for w, n in numbers.items() if n.kind == "multiplier"]
    return rf"{alternation(cards)}(?:[\s-]+{alternation(cards + mults)})*"


def _number_patterns(units, per_units, symbols, numbers) -> dict[str, re.Pattern]:
    cards = [w for w, n in numbers.items() if n.kind == "cardinal"]
    mults = [w for w, n in numbers.items() if n.kind == "multiplier"]
    fracs = [w for w, n in numbers.items() if n.kind == "fraction"]
    scales = [s for s, u in units.items() if u.kind == "scale"]
    spelled = _spelled(numbers)
    fraction = rf"(?:(?:an?|{alternation(cards)})[\s-]+{alternation(fracs)}|half)"
    a_scale = rf"an?(?=\s+{alternation(scales + mults)}\b)"
    sym = alternation(symbols)
    unit_words = [s for s, u in units.items() if u.kind != "scale"]
    return {
        "digits": re.compile(NUMBER_CORE),
        "number": re.compile(
            rf"(?<![\w$.,:'’])(?<![\d/]/)(?:(?P<sym>{sym})\s?)?(?:(?P<num>{NUMBER_CORE})"
            rf"|\b(?P<word>(?i:{fraction}|{a_scale}|{spelled}))\b)"
        ),
        "range": re.compile(rf"\s*(?P<conn>-|–|—|to|and)\s*(?:{sym}\s?)?(?P<num2>{NUMBER_CORE}|\b(?i:{spelled})\b)"),
        "scale": re.compile(rf"(?P<sp>\s*-?\s*)(?P<w>{alternation(scales, 'i')})(?![A-Za-z])"),
        "unit": re.compile(rf"(?P<sp>\s*-?\s*)(?P<w>{alternation(unit_words, 'i')})(?![A-Za-z])"),
        # "a" and "per" stand as words ("237p ahead" is no price a head); "/" may touch its unit
        "per": re.compile(rf"\s*(?:(?:per|an?)\s+|/\s*)(?P<w>{alternation(per_units, 'i')})\b"),
        "a_next": re.compile(rf"[\s-]+{alternation(scales + mults + fracs, 'i')}\b"),
        "sym_before": re.compile(rf"{sym}\s?$"),
    }


def _period_patterns(periods: dict[str, tuple[str, int]], numbers) -> dict[str, re.Pattern]:
    months = [w for w, (k, _) in periods.items() if k == "month"]
    units = [w for w, (k, _) in periods.items() if k == "unit"]
    parts = [w for w, (k, _) in periods.items() if k in ("part", "relative")]
    preps = [w for w, (k, _) in periods.items() if k == "preposition"]
    relative = [w for w, (k, _) in periods.items() if k == "relative"]
    modifiers = [w for w, (k, _) in periods.items() if k == "modifier"]
    month = alternation(months)
    # a date's month may be written in lower case ("on september 30", "12 march"); not "may", a modal before a number
    any_month = alternation(set(months) | {m.lower() for m in months} - {"may"})

    def both(ws):  # explicit capitals instead of (?i:): keeps the regex's fast first-character scan
        return alternation(set(ws) | {w.capitalize() for w in ws})

    # Dates and times are checked around each number (one pass of a date regex over every text cost more
    # than all the rest): a month before ("July 13"), a month after ("13 July"), a clock word after.
    return {
        "month_before": re.compile(rf"\b{any_month}\.?\s+$"),
        "span_or": re.compile(rf"\b(?:{alternation(units, 'i')})\s+or\s+$"),  # "in the next year or" two
        "day_range": re.compile(rf"\b{month}\.?\s+\d{{1,2}}\s+(?:to|and|through)\s+$"),  # "from April 21 to" 24
        "month_after": re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{any_month}\b"),
        "clock_after": re.compile(rf"\s*{alternation(w for w, (k, _) in periods.items() if k == 'clock')}(?![A-Za-z])"),
        # "six months", "three good years", "two more working days", "the first two 1987 months": a period, with up to
        # two adjectives or a year between
        # "within 10 or 15 years", "three- and seven-day repurchase agreements": the first of two lengths of time (not
        # "eleven and three-quarters pct", a fraction)
        "duration_paired": re.compile(
            rf"-?\s+(?:or|and)\s+(?:\d{{1,3}}|(?i:{_spelled(numbers)}))(?:\s+|-(?!quarter))(?:{alternation(units, 'i')})\b"
        ),
        "duration_after": re.compile(
            rf"\s+(?:(?:good|bad|full|straight|consecutive|successive|long|lean|more|further|additional|working|business"
            rf"|trading|calendar|(?:1[89]|20)\d\d)\s+){{0,2}}(?:{alternation(units, 'i')})\b"
        ),
        "period": re.compile(
            "|".join(
                [
                    rf"(?P<p1>(?P<part>{both(parts)})\s+(?:(?P<n>\d+|(?i:{_spelled(numbers)}))\s+)?"
                    rf"(?P<unit>{both(units)})\b(?:\s+of\s+(?P<of>(?:{alternation(relative)}|the current|the)\s+year|\d{{4}}))?)",
                    rf"(?P<p2>(?P<month>{month})\b\.?(?:\s+(?P<my>(?:1[89]|20)\d\d)\b)?)",
                    r"(?P<p3>(?P<year>(?:1[89]|20)\d\d)\b)",
                ]
            )
        ),
        "period_start": literals(set(parts) | {w.capitalize() for w in parts} | set(months) | {"18", "19", "20"}),
        "prep_before": re.compile(rf"\b({alternation(preps)})\s+(?:{alternation(modifiers)}-?\s*)?$", re.I),
    }
