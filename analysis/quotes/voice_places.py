"""Where a voice that is no company belongs: the place the speaker spoke from ("said from Toronto"), a document's
or an unnamed local voice's dateline (or a place its phrase names), the body named before a bare "the bank", a
national body's dateline, a place that opens a speaker's description ("a Chicago real estate developer")."""

from __future__ import annotations

import re

from ..text.organisations import find_organisations, place_country
from ..text.words import GATHERING_NOUNS
from .context import ArticleContext
from .homes import _BASED, _CAP_RUN, _place_of, company_home, company_name, known_company, organisation_home
from .monitoring import heard_at_dateline
from .records import Speaker
from .tokens import is_cap, words

_SPOKE_FROM = re.compile(
    r"\b(?:said|says|speaking|spoke|told\s+[\w ]{1,20}?)\s+(?:by\s+telephone\s+)?from\s+([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)"
)


def spoke_from_country(ctx: ArticleContext, pos: int) -> str | None:
    """Where the speaker spoke from, in the sentence of the words: "said from Toronto", "speaking from London"."""
    unit = ctx.unit_at(pos)
    if unit is None:
        return None
    fm = _SPOKE_FROM.search(ctx.masked, unit.start, unit.end)
    return _place_of(ctx, fm.start(1), fm.end(1)) if fm else None


def document_country(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """A document, survey or communique whose phrase names no country or international body ("the high command
    communique", "a survey of manufacturers"): the company its phrase names, else the dateline's country, as for the
    story's local voices."""
    text = sp.text or ""
    # the phrase's last word, or its role's ("the communique issued during the day": the role ends at the noun)
    lasts = [x.split()[-1] for x in (text, sp.role or "") if x.split()]
    if sp.kind != "role" or not any(ctx.lex.kind(w) == "source" for w in lasts):
        return None, None
    name = company_name(ctx, text)
    if name is not None:
        return company_home(ctx, name)
    if "bodies" not in ctx.memo:  # an OPEC statement in a Vienna story, an OECD report from Paris: no guess
        ctx.memo["bodies"] = bool(find_organisations(ctx.text, ctx.day, frozenset({"body"})))
    if ctx.dateline and ctx.dateline.country and not ctx.memo["bodies"] and not heard_at_dateline(ctx):
        return ctx.dateline.country, "dateline-document"
    return None, None


# a capitalised regional or national adjective the gazetteer does not place ("European", "Western", "Asian")
_REGION_WORD = re.compile(r"\b[A-Z][a-z]+(?:ean|ian|ern|ese|ic)\b")


# diplomats speak for no place they are in; a foreign voice is placed as not local ("foreign exchange dealers" are)
_NOT_LOCAL = re.compile(r"\b(?:diplomatic|foreign(?!\s+(?:exchange|currency|currencies)\b)|overseas)\b", re.I)


def _joined_to_local(ctx: ArticleContext, phrase: str) -> bool:
    """A voice joined to another before it ("local and foreign bankers", "Thai and foreign bankers"): the first
    one's place decides."""
    return re.search(r"\b(?:and|or)\s+" + re.escape(phrase) + r"\b", ctx.text) is not None


# a place the sentence names before a voice "there": "a report from Rotterdam quoted industry sources there"
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at)\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)")


def _there_country(ctx: ArticleContext, sp: Speaker, pos: int | None) -> str | None:
    """The place a voice "there" points back to: the last place its sentence names before the phrase."""
    unit = ctx.unit_at(pos) if pos is not None and re.search(r"\bthere$", sp.text or "") else None
    at = ctx.text.find(sp.text, unit.start, unit.end) if unit is not None else -1
    places = list(_PLACE_BEFORE.finditer(ctx.text, unit.start, at)) if at > 0 else []
    return _place_of(ctx, places[-1].start(1), places[-1].end(1)) if places else None


_OF_PLACE_END = re.compile(r"\bof\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)$")


def of_place_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A role whose phrase ends with a city, state or emirate it belongs to ("the ruling family of Sharjah", "the
    mayor of Osaka"): that place's country (organisations.csv places; a country in the phrase is found earlier)."""
    m = _OF_PLACE_END.search(sp.text or "") if sp.kind == "role" else None
    return place_country(m.group(1), ctx.day) if m else None


def local_voice_country(ctx: ArticleContext, sp: Speaker, pos: int | None = None) -> tuple[str | None, str | None]:
    """Unnamed local voices (dealers, traders, analysts, industry sources): a place their phrase names ("New York
    trade sources", "London analysts") or points back to ("sources there"), else the dateline's country."""
    text = sp.text or ""
    if sp.kind != "role" or not ctx.lex.is_local(sp.role or text) or any(ctx.lex.is_abroad(w) for w in words(text)):
        return None, None
    if _NOT_LOCAL.search(text) and not _joined_to_local(ctx, text):
        return None, None  # "diplomatic sources", "one foreign banker": no voice of the place they are in
    if _REGION_WORD.search(text):  # "European trade sources" at a New Zealand meeting: not the dateline's
        return None, None
    if "s" in text and any(w in GATHERING_NOUNS for w in words(text.lower())):
        return None, None  # "sources close to a meeting of the producers' alliance": of no host country
    for run in _CAP_RUN.finditer(text):
        if not any(is_cap(w) and ctx.lex.kind(w) is None for w in run.group().split()):
            continue
        found = place_country(run.group(), ctx.day)
        if found:
            return found, "place-in-phrase"
    there = _there_country(ctx, sp, pos)
    if there:
        return there, "place-there"
    inner = ctx.inner_dateline_at(pos) if pos is not None else None
    if inner:  # "ROME - Italy's government is expected to fall ..., political sources said" in a round-up
        return inner, "inner-dateline"
    if ctx.dateline and ctx.dateline.country:
        return ctx.dateline.country, "dateline-local"
    return None, None


def body_named_before(ctx: ArticleContext, sp: Speaker, pos: int) -> str | None:
    """ "The bank said" after "Nigeria's Central Bank", "the exchange said" after "the Chicago Board Options
    Exchange": the country of the last body the story names (up to the row's sentence) whose name ends with the
    phrase's word: organisations.csv (an international body gives none), a country in its name, a city or state
    opening it."""
    text = (sp.text or "").strip()
    ws = text.split()
    if not _bare_body_word(ctx, sp, ws):
        return None
    unit = ctx.unit_at(pos)
    cap = ws[-1][0].upper() + ws[-1][1:]
    end = max(pos, unit.end if unit else pos)
    if cap not in ctx.text[:end]:
        return None  # no name ends with the word: most stories, at the cost of one substring test
    if unit is not None:  # up to the phrase itself: "The bank, sold to X's Y Bank AG, said" is not Y Bank
        own = _own_phrase(ctx, text, unit.start, unit.end)
        end = own if own is not None else pos
    last = _last_body_name(ctx.text, ws, end)
    if last is None:
        return None
    name = ctx.text[last[0] : last[1]]
    decided, country = organisation_home(ctx, name)
    if decided:
        return country
    found = {m.country for m in ctx.mentions.inside(*last)}
    if len(found) == 1:
        return next(iter(found))
    named = Speaker(name, None, None, "org")
    return opening_place_country(ctx, named) or national_body_country(ctx, named)  # "the Reserve Bank", then "the Bank"


def _own_phrase(ctx: ArticleContext, text: str, start: int, end: int) -> int | None:
    """Where "the <text>" first stands in [start, end) not followed by "of" (the phrase itself, not "the Bank of X")."""
    low = ctx.memo.get("lower")
    if low is None:
        low = ctx.memo["lower"] = ctx.text.lower()
    key = "the " + text.lower()
    i = low.find(key, start, end)
    while i >= 0:
        j = i + len(key)
        if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
            if not low.startswith(" of ", j):
                return i
        i = low.find(key, i + 1, end)
    return None


# the capitalised words of a name before its last word ("Nigeria's Central", "Chicago Board Options"), and a
# name's "of" part after it ("Bank of France")
_NAME_PREFIX = re.compile(r"(?:(?!(?:The|A|An|In|On|At|But|And)\s)[A-Z][\w&.’'-]*\s+(?:(?:of|and|for|de)\s+)?){1,5}$")
_OF_NAME = re.compile(r"\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")


def _last_body_name(text: str, ws: list[str], end: int) -> tuple[int, int] | None:
    """The last name before ``end`` that ends with the words ``ws`` capitalised ("Nigeria's Central Bank") or
    continues them with "of" ("Bank of France"), looked for at each occurrence of the words, last first."""
    head = " ".join(w[0].upper() + w[1:] for w in ws)
    i = text.rfind(head, 0, end)
    while i >= 0:
        j = i + len(head)
        if j >= len(text) or not (text[j].isalnum() or text[j] in "-_"):
            pre = _NAME_PREFIX.search(text, max(0, i - 90), i)
            if pre is not None:
                return pre.start(), j
            of = _OF_NAME.match(text, j, end)
            if of is not None:
                return i, of.end()
        i = text.rfind(head, 0, i)
    return None


def _bare_body_word(ctx: ArticleContext, sp: Speaker, ws: list[str]) -> bool:
    """ "the bank", "the Bank", "the Central Bank": a body's word with at most one word before it, no name."""
    if sp.plural or not ws or len(ws) > 2 or ctx.lex.kind(ws[-1]) != "org":
        return False
    if sp.kind == "role":
        return sp.definite and len(ws) == 1
    return sp.kind == "org" and not known_company(ctx, " ".join(ws))


# a body whose name calls it national, federal, central or reserve bank ("National Machine Tool Builders Association", "Federal Home Loan
# Bank Board"): a body of the country the story is filed from, unless the name is international
_NATIONAL = re.compile(r"\b(?:National|Federal|Central\s+Bank|Reserve\s+Bank)\b")
_INTERNATIONAL = re.compile(
    r"\b(?:International|World|Inter-?\w*|European|Asian|African|Arab|Latin|Pacific|Atlantic)\b"
)


def national_body_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A named organisation calling itself national or federal, or a central or reserve bank named without its
    country: the dateline's country (a country in its name is read before); under a dateline the gazetteer does not
    place, the one country the story's first sentence names ("West German unemployment fell ..., the Federal Labour
    Office said" under NUREMBERG)."""
    text = sp.text or ""
    if sp.kind != "org" or not _NATIONAL.search(text) or _INTERNATIONAL.search(text):
        return None
    if ctx.dateline is not None:
        return ctx.dateline.country
    lede = ctx.mentions.inside(ctx.units[0].start, ctx.units[0].end) if ctx.units else []
    countries = {m.country for m in lede}
    return countries.pop() if len(countries) == 1 else None


_OPENERS = frozenset({"a", "an", "the"})
_NOT_MODIFIED = frozenset({"and", "or", "of", "&", "to", "in"})


def opening_place_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A speaker whose description opens with a city or U.S. state that modifies it ("a Chicago real estate
    developer", "Roe, an Ohio Democrat", "the Texas Republican", "the Hanover daily"): that place's country. Not a
    person's name ("Charlotte Roe"), nor a list ("Ohio and Kansas"); a company's own name is read by company_home."""
    if sp.kind == "person" and not sp.role:
        return None
    phrases = [sp.role] if sp.kind == "person" else [sp.text, sp.role if sp.role != sp.text else None]
    for phrase in phrases:  # an organisation's name, then its description ("the Hamburg-based newsletter")
        ws = (phrase or "").split()
        while ws and ws[0].lower() in _OPENERS:
            ws = ws[1:]
        seat = _BASED.fullmatch(ws[0]) if ws else None
        if seat and len(ws) > 1:  # "Hamburg-based newsletter", "a Tokyo-based analyst": the place it is based in
            country = place_country(seat.group(1), ctx.day)
            if country is not None:
                return country
        for i in (3, 2, 1):
            if len(ws) <= i or not is_cap(ws[0]) or ws[i].lower() in _NOT_MODIFIED or ws[i - 1].endswith(","):
                continue
            country = place_country(" ".join(ws[:i]), ctx.day)
            if country is not None:
                return country
    return None
