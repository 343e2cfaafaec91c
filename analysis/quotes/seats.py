"""Where a speaker sits when the story says no more than its name: a named organisation of no stated country
(not a government body, not an international one) speaks from the story's dateline, as a company does; "the bank"
of a bank holding company's story is that company."""

from __future__ import annotations

import re

from ..text.countries import find_mentions
from ..text.organisations import find_organisations, organisation_in, place_country
from .context import ArticleContext
from .discourse import Discourse
from .homes import company_home, is_company, known_company, organisation_home
from .records import Speaker
from .speakers import head_key
from .tokens import is_cap, words
from .voice_places import _INTERNATIONAL

# words that make a body's name one of many countries' ("Organisation for Economic Cooperation and Development",
# "the Group of 24 developing countries", "the Group of Five")
_MANY_NATIONS = re.compile(
    r"\b(?:Cooperation|Co-operation|Development|[Nn]ations|[Cc]ountries|Community|Commonwealth)\b"
    r"|\bGroup\s+of\s+(?:\d+|Five|Seven|Ten|Three)\b"
)


def named_org_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A named organisation that is no state body and no international one ("the Tennessee Fund", "TVA"): the
    dateline's country, where wire copy on it is filed from. Not a name cut from a person's or a place's
    ("R.I.", "March"), nor a bare body word ("Banks")."""
    if sp.kind != "org" or sp.state or sp.plural or not ctx.dateline or not ctx.dateline.country:
        return None
    text = sp.text or ""
    ws = words(text)
    lead = ws[0] if ws and not ws[0][:1].isdigit() else " ".join(ws[1:2])  # "1st Source Bank": its first name word
    if not ws or "." in text or len(text) < 3 or not is_cap(lead):
        return None
    if _INTERNATIONAL.search(text) or _MANY_NATIONS.search(text):
        return None
    lex = ctx.lex
    if any(lex.is_calendar(w) for w in ws) or (len(ws) == 1 and lex.kind(ws[0].lower()) is not None):
        return None
    return ctx.dateline.country


def company_name_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A company of organisations.csv whose own name holds another country's word ("an Anglo American spokesman"):
    the company's home, not the word's country."""
    org = organisation_in(" ".join(x for x in (sp.text, sp.role) if x), ctx.day)
    if org is None or org.kind != "company" or not org.country or org.country == sp.country:
        return None
    return org.country if find_mentions(org.name, ctx.day) else None


def named_with_country(ctx: ArticleContext, name: str) -> str | None:
    """The country the story names the organisation with elsewhere ("a U.S. Mint official" ... "the Mint said")."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"\b", ctx.text):
        before = ctx.mentions.last_ending_by(m.start())
        if before is not None and re.fullmatch(r"(?:['’]s)?\s+", ctx.text[before.end : m.start()]):
            return before.country
    return None


def quoted_bank_home(ctx: ArticleContext, memory: Discourse, pos: int) -> tuple[str | None, str | None]:
    """ "The bank said" where no body's name ends in Bank: the organisation quoted first, when it is a company (a bank
    holding company, "Acme Bancshares Inc said ... The bank said"), as "the company" refers back."""
    first = next(
        (p for at, p in memory.speakers if at < pos and p.kind in ("org", "person") and is_company(ctx, p)), None
    )
    if first is None:
        return None, None
    country, _ = company_home(ctx, first.text)
    return country, "story-bank" if country else None


def named_body_read_as_post(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A named body the phrase reading took for a post or a person's name, as its head word is a body's ("the
    Observer newspaper", "Automotive News" introduced as a trade paper): a named organisation's dateline country."""
    if sp.kind not in ("role", "person") or sp.state or sp.plural or sp.human or not sp.text:
        return None
    post = sp.role or sp.text
    if ctx.lex.kind(post.split()[-1].lower()) != "org" or not is_cap(sp.text.split()[0]):
        return None
    if any(ctx.lex.state(w) for w in words(post)):
        return None  # "secretary general to the Finance Ministry": an official, whose country the official rules find
    if find_mentions(sp.text, ctx.day):
        return None  # "Petro-Canada", "Banco do Brasil": a country in the name is no dateline's to override
    return named_org_country(ctx, Speaker(sp.text, None, None, "org"))


_BODIES = frozenset({"body"})
_REGION = re.compile(r"\b[A-Z][a-z]+(?:ean|ian|ern|ese|ic)\b|\b(?i:international|regional|foreign|world|global)\b")


# a role of an unnamed body: "the leadership of the 1.1 mln member union", "members of the board"
_OF_BODY = re.compile(r"\bof\s+(?:the|its|their|this)\s+([^,]+)$")


def local_body_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """An unnamed body of no stated country, not a state's ("a private economic institute", "an organization of
    the utility's industrial customers"), or one the story refers back to with no body of its word named with a
    country before ("the union said", "the paper said"), also through a role of it ("the leadership of the union"):
    like unnamed local voices, the dateline's country."""
    if sp.kind not in ("role", "org") or sp.state or not sp.text or not ctx.dateline:
        return None
    text, role = sp.text, sp.role
    of = _OF_BODY.search(text) if sp.kind == "role" else None
    if of and not any(is_cap(w) for w in words(of.group(1))):  # "the leadership of the union": the union's
        text = role = of.group(1)
    elif sp.human:
        return None
    if sp.kind == "org" and any(is_cap(w) for w in words(text)):
        return None  # a named body: named_org_country decides
    head = head_key(role or text, ctx.lex)
    if head is None or ctx.lex.kind(head) != "org" or ctx.lex.state(head) or head == "company":
        return None  # a company word: the company rules decide
    if _REGION.search(sp.text) or _INTERNATIONAL.search(sp.text) or _MANY_NATIONS.search(sp.text):
        return None  # "a European group", "an international organisation": of no one country
    if ctx.lex.kind(words(text)[-1].lower()) == "source":
        return None  # "a bank statement": a document, whose country the document rules decide
    if any(o.name.split()[-1].lower() == head for o in find_organisations(ctx.text, ctx.day, _BODIES)):
        return None  # "the bank" in a story on the Islamic Development Bank: the international body's
    return ctx.dateline.country


_NAME_RUN = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&-]*)+")


def _spelled_out(ctx: ArticleContext, acronym: str) -> str | None:
    """The name the story spells an acronym out with, the acronym after it in commas or brackets ("the Chicago
    Mercantile Exchange, CME, said"): the capitalised words whose initials make the acronym."""
    m = re.search(
        r"((?:[A-Z][\w&-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}[A-Z][\w&-]*)(?:,\s+|\s+\()" + acronym + r"\b", ctx.text
    )
    toks = m.group(1).split() if m else []
    for k, tok in enumerate(toks):
        caps = [t for t in toks[k:] if t[0].isupper()]
        if tok[0].isupper() and len(caps) > 1 and "".join(t[0] for t in caps) == acronym:
            return " ".join(toks[k:])
    return None


def named_body_officer_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A person whose post names a body by its capitalised words only ("Association director-general Ann Roe",
    "LME Board chairman") after the story named it in full ("the Building Societies Association"), or by initials the
    story never spells out ("NYMEX Chairman", "OPZZ economic expert Ann Roe"): that body's country, named with it
    or, for a body of no stated country that is no state's and no international one, the dateline's. Not an
    official (the official rules decide), nor a post held where one works ("manager of Acme Bank in Taipei")."""
    if sp.kind != "person" or not sp.role or not ctx.dateline or sp.state:
        return None
    lex, ws = ctx.lex, words(sp.role)
    if any(lex.state(w.lower()) for w in ws) or re.search(r"\s(?:in|at)\s", sp.role):
        return None
    for i, w in enumerate(ws):
        low = w.lower()
        if (
            w.isupper() and len(w) > 1 and w.isalpha()
        ):  # "CME special counsel" after "Chicago Mercantile Exchange, CME,"
            name = _spelled_out(ctx, w)
            if name is not None:
                return named_with_country(ctx, name) or named_org_country(ctx, Speaker(name, None, None, "org"))
            return _initials_country(ctx, w)  # "OPZZ economic expert", "NYMEX Chairman": a body of the dateline's
        if not is_cap(w) or w.isupper() or lex.kind(low) != "org" or head_key(w, lex) == "company":
            continue
        k = i
        while k > 0 and is_cap(ws[k - 1]) and lex.kind(ws[k - 1].lower()) not in ("role", "title"):
            k -= 1
        own = " ".join(ws[k : i + 1])  # "Reserve Bank", "Association"
        for m in _NAME_RUN.finditer(ctx.text):
            name = m.group()
            if (name == own or name.endswith(" " + own)) and not name.startswith(("The ", "A ", "An ")):
                return named_with_country(ctx, name) or named_org_country(ctx, Speaker(name, None, None, "org"))
        return None
    return _initials_before_name(ctx, sp, ws[-1].lower() if ws else "")


# "OPZZ economic expert Zbigniew Kochan": initials, then the lower-case post, right before a person's name
_INITIALS_POST = re.compile(r"(?<![\w.’'-])([A-Z]{2,6})\s+(?:[A-Za-z][\w-]*\s+){0,2}([A-Za-z][\w-]*)\s+$")


def _initials_before_name(ctx: ArticleContext, sp: Speaker, post: str) -> str | None:
    """The body of a person the story introduced with initials before the post the speaker phrase keeps ("OPZZ
    economic expert Ann Roe", then "Roe told Reuters"): its country (_initials_country)."""
    at = ctx.text.find(sp.text or "\0")  # the first mention: where news copy introduces a person
    m = _INITIALS_POST.search(ctx.text, max(0, at - 60), at) if at > 0 else None
    return _initials_country(ctx, m.group(1)) if m is not None and m.group(2).lower() == post else None


def _initials_country(ctx: ArticleContext, initials: str) -> str | None:
    """The country of a body named by initials the story does not spell out: organisations.csv's (none for an
    international body), a company's home, the country named with it, else the dateline's (a local body)."""
    decided, country = organisation_home(ctx, initials)
    if decided:
        return country
    if known_company(ctx, initials):
        return company_home(ctx, initials)[0]
    return named_with_country(ctx, initials) or ctx.dateline.country


# "analyst at Montgomery Securities", "economist with First Options of Chicago": the firm a person works at
# "economist at brokerage house Phillips and Drew": lower-case words naming the kind of firm may come first
_WORKPLACE = re.compile(
    r"\b(?:at|with)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}?)([A-Z][\w&.’'-]*(?:\s+(?:&|and|of|[A-Z][\w&.’'-]*))*)"
)


def _firm_kind(ctx: ArticleContext, word: str) -> bool:
    """A word naming a kind of firm ("brokerage", "firm"): the lexicon's company head."""
    entry = ctx.lex.entry(word)
    return entry is not None and entry.head == "company"


def workplace_name(ctx: ArticleContext, post: str) -> str | None:
    """The firm a post names after "at" or "with" though the story gives it no corporate suffix ("analyst at
    Montgomery Securities"): a company, whose home the company rules find; not a place, a country's body or a
    state's ("economist at the Finance Ministry"), nor a firm the post places in a town ("... in Tokyo")."""
    found = _WORKPLACE.finditer(post) if " at " in post or " with " in post else ()
    # "with other banks", "at its Tokyo office": only a firm's kind may come before its name
    m = next((m for m in found if not m.group(1) or any(_firm_kind(ctx, w) for w in m.group(1).split())), None)
    if m is None or re.match(r"\s+(?:in|near|based)\s", post[m.end() :]):
        return None  # "an analyst with Kemp Securities in Tokyo": where one works is no nationality
    name = re.sub(r"\s+(?:&|and|of)$", "", m.group(2))
    lex = ctx.lex
    ws = words(name)
    if any(lex.state(w) or lex.kind(w) in ("role", "title") for w in ws[:-1]) or lex.is_calendar(ws[0]):
        return None
    if lex.state(ws[-1]) or (lex.kind(ws[-1]) in ("role", "title") and not (len(ws) > 1 and ws[-1].endswith("s"))):
        return None  # but a firm's name may end in a plural post: "National and City Brokers", "Smith Associates"
    if find_mentions(name, ctx.day) or place_country(name, ctx.day):
        return None  # "an analyst at Japan's ...", "a broker in Tokyo"
    return name


# "<Furnas Centrais Eletricas>, a state utility": a name and the noun the story describes it with
_DESCRIBED_AS = (
    "([A-Z][\\w&.’'-]*(?:\\s+(?:de|of|and|&|[A-Z][\\w&.’'-]*))*)>?,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){{0,3}}?{}s?\\b"
)


def described_as(ctx: ArticleContext, word: str) -> str | None:
    """The company the story describes with a company word ("<Furnas Centrais Eletricas>, a state utility") that a
    role then names it by ("the utility spokesman"); not the generic "company", which the story's opening company
    takes."""
    if word.lower() in ("company", "companies") or "," not in ctx.text:
        return None
    key = ("described_as", word.lower())
    if key not in ctx.memo:
        m = re.search(_DESCRIBED_AS.format(re.escape(word.lower())), ctx.text)
        ctx.memo[key] = m.group(1) if m else None
    return ctx.memo[key]


def body_first_word_country(memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """A body quoted before by its full name and now by its name's first word, which the phrase reading took for a
    person's ("the Ifo economic institute said" ... "Ifo said"): the country found for the full name, as later
    mentions keep it."""
    name = sp.text or ""
    if sp.kind != "person" or sp.role or " " in name or len(name) < 2:
        return None
    for at, prev in reversed(memory.speakers):
        if at < pos and prev.kind in ("org", "role") and not prev.human and (prev.text or "").startswith(name + " "):
            return prev.country
    return None
