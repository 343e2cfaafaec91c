"""The countries of a figure (``countries``), with the names of the rules that chose them.

Two steps, each a list of named rules tried in order:
1. ``PARTNER_RULES`` name the countries: the first rule that finds any wins ("bilateral-pair" may then
   replace fewer than two); with none, the source's country, else the story's own country.
2. ``OTHER_PARTY_RULES`` (parties.py) complete a flow that names only one side: "exports to Japan rose" takes the
   exporter from the source, from an earlier figure on that partner, or from the story's own country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from ..text.countries import find_mentions
from ..text.organisations import HOMED_KINDS, dateline_country, find_organisations, ticker_home
from ..text.words import RELATIVE_PRONOUNS
from .context import Context, Mentions, Place, Sentence
from .describe import Described
from .gates import first_word_match
from .numbers import Candidate, SentenceFigures
from .pairs import counter_flow, listed_pair
from .parties import (
    FALLBACK_OTHER_PARTY_RULES,
    OTHER_PARTY_RULES,
    Ask,
    Role,
    company_home,
    other_party,
    partner_named,
)
from .rates import other_quantity, repeated_rate
from .rows import FigureRow
from .rules import Rules, alternation
from .sources import Source
from .story_company import lede_bank_home, lede_company_home, story_company

_JOIN = re.compile(r"(?i)^\s*(?:,|and|or|&)\s+(?:the\s+)?$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")
_AND = re.compile(r"\band\b")
_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|nation)['’]s\b")  # an anaphor: "The country's GDP"
_ASIDE = re.compile(rf",\s*(?:(?:of|in|to) which|{alternation(RELATIVE_PRONOUNS)}|where)\b[^,;]*,")
_POSSESSIVE = re.compile(r"['’]s\b.*")
_INDEX = attrgetter("index")

_WORLD = re.compile(r"(?i)\b(?:world|worldwide|global|international|countries|nations)\b")
_BODY = frozenset({"body"})
# "Asia will contain ... 50 pct of global productive capacity": no company's; lower case, "<... International Inc>" is
# a company's name
_WORLD_WORDS = re.compile(r"\b(?:world|worldwide|global|countries|nations)\b")
_LIST_MARK = re.compile(r" [-–]+ |: |\(")
_LIST_OPEN = re.compile(r"(?: [-–]+|:|\()\s*$")  # before the first name of a list set off: "nations - ", "(", ": "
_LIST_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")
_CURRENCY_AFTER = re.compile(r"\s+(?i:dollars?|dlrs?|francs?|marks?|pounds?|crowns?|pesos?)\b")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
# a headline word the gazetteer reads capitalised: four letters or more, or the short first word of a country's name
# before the rest of it ("SRI LANKAN", "NEW ZEALAND", "EL SALVADOR", "SAN MARINO")
_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b|\b(?:SRI|NEW|EL|SAN)(?= [A-Z]{4,}\b)")
_LOWER_WORD = re.compile(r"[a-z]+")
# "for the other members", "in other producing countries", "of the other EC states": the group noun, one word on
_OTHER_GROUP = re.compile(r"\b(?:for|of|in|among)\s+(?:the\s+)?other\s+([\w-]+)(?:\s+([a-z]+))?")


@dataclass(slots=True)
class StoryCountry:
    """The story's own country, and the index of the sentence that names it (figures before do not know it);
    and the pair the story is about, when its headline and lede set one ("Seoul unveils list of U.S. goods")."""

    country: str | None
    sentence: int
    frame: tuple[str, str] | None = None
    company: str | None = None  # the home of the company the story reports on ("Pillsbury Co <PSY>")
    rule: str = "story-country"  # how the story's country was found: the lede, or "headline-country"
    dateline: str | None = None  # the dateline ("CHICAGO, March 27"): its place's country is read when needed
    company_rule: str = "company-story"  # how the company's home was found (story_company.py)
    lede_company: str | None = None  # the home of the first company the lede names ("the company" later)

    def known_at(self, index: int) -> str | None:
        return self.country if index >= self.sentence else None


@dataclass(slots=True)
class Partners:
    """The countries of a figure and the rules that chose them (stages "partners" and "other-party")."""

    countries: list[str]
    rule: str | None = None
    other_party: str | None = None


# --- the story's own country ------------------------------------------------------------------------------
def story_country(ctx: Context, rules: Rules, title: str | None = None, dateline: str | None = None) -> StoryCountry:
    """The story's own country: one that owns a measure ("Japan's trade surplus", "Soviet sugar imports",
    "exports of American wine") in the first sentences, or the subject opening the lede ("Taiwan plans ..."),
    with the pair the headline and lede frame the story by, and the country of the dateline's place."""
    story = _story_country(ctx, rules, title, dateline)
    if story.company is None and "ompany" in ctx.text:  # the cheap test: "the company" somewhere
        story.lede_company = lede_company_home(ctx)
    return story


def _story_country(ctx: Context, rules: Rules, title: str | None, dateline: str | None) -> StoryCountry:
    head = _Headline(title, ctx.day, ctx.text)
    frame = story_frame(ctx, title, rules, head)
    company, company_rule = story_company(ctx, title, dateline)
    if company is None:  # "The Bank of England said it provided 200 mln stg": a money market report's country
        company = lede_bank_home(ctx)
        company_rule = "central-bank-story" if company else company_rule
    for s in ctx.sentences:
        if s.index >= 3:
            break
        if s.paragraph < 3:
            country = _owner(ctx, s.places, s.start, s.index == 0, rules)
            if country:
                return StoryCountry(country, s.index, frame, company, dateline=dateline, company_rule=company_rule)
    if frame is None and len(head.countries) == 1:  # "MALAYSIAN CENTRAL BANK SEES HIGHER GROWTH": its one country
        return StoryCountry(head.countries[0], 0, frame, company, "headline-country", dateline, company_rule)
    return StoryCountry(None, 0, frame, company, dateline=dateline, company_rule=company_rule)


class _Headline:
    """The countries a headline names, in order, looked up once and only when asked; a bare "KOREA" is the Korea
    the story's text names."""

    __slots__ = ("title", "day", "text", "_countries")

    def __init__(self, title: str | None, day: str, text: str = "") -> None:
        self.title, self.day, self.text, self._countries = title, day, text, None

    @property
    def countries(self) -> list[str]:
        if self._countries is None:
            head = _headline_case(self.title) if self.title else ""
            found = find_mentions(head, self.day, self.text or None) if head else []
            self._countries = _distinct(m.country for m in found)
        return self._countries


def story_frame(ctx: Context, title: str | None, rules: Rules, headline: _Headline) -> tuple[str, str] | None:
    """The two countries a trade story is about: the first two its headline names, else those of headline
    and lede together when they name exactly two ("Seoul unveils shopping list of U.S. goods"); None unless
    headline or lede speak of trade between them (a flow, a balance, a purchase or a barrier)."""
    lede = next((s for s in ctx.sentences if s.index == 0), None)
    if not _about_trade((title or "") + " " + (lede.text if lede else ""), rules):
        return None
    head = headline.countries
    if len(head) >= 2:
        return head[0], head[1]
    named = [c for _, e, c in (lede.places if lede else []) if not _CURRENCY_AFTER.match(ctx.text, e)]
    both = _distinct(head + named)  # "the purchase of U.S. Dollar currency" names a currency, not a party
    return (both[0], both[1]) if len(both) == 2 else None


def _about_trade(text: str, rules: Rules) -> bool:
    """Whether ``text`` names trade between parties: a trade or flow noun, a purchase, sale or barrier."""
    words = set(_LOWER_WORD.findall(text.lower()))
    return any(
        w in rules.trade_metrics or rules.metrics.get(w) == "flow" or w in rules.words.deal or w in rules.words.barrier
        for w in words
    )


def _distinct(countries) -> list[str]:
    out: list[str] = []
    for c in countries:
        if c and c not in out:
            out.append(c)
    return out


def _headline_case(title: str) -> str:
    """An upper-case wire headline ("SEOUL UNVEILS LIST OF U.S. GOODS") in the case the gazetteer reads:
    words of four letters or more capitalised ("Seoul"), short ones and abbreviations kept ("U.S.", "EC")."""
    if title != title.upper():  # it has lower-case letters: as written
        return title
    return _CAPS_WORD.sub(lambda m: m.group().capitalize(), title)


def _owner(ctx: Context, places: list[Place], base: int, lede: bool, rules: Rules) -> str | None:
    text = ctx.text
    for s, e, c in places:
        if not c:
            continue
        before = text[max(0, s - 24) : s]
        if rules.route.search(before) or rules.partner_before.search(before) or _BETWEEN.search(before):
            continue
        if rules.seller_of.search(before) or _owns_next_metric(ctx, e, rules):
            return c
        if lede and not text[base:s].strip(" \"“'‘(").lower().removeprefix("the").strip():
            return c
    return None


def _owns_next_metric(ctx: Context, e: int, rules: Rules) -> bool:
    """ "Japan's trade surplus", "Soviet sugar imports": the first metric within 45 characters after the
    country, with no preposition, verb or punctuation between."""
    text = ctx.text
    metrics = ctx.words.metrics.between(e, e + 45)
    if not metrics:
        return False
    ms = metrics[0][0]
    return not rules.owner_break.search(text, e, ms) or bool(
        _POSSESSIVE.fullmatch(text[e:ms].split(",")[0]) and not rules.owner_break.search(text, e + 2, ms)
    )


# --- partners ---------------------------------------------------------------------------------------------
def find_partners(
    ctx: Context,
    sentence: Sentence,
    d: Described,
    figs: SentenceFigures,
    source: Source,
    rows: list[FigureRow],
    story: StoryCountry,
    bilateral: bool,
    rules: Rules,
) -> Partners:
    """The countries of the described figure ``d``."""
    skip = [source.span] if source.span else []
    window = _country_window(ctx, d.fig, d.window, figs, rules)
    home = story.known_at(sentence.index)
    q = Ask(
        ctx,
        sentence,
        d,
        figs,
        source,
        rows,
        home,
        story.rule,
        story.company,
        story.dateline,
        bilateral,
        story.frame,
        rules,
        window,
        skip,
        story.company_rule,
        story.lede_company,
    )
    found, rule = [], None
    for name, find in PARTNER_RULES:
        found = find(q)
        if found is None:  # a group's figure ("for the other members"): no country
            return Partners([], name)
        if found:
            rule = name
            break
    pair = _bilateral_pair(q, [c for c, _ in found]) if bilateral and len(found) < 2 else None
    if pair:
        found, rule = pair, "bilateral-pair"
    paired = listed_pair(q, found) if len(found) == 1 and rows and not d.rate else None
    if paired:
        found, rule = paired, "pair-list"
    listed = _country_list(q, found) if found and len(sentence.places) >= 3 and not d.rate else None
    if listed:
        found, rule = listed, "country-list"
    if found:
        more, name = other_party(q, found, OTHER_PARTY_RULES)
    else:  # none named near the figure: the source's country, the story's, or the company's home
        found, rule = _fallback(q)
        more, name = other_party(q, found, FALLBACK_OTHER_PARTY_RULES) if found else (None, None)
    countries = [c for c, _ in found]
    return Partners([more] + countries, rule, name) if more else Partners(countries, rule)


def _country_list(q: Ask, found: list[Role]) -> list[Role] | None:
    """ "seven nations - Australia, Brazil, ... and South Korea - agreed to cut exports by 30 pct": a country of
    the figure inside a list set off by a dash, colon or bracket brings the whole list (three or more names)."""
    text, s = q.ctx.text, q.sentence
    if not _LIST_MARK.search(s.text):  # the cheap test: no dash, colon or bracket, no list set off
        return None
    for run in _country_runs(text, s.places):
        names = _distinct(c for *_, c in run)
        if len(names) >= 3 and _LIST_OPEN.search(text, max(0, run[0][0] - 4), run[0][0]):
            if any(c in names for c, _ in found):
                return found + [(c, "party") for c in names if all(c != x for x, _ in found)]
    return None


def _country_runs(text: str, places: list[Place]) -> list[list[Place]]:
    """Runs of countries named one after another, joined only by commas and "and"."""
    runs: list[list[Place]] = []
    for p in places:
        if p[2] and runs and runs[-1] and _LIST_JOIN.match(text, runs[-1][-1][1], p[0]):
            runs[-1].append(p)
        else:
            runs.append([p] if p[2] else [])
    return [r for r in runs if len(r) >= 3]


def _fallback(q: Ask) -> tuple[list[Role], str | None]:
    """No country named near the figure: the source's country, else the story's own, else the home of the
    company the story reports on, else the home of a company it is bought from or sold by, else the listing of a
    ticker named before the figure in its clause, else the country of the dateline's place ("CHICAGO, March 27"),
    unless the sentence speaks of the world or an international body."""
    if q.source.country:
        return [(q.source.country, "party")], "source-country"
    if q.story:
        return [(q.story, "party")], q.story_rule
    if q.company and not (q.company_rule in _HOME_RULES and _WORLD_WORDS.search(q.sentence.text)):
        return [(q.company, "party")], q.company_rule
    home = company_home(q, [])
    if home:
        return [(home, "party")], "company-home"
    before = q.ctx.text[q.d.clause[0] : q.d.fig.start]
    home = ticker_home(before, q.ctx.day) if "<" in before else None
    if home:  # "Pennzoil Co <PZ> - Offering of 100 mln dlrs": the listing of the company named before the figure
        return [(home, "party")], "clause-ticker"
    if q.lede_company and _THE_COMPANY.search(q.ctx.text, q.sentence.start, q.d.fig.start):
        return [(q.lede_company, "party")], "company-anaphor"  # "The company said its profit rose to 50 mln stg"
    place = dateline_country(q.dateline, q.ctx.day) if q.dateline else None  # not a capital: "LONDON" is a hub
    if place and not _beyond_one_country(q):
        return [(place, "party")], "dateline-country"
    return [], None


def _beyond_one_country(q: Ask) -> bool:
    """The sentence speaks of an international body or the world ("OPEC output", "world stocks"): a figure with no
    country named is no country's, whatever the dateline."""
    text = q.sentence.text
    return bool(_WORLD.search(text) or find_organisations(text, q.ctx.day, _BODY))


_HOME_RULES = (
    "company-story-home",
    "company-table-home",
    "central-bank-story",
)  # homes read without a ticker: a world figure is no firm's
_THE_COMPANY = re.compile(r"\b[Tt]he\s+company\b")  # "the company" refers back to the lede's company
_IT_OPENS = re.compile(r"[\s\"“]*It\s+(?:also\s+|then\s+|has\s+|had\s+)?([a-z]+)\b")  # "It widened", "It also rose"


def _figure_window(q: Ask) -> list[Role]:
    """Countries named in the figure's own part of its clause ("24,391 from Australia")."""
    return _roles(q.ctx.text, *q.window, q.ctx.mentions, q.figs, q.skip, q.rules)


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
    return _roles(text, wlo, start, q.ctx.mentions, q.figs, q.skip + asides, q.rules)


def _exchange_rate(q: Ask) -> list[Role]:
    """An exchange rate: the countries of its two currencies ("the dollar fell to 151.20 yen"; rates.py)."""
    return [(c, "party") for c in q.d.rate.countries] if q.d.rate else []


def _repeated_rate(q: Ask) -> list[Role]:
    """ "That meant around 2.90 marks": an exchange rate the story gave before, repeated (rates.repeated_rate)."""
    return [(c, "party") for c in repeated_rate(q.d.fig, q.rows)]


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
    found = find_organisations(text, q.ctx.day, HOMED_KINDS)
    # "Lloyds Bank Canada, a unit of Lloyds Bank International": the unit's figure, unless the parent is all there is
    orgs = [o for o in found if not _PARENT.search(text, 0, o.start)] or found
    homes = _distinct(o.country for o in orgs)
    return [(homes[-1], "party")] if homes else []


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
    named = _distinct(c for *_, c in prev.places)
    if len(named) != 1:
        return []
    if anaphor:
        return [(named[0], "party")]
    start, end, _ = next(p for p in prev.places if p[2])
    lead = q.ctx.text[prev.start : start].strip(" \"“'‘(").lower()
    topic = lead in ("", "the", "in", "in the") or _owns_next_metric(q.ctx, end, q.rules)
    return [(named[0], "party")] if topic else []  # "In Canada growth ...", "Canada's exports ...": its topic


PARTNER_RULES: tuple[tuple[str, Callable[[Ask], list[Role] | None]], ...] = (
    ("exchange-rate", _exchange_rate),
    ("repeated-rate", _repeated_rate),
    ("figure-window", _figure_window),
    ("other-group", _other_group),
    ("previous-figure", _previous_figure),
    ("pronoun-measure", _pronoun_measure),
    ("clause-subject", _clause_subject),
    ("counter-flow", counter_flow),
    ("repeated-figure", _repeated_figure),
    ("organisation-home", _organisation_home),
    ("paragraph-country", _paragraph_country),
)


def _bilateral_pair(q: Ask, countries: list[str]) -> list[Role] | None:
    """ "bilateral trade", "between the two countries": the pair of the last figure naming two, else the
    story's country and the country named most often so far; only over fewer countries of that pair."""
    if len(countries) >= 2 or not q.bilateral or not q.rules.bilateral.search(q.ctx.text, *q.d.window):
        return None
    pair = _story_pair(q.rows, q.ctx.mentions, q.d.fig.start, q.story)
    if pair and set(countries) <= set(pair):
        return [(c, "party") for c in pair]
    return None


def _story_pair(rows: list[FigureRow], mentions: Mentions, upto: int, home: str | None) -> list[str] | None:
    for row in reversed(rows):
        if len(row.countries) == 2:
            return list(row.countries)
    if home:
        counts: dict[str, int] = {}
        for s, _, c in mentions.items:
            if s < upto and c and c != home:
                counts[c] = counts.get(c, 0) + 1
        if counts:
            return [home, max(counts, key=counts.get)]
    return None


# --- roles and windows ------------------------------------------------------------------------------------
def _roles(
    text: str, lo: int, hi: int, mentions: Mentions, figs: SentenceFigures, skip: list[tuple[int, int]], rules: Rules
) -> list[Role]:
    """Countries named in text[lo:hi] with their role: "partner" after to/from/with ("exports to Japan",
    "a surplus with the U.S.", and those listed with it), else "party"; a route ("via Hong Kong") is no party."""
    out: list[Role] = []
    prev_role, prev_end = None, -1
    for s, e, c in mentions.starting(lo, hi):
        if e > hi or not c or figs.covers(s) or any(a <= s < b for a, b in skip):
            continue
        before = text[max(lo, s - 24) : s]
        if rules.route.search(before):
            role = "route"
        elif rules.partner_before.search(before) or (prev_role == "partner" and _JOIN.match(text[prev_end:s])):
            role = "partner"
        else:
            role = "party"
        prev_role, prev_end = role, e
        if role != "route" and all(c != x for x, _ in out):
            out.append((c, role))
    return out


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that is no thousands separator ("84,037"), or -1."""
    c = text.rfind(",", lo, hi)
    while c >= 0 and c + 1 < len(text) and text[c + 1].isdigit() and c > 0 and text[c - 1].isdigit():
        c = text.rfind(",", lo, c)
    return c


def _country_window(
    ctx: Context, f: Candidate, window: tuple[int, int], figs: SentenceFigures, rules: Rules
) -> tuple[int, int]:
    """Where a figure's countries are named: its comma-separated part of the clause ("24,391 from Australia"),
    cut at an "and" that starts the next listed figure ("a 7.1 bln surplus with the U.S. and a 5.5 bln deficit
    with Japan") and, after the figure, at the next verb or conjunction ("... with the U.S. is bound to ...")."""
    lo, hi = window
    if f.move:
        return lo, hi
    text = ctx.text
    seg_lo = _segment_start(text, f, lo, ctx.mentions, rules)
    others = [o for o in figs.numbers_in(seg_lo, hi) if o is not f]
    prev = [o for o in others if o.end <= f.start]
    # listed groups: "19,102 from the U.S. against 16,577 and 9,933, ... and 12,611 from Indonesia against ..."
    # the cheap tests: no "and" at all between the figures (wire tables list hundreds without one)
    for i in range(len(prev) - 1, -1, -1) if prev and text.find("and", prev[0].end, f.start) >= 0 else ():
        gap_end = prev[i + 1].start if i + 1 < len(prev) else f.start  # the last "and" after a listed figure
        ands = list(_AND.finditer(text, prev[i].end, gap_end))
        if ands:
            seg_lo = max(seg_lo, ands[-1].start())
            break
    seg_hi = hi
    after = [o for o in others if o.start >= f.end]
    for a in after if after and text.find("and", f.end, after[-1].start) >= 0 else ():
        m = _AND.search(text, f.end, a.start)
        if m:
            seg_hi = min(seg_hi, m.start())
            break
    m = first_word_match(rules.window_end, rules.words.window_end, text, ctx.lower, f.end, seg_hi)
    return seg_lo, (m.start() if m else seg_hi)


def _segment_start(text: str, f: Candidate, lo: int, mentions: Mentions, rules: Rules) -> int:
    """After the last comma before the figure; "Japan, 9.9 pct to ...": a short name before that comma goes
    with it; a participle or a relative pronoun after it reaches back to the subject or its antecedent."""
    c = _last_comma(text, lo, f.start)
    seg_lo = c + 1 if c >= 0 else lo
    if c >= 0 and not any(ch.isalpha() for ch in text[seg_lo : f.start]):
        c2 = _last_comma(text, lo, c)
        head = text[(c2 + 1 if c2 >= 0 else lo) : c]
        if len(head.split()) <= 4 and not any(ch.isdigit() for ch in head):
            seg_lo = c2 + 1 if c2 >= 0 else lo
    if c < 0:
        return seg_lo
    lead = rules.seg_lead.match(text, c + 1, f.start)
    if lead and lead.group(1):
        # "South Korea was Japan's biggest market, taking 7% of its exports": the subject of the
        # participle is the clause's subject
        return lo
    if lead:
        # "the US, which quadrupled its tariff ...": the antecedent named just before the comma
        place = mentions.last_before(c)
        if place is not None and place[0] >= lo and not text[place[1] : c].strip(" '’s"):
            return place[0]
    return seg_lo
