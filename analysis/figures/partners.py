"""The countries of a figure (``countries``), with the names of the rules that chose them.

Two steps, each a list of named rules tried in order:
1. ``PARTNER_RULES`` name the countries: the first rule that finds any wins ("bilateral-pair" may then
   replace fewer than two); with none, the source's country, else the story's own country.
2. ``OTHER_PARTY_RULES`` (parties.py) complete a flow that names only one side: "exports to Japan rose" takes the
   exporter from the source, from an earlier figure on that partner, or from the story's own country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.organisations import dateline_country, find_organisations, ticker_home
from .candidates import SentenceFigures
from .context import Context, Mentions, Place, Sentence
from .country_window import country_window
from .describe import Described
from .pairs import listed_pair
from .parties import FALLBACK_OTHER_PARTY_RULES, OTHER_PARTY_RULES, Ask, Role, company_home, other_party
from .partner_rules import PARTNER_RULES
from .rows import FigureRow
from .rules import Rules
from .sources import Source
from .story_country import StoryCountry, distinct

_WORLD = re.compile(r"(?i)\b(?:world|worldwide|global|international|countries|nations)\b")
_BODY = frozenset({"body"})
# "Asia will contain ... 50 pct of global productive capacity": no company's; lower case, "<... International Inc>" is
# a company's name
_WORLD_WORDS = re.compile(r"\b(?:world|worldwide|global|countries|nations)\b")
_LIST_MARK = re.compile(r" [-–]+ |: |\(")
_LIST_OPEN = re.compile(r"(?: [-–]+|:|\()\s*$")  # before the first name of a list set off: "nations - ", "(", ": "
_LIST_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


@dataclass(slots=True)
class Partners:
    """The countries of a figure and the rules that chose them (stages "partners" and "other-party")."""

    countries: list[str]
    rule: str | None = None
    other_party: str | None = None


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
    window = country_window(ctx, d.fig, d.window, figs, rules)
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
        names = distinct(c for *_, c in run)
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
    "listed-abroad",
    "dateline-money",
)  # homes read without a ticker: a world figure is no firm's
_THE_COMPANY = re.compile(r"\b[Tt]he\s+company\b")  # "the company" refers back to the lede's company


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
