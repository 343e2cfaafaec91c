"""Figures in news text: every number with its unit, scale, metric, partners, direction, period and source.

``extract_figures(articles)`` returns one row per figure (columns in ``FIGURE_COLUMNS``, documented on
``rows.FigureRow``). Each article goes through these stages, in this order (CONTRIBUTING.md, "Figures"):

1. hits.find_words        the words the tables know, from one tokenisation of the text
2. numbers.find_numbers   numbers with unit, scale and range; what is not a figure is dropped
3. context.read_context   the sentences read (lede, and those with a number or direction word), their
                          clauses and country mentions
4. story_country.story_country the story's own country
5. per sentence: bare_units.inherit_units and moves.find_moves (candidates); sources and periods (facts); a
   pronoun source ("it said") read as the source named before it, of any sentence read (source_names.py)
6. per figure: describe.describe (metric, quantity, direction), partners.find_partners (partner_rules.py), then the row
   with its ``rule``: "found:<name>; partners:<name>; other-party:<name>; direction:<name>; source:<name>;
   unit:<name>" (names
   in analysis/data/rules.csv; "unit:local-currency": "crowns" of a Norwegian figure are NOK)

Choices (documented here because a reader of the table needs them):
- ``value`` has the scale applied: "$2.5 billion", "$2.5bn" and "2.5 bln dlrs" are 2.5e9; "12 cts" is 0.12 USD.
- Fractions are shares in percent: "a fifth" is 20 with unit ``percent`` and quantity ``share``; they count
  only as "a fifth of ..." or "by a fifth", because "the first half" and "a quarter" are usually periods.
- A range ("5 to 10 pct", "$2-3 billion", "between 5 and 10 pct") is one row whose ``text`` is the whole range
  and whose ``value`` is its lower end.
- A bare number takes the unit of the number it is listed or compared with ("1,850 and 1,880 dlrs",
  "5.93 mln against 5.81"); otherwise it is a ``count`` of the noun phrase after it ("156 cases of ...").
- Not figures: years, dates, times, ordinals, durations ("six months": they fill ``period``), numbers in
  names ("F-35", "G7", "Resolution 2397", "Boeing 747"), compound modifiers ("a 10-year bond"), clinical rates ("a 33
  pct remission rate", and "a 27 pct rate" listed after it: no economic quantity), a singular "point" that measures
  nothing ("at one point", "a nine point lead", "a 12-point scale"), and the
  spelled "one", or a spelled number after a determiner ("the two sides"), which refer rather than count.
- Every row has a number. A move without a number ("Iron ore imports from North Korea surged", "foreign debt
  was substantially reduced") is a qualitative change: a row with ``value`` NaN, ``quantity`` change, and its
  direction, metric and countries, returned only with ``extract_figures(articles, qualitative=True)``.
- ``direction`` is set on changes, on number-less moves and on levels moved by a verb (the annotators'
  convention, dev/gold/README.md): "rose 5% to $2.5 billion" gives both figures "increase" (the level has
  quantity ``level``); so do "dropped to 13.9%", "hit a record $65bn", a level followed by ", up/down from ..."
  or "compared with" an earlier level of its unit, a balance that "widened", "narrowed" or "swung into" deficit
  (decrease) or surplus (increase), and an amount of a barrier "lifted" (decrease) or "imposed" (increase).
  A rate takes the direction of the verb that moves it ("growth will slow to 2 pct": decrease; "growth of 2 pct":
  increase); a level held is ``unchanged`` ("little changed at", ", unchanged from"); the level a move started
  from ("from 4.3 billion") has None.
- Fractions are percent with one decimal ("a third" = 33.3), as the annotators write them.
- ``countries`` (issue 26: the countries the figure is about as its own sentence says, anaphora resolved):
  an exchange rate's two currencies' countries (rates.py); a currency's own percent move, no other currency named
  ("sterling has risen, adding five pct on its trade-weighted index"), its country; countries named in the figure's clause (after a
  reporting verb, up to the next comma); "the 2.6 billion dlrs" repeating an earlier figure takes its countries;
  a company or state body named before the figure, its home (data/organisations.csv); a sentence naming no
  country, the one its paragraph's previous sentence opens with; else the source's country, the story's own
  (lede, else the headline's one country), the home of the company a story reports on (story_company.py). A
  flow naming only its partner ("exports to Japan") takes the other side from the source, an earlier figure or the
  story. A company or state body named in a purchase, sale or flow ("bought three Boeing planes") adds its home
  country. In a trade story whose headline and lede name a pair ("Seoul unveils list of U.S. goods"), a later
  figure naming one side takes the other only where it points back to a quantity between them ("the surplus",
  "the purchases") or its sentence names the other side: the frame never makes a plain total bilateral. Aliases
  are read as on the publication date ("Moscow" in 1987 is the Soviet Union).
- ``period_start``/``period_end``: absolute periods ("in 2015", "December 2015") always; relative ones
  ("this year", "last month", "in May") only when the article's ``published`` date is known, else NaT.

Why hand-written rules and no library: quantulum3 (measured when figures were first built) read "$2.5bn" as "dollar bit
newton", left "30 per cent" without a unit, reported years as quantities and parsed ~440 sentences/s;
word2number/number-parser only turn words into numbers. News copy uses a small closed set of units and
scale words, so regexes built from the data tables in ``data/figure_*.csv`` are both more accurate here and
fast enough (>1,000 articles/s), and a reader can extend the tables without touching the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..text.columns import article_column
from ..text.countries import day_of
from ..text.guard import ArticleErrors
from .bare_units import inherit_units, money_of, stock_prices, table_money
from .candidates import SentenceFigures
from .context import Context, Sentence, read_context
from .describe import Described, describe
from .gates import first_word_match, joined, lowered, may_match
from .hits import find_words
from .moves import find_moves
from .numbers import find_numbers
from .partners import Partners, find_partners
from .periods import PeriodDates, SentencePeriods, find_periods
from .rates import local_currency
from .rows import FIGURE_COLUMNS, FigureRow, figures_frame, implausible
from .rules import Rules, rules
from .source_names import is_pronoun
from .sources import Comparison, Source, compared_with, find_comparisons, find_source, point_back
from .story_country import story_country
from .table_headers import header_units, row_units
from .tables import table_lines

__all__ = ["FIGURE_COLUMNS", "extract_figures", "article_figures"]


def extract_figures(articles: pd.DataFrame, qualitative: bool = False) -> pd.DataFrame:
    """One row per figure in each article's ``text`` (columns: ``FIGURE_COLUMNS``; rules in the module docstring);
    with ``qualitative=True`` also the moves without a number ("imports surged", value NaN)."""
    r = rules()
    rows: list[FigureRow] = []
    errors = ArticleErrors("extract_figures")
    doubts: list[dict] = []  # figures whose values no reader would believe (rows.implausible)
    dates = PeriodDates(r)  # period dates resolved once for the whole run
    published_col = article_column(articles, "published")
    title_col = article_column(articles, "title")
    dateline_col = article_column(articles, "dateline")
    cols = zip(articles["article_id"], articles["text"], published_col, title_col, dateline_col)
    for aid, text, published, title, dateline in cols:
        if not isinstance(text, str):
            continue
        pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
        if pub is not None and pub.tzinfo is not None:
            pub = pub.tz_localize(None)
        title = title if isinstance(title, str) else None
        dateline = dateline if isinstance(dateline, str) else None
        found = errors.run(aid, article_figures, aid, text, pub, r, dates, title, dateline)
        # the moves are read in any case: later figures take their partners and direction from them
        rows.extend(_believable(found if qualitative else [row for row in found if row.value == row.value], doubts))
    df = errors.finish(figures_frame(rows))
    df.attrs["errors"] = df.attrs["errors"] + doubts  # not warned of: they are in the problems table
    return df


def _believable(found: list[FigureRow], doubts: list[dict]) -> list[FigureRow]:
    """The rows whose values a reader could believe; the others (rows.implausible) go to ``doubts``, with their
    sentences, for the problems table."""
    kept = []
    for row in found:
        why = implausible(row)
        if why is None:
            kept.append(row)
        else:
            doubts.append({"article_id": row.article_id, "error": f"{why}: {row.sentence}", "kind": "implausible"})
    return kept


def article_figures(
    article_id,
    text: str,
    published: pd.Timestamp | None,
    rules: Rules,
    dates: PeriodDates | None = None,
    title: str | None = None,
    dateline: str | None = None,
) -> list[FigureRow]:
    """The figures of one article: the stages of the module docstring, in order."""
    dates = dates or PeriodDates(rules)
    words = find_words(text, rules)
    numbers = find_numbers(text, words, rules)
    if not numbers and not words.directions.items:
        return []
    ctx = read_context(text, words, numbers, rules, day_of(published))
    story = story_country(ctx, rules, title, dateline)
    rows: list[FigureRow] = []
    table_rows = row_units(text, rules)  # the rows of tables whose header states their unit ("in mln bushels")
    named: list[str | None | Sentence] = []  # the sources of the sentences read, for a pronoun to point back to
    for sentence in ctx.sentences:
        figs = _candidates(ctx, sentence, rules, rows, table_rows)
        if not figs.all:  # "Acme Corp said it would cut jobs.": no figure, but "it" may point back to its speaker
            named.append(sentence)  # its source is read when a pronoun asks (_sources_named)
            continue
        facts = _facts(ctx, sentence, published, dates, rules)
        if is_pronoun(facts.source.name, rules):  # "it said": who "it" is
            facts.source = point_back(facts.source, _sources_named(ctx, named, rules), rules)
        named.append(facts.source.name)
        for fig in figs.all:
            d = describe(ctx, sentence, fig, figs, rows, rules)
            partners = find_partners(ctx, sentence, d, figs, facts.source, rows, story, facts.bilateral, rules)
            rows.append(_row(article_id, ctx, sentence, d, partners, facts, rules, rows))
    return rows


def _sources_named(ctx: Context, named: list[str | None | Sentence], rules: Rules) -> list[str | None]:
    """The sources of the sentences read so far, in text order: a sentence without figures (kept as itself) is read
    for its source only now, when a pronoun asks, since most stories have no pronoun source."""
    for k, entry in enumerate(named):
        if isinstance(entry, Sentence):
            named[k] = point_back(find_source(ctx, entry.start, entry.text, rules), named[:k], rules).name
    return named


def _candidates(
    ctx: Context, sentence: Sentence, rules: Rules, rows: list[FigureRow], table_rows: dict | None = None
) -> SentenceFigures:
    """The sentence's numbers, with units taken from their neighbours, and its moves without a number."""
    if not sentence.has_figures:
        return SentenceFigures([])
    figs = sentence.numbers
    if table_rows:
        figs = header_units(figs, ctx.text, table_rows)
    figs = inherit_units(figs, ctx.text, rules)
    if "/" in sentence.text and ("stock" in sentence.text or "share" in sentence.text):  # quoted share prices
        money = next((r.unit for r in reversed(rows) if r.unit in rules.currency_country), None)
        figs = stock_prices(figs, ctx.text, sentence.start, money)
    if any(not f.has_unit and f.value >= 1000 for f in figs):  # the cheap test for an amount written out in full
        figs = money_of(
            figs, ctx.text, next((r.unit for r in reversed(rows) if r.unit in rules.currency_country), None), rules
        )
    if " vs" in sentence.text:  # the cheap test for a results table's line ("Net 652,000 vs 11.3 mln")
        story_money = next((r.unit for r in reversed(rows) if r.unit in rules.currency_country), None)
        figs = table_money(figs, ctx.text, sentence.start, story_money or "USD", rules)
        figs = table_lines(figs, ctx.text, sentence.start, story_money, rules)
    for lo, hi in sentence.clauses:
        figs = figs + find_moves(ctx, lo, hi, [f for f in figs if lo <= f.start < hi], rules)
    figs.sort(key=lambda f: f.start)
    return SentenceFigures(figs)


@dataclass(slots=True)
class _Facts:
    """What a sentence says about all its figures."""

    source: Source
    periods: SentencePeriods
    comparisons: list[Comparison]
    yoy: re.Match | None  # "year-on-year", "a year earlier"
    bilateral: bool  # "bilateral trade", "the two countries"
    forecast_at: int  # where the sentence's first forecast word starts ("expected", "will"); -1 if none


def _facts(
    ctx: Context, sentence: Sentence, published: pd.Timestamp | None, dates: PeriodDates, rules: Rules
) -> _Facts:
    text, base = sentence.text, sentence.start
    low = lowered(text)  # for the cheap tests before the word regexes (gates.py)
    comparisons = find_comparisons(text, base, rules, low)
    # "the same period last year" is what a figure is compared with, not its period
    taken = [(c.start, c.end) for c in comparisons if c.cue != "from"]
    periods = [p for p in find_periods(text, base, rules) if not any(a <= p.start < b for a, b in taken)]
    words = rules.words
    return _Facts(
        find_source(ctx, base, text, rules, low),
        SentencePeriods(periods, published, dates),
        comparisons,
        rules.yoy.search(text) if may_match(words.same_period, low) else None,
        may_match(joined(words.bilateral, _BOTH), low) and rules.bilateral.search(text) is not None,
        _first_forecast(text, base, rules, low),
    )


_BOTH = frozenset({"the two", "both"})  # "the two countries", "both sides": the other openings of rules.bilateral


def _first_forecast(text: str, base: int, rules: Rules, low: str | None) -> int:
    """Where the sentence's first forecast word starts (article offsets), or -1."""
    m = first_word_match(rules.forecast_word, rules.words.forecast, text, low)
    return base + m.start() if m else -1


def _local_unit(unit: str | None, surface: str, countries: list[str], day: str, rules: Rules) -> str | None:
    """The unit with a currency word several countries share read as the figure's own country's ("crowns", "francs";
    "dlrs" of an Australian figure), also in a price ("2.20 dlrs a share" of an Australian bid: AUD/share)."""
    money, per, rest = (unit or "").partition("/")
    if not countries or money not in rules.local_defaults or rest in rules.world_priced:
        return unit
    words = surface.split()
    last = max((i for i, w in enumerate(words) if w.lower() in rules.local_currency), default=len(words) - 1)
    return local_currency(money, " ".join(words[: last + 1]), countries, day, rules) + per + rest


def _neighbour_local(unit: str | None, sentence: Sentence, rows: list[FigureRow], rules: Rules) -> str | None:
    """The local currency of the figure before it in the sentence, whose unit it took ("36.34 billion crowns in
    February from 28.00 billion": both Danish crowns), else ``unit``."""
    money, per, rest = (unit or "").partition("/")
    for prev in reversed(rows):
        if prev.start < sentence.start:
            break
        if prev.unit in (None, "percent", "count"):
            continue
        local = prev.unit.partition("/")[0]
        shared = money in rules.local_defaults and any(
            local in codes.values() for codes in rules.local_currency.values()
        )
        return local + per + rest if shared and "unit:local-currency" in prev.rule else unit
    return unit


def _row(
    article_id,
    ctx: Context,
    sentence: Sentence,
    d: Described,
    p: Partners,
    facts: _Facts,
    rules: Rules,
    rows: list[FigureRow],
) -> FigureRow:
    f = d.fig
    lo, hi = d.clause
    period, period_start, period_end = facts.periods.of(f.start, lo, hi)
    rule = [f"found:{f.found}"]
    rule += [f"partners:{p.rule}"] if p.rule else []
    rule += [f"other-party:{p.other_party}"] if p.other_party else []
    rule += [f"direction:{d.direction_rule}"] if d.direction_rule else []
    rule += [f"source:{facts.source.rule}"] if facts.source.rule else []
    unit = _local_unit(d.unit, ctx.text[f.start : f.end], p.countries, ctx.day, rules)
    if f.unit_from and unit == d.unit:
        unit = _neighbour_local(unit, sentence, rows, rules)
    rule += ["unit:local-currency"] if unit != d.unit else []
    compared = compared_with(facts.comparisons, facts.yoy, sentence.start, f.end, lo, hi, rules)
    return FigureRow(  # positional, in the order of FIGURE_COLUMNS (a row is built for every figure)
        article_id,
        ctx.text[f.start : f.end],
        f.value,
        unit,
        d.quantity,
        d.metric,
        d.direction,
        p.countries,
        period,
        period_start,
        period_end,
        compared,
        facts.source.name,
        facts.source.country,
        f.start,
        f.end,
        sentence.text,
        "; ".join(rule),
        0 <= facts.forecast_at < f.start,
    )
