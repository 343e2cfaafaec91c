"""The story's own country (``story_country``): the country that owns a measure in the lede or opens it, the pair
a trade story's headline and lede frame it by, and the home of the company it reports on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.countries import find_mentions
from .context import Context, Place
from .dateline_money import dateline_money_home
from .rules import Rules
from .story_company import lede_bank_home, lede_company_home, story_company

_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s\b.*")
_CURRENCY_AFTER = re.compile(r"\s+(?i:dollars?|dlrs?|francs?|marks?|pounds?|crowns?|pesos?)\b")
# a headline word the gazetteer reads capitalised: four letters or more, or the short first word of a country's name
# before the rest of it ("SRI LANKAN", "NEW ZEALAND", "EL SALVADOR", "SAN MARINO")
_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b|\b(?:SRI|NEW|EL|SAN)(?= [A-Z]{4,}\b)")
_LOWER_WORD = re.compile(r"[a-z]+")


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
    if company is None:  # "VIENNA": a capital's story counted in schillings
        company = dateline_money_home(ctx, dateline, rules)
        company_rule = "dateline-money" if company else company_rule
    for s in ctx.sentences:
        if s.index >= 3:
            break
        if s.paragraph < 3:
            country = _owner(ctx, s.places, s.start, s.index == 0, rules)
            if country:
                return StoryCountry(country, s.index, frame, company, dateline=dateline, company_rule=company_rule)
    if frame is None and len(head.countries) == 1 and not _dealt_with(title, company, company_rule, ctx):
        # "MALAYSIAN CENTRAL BANK SEES HIGHER GROWTH": its one country
        return StoryCountry(head.countries[0], 0, frame, company, "headline-country", dateline, company_rule)
    return StoryCountry(None, 0, frame, company, dateline=dateline, company_rule=company_rule)


_TICKER_END = re.compile(r">\s*\S+")  # the ticker's end and the word after it ("<GM> CANADA": the unit's name)
_IN_BEFORE = re.compile(r"(?i)\bin\s+$")  # "<OIL> AFFILIATE IN CANADIAN FIND": where the business is, the story's place


def _dealt_with(title: str | None, company: str | None, company_rule: str, ctx: Context) -> bool:
    """ "FIRST BANK <FB> ESTIMATES LOSS ON BRAZIL": a country a company story's headline names after the company's ticker
    (not right after it, as "<GM> CANADA" names a unit, nor after "IN", where the business is) is what the company deals
    with, not the story's own country: a figure with no country named is the company's."""
    if company is None or company_rule != "company-story" or not title or ">" not in title:
        return False
    m = _TICKER_END.search(title)
    rest = title[m.end() :] if m else ""
    rest = _headline_case(rest)
    return any(x.country and not _IN_BEFORE.search(rest, 0, x.start) for x in find_mentions(rest, ctx.day, ctx.text))


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
            self._countries = distinct(m.country for m in found)
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
    both = distinct(head + named)  # "the purchase of U.S. Dollar currency" names a currency, not a party
    return (both[0], both[1]) if len(both) == 2 else None


def _about_trade(text: str, rules: Rules) -> bool:
    """Whether ``text`` names trade between parties: a trade or flow noun, a purchase, sale or barrier."""
    words = set(_LOWER_WORD.findall(text.lower()))
    # the word sets compared in C first; the flow metrics (a dict by kind) word by word
    sets = (rules.trade_metrics, rules.words.deal, rules.words.barrier)
    return not all(words.isdisjoint(s) for s in sets) or any(rules.metrics.get(w) == "flow" for w in words)


def distinct(countries) -> list[str]:
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
        if rules.seller_of.search(before) or owns_next_metric(ctx, e, rules):
            return c
        if lede and not text[base:s].strip(" \"“'‘(").lower().removeprefix("the").strip():
            return c
    return None


def owns_next_metric(ctx: Context, e: int, rules: Rules) -> bool:
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
