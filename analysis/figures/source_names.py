"""A source as a reader can trust it: a named speaker, an organisation or a document, never a clause fragment.

``trim`` cuts what the words before a reporting verb carry besides the speaker ("But it" -> "it", "He also" -> "He",
"It gave no figure but company sources" -> "company sources", "X, confirming previous estimates" -> "X");
``resolve`` gives a pronoun the source named before it in the story ("it" after "Acme Corp said": "Acme Corp"), or
no source. The word lists are figure_words.csv kinds ``source_lead``, ``source_end``, ``source_break`` and
``pronoun``.
"""

from __future__ import annotations

import re

from ..text.words import ARTICLES
from .rules import Rules

_WORD = re.compile(r"[\w'’.&<>()-]+")  # "(EIA)", "<Acme Corp>" keep their brackets
# "The bank, confirming previous estimates", "The bank, in its latest review", "Acme, which owns ...": a phrase
# about the speaker
_PARTICIPLE = re.compile(r",\s*(?:[a-z]+ing|in|at|on|with|after|before|during|for|which|who)\b")
_GERUND = re.compile(r"[a-z]+ing")  # a participle opens no speaker ("confirming previous estimates")
# a number with a scale or before a unit word: a figure
_FIGURE = re.compile(r"\d[\d,.]*(?P<scale>\s+(?:mln|bln|billion|million|thousand)\b)?")
# "that", a verb and its object: "that owns 56 pct", "that has a stake" (a relative clause; not "that analysts said")
_RELATIVE = re.compile(r"\bthat\s+[a-z]+\s+(?:the|a|an|its|their|\d)")
_EDGE = " ,;:-\"'“”‘’`"
# a plural of people ("analysts", "officials", "Japanese sources"): the antecedent "they" points to
_PEOPLE_PLURAL = re.compile(r"(?i)\b(?:[a-z]+ists|[a-z]+ers|officials|sources|economists|analysts|experts)$")


def trim(name: str | None, rules: Rules) -> str | None:
    """The speaker in the words before a reporting verb: after the last clause break, before a participial
    phrase, without a leading conjunction or a trailing auxiliary or adverb; None when nothing is left."""
    if not name:
        return None
    name, words = _last_clause(" ".join(name.split()).strip(_EDGE), rules)
    k = 0
    while k < len(words) and words[k].group().lower() in rules.words.source_lead:
        k += 1  # "But it", "which industry sources", "And the company"
    # only a lower-case word ends it: "May" may be a name
    end = next((i for i in range(k, len(words)) if words[i].group() in rules.words.source_end), len(words))
    if end <= k or (_GERUND.fullmatch(words[k].group()) and not _speaker_head(words[end - 1].group(), rules)):
        return None  # "but", "was", "confirming previous": no speaker at all ("banking sources" is one)
    if words[end - 1].group() in rules.words.source_lead:
        return None  # "He gave no details but", "Acme Inc which": the speaker is a clause away, unsure
    name = name[words[k].start() : words[end - 1].end()].strip(_EDGE)
    return name if name and not _quantity(name, rules) else None


def _last_clause(name: str, rules: Rules) -> tuple[str, list[re.Match[str]]]:
    """The words of the clause whose subject the speaker is: before a phrase about the speaker (a participle,
    a preposition, a relative clause), after a clause break ("but", "replied that"); with the text they index."""
    cuts = [m.start() for m in (_PARTICIPLE.search(name), _RELATIVE.search(name)) if m]
    if cuts:  # "The bank, confirming previous estimates", "Nova, the company that owns 56 pct of Husky"
        name = name[: min(cuts)]
    words = list(_WORD.finditer(name))
    breaks = [i for i, m in enumerate(words) if m.group() in rules.words.source_break and i + 1 < len(words)]
    # "It gave no figure but company sources", "the embassy replied that Chinese figures"
    return name, words[breaks[-1] + 1 :] if breaks else words


def _speaker_head(word: str, rules: Rules) -> bool:
    """A head word that names speakers, a body or a document: "sources", "spokesman", "group", "report"."""
    low = word.lower()
    return low in rules.words.person_noun or low in rules.words.body_noun or bool(_PEOPLE_PLURAL.search(low))


def _quantity(name: str, rules: Rules) -> bool:
    """ "Domestic crude oil production", "Only 15 pct of the victims": a quantity or a figure, no speaker; "Trade
    sources", "the budget", "Municipal Assistance", "Acme Corp, a 5 bln dlr company" are speakers or documents."""
    core = name.split(",")[0].split()  # an apposition may hold a figure: "Acme Corp, a 5 bln dlr company"
    if not core or core[0][0].isdigit():
        return True
    if len(core) > 1 and core[-1][0].isupper():
        return False  # a name: "Municipal Assistance", "the Investment Company Institute"
    text = " ".join(core)
    if any(m.group("scale") or rules.unit.match(text, m.end()) for m in _FIGURE.finditer(text)):
        return True  # "Only 15 pct of the victims", "up from the 761.7 mln"
    if core[-1].isupper():
        return False  # "AID"
    if any(w.strip(".,()<>") in rules.words.body_noun or w in rules.words.person_noun for w in text.lower().split()):
        return False
    return core[-1].lower() in rules.metrics


def is_pronoun(name: str | None, rules: Rules) -> bool:
    """Whether the source is a bare personal pronoun ("it", "He", "they")."""
    return name is not None and name.lower() in rules.words.pronoun


def resolve(pronoun: str, before: list[str | None], rules: Rules) -> str | None:
    """The source a pronoun points back to: the last source named before it (``before``, in text order) if it
    agrees with it ("they" a plural of people; "he"/"she" a person or a role; "it" a body or a document), else None."""
    name = next((n for n in reversed(before) if n and not is_pronoun(n, rules)), None)
    if name is None:
        return None
    words = name.lower().split()
    plural = bool(_PEOPLE_PLURAL.search(name))
    role = words[-1] in rules.words.person_noun
    body = any(w.strip(".,") in rules.words.body_noun for w in words)
    lower = name[0].islower() or words[0] in ARTICLES
    if pronoun.lower() in ("they", "we"):
        return name if plural or (body and pronoun.lower() == "we") else None
    if plural:
        return None
    if pronoun.lower() in ("he", "she"):
        return name if role or not (body or lower) else None  # "a spokesman", "Smith"; not "the ministry"
    return name if not role else None  # "it": "Acme Corp", "the ministry", "the report"
