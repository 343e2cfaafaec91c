"""The home of the company a story reports on (rules "company-story" and "company-story-home" of rules.csv).

A company's figure is its home country's (../shared/gold/CONVENTIONS.md); a story about one company gives that
home to the figures whose sentences name no country: its results table ("Pretax profit 55.63 mln stg vs 49.36
mln"), "the company" and the sentences that name no other party.
"""

from __future__ import annotations

import re

from ..text.countries import find_mentions
from ..text.datelines import place_country
from ..text.organisations import TICKER, dateline_country, find_organisations, legal_form_home, ticker_home
from ..text.words import INCORPORATION_FORMS
from .context import Context
from .listed_abroad import listed_abroad

# "<Royex Gold Mining Corp> said": the wire marks a company it names without a ticker; opening the lede or the
# headline it is the story's subject ("... sale of assets to <Lloyds Bank PLC>'s Lloyds Bank Canada" is not)
_MARKED = re.compile(r"[\s\"“]*<([A-Z][\w.&'-]*(?: [\w.&'/-]+){0,6})>")  # "A/S": a slash in a word after the first
_COMPANY = frozenset({"company"})
_CENTRAL_BANK = frozenset({"central_bank"})
_UNIT_AFTER = re.compile(
    r"(?i)(?:['’]s)?\s+(?:unit|subsidiary|affiliate|division)\b"
)  # "<HOECHST AG> UNIT": its unit's
_NAME_WORD = re.compile(r"\b[A-Z][A-Za-z&'-]{2,}")
# words many company names share: no sign that a ticker's company is the headline's
_COMMON_NAME_WORDS = frozenset(
    "THE PLC LTD INC CORP COMPANY GROUP HOLDINGS INTERNATIONAL BANK NATIONAL FIRST FINANCE TRUST YEAR NET PROFIT".split()
)
# a country's company named by its legal form: "Britain's Imperial Chemical Industries Plc" (not "British Petroleum Co of
# Australia": a demonym may be part of the name)
_OWNED_COMPANY = re.compile(
    rf"['’]s\s+(?:[A-Z][\w&.'-]*\s+){{0,5}}(?:{'|'.join(re.escape(f) for f in INCORPORATION_FORMS)})\b"
)
_UNIT_OF = re.compile(r"(?:\s+[A-Z][\w&.'-]*){0,2}\s+of\s+(?:the\s+)?")  # "Co of" before a country: a unit's name
# a results table opening the story: "Shr 28.3p vs 27.5p", "Net 38.80 mln vs 33.64 mln", "loss 10 cts vs profit 7 cts"
_TABLE_LINE = re.compile(r"\d[\d.,]*[a-z]?\s+(?:[A-Za-z.]+\s+){0,2}vs\.?\s+(?:[A-Za-z]+\s+){0,2}(?:[\d(]|nil\b)")


def story_company(ctx: Context, title: str | None, dateline: str | None) -> tuple[str | None, str]:
    """(home, rule) of the company the story reports on: one named with its ticker in the headline or the lede
    ("PILLSBURY CO <PSY> 3RD QTR NET"); else one marked opening the lede ("<Royex Gold Mining Corp> said") or the
    headline ("<SAMSUNG CO> CALENDAR 1986"), or a story opening with a
    results table: its home in organisations.csv, else its ticker's exchange, else the dateline's country."""
    lede = next((s for s in ctx.sentences if s.index == 0), None)
    lede_text = lede.text if lede else ""
    home = ticker_home(title or "", ctx.day) or ticker_home(lede_text, ctx.day)
    if home:  # "DOME MINES LTD <DM>" under TORONTO: a bare ticker is no U.S. home abroad
        abroad = listed_abroad(title or "", lede_text, home, dateline, ctx.day)
        return (abroad, "listed-abroad") if abroad else (home, "company-story")
    marked = _marked(lede_text) or _marked(title or "")
    table = bool(lede and _TABLE_LINE.search(ctx.text, lede.start, lede.end + 200))
    if marked is None and not table:
        return None, "company-story"
    if marked is not None:  # not a capital's country: London carries foreign firms' eurobonds and bids
        orgs = find_organisations(marked, ctx.day, _COMPANY)
        home = next((o.country for o in orgs if o.country), None)
        home = home or _dateline_home(dateline, ctx.day, capital=False)
        # "<Electrolux AB>" under a capital's dateline ("LONDON") or a place not listed: the legal form's country (a
        # foreign firm under a listed city's dateline mostly reports on its unit there: "<PORSCHE AG> RAISING U.S.
        # PRICES" in RENO, Nev.)
        home = home or legal_form_home(marked, _dateline_home(dateline, ctx.day, capital=True), ctx.day)
        if home is None and table:  # "<CGEE ALSTHOM>" results under "PARIS": a capital reports its own firms' results
            return _dateline_home(dateline, ctx.day, capital=True), "company-table-home"
        return home, "company-story-home"
    if not (TICKER.search(title or "") or TICKER.search(lede_text)):
        # a table's company named with its ticker below it ("The De La Rue Co. Plc <DLAR.L> proposes"); a foreign
        # issuer's symbol in the headline ("<EAVKF>") leaves the tickers below to other companies ("Heck's Inc <HEX>")
        home = _table_ticker(ctx.text, title or "", ctx.day)
    return home or _dateline_home(dateline, ctx.day, capital=True), "company-story-home"


def _table_ticker(text: str, title: str, day: str) -> str | None:
    """The home by the first ticker whose company shares a name word with the headline ("The De La Rue Co. Plc
    <DLAR.L>" under "DE LA RUE RAISES ANNUAL PROFITS"); an owner's below a joint venture's table ("the Industrial
    Bank of Japan <IBJT.T>" under "CCIC FINANCE LTD") is not the table's company."""
    heads = set(title.upper().split())
    for m in TICKER.finditer(text):
        words = _NAME_WORD.findall(text, max(0, m.start() - 40), m.start())
        if any(w.upper() in heads and w.upper() not in _COMMON_NAME_WORDS for w in words):
            return ticker_home(m.group(), day)
    return None


def _marked(text: str) -> str | None:
    """The name of a company marked opening ``text`` ("<Royex Gold Mining Corp> said"), unless a unit of it is the
    subject ("<HOECHST AG> UNIT TO RAISE 500 MLN DLRS", "<Hoechst AG's> Hoechst Celanese Corp subsidiary")."""
    m = _MARKED.match(text)
    if m is None or m.group(1).endswith(("'s", "’s")) or _UNIT_AFTER.match(text, m.end()):
        return None
    return m.group(1)


def _dateline_home(dateline: str | None, day: str, capital: bool) -> str | None:
    """The dateline's country: a listed place's or state's ("SAN JOSE, Calif.", "LONDON, Ontario"), the country it
    writes out, else, when ``capital``, a capital's ("LONDON"): the company's home when the story does not state it."""
    if not dateline:
        return None
    home = dateline_country(dateline, day)
    return home or (place_country(dateline.split(",")[0].strip(" -—–"), day) if capital else None)


def lede_company_home(ctx: Context) -> str | None:
    """The home of the company the lede opens with, as its subject ("In a statement, Britain's Imperial Chemical
    Industries Plc said"): its home in organisations.csv or the country whose possessive stands right before its
    name, read before the lede's first "said" and in its first 100 characters (not an underwriter named later); for
    "the company" of later sentences (rule "company-anaphor")."""
    lede = next((s for s in ctx.sentences if s.index == 0), None)
    if lede is None:
        return None
    head = lede.text[:100].split(" said", 1)[0]
    mentions = find_mentions(head, ctx.day)
    for o in find_organisations(head, ctx.day, _COMPANY):
        unit = _UNIT_OF.match(head, o.end)  # "British Petroleum Co of Australia Ltd": the unit's country
        there = next((m.country for m in mentions if unit and m.start == unit.end()), None)
        if there or o.country:
            return there or o.country
    for m in mentions:
        if _OWNED_COMPANY.match(head, m.end):
            return m.country
    return None


def lede_bank_home(ctx: Context) -> str | None:
    """The country of a central bank the lede opens with as its subject ("The Bank of England said it had
    provided ..."), read before the lede's first "said" and in its first 60 characters: a money market report's
    figures with no country are that bank's country's (rule "central-bank-story")."""
    lede = next((s for s in ctx.sentences if s.index == 0), None)
    if lede is None or "ank" not in lede.text[:60]:  # the cheap test: "Bank", "Bundesbank"
        return None
    head = lede.text[:60].split(" said", 1)[0]
    return next((o.country for o in find_organisations(head, ctx.day, _CENTRAL_BANK) if o.country), None)
