"""Cheap clause tests the attribution stages share: clause boundaries, leading adverbials, a finite verb in
reported content, and cue words that are not used as verbs of speech here (passive, noun)."""

from __future__ import annotations

import re

from ..text.words import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    FUTURE_MODALS,
    IRREGULAR_PAST,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    SPEECH_PAST,
)
from .lexicon import Lexicon, lexicon
from .subject_patterns import CAUSED_SPEAKER, LIKELY_TO
from .tokens import is_cap, words

# punctuation, a spaced dash, or a word that opens a clause
BOUNDARY = re.compile(r"[,;:|()\[\]—–]|\s-\s|(?<![\w-])(?:" + "|".join(CLAUSE_WORDS) + r")(?![\w-])")


def last_comma(span: str, end: int | None = None) -> int:
    """Where the last comma of ``span[:end]`` stands that is no part of a number ("2,291,210 shares"), or -1."""
    c = span.rfind(",", 0, len(span) if end is None else end)
    while c > 0 and span[c - 1 : c].isdigit() and span[c + 1 : c + 2].isdigit():
        c = span.rfind(",", 0, c)
    return c


LEADING_ADVERBIAL = re.compile(
    r"^\s*(?:[^\s,:]+(?:\s+[^\s,:]+){0,2}:(?!\s*\d))?\s*"  # a short label such as "Like this:"
    r"(?:(?:[A-Z][a-z]*ly|" + "|".join(ADVERBIAL_OPENERS) + r")\b[^,]{0,90},\s*)?"
)

# compiled once: these run for every cue or speaker phrase
_SPACE = re.compile(r"\s")
_BY_AFTER = re.compile(r"\s+by\b")
_GO_ON = ("went", "goes", "go")
# "she continues to insist that ...", "he has continued to say ...": the saying goes on (not "wants to say")
_CONTINUE = ("continue", "continues", "continued", "continuing")
# only verbs that are nothing but speech: "continued to add to its provisions", "to post gains" are no reports
_CONTINUED_SPEECH = frozenset("say insist argue maintain claim deny assert stress warn complain tell".split())
_NOUN_DETERMINERS = ("a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those")
_BY_AGENT = re.compile(r"(?:\s+[\w.]+){0,3}?\s+by\s+(?:the\s+|a\s+)?[A-Z]")
_INSIDE_ACCORDING_TO = re.compile(r"(?i:according)\s+to\b[^,;|.]*$")
_BY_NEXT = re.compile(r"\s+by\s+(?:the\s+|a\s+)?[A-Z]")
# what an indirect question opens with: never "asked to" (a request) or "asked for"
QUESTION_WORD = r"(?:whether|if|why|how|what|who|whom|which|when|where)\b"
# "asked (by X) (on Fox News / in Iowa / recently) whether ...": a passive "asked" that reports a question
PASSIVE_QUESTION = re.compile(
    r"(?:\s+by\s+(?P<by>[^,|;]{1,60}?))?(?:\s+(?:on|in|at|during|recently|again|later|repeatedly|also|last)"
    r"(?:\s+[\w.’'-]+){0,3}?)?,?\s+(?P<q>" + QUESTION_WORD + ")"
)

# an adverb between the comma and a participle: "..., falsely suggesting ...", "..., later saying ..."
PARTICIPLE_ADVERB = r"(?:(?!only\b)[a-z]{2,}ly|later|also|again|then|even|still|now|once|first|further)"
COMMA_PARTICIPLE = re.compile(rf"(?:,|\|)\s+(?:{PARTICIPLE_ADVERB}\s+)?([a-z]+ing)\b")
# what may stand before a participle cue: a comma ("..., saying") or a dash, "with X" ("with China arguing"), "quoted X
# (as)", a preposition ("before clarifying", "by mentioning") or a form of "be" ("is suggesting", "are saying")
_PRONOUN_IS = frozenset(("he", "she", "it", "who", "that"))  # "he's suggesting": the pronoun and "is"
_HAS_PRONOUNS = frozenset(("he", "she", "who"))  # "he’s said", "who’s argued": the pronoun and "has"
PARTICIPLE_LEAD = re.compile(
    r"(?:,|\s[—–-]|\bwith\s+[^,|]{1,80}?|\bquoted\b[^|]{0,120}?\bas|\bquoted\s+[^|,;]{1,60}?|\b(?:before|after|while|by|when|without|in)"
    r"|\b(?:is|are|was|were|be|been|am|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)(?:\s+(?:also|still|now|not|even|again|"
    r"already|repeatedly|publicly|privately|increasingly|openly))?|[’']s|[’']re)\s*$"
    rf"|(?:,|\s[—–-]|\b(?:before|after|while|by|when|without|in))\s+{PARTICIPLE_ADVERB}\s*$"  # "..., later saying"
)
# a subordinate clause opening the sentence ("When Roe said the plan had failed, the council ..."): its reported
# content ends at the comma before the main clause ("As Roe said, ..." is left out: its content follows the comma)
FRONTED_SUBORDINATE = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:When|Whenever|If|After|Once|Before|While|Although|Though|Because|Since|Until|"
    r"Unless|Even\s+(?:though|if))\s"
)
COMMA_QUOTE_END = re.compile(r",\s*[\"”’']\s*$")  # '... the "king of tolls," noting that ...'
# a subject pronoun with a contracted verb ("he's", "they're", "it'll"): a clause, whichever apostrophe is typed;
# "'s" only after pronouns, since after a noun it is a possessive ("Roe's plan")
_CONTRACTED_SUBJECT = re.compile(
    r"(?:i|you|he|she|it|we|they|there|that|who)[’'](?:re|ve|ll|d|m)|(?:he|she|it|there|that|who)[’']s"
)


def looks_like_clause(content: str, lex: Lexicon) -> bool:
    """A cheap test that the reported content has a finite verb (not just a noun object)."""
    toks = [t.lower().strip(".,") for t in words(content)[:14]]
    if not toks:
        return False
    if toks[0] in ("that", "whether", "if", "how", "why", "what", "when", "where", "who"):
        return True  # "that ...", and the indirect question of "asked whether ..."
    first = lex.cues.get(toks[0])
    if (
        first is not None
        and first.type == "finite"
        and first.form != first.lemma
        and not first.form.endswith("s")
        and len(toks) > 1
        and (toks[1] == "that" or toks[1] in DETERMINERS or is_cap(words(content)[1]))
    ):
        return False  # "the Bundesbank report showed the ...": the cue word before was the subject's noun (not
        # "continued poor results": an adjective)
    if toks[0] in ("he", "she", "they", "we", "i") and len(toks) > 2:
        return True  # a subject pronoun opens a clause: "he beat expectations"
    if "’" in content or "'" in content:
        if any(_CONTRACTED_SUBJECT.fullmatch(t) for t in toks[:4]):
            return True  # "he's worth ...", "the plan they'd back"
    if toks[0] == "to" and len(toks) > 1 and toks[1] not in DETERMINERS:
        return True  # an infinitive: "vowed to fight", "wants to run"
    if toks[0] in DETERMINERS:  # a noun phrase: its relative clause is no clause of the content
        toks = toks[: next((i for i, t in enumerate(toks) if t in RELATIVE_WORDS), len(toks))]
    for i, t in enumerate(toks):
        if t in AUXILIARIES or t.endswith(("n't", "n’t", "’ll", "'ll")):
            return True
        cue = lex.cues.get(t) if i > 0 else None
        if cue is not None and cue.type == "finite" and toks[i - 1] not in DETERMINERS:
            if cue.form != cue.lemma or cue.cue_class != "belief":  # "plan", "hope" may be nouns
                return True
        if i > 0 and (t in IRREGULAR_PAST or (len(t) > 4 and t.endswith("ed"))) and toks[i - 1] not in DETERMINERS:
            return True  # "the offensive began", "ministers gave", "prices rose"
    return False


_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # "the Trade Act of 1974 states that": a name's year, then the verb
_DURATION = re.compile(
    r"(?:\d[\d./]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)"
    r"-(?:year|month|week|day)"
)  # "a 27-month decline", "seven-year notes"; not "Carter-Day"


# what follows a past verb (its particle first: "Moody's pointed out that ..."): "that", the end, a comma and a clause
_VERB_END = re.compile(r"(?:\s+out\b)?\s*(?:that\b|[.;]|,\s+(?!and\b|or\b)[a-z]|$)")


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def verb_after_name_in_s(text: str, start: int) -> bool:
    """The word at ``start``, after a name in 's, is the name's verb: "Moody's said", "Moody's noted that ...",
    "..., Moody's noted." (a past form before "that" or the sentence's end); not "Japan's stated policy"."""
    start += len(text) - start - len(text[start:].lstrip()) if text[start : start + 1].isspace() else 0
    end = _word_end(text, start)
    w = text[start:end]
    return w in SPEECH_PAST or (w.endswith("ed") and w.islower() and _VERB_END.match(text, end) is not None)


def _noun_use(masked: str, cue_start: int, prev: list[str]) -> bool:
    if not prev or not _SPACE.fullmatch(masked[cue_start - 1 : cue_start]):
        return False
    if masked[max(0, cue_start - 4) : cue_start].rstrip().endswith(","):
        return False  # "... every hall he could get into, said Roe": the clause before ends in a stranded preposition
    w = prev[-1].lower()
    # after a determiner, a possessive or a preposition a cue word is a noun ("a warning", "reports of attacks")
    if w in _NOUN_DETERMINERS or (w in PREPOSITIONS and w != "to"):
        return True
    if w.endswith(("'s", "’s")) and len(w) > 2 and w[:-2] not in _HAS_PRONOUNS:
        # "Roe's warning"; not "Moody's said", a name in 's and a verb, nor "she’s said" ("she has said")
        if not is_cap(prev[-1]):
            return True
        return not verb_after_name_in_s(masked, cue_start)
    # after a length of time a cue word is a noun ("its 27-month decline"), and a verb's -s form after a number or a
    # participle is a plural noun ("10-1/2 pct notes", "senior subordinated notes", "raised hopes"); not "45 pct said"
    if _DURATION.fullmatch(w):
        return True
    if (
        not masked.startswith("s", _word_end(masked, cue_start) - 1)
        or not masked[cue_start - 2 : cue_start - 1].isalnum()
    ):
        return False  # "..., over 60, worries that": a clause's last word, then the verb
    return (
        (w[0].isdigit() and not _YEAR.fullmatch(w))
        or w == "pct"
        or (w.endswith("ed") and len(w) > 4 and w.isalpha() and prev[-1].islower())
    )


def _passive(masked: str, cue_start: int, prev: list[str], cue_end: int | None) -> bool:
    if [w.lower() for w in prev[-2:]] == ["on", "to"] and len(prev) > 2 and prev[-3].lower() in _GO_ON:
        return False  # "she went on to explain that ...": it was said
    if prev[-2:-1] and prev[-1].lower() == "to" and prev[-2].lower() in _CONTINUE:
        return masked[cue_start : _word_end(masked, cue_start)].lower() not in _CONTINUED_SPEECH
    if prev and prev[-1].lower() == "to" and spoken_infinitive(masked, cue_start):
        return False  # "led Republicans to say that ...", "voters are more likely to say ...": it was said
    after_comma = masked[max(0, cue_start - 3) : cue_start].rstrip().endswith(",")
    if prev and (prev[-1].lower() in PASSIVE_MARKERS or prev[-1].lower() in FUTURE_MODALS) and not after_comma:
        return True  # "was told to", "to say"; "will discuss" is not a report of what was said ("in May, said X" is)
    if cue_end is None:
        return False
    # a participle with its agent: "the tariffs, announced on Friday by President Reagan, will ...",
    # "the plan announced by the ministry"; not "X said the Iranians released by the United States ..."
    agent = _BY_AGENT.match(masked[cue_end : cue_end + 60]) if after_comma else _BY_NEXT.match(masked, cue_end)
    return agent is not None


def spoken_infinitive(masked: str, cue_start: int) -> bool:
    """An infinitive cue of speech (not of belief or intention: "forced X to seek ...") after the one a cause leads to
    speak ("leaving many to wonder") or after "more likely to" (a poll's finding)."""
    if not masked.endswith("to ", 0, cue_start):
        return False  # the cheap test first: this runs for many cues
    cue = lexicon().cue(masked[cue_start : _word_end(masked, cue_start)])
    if cue is None or cue.cue_class == "belief":
        return False
    s = max(0, cue_start - 90)
    return CAUSED_SPEAKER.search(masked, s, cue_start) is not None or LIKELY_TO.search(masked, s, cue_start) is not None


def is_speech_cue(masked: str, match: re.Match, unit_start: int) -> bool:
    """A cue word used as a verb of speech here: not a noun ("a warning to", "India's claims"), not passive
    or infinitive ("was told to", "is said to"), not a participle with its agent ("the tariffs, announced
    on Friday by President Reagan, will ...")."""
    before = masked[max(unit_start, match.start() - 20) : match.start()]
    # a quotation right before the cue: the words before it say nothing of the cue ('a "sociopath," said')
    prev = [] if before.rstrip().endswith("|") else words(before)
    if _INSIDE_ACCORDING_TO.search(masked, max(unit_start, match.start() - 80), match.start()):
        return False  # "according to a New York Times report": the cue word names the source
    if prev and prev[-1].lower() in ("not", "never") and match.group().lower() != "deny":
        return False  # "did not complain when ...": nothing was said
    if match.group().lower() == "asked" and PASSIVE_QUESTION.match(masked, match.end()):
        return True  # "was asked whether ...": the question is reported, whoever answers
    # a two-word participle after a preposition, before its "that", is a gerund too ("by pointing out that ...")
    gerund = (
        bool(prev)
        and prev[-1].lower() in PREPOSITIONS
        and match.group().split()[0].endswith("ing")
        and masked.startswith(" that ", match.end())
    )
    if match.group().endswith("ing") or gerund:  # "is saying" (progressive), "before clarifying" (gerund): both speech
        if prev and (
            prev[-1].lower() in _NOUN_DETERMINERS
            or (prev[-1].endswith(("'s", "’s")) and prev[-1].lower()[:-2] not in _PRONOUN_IS)
        ):
            return False  # "its ruling", "Sweden's ruling party": a noun or an adjective (not "he's saying")
        return not _BY_AFTER.match(masked, match.end())
    if match.group().lower().startswith("according"):
        return True  # "according to a survey by the Commerce Department": the "by" names the source, no agent
    return not _passive(masked, match.start(), prev, match.end()) and not _noun_use(masked, match.start(), prev)


_OBJECT_ENDS = frozenset({"to", "that", "last", "this", "next", "earlier", "as", "and", "but"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_OBJECT_WORD = re.compile(r"[A-Za-z$][\w$.,'’-]*")


def object_head(content: str) -> str:
    """The head of a noun object: its last word before the first preposition, "to" or comma ("his support for X")."""
    head = ""
    for w in _OBJECT_WORD.findall(content[:80]):
        low = w.lower().rstrip(",.")
        if low in PREPOSITIONS or low in _OBJECT_ENDS:
            return head
        if low in _WEEKDAYS:
            continue  # "announced plans Tuesday to ..."
        head = low
        if w[-1] in ",.":
            return head
    return head


# "reported spending $1.1 million on ads", "reported raising and spending about $9 million": a gerund (or two joined by
# "and") whose object opens with a quantity; not "reported operating income" (a noun after the -ing word)
QUANTITY_GERUND = re.compile(
    r"[a-z]{2,}ing(?:\s+and\s+[a-z]{2,}ing)?\s+(?:(?:about|almost|nearly|roughly|some|more\s+than|less\s+than|only|"
    r"over|just|a\s+combined(?:\s+total\s+of)?|a\s+total\s+of)\s+)*(?:[$£€]\s?\d|\d)"
)


def quantity_gerund(content: str) -> bool:
    """The content opens with a gerund whose object is a quantity ("spending $6 million attacking X")."""
    return QUANTITY_GERUND.match(content.lstrip()) is not None
