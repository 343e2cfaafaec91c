"""The records the figure rule tables are read into: a unit, a spelled number, a direction word, a metric phrase,
and the word lists of figure_words.csv."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
    to_level: str | None = None  # a verb only of a level after "to" or a change after "by" ("raise its stake to 9 pct")
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
    source_lead: frozenset[str]  # dropped at the start of a source: "But it said"
    source_end: frozenset[str]  # ends a source before its reporting verb: "He also said"
    source_break: frozenset[str]  # a clause break: the source follows it ("... but company sources said")
    pronoun: frozenset[str]  # a source that points back to the one named before it
    person_noun: frozenset[str]  # the head of a person source ("a spokesman"): "he" may point back to it
    body_noun: frozenset[str]  # a word of a body's or a document's source ("Acme Corp"): "it" may point back to it
    compare: frozenset[str]  # the comparison follows: "compared with"
    label: frozenset[str]  # the number after it is an identifier: "Resolution 2397"
    definite: frozenset[str]  # before a spelled number it refers back: "the two sides"
    stop: frozenset[str]  # ends a noun phrase
    modal: frozenset[str]  # before a direction verb it makes a forecast: "will rise"
    route: frozenset[str]  # before a country: a route, no party: "via Hong Kong"
    partner: frozenset[str]  # before a country: the partner of a flow: "exports to Japan"
    currency_prep: frozenset[str]  # after a figure, before a currency named with its country ("in U.S. Dlrs")
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
    distance_unit: frozenset[str]  # unit codes of distance ("km", "miles")
    bearing: frozenset[str]  # compass words: after a distance and before "of" it places something ("east of")
    locating: frozenset[str]  # after a distance: it places something ("from", "off", "away")
    proposal: frozenset[str]  # after countries only: they propose the figure, no partners ("called for", "urged")
    share_class: frozenset[str]  # after an amount: it names a class of shares ("a 2.50 dlr preferred"), no figure
    class_modifier: frozenset[str]  # between that amount and the class: "cumulative", "convertible"
    clinical_rate: frozenset[str]  # before "rate" after a percent: a clinical rate, no figure ("33 pct remission rate")
    counted_party: frozenset[str]  # after a bare number: who is counted, no economic quantity ("six major nations")
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
    market_index: frozenset[str]  # after a company's name: a market index it names ("the Barclays share index")
    index_modifier: frozenset[str]  # between that name and the index noun: "share", "industrial", "stock"
