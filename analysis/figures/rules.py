"""The figure rule tables (``analysis/data/figure_*.csv``), read once into one frozen ``Rules`` record.

Every stage of the extractor reads its vocabulary and its regexes from ``rules()``; no stage reads a
table itself. The regexes are built here from the tables, so adding a row to a table extends them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from ..text.rule_tables import read_table
from ..text.word_tries import trie_pattern
from ..text.words import ARTICLES, CONCESSIVE_CONJUNCTIONS, CONTRASTIVE_CONJUNCTIONS, HEDGES, RELATIVE_PRONOUNS

# "1-1/4" and "5/8" (wire-style fractions in prices) come first; a date "3/4/87" is not one (no second slash)
NUMBER_CORE = r"(?:(?:\d{1,3}[- ])?\d{1,2}/\d{1,2}(?![/\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"


def alternation(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so "per cent" wins over "per").

    Written as a trie (``wordlists.trie_pattern``): ``re`` tries a plain alternation word by word at every
    position, which made the unit, scale and period patterns the slowest part of the extractor. The words that
    match at one position are prefixes of each other, so the trie's longest-first order is the alternation's.
    """
    words = set(words)
    body = trie_pattern(words) if words - {""} else ""
    if "" in words and body:
        body += "?"  # the empty word, tried last
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


@dataclass(frozen=True, slots=True)
class Unit:
    """A word written after a number (figure_units.csv, every kind but symbol and per)."""

    kind: str  # scale | percent | currency | unit
    code: str  # what the figure's ``unit`` column says (ISO 4217 for money); empty for a scale
    multiplier: float  # the scale factor ("bn": 1e9) or a sub-unit ("cts": 0.01)
    attached: bool  # counts only when written against the number ("5bn", "$5m"): the bare letter is ambiguous


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A spelled number (figure_numbers.csv)."""

    kind: str  # cardinal | multiplier | fraction
    value: float


@dataclass(frozen=True, slots=True)
class Direction:
    """Which way a word says a figure moved, for each way the word can be used (figure_directions.csv)."""

    verb: str | None = None  # "rose 5 pct", "imports surged"
    noun: str | None = None  # "a 5 pct rise", "a rise of 5 pct"
    adverb: str | None = None  # directly before the number: "up 5 pct"
    after: str | None = None  # directly after the figure: "5 pct higher"
    infinitive: str | None = None  # a verb only after "to" or a modal ("plans to lower its rate to"); not "lower taxes"
    rate: str | None = None  # a rate of change: its percent is that change whatever moves the rate ("growth")


@dataclass(frozen=True, slots=True)
class MetricPhrase:
    """A metric of figure_metrics.csv, indexed by its last word: the words before it are looked for before."""

    phrase: str  # lower case: "gross domestic product"
    before: re.Pattern | None  # the words before the last ("gross domestic"), at the end of a look-behind window


@dataclass(frozen=True, slots=True)
class FigureWords:
    """figure_words.csv, one field per kind (a row of an unknown kind is an error)."""

    report: frozenset[str]  # reporting verbs: who speaks before one is the source
    source_prep: frozenset[str]  # the source follows: "according to"
    compare: frozenset[str]  # the comparison follows: "compared with"
    label: frozenset[str]  # the number after it is an identifier: "Resolution 2397"
    definite: frozenset[str]  # before a spelled number it refers back: "the two sides"
    stop: frozenset[str]  # ends a noun phrase
    modal: frozenset[str]  # before a direction verb it makes a forecast: "will rise"
    route: frozenset[str]  # before a country: a route, no party: "via Hong Kong"
    partner: frozenset[str]  # before a country: the partner of a flow: "exports to Japan"
    record_verb: frozenset[str]  # before "a record": a level reached: "hit a record"
    level_noun: frozenset[str]  # after "rose to a": the level reached: "to an average of"
    reach_verb: frozenset[str]  # before a figure: a level reached by a rise: "reached 58 bln dlrs"
    comparative: frozenset[str]  # after a direction verb: a comparison: "fell faster than"
    window_end: frozenset[str]  # after a figure: the end of the words naming its countries
    owner_break: frozenset[str]  # between a country and a metric: no ownership ("Japan to trade")
    verb_gap: frozenset[str]  # between a direction verb and a figure: not the verb's change ("rose to")
    not_subject: frozenset[str]  # between a metric and a direction verb: not its subject
    bilateral: frozenset[str]  # "bilateral trade", "two-way trade"
    pair_noun: frozenset[str]  # "the two countries", "both sides"
    group_noun: frozenset[str]  # "for the other members": the figure is a group's, no country's
    same_period: frozenset[str]  # "year-on-year", "a year earlier"
    not_participle: frozenset[str]  # ends in -ing, no participle: "during"
    carry: frozenset[str]  # before a figure after a change: it continues its list or comparison ("after")
    swing: frozenset[str]  # before "into a deficit": a balance that changed sides ("swung", "turned")
    deal: frozenset[str]  # a purchase or sale: a company named with the figure is a party ("bought")
    barrier: frozenset[str]  # a trade barrier ("sanctions", "tariffs"): also a deal word
    remove: frozenset[str]  # removes a barrier: "lift", "scrapped"
    frequency: frozenset[str]  # between a figure and its direction noun: "a 10 pct annual reduction"
    balance: frozenset[str]  # a measure between two parties: the frame's pair applies to it ("the surplus")
    forecast: frozenset[str]  # before a figure in its sentence: the figure is expected ("is expected to", "would")
    accounting: frozenset[str]  # with a money figure after "gain": a profit booked ("extraordinary", "on the sale")
    benchmark: frozenset[str]  # after "N above/below": a spread over it, no change ("LIBOR", "ceiling")
    estimate: frozenset[str]  # between "to a(n)" and a level reached: "rose to an estimated 5 bln", "to a likely"
    hold_verb: frozenset[str]  # a verb, its object, "at" and a level: no move ("kept its rate at 3.5 pct")
    bring_verb: frozenset[str]  # a total brought to a level grew: "bringing the total to"
    total_noun: frozenset[str]  # the total a bring verb moves: "total", "number"
    stay_verb: frozenset[str]  # right before a hedged level: no move ("could remain around 18 dlrs")
    loss_verb: frozenset[str]  # before an amount: a loss booked ("lost 87 mln dlrs"), no restated fall
    object_end: frozenset[str]  # between a verb and "to" a level: the object ended ("rose after the group sold ... to")
    particle_verb: frozenset[str]  # before "up"/"down": a phrasal verb, no move ("set up two firms", "made up 40 pct")
    money_noun: frozenset[str]  # before "of" and a bare number written in full: an amount ("a charge of 818,000")
    table_money: frozenset[str]  # a results table's money line: "Net", "Revs" ("Net loss 473,784 vs loss 489,257")


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the figure stages know, read from the tables and compiled once (read-only)."""

    # --- figure_units.csv
    units: dict[str, Unit]  # lower-case word after a number -> its unit
    per_units: dict[str, str]  # lower-case noun after "per"/"a"/"/" in a price -> its code ("tonne")
    symbols: dict[str, str]  # currency sign or code before a number ("US$") -> ISO code
    signs: tuple[str, ...]  # the same signs, for str.startswith
    currencies: dict[str, tuple[str, str]]  # lower-case currency name -> (code, ISO alpha-3 of its country)
    currency_country: dict[str, str]  # currency code -> ISO alpha-3 of its country
    currency_name: re.Pattern  # a currency named as a rate's subject: "the dollar", "sterling", "the yen's"
    local_currency: dict[str, dict[str, str]]  # shared currency word ("crowns") -> ISO alpha-3 -> its code there
    local_defaults: frozenset[str]  # the usual codes of those words ("SEK"): the cheap test before local_currency
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
    # --- regexes built from the tables: numbers (numbers.py)
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
    month_after: re.Pattern  # "13 July", "13th of July"
    clock_after: re.Pattern  # "3 p.m.", "0900 GMT"
    duration_after: re.Pattern  # "six months": a unit of time after the number
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
    # --- partners (partners.py)
    route: re.Pattern  # a route word before a country: "via (the) "
    partner_before: re.Pattern  # a partner preposition before a country: "to (the) "
    partner_np: re.Pattern  # a partner named but no country ("to the EC", "with the West")
    window_end: re.Pattern  # the end of the words naming a figure's countries
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


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Read the tables and build the regexes (once; the result is read-only)."""
    units, per_units, symbols = _read_units()
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
        symbols=symbols,
        signs=tuple(symbols),
        currencies=currencies,
        currency_country={
            **{code: iso3 for codes in local.values() for iso3, code in codes.items()},
            **{code: iso3 for code, iso3 in reversed(list(currencies.values()))},
        },
        currency_name=re.compile(rf"(?i)(?<![\w.-]){alternation(currencies)}(?:['’]s)?(?![\w-])"),
        local_currency=local,
        local_defaults=frozenset(units[w].code for w in local if w in units),
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
        **_phrase_patterns(words, periods),
        **_comparison_patterns(words, symbols, directions),
        **_swing_patterns(words, balances),
    )


def _rows(name: str) -> list[dict]:
    return read_table(f"figure_{name}.csv")


def _read_units() -> tuple[dict[str, Unit], dict[str, str], dict[str, str]]:
    units: dict[str, Unit] = {}
    per_units: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for row in _rows("units"):
        surface, kind, code = row["surface"].strip(), row["kind"].strip(), row["code"].strip()
        if kind == "symbol":
            symbols[surface] = code
        elif kind == "per":
            per_units.setdefault(surface.lower(), code)
        elif kind in ("name", "local"):
            continue  # a currency as a rate's subject (Rules.currencies), or a shared word's local code
        else:
            unit = Unit(kind, code, float(row["multiplier"] or 1), row["attached"].strip() == "1")
            units.setdefault(surface.lower(), unit)
    return units, per_units, symbols


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
        "per": re.compile(rf"\s*(?:per|a|an|/)\s*(?P<w>{alternation(per_units, 'i')})\b"),
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

    def both(ws):  # explicit capitals instead of (?i:): keeps the regex's fast first-character scan
        return alternation(set(ws) | {w.capitalize() for w in ws})

    # Dates and times are checked around each number (one pass of a date regex over every text cost more
    # than all the rest): a month before ("July 13"), a month after ("13 July"), a clock word after.
    return {
        "month_before": re.compile(rf"\b{month}\.?\s+$"),
        "month_after": re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b"),
        "clock_after": re.compile(rf"\s*{alternation(w for w, (k, _) in periods.items() if k == 'clock')}(?![A-Za-z])"),
        # "six months", "three good years", "two consecutive quarters": a period, with an adjective between
        "duration_after": re.compile(
            rf"\s+(?:(?:good|bad|full|straight|consecutive|successive|long|lean)\s+)?(?:{alternation(units, 'i')})\b"
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
        "period_start": _literals(set(parts) | {w.capitalize() for w in parts} | set(months) | {"18", "19", "20"}),
        "prep_before": re.compile(rf"\b({alternation(preps)})\s+(?:{alternation(modifiers)}-?\s*)?$", re.I),
    }


def _comparison_patterns(words: FigureWords, symbols: dict[str, str], directions: dict[str, Direction]):
    """Patterns that set a figure against another: a level reached, a comparison, a move from a level."""
    sym = alternation(symbols)
    compared = alternation(w for w in words.compare if w.startswith("compared"))
    adverbs = alternation(w for w, d in directions.items() if d.adverb)
    return {
        "to_level": re.compile(rf"(?i)\bto\s+(?:{alternation(HEDGES)}\s+)?(?:{sym})?\d[^.;]{{0,40}}$"),
        "ellipsis": re.compile(rf"\s+to\s+(?:{sym}|\d)"),
        "carried": re.compile(
            # "and imports 3 pct", "and gross national product (GNP) 5.5 pct": up to three words and an acronym
            rf"(?i)(?:^|\s)(?:{alternation(words.carry)})\s+(?:by\s+)?(?:[a-z]+\s+[a-z]+['’]s\s+|(?!(?:an?|the|to)\s)"
            rf"(?:[a-z-]+\s+){{1,3}}(?:\([a-z]+\)\s+)?)?(?:{sym})?$"
        ),
        "change_to": re.compile(
            # "rose 4 pct in the fourth quarter to", "fell 8 pct in 1986 to", "rose 5 bln dlrs, or 6 pct, in May to"
            rf"(?i),?(?:\s+(?:in|during|over|last|this|from)(?:\s+(?!{alternation(words.compare)}\b)[a-z]+){{0,4}}?(?:\s+(?:19|20)\d\d)?)?"
            rf",?\s*(?:{alternation(HEDGES)}\s+)?(to\s+(?:close|end|finish|settle)\s+at|to|at)\s+(?:an?\s+)?"
            rf"(?:{alternation(words.estimate)}\s+)?(?:record\s+)?"
            rf"(?:(?:annual\s+)?rate\s+of\s+)?(?:{sym})?"
        ),
        "compared_gap": re.compile(rf"\s*,?\s*(?i:{alternation(words.compare)})\.?\s*"),  # ", compared to"
        "compared_after": re.compile(rf"(?i)(?:\s+[^\s,;]+){{0,6}}?,?\s+{compared}\s+"),
        # ", down from 47 pct", ", down slightly from 47 pct"
        "up_from": re.compile(
            rf"(?i)(?:\s+(?!{adverbs}\b)[^\s,;]+){{0,8}}?,?\s+(?:[a-z]+ly\s+)?({adverbs})(?:\s+[a-z]+ly)?\s+from\b"
        ),  # "4.3 bln in 1985, up from", "..., sharply up from", "up sharply from"
    }


def _swing_patterns(words: FigureWords, balances: dict[str, str]) -> dict[str, re.Pattern]:
    """ "swung into a deficit of 2 bln", "returned to a 7.4 bln deficit": the balance a figure changed into."""
    balance = alternation(balances)
    return {
        "swing_to": re.compile(
            rf"(?i)\b{alternation(words.swing)}\s+(?:back\s+)?(?:in)?to\s+(?:an?\s+)?"
            rf"(?:(?:{alternation(HEDGES)})\s+)?(?:(?:[a-z]+\s+)?({balance})\s+(?:of\s+)?)?$"
        ),
        "balance_after": re.compile(rf"(?i)\s*(?:[a-z-]+\s+)?({balance})\b"),
        "balance_next": re.compile(
            rf"(?i)(?:\s+(?!(?:after|from|against|compared|than|and|or)\b)[\w.'’-]+){{0,3}}?\s+({balance})\b"
        ),
        "balance_of": re.compile(rf"(?i)\b({balance})\s+of\s+$"),  # "a surplus of 1.2 bln dlrs"
        # "... deficit in February after a 2.54 billion dlr surplus in January": the balance it turned from
        "balance_before": re.compile(
            rf"(?i)(?:\s+(?:in|for|during|last|this)(?:\s+[\w-]+){{1,3}})?,?\s+(?:after|from|compared\s+with|against)\s+"
            rf"(?:an?\s+)?(?:[^.;,]|\.\d){{0,35}}?\b({balance})\b"
        ),
    }


def _phrase_patterns(words: FigureWords, periods: dict[str, tuple[str, int]]) -> dict[str, re.Pattern]:
    month = alternation(w for w, (k, _) in periods.items() if k == "month")
    contrast = CONTRASTIVE_CONJUNCTIONS
    return {
        "source_prep": re.compile(
            rf"\b{alternation(words.source_prep, 'i')}\s+"
            r"(?P<np>[^,;.]+(?:\.(?:(?=\w)|(?<=\b[A-Z]\.)\s+(?=[A-Z]))[^,;.]*)*)"
        ),
        "compare": re.compile(
            rf"\b(?P<cue>{alternation(words.compare, 'i')})\.?\s+"
            rf"(?P<np>[^,;]+?)(?=\s*(?:[,;]|\.(?:\s|$)|\b{alternation(words.source_prep)}\b|$))"
        ),
        "yoy": _same_period(words),
        # a partner named but not a country ("to the EC", "with the West"): no listed partner carries over
        "partner_np": re.compile(rf"\b(?:those\s+)?{alternation(words.partner)}\s+(?:the\s+)?(?!{month}\b)[A-Z]"),
        # the look-behind after the full stop: a pattern whose branch opens with one is tried at every character
        "clause": re.compile(
            rf";|\.(?<=[a-z]{{3}}\.)\s+(?=[A-Z])|,\s*{alternation(contrast | CONCESSIVE_CONJUNCTIONS | {'with'})}\b"
            rf"|\s{alternation(contrast)}\s"
        ),
        **_context_patterns(words),
        **_level_patterns(words),
    }


def _literals(words) -> re.Pattern:
    """Case-sensitive literals, longest first, at the top of the pattern: the engine then scans for their
    first characters (a pattern that opens with a group or an assertion is tried at every character)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _same_period(words: FigureWords) -> re.Pattern:
    """ "year-on-year", "a year earlier"; "from a year earlier" too (the comparison cue is dropped later)."""
    after_from = [w for w in words.same_period if w.startswith("a ")]
    alone = [w for w in words.same_period if not w.startswith("a ")]
    return re.compile(rf"(?i)\b(?:{alternation(alone)}|(?:from\s+)?{alternation(after_from)})\b")


def _level_patterns(words: FigureWords) -> dict[str, re.Pattern]:
    """The words before a level that say how it was reached, brought or held."""
    return {
        "reached": re.compile(
            rf"(?i)(?:\b(?<![Tt]he\s)(?<![Aa]\s){alternation(words.reach_verb)}|\b({alternation(words.record_verb - {'at', 'set'})}))"
            r"\s+(?:an?\s+)?(?:(?:new|all-time|estimated|projected|[\da-z]+-(?:year|month|week|day))\s+){0,2}"
            r"(?:(high|low|peak|record)(?:\s+(high|low))?(?:\s+of)?\s+)?$"
        ),
        "record": re.compile(
            rf"(?i)\b{alternation(words.record_verb)}\s+(?:an?\s+)?(?:new\s+)?(?:all-time\s+)?record(?:\s+(high|low))?"
            r"(?:\s+of)?\s*$"
        ),
        "to_reached": re.compile(
            # "fell sharply to", "will fall back, to a likely": a comma only right before "to"
            rf"(?i)\s*(?:[\w'’-]+\s+){{0,5}}?(?:[\w'’-]+,\s+)?to\s+(?:{alternation(ARTICLES)}\s+)?"
            rf"(?:(?:[a-z]+ly\s+)?{alternation(words.estimate)}\s+)?(?:{alternation(words.level_noun)}\s+(?:of\s+)?"
            r"|(?:[\w-]+\s+)?(?:low|high)\s+(?:below|above|near|around)\s+)?"  # "to a post-war low below 140 yen"
        ),
        "brought_to": re.compile(
            rf"\b(?:{alternation(words.bring_verb)})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(words.total_noun)})\b[^.;,]{{0,40}}?\s+to\s+$"
        ),  # "bringing the number of unemployed to"
        # "brings to 157 the number", "bring Lufthansa's purchases to a total of 34"
        "bring_to": re.compile(
            rf"\b(?:{alternation(words.bring_verb)})\s+(?:to|(?:[\w'’.-]+\s+){{1,8}}?to\s+an?\s+total\s+of)\s+$"
        ),
        "total_after": re.compile(rf"\s+the\s+(?:[\w-]+\s+)?(?:{alternation(words.total_noun)})\b"),
        # the verb in lower case ("MMR Holding Corp" is none); no "above", "by", "in" or a verb between ("shares held
        # by X at", "stocks held in the OECD at", "does not hold has been valued at")
        "held_at": re.compile(
            rf"(?<![\w-])(?:{alternation(words.hold_verb)})\s+(?:(?!(?i:above|below|over|under|by|until|in|conference|"
            r"meeting|is|was|were|are|be|been|has|have|had)\b)[A-Za-z'’-]+\s+){0,6}?at\s+$"
        ),
    }


def _context_patterns(words: FigureWords) -> dict[str, re.Pattern]:
    """The function words around a figure that decide its direction and countries."""
    not_participle = "".join(rf"(?<!\b{re.escape(w)})" for w in sorted(words.not_participle))
    return {
        "route": re.compile(rf"(?i)\b{alternation(words.route)}\s+(?:the\s+)?$"),
        "partner_before": re.compile(rf"(?i)\b{alternation(words.partner)}\s+(?:the\s+)?$"),
        "comparative": re.compile(rf"(?i)\s+(?:much\s+)?{alternation(words.comparative)}\b"),
        "window_end": re.compile(rf"(?i)\b{alternation(words.window_end)}\b"),
        "deal": re.compile(rf"(?i)\b{alternation(words.deal | words.barrier)}\b"),
        "barrier_after": re.compile(
            rf"(?i)\s+(?:in|of|worth\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?{alternation(words.barrier)}\b"
        ),
        "remove_word": re.compile(rf"(?i)\b{alternation(words.remove)}\b"),
        "sentence_stop": re.compile(r"[.;]"),
        "compare_word": re.compile(rf"(?i)\b{alternation(words.compare)}\b"),
        "forecast_word": re.compile(rf"(?i)\b{alternation(words.forecast)}\b"),
        "accounting_word": re.compile(rf"(?i)\b{alternation(words.accounting)}\b"),
        "money_of": re.compile(rf"(?i)\b(?:{alternation(words.money_noun)})\s+of\s+$"),  # "a charge of"
        "table_money": re.compile(
            rf"(?i)\s*(?:{alternation(words.table_money)})(?:\s+(?:loss|profit))?\s+"
            r"(?:[\d,.]+(?:\s+(?:mln|billion|bln))?\s+vs\.?\s+(?:loss\s+|profit\s+)?)?"
        ),
        "spread_after": re.compile(
            rf"(?i)\s+(?:above|below)(?:\s+(?!(?:year|ago|earlier|previous|last|week|month|season|quarter)\b)[\w'’-]+){{0,6}}?"
            rf"\s+{alternation(words.benchmark)}\b"
        ),
        "and_level": re.compile(rf"(?i)\band\s+(?:(?:[a-z]+\s+)?to\s+(?:{alternation(HEDGES)}\s+)?)?$"),
        "owner_break": re.compile(rf"(?i)\b{alternation(words.owner_break)}\b|[,;.:]"),
        "verb_gap": re.compile(rf"(?i)[,;]|\d|\b{alternation(words.verb_gap)}\b"),
        "object_gap": re.compile(
            rf"(?i)[,;]|\d|\b{alternation(words.verb_gap - {'to', 'from', 'at', 'against', 'and'})}\b"
        ),
        "not_subject": re.compile(rf"(?i)\b{alternation(words.not_subject)}\b|n't"),
        "bilateral": re.compile(
            rf"(?i)\b{alternation(words.bilateral)}\b|\b(?:the two|both)\s+{alternation(words.pair_noun)}\b"
        ),
        "seg_lead": re.compile(rf"\s*(?:([a-z]{{3,}}ing)\b{not_participle}|({alternation(RELATIVE_PRONOUNS)})\b)"),
    }
