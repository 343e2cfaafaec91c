"""The country a body's apposition gives it with a nationality word ("Intelmatique, the French agency for ...",
"The French agency for ..., Intelmatique, said"): the body speaks for that country when met again by name."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    for start, end in _written_in_full(ctx.text, name):
        after = _AFTER.match(ctx.text, end)
        found = _nationality(ctx, after.start(1), after.end(1)) if after else None
        if found is None and _CLOSED.match(ctx.text, end):  # "The French agency ..., <Acme>, said"
            before = _BEFORE.search(ctx.text, max(0, start - 140), start - (ctx.text[start - 1] == "<"))
            found = _nationality(ctx, before.start(1), before.end(1)) if before else None
        if found is not None:
            return found
    return None


_TAIL = re.compile(r"(?:\s+[A-Z][\w&.’'-]*){0,3}(?![\w-])")
_WORD_CHAR = re.compile(r"[\w-]")


def _written_in_full(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as a whole word, with up to three capitalised words after it. A plain search and one
    compiled tail: a pattern compiled per name would evict the regex cache on every story."""
    at = text.find(name)
    while at >= 0:
        tail = None if at and _WORD_CHAR.match(text, at - 1) else _TAIL.match(text, at + len(name))
        if tail is not None:
            yield at, tail.end()
        at = text.find(name, tail.end() if tail is not None and tail.end() > at else at + 1)


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
