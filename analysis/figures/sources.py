"""Who a sentence's figures come from (``source``, ``source_country``) and what each figure is compared
with (``compared_with``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import PASSIVE_MARKERS
from .context import Context
from .gates import first_word_match, lowered, word_matches
from .regexes import CLAUSE_COMMA
from .rules import Rules
from .source_names import is_pronoun, resolve, trim

_TRAILING_TIME = re.compile(r"\s+(?:on\s+\w+day|last\s+\w+|this\s+\w+|yesterday|today)$")
_DIGIT = re.compile(r"\d")  # ", said sales rose 4 pct": words with a figure are what is said, not who says it
# a passive or an infinitive: "Exports are estimated at", "The surplus originally was reported at", "Acme is likely
# to show a rise" (the reporting word reports nothing yet: its subject is no speaker)
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(PASSIVE_MARKERS)) + r")\s+(?:[a-z]+ly\s+)?$")
_LEADING_THE = re.compile(r"^(?i:the)\s+")
_LEADING_FROM = re.compile(r"^(?i:from)\s+")
# a subject and its apposition before the reporting verb: "Acme AG, a West German-based group,", "Acme Corp, based in
# Toronto,"
_APPOSITION = re.compile(r"[^,]{2,60},\s+(?:an?|the|based|headquartered)\s[^,]{2,60},\s*")


@dataclass(slots=True)
class Source:
    """Who the figures of a sentence come from: "according to X", "X said ...", "..., X said"."""

    name: str | None
    country: str | None  # the first country named in the source ("official figures from Beijing": China)
    span: tuple[int, int] | None  # where it is named (its countries are no partners)
    rule: str | None = None  # how a pronoun was read (stage "source" of rules.csv)


_NONE = Source(None, None, None)


def find_source(ctx: Context, base: int, sentence: str, rules: Rules, low: str | None = None) -> Source:
    """The source of the sentence ``sentence`` that starts at ``base`` (``low``: gates.lowered(sentence))."""
    low = lowered(sentence) if low is None else low
    m = first_word_match(rules.source_prep, rules.words.source_prep, sentence, low)
    if m:  # "according to official figures from Beijing"
        name = m.group("np").strip()
        return _named(ctx, name, (base + m.start("np"), base + m.start("np") + len(name)), rules)
    reps = ctx.words.reports.between(base, base + len(sentence))
    first = _NONE
    # "X, confirming previous estimates, said": "estimates" gives no speaker, "said" does
    for k, rep in enumerate(reps):
        if _PASSIVE_BEFORE.search(sentence, max(0, rep[0] - base - 24), rep[0] - base):
            continue  # "Exports are estimated at", "Reserves were reported to", "is expected to report": no one speaks
        found = _before_report(ctx, base, sentence, rep, rules)
        if found.name or found.span is None:
            return found
        first = found if k == 0 else first  # words there, but no speaker: its span still names no partner
    return first


def _before_report(ctx: Context, base: int, sentence: str, rep: tuple[int, int, str], rules: Rules) -> Source:
    """The speaker of the reporting word ``rep``: before it, or right after it (", said Maruyama")."""
    rs, re_ = rep[0] - base, rep[1] - base
    commas = [m.start() for m in CLAUSE_COMMA.finditer(sentence, 0, rs)]
    comma = commas[-1] if commas else -1
    tail = sentence[re_:].strip(" .\"”'")
    if comma >= 0 and len(sentence[comma:rs].split()) <= 8 and sentence[comma + 1 : rs].strip():
        s = comma + 1  # "..., the ministry said"
    elif _APPOSITION.fullmatch(sentence, 0, rs):
        s = 0  # "Acme AG, a West German-based chemicals group, said": the subject with its apposition
    elif comma >= 0 and not sentence[comma + 1 : rs].strip() and len(tail.split()) <= 8 and not _DIGIT.search(tail):
        # "..., said Maruyama"
        span = (base + re_, base + re_ + len(sentence[re_:].rstrip(" .\"”'")))
        return _named(ctx, tail, span, rules)
    else:
        s = 0  # "The ministry said ..."
        if len(sentence[:rs].split()) > 10:
            return _NONE
    name = _TRAILING_TIME.sub("", sentence[s:rs].strip())
    lead = len(sentence[s:rs]) - len(sentence[s:rs].lstrip())
    return _named(ctx, name, (base + s + lead, base + rs), rules)


def point_back(source: Source, before: list[str | None], rules: Rules) -> Source:
    """A pronoun source read as the source named before it (``before``: the story's, in text order), or none."""
    if not is_pronoun(source.name, rules):
        return source
    name = resolve(source.name, before, rules)
    return Source(name, source.country, source.span, "antecedent" if name else "pronoun-dropped")


def _named(ctx: Context, name: str, span: tuple[int, int], rules: Rules) -> Source:
    name = trim(name, rules)  # "But it" -> "it"; "but", "confirming previous": no speaker
    if not name:
        return Source(None, None, span)
    return Source(name, (ctx.mentions.countries(*span) or [None])[0], span)


@dataclass(slots=True)
class Comparison:
    """ "compared with the same period last year", "from a year earlier", "than in 1986"."""

    start: int
    end: int
    cue: str  # lower case: "compared with", "from", "than" ...
    what: str  # what follows the cue, up to the next comma


def find_comparisons(sentence: str, base: int, rules: Rules, low: str | None = None) -> list[Comparison]:
    """The comparisons of the sentence ``sentence`` that starts at ``base`` (``low``: gates.lowered(sentence))."""
    low = lowered(sentence) if low is None else low
    return [
        Comparison(base + m.start(), base + m.end(), m.group("cue").lower(), m.group("np"))
        for m in word_matches(rules.compare, rules.words.compare, sentence, low)
    ]


def compared_with(
    comparisons: list[Comparison], yoy: re.Match | None, base: int, end: int, lo: int, hi: int, rules: Rules
) -> str | None:
    """What the figure ending at ``end`` in the clause [lo, hi) is compared with: a "compared with" in its
    clause or a cue right after it ("5 pct from a year earlier"), else "year-on-year" and the like."""
    signs = rules.signs
    for c in comparisons:
        near = 0 <= c.start - end <= 3 and c.cue != "than"
        if (c.cue.startswith("compared") and lo <= c.start < hi) or near:
            if c.cue == "from" and not (c.what[:1].islower() or c.what[:1].isdigit() or c.what.startswith(signs)):
                continue  # "from Japan" is a partner
            return _LEADING_THE.sub("", c.what.strip())
    if yoy and lo <= base + yoy.start() < hi:
        return _LEADING_FROM.sub("", yoy.group())
    return None
