"""The country a speaker speaks for: one function that tries named strategies in order and says which gave
the answer (the ``country:`` part of a row's ``rule``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..text.countries import country_name
from ..text.legislatures import find_legislatures
from ..text.people import find_people
from ..text.rule_tables import read_table
from .body_appositions import body_apposition_country
from .body_index import BodyIndex
from .context import ArticleContext
from .discourse import Discourse
from .firms import introduced_firm, joint_firms_home, named_firms_apart
from .homes import (
    COMPANY,
    company_home,
    company_name,
    first_company,
    foreign_unit_country,
    headline_company,
    is_company,
    known_company,
    names_parent,
    organisation_home,
    short_name_country,
)
from .introductions import introduced_country, introduced_official, party_tag_country
from .monitoring import heard_at_dateline
from .officials import (
    content_subject_country,
    government_post,
    headline_country,
    is_official,
    place_country,
    quoting_body_country,
    state_media_country,
)
from .principals import principal_country
from .records import Speaker
from .seats import (
    body_first_word_country,
    company_name_country,
    described_as,
    local_body_country,
    named_body_officer_country,
    named_body_read_as_post,
    named_org_country,
    named_with_country,
    quoted_bank_home,
    workplace_name,
)
from .speakers import head_key
from .tokens import words
from .voice_places import (
    body_named_before,
    document_country,
    local_voice_country,
    national_body_country,
    of_place_country,
    opening_place_country,
    spoke_from_country,
)

# the public names other modules import from here
__all__ = ["BodyIndex", "content_subject_country", "quoting_body_country", "speaker_country"]


def speaker_country(
    ctx: ArticleContext,
    memory: Discourse,
    bodies: BodyIndex,
    sp: Speaker,
    pos: int,
    content: Callable[[], str | None] | None = None,
) -> tuple[str | None, str | None]:
    """The speaker's country and the strategy that gave it, trying in order: named in its phrase (or known from
    its earlier mention); an organisation of organisations.csv its phrase names (an international body: none);
    the one government its post belongs to ("Treasury Secretary"); a body of the article its phrase names
    ("Agriculture Minister" and "Japan's Agriculture Ministry"); for "the official", the one met before; for the
    first person named after a lede about an unnamed official, that official's country; a company's home, or its
    officer's (homes.py); unnamed local voices, where the text places them or the dateline; for an official, where
    the words were said, the country the reported content defends (``content``), the state medium that carried
    them, the dateline. What is found is kept on the speaker (and the person's memory), so later rows carry it."""
    if sp.country and sp.country_rule in (None, "speaker-phrase", "apposition"):
        own = dateline_body_country(ctx, sp)
        if own is not None:  # "a spokesman for the Chinese National Federation of ..." in a TAIPEI story
            sp.country, sp.country_rule = own, "dateline-body-name"
        home = company_name_country(ctx, sp)
        if home is not None:  # "Anglo American spokesman": the company's home, not "American"
            sp.country, sp.country_rule = home, "company-name"
    if sp.country and sp.kind == "person":
        memory.remember(pos, sp.text, sp.role, sp.country)  # "Ann Roe, Acme's head of U.S. sales, said"; "Roe said"
    if sp.country or sp.kind not in ("person", "role", "org"):
        return sp.country, (sp.country_rule or "speaker-phrase") if sp.country else None
    if sp.kind in ("org", "role") and named_firms_apart(ctx, sp.text if sp.kind == "org" else sp.role or sp.text, pos):
        return None, None  # "the two carmakers" after Ford and Mazda: no one home is theirs
    figure = public_figure_country(ctx, sp)
    if figure:  # "Reagan said ...", "Foreign Secretary Joe Clark" (Canada's): people.csv, before a post's country
        sp.country, sp.country_rule = figure, "people-table"
        memory.remember(pos, sp.text, sp.role, figure)
        return figure, "people-table"
    phrase = " ".join(x for x in (sp.text, sp.role) if x)
    decided, country = organisation_home(ctx, phrase)
    if decided:
        name = "organisation-table" if country else "international-body"
        # "a Texaco spokesman" in a Rotterdam story about Texaco's Dutch unit; not "Texaco Inc chairman John Roe"
        unit = None if names_parent(ctx, phrase) else foreign_unit_country(ctx, phrase, country)
        if unit is not None:
            country, name = unit, "foreign-unit"
        sp.country, sp.country_rule = country, name
        if sp.kind == "person" and country:
            memory.remember(pos, sp.text, sp.role, country)  # "SEC chairman John Roe", then "Roe said"
        elif sp.kind == "person" and sp.role:
            memory.learn_role(sp.text, sp.role)  # "World Bank president Ann Roe", then "Roe said": still no country
        return country, name
    for name, strategy in _strategies(ctx, memory, bodies, sp, pos, content):
        found = strategy()
        country, name = found if isinstance(found, tuple) else (found, name)
        if country is not None:
            sp.country, sp.country_rule = country, name
            if sp.kind == "person":
                memory.remember(pos, sp.text, sp.role, country)
            return country, name
    return None, None


class _NoWord:
    head = ""


_NO_WORD = _NoWord()


def _strategies(ctx, memory, bodies, sp, pos, content) -> list[tuple[str, Callable]]:
    """The named strategies for a speaker whose phrase names no country, in the order they are tried."""
    if sp.kind == "org" or (sp.kind == "person" and is_company(ctx, sp)):
        out = [("spoke-from", lambda: spoke_from_country(ctx, pos))]
        out += [("body-apposition", lambda: body_apposition_country(ctx, sp))]
        out += [("company", lambda: company_home(ctx, sp.text))] if is_company(ctx, sp) else []
        out += [("joint-firms", lambda: joint_firms_home(ctx, sp.text))] if " and " in (sp.text or "") else []
        out += [("opening-place", lambda: opening_place_country(ctx, sp))]
        out += [("legislature", lambda: legislature_country(ctx, sp))]
        out += [("short-name", lambda: short_name_country(ctx, sp.text))]
        out += [("body-named-before", lambda: body_named_before(ctx, sp, pos))]
        out += [("national-body", lambda: national_body_country(ctx, sp))]
        out += [("named-with-country", lambda: named_with_country(ctx, sp.text) if sp.text else None)]
        out += [("named-org-dateline", lambda: named_org_country(ctx, sp))]
        out += [("dateline-local-body", lambda: local_body_country(ctx, sp))]
    else:
        out = [
            ("post", lambda: _post_country(ctx, sp)),
            ("body-apposition", lambda: body_apposition_country(ctx, sp)),
            ("legislature", lambda: legislature_country(ctx, sp)),
            ("of-place", lambda: of_place_country(ctx, sp)),
            ("short-name", lambda: short_name_country(ctx, sp.role or _role_text(sp))),
            ("body-named-elsewhere", lambda: bodies.country(" ".join(dict.fromkeys(x for x in (sp.role, _role_text(sp)) if x)))),
            ("same-role-before", lambda: memory.antecedent_country(sp, pos) if sp.kind == "role" and sp.definite else None),
            ("body-named-before", lambda: body_named_before(ctx, sp, pos)),
            ("lede-official", lambda: memory.lede_country(sp) if sp.kind == "person" else None),
            ("principal", lambda: principal_country(ctx, memory, sp, pos)),
            ("party-tag", lambda: party_tag_country(ctx, sp)),
            ("possessive-company", lambda: _possessive_company(ctx, sp)),
            ("joint-firms", lambda: joint_firms_home(ctx, sp.text) if sp.kind == "person" else None),
            ("spoke-from", lambda: spoke_from_country(ctx, pos)),
            ("company-officer", lambda: _officer_country(ctx, memory, sp, pos)),
            ("person-of-firm", lambda: _person_of_firm(ctx, sp)),
            ("introduced-firm", lambda: _introduced_firm(ctx, sp)),
            ("headline-company-voice", lambda: _headline_company_voice(ctx, sp)),
            ("introduced-post", lambda: introduced_country(ctx, sp)),
            ("local-voice", lambda: None if memory.unplaced_before(sp, pos) else local_voice_country(ctx, sp, pos)),
            ("opening-place", lambda: opening_place_country(ctx, sp)),
            ("plaintiff", lambda: _plaintiff_country(ctx, memory, sp, pos)),
            ("sides-before", lambda: _sides_country(ctx, memory, sp, pos)),
            ("document", lambda: document_country(ctx, sp)),
            ("named-body-as-post", lambda: named_body_read_as_post(ctx, sp)),
            ("body-first-word", lambda: body_first_word_country(memory, sp, pos)),
            ("named-body-officer", lambda: named_body_officer_country(ctx, sp)),
            ("dateline-local-body", lambda: local_body_country(ctx, sp)),
        ]  # fmt: skip
    return out + _official_strategies(ctx, memory, sp, pos, content)


def _official_strategies(ctx, memory, sp, pos, content) -> list[tuple[str, Callable]]:
    """A government official whose phrase names no country: where the words were said ("told reporters in Tokyo"),
    the state medium that carried them, else the story's dateline ("SEOUL (AP) —"); none for anyone else."""
    official = is_official(ctx, sp) or introduced_official(ctx, sp)
    if not official or ctx.lex.is_abroad(head_key(sp.role or sp.text, ctx.lex)):
        return []
    return [
        ("place-of-speech", lambda: _holds_post(ctx, sp, place_country(ctx, pos))),
        # before the dateline: a visiting minister defending his country's conduct abroad ("Brazil would not
        # have suspended payments ..., Finance Minister X said" under a WASHINGTON dateline)
        ("content-subject", content or (lambda: None)),
        ("state-media", lambda: _holds_post(ctx, sp, state_media_country(ctx, memory, sp, pos))),
        ("headline-country", lambda: headline_country(ctx) if government_post(ctx, sp) else None),
        ("inner-dateline", lambda: _holds_post(ctx, sp, ctx.inner_dateline_at(pos))),
        ("dateline", lambda: _holds_post(ctx, sp, _dateline_country(ctx))),
    ]


def _dateline_country(ctx: ArticleContext) -> str | None:
    """The dateline's country, unless the story was filed where a foreign broadcast was monitored."""
    return ctx.dateline.country if ctx.dateline and not heard_at_dateline(ctx) else None


_POSSESSOR = re.compile(r"^([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})(?:['’]s|(?<=s)['’])\s+")  # "Hughes' Roe"


def _possessive_company(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """ "Salomon's di Clemente", "Merrill's McCarthy": a person named after a company's possessive speaks for it; also
    after a firm the story gives no corporate suffix ("Redding Research's Roe"; not a place or a state body)."""
    m = _POSSESSOR.match(sp.text or "") if sp.kind == "person" else None
    firm = m.group(1) if m and " of " not in sp.text[m.end() :] else None  # not "Lloyd's Register of Shipping"
    if firm is None or not (known_company(ctx, firm) or workplace_name(ctx, " at " + firm) == firm):
        return None, None
    country, rule = company_home(ctx, firm)
    return country, "possessive-company/" + rule if rule else None


def _company_like(ctx: ArticleContext, sp: Speaker) -> bool:
    return (sp.kind == "org" and not sp.state) or is_company(ctx, sp)


def _story_company_home(ctx: ArticleContext, memory: Discourse, pos: int) -> tuple[str | None, str | None]:
    """ "The company said" with no company of its word quoted before ("Acme Engineering said ... The company
    said"): the home of the first organisation quoted (the story's subject speaks first), else of the first company
    the story names, else the dateline's country."""
    name = next((p.text for at, p in memory.speakers if at < pos and _company_like(ctx, p)), None)
    country, rule = company_home(ctx, name or first_company(ctx))
    if country is None and ctx.dateline and ctx.dateline.country:
        return ctx.dateline.country, "company-dateline"
    return country, "story-company" if country else None


def _officer_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> tuple[str | None, str | None]:
    """A company's officer or spokesman: the home of the company the role names ("Tribune President", "a spokesman
    for Cable"); a company officer's post alone ("chairman Conrad Black", "a company spokesman") takes the company
    the story opens with."""
    role = sp.role or (sp.text if sp.kind == "role" else None)
    if not role or (sp.kind == "role" and ctx.lex.is_local(role)):
        return None, None
    name = company_name(ctx, role) or (workplace_name(ctx, role) if sp.kind == "person" else None)
    company_word = any((ctx.lex.entry(w) or _NO_WORD).head == "company" for w in role.split())
    if name is None and sp.kind == "role" and sp.definite and head_key(role, ctx.lex) == "company":
        return _story_company_home(ctx, memory, pos)  # "the company said", "the Houston-based company said"
    if name is None and sp.kind == "role" and sp.definite and role.lower() == "bank":
        return quoted_bank_home(ctx, memory, pos)
    if name is None and company_word:  # "the utility spokesman" after "<Furnas ...>, a state utility"
        name = described_as(ctx, next(w for w in role.split() if (ctx.lex.entry(w) or _NO_WORD).head == "company"))
    if name is None and (ctx.lex.is_company_post(role) or company_word):
        name = _company_at_introduction(ctx, sp) or first_company(ctx)
        country, _ = company_home(ctx, name)
        return country, "story-company"
    country, rule = company_home(ctx, name)
    return country, "company-officer/" + rule if rule else None


# a company named before an officer in one sentence: with a corporate suffix, or bracketed by the wire ("<Acme
# Rural Power>"; not a ticker such as "<ACM>")
_NAMED_COMPANY = re.compile(COMPANY.pattern + r"|<([A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+)+)>")


def _company_at_introduction(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A person first named as "company president Ann Roe": the company named last before in that sentence ("A
    spokesman for <Acme Rural Power> confirmed a statement by company president Ann Roe"), not the story's first."""
    at = ctx.text.find(sp.text) if sp.kind == "person" and sp.text else -1
    if at < 0 or not re.search(r"\bcompany\s+(?:[a-z][\w-]*\s+){1,2}$", ctx.text[max(0, at - 40) : at]):
        return None
    unit = ctx.unit_at(at)
    found = list(_NAMED_COMPANY.finditer(ctx.text, unit.start, at)) if unit is not None else []
    return (found[-1].group(1) or found[-1].group()) if found else None


# a person's name (no possessive: not "Lloyd's Register of Shipping"), then the firm
_OF_FIRM = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}\s(?:of|at)\s+(\S.*)$")


def _person_of_firm(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """ "John Mason of Interstate Securities said", "Richard Roe of brokers Hoare Govett said": a person named with
    the firm they work at and no post speaks for that firm's home (not a place's or a state body's: workplace_name)."""
    m = _OF_FIRM.search(sp.text or "") if sp.kind == "person" and not sp.role else None
    name = workplace_name(ctx, " at " + m.group(1)) if m else None
    if name is None or not m.group(1).endswith(name):
        return None, None  # the firm's name ends the phrase
    full = re.search(r"\b" + re.escape(name) + r"(?:\s+[A-Z][\w&.’'-]*)+", ctx.text)
    country, rule = company_home(ctx, full.group() if full else name)  # "Nikko" after "Nikko Securities Co"
    return country, "person-of-firm/" + rule if rule else None


def _introduced_firm(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """A person the story first names beside the firm they work at ("Chicago Corp analyst John Roe", "Ann Lee at
    Walwyn Ltd"), whose phrase here has lost it: the firm's home, by the modifier that follows."""
    if sp.kind != "person" or not sp.text or len(sp.text) < 4:
        return None, None
    at = ctx.text.find(sp.text)  # the first mention, where news copy introduces a person ("Kerr": in "Jan Kerr")
    firm = introduced_firm(ctx, at, at + len(sp.text)) if at >= 0 else None
    country, rule = company_home(ctx, firm)
    return country, "introduced-firm/" + rule if rule else None


def _headline_company_voice(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """A person with no post whom a company story's headline names beside its company and ticker ("ROE SAYS ACME
    <ACM> HAS GROWN STRONGER"): the company's voice, at its home."""
    if sp.kind != "person" or sp.role or not sp.text or "<" not in ctx.title:
        return None, None
    surname = sp.text.split()[-1].upper()
    if len(surname) < 3 or not re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", ctx.title):
        return None, None
    ws = (headline_company(ctx) or "").split()
    if surname in ws:  # "TISCH SAYS CBS <CBS>": the name after the person and the cue
        ws = ws[ws.index(surname) + 1 :]
        ws = ws[1:] if ws and ws[0].lower() in ctx.lex.cues else []
    if not ws:
        return None, None
    country, rule = company_home(ctx, " ".join(ws))
    return country, "headline-company-voice/" + rule if rule else None


def legislature_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A speaker phrase naming a legislature without its nation ("Senate staff members", "a House aide", "the
    Senate"), in a story filed from a country whose legislature goes by that name (legislatures.csv): that
    country, as the name stands for it."""
    here = ctx.dateline.country if ctx.dateline else None
    phrase = " ".join(dict.fromkeys(x for x in (sp.text, sp.role) if x))
    if not here or not phrase:
        return None
    padded = "the " + re.sub(r"^(?:an?|the|one)\s+", "", phrase, flags=re.I)  # the names' pattern wants "the" before
    return here if find_legislatures(padded, here, ctx.day) else None


def _holds_post(ctx: ArticleContext, sp: Speaker, country: str | None) -> str | None:
    """``country``, unless its government has no post of the speaker's ("Prime minister Andreas Papandreou" in a
    WASHINGTON story: the United States has no ministers), so the official is another country's."""
    absent = ctx.lex.lacking_post(head_key(sp.role or sp.text, ctx.lex)) if country else frozenset()
    return None if any(country_name(iso3, ctx.day) == country for iso3 in absent) else country


_SUIT_WORDS = frozenset({"suit", "lawsuit", "complaint"})
# "said it filed a lawsuit in U.S. district court", "filed suit", "has filed an antitrust suit"
_FILED_SUIT = re.compile(
    r"\bfiled\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?:law)?suit\b|\bfiled\s+a\s+complaint\b"
)


def _plaintiff_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """ "The suit alleges ..." after "Acme Plc said it filed a lawsuit ...": a lawsuit speaks for whoever the story
    said filed it, the last speaker before whose sentence says so."""
    ws = words(sp.text or "")
    if sp.kind != "role" or not ws or ws[-1].lower() not in _SUIT_WORDS:
        return None
    for at, prev in reversed(memory.speakers):
        unit = ctx.unit_at(at) if at < pos and prev.country and prev.kind in ("org", "person", "role") else None
        if unit is not None and _FILED_SUIT.search(ctx.masked, unit.start, unit.end):
            return prev.country
    return None


# "the two sides", "both sides", "lawyers for both sides"; not "a memorandum signed by the two sides"
_SIDES = re.compile(r"(?:^|^[A-Za-z]+\s+for\s+)(?:(?:the\s+)?(?:two|both)\s+)?sides$", re.I)


def _sides_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """ "The two sides said", "both sides": the one country of every speaker quoted before with a country, when two or
    more were (a union and its employer) and the story names no other country; sides of two countries (a trade
    dispute's, even where one side was never quoted) give none."""
    if sp.kind != "role" or not _SIDES.search(sp.text or ""):
        return None
    found = [prev.country for at, prev in memory.speakers if at < pos and prev.country]
    if len(found) < 2 or len(set(found)) > 1:
        return None
    return found[0] if all(m.country == found[0] for m in ctx.mentions.items) else None


def _role_text(sp: Speaker) -> str | None:
    return sp.text if sp.kind == "role" else None


def _post_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """The one government a post belongs to ("Treasury Secretary": the U.S.), unless the title is one other
    governments also give (speaker_roles.csv ``shared``), the story is filed from another country and it never
    writes that government's name before the title and the person's name ("Treasury Secretary Mario Brodersohn"
    in a BUENOS AIRES story is Argentina's; "U.S. Treasury Secretary James Baker" keeps his post abroad)."""
    role = sp.role or (sp.text if sp.kind == "role" else None)
    iso3 = ctx.lex.post_country(sp.role) or (ctx.lex.post_country(sp.text) if sp.kind == "role" else None)
    country = country_name(iso3, ctx.day) if iso3 else None
    here = ctx.dateline.country if ctx.dateline else None
    if country is None or not here or here == country or not role or not ctx.lex.shared_post(role):
        return country
    name = re.escape(sp.text.split()[-1]) if sp.kind == "person" and sp.text else ""
    # the title where it stands before this person's name ("Treasury Secretary Mario Brodersohn"), not another's
    for m in re.finditer(re.escape(role) + (r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}" + name + r"\b" if name else ""), ctx.text):
        if any(x.country == country for x in ctx.mentions.inside(max(0, m.start() - 25), m.start())):
            return country
    return None


@lru_cache(maxsize=1)
def _body_names() -> list[tuple[str, str, re.Pattern, re.Pattern]]:
    """(dateline iso3, country iso3, name pattern, marker pattern) of body_names.csv."""
    out = []
    for r in read_table("body_names.csv"):
        w = r["words"].strip()  # "Chinese Petroleum Corp", "International Commercial Bank of China"
        name = re.compile(rf"(?<![\w-])(?:{w})\s+[A-Z]|[A-Z][\w&.-]*\s+of\s+(?:{w})(?![\w-])")
        out.append(
            (r["dateline"].strip(), r["country"].strip(), name, re.compile(r"\b(?:" + r["unless"].strip() + r")\b"))
        )
    return out


def dateline_body_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """The dateline's country for a body it names with another country's adjective (body_names.csv)."""
    here = ctx.dateline.country if ctx.dateline else None
    if not here:
        return None
    for dateline, country, name, unless in _body_names():
        if (
            here == country_name(dateline, ctx.day)
            and sp.country == country_name(country, ctx.day)
            and name.search(" ".join(x for x in (sp.text, sp.role) if x))
            and not unless.search(ctx.text)
        ):
            return here
    return None


def public_figure_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """The country of a person speaker who is a public figure of data/people.csv (by the story's date)."""
    if sp.kind != "person" or not sp.text:
        return None
    found = find_people(sp.text, ctx.day)
    return found[-1].country if found else None
