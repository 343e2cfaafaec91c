"""A speaker phrase -> Speaker: a person (name, role), an unnamed role ("the spokesman"), a body ("the
ministry"), a country, or a pronoun. Pure: it reads the article, it writes nothing (the article's memory of
people is kept by discourse.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.organisations import place_country
from ..text.words import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    CALENDAR,
    DETERMINERS,
    NAME_JOINERS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
    SUBJECT_PRONOUNS,
)
from ..text.words import TOPIC_PREPOSITIONS as _TOPIC
from .clauses import verb_after_name_in_s
from .context import ArticleContext
from .homes import known_company
from .lexicon import Lexicon
from .monitoring import monitoring_place
from .post_names import name_after_post
from .records import Speaker
from .tokens import WORD, fold, is_cap, is_possessive, words

# compiled once: these run for every cue or speaker phrase
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_NEXT_WORD = re.compile(r"\s*([a-z]+)\b")

# a plural of an agent noun, a group of people who can speak ("forecasters", "protesters", "economists", "critics")
AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ics)")
_POSS_LEAD = re.compile(r"^(?:[’'](?:s\b)?)?\s*")  # the possessive left after a country ("Kremlin's spokesman")
_ACRONYM_INTRO = r"([A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'&-]*)*)\s*\("


@dataclass
class Phrase:
    """The words of a speaker phrase once openers and determiners are dropped, and its head."""

    toks: list[tuple[int, int, str]]  # (start, end, word)
    head: int  # number of words before a preposition that ends the head
    had_det: bool
    definite: bool
    text_start: int  # where the speaker's words start: a quantity stays ("36 percent of voters", "those polled")

    @property
    def start(self) -> int:
        return self.toks[0][0]

    @property
    def end(self) -> int:
        return self.toks[-1][1]

    @property
    def head_toks(self) -> list[tuple[int, int, str]]:
        return self.toks[: self.head]


def head_key(phrase: str | None, lex: Lexicon) -> str | None:
    """The last role, title or org word of a speaker phrase, folded ("senior ministry official" -> "official";
    a company suffix gives what it stands for: "Standard Oil Co" -> "company")."""
    for w in reversed(lex.before_participle(words(phrase or ""))):
        if lex.kind(w) in ("role", "org", "title") or lex.kind(fold(w)) in ("role", "org", "title"):
            key = fold(w)
            entry = lex.words.get(key)
            return entry.head if entry is not None and entry.head else key
    return None


_ABOUT = frozenset({"on", "about", "over", "against", "into", "between", "among"})  # a topic, never a principal
_POSTED = re.compile(
    r"\s+(?!(?:unit|units|subsidiary|branch|office|arm)\b)[a-z][\w-]*\s+(?:of|for)\s"
)  # "Washington representative of"; a unit there is local (foreign-unit)


def phrase_country(ctx: ArticleContext, start: int, end: int, exclude: tuple[int, int] | None = None) -> str | None:
    """The country a phrase speaks for: a possessive first, then names in its head, then the rest; a country
    after a topic preposition ("an envoy to Japan") is not whom the phrase speaks for, and a place before "-based"
    only where nothing else is named."""
    found = [m for m in ctx.mentions.inside(start, end) if not (exclude and exclude[0] <= m.start < exclude[1])]
    scored = []
    for m in found:
        before = [w.lower() for w in words(ctx.text[max(start, m.start - 16) : m.start])]
        if len(before) > 1 and before[-1] == "the" and before[-2] in _ABOUT:
            before.pop()  # "a report on the Peruvian economy": the topic too (not "a spokesman for the Japanese ...")
        if (before[-1] if before else "") in _TOPIC or monitoring_place(ctx.text, m.start):
            continue
        rank = 0 if is_possessive(ctx.text, m.end) else 1 if m.kind in ("body", "capital", "name", "short") else 2
        if ctx.text.startswith("-based", m.end):  # "Tokyo-based North Korean businessmen": where, not whose
            rank = 3
        elif m.kind == "capital" and _POSTED.match(ctx.text, m.end, end):
            rank = 3  # "Washington representative of the China ... Institute": where the post is held, not whose
        scored.append((rank, m.start, m.country))
    return min(scored)[2] if scored else None


def acronym_name(ctx: ArticleContext, acronym: str, pos: int) -> tuple[str, str | None] | None:
    """The name an acronym was introduced with before ``pos`` ("South Korea's Joint Chiefs of Staff (JCS)"),
    with the country named right before it."""
    text = ctx.text
    if f"({acronym})" not in text[:pos]:  # most acronyms were never introduced: skip compiling a pattern
        return None
    for am in re.finditer(_ACRONYM_INTRO + re.escape(acronym) + r"\)", text[:pos]):
        names = am.group(1).split()
        k = 0
        while k < len(names) - 1 and names[k][0] != acronym[0]:
            k += 1
        run = names[k:]
        if len(run) < 2 or run[0][0] != acronym[0]:
            continue
        name = " ".join(run)
        rs = am.end(1) - len(name) if text[am.start(1) : am.end(1)].endswith(name) else am.start(1)
        country = None
        before = ctx.mentions.inside(max(0, rs - 40), rs)
        if before and re.fullmatch(r"(?:[’']s)?\s*", text[before[-1].end : rs]):
            country = before[-1].country
        elif ctx.mentions.inside(rs, am.end(1)):
            country = phrase_country(ctx, rs, am.end(1))
        return name, country
    return None


_OPENING_WORDS = (frozenset(ADVERBIAL_OPENERS) - {"Speaker"}) | {"As"}  # "As Baker said, ...": a clause of comparison
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})\s*$")


class _NoEntry:
    head = ""


_NO_ENTRY = _NoEntry()


def _tokens(ctx: ArticleContext, start: int, end: int) -> list[tuple[int, int, str]]:
    text, lex = ctx.text, ctx.lex
    toks = [(a, b, text[a:b]) for a, b in (m.span() for m in WORD.finditer(ctx.masked, start, end))]
    if len(toks) == 1 and (lex.entry(toks[0][2]) or _NO_ENTRY).head == "company":
        im = _INITIALS_BEFORE.search(text, max(0, start - 16), start)  # "C.O.M.B. Co said", split after "B."
        if im:
            toks.insert(0, (im.start(1), im.end(1), im.group(1)))
    # drop sentence-final dots glued to the last word ("said Maruyama.")
    last = toks[-1][2] if toks else ""
    if last.endswith(".") and not lex.title_re.fullmatch(last) and not _INITIALS.fullmatch(last):
        a, b, w = toks[-1]
        toks[-1] = (a, b - 1, w[:-1])
        if not toks[-1][2]:
            toks.pop()
    # sentence openers are not part of the speaker ("But Keating said", "Earlier AM reported")
    while toks and (
        toks[0][2].lower() in SENTENCE_OPENERS
        or (len(toks) > 1 and _opening_adverb(text, toks[0]))
        or toks[0][2] in _OPENING_WORDS  # "Asked", "Speaking", "After": an adverbial, never a speaker
    ):
        toks.pop(0)
    if toks and all(w in CALENDAR or w.isdigit() for _, _, w in toks):
        return []  # "Sunday", "March 3": a date, never a speaker
    return toks


# "Only", or an adverb's ending after an adjective's stem ("Separately", "Previously", "Eventually"), not a name's
# ("Bally", "Kelly", "Holly", "Italy", "Daily")
_ADVERB_ENDING = re.compile(r"Only|[A-Z][a-z]{2,}(?:al|ous|ent|ant|ate|ive|ed|ing|ar|ct|ful|ual|ib|ab)ly")


def _opening_adverb(text: str, tok: tuple[int, int, str]) -> bool:
    """A capitalised -ly word that opens the phrase as an adverb: followed by a comma ("Similarly, Gould said") or a
    lower-case word, or with an adverb's ending ("Previously Redstone offered"); not a name ("Bally Mfg Co said")."""
    a, b, w = tok
    if not (w.endswith("ly") and is_cap(w)):
        return False
    after = text[b : b + 2]
    # a comma, a lower-case word ("Broadly defined M-3 figures"), or an adverb's ending
    return after[:1] == "," or after[1:].islower() or _ADVERB_ENDING.fullmatch(w) is not None


def _head_length(ctx: ArticleContext, toks: list[tuple[int, int, str]]) -> int:
    """Words before the first lower-case preposition that is not inside a capitalised name or a title."""
    for i, (_, _, w) in enumerate(toks):
        if _participle_after_noun(ctx, toks, i):
            return i  # "the communique issued during the day", "traders polled by Reuters": the noun heads
        if w not in PREPOSITIONS or i == 0:
            continue
        if w in NAME_JOINERS and is_cap(toks[i - 1][2]) and i + 1 < len(toks) and is_cap(toks[i + 1][2]):
            continue
        if any(
            (tm := ctx.lex.title_re.match(ctx.text, toks[j][0])) and tm.end() > toks[i][1]
            for j in range(max(0, i - 3), i)
        ):
            continue  # inside a title ("Chancellor of the Exchequer Nigel Lawson")
        return i
    return len(toks)


# the prepositions a participle's agent, time or place opens ("issued by", "polled in"); not "to", which follows a
# finite verb as often ("the spokesman declined to comment on ...")
_AFTER_PARTICIPLE = PREPOSITIONS - {"to", "of", "about", "against", "into"}


def _participle_after_noun(ctx: ArticleContext, toks: list[tuple[int, int, str]], i: int) -> bool:
    """A past participle after a speaker's noun, at the phrase's end or before a preposition: a reduced relative
    clause that modifies the noun ("a statement issued in Baghdad"), not the head."""
    w = toks[i][2]
    return (
        i > 0
        and w.islower()
        and w.endswith("ed")
        and (i == len(toks) - 1 or toks[i + 1][2] in _AFTER_PARTICIPLE)
        and ctx.lex.kind(w) is None
        # a cue's participle only before its agent ("the statement quoted by IRNA"); "Figures reported on Friday
        # suggest ...": the document rules read it
        and (not _past_cue(ctx.lex, w) or (i < len(toks) - 1 and toks[i + 1][2] == "by"))
        and ctx.lex.kind(toks[i - 1][2]) in ("role", "org", "source")
    )


def _reduced_relative(ctx: ArticleContext, ph: Phrase) -> bool:
    """A participle clause after the head noun that tells nothing of who speaks ("the communique issued during the
    day", "traders polled by Reuters"): the speaker's words end with the noun, as its role does."""
    i = ph.head
    if i >= len(ph.toks) or not _participle_after_noun(ctx, ph.toks, i):
        return False
    # a document's author or a body's leader names the voice ("a statement issued by the ministry", "a group led
    # by X"); the one who polled or reached people does not
    return i + 1 >= len(ph.toks) or ph.toks[i + 1][2] != "by" or ctx.lex.kind(ph.toks[i - 1][2]) == "role"


# a quantity of people: "36 percent", "sixty-six percent", "more than half", "three-quarters", "nine out of 10"
_HEDGE = r"(?:(?:nearly|almost|about|roughly|more\s+than|fewer\s+than|less\s+than|over|only|just|at\s+least)\s+)?"
_IN_TEN = r"(?:\w+|\d+)(?:-|\s+)(?:in|out\s+of)(?:-|\s+)(?:\d+|\w+)"  # "eight in 10", "nine out of ten"
_AMOUNT = (
    _HEDGE
    + r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)|"
    + _IN_TEN
    + r"|(?:(?:a|an|one|two|three)[\s-]+|(?:large|small|slim|narrow|overwhelming|vast|growing)\s+)"
    r"(?:third|quarter|fifth|half|majorit(?:y|ies)|minorit(?:y|ies)|number|handful|few|couple|group|dozen|lot)s?"
    r"|two-thirds|three-quarters|three-fourths|half|most|many|some|all|none|each|several|both|either|neither"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|\d[\d.,]*)"
)
# "36 percent of voters", "some of his aides", and "eight in 10 voters" (no "of")
_QUANTITY = re.compile(
    _AMOUNT + r"\s+of\s+(?:(?:the|his|her|their|its|our|these|those)\s+)?|" + _HEDGE + _IN_TEN + r"\s+", re.I
)
_QUANTITY_ALONE = re.compile(_AMOUNT + r"|others|a\s+few|few|a\s+majority", re.I)


def _quantity_alone(ctx: ArticleContext, toks: list) -> Speaker | None:
    """A quantity that speaks for a group: "many said", "59 percent said", "nearly nine out of 10 say"."""
    start, end = toks[0][0], toks[-1][1]
    if _QUANTITY_ALONE.fullmatch(ctx.text, start, end) is None:
        return None
    return Speaker(ctx.text[start:end], None, None, "role", plural=True, human=True)


def _past_cue(lex: Lexicon, word: str) -> bool:
    """A past form of a cue verb ("said", "told", "announced"): a verb, never part of a speaker's name."""
    cue = lex.cues.get(word.lower())
    return cue is not None and cue.type == "finite" and cue.form != cue.lemma and not cue.form.endswith("s")


# "A and P said": a name's initial, not the article ("A&P", "A and P")
_INITIAL_AND = re.compile(r"A(?:\s+and\s+|\s*&\s*)[A-Z]\b")


def _phrase(ctx: ArticleContext, toks: list[tuple[int, int, str]], end: int) -> Phrase | None:
    if not toks:
        return None
    first = toks[0][0]
    qm = _QUANTITY.match(ctx.text, first, end)
    if qm and qm.end() < end:  # "36 percent of voters", "some of his aides": the head is after "of"
        toks = [t for t in toks if t[0] >= qm.end()]
    definite = bool(toks) and toks[0][2].lower() == "the"
    had_det = False
    while toks and toks[0][2].lower() in DETERMINERS and not _INITIAL_AND.match(ctx.text, toks[0][0]):
        toks.pop(0)
        had_det = True
    if not toks or len(toks) > 18:
        return None
    # the speaker's words keep a quantity ("36 percent of voters") and the determiner of a participle
    # ("those surveyed"); a plain determiner goes ("the ministry" -> "ministry")
    participle = len(toks) == 1 and toks[0][2].endswith("ed")
    text_start = first if (qm and qm.end() < end) or (participle and had_det) else toks[0][0]
    last = toks[-1][2]
    if _POSSESSIVE_END.search(last) and last[-2:] in ("'s", "’s", "s'", "s’") and not _name_in_s(ctx, last, end):
        return None  # a possessive is not a subject ("Federal Industries Ltd's earlier announced ...")
    head = _head_length(ctx, toks)
    if any(w.islower() and (w in AUXILIARIES or _past_cue(ctx.lex, w)) for _, _, w in toks[:head]):
        return None  # a clause ("the team was led by ...", "the company said in its annual"), not a noun phrase
    return Phrase(toks, head, had_det, definite, text_start)


def _name_in_s(ctx: ArticleContext, last: str, end: int) -> bool:
    """ "Moody's said", "Lloyd's told", "Moody's noted that": a name ending in 's right before its verb is the subject;
    a regular past before a noun is an adjective after a possessive ("GM's announced plan")."""
    return is_cap(last) and last[-2:] in ("'s", "’s") and verb_after_name_in_s(ctx.text, end)


def parse_speaker(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    """Parse text[start:end] as a speaker phrase, or None when it does not look like one. Each phrase is parsed
    once per article; callers get their own copy, since later stages fill in a speaker's role and country."""
    key = (start, end)
    if key not in ctx.parsed:
        ctx.parsed[key] = _parse(ctx, start, end)
    found = ctx.parsed[key]
    return _copied(found) if found is not None else None


def _copied(sp: Speaker) -> Speaker:
    # what copy.copy makes of a dataclass, without its generic protocol (a third of the time of each parse reused)
    new = object.__new__(type(sp))
    new.__dict__.update(sp.__dict__)
    return new


def _parse(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    toks = _tokens(ctx, start, end)
    quantity = _quantity_alone(ctx, toks) if toks else None
    if quantity is not None:
        return quantity
    ph = _phrase(ctx, list(toks), end)
    if ph is None:
        return None
    if len(ph.toks) == 1 and ph.toks[0][2].lower() in SUBJECT_PRONOUNS:
        return Speaker(ph.toks[0][2].lower(), None, None, "pronoun")
    htoks = ph.head_toks
    if not htoks:
        return None
    hs, he = htoks[0][0], htoks[-1][1]
    mentions = ctx.mentions.inside(hs, he)
    state = any(ctx.lex.state(w) for _, _, w in ph.toks)
    if len(mentions) == 1 and mentions[0].start <= hs + 1 and mentions[0].end >= he - 2 and ph.head == len(ph.toks):
        m = mentions[0]  # a country, capital or state body alone speaks for itself
        return Speaker(m.surface, None, m.country, "country", state=True)
    last = htoks[-1][2]
    last_kind = ctx.lex.kind(last)
    ends_in_country = bool(mentions) and mentions[-1].end >= he - 1
    if is_cap(last) and (
        last_kind == "org" or (last.isupper() and len(last) > 1 and last_kind is None and not ends_in_country)
    ):
        return _person_of_body(ctx, start, end) or _organisation(ctx, ph, state)
    if (
        is_cap(last)
        and last_kind not in ("role", "source")
        and not (mentions and mentions[-1].end >= he - 2 and mentions[-1].start <= htoks[-1][0])
    ) or _capital_as_surname(ctx, htoks, mentions):
        return _named(ctx, ph, state, surname=mentions[-1] if mentions else None)
    if ph.head < len(ph.toks) and is_cap(ph.toks[-1][2]):
        found = name_after_post(ctx, ph.toks, ph.start, ph.end)
        if found is not None:  # "president of the employers' federation CNPF Ann Roe": the person, not the post
            name_start, name_end = found
            role = ctx.text[ph.start : name_start].strip(" ,")
            country = phrase_country(ctx, ph.start, ph.end, exclude=(name_start, name_end))
            return Speaker(ctx.text[name_start:name_end], role, country, "person", state=state, name_start=name_start)
    return _described(ctx, ph, mentions, state)


def _person_of_body(ctx: ArticleContext, start: int, end: int) -> Speaker | None:
    """ "oil analyst Doug Vale of Brown Nisker Ltd": a person named in full after a post, of a body, speaks (the
    body is in the role), not the body."""
    text = ctx.text[start:end]
    i = text.find(" of ")
    sp = _parse(ctx, start, start + i) if i > 0 else None
    if sp is None or sp.kind != "person" or " " not in sp.text or not sp.role:
        return None  # a post before the name: not "First Federal Savings of Arkansas FA"
    sp.role = f"{sp.role} {text[i + 1 :]}"
    return sp


def _organisation(ctx: ArticleContext, ph: Phrase, state: bool) -> Speaker:
    """A named organisation ("Japan Fund Inc", "the FHLBB"); an acronym introduced earlier by its name, as the name
    and the acronym the story goes on with ("Joint Chiefs of Staff (JCS)")."""
    last = ph.head_toks[-1][2]
    if len(ph.head_toks) == 1 and last.isupper() and ph.head == len(ph.toks):
        full = acronym_name(ctx, last, ph.start)
        if full is not None:  # "the Joint Chiefs of Staff (JCS) ... the JCS said"
            state = state or any(ctx.lex.state(w) for w in full[0].split())  # "Environmental Protection Agency"
            return Speaker(f"{full[0]} ({last})", None, full[1], "org", state=state)
    return Speaker(ctx.text[ph.start : ph.end], None, phrase_country(ctx, ph.start, ph.end), "org", state=state)


_PARTICLES = NAME_JOINERS - {"of", "for", "and", "the", "&"}  # the lower-case particles of a surname ("van der")


def _name_run_start(ctx: ArticleContext, htoks: list[tuple[int, int, str]]) -> int:
    """Where the capitalised run that ends the head starts, a title with lower-case words included."""
    i = len(htoks) - 1
    while i > 0 and (
        is_cap(htoks[i - 1][2])
        or (htoks[i - 1][2] in NAME_JOINERS and i > 1 and is_cap(htoks[i - 2][2]))
        or (htoks[i - 1][2] in _PARTICLES and i > 2 and htoks[i - 2][2] in _PARTICLES and is_cap(htoks[i - 3][2]))
    ):  # "Pieter van der Vorm": two particles of a surname
        i -= 1
    for j in range(max(0, i - 4), i):  # a title with lower-case words in it ("Chancellor of the Exchequer")
        tm = ctx.lex.title_re.match(ctx.text, htoks[j][0])
        if tm and tm.end() > htoks[i][0] and is_cap(htoks[j][2]):
            return j
    return i


def _peel_countries(ctx: ArticleContext, run: list[tuple[int, int, str]]) -> tuple[list, bool]:
    """Countries and possessives off the front of a name run ("Japanese Foreign Minister Taro Kono",
    "Japan's Abe"); True when the run is an organisation's name that starts with a country ("Japan Fund")."""
    text = ctx.text
    while run:
        found = ctx.mentions.inside(run[0][0], run[-1][1])
        if not (found and found[0].start == run[0][0]):
            break
        k = 0
        while k < len(run) and run[k][0] < found[0].end:
            k += 1
        poss = text[found[0].end : found[0].end + 2] in ("'s", "’s")
        # "Japanese Foreign Minister", and a post written capitalised ("U.S. Delegate Ann Roe"): not "Japan Fund"
        titled = k < len(run) and (
            ctx.lex.title_re.match(text, run[k][0]) is not None
            or (ctx.lex.kind(run[k][2]) == "role" and k + 2 < len(run) and is_cap(run[k + 1][2]))
        )
        if not (poss or titled):
            return run, True
        run = run[k:]
    return run, False


def _title_cut(ctx: ArticleContext, run: list[tuple[int, int, str]]) -> int:
    """How many words of the run are titles: everything up to the last title is the role."""
    text = ctx.text
    cut = k = 0
    while k < len(run):
        tm = ctx.lex.title_re.match(text, run[k][0])
        if tm and tm.end() <= run[-1][1] and (tm.end() >= len(text) or not text[tm.end()].isalnum()):
            while k < len(run) and run[k][0] < tm.end():
                k += 1
            cut = k
            continue
        k += 1
    return _portfolio_end(ctx, run, cut) if cut else cut


def _portfolio_end(ctx: ArticleContext, run: list[tuple[int, int, str]], cut: int) -> int:
    """Past the portfolio a title is given with "for" ("Minister of State for Textiles R.N. Roe", "for Finance and
    Industry"): its first word, and words joined by "and" or that titles name portfolios with ("Foreign Affairs")."""
    if cut + 1 >= len(run) or run[cut][2] != "for" or not is_cap(run[cut + 1][2]):
        return cut
    k = cut + 2
    while k < len(run):
        if run[k][2] in ("and", "&") and k + 1 < len(run) and is_cap(run[k + 1][2]):
            k += 2
        elif run[k][2] in ctx.lex.portfolio_words:
            k += 1
        else:
            break
    return k


def _not_a_name(ctx: ArticleContext, ph: Phrase, name_toks: list) -> bool:
    found = [w for _, _, w in name_toks]
    return (
        any(ctx.lex.kind(w) in ("org", "source") for w in found)
        or len(name_toks) > 5
        or any(w in CALENDAR for w in found)
        or found[0].lower() in SUBJECT_PRONOUNS
        or not all(is_cap(w) or w in NAME_JOINERS for w in found)
        or (ph.had_det and len(ph.toks) == len(name_toks))
    )


def _capital_as_surname(ctx: ArticleContext, htoks: list, mentions: list) -> bool:
    """ "marketing manager Deogracias Madrid": a capital's name after a first name is a surname, not a government."""
    if len(htoks) < 2 or not mentions or mentions[-1].kind != "capital" or mentions[-1].start != htoks[-1][0]:
        return False
    first = htoks[-2][2]
    return (
        is_cap(first)
        and first.isalpha()
        and not first.isupper()
        and ctx.lex.kind(first) is None
        and not ctx.lex.title_re.fullmatch(first)
        and not ctx.mentions.inside(htoks[-2][0], htoks[-2][1])
        and first not in SENTENCE_OPENERS
        and first.lower() not in PREPOSITIONS
    )


def _named(ctx: ArticleContext, ph: Phrase, state: bool, surname=None) -> Speaker | None:
    """The head ends in a capitalised run: a person's name (with its role and country), or an organisation's."""
    text, htoks = ctx.text, ph.head_toks
    whole = text[ph.start : ph.end]
    if len(htoks) > 1 and known_company(ctx, text[htoks[0][0] : htoks[-1][1]], whole=True):
        # "General Acquisition said" after "General Acquisition Co": a company's short name, not General Acquisition
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    start = _name_run_start(ctx, htoks)
    if surname is not None and surname.start == htoks[-1][0] and start == len(htoks) - 1:
        start -= 1  # the run stopped at the capital: the first name before it is part of the name
    run, org_like = _peel_countries(ctx, htoks[start:])
    if org_like:
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    cut = _title_cut(ctx, run)
    if (
        not cut
        and len(run) > 2
        and run[0][0] > htoks[start][0]
        and ctx.lex.kind(run[0][2]) == "role"
        and is_cap(run[1][2])
    ):
        cut = 1  # after a country, a post written capitalised: "U.S. Delegate Ann Roe"
    name_toks = run[cut:]
    if not name_toks:  # only a title: "the President said"; bare ("King said", "Pope said") a surname: a person
        country = phrase_country(ctx, ph.start, ph.end)
        bare = not ph.had_det and len(htoks) == 1
        return Speaker(whole, whole, country, "role", state=state, human=bare, definite=ph.definite)
    if _not_a_name(ctx, ph, name_toks):
        if not any(is_cap(w) for _, _, w in name_toks):
            return None
        return Speaker(whole, None, phrase_country(ctx, ph.start, ph.end), "org", state=state)
    name_start, name_end = name_toks[0][0], name_toks[-1][1]
    hs = htoks[0][0]
    role = text[hs:name_start].strip(" ,")
    lead = ctx.mentions.inside(hs, name_start)
    if lead and lead[0].start == hs:  # the role starts after a leading country ("Japan's foreign ministry spokesman")
        role = _POSS_LEAD.sub("", text[lead[0].end : name_start]).strip(" ,")
    country = phrase_country(ctx, ph.start, ph.end, exclude=(name_start, name_end))
    name = text[name_start:name_end]
    body = role and _org_only(ctx, role, name) and not ctx.mentions.inside(name_start, name_end)
    kind = "org" if body and not place_country(name) else "person"  # "the trade paper Automotive News"
    return Speaker(name, role, country, kind, state=state, name_start=name_start)


_PARTS = re.compile(r"[\s-]+")


def _org_only(ctx: ArticleContext, role: str, name: str) -> bool:
    """Whether the words before a name end in a body's word and no person's post is among them or in the name
    ("trade paper", "the state oil company"; not "bank Vice-President", "National Bank first vice-president")."""
    parts = [w for w in _PARTS.split(role) if w]
    kinds = [ctx.lex.kind(fold(w)) or ctx.lex.kind(w) for w in parts + _PARTS.split(name)]
    if not parts or kinds[len(parts) - 1] != "org" or {"role", "title"} & set(kinds):
        return False
    return all(is_cap(w) or w in NAME_JOINERS for w in name.split())  # a name, not "said in its daily operations"


def _described(ctx: ArticleContext, ph: Phrase, mentions: list, state: bool) -> Speaker | None:
    """The head ends in a common noun: an unnamed speaker described by its role ("the Japanese officials")."""
    lex, text, htoks = ctx.lex, ctx.text, ph.head_toks
    named = [any(m.start <= a and b <= m.end for m in mentions) for a, b, _ in htoks]
    joined = [w in ("and", "&") and not inside for (_, _, w), inside in zip(htoks, named)]
    # "Japan and South Korea": countries listed, however many words their names take
    listed = any(joined) and all(j or inside for j, inside in zip(joined, named))
    if not any(lex.kind(w) in ("role", "org", "source", "title") for _, _, w in htoks):
        quantified = ph.text_start < ph.start  # "more than half of respondents"
        agents = len(htoks) <= 2 and AGENT_PLURAL.fullmatch(htoks[-1][2]) is not None and htoks[0][2].isalpha()
        if not ((ph.had_det or mentions or quantified or agents) and (len(htoks) <= 3 or listed)):
            return None
    hs, he = htoks[0][0], htoks[-1][1]
    role = text[hs:he]
    if mentions and mentions[0].start == hs:
        role = None if listed else _POSS_LEAD.sub("", text[mentions[0].end : he]).strip() or None
    last = htoks[-1][2]
    plural = (
        last.lower().endswith("s") and lex.kind(last) in ("role", "org", "source") and not last.lower().endswith("ss")
    )
    human = lex.kind(last) in ("role", "title")
    country = phrase_country(ctx, ph.start, ph.end)
    definite = ph.definite and not mentions
    end = he if _reduced_relative(ctx, ph) else ph.end
    return Speaker(
        text[ph.text_start : end], role, country, "role", state=state, plural=plural, human=human, definite=definite
    )
