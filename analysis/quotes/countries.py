"""The country a speaker speaks for: one function that tries named strategies in order and says which gave
the answer (the ``country:`` part of a row's ``rule``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..text.countries import country_name
from ..text.organisations import place_country as city_country
from ..text.people import find_people
from ..text.rule_tables import read_table
from ..text.words import AUXILIARIES, DETERMINERS, NAME_JOINERS, OBLIGATION_MODALS, PREPOSITIONS, SENTENCE_OPENERS
from .context import ArticleContext
from .discourse import Discourse
from .homes import (
    body_named_before,
    company_home,
    company_name,
    document_country,
    first_company,
    foreign_unit_country,
    is_company,
    known_company,
    local_voice_country,
    national_body_country,
    opening_place_country,
    organisation_home,
    short_name_country,
    spoke_from_country,
)
from .records import Speaker
from .seats import (
    company_name_country,
    local_body_country,
    named_body_officer_country,
    named_body_read_as_post,
    named_org_country,
    named_with_country,
    quoted_bank_home,
)
from .speakers import head_key, phrase_country
from .tokens import fold, is_cap, words

_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&-]*)+")


class BodyIndex:
    """Countries that qualify a body somewhere in the article ("Japan's Agriculture Ministry"), cached."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._cache: dict[str, set[str]] = {}

    def _part_of_longer_name(self, start: int) -> bool:
        text = self.ctx.text
        before = words(text[max(0, start - 20) : start])
        if not before:
            return False
        w = before[-1].lower()
        return (
            is_cap(before[-1])
            and w not in DETERMINERS
            and w not in SENTENCE_OPENERS
            and w not in PREPOSITIONS
            and not re.search(r"[.!?:;,\n]\s*$", text[max(0, start - 20) : start])
        )

    def _qualifies(self, gap: str, modifier: str | None) -> bool:
        if len(gap) > 45 or not re.fullmatch(r"(?:[’']s)?(?:\s+[\w&-]+){0,3}\s+", gap):
            return False
        if modifier is not None and words(gap) and words(gap)[-1].lower() not in ("s", modifier.lower()):
            return False  # "foreign ministry" is not "Taiwan's defence ministry"
        lex = self.ctx.lex
        return not any(
            w.lower() in PREPOSITIONS
            or w.lower() in AUXILIARIES
            or w.lower() in DETERMINERS
            or lex.kind(w) in ("org", "role", "source", "title")
            for w in words(gap)
        )

    def qualified(self, pattern: str, modifier: str | None = None) -> set[str]:
        """Countries named right before each occurrence of ``pattern`` ("Japan's Agriculture Ministry", "the
        Soviet State Bank", "the Japanese government"), plus state bodies of the gazetteer that hold it."""
        key = pattern if modifier is None else pattern + "\0" + modifier
        if key in self._cache:
            return self._cache[key]
        text, mentions = self.ctx.text, self.ctx.mentions
        found: set[str] = set()
        for om in re.finditer(pattern, text, re.I):
            mt = mentions.last_ending_by(om.start())
            if mt is None or mt.start <= om.start() < mt.end or self._part_of_longer_name(mt.start):
                continue  # "New Jersey Casino Commission" is no New Jersey body
            if self._qualifies(text[mt.end : om.start()], modifier):
                found.add(mt.country)
        for mt in mentions.items:
            if mt.kind == "body" and re.search(pattern, mt.surface, re.I):
                found.add(mt.country)
        self._cache[key] = found
        return found

    def _named_body(self, phrase: str) -> tuple[bool, str | None]:
        """(decided, country) for a capitalised body the phrase names; ambiguous decides on None."""
        lex = self.ctx.lex
        for run in _CAPITALISED_RUN.finditer(phrase):
            names = run.group().split()
            if lex.kind(names[-1]) == "org":
                tail = [names[-1]]
            elif fold(names[-1]) == "minister" and lex.state("ministry"):
                tail = ["Ministry"]  # a minister's post names the ministry
            else:
                continue
            for k in range(len(names) - 1):
                if names[k].lower() in NAME_JOINERS:
                    continue
                pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in names[k:-1] + tail) + r"(?![\w-])"
                found = self.qualified(pattern)
                if found:
                    return True, next(iter(found)) if len(found) == 1 else None
        return False, None

    def _bare_body(self, phrase: str) -> str | None:
        lex = self.ctx.lex
        toks = words(phrase)
        # a capitalised body's word alone ("Ministry") or before an unnamed official ("a Commission official")
        alone = len(toks) == 1 or (
            len(toks) > 1 and not any(is_cap(t) for t in toks[1:]) and lex.is_official(fold(toks[-1]))
        )
        for i, w in enumerate(toks):
            body = lex.kind(w) == "org" and lex.state(w)
            if not (body and (not is_cap(w) or (i == 0 and alone))):
                continue
            if i > 0 and is_cap(toks[i - 1]):
                continue
            prev = toks[i - 1] if i > 0 else ""
            modifier = (
                prev
                if prev.isalpha() and prev.islower() and prev not in DETERMINERS and lex.kind(prev) is None
                else None
            )
            if modifier is not None:  # "foreign ministry": its modifier first ("China's foreign ministry")
                found = self.qualified(r"(?<![\w-])" + re.escape(modifier) + r"\s+" + re.escape(fold(w)) + r"(?![\w-])")
                if found:
                    return next(iter(found)) if len(found) == 1 else None
            found = self.qualified(r"(?<![\w-])" + re.escape(fold(w)) + r"(?![\w-])", modifier)
            return next(iter(found)) if len(found) == 1 else None
        return None

    def country(self, phrase: str) -> str | None:
        """The country of a body a phrase names without a country, found qualified elsewhere in the article:
        "Agriculture Minister" and "Japan's Agriculture Ministry"; a bare "the ministry" when the article
        qualifies such bodies with one country only."""
        if not phrase:
            return None
        decided, country = self._named_body(phrase)
        return country if decided else self._bare_body(phrase)


def place_country(ctx: ArticleContext, pos: int) -> str | None:
    """The seat of government where the words were said: a sentence opening "In Beijing," or a place after
    the cue ("told reporters in Tokyo", "at a briefing in Beijing")."""
    unit = ctx.unit_at(pos)
    if unit is None:
        return None
    masked = ctx.masked
    found = set()
    for x in ctx.mentions.inside(unit.start, unit.end):
        if x.kind != "capital" or masked[x.start : x.end] != ctx.text[x.start : x.end]:
            continue
        before = masked[unit.start : x.start]
        if (
            re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,6}?(?:In|At)\s+", before)
            and re.match(r"\s*,|\s+on\s", masked[x.end : unit.end])
            or re.search(r"(?:said|says|told\s+[\w\s]{0,30}?|briefing|conference|speaking|press)\s+in\s+$", before)
        ):
            found.add(x.country)
    return next(iter(found)) if len(found) == 1 else None


def state_media_country(ctx: ArticleContext, memory: Discourse, sp: Speaker, pos: int) -> str | None:
    """A person quoted by state media ("Kim said ..., KCNA reported"; "..., Kim was quoted as saying" after
    "..., the official KCNA reported"): the medium's country."""
    if sp.kind != "person":
        return None
    for at in (pos, memory.first_mention(sp.text or "")):
        unit = ctx.unit_at(at) if at is not None else None
        if unit is None:
            continue
        for x in ctx.mentions.inside(unit.start, unit.end):
            if x.kind == "body" and (
                re.match(r"\s*(?:\([A-Z]+\)\s*)?(?:reported|said|says|quoted)\b", ctx.masked[x.end : unit.end])
                or re.search(r"according\s+to\s+(?:the\s+)?(?:official\s+)?$", ctx.masked[unit.start : x.start])
            ):
                return x.country
    return None


# "Dan Roe, D-Kans.,", "Ann Lee (R-Texas)": the surname before a U.S. party tag and state
_PARTY = re.compile(r"([A-Z][\w’'-]+),?\s*\(?(?:D|R|I)[-–][A-Z][A-Za-z.]{1,12}\)?")


def party_tag_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A person whose name the story follows with a U.S. party tag and state ("Dan Roe, D-Kans.,"): a U.S.
    legislator, as only U.S. copy writes them."""
    if sp.kind != "person" or not sp.text or ("D-" not in ctx.text and "R-" not in ctx.text):
        return None
    if "party_tags" not in ctx.memo:  # the surnames tagged, found once per article
        ctx.memo["party_tags"] = {m.group(1) for m in _PARTY.finditer(ctx.text)}
    return "United States" if sp.text.split()[-1] in ctx.memo["party_tags"] else None


# what follows a person's first mention: ", USDA assistant administrator," / " of the Kansas Livestock Association"
_AFTER_NAME = re.compile(
    r"(?:\s*,\s*(?:(?:a|an|the)\s+)?|\s+of\s+(?:the\s+)?)([A-Z][^,;:()\n]{2,90}?|[a-z][^,;:()\n]{2,90}?)(?=[,;:(.]|\s+said|\s+told|$)"
)
_WORKPLACE = re.compile(r"\s(?:in|at|from|near|on|based)\s")
_NOT_POST = re.compile(
    r"(?:who|which|that|whose|said|says|told|and|but|is|was|has|had|formerly|former|previously|\d)\b", re.I
)


def introduced_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A person whose first mention is followed by a post or body the extractor did not take as the role
    ("said Bob Roe, USDA assistant administrator", "Ann Lee of the Kansas Cattle Association", "Tom Vale,
    president of the Japan Federation of ..."), or preceded by one ("Canada's Minister of State for Finance, Tom
    Vale, said"): organisations.csv (an international body gives none), the one country named in that post, or a
    city or state opening it."""
    seat = _OF_PLACE_END.search(sp.text or "") if sp.kind == "person" else None
    if seat and city_country(seat.group(1), ctx.day):  # "Democrat Ann Kiley of Oregon" as the phrase itself
        return city_country(seat.group(1), ctx.day)
    found = _introduction(ctx, sp)
    if found is None:
        return None
    at, post_start, post = found
    before = _post_before(ctx, at)
    if before is not None or post is None:
        return before
    decided, country = organisation_home(ctx, post)
    if decided:
        return country
    found = phrase_country(ctx, post_start, post_start + len(post))
    # "of Florida", "director of ... for the Kansas Livestock Association": a city or state the post names
    bodies = [post] + [m.group(1) for m in _BODY_IN_POST.finditer(post)]
    return found or next((c for b in bodies if (c := city_country(b, ctx.day) or _opening_place(ctx, b))), None)


_OF_PLACE_END = re.compile(r"\sof\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$")
_BODY_IN_POST = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)")


def _opening_place(ctx: ArticleContext, name: str) -> str | None:
    return opening_place_country(ctx, Speaker(name, None, None, "org"))


def _introduction(ctx: ArticleContext, sp: Speaker) -> tuple[int, int, str | None] | None:
    """Where a person is first mentioned, and the post written right after the name (its start and text; None
    when what follows is no post: a relative clause, a former post), cut before a workplace's town."""
    if sp.kind != "person" or not sp.text or (" " not in sp.text and len(sp.text) < 4):
        return None
    at = ctx.text.find(sp.text)  # the first mention: where news copy introduces a person
    if at < 0:
        return None
    m = _AFTER_NAME.match(ctx.text, at + len(sp.text))
    if m is None or _NOT_POST.match(m.group(1)):
        return at, 0, None
    where = _WORKPLACE.search(m.group(1))  # "an analyst with X in Tokyo": where one works is no nationality
    return at, m.start(1), m.group(1)[: where.start()] if where else m.group(1)


def _introduced_official(ctx: ArticleContext, sp: Speaker) -> bool:
    """A person introduced with a post in a government body named without a country ("head of the government's
    Rubber Control Department"): an official, whose country the official strategies then find."""
    found = _introduction(ctx, sp) if sp.kind == "person" and not sp.role else None
    return found is not None and found[2] is not None and any(_state_body(ctx, w) for w in words(found[2]))


def _state_body(ctx: ArticleContext, w: str) -> bool:
    """A word naming a government body ("government's", "ministry", "Department"), not a post any body has."""
    w = w.lower().removesuffix("'s").removesuffix("’s")
    return ctx.lex.kind(w) == "org" and ctx.lex.state(w)


def _post_before(ctx: ArticleContext, at: int) -> str | None:
    """The country of a post that opens the sentence and ends with a comma right before a name ("Canada's
    Minister of State for Finance, Tom Vale,", "The UAE's Minister of State, Ali Bin Saad,")."""
    seg = ctx.text[max(0, at - 100) : at]
    if not seg.rstrip().endswith(","):
        return None
    # the sentence's start: after a full stop, a line break, a quotation mark or a dateline's dash
    cut = max([seg.rfind(b) + len(b) for b in (". ", "\n", '"', "- ") if b in seg] + [0])
    if cut == 0 and at > 100:
        return None
    lo = at - len(seg) + cut
    phrase = ctx.text[lo:at].rstrip(" ,")
    if "," in phrase or not any(ctx.lex.kind(w) in ("role", "title") for w in words(phrase)):
        return None
    return phrase_country(ctx, lo, lo + len(phrase))


def _is_official(ctx: ArticleContext, sp: Speaker) -> bool:
    # a person whose title stayed in the name ("Treasury Under-secretary Ann Roe" with no role) holds that post
    post = sp.role or (sp.text if sp.kind == "person" else "")
    lex, ws = ctx.lex, words(post or "")
    if sp.state or any(lex.state(w) for w in ws):
        return True
    # a hyphenated post ("Treasury Under-secretary"), unless a body's own ("the group's executive-secretary")
    hyphened = any(lex.state(part) for w in ws if "-" in w for part in w.split("-"))
    return hyphened and not any(lex.kind(w.lower().removesuffix("'s").removesuffix("’s")) == "org" for w in ws)


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
    if sp.country or sp.kind not in ("person", "role", "org"):
        return sp.country, (sp.country_rule or "speaker-phrase") if sp.country else None
    figure = public_figure_country(ctx, sp)
    if figure:  # "Reagan said ...", "Foreign Secretary Joe Clark" (Canada's): people.csv, before a post's country
        sp.country, sp.country_rule = figure, "people-table"
        memory.remember(pos, sp.text, sp.role, figure)
        return figure, "people-table"
    decided, country = organisation_home(ctx, " ".join(x for x in (sp.text, sp.role) if x))
    if decided:
        name = "organisation-table" if country else "international-body"
        unit = foreign_unit_country(ctx, " ".join(x for x in (sp.text, sp.role) if x), country)
        if unit is not None:  # "a Texaco spokesman" in a Rotterdam story about Texaco's Dutch unit
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
    lex = ctx.lex
    if sp.kind == "org" or (sp.kind == "person" and is_company(ctx, sp)):
        out = [("spoke-from", lambda: spoke_from_country(ctx, pos))]
        out += [("company", lambda: company_home(ctx, sp.text))] if is_company(ctx, sp) else []
        out += [("opening-place", lambda: opening_place_country(ctx, sp))]
        out += [("short-name", lambda: short_name_country(ctx, sp.text))]
        out += [("body-named-before", lambda: body_named_before(ctx, sp, pos))]
        out += [("national-body", lambda: national_body_country(ctx, sp))]
        out += [("named-with-country", lambda: named_with_country(ctx, sp.text) if sp.text else None)]
        out += [("named-org-dateline", lambda: named_org_country(ctx, sp))]
        out += [("dateline-local-body", lambda: local_body_country(ctx, sp))]
    else:
        out = [
            ("post", lambda: _post_country(ctx, sp)),
            ("short-name", lambda: short_name_country(ctx, sp.role or _role_text(sp))),
            ("body-named-elsewhere", lambda: bodies.country(" ".join(dict.fromkeys(x for x in (sp.role, _role_text(sp)) if x)))),
            ("same-role-before", lambda: memory.antecedent_country(sp, pos) if sp.kind == "role" and sp.definite else None),
            ("body-named-before", lambda: body_named_before(ctx, sp, pos)),
            ("lede-official", lambda: memory.lede_country(sp) if sp.kind == "person" else None),
            ("party-tag", lambda: party_tag_country(ctx, sp)),
            ("possessive-company", lambda: _possessive_company(ctx, sp)),
            ("spoke-from", lambda: spoke_from_country(ctx, pos)),
            ("company-officer", lambda: _officer_country(ctx, memory, sp, pos)),
            ("introduced-post", lambda: introduced_country(ctx, sp)),
            ("local-voice", lambda: None if memory.unplaced_before(sp, pos) else local_voice_country(ctx, sp)),
            ("opening-place", lambda: opening_place_country(ctx, sp)),
            ("document", lambda: document_country(ctx, sp)),
            ("named-body-as-post", lambda: named_body_read_as_post(ctx, sp)),
            ("named-body-officer", lambda: named_body_officer_country(ctx, sp)),
            ("dateline-local-body", lambda: local_body_country(ctx, sp)),
        ]  # fmt: skip
    official = _is_official(ctx, sp) or _introduced_official(ctx, sp)
    if official and not lex.is_abroad(head_key(sp.role or sp.text, lex)):
        # a government official whose phrase names no country: where the words were said ("told reporters in
        # Tokyo"), the state medium that carried them, else the story's dateline ("SEOUL (AP) —")
        out += [
            ("place-of-speech", lambda: place_country(ctx, pos)),
            # before the dateline: a visiting minister defending his country's conduct abroad ("Brazil would not
            # have suspended payments ..., Finance Minister X said" under a WASHINGTON dateline)
            ("content-subject", content or (lambda: None)),
            ("state-media", lambda: state_media_country(ctx, memory, sp, pos)),
            ("dateline", lambda: ctx.dateline.country if ctx.dateline else None),
        ]
    return out


_POSSESSOR = re.compile(r"^([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})['’]s\s+")


def _possessive_company(ctx: ArticleContext, sp: Speaker) -> tuple[str | None, str | None]:
    """ "Salomon's di Clemente", "Merrill's McCarthy": a person named after a company's possessive speaks for it."""
    m = _POSSESSOR.match(sp.text or "") if sp.kind == "person" else None
    if m is None or not known_company(ctx, m.group(1)):
        return None, None
    country, rule = company_home(ctx, m.group(1))
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
    name = company_name(ctx, role)
    company_word = any((ctx.lex.entry(w) or _NO_WORD).head == "company" for w in role.split())
    if name is None and sp.kind == "role" and sp.definite and head_key(role, ctx.lex) == "company":
        return _story_company_home(ctx, memory, pos)  # "the company said", "the Houston-based company said"
    if name is None and sp.kind == "role" and sp.definite and role.lower() == "bank":
        return quoted_bank_home(ctx, memory, pos)
    if name is None and (ctx.lex.is_company_post(role) or company_word):
        name = first_company(ctx)
        country, _ = company_home(ctx, name)
        return country, "story-company"
    country, rule = company_home(ctx, name)
    return country, "company-officer/" + rule if rule else None


def _role_text(sp: Speaker) -> str | None:
    return sp.text if sp.kind == "role" else None


def _post_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    iso3 = ctx.lex.post_country(sp.role) or (ctx.lex.post_country(sp.text) if sp.kind == "role" else None)
    return country_name(iso3) if iso3 else None


def content_subject_country(ctx: ArticleContext, bare: Speaker, start: int, end: int, own: bool = False) -> str | None:
    """An official whose phrase names no country, defending a country's own conduct ("South Korea has fully
    enforced ..., Kim, first deputy chief ..., told a briefing"), speaks for the country that is the reported
    content's subject."""
    if bare.kind not in ("person", "role") or not _is_official(ctx, bare):
        return None
    if ctx.lex.is_abroad(head_key(bare.role or bare.text, ctx.lex)):
        return None  # "diplomats said Denmark would ...": a diplomat of no stated country speaks for none
    names = {x.surface for x in ctx.mentions.items}
    if any(w.isupper() and len(w) > 1 and w.strip(".") not in names and w not in names for w in words(bare.role or "")):
        return None  # "the head of the UN nuclear watchdog": an international body's official
    found = [x for x in ctx.mentions.inside(start, min(end, start + 40)) if x.kind in ("name", "short", "capital")]
    text = ctx.text
    if (
        found
        and re.fullmatch(r"\s*(?:that\s+)?", text[start : found[0].start])
        and not re.match(r"\s*(?:,|and\s|or\s)", text[found[0].end : found[0].end + 5])
        and not (own and _obliged(text[found[0].end : found[0].end + 20]))
    ):
        return found[0].country
    return None


def _obliged(after: str) -> bool:
    """ "X should ...", "X must ...": what a speaker demands of a country, not that country's own position."""
    first = after.split()[:1]
    return bool(first) and first[0].lower() in OBLIGATION_MODALS


def quoting_body_country(ctx: ArticleContext, sp: Speaker | None, start: int, end: int) -> None:
    """'Tehran radio quoted a foreign ministry spokesman as saying': state media quoting an official whose
    phrase names no country quote their own government's official."""
    if sp is None or sp.country or sp.kind not in ("role", "person") or not sp.state:
        return
    found = {x.country for x in ctx.mentions.inside(start, end) if x.kind in ("body", "capital")}
    if len(found) == 1:
        sp.country, sp.country_rule = next(iter(found)), "quoting-state-media"


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
