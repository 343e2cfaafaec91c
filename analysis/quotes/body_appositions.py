"""The country a body's apposition gives it with a nationality word ("Intelmatique, the French agency for ...",
"The French agency for ..., Intelmatique, said"): the body speaks for that country when met again by name."""

from __future__ import annotations

import re

from .context import ArticleContext
from .records import Speaker

# the description beside the name: after it ("Acme, the French agency ...") or before it ("The French agency ...,
# <Acme>,"), a determiner then the words to the next comma or stop
_AFTER = re.compile(r">?,\s+(?:the|a|an)\s+([^,.;\n]{1,120})")
_BEFORE = re.compile(r"(?:^|[.\n]\s*|,\s+)(?:the|a|an)\s+([^,.;]{1,120}),\s+<?$", re.I)
_WORD = re.compile(r"[\w’'-]+")
_STOPS = frozenset(
    {"of", "for", "in", "with", "at", "to", "on", "from", "by", "and", "or", "which", "that", "who", "whose"}
)


def body_apposition_country(ctx: ArticleContext, sp: Speaker) -> str | None:
    """A named body set beside a description whose nationality word comes before its body's word ("the French
    agency"): that nationality's country; not a topic after the body's word ("a maker of French cheese"), nor two
    bodies named together ("Acme Inc and Bolt Plc, a British company")."""
    name = (sp.text or "").strip("<> ")
    if sp.kind not in ("org", "person") or sp.role or not name[:1].isupper() or " and " in name:
        return None
    # the name as written in full where the story says more of it ("Telecom" of "Telecom Australia")
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?:\s+[A-Z][\w&.’'-]*){0,3}(?![\w-])", ctx.text):
        after = _AFTER.match(ctx.text, m.end())
        found = _nationality(ctx, after.start(1), after.end(1)) if after else None
        if found is None and _CLOSED.match(ctx.text, m.end()):  # "The French agency ..., <Acme>, said"
            before = _BEFORE.search(ctx.text, max(0, m.start() - 140), m.start() - (ctx.text[m.start() - 1] == "<"))
            found = _nationality(ctx, before.start(1), before.end(1)) if before else None
        if found is not None:
            return found
    return None


_CLOSED = re.compile(r">?,\s")


def _nationality(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The country of the one nationality word of a description whose words before any preposition or clause word
    end in a body's word ("French agency for ...", "Australian government telecommunications authority"); the
    nationality word stands before a lower-case word ("British concern", not "British West Indies")."""
    head = None
    for w in _WORD.finditer(ctx.text, start, end):
        if w.group().lower() in _STOPS:
            break
        head = w
    if head is None or not head.group().islower() or ctx.lex.kind(head.group()) != "org":
        return None
    found = [x for x in ctx.mentions.inside(start, head.start()) if x.kind == "demonym"]
    if len(found) != 1 or not re.match(r"(?:-based)?\s+[a-z]", ctx.text[found[0].end : head.end()]):
        return None
    return found[0].country
