"""A person's country from how the story introduces them: the post or body written after the first mention
("said Bob Roe, USDA assistant administrator"), a post before it ("Canada's Minister of State, Tom Vale,"), a
U.S. party tag ("Dan Roe, D-Kans.,")."""

from __future__ import annotations

import re

from ..text.organisations import place_country as city_country
from .context import ArticleContext
from .homes import organisation_home
from .phrase_countries import phrase_country
from .records import Speaker
from .tokens import words
from .voice_places import opening_place_country

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
    before = _post_before(ctx, at) or _town_before(ctx, sp, at)
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


def introduced_official(ctx: ArticleContext, sp: Speaker) -> bool:
    """A person introduced with a post in a government body named without a country ("head of the government's
    Rubber Control Department"): an official, whose country the official strategies then find."""
    found = _introduction(ctx, sp) if sp.kind == "person" and not sp.role else None
    return found is not None and found[2] is not None and any(_state_body(ctx, w) for w in words(found[2]))


def _state_body(ctx: ArticleContext, w: str) -> bool:
    """A word naming a government body ("government's", "ministry", "Department"), not a post any body has."""
    w = w.lower().removesuffix("'s").removesuffix("’s")
    return ctx.lex.kind(w) == "org" and ctx.lex.state(w)


# "led by Far Hills, N.J., investor Ann Roe": a town and its state, then the post, right before a person's name
_TOWN_BEFORE = re.compile(r"[A-Z][\w.’'-]*,\s+([A-Z][A-Za-z.]{1,5}),\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+$")


def _town_before(ctx: ArticleContext, sp: Speaker, at: int) -> str | None:
    """The country of the town and state (organisations.csv's places) written before the person's post at their first
    mention ("Far Hills, N.J., investor Ann Roe", then "Roe said")."""
    m = _TOWN_BEFORE.search(ctx.text, max(0, at - 60), at) if sp.role else None
    return city_country(m.group(1), ctx.day) if m and m.group(2) == words(sp.role)[-1].lower() else None


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
