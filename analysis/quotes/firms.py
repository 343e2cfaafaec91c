"""A firm a person or a group speaks for, as the story names it beside them: the firm written with a person's
first mention ("Chicago Corp analyst John Roe", "Ann Lee at Walwyn Ltd"), and several firms of different homes
spoken for at once ("Ford Motor Co and Mazda Motor Corp", "the two carmakers")."""

from __future__ import annotations

import re

from .context import ArticleContext
from .homes import COMPANY, company_home, known_company

# a person's post between a firm and the name ("Chicago Corp analyst ", "Acme Inc senior vice president ")
_POST_WORDS = re.compile(r"\s+((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+$")
# after the name: "at", "of", "with" a firm, with a post between ("Ann Lee, an analyst with Acme Securities Ltd")
# or a bare post ("John Roe, management board chairman of Acme AG")
_FIRM_AFTER = re.compile(
    r",?\s+((?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+\s+)?(?:at|of|with|for)\s+(?:the\s+)?"
    r"(?:(?:brokers?|brokerage|securities\s+house|investment\s+bank|bank)\s+)?"
)


def introduced_firm(ctx: ArticleContext, at: int, end: int) -> str | None:
    """The firm written with a person's first mention (the name at [at, end)): right before it with the person's
    post between ("Chicago Corp analyst John Roe", "Acme Inc vice president Ann Lee") or right after it ("Ann Lee
    at Walwyn Ltd", "John Roe, an analyst with Acme Securities Inc"); a name with a corporate suffix only."""
    lo = max(0, at - 90)
    before = next(iter(reversed(list(COMPANY.finditer(ctx.masked, lo, at)))), None)  # the nearest firm
    if before is not None:
        post = _POST_WORDS.fullmatch(ctx.masked, before.end(), at)
        last = post.group(1).split()[-1] if post else ""
        if post and ctx.lex.kind(last) == "role" and not ctx.lex.state(last):
            return before.group()
    after = _FIRM_AFTER.match(ctx.masked, end)
    firm = COMPANY.match(ctx.masked, after.end()) if after else None
    if firm is None:
        return None
    between, post = after.group().split(), (after.group(1) or "").split()
    if between[0] in ("a", "an", "the") and not any(ctx.lex.kind(w) == "role" for w in between):
        return None  # "Ann Lee the head of sales at ...": a post of a firm, not a firm after "the"
    if post and post[0] not in ("a", "an", "the") and not any(ctx.lex.kind(w) == "role" for w in post):
        return None  # a post with no article must be one ("board chairman of"), not any words before "of"
    return firm.group()


def named_firms_apart(ctx: ArticleContext, phrase: str | None, pos: int) -> bool:
    """A phrase that speaks for several firms ("Ford Motor Co and Mazda Motor Corp", "the two carmakers", "both
    companies") where the firms it joins, or the last two the story named before ``pos``, have different homes:
    no one country is theirs."""
    ws = (phrase or "").split()
    if not ws:
        return False
    joined = [m.group() for m in COMPANY.finditer(phrase)] if " and " in phrase else []
    if len(joined) < 2:
        last = ws[-1].lower()
        stem = last[:-3] + "y" if last.endswith("ies") else last[:-1]  # "companies" -> "company"
        entry = ctx.lex.entry(stem) if last.endswith("s") else None
        if entry is None or (entry.head or stem) != "company":
            return False
        near = ctx.masked[max(0, pos - 150) : pos + 150]  # the phrase as written keeps its number: "the two carmakers"
        if not re.search(r"\b(?:[Tt]wo|[Bb]oth|[Tt]hree)\s+(?:[a-z-]+\s+)?" + re.escape(ws[-1]) + r"\b", near):
            return False
        joined = []
        for m in reversed(list(COMPANY.finditer(ctx.masked, 0, pos))):
            if m.group() not in joined:
                joined.append(m.group())
            if len(joined) == 2:
                break
    found = [company_home(ctx, name) for name in joined[:2]]
    # a home known of each (not the dateline's, which a foreign firm with no row would take too), and two of them
    return (
        len(found) == 2
        and all(rule not in (None, "company-dateline") for _, rule in found)
        and len({c for c, _ in found}) > 1
    )


_JOINT = re.compile(r",\s+|\s+and\s+")


def joint_firms_home(ctx: ArticleContext, phrase: str | None) -> str | None:
    """The one home of the firms a phrase joins ("Shearson and Salomon", "Alliant Inc, Vega Corp and Convex"), each a
    company the story names: their common home; None when their homes differ or one is unknown."""
    parts = _JOINT.split(phrase or "")
    if len(parts) < 2 or not all(p and known_company(ctx, p) for p in parts):
        return None
    homes = {company_home(ctx, p)[0] for p in parts}
    return homes.pop() if len(homes) == 1 else None
