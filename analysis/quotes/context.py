"""What every quote stage reads about one article, built once: the text, its quotations and units, the text
with quotations masked, the country mentions and the dateline."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import datelines
from ..text.countries import Mention, find_mentions
from ..text.organisations import dateline_place_country
from ..text.rule_tables import read_table
from ..text.sentences import SENTENCE_STARTERS, paragraph_spans, sentence_spans
from ..text.words import COUNTRY_INITIALS
from .inner_datelines import inner_datelines
from .lexicon import Lexicon
from .marks import is_term, merge_units, pair_marks
from .records import Quotation, Unit
from .tokens import MASK

# a party-state tag after a lawmaker's name: "(D-N.Y.)", "(R-Calif.)", "(I-Vt.)", "(R)"
PARTY_TAG = re.compile(r"\s?\((?:[DRI]|Dem|Rep|Ind)(?:[-–—.]\s?[A-Z][A-Za-z.]{0,12})?\)")
# the same tag set off in commas after a capitalised name: "Rep. Ann Lee, R-N.Y., said" (the AP's style)
COMMA_PARTY_TAG = re.compile(r"(?<=[a-z]),\s(?:[DRI])-[A-Z][A-Za-z.]{0,12}(?=,\s)")
# "Acme Savings of Bristol, Va., said", "Ann Roe, a Providence, R.I., surgeon, said": a U.S. state after its town,
# the town an adjective in an apposition or after "of" (not "he and a Tampa, Fla., firm he controls called ...")
_ADJECTIVE_TOWN = re.compile(r"(?:,|\bof)\s+(?:a|an)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$")


@lru_cache(maxsize=1)
def _comma_state() -> re.Pattern:
    """ ", Va.", ", Texas", ", Alberta" and the like: a comma, then a place of organisations.csv (a U.S. state's
    abbreviation, a state, a province or a city), then a comma or a lower-case word ("a Cresskill, N.J. dealer")."""
    names = [r["name"].strip() for r in read_table("organisations.csv") if r["kind"].strip() == "place"]
    return re.compile(r",\s(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?=,\s|\s[a-z])")


# the capitalised word a town ends with, right before the comma of its state or country ("Fort Worth", "Osaka")
_TOWN_END = re.compile(r"[A-Z][\w.’'-]*$")


# a lower-case agent noun ("investor", "financier", "developer"), not an adverb or preposition in -er
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|man)")
_NOT_AGENTS = frozenset({"earlier", "later", "after", "under", "over", "however", "never", "rather", "further"})


def _noun_after(text: str, at: int, lex: Lexicon) -> bool:
    """The word at ``at`` is a person's or a body's noun, which the town before it modifies ("Cincinnati, Ohio,
    financier Ann Roe", "the Akron, Ohio, company")."""
    m = re.match(r"[a-z]+\b", text[at : at + 30])
    if m is None or m.group() in _NOT_AGENTS or m.group() in lex.cues:
        return False
    return lex.kind(m.group()) in ("role", "org") or _AGENT_NOUN.fullmatch(m.group()) is not None


def _blank_states(text: str, chars: list[str], mentions: list[Mention], lex: Lexicon) -> None:
    """A town's state or country set off in commas is no piece of the phrase ("Acme of Bristol, Va., said", "a group of
    Fort Worth, Texas, which ...", "Hiro Corp of Osaka, Japan, said": the speaker is no "Va.", "Texas" or "Japan"):
    blank it and the comma before it, and the comma after it too where the town is an adjective ("a Providence,
    R.I., surgeon", "Cincinnati, Ohio, financier Ann Roe": "a Providence surgeon")."""
    spans = [(m.start(), m.end()) for m in _comma_state().finditer(text)]
    spans += [
        (m.start - 2, m.end)
        for m in mentions
        if text[m.start - 2 : m.start] == ", " and text[m.end : m.end + 2] == ", "
    ]
    named = {m.start for m in mentions if m.kind != "capital"}  # a capital is a town ("Tokyo, Japan")
    for start, end in spans:
        town = _TOWN_END.search(text, max(0, start - 30), start)
        if town is None or town.start() in named:
            continue  # not a list of countries ("Britain, France, Italy")
        adjective = _ADJECTIVE_TOWN.search(text, max(0, start - 60), start) is not None
        if text[end : end + 1] != ",":  # "a Cresskill, N.J. securities dealer": no comma after the state
            if not adjective:
                continue
        elif adjective or _noun_after(text, end + 2, lex):
            end += 1
        chars[start:end] = " " * (end - start)


_ACRONYM_BRACKET = re.compile(r"(?<=\w )\([A-Z][\w.&/-]*(?:\s[A-Z][\w.&/-]*){0,2}\)")
# an HTML or XML tag (a lower-case name, attributes): a wire's <COMPANY Ltd> in capitals is a name and stays
# whose attribute values are short (an id, a name, a date, a link), so a tag broken by a page's text stays text
_MARKUP = re.compile(r"</?[a-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]{0,80}\"|'[^'<>]{0,80}'|[^\s<>]+))?)*\s*/?>")
_TYPO_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=s\b|[a-z])')
# quotation marks typed as two apostrophes, as some newspapers' systems write them (''We will win,'' she said)
_TWO_APOSTROPHES_OPEN = re.compile(r"(?<![\w'’])''(?=[^\s'])")
_TWO_APOSTROPHES_CLOSE = re.compile(r"(?<=[^\s'])''(?![\w'])")
# "SEOUL, Sept. 3 (Yonhap) --", "WASHINGTON (AP) —", "Seoul (AFP) –", "ISLAMABAD/NEW DELHI, Nov 4 (Reuters) -"


class Mentions:
    """The article's country mentions (those with a country), sorted, for range look-ups."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = mentions
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]  # mentions never overlap, so these are sorted too

    def inside(self, start: int, end: int) -> list[Mention]:
        """Mentions within [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def last_ending_by(self, pos: int) -> Mention | None:
        """The last mention that ends at or before ``pos``."""
        k = bisect.bisect_left(self.ends, pos + 1) - 1
        return self.items[k] if k >= 0 else None


@dataclass(frozen=True)
class Dateline:
    """The dateline of a story: where it stands in the text (0, 0 when it came from the record's field, not
    the text), and the country of its place when it names one."""

    start: int
    end: int
    country: str | None
    seat: bool = False  # the place is a capital ("TOKYO"), not a market or company town ("NEW YORK", "HAMBURG")


@dataclass
class ArticleContext:
    """One article as the quote stages read it."""

    original: str  # the text as given: rows quote it
    text: str  # the same, a typo mark between letters read as an apostrophe (same offsets)
    masked: str  # quotations masked with "|", so cue words inside quotes are never cues
    lex: Lexicon
    paragraphs: list[tuple[int, int]]
    quotations: list[Quotation]  # speech in marks
    terms: list[Quotation]  # a writer's name or term in marks: never a quote
    units: list[Unit]
    mentions: Mentions
    dateline: Dateline | None
    day: str = ""  # the publication date (ISO), as country names are read
    title: str = ""  # the headline ("ACME CORP <ACME> SAYS ..."): a company story names its company there
    inner: list[tuple[int, int, str]] = field(default_factory=list)  # a round-up's item datelines (inner_datelines)

    def __post_init__(self) -> None:
        self.unit_starts = [u.start for u in self.units]
        self.parsed: dict[tuple[int, int], object] = {}  # speaker phrases parsed so far (speakers.parse_speaker)
        self.memo: dict[object, object] = {}  # what homes.py found once per article (company names, descriptions)
        self._trails: dict[str, re.Match | None] = {}

    def trail(self, left: str) -> re.Match | None:
        """``lex.trail(left)``, once per text: subjects and reported speech ask about the same stretch
        before a cue again (every other search on the corpus), and a miss scans the whole stretch."""
        if left not in self._trails:
            self._trails[left] = self.lex.trail(left)
        return self._trails[left]

    def cues(self, start: int, end: int) -> list[re.Match]:
        """Cue words of the masked text within [start, end) (the article is scanned once)."""
        if not hasattr(self, "_cue_matches"):
            self._cue_matches = list(self.lex.cue_re.finditer(self.masked))
            self._cue_starts = [m.start() for m in self._cue_matches]
        i = bisect.bisect_left(self._cue_starts, start)
        j = bisect.bisect_left(self._cue_starts, end, i)
        return [m for m in self._cue_matches[i:j] if m.end() <= end]

    def unit_at(self, pos: int) -> Unit | None:
        """The unit holding ``pos``."""
        k = bisect.bisect_right(self.unit_starts, pos) - 1
        if k < 0:
            return None
        unit = self.units[k]
        return unit if pos < unit.end else None

    def inner_dateline_at(self, pos: int) -> str | None:
        """The country of the round-up item's own dateline ("ROME - ...") that ``pos`` stands under, if any."""
        k = bisect.bisect_right([s for s, _, _ in self.inner], pos) - 1
        return self.inner[k][2] if k >= 0 else None

    def unit_before(self, start: int) -> Unit | None:
        """The unit before the one starting at ``start``."""
        k = bisect.bisect_left(self.unit_starts, start) - 1
        return self.units[k] if k >= 0 else None


# a short lower-case remark in brackets after a capitalised post, before the body the post is held at
_POST_REMARK = re.compile(r"\b[A-Z][a-z]+ (\([a-z][a-z ]{0,25}\))(?=\s+(?:of|for|at)\s)")


def _masked(
    text: str,
    quotations: list[Quotation],
    terms: list[Quotation],
    mentions: list[Mention],
    lex: Lexicon,
    inner: list[tuple[int, int, str]],
) -> str:
    chars = list(text)
    for q in terms:  # a term stays readable: only its marks go
        chars[q.open_mark] = " "
        if q.close_mark - 1 > q.open_mark and text[q.close_mark - 1] in '"”»':
            chars[q.close_mark - 1] = " "
    for q in quotations:  # a slice at once, not character by character
        end = min(q.close_mark, len(text))
        if end > q.open_mark:
            chars[q.open_mark : end] = MASK * (end - q.open_mark)
    if "-" in text:
        for tag in COMMA_PARTY_TAG.finditer(text):  # the tag and the comma before it: "Rep. Ann Lee, said"
            chars[tag.start() : tag.end()] = " " * (tag.end() - tag.start())
    _blank_states(text, chars, mentions, lex)
    for start, end, _ in inner:  # "BAHIA BLANCA, Argentina - Pope John Paul began ..., saying": the Pope speaks
        chars[start:end] = " " * (end - start)
    if "(" not in text:
        return "".join(chars)  # both patterns below need a bracket, which most stories lack: skip their scans
    for tag in PARTY_TAG.finditer(text):  # "Sen. Ann Lee (D-N.Y.) said": the tag is no part of the speaker
        chars[tag.start() : tag.end()] = " " * (tag.end() - tag.start())
    for remark in _POST_REMARK.finditer(text):  # "Executive Vice President (commercial) of Acme": within the post
        chars[remark.start(1) : remark.end(1)] = " " * (remark.end(1) - remark.start(1))
    # an acronym in brackets after a name ("the Asian Development Bank (ADB) said") is part of the name
    for am in _ACRONYM_BRACKET.finditer(text):
        if chars[am.start()] == "(":
            chars[am.start()] = chars[am.end() - 1] = " "
    return "".join(chars)


def dateline_field_country(place: str, day: str = "") -> str | None:
    """The country of a dateline's place: a city or U.S. state of organisations.csv ("BRATTLEBORO, Vermont"), else
    a part that is a country's name ("VERSAILLES, FRANCE", "TAUPO, New Zealand"), as a reader of the dateline sees."""
    found = dateline_place_country(place, day)
    if found is not None:
        return found
    for part in place.split(",")[1:3]:  # the first part is the town; a country follows it
        part = part.strip(" -—–")
        part = part.title() if part.isupper() else part  # datelines may write the country in capitals
        if not part or part[0].isdigit():
            continue
        hits = find_mentions(part, day)
        if len(hits) == 1 and hits[0].kind in ("name", "short") and hits[0].end - hits[0].start == len(part):
            return hits[0].country
    return None


def qualified_place_country(place: str, day: str = "") -> str | None:
    """The country of the state or province a dateline names after its town ("SAN JOSE, Calif., Feb 26" -> United
    States, whatever other country has a town of that name), by the places of organisations.csv; None without one."""
    parts = place.split(",")
    return dateline_place_country(parts[1], day) if len(parts) > 2 else None


def find_dateline(
    text: str, paragraphs: list[tuple[int, int]], day: str = "", country: str | None = None, place: str = ""
) -> Dateline | None:
    """The dateline that opens the body ("SEOUL, Sept. 3 (Yonhap) --"), else the one the loader read from the
    record (``country``, its country; ``place``, its words)."""
    found = datelines.in_text(text, paragraphs)
    if found is not None:  # a city the gazetteer does not place ("NEW YORK"): the places of organisations.csv
        where = datelines.place_country(found.place, day) or dateline_field_country(text[found.start : found.end], day)
        return Dateline(found.start, found.end, where, _is_seat(found.place, day))
    return Dateline(0, 0, country, _is_seat(place, day)) if country else None


def _is_seat(place: str, day: str) -> bool:
    """A dateline's town is a capital of the gazetteer (datelines write it in capitals: "TOKYO, March 3")."""
    town = place.split(",")[0].strip()
    return any(m.kind == "capital" for m in find_mentions(town.title() if town.isupper() else town, day))


_ELLIPSIS_ITEM = re.compile(r"\.{3,}(?=[A-Z])|\.{4,}\s+(?=[A-Z])")


def _split_at_ellipses(text: str, sents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """ "..., a spokesman said...Taiwan bought ...": market-talk wire copy runs its items together with three dots
    and no space; each item is a sentence of its own (Punkt reads on through them)."""
    out = []
    for p, s, e in sents:
        for m in _ELLIPSIS_ITEM.finditer(text, s, e):
            if m.start() > s:
                out.append((p, s, m.end()))
            s = m.end()
        out.append((p, s, e))
    return out


# a firm's or person's initials after a lower-case word, which Punkt takes for a sentence's end when a line break
# follows ("said Johnson of L.F.\nRothschild.", "according to spokesman I.C.\nFerrier."); not a place's initials
_INITIALS_END = re.compile(r"(?<=[a-z] )(?:[A-Z]\.){2,3}\s*$")
_INITIALS_MID = re.compile(r"[a-z] (?:[A-Z]\.){2,3} [A-Z]")  # initials inside a line, a name going on after them
_PLACE_INITIALS = COUNTRY_INITIALS | {"D.C.", "U.S.S.R."}  # a place's initials end no name
_NAME_GOES_ON = re.compile(r"[A-Z][\w&'’-]*")


def _join_at_initials(text: str, sents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A sentence cut after a name's initials joins the next one in its paragraph, whose first word goes on with
    the name ("L.F. Rothschild"); a sentence opener ("The", "He") after them stays a new sentence."""
    out: list[tuple[int, int, int]] = []
    for p, s, e in sents:
        if out and out[-1][0] == p and _cut_at_initials(text, out[-1][1], out[-1][2], s):
            out[-1] = (p, out[-1][1], e)
        else:
            out.append((p, s, e))
    return out


def _cut_at_initials(text: str, s: int, e: int, nxt: int) -> bool:
    m = _INITIALS_END.search(text, max(s, e - 12), e)
    if m is None or m.group().strip() in _PLACE_INITIALS:
        return False
    w = _NAME_GOES_ON.match(text, nxt)
    return w is not None and w.group().lower() not in SENTENCE_STARTERS


# a given name and a middle initial: a country's name after them is a surname ("David M. Holland", "Ann C. Jordan")
_GIVEN_AND_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+\s[A-Z]\.\s$")


def _in_name(text: str, start: int) -> bool:
    """A country mention that ends a person's name written with a middle initial: no country."""
    return text[start - 2 : start - 1] == "." and bool(_GIVEN_AND_INITIAL.search(text, max(0, start - 20), start))


def build_context(
    original: str,
    lex: Lexicon,
    day: str = "",
    dateline_country: str | None = None,
    title: str = "",
    dateline_place: str = "",
) -> ArticleContext:
    """Read one article's text into the context every stage shares; country names are read as on ``day``
    (the publication date, ISO), ``dateline_country`` is the loader's, for a dateline outside the text (with
    ``dateline_place``, its words), and ``title`` the headline."""
    # a straight double mark between letters is a typo for an apostrophe ("Japan"s"): read it as one;
    # two apostrophes are a quotation mark. Each replacement keeps the length, so every offset holds.
    text = _TYPO_APOSTROPHE.sub("'", original) if '"' in original else original  # most stories have no straight mark
    if "''" in text:
        text = _TWO_APOSTROPHES_CLOSE.sub('" ', _TWO_APOSTROPHES_OPEN.sub(' "', text))
    if "</" in text or '="' in text:  # markup left in a web page's text ("<tweet id="...">"): no words, no marks
        text = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    paragraphs = paragraph_spans(text)
    marks = pair_marks(text, paragraphs)
    terms = [q for q in marks if is_term(text, q, lex)]
    quotations = [q for q in marks if q not in terms]
    sents = sentence_spans(text)
    if "..." in text:
        sents = _split_at_ellipses(text, sents)
    if ".\n" in text or _INITIALS_MID.search(text):  # Punkt cuts after initials ("for E.F. Hutton said")
        sents = _join_at_initials(text, sents)
    units = merge_units(text, sents, quotations, lex)
    mentions = [m for m in find_mentions(text, day) if m.country and not _in_name(text, m.start)]
    inner = inner_datelines(text, day)
    masked = _masked(text, quotations, terms, mentions, lex, inner)
    return ArticleContext(
        original=original,
        text=text,
        masked=masked,
        lex=lex,
        paragraphs=paragraphs,
        quotations=quotations,
        terms=terms,
        units=units,
        mentions=Mentions(mentions),
        dateline=find_dateline(text, paragraphs, day, dateline_country, dateline_place),
        day=day,
        title=title,
        inner=inner,
    )
