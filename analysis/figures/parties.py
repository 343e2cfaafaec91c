"""The other party of a flow that names only one side (stage "other-party" of rules.csv), and what every
partner rule looks at for one figure (``Ask``).

"exports to Japan rose" takes the exporter from a company named with the figure, the source, an earlier figure on
that partner, the pair the story's headline and lede frame, or the story's own country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.countries import country_name
from ..text.organisations import HOMED_KINDS, dateline_place_country, find_organisations, ticker_home
from ..text.words import POSSESSIVE_DETERMINERS
from .candidates import SentenceFigures
from .context import Context, Sentence
from .describe import Described
from .gates import first_word_match, joined
from .rows import FigureRow
from .rules import Rules, alternation
from .sources import Source

_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}$")
_DEFINITE_SUBJECT = re.compile(r"(?i)\s*[\"“]?(?:this|these|that|those)\s+[a-z]+")  # "This amount includes 89 mln"
_THE_NOUN = re.compile(
    r"(?i)\b(?:the|this|these)\s+([a-z-]+)(?=(?:\s+([a-z]+))?)"
)  # the noun or its head after one word
_THE_HEAD = re.compile(r"(?i)\bthe\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")  # "The list", "the shopping list", "the imports"
# nouns of a purchase besides the flow and balance metrics ("the list" of goods to buy); no verbs ("the Board bought")
_THE = frozenset({"the"})  # what _THE_HEAD opens with (gates.py)
_THOSE = frozenset({"those"})  # what rules.partner_np opens with besides the partner words
_DEAL_NOUNS = frozenset({"list", "purchase", "purchases", "sale", "contract", "order", "orders"})
_LOWER_WORD = re.compile(r"[a-z]+")
_OWNER_BEFORE = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?$|\b{alternation(POSSESSIVE_DETERMINERS)}\s+(?:[a-z-]+\s+)?$")

Role = tuple[str, str]  # (country, role): role "partner" after to/from/with, else "party"


@dataclass(slots=True)
class Ask:
    """What the partner rules look at for one figure."""

    ctx: Context
    sentence: Sentence
    d: Described
    figs: SentenceFigures  # the sentence's figures
    source: Source
    rows: list[FigureRow]  # the article's rows so far
    story: str | None  # the story's own country, as known at this sentence
    story_rule: str  # how the story's country was found (stage "partners" of rules.csv)
    company: str | None  # the home of the company the story reports on
    dateline: str | None  # the story's dateline ("CHICAGO, March 27")
    bilateral: bool  # the sentence says "bilateral", "the two countries" ...
    frame: tuple[str, str] | None  # the pair the headline and lede set
    rules: Rules
    window: tuple[int, int]  # where the figure's own countries are named
    skip: list[tuple[int, int]]  # spans whose countries are no partners besides the numbers: the source
    company_rule: str = "company-story"  # how ``company`` was found (story_company.py)
    lede_company: str | None = None  # the home of the first company the lede names (story_company.lede_company_home)


def partner_named(q: Ask) -> bool:
    """A partner named in the figure's window that is no country ("to the EC", "with the West"; rules.partner_np)."""
    words = joined(q.rules.words.partner, _THOSE)
    return first_word_match(q.rules.partner_np, words, q.ctx.text, q.ctx.lower, *q.window) is not None


# --- the other party of a flow ----------------------------------------------------------------------------
def other_party(q: Ask, found: list[Role], rules: tuple) -> tuple[str | None, str | None]:
    """(country, rule name) of the first of the other-party ``rules`` that adds one."""
    if len(found) == 1 or _only_partners(found):  # else both sides are named
        for name, other in rules:
            more = other(q, found)
            if more:
                return more, name
    return None, None


def company_home(q: Ask, found: list[Role]) -> str | None:
    """A company or state body named with the figure in a purchase, sale or flow ("bought three Boeing
    planes", "Toyota's exports to China"): its home country is a party (organisations.csv)."""
    lo, hi = q.window
    text = q.ctx.text
    orgs = find_organisations(text[lo:hi], q.ctx.day, HOMED_KINDS)  # the cheaper test first: mostly none
    if not orgs or (q.d.kind != "flow" and not q.rules.deal.search(text, q.d.clause[0], q.d.clause[1])):
        return None
    for org in orgs:
        if org.country and all(org.country != c for c, _ in found):
            return org.country
    return None


_OWNED_BY = re.compile(r"(?:\s|\s*-\s*)owned\s+by\b")  # "70 pct owned by Exxon", "70 pct-owned by"
_OWNED_BEFORE = re.compile(r"\bowned\s+(?:about\s+|some\s+)?$")  # "owned 51 pct by"


def _owned_stake(q: Ask, found: list[Role]) -> str | None:
    """ "Imperial Oil Ltd <IMO.A>, 70 pct owned by Exxon Corp", "Alcoa of Australia, owned 51 pct by the Aluminum Co
    of America": a stake joins the owned company's home to the owner's; the one of the two not named yet."""
    f, text = q.d.fig, q.ctx.text
    if q.d.unit != "percent" or "owned" not in text[max(0, f.start - 12) : f.end + 12]:
        return None  # the cheap test
    after = _OWNED_BY.match(text, f.end)
    if after is None and _OWNED_BEFORE.search(text, q.sentence.start, f.start) and text.startswith(" by", f.end):
        after = re.compile(r" by\b").match(text, f.end)
    if after is None:
        return None
    owner = _owner_home(q, after.end())
    named = [c for c, _ in found if c != owner]  # "Alcoa of Australia, owned 51 pct by Aluminum Co of America"
    owned = named[0] if named else _listed_home(text[q.sentence.start : f.start], q)
    if not owner or not owned or owner == owned:
        return None  # "Northern Telecom, 52 pct owned by Bell Canada": one country's firms
    return next((c for c in (owned, owner) if all(c != x for x, _ in found)), None)


def _owner_home(q: Ask, start: int) -> str | None:
    """The owner's country after "owned by": a country named in its phrase ("Canada's Alcan", "<Beijar> of
    Sweden"), else its ticker's or the organisations table's home."""
    text = q.ctx.text
    end = min(q.d.clause[1], start + 80)
    named = q.ctx.mentions.countries(start, end)
    if named:
        return named[0]
    orgs = find_organisations(text[start:end], q.ctx.day, HOMED_KINDS)
    return next((o.country for o in orgs if o.country), None) or ticker_home(text[start:end], q.ctx.day)


def _listed_home(before: str, q: Ask) -> str | None:
    """The owned company's home by its ticker when the ticker names an exchange ("<AA.S>"), else the dateline's."""
    m = re.search(r"<[A-Z0-9&]+\.[A-Z]{1,3}>", before)
    home = ticker_home(m.group(), q.ctx.day) if m else None
    return home or (dateline_place_country(q.dateline, q.ctx.day) if q.dateline else None)


def _own_measure(q: Ask) -> bool:
    """A count, or a measure of one country that is no trade between parties ("output", "the economy"):
    the frame's pair does not make it bilateral."""
    if q.d.quantity == "count":
        return True
    last = q.d.metric.split()[-1].lower() if q.d.metric else ""
    return (
        q.d.kind == "measure"
        and last not in q.rules.trade_metrics
        and last not in joined(q.rules.words.deal, q.rules.words.barrier)
    )


def _owned_balance(q: Ask) -> bool:
    """A country's overall balance: a trade measure ("deficit", "surplus") owned by a possessive or a
    country before it ("the nation's trade gap", "a 169 bln dlr U.S. trade deficit")."""
    last = q.d.metric.split()[-1].lower() if q.d.metric else ""
    if q.d.kind != "measure" or last not in q.rules.trade_metrics:
        return False
    lo, hi = q.d.window
    at = q.ctx.text.find(q.d.metric, lo, hi + len(q.d.metric))
    if at < 0:
        return False
    before = q.ctx.text[max(lo, at - 30) : at]
    place = q.ctx.mentions.last_before(at)
    return bool(_OWNER_BEFORE.search(before)) or (place is not None and not q.ctx.text[place[1] : at].strip())


_TARIFF_WORDS = frozenset({"tariff", "tariffs"})  # a country's own rates on all sellers' goods (not a duty on one firm)


def _frame_pair(q: Ask, found: list[Role]) -> str | None:
    """One side named in a later sentence, of the pair the headline and lede set: the other side of that pair,
    unless the sentence names a country outside it ("Seoul's purchases rose" in a story on South Korea and
    the U.S.)."""
    pair = q.frame
    if not pair or len(found) != 1 or found[0][0] not in pair or _own_measure(q) or not _between_parties(q):
        return None
    if q.d.direction == "decrease" and q.d.metric and q.d.metric.split()[-1].lower() in _TARIFF_WORDS:
        return None  # "the tariff cuts of between five and 30 pct": a cut in a country's tariffs is for all sellers
    if q.sentence.index == 0 or any(c and c not in pair and not q.figs.covers(s) for s, _, c in q.sentence.places):
        return None  # the lede is the frame itself; a sentence naming another country has its own say
    if partner_named(q) or _owned_balance(q) or not _points_back(q):
        return None  # "a surplus with Europe": a partner that is no country; "the nation's trade gap"
    return pair[1] if found[0][0] == pair[0] else pair[0]


def _points_back(q: Ask) -> bool:
    """The figure's quantity is one the story named before: "the surplus", "the sanctions", "this amount", "the 2.6
    billion dlrs"; a plain "duties were cut to 20 pct" or "Seoul's purchases" is the sentence's own (issue 26: the
    frame never makes a plain total bilateral)."""
    text, (lo, hi) = q.ctx.text, q.d.window
    if any(c in q.frame for *_, c in q.sentence.places if c != q.story) and q.story in q.frame:
        return True  # the sentence names the other side itself
    if _DEFINITE_BEFORE.search(text, max(lo, q.d.fig.start - 12), q.d.fig.start) or _DEFINITE_SUBJECT.match(text, lo):
        return True
    at = text.find(q.d.metric, lo, hi + len(q.d.metric)) if q.d.metric else -1
    if at < 0:  # no metric noun: "the quota on Chilean salmon will be raised by 2,000 tonnes"
        words = q.rules.words
        between = joined(words.balance, words.deal, words.barrier)
        found = _THE_NOUN.finditer(text, lo, q.d.fig.start)
        return any(m.group(1).lower() in between or (m.group(2) or "").lower() in between for m in found)
    return bool(_DEFINITE_BEFORE.search(text, max(lo, at - 40), at))


def _between_parties(q: Ask) -> bool:
    """A balance, a purchase or a barrier ("the surplus", "purchases", "tariffs"): a measure between parties. A
    plain flow ("exports rose to 11 bln dlrs") in a story framed by a pair is as often the country's total."""
    words = q.rules.words
    between = joined(words.balance, words.deal, words.barrier)
    if q.d.metric:
        return q.d.metric.split()[-1].lower() in between
    # no metric noun: the subject of the figure's clause ("the quota on beef will be raised by 4,500 tonnes")
    lo = q.d.window[0]
    return any(w in between for w in _LOWER_WORD.findall(q.ctx.text[lo : q.d.fig.start].lower()))


# a bare "the dollar" (no country's name before it: "the Hong Kong dollar" is its own) is the U.S. one in 1987 copy:
# right after a percent ("80 pct of its value against the dollar", "one pct below those for the dollar"), or as the
# subject opening the figure's part of the clause ("the dollar in the parallel market is sold at 25 to 100 pct above")
_DOLLAR_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:against|for|to)\s+the\s+dollar\b")
_THE_DOLLAR = re.compile(r"\b[Tt]he\s+dollar\b(?!['’]s|\s+(?:area|bloc|zone)\b)")  # not "The dollar's fall would cut"


def _dollar_side(q: Ask, found: list[Role]) -> str | None:
    """ "the Lebanese pound, which has lost more than 80 pct of its value against the dollar", "the dollar in the
    parallel market is sold at 25 to 100 pct above the official rate": a percent move or spread of one country's
    currency or rates against the dollar has the United States as its other side."""
    text, f, (lo, _) = q.ctx.text, q.d.fig, q.window
    if f.unit != "percent" or len(found) != 1 or text.find("dollar", lo, f.end + 40) < 0:
        return None  # the cheap test
    usa = country_name("USA", q.ctx.day)
    if found[0][0] == usa:
        return None
    if _DOLLAR_AFTER.match(text, f.end):
        return usa
    m = _THE_DOLLAR.match(text, lo + len(text[lo : f.start]) - len(text[lo : f.start].lstrip()))
    return usa if m and not q.figs.number_between(m.end(), f.start) else None  # the subject opening the window


def _only_partners(found: list[Role]) -> bool:
    return bool(found) and all(role == "partner" for _, role in found)


def _source_country(q: Ask, found: list[Role]) -> str | None:
    """Only partners named ("exports to Japan rose"): the source's country is the other party."""
    if not _only_partners(found):
        return None
    c = q.source.country
    return c if c and all(c != x for x, _ in found) else None


def _earlier_figure(q: Ask, found: list[Role]) -> str | None:
    """Only partners named, in a flow ("imports from North Korea surged, with China ..."): the other country
    of the last earlier figure that names that partner with another."""
    if not _only_partners(found) or q.d.kind != "flow":
        return None
    first = found[0][0]
    for prev in reversed(q.rows):
        if first in prev.countries and len(prev.countries) > 1:
            return next(c for c in prev.countries if c != first)
    return None


def _story_country(q: Ask, found: list[Role]) -> str | None:
    """Only partners named: the story's own country is the other party."""
    if not _only_partners(found) or not q.story or any(q.story == x for x, _ in found):
        return None
    return q.story


_HELD_BEFORE = re.compile(r"(?i)\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}$")  # "its nonperforming Brazilian debt"


def _story_company(q: Ask, found: list[Role]) -> str | None:
    """ "it has 339 mln dlrs in loans to Brazil", "its Brazilian debt totaled 4 mln dlrs" in a story on a company
    (its ticker in the headline): only a partner, or a country the company's "its" owns, named; the company's home is the
    other party."""
    if len(found) != 1 or q.company_rule != "company-story" or not q.company or q.company == found[0][0]:
        return None
    if found[0][1] != "partner":
        place = q.ctx.mentions.starting(*q.window)
        first = next((p for p in place if p[2] == found[0][0]), None)
        if first is None or not _HELD_BEFORE.search(q.ctx.text, max(0, first[0] - 40), first[0]):
            return None
    return q.company


def _antecedent_pair(q: Ask, found: list[Role]) -> str | None:
    """ "The list includes 1.1 bln dlrs of ...", "the imports, which will include ...": a definite trade noun opening
    the sentence points back to the nearest sentence before that names it; the one other country that sentence
    names is the other party (issue 26: an antecedent, never the frame alone)."""
    if len(found) != 1 or q.sentence.index == 0:
        return None
    text, lo = q.ctx.text, q.sentence.start
    m = first_word_match(_THE_HEAD, _THE, text, q.ctx.lower, lo, min(q.d.fig.start, lo + 80))  # "the" near its start
    head = next((w for w in (m.group(1), m.group(2)) if w and _trade_noun(q, w.lower())), None) if m else None
    if head is None or _own_measure(q) or partner_named(q):
        return None  # "with Western Europe": a partner that is no country
    noun = re.compile(rf"(?i)\b{head}\b")
    for s in reversed(q.ctx.sentences):
        if s.index >= q.sentence.index or s.index < q.sentence.index - 8:
            continue
        if noun.search(s.text):
            # "widened to 4.18 billion U.S. Dlrs": a country's name before a currency word names the currency
            named = (c for _, e, c in s.places if not q.rules.currency_after.match(text, e))
            others = [c for c in dict.fromkeys(named) if c and c != found[0][0]]
            return others[0] if len(others) == 1 else None
    return None


def _trade_noun(q: Ask, word: str) -> bool:
    return word in _DEAL_NOUNS or word in q.rules.words.balance or q.rules.metrics.get(word) == "flow"


OTHER_PARTY_RULES: tuple[tuple[str, Callable[[Ask, list[Role]], str | None]], ...] = (
    ("dollar-side", _dollar_side),
    ("owned-stake", _owned_stake),
    ("company-home", company_home),
    ("source-country", _source_country),
    ("earlier-figure", _earlier_figure),
    ("frame-pair", _frame_pair),
    ("antecedent-pair", _antecedent_pair),
    ("story-country", _story_country),
    ("story-company", _story_company),
)

# after a country taken from the source or the story (none named near the figure)
FALLBACK_OTHER_PARTY_RULES: tuple[tuple[str, Callable[[Ask, list[Role]], str | None]], ...] = (
    ("dollar-side", _dollar_side),
    ("owned-stake", _owned_stake),
    ("company-home", company_home),
    ("frame-pair", _frame_pair),
    ("antecedent-pair", _antecedent_pair),
)
