"""Where a company or a body belongs: the home country of an organisation that speaks (or whose officer speaks), from
organisations.csv or from how the story describes it; the country of the unnamed local voices of a story (dealers,
analysts, industry sources) and of other voices that are no company is voice_places.py's."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.countries import find_mentions
from ..text.organisations import (
    TICKER_SUFFIX,
    TICKER_SYMBOL,
    legal_form_home,
    named_unit,
    organisation_in,
    place_country,
    ticker_home,
)
from ..text.words import AUXILIARIES, COMPANY_LEGAL_FORMS, PREPOSITIONS
from .context import ArticleContext
from .full_names import LEGAL_FORM, LEGAL_FORMS_AFTER, fuller_name, table_organisation
from .records import Speaker
from .tokens import is_cap, words

# a company's name: capitalised words ending in a corporate suffix ("Tribune Co", "AEGON NV", "Cable and Wireless Plc"),
# German names joined the German way too ("Bank fuer Gemeinwirtschaft AG", "Bilfinger und Berger-Bau AG")
_SUFFIX = LEGAL_FORM
# the word-start check after the capital: the scan skips to the next capital (a look-behind first gives re no first
# character to scan for; a third faster on the corpus, the same matches)
COMPANY = re.compile(
    r"[A-Z](?<![\w-].)[\w&.’'-]*(?:\s+(?:&|and|of|de|fuer|und|[A-Z][\w&.’'-]*))*?\s+" + _SUFFIX + r"(?![\w])"
)
_CAP_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:de|of|es)?\s*[A-Z][\w.’'-]*)*")
# "Calgary-based", "the Nashville, Tenn.-based company": a place that is a company's seat
_BASED = re.compile(r"([A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,2})-based\b")
# "Tribune Co of Chicago", "Daily Telegraph PLC, of London", "an analyst for Peters and Co Ltd in Calgary"
# "Acme Co of Chicago", "Acme Co, based in Chicago,": a seat right after the name
_OF_PLACE = re.compile(r"\s*,?\s+(?:of|in|(?:based|headquartered)\s+in)\s+([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)")
_COMPANY_HEADS = frozenset({"company"})


def _place_of(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The one country a short span names: a country, demonym or capital of the gazetteer, else a city or U.S.
    state of organisations.csv ("Calgary", "Nashville, Tenn.")."""
    found = {m.country for m in ctx.mentions.inside(start, end)}
    if not found:
        for part in re.split(r",\s*", ctx.text[start:end]):
            country = place_country(part.strip(), ctx.day) or place_country(part.strip().rstrip("."), ctx.day)
            if country:
                found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def described_home(ctx: ArticleContext, name: str) -> str | None:
    """Where the story says a company is from, at any mention of its name: a nationality or place right before it
    ("Dutch insurer AEGON NV", "Calgary-based Dome") or a seat right after it ("Tribune Co of Chicago")."""
    key = ("described", name)
    if key not in ctx.memo:
        ctx.memo[key] = _described_home(ctx, name)
    return ctx.memo[key]


_OWN_SEAT = re.compile(r"\s(?:of|in)\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s*$")
_SUFFIX_END = re.compile(r"\s+" + _SUFFIX + r"$")
_LOWER_WORDS = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,4}")
_NATIONALITY_GAP = re.compile(r"(?:[’']s)?\s+(?:[a-z][\w-]*\s+){1,3}<?")  # "<" opens a bracketed name
# a preposition or conjunction between a country and a name: no description ("taxes in Canada and add to Wainoco's
# income", "a Canadian unit of Wainoco")
_CLAUSE_GAP = re.compile(
    r"\b(?:" + "|".join(sorted(PREPOSITIONS | AUXILIARIES | {"and", "or", "but", "as", "than", "that"})) + r")\b"
)


def _described_home(ctx: ArticleContext, name: str) -> str | None:
    name = name.replace("<", "").replace(">", "")
    seat = _OWN_SEAT.search(name)
    if seat:  # "Willemijn Holding BV of Rotterdam" as the speaker's own phrase
        found = place_country(seat.group(1), ctx.day)
        if found:
            return found
        name = name[: seat.start()]
    based = _BASED.search(name)
    if based:  # "Calgary-based Pinecone Energy Ltd" as the speaker's own phrase
        found = place_country(based.group(1).split(",")[-1].strip(), ctx.day) or place_country(based.group(1), ctx.day)
        if found:
            return found
        name = name[based.end() :]
    core = _SUFFIX_END.sub("", name.strip()) or name
    if len(core) < 2:
        return None
    text = ctx.text
    i = text.find(core)
    while i >= 0:
        j = i + len(core)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_")) and not (
            j < len(text) and (text[j].isalnum() or text[j] in "-_")
        ):
            found = _home_at(ctx, i, j)
            if found:
                return found
        i = text.find(core, i + 1)
    return None


def _home_at(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The place described at one mention of a company's name (text[start:end])."""
    text = ctx.text
    before = text[max(0, start - 60) : start]
    based = list(_BASED.finditer(before))
    if based and _LOWER_WORDS.fullmatch(before[based[-1].end() :]):
        found = _place_of(ctx, start - len(before) + based[-1].start(1), start - len(before) + based[-1].end(1))
        if found:
            return found
    lead = ctx.mentions.last_ending_by(start)
    gap = _NATIONALITY_GAP.fullmatch(text, lead.end, start) if lead is not None and start - lead.end < 40 else None
    if gap and not _CLAUSE_GAP.search(gap.group()):
        return lead.country  # "Dutch insurer AEGON NV", "the Japanese trading house Mitsui"
    tail = LEGAL_FORMS_AFTER.match(text, end)
    after = tail.end() if tail else end
    apposed = _APPOSED.match(text, after)
    if apposed:  # "Acme, the Swiss affiliate of Acme Inc,": the apposition describes the name itself
        found = [x for x in ctx.mentions.inside(apposed.end(), apposed.end() + 30) if x.start == apposed.end()]
        if found and re.match(r"\s+[a-z]", text[found[0].end : found[0].end + 3]):
            return found[0].country
    seat = _OF_PLACE.match(text, after)
    return _place_of(ctx, seat.start(1), seat.end(1)) if seat else None


_APPOSED = re.compile(r",\s+(?:the|a|an)\s+")


@lru_cache(maxsize=4096)
def _table_home(phrase: str, day: str) -> tuple[bool, str | None]:
    found = table_organisation(phrase, day)
    return (found is not None, found.country if found is not None else None)


def organisation_home(ctx: ArticleContext, phrase: str | None) -> tuple[bool, str | None]:
    """(decided, country) for an organisation of organisations.csv a phrase names: its home, or None decided for an
    international body ("an IMF official": no dateline, no guess); a short name takes the full name the story gives
    ("Lloyds' general manager" after "Lloyds Bank Plc", "Societe Generale" after "Societe Generale de Belgique")."""
    if not phrase:
        return False, None
    fuller = fuller_name(ctx, phrase)
    if fuller is not None:
        return True, fuller.country
    found = _table_home(phrase, ctx.day)
    if found[0] or "(" not in ctx.text or not any(w.isupper() and len(w) > 1 for w in phrase.split()):
        return found
    defined = _defined_initials(ctx)
    for w in words(phrase):
        if w in defined:  # "ICC Chairman X" after "the Interstate Commerce Commission (ICC)": the full name
            return _table_home(defined[w], ctx.day)
    return found


# "the Interstate Commerce Commission (ICC)": a name and the initials the story then uses for it
_DEFINED = re.compile(r"([A-Z][\w&.’'-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w&.’'-]*))+)\s+\(([A-Z]{2,6})\)")
# "South Africa's Electricity Supply Commission (Escom)": a short name in brackets, initials or a word
_SHORT_NAMED = re.compile(r"([A-Z][\w&.’'-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w&.’'-]*))+)\s+\(([A-Z][A-Za-z]{1,7})\)")


def _defined_initials(ctx: ArticleContext) -> dict[str, str]:
    """Initials the story defines in brackets after a name, found once."""
    if "defined" not in ctx.memo:
        ctx.memo["defined"] = {m.group(2): m.group(1) for m in _DEFINED.finditer(ctx.text)}
    return ctx.memo["defined"]


def short_name_country(ctx: ArticleContext, phrase: str | None) -> str | None:
    """The country of a body a phrase names by the short name the story gave it in brackets ("Escom chairman" after
    "South Africa's Electricity Supply Commission (Escom)"): the one country named in the full name."""
    if not phrase or "(" not in ctx.text:
        return None
    if "short_named" not in ctx.memo:
        found = {}
        for m in _SHORT_NAMED.finditer(ctx.text):
            if m.group(2)[0] in {w[0] for w in m.group(1).split()}:  # initials, or a word made of them: not "(Tokyo)"
                countries = {x.country for x in ctx.mentions.inside(m.start(1), m.end(1))}
                found[m.group(2)] = next(iter(countries)) if len(countries) == 1 else None
        ctx.memo["short_named"] = found
    named = ctx.memo["short_named"]
    return next((named[w] for w in words(phrase) if named.get(w)), None) if named else None


_OWNER_MARK = re.compile(r">?['’]s\s")


def company_name(ctx: ArticleContext, phrase: str | None) -> str | None:
    """The company a phrase names: a name with a corporate suffix, or the capitalised words of a role before its
    role word ("Tribune President" -> "Tribune", "president of Advanced Voice" -> "Advanced Voice")."""
    if not phrase:
        return None
    cm = COMPANY.search(phrase)
    if cm:
        unit = COMPANY.search(phrase, cm.end()) if _OWNER_MARK.match(phrase, cm.end()) else None
        return (unit or cm).group()  # "Acme PLC's Widget Inc subsidiary": the unit after the owner's possessive
    lex = ctx.lex
    for run in _CAP_RUN.finditer(phrase):
        if any(lex.state(w) and lex.kind(w) == "org" for w in run.group().split()):
            continue  # "the Finance Ministry": a state body, not a company
        names = [w for w in run.group().split() if lex.kind(w) is None and not lex.title_re.fullmatch(w)]
        names = [w for w in names if not ctx.lex.is_calendar(w)]
        if names and names[0].lower() not in ("the", "of") and known_company(ctx, " ".join(names)):
            return " ".join(names)
    return None


def is_company(ctx: ArticleContext, sp: Speaker) -> bool:
    """An organisation that is a company: a corporate suffix or a company word ("the company", "Standard Oil Co"); also
    a name read as a person's that is the short name of a company the story names ("Acme" after "Acme Widget Corp")."""
    if sp.kind not in ("org", "person") or sp.state or (sp.kind == "person" and sp.role):
        return False
    text = sp.text or ""
    if any((ctx.lex.words.get(w.lower().rstrip(".")) or _NO).head in _COMPANY_HEADS for w in words(text)):
        return True
    return known_company(ctx, text) or bool(_OWN_TICKER.search(text))  # "Swissair <SWSZ.Z>": a listed company


def known_company(ctx: ArticleContext, name: str, whole: bool = False) -> bool:
    """A company's name: with a corporate suffix (the whole ``name`` when ``whole``), or the short name of a company the
    story names in full ("LTV" after "LTV Corp <QLTV>", "Telegraph" after "Daily Telegraph PLC")."""
    if COMPANY.fullmatch(name) if whole else COMPANY.search(name):
        return True
    if len(name) < 2:
        return False
    padded = f" {name.lower()} "
    if any(padded in full for full in _companies(ctx)):
        return True
    headline = ctx.memo["headline_company"]  # "Reynolds and Reynolds" under "REYNOLDS <REYNA> FILES SUIT"
    if whole or headline is None or not padded.startswith(f" {headline.lower()} "):
        return False
    rest = name.split()[len(headline.split()) :]  # the headline's name joined to more: "and Reynolds", "& Gamble"
    return bool(rest) and rest[0] in _JOINERS and all(is_cap(w) or w in _JOINERS for w in rest)


_TICKER = re.compile(r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+<[A-Z.]+>")
_LEAD_ARTICLE = re.compile(r"^The\s+")
_SHORT_FORM = re.compile(_SUFFIX + r"\s*\(([A-Z][\w&-]+)\)")  # "Amsterdam-Rotterdam Bank NV (Amro)"


# the name a headline opens with before a ticker ("NORTHEAST SAVINGS <NSB> ADOPTS RIGHTS PLAN")
_HEADLINE_COMPANY = re.compile(r"([A-Z][A-Z0-9&.’'-]*(?: [A-Z0-9&.’'-]+){0,5}) <[A-Z][A-Z0-9.]*>")
_BRACKETED = re.compile(r"<([A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+){1,5})>")
_JOINERS = frozenset({"and", "of", "&", "de", "the"})
_LEGAL_LOWER = frozenset(w.lower() for w in COMPANY_LEGAL_FORMS)


def _initials(full: str) -> list[str]:
    """The initials a company's full name is shortened to ("American Telephone and Telegraph Co" -> "att",
    "Allegheny International Inc" -> "ai", "Standard and Poor's Corp" -> "s and p", "s&p"): its words but the
    joiners and the corporate suffix."""
    ws = full.split()
    content = [w for w in ws if w not in _JOINERS]
    if len(content) < 3:
        return []
    out = ["".join(w[0] for w in content[:-1]), "".join(w[0] for w in content)]  # "Imperial Chemical Industries"
    core = list(content)
    while len(core) > 2 and core[-1] in _LEGAL_LOWER:
        core.pop()
    if len(core) < len(content) - 1:  # "British Petroleum Co Plc" -> "bp": every legal form off
        out.append("".join(w[0] for w in core))
    if len(ws) == 4 and ws[1] in ("and", "&"):  # two names joined, then the suffix
        out += [f"{ws[0][0]} and {ws[2][0]}", f"{ws[0][0]}&{ws[2][0]}"]
    return out


def _companies(ctx: ArticleContext) -> list[str]:
    """The full company names of the article (a corporate suffix, a ticker after the name, a short form in brackets
    after it), lower case and padded, found once."""
    found = ctx.memo.get("companies")
    if found is None:
        found = [f" {m.group().lower()} " for m in COMPANY.finditer(ctx.text)]
        if "<" in ctx.text:
            found += [f" {m.group(1).lower()} " for m in _TICKER.finditer(ctx.text)]
        if "(" in ctx.text:
            found += [f" {m.group(1).lower()} " for m in _SHORT_FORM.finditer(ctx.text)]
        short = {a: full.strip() for full in found for a in _initials(full)}
        found += [f" {a} " for a in short]
        ctx.memo["initials"] = short
        if "<" in ctx.text:  # "<Water Sports Network> said": the wire brackets the name of an unlisted company
            found += [f" {m.group(1).lower()} " for m in _BRACKETED.finditer(ctx.text)]
        headline = _HEADLINE_COMPANY.match(ctx.title) if "<" in ctx.title else None
        if headline:  # "ACME SAVINGS <ACS> ADOPTS ...": a company story names its company with its ticker
            found.append(f" {headline.group(1).lower()} ")
        ctx.memo["headline_company"] = headline.group(1) if headline else None
        ctx.memo["companies"] = found
    return found


class _No:
    head = ""


_NO = _No()


def headline_company(ctx: ArticleContext) -> str | None:
    """The company a company story's headline names with its ticker ("ACME SAVINGS <ACS> ADOPTS ..."), or None."""
    _companies(ctx)
    return ctx.memo["headline_company"]


def first_company(ctx: ArticleContext) -> str | None:
    """The first company the story names (its lede's, as company stories open: a name with a corporate suffix or one a
    ticker marks), for an officer introduced by a corporate role only ("chairman Conrad Black")."""
    if "first_company" not in ctx.memo:
        end = ctx.paragraphs[0][1] if ctx.paragraphs else 400
        found, at = None, end
        for cm in COMPANY.finditer(ctx.masked, 0, end):
            found, at = cm.group(), min(at, cm.start())
            if ctx.masked[cm.end() : cm.end() + 2] not in ("'s", "’s"):
                break  # "Acme Ltd's Acme Corp of America said": the unit after the owner's possessive
        listed = _TICKER.search(ctx.masked, 0, at) if "<" in ctx.masked[:at] else None
        if listed is not None:  # "Swissair <SWSZ.Z> said the order for McDonnell Douglas Corp": a ticker marks it
            found = _LEAD_ARTICLE.sub("", listed.group(1))
        if found is None:  # no name with a suffix in the lede: the company the headline names with its ticker
            found = headline_company(ctx)
        ctx.memo["first_company"] = found
    return ctx.memo["first_company"]


def company_home(ctx: ArticleContext, name: str | None) -> tuple[str | None, str | None]:
    """(country, rule) of a company: organisations.csv, the story's description of it, else the dateline (wire
    copy on a company is filed from its seat)."""
    if not name:
        return None, None
    _companies(ctx)
    full = ctx.memo["initials"].get(name.lower()) if name.isupper() else None
    at = ctx.text.lower().find(full) if full is not None else -1
    if at >= 0:  # "BP" after "British Petroleum Co Plc": the full name's home
        name = ctx.text[at : at + len(full)]
    decided, country = organisation_home(ctx, name)
    if decided:
        unit = foreign_unit_country(ctx, name, country)
        return (unit, "foreign-unit") if unit is not None else (country, "organisation-table")
    country = described_home(ctx, name)
    if country:
        return country, "company-described"
    country = named_unit(_BRACKETED_END.sub("", name), ctx.day)
    if country:  # "Shell Canada", "Ford Motor Co of Canada Ltd": the unit's country, wherever the story is filed
        return country, "unit-of-country"
    here = ctx.dateline.country if ctx.dateline else None
    bare = _BRACKETED_END.sub("", name.replace("<", ""))
    # not two firms read as one name ("Genetics Institute Inc and Wellcome PLC"): the last one's form is not theirs
    country = None if COMPANY.search(bare.rsplit(None, 1)[0]) else legal_form_home(bare, here, ctx.day, holdings=False)
    if country:  # "<Dixons Group PLC>" in a NEW YORK story: a British form, before the dateline (legal_forms.csv)
        return country, "company-legal-form"
    if here:
        return here, "company-dateline"
    country = listed_home(ctx, name)  # after the dateline: a foreign listing ("<ABC.N>") is no home
    return (country, "company-listing") if country else (None, None)


_BRACKETED_END = re.compile(r"\s*<[^<>]*>?\s*$")  # a speaker's name ending in its ticker: "Acme Canada Ltd <ACC"

# a ticker with its exchange's suffix ("<SWSZ.Z>", "<PARI.PA>"): the wire names a company's home listing
_OWN_TICKER = re.compile(rf"<{TICKER_SYMBOL}{TICKER_SUFFIX}>?")
_LISTED = re.compile(rf"[^<>\n]{{0,40}}?<{TICKER_SYMBOL}{TICKER_SUFFIX}>")


def listed_home(ctx: ArticleContext, name: str) -> str | None:
    """The country of the exchange whose suffix ends the ticker the story gives a company ("Swissair <SWSZ.Z>",
    "Cie Financiere de Paribas <PARI.PA>"), by the exchange rows of organisations.csv; a bare ticker says nothing."""
    own = _OWN_TICKER.search(name)
    if own:
        return ticker_home(own.group().rstrip(">") + ">", ctx.day)
    if "<" not in ctx.text:
        return None
    core = _SUFFIX_END.sub("", name.strip()) or name
    i = ctx.text.find(core)
    while i >= 0:
        m = _LISTED.match(ctx.text, i + len(core))
        if m and "," not in m.group() and " said" not in m.group():
            return ticker_home(m.group()[m.group().rindex("<") :], ctx.day)
        i = ctx.text.find(core, i + 1)
    return None


# "the Dutch unit of Texaco", "Texaco's Dutch arm": a unit named by its country's adjective
_UNIT_WORDS = r"(?:unit|subsidiary|arm|affiliate|branch|operations|operation)"


def foreign_unit_country(ctx: ArticleContext, phrase: str | None, home: str | None) -> str | None:
    """The dateline's country, when the story names the unit there of the multinational a phrase names ("Texaco
    Canada Inc", "Texaco Petroleum (Netherlands) BV", "the Dutch unit of Texaco" under a ROTTERDAM dateline): its
    spokesman in that story speaks for the unit, not for the parent's home."""
    here = ctx.dateline.country if ctx.dateline else None
    org = organisation_in(phrase, ctx.day) if phrase and here and home and here != home else None
    if org is None or org.kind != "company":
        return None
    key = ("unit", org.name, here)
    if key not in ctx.memo:
        ctx.memo[key] = (
            here if any(_names_unit(ctx, m, org.name) for m in ctx.mentions.items if m.country == here) else None
        )
    return ctx.memo[key]


def names_parent(ctx: ArticleContext, phrase: str) -> bool:
    """The phrase names the parent in full, with its legal form and no country ("Sony Corp <SNE.T> chairman Akio
    Morita" in a story on Sony's French plant): its officer speaks for the parent, not for the unit."""
    full = COMPANY.search(phrase)
    if full is None or re.search(rf"\b{_UNIT_WORDS}\s+of\s+$", phrase[: full.start()]):
        return False  # "a wholly-owned subsidiary of Nissan Motor Ltd": the unit speaks
    return not find_mentions(full.group(), ctx.day)


def _names_unit(ctx: ArticleContext, m, name: str) -> bool:
    """The country mention ``m`` names a unit of the company ``name``: in the unit's name, or as "the X unit of"."""
    before, after = ctx.text[max(0, m.start - 60) : m.start], ctx.text[m.end : m.end + 60]
    n = re.escape(name)
    if re.search(rf"(?<![\w-]){n}(?:\s+[A-Z][\w.&’'-]*){{0,3}}\s*\(?$", before):
        return True  # "Texaco Canada", "Texaco Petroleum Maatschappij (Netherlands) BV"
    unit = re.match(rf"\s+{_UNIT_WORDS}\b(\s+of\s+{n}\b)?", after)
    return unit is not None and (unit.group(1) is not None or re.search(rf"(?<![\w-]){n}[’']s\s+$", before) is not None)
