"""Quote attribution: direct, partial and reported speech, with speaker, role and country.

Why hand-written rules rather than a parser: spaCy needs model downloads and NLTK's taggers need data
packages, neither of which the project may fetch; news attribution follows a small, stable set of
patterns ("“…,” X said", "X said (that) …", "…, according to X", "…, saying …") that precompiled regular
expressions find quickly (well over 500 articles/s) and transparently. The vocabulary (cue verbs, titles,
role nouns) lives in ``data/cue_verbs.csv`` and ``data/speaker_roles.csv`` so a reader can extend it
without touching the logic; the only words in this file are closed grammatical classes (pronouns,
determiners, auxiliaries, conjunctions, prepositions) and calendar names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .countries import Mention, country_name, find_mentions
from .guard import ArticleErrors
from .sentences import paragraph_spans, sentence_spans
from .tables import read_table

QUOTE_COLUMNS = [
    "article_id",
    "kind",
    "quote",
    "start",
    "end",
    "speaker",
    "speaker_role",
    "speaker_country",
    "cue",
    "sentence",
    "uncertain",
]

# --- closed grammatical classes -------------------------------------------------------------------
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "some",
    "one",
    "two",
    "three",
    "several",
    "many",
    "other",
    "another",
    "both",
    "all",
    "any",
}
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
_AUX = {
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "has",
    "have",
    "had",
    "does",
    "did",
    "do",
    "be",
    "been",
    "being",
    "shall",
    "won't",
    "can't",
    "cannot",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "doesn't",
    "didn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
}
_PASSIVE = {"is", "are", "was", "were", "be", "been", "being", "to"}  # "was told to", "is said to", "to say"
# sentence openers that stand before a subject without being part of it
_OPENERS = {
    "but",
    "and",
    "however",
    "yet",
    "so",
    "also",
    "meanwhile",
    "earlier",
    "later",
    "separately",
    "still",
    "now",
    "then",
    "instead",
    "moreover",
    "furthermore",
    "finally",
    "indeed",
    "thus",
    "too",
    "nonetheless",
    "nevertheless",
    "elsewhere",
    "today",
    "yesterday",
    "although",
    "though",
    "while",
    "whereas",
    "because",
    "since",
    "when",
    "if",
}  # "Although the bank said ..."
_PREPOSITIONS = {
    "at",
    "of",
    "for",
    "from",
    "in",
    "with",
    "on",
    "by",
    "to",
    "about",
    "against",
    "over",
    "under",
    "into",
    "between",
    "among",
    "after",
    "before",
    "during",
}
_TOPIC_PREPOSITIONS = {"for", "about", "on", "against", "with", "to", "into", "over", "between", "among"}
_NAME_JOINERS = {"of", "for", "and", "de", "la", "le", "van", "von", "der", "bin", "al", "the", "&"}
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_CALENDAR = set(_WEEKDAYS.split("|")) | set(_MONTHS.split("|"))

_OPEN_MARKS = "“„«‟"
_CLOSE_MARKS = "”»"
_MARK = re.compile(r'["“”„«»‟]')
_WORD = re.compile(r"[\w’'.&-]+")
_SPACE = re.compile(r"\s+")
_MASK = "|"
_POSS_LEAD = re.compile(r"^(?:[’'](?:s\b)?)?\s*")  # the possessive left after a country ("Kremlin's spokesman")


def _yes(v: str) -> bool:
    return (v or "").strip().lower() in ("yes", "y", "true", "1")


@dataclass(frozen=True)
class Cue:
    """One cue form from cue_verbs.csv."""

    form: str
    lemma: str
    reported: bool
    partial: bool
    needs_clause: bool
    type: str
    obj: str = ""  # "of" (accused X of ...) | "to" (urged X to ...) | "on-to" (called on X to ...)
    subject: str = ""  # "source": only a document, figures, study or medium speaks with it ("data showed")


@dataclass
class Lexicon:
    """Cue verbs and speaker words from the data tables, with the regexes built from them."""

    cues: dict[str, Cue]
    titles: list[str]
    words: dict[str, tuple[str, bool]]  # lower-case role/org/source/medium word -> (kind, state)
    posts: dict[str, str] = field(
        default_factory=dict
    )  # title (as written) or role word (lower) -> iso3 of its one government
    cue_re: re.Pattern = field(init=False)
    title_re: re.Pattern = field(init=False)
    intro_re: re.Pattern = field(init=False)
    after_cue_re: re.Pattern = field(init=False)
    trail_re: re.Pattern = field(init=False)

    def __post_init__(self) -> None:
        forms = sorted(self.cues, key=len, reverse=True)
        alts = "|".join(re.escape(f) for f in forms)
        caps = "|".join(re.escape(f[0].upper() + f[1:]) for f in forms if self.cues[f].type == "phrase")
        self.cue_re = re.compile(rf"(?<![\w-])(?:{alts}{'|' + caps if caps else ''})(?![\w-])")
        intro = sorted(set(self.titles) | {w for w, (k, _) in self.words.items() if k == "role"}, key=len, reverse=True)
        # a title or role word right before a name introduces a person ("spokesman Norio Maruyama")
        self.intro_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in intro) + r")(?=,?\s+[A-Z])")
        self.title_re = re.compile(
            r"(?:" + "|".join(re.escape(t) for t in sorted(self.titles, key=len, reverse=True)) + r")(?![\w])"
        )
        media = "|".join(
            sorted((w for w, (k, _) in self.words.items() if k in ("medium", "source")), key=len, reverse=True)
        )
        # where and when the words were said, between the cue and the reported content
        setting = (
            rf"(?:late\s+|early\s+)?on\s+(?:{_WEEKDAYS}|(?:{_MONTHS})\.?\s+\d{{1,2}})"
            rf"|(?:last|this|next)\s+(?:week|month|year|weekend|night|morning|{_WEEKDAYS}|{_MONTHS})"
            rf"|(?:earlier|later)(?:\s+(?:on\s+)?(?:{_WEEKDAYS}|today|this\s+week|this\s+month|in\s+the\s+day))?"
            r"|today|yesterday|tonight|overnight|again|also|repeatedly|separately|publicly|privately|recently|before|previously"
            rf"|(?:in|at|during|after)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{media})s?"
            r"(?:\s+(?:with|to|on|by|posted|released|published|issued|carried|in|at)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+(?=\s*,))?"
            r"|(?:in|from)\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?"
            r"|(?:on|via)\s+(?:Twitter|Facebook|television|radio|state\s+(?:television|TV|radio|media))"
            r"|through\s+(?:a|an|his|her|its|their)\s+spokes\w+"
            r"|to\s+(?:reporters|journalists|the\s+press|Reuters|lawmakers|parliament)"
        )
        self.after_cue_re = re.compile(rf"(?:\s*,?\s*(?:{setting})(?![\w]))+\s*,?")
        self.trail_re = re.compile(
            rf"(?:\s*,?\s+(?:{setting}|has|have|had|would|will|had|also|did|does|do|again|then|once|\w+ly)(?![\w]))+\s*$"
        )

    def post_country(self, role: str | None) -> str | None:
        """The iso3 of the one government a post belongs to, when the role ends with such a title or word
        ("Treasury Secretary", "Sen.", "senators"); None for posts that many countries have."""
        if not role or not self.posts:
            return None
        role = role.strip(" ,")
        for post, iso3 in self.posts.items():
            if post[:1].isupper():
                if role == post or role.endswith(" " + post):
                    return iso3
            else:
                last = role.rsplit(None, 1)[-1].lower() if role.split() else ""
                if last == post:
                    return iso3
        return None

    def kind(self, word: str) -> str | None:
        w = word.lower().rstrip(".").replace("’", "'")
        k = self.words.get(w)
        if k is None and len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "'s")):
            k = self.words.get(w[:-1])  # a plural the table lacks ("groups")
            if k is not None and k[0] not in ("role", "org", "source"):
                k = None
        return k[0] if k else None

    def state(self, word: str) -> bool:
        k = self.words.get(word.lower().rstrip("."))
        return bool(k and k[1])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the cue and speaker tables once (read-only)."""
    cues = {}
    for r in read_table("cue_verbs.csv"):
        form = r["form"].strip()
        cues[form] = Cue(
            form,
            r["lemma"].strip(),
            _yes(r["reported"]),
            _yes(r["partial"]),
            _yes(r["needs_clause"]),
            (r.get("type") or "finite").strip(),
            (r.get("object") or "").strip(),
            (r.get("subject") or "").strip(),
        )
    titles, words, posts = [], {}, {}
    for r in read_table("speaker_roles.csv"):
        w, kind, state = r["word"].strip(), r["kind"].strip(), _yes(r["state"])
        iso3 = (r.get("country") or "").strip()
        if iso3:
            posts[w if kind == "title" else w.lower()] = iso3
        if kind == "title":
            titles.append(w)
            words.setdefault(w.lower().rstrip("."), ("title", state))
        else:
            words[w.lower()] = (kind, state)
    return Lexicon(cues, titles, words, posts)


# --- data structures -------------------------------------------------------------------------------
@dataclass
class Speaker:
    """A parsed speaker phrase."""

    text: str | None
    role: str | None
    country: str | None
    kind: str  # person | role | org | country | pronoun
    state: bool = False
    plural: bool = False
    human: bool = False  # an unnamed person ("the official"), who can be "he" or "she" later
    definite: bool = False  # "the official", "the ministry": may refer back to one met before


@dataclass
class QSpan:
    """Content between a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int  # position after the closing mark (or the paragraph end)
    para: int
    uncertain: bool = False
    continues: bool = False  # left open at the paragraph's end; the next paragraph opens with a mark
    continued: bool = False  # opens a paragraph right after a quote left open
    kind: str = ""
    speaker: Speaker | None = None
    cue: str | None = None
    row: int | None = None


# --- quotation marks -------------------------------------------------------------------------------
def _pair_marks(text: str, paras: list[tuple[int, int]]) -> list[QSpan]:
    """Pair quotation marks paragraph by paragraph; never raises on unbalanced marks."""
    spans: list[QSpan] = []
    prev_open_at_end = False
    for p, (ps, pe) in enumerate(paras):
        open_pos = None
        first = True
        for m in _MARK.finditer(text, ps, pe):
            i, ch = m.start(), m.group()
            nxt = text[i + 1] if i + 1 < pe else " "
            prev = text[i - 1] if i > ps else " "
            if ch == '"' and prev.isalpha() and nxt.isalpha():
                first = False
                continue  # a typo for an apostrophe ("Indonesia"s"), never a quotation mark
            if ch in _OPEN_MARKS or (ch == '"' and open_pos is None):
                if ch == '"' and (nxt.isspace() or nxt in ",.;:!?)") and (prev.isalnum() or prev in ".,!?"):
                    first = False
                    continue  # a closing mark with nothing open: stray (or an inch sign)
                if open_pos is not None:  # a second opening mark: close the first as uncertain
                    spans.append(QSpan(open_pos + 1, i, open_pos, i, p, uncertain=True))
                open_pos = i
                if first and not text[ps:i].strip():
                    spans_continued = prev_open_at_end
                else:
                    spans_continued = False
                cont_flag = spans_continued
            elif open_pos is not None:  # closing mark
                spans.append(QSpan(open_pos + 1, i, open_pos, i + 1, p, continued=cont_flag))
                open_pos = None
            first = False
        prev_open_at_end = False
        if open_pos is not None:
            nxt_p = paras[p + 1] if p + 1 < len(paras) else None
            follows = nxt_p is not None and text[nxt_p[0] : nxt_p[1]].lstrip()[:1] in ('"', *_OPEN_MARKS)
            spans.append(
                QSpan(open_pos + 1, pe, open_pos, pe, p, uncertain=not follows, continues=follows, continued=cont_flag)
            )
            prev_open_at_end = follows
    out = []
    for q in spans:
        s, e = q.start, q.end
        while s < e and (text[s].isspace()):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if e - s >= 1:
            q.start, q.end = s, e
            out.append(q)
    return out


def _units(
    text: str, sents: list[tuple[int, int, int]], quotes: list[QSpan], abbrevs: frozenset = frozenset()
) -> list[tuple[int, int, int]]:
    """Sentences merged so that no quotation crosses a unit boundary: (paragraph, start, end)."""
    if not sents:
        return []
    starts = [s for _, s, _ in sents]
    join = [False] * len(sents)  # join[k]: sentence k continues sentence k-1
    for q in quotes:
        a = max(0, bisect.bisect_right(starts, q.open_mark) - 1)
        b = max(0, bisect.bisect_left(starts, q.close_mark) - 1)
        for k in range(a + 1, b + 1):
            if sents[k][0] == sents[k - 1][0]:
                join[k] = True
    units = []
    for k, (p, s, e) in enumerate(sents):
        if (
            k
            and not join[k]
            and sents[k - 1][0] == p
            and text[s : s + 1].islower()
            and text[max(0, s - 3) : s].rstrip()[-1:] in ('"', "”", "»", "?", "!")
        ):
            join[k] = True  # '“… finance?” she said' continues the sentence Punkt ended at the "?"
        if (
            k
            and not join[k]
            and sents[k - 1][0] == p
            and text[s : s + 1].isupper()
            and (text[max(0, s - 8) : s].split() or [""])[-1] in abbrevs
        ):
            join[k] = True  # "Sen. John McCain": a title's dot is no sentence end
        if join[k] and units:
            pp, us, _ = units[-1]
            units[-1] = (pp, us, e)
        else:
            units.append((p, s, e))
    return units


# --- clause helpers --------------------------------------------------------------------------------
_BOUNDARY = re.compile(
    r"[,;:|()\[\]—–]|\s-\s|(?<![\w-])(?:but|after|as|while|when|because|although|though|since|if|that|"
    r"where|whereas|before|until|so|which|what|who|whom|then|and|or)(?![\w-])"
)
_LEADING_ADVERBIAL = re.compile(
    r"^\s*(?:[^\s,:]+(?:\s+[^\s,:]+){0,2}:(?!\s*\d))?\s*"  # a short label such as "Like this:"
    r"(?:(?:[A-Z][a-z]*ly|On|In|At|After|Before|During|Last|Earlier|Later|Since|Until|By|For|Over|Under|"
    r"With|Without|Despite|Meanwhile|However|But|And|Also|Still|Yet|Separately|Elsewhere|Then|Now|Today|"
    r"Yesterday|Asked|Speaking|Following|Amid|Unlike|Like)\b[^,]{0,90},\s*)?"
)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _looks_like_clause(content: str, lex: Lexicon) -> bool:
    """A cheap test that the reported content has a finite verb (not just a noun object)."""
    toks = [t.lower().strip(".,") for t in _words(content)[:14]]
    if not toks:
        return False
    if toks[0] == "that":
        return True
    for i, t in enumerate(toks):
        if t in _AUX or t.endswith(("n't", "’ll", "'ll")):
            return True
        if i > 0 and t in lex.cues and lex.cues[t].type == "finite":
            return True
        if i > 0 and len(t) > 4 and t.endswith("ed") and toks[i - 1] not in _DETERMINERS:
            return True
    return False


# --- speaker phrases -------------------------------------------------------------------------------
def _caps_outside_mentions(a, phrase: str, text: str) -> list[tuple[str, int]]:
    """Acronyms of a phrase that are no country ("the head of the UN nuclear watchdog": UN)."""
    names = {x.surface for x in a.mentions}
    return [
        (w, -1) for w in _words(phrase) if w.isupper() and len(w) > 1 and w.strip(".") not in names and w not in names
    ]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


_OFFICIAL_LIKE = {
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "delegate",
    "diplomat",
    "aide",
    "negotiator",
    "envoy",
    "representative",
}


def _fold(word: str) -> str:
    """Lower case, plural folded ("officials" -> "official", "ministries" -> "ministry")."""
    w = word.lower().rstrip(".")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


# company suffixes stand for "the company" ("Standard Oil Co said ... The company said")
_ORG_CLASS = {
    "co": "company",
    "corp": "company",
    "inc": "company",
    "ltd": "company",
    "corporation": "company",
    "firm": "company",
    "plc": "company",
}


def _head_key(phrase: str | None, lex: Lexicon) -> str | None:
    """The last role, title or org word of a speaker phrase, folded ("senior ministry official" -> "official")."""
    for w in reversed(_words(phrase or "")):
        if lex.kind(w) in ("role", "org", "title") or lex.kind(_fold(w)) in ("role", "org", "title"):
            k = _fold(w)
            return _ORG_CLASS.get(k, k)
    return None


class _Article:
    """Per-article state: text, masked text, country mentions and the people met so far."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.mentions: list[Mention] = [m for m in find_mentions(text) if m.country]
        self.m_starts = [m.start for m in self.mentions]
        self.m_ends = [m.end for m in self.mentions]  # mentions never overlap, so these are sorted too
        self._qual_cache: dict[str, set[str]] = {}
        self.people: list[tuple[int, str, str | None, str | None]] = []  # (pos, name, role, country)
        self.speakers: list[tuple[int, Speaker]] = []

    # mentions inside [s, e)
    def mentions_in(self, s: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self.m_starts, s)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < e:
            if self.mentions[i].end <= e:
                out.append(self.mentions[i])
            i += 1
        return out

    def _qualified(self, pattern: str, mod: str | None = None) -> set[str]:
        """Countries named right before each occurrence of ``pattern`` ("Japan's Agriculture Ministry",
        "the Soviet State Bank", "the Japanese government"), plus state bodies of the gazetteer that hold it."""
        key = pattern if mod is None else pattern + "\0" + mod
        if key in self._qual_cache:
            return self._qual_cache[key]
        t = self.text
        found: set[str] = set()
        for om in re.finditer(pattern, t, re.I):
            i = om.start()
            k = bisect.bisect_left(self.m_ends, i + 1) - 1  # the last mention ending at or before i
            if k < 0:
                continue
            mt = self.mentions[k]
            if mt.start <= i < mt.end:
                continue
            before = _words(t[max(0, mt.start - 20) : mt.start])
            if (
                before
                and _is_cap(before[-1])
                and before[-1].lower() not in _DETERMINERS
                and before[-1].lower() not in _OPENERS
                and before[-1].lower() not in _PREPOSITIONS
                and not re.search(r"[.!?:;,\n]\s*$", t[max(0, mt.start - 20) : mt.start])
            ):
                continue  # part of a longer name ("New Jersey Casino Commission")
            gap = t[mt.end : i]
            if len(gap) > 45 or not re.fullmatch(r"(?:[’']s)?(?:\s+[\w&-]+){0,3}\s+", gap):
                continue
            if mod is not None and _words(gap) and _words(gap)[-1].lower() not in ("s", mod.lower()):
                continue  # "foreign ministry" is not "Taiwan's defence ministry"
            if any(
                w.lower() in _PREPOSITIONS
                or w.lower() in _AUX
                or w.lower() in _DETERMINERS
                or self.lex.kind(w) in ("org", "role", "source", "title")
                for w in _words(gap)
            ):
                continue
            found.add(mt.country)
        for mt in self.mentions:
            if mt.kind == "body" and re.search(pattern, mt.surface, re.I):
                found.add(mt.country)
        self._qual_cache[key] = found
        return found

    def body_country(self, phrase: str) -> str | None:
        """The country of a body a phrase names without a country, found qualified elsewhere in the article:
        "Agriculture Minister" or "Agriculture Ministry official" and "Japan's Agriculture Ministry"; "the State
        Bank" and "the Soviet State Bank"; a bare "the ministry" or "the government" when the article qualifies
        such bodies with one country only."""
        if not phrase:
            return None
        lex = self.lex
        for run in re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'&-]*)+", phrase):
            words = run.group().split()
            last = words[-1]
            if lex.kind(last) == "org":
                tail = [last]
            elif _fold(last) == "minister" and lex.state("ministry"):
                tail = ["Ministry"]  # a minister's post names the ministry
            else:
                continue
            for k in range(len(words) - 1):
                qual = [w for w in words[k:-1]]
                if qual[0].lower() in _NAME_JOINERS:
                    continue
                found = self._qualified(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in qual + tail) + r"(?![\w-])")
                if len(found) == 1:
                    return next(iter(found))
                if found:
                    return None
        toks = _words(phrase)
        for i, w in enumerate(toks):
            if (
                lex.kind(w) == "org"
                and lex.state(w)
                and not _is_cap(w)
                or (lex.kind(w) == "org" and lex.state(w) and i == 0 and len(toks) == 1)
            ):
                if i > 0 and _is_cap(toks[i - 1]):
                    continue
                mod = (
                    toks[i - 1]
                    if i > 0
                    and toks[i - 1].isalpha()
                    and toks[i - 1].islower()
                    and toks[i - 1].lower() not in _DETERMINERS
                    and lex.kind(toks[i - 1]) is None
                    else None
                )
                if mod is not None:  # "foreign ministry": its modifier first ("China's foreign ministry")
                    found = self._qualified(
                        r"(?<![\w-])" + re.escape(mod) + r"\s+" + re.escape(_fold(w)) + r"(?![\w-])"
                    )
                    if found:
                        return next(iter(found)) if len(found) == 1 else None
                found = self._qualified(r"(?<![\w-])" + re.escape(_fold(w)) + r"(?![\w-])", mod)
                return next(iter(found)) if len(found) == 1 else None
        return None

    def acronym_name(self, acr: str, pos: int) -> tuple[str, str | None] | None:
        """The name an acronym was introduced with earlier ("South Korea's Joint Chiefs of Staff (JCS)"), with
        the country named right before it."""
        t = self.text
        for am in re.finditer(
            r"([A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'&-]*)*)\s*\(" + re.escape(acr) + r"\)",
            t[:pos],
        ):
            words = am.group(1).split()
            k = 0
            while k < len(words) - 1 and (
                words[k][0] != acr[0]
                or self.mentions_in(am.start(1), am.start(1) + 1)
                and k == 0
                and words[k][0] != acr[0]
            ):
                k += 1
            run = words[k:]
            if len(run) < 2 or run[0][0] != acr[0]:
                continue
            name = " ".join(run)
            rs = am.end(1) - len(name) if t[am.start(1) : am.end(1)].endswith(name) else am.start(1)
            country = None
            ms = self.mentions_in(max(0, rs - 40), rs)
            if ms and re.fullmatch(r"(?:[’']s)?\s*", t[ms[-1].end : rs]):
                country = ms[-1].country
            elif self.mentions_in(rs, am.end(1)):
                country = self.country_of(rs, am.end(1))
            return name, country
        return None

    def person(self, name: str, pos: int) -> tuple[str, str | None, str | None] | None:
        """The person met before ``pos`` whose name is ``name`` or has it as first or last word."""
        toks = name.split()
        best = None
        for p, full, role, country in self.people:
            if p > pos:
                break
            ft = full.split()
            if (
                full == name
                or (len(toks) == 1 and len(ft) > 1 and toks[0] in (ft[-1], ft[0]))
                or (len(toks) > 1 and ft[-len(toks) :] == toks)
            ):
                best = (full, role, country)
        return best

    def remember(
        self, pos: int, name: str, role: str | None, country: str | None
    ) -> tuple[str, str | None, str | None]:
        known = self.person(name, pos)
        if known:
            full, r0, c0 = known
            if (role and not r0) or (country and not c0):  # learn what the first mention did not say
                self.people = [
                    (p, n, r or role, c or country) if n == full else (p, n, r, c) for p, n, r, c in self.people
                ]
            return full, r0 or role, c0 or country
        self.people.append((pos, name, role, country))
        self.people.sort(key=lambda x: x[0])
        return name, role, country

    def country_of(self, s: int, e: int, exclude: tuple[int, int] | None = None) -> str | None:
        """The country a phrase speaks for: possessive first, then names in its head, then the rest."""
        ms = [m for m in self.mentions_in(s, e) if not (exclude and exclude[0] <= m.start < exclude[1])]
        if not ms:
            return None
        t = self.text
        scored = []
        for m in ms:
            before = _words(t[max(s, m.start - 12) : m.start])
            prep = before[-1].lower() if before else ""
            if prep in _TOPIC_PREPOSITIONS:
                continue
            poss = t[m.end : m.end + 2] in ("'s", "’s") or t[m.end - 1 : m.end + 1] in ("s'", "s’")
            rank = 0 if poss else 1 if m.kind in ("body", "capital", "name", "short") else 2
            scored.append((rank, m.start, m.country))
        if not scored:
            return None
        return min(scored)[2]

    def parse(self, s: int, e: int) -> Speaker | None:
        """Parse text[s:e] as a speaker phrase, or None when it does not look like one."""
        t, lex = self.text, self.lex
        toks = [(m.start() + s, m.end() + s, m.group()) for m in _WORD.finditer(t[s:e])]
        # drop sentence-final dots glued to the last word ("said Maruyama.")
        if (
            toks
            and toks[-1][2].endswith(".")
            and not lex.title_re.fullmatch(toks[-1][2])
            and not re.fullmatch(r"(?:[A-Z]\.)+", toks[-1][2])
        ):
            a, b, w = toks[-1]
            toks[-1] = (a, b - 1, w[:-1])
            if not toks[-1][2]:
                toks.pop()
        # sentence openers are not part of the speaker ("But Keating said", "Earlier AM reported")
        while toks and (
            toks[0][2].lower() in _OPENERS or (toks[0][2].endswith("ly") and _is_cap(toks[0][2]) and len(toks) > 1)
        ):
            toks.pop(0)
        had_det = False
        definite = bool(toks) and toks[0][2].lower() == "the"
        while toks and toks[0][2].lower() in _DETERMINERS:
            toks.pop(0)
            had_det = True
        if not toks or len(toks) > 18:
            return None
        if re.search(r"[’']s?$", toks[-1][2]) and toks[-1][2][-2:] in ("'s", "’s", "s'", "s’"):
            return None  # a possessive is not a subject ("Federal Industries Ltd's earlier announced ...")
        ps, pe = toks[0][0], toks[-1][1]
        if len(toks) == 1 and toks[0][2].lower() in _PRONOUNS:
            return Speaker(toks[0][2].lower(), None, None, "pronoun")
        # the head: words before the first lower-case preposition that is not inside a capitalised name
        head = len(toks)
        for i, (_, _, w) in enumerate(toks):
            if w in _PREPOSITIONS and i > 0:
                nxt_cap = i + 1 < len(toks) and _is_cap(toks[i + 1][2])
                prev_cap = _is_cap(toks[i - 1][2])
                if w in _NAME_JOINERS and prev_cap and nxt_cap:
                    continue
                if any(
                    (tm := lex.title_re.match(t, toks[j][0])) and tm.end() > toks[i][1] for j in range(max(0, i - 3), i)
                ):
                    continue  # inside a title ("Chancellor of the Exchequer Nigel Lawson")
                head = i
                break
        htoks = toks[:head]
        if not htoks:
            return None
        last = htoks[-1][2]
        hs, he = htoks[0][0], htoks[-1][1]
        mentions = self.mentions_in(hs, he)
        state = any(lex.state(w) for _, _, w in toks)
        # a country, capital or state body alone speaks for itself
        if len(mentions) == 1 and mentions[0].start <= hs + 1 and mentions[0].end >= he - 2 and head == len(toks):
            m = mentions[0]
            return Speaker(m.surface, None, m.country, "country", state=True)
        last_kind = lex.kind(last)
        if (
            _is_cap(last)
            and last_kind == "org"
            or (
                _is_cap(last)
                and last.isupper()
                and len(last) > 1
                and last_kind is None
                and not (mentions and mentions[-1].end >= he - 1)
            )
        ):
            # a named organisation ("Japan Fund Inc", "the FHLBB")
            if len(htoks) == 1 and last.isupper() and head == len(toks):
                full = self.acronym_name(last, ps)
                if full is not None:  # "the Joint Chiefs of Staff (JCS) ... the JCS said"
                    return Speaker(full[0], None, full[1], "org", state=state)
            return Speaker(t[ps:pe], None, self.country_of(ps, pe), "org", state=state)
        if (
            _is_cap(last)
            and last_kind not in ("role", "source")
            and not (mentions and mentions[-1].end >= he - 2 and mentions[-1].start <= htoks[-1][0])
        ):
            # the head ends in a capitalised run: a person's name, or an organisation's
            i = len(htoks) - 1
            while i > 0 and (
                _is_cap(htoks[i - 1][2]) or (htoks[i - 1][2] in _NAME_JOINERS and i > 1 and _is_cap(htoks[i - 2][2]))
            ):
                i -= 1
            for j in range(max(0, i - 4), i):  # a title with lower-case words in it ("Chancellor of the Exchequer")
                tm = lex.title_re.match(t, htoks[j][0])
                if tm and tm.end() > htoks[i][0] and _is_cap(htoks[j][2]):
                    i = j
                    break
            run = htoks[i:]
            org_like = False
            # peel countries and titles off the run ("Japanese Foreign Minister Taro Kono", "Japan's Abe")
            while run:
                ms = self.mentions_in(run[0][0], run[-1][1])
                if ms and ms[0].start == run[0][0]:
                    k = 0
                    while k < len(run) and run[k][0] < ms[0].end:
                        k += 1
                    poss = t[ms[0].end : ms[0].end + 2] in ("'s", "’s")
                    titled = k < len(run) and lex.title_re.match(t, run[k][0]) is not None
                    if not (poss or titled):
                        org_like = True  # "U.S. Lines", "Japan Fund": a name that starts with a country
                        break
                    run = run[k:]
                    continue
                break
            # everything up to the last title word is the role ("Finance Secretary Jaime Ongpin")
            cut = 0
            if not org_like:
                k = 0
                while k < len(run):
                    tm = lex.title_re.match(t, run[k][0])
                    if tm and tm.end() <= run[-1][1] and (tm.end() >= len(t) or not t[tm.end()].isalnum()):
                        while k < len(run) and run[k][0] < tm.end():
                            k += 1
                        cut = k
                        continue
                    k += 1
            if org_like:
                return Speaker(t[ps:pe], None, self.country_of(ps, pe), "org", state=state)
            name_toks = run[cut:]
            if not name_toks:  # only a title: "the President said"
                txt = t[ps:pe]
                return Speaker(txt, txt, self.country_of(ps, pe), "role", state=state)
            words = [w for _, _, w in name_toks]
            if (
                any(lex.kind(w) in ("org", "source") for w in words)
                or len(name_toks) > 5
                or any(w in _CALENDAR for w in words)
                or words[0].lower() in _PRONOUNS
                or not all(_is_cap(w) or w in _NAME_JOINERS for w in words)
                or (had_det and len(toks) == len(name_toks))
            ):
                if not any(_is_cap(w) for w in words):
                    return None
                return Speaker(t[ps:pe], None, self.country_of(ps, pe), "org", state=state)
            name = t[name_toks[0][0] : name_toks[-1][1]]
            role = t[hs : name_toks[0][0]].strip(" ,")
            # the role starts after a leading country or possessive ("Japan's foreign ministry spokesman")
            ms = self.mentions_in(hs, name_toks[0][0])
            if ms and ms[0].start == hs:
                role = _POSS_LEAD.sub("", t[ms[0].end : name_toks[0][0]]).strip(" ,")
            country = self.country_of(ps, pe, exclude=(name_toks[0][0], name_toks[-1][1]))
            full, role2, country2 = self.remember(name_toks[0][0], name, role or None, country)
            return Speaker(full, role or role2, country or country2, "person", state=state)
        # the head ends in a common noun: an unnamed speaker described by its role
        kinds = [lex.kind(w) for _, _, w in htoks]
        if not any(k in ("role", "org", "source", "title") for k in kinds):
            if not ((had_det or mentions) and len(htoks) <= 3):
                return None
        txt = t[ps:pe]
        role = t[hs:he]
        if mentions and mentions[0].start == hs:
            role = _POSS_LEAD.sub("", t[mentions[0].end : he]).strip() or None
        plural = (
            last.lower().endswith("s")
            and lex.kind(last) in ("role", "org", "source")
            and not last.lower().endswith("ss")
        )
        human = lex.kind(last) in ("role", "title")
        return Speaker(
            txt,
            role,
            self.country_of(ps, pe),
            "role",
            state=state,
            plural=plural,
            human=human,
            definite=definite and not mentions,
        )

    def resolve(self, sp: Speaker | None, pos: int) -> Speaker | None:
        """Pronouns to the person (or body) met before; None when nothing fits."""
        if sp is None or sp.kind != "pronoun":
            return sp
        want = _PRONOUNS.get(sp.text or "")
        named = self.last_subject_person(pos) if want == "person" else None
        for p, prev in reversed(self.speakers):
            if p > pos:
                continue
            if want == "person" and (prev.kind == "person" or (prev.human and not prev.plural)):
                if named is not None and named[0] > p and named[1] != prev.text:
                    break  # a second person was introduced as a subject since: "he" is that one
                return prev
            if want == "thing" and (
                prev.kind in ("org", "country") or (prev.kind == "role" and not prev.plural and not prev.human)
            ):
                return prev
            if want == "plural" and prev.plural:
                return prev
        if want == "person":
            if named is not None:
                return Speaker(named[1], named[2], named[3], "person")
            people = [x for x in self.people if x[0] <= pos]
            if people:
                _, name, role, country = people[-1]
                return Speaker(name, role, country, "person")
        return None

    def last_subject_person(self, pos: int) -> tuple[int, str, str | None, str | None] | None:
        """The person met before ``pos`` whose name (or surname) last stood as the subject of a sentence
        ("Davies rejected that. ..., she said"; "China's Vice Premier Liang Haotian, who led ..."), with the
        position of that mention."""
        t = self.text
        best = None
        for _, name, role, country in self.people:
            for key in {name, name.split()[-1]}:
                if len(key) < 3 or key.lower() in _PRONOUNS:
                    continue
                i = t.rfind(key, 0, pos)
                while i >= 0:
                    if (best is None or i > best[0]) and self._subject_position(i, i + len(key)):
                        best = (i, name, role, country)
                        break
                    if best is not None and i < best[0]:
                        break
                    i = t.rfind(key, 0, i)
        return best

    def _subject_position(self, s: int, e: int) -> bool:
        t = self.text
        if (s and (t[s - 1].isalnum() or t[s - 1] in "-’'")) or (e < len(t) and (t[e].isalnum() or t[e] in "-")):
            return False
        j = max(t.rfind(c, 0, s) for c in '.!?\n“”"')
        prefix = t[j + 1 : s]
        toks = _words(prefix)
        if len(toks) > 10:
            return False
        for w in toks:
            lw = w.lower().strip(".")
            if (
                lw in _AUX
                or lw in self.lex.cues
                or (lw.endswith("ed") and not _is_cap(w))
                or (lw in _PREPOSITIONS and lw not in ("of", "for", "at"))
                or lw in ("who", "which", "that")
            ):
                return False
        return t[e : e + 2] not in ("'s", "’s")

    def note(self, pos: int, sp: Speaker | None) -> None:
        if sp is not None and sp.text:
            self.speakers.append((pos, sp))


# --- the extractor ---------------------------------------------------------------------------------
_ACRONYM_BRACKET = re.compile(r"(?<=\w )\([A-Z][\w.&/-]*(?:\s[A-Z][\w.&/-]*){0,2}\)")
_TERM_BEFORE = re.compile(r"(?:so-called|dubbed|named|entitled|titled|codenamed|code-named)\s*$", re.I)
_TYPO_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=s\b|[a-z])')
# "SEOUL, Sept. 3 (Yonhap) --", "WASHINGTON (AP) —", "Seoul (AFP) –", "ISLAMABAD/NEW DELHI, Nov 4 (Reuters) -"
_DATELINE = re.compile(
    r"\s*([A-Z][A-Za-z.’'-]*(?:[ /][A-Z][A-Za-z.’'-]*){0,3})(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
    r"\s*\([A-Z][A-Za-z .&-]{1,30}\)\s*(?:--|[—–-])\s*"
)
# posts held abroad: where such a one speaks says nothing of whom they speak for
_POSTED_ABROAD = {"diplomat", "ambassador", "envoy", "delegate", "negotiator", "representative"}


class _Extractor:
    def __init__(self, text: str, lex: Lexicon):
        self.orig = text
        # a straight double mark between letters is a typo for an apostrophe ("Japan"s", "opec"s");
        # read it as one (same length, so every offset holds) while rows quote the original text
        text = _TYPO_APOSTROPHE.sub("'", text)
        self.t = text
        self.lex = lex
        self.a = _Article(text, lex)
        self.paras = paragraph_spans(text)
        self.quotes = _pair_marks(text, self.paras)
        chars = list(text)
        # a name or term in marks ("Silkworm" missiles, the so-called "J-curve", the NBC program "Today")
        # is the writer's word, not speech: it stays readable and is never a quote
        self.terms = [q for q in self.quotes if self._is_term(text, q)]
        self.quotes = [q for q in self.quotes if q not in self.terms]
        for q in self.terms:
            chars[q.open_mark] = " "
            if q.close_mark - 1 > q.open_mark and text[q.close_mark - 1] in '"”»':
                chars[q.close_mark - 1] = " "
        for q in self.quotes:
            for i in range(q.open_mark, min(q.close_mark, len(text))):
                chars[i] = _MASK
        # an acronym in brackets after a name ("the Asian Development Bank (ADB) said") is part of the name
        for am in _ACRONYM_BRACKET.finditer(text):
            if chars[am.start()] == "(":
                chars[am.start()] = chars[am.end() - 1] = " "
        self.m = "".join(chars)  # quoted content masked, so cue words inside quotes are never cues
        abbrevs = frozenset(w for w in lex.titles if w.endswith(".") and " " not in w)
        self.units = _units(text, sentence_spans(text), self.quotes, abbrevs)
        self.subject_cache: dict[int, Speaker | None] = {}
        self.rows: list[dict] = []
        self._prescan_people()
        self._unit_starts = [us for _, us, _ in self.units]
        dl = self._dateline()
        self.dateline_span = dl[:2] if dl else None
        self.dateline_country = dl[2] if dl else None

    def _prescan_people(self) -> None:
        """Register names introduced after a title or role word, for later surname-only mentions."""
        t, lex = self.t, self.lex
        for tm in lex.intro_re.finditer(self.m):
            j = tm.end()
            nm = re.match(r",?\s+((?:[A-Z][\w’'-]*\s+|[A-Z]\.\s*){0,3}[A-Z][\w’'-]+)", t[j : j + 80])
            if nm and t[j : j + 1] == "," and not re.match(r"[,.]", t[j + nm.end() : j + nm.end() + 1]):
                continue  # "the spokesman, Norio Maruyama, said": an apposition closes with a comma
            if not nm:
                continue
            name = re.sub(r"[’']s$", "", nm.group(1))
            words = name.split()
            # peel titles that follow the first word ("spokesman Foreign Minister ...")
            while words and (lex.kind(words[0]) in ("title", "role") or lex.title_re.fullmatch(words[0])):
                words.pop(0)
            if not words or any(w in _CALENDAR or lex.kind(w) in ("org", "source", "title") for w in words):
                continue
            name = " ".join(words)
            s = j + nm.start(1) + nm.group(1).index(words[0])
            if self.a.mentions_in(s, s + len(name)):
                continue
            # its country: a country word right before the title ("Japan's Foreign Minister", "U.S. Trade ...")
            country = None
            ms = self.a.mentions_in(max(0, tm.start() - 60), tm.start())
            if ms:
                gap = t[ms[-1].end : tm.start()]
                if re.fullmatch(r"(?:[’']s)?\s*(?:[\w-]+\s+){0,3}", gap) and "," not in gap:
                    country = ms[-1].country
            self.a.remember(s, name, t[tm.start() : tm.end()], country)

    def _is_term(self, text: str, q: QSpan) -> bool:
        """A short name or term in marks inside the writer's sentence, not a quotation."""
        if q.continues or q.continued or q.uncertain:
            return False
        words = _words(text[q.start : q.end])
        before = text[max(0, q.open_mark - 20) : q.open_mark]
        if not words or len(words) > 3 or before.rstrip()[-1:] in (",", ":", "") or self.lex.cue_re.search(before[-9:]):
            return False
        if _TERM_BEFORE.search(before):
            return True
        if (
            len(words) <= 2
            and re.search(r"(?:^|\s)(?:a|an|the|its|their|his|her|our|[A-Z][\w.-]*[’']s)\s*$", before)
            and re.match(r"[”\"»]?\s+of\s", text[q.close_mark - 1 : q.close_mark + 5])
        ):
            return True  # a noun the writer puts in marks: 'its "white list" of partners', 'a "snapback" of sanctions'
        return (
            all(_is_cap(w) or w.lower() in _NAME_JOINERS for w in words)
            and _is_cap(words[0])
            and not re.search(r"[.!?]", text[q.start : q.end].rstrip(".,"))
            and text[q.close_mark : q.close_mark + 1] != ":"
        )

    # -- where a cue's speaker is ---------------------------------------------------------------
    def unit_subject(self, us: int, ue: int) -> Speaker | None:
        """The subject of the unit's main clause (for "..., saying ..." and "... but also maintains")."""
        m = self.m
        lm = _LEADING_ADVERBIAL.match(m, us, ue)
        s = lm.end() if lm else us
        toks = [(x.start() + s, x.end() + s, x.group()) for x in _WORD.finditer(m[s:ue])]
        end = None
        for i, (a, b, w) in enumerate(toks):
            lw = w.lower()
            if i == 0 and lw in _DETERMINERS:
                continue
            if _is_cap(w) or self.lex.kind(w) in ("role", "org", "source"):
                end = b
                continue
            if lw in _NAME_JOINERS and i + 1 < len(toks) and _is_cap(toks[i + 1][2]) and end is not None:
                continue
            if lw in self.lex.cues:
                break  # the verb: "X accused the government of ..." ends the subject at "accused"
            # a lower-case modifier belongs to the subject only if a role noun follows soon
            ahead = toks[i + 1 : i + 4]
            if (
                lw not in _PREPOSITIONS
                and lw not in _AUX
                and any(self.lex.kind(x[2]) in ("role", "org", "source") for x in ahead)
            ):
                continue
            break
        if end is None:
            return None
        if toks and m[s:end].strip():
            sp = self.a.parse(s, end)
            nm = re.match(
                r"(?:\s+(?:of|for|at|in|on)\s+[^,|]{1,40}?)?,\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s", m[end:ue]
            )
            if sp is not None and sp.kind == "role" and sp.human and not sp.plural and nm:
                # "The UK's minister for EU relations, Rhiannon Davies, said ... and insisted ...": the name
                named = self.a.parse(end + nm.start(1), end + nm.end(1))
                if named is not None and named.kind == "person":
                    named.role = named.role or sp.role
                    named.country = named.country or sp.country
                    return named
            return sp
        return None

    def subject_before(self, us: int, cue_s: int, depth: int = 0) -> Speaker | None:
        """The speaker phrase that ends right before a cue (the cue's subject)."""
        m = self.m
        left = m[us:cue_s]
        tr = self.lex.trail_re.search(left)
        if tr and tr.start() > 0:
            left = left[: tr.start()]
        left = left.rstrip()
        if not left:
            return None
        if left[-1] in ("|",):  # a quotation right before the cue: attribution handled elsewhere
            return None
        if left.endswith(","):
            # "X, speaking on condition of anonymity, said" / "Kim You-geun, first deputy chief at ..., told"
            inner = left[:-1]
            c = inner.rfind(",")
            if c > 0 and depth == 0:
                seg = inner[c + 1 :].strip()
                first = seg.split()[0] if seg.split() else ""
                if first and (not _is_cap(first) or self.lex.title_re.match(seg)) and first.lower() not in _PRONOUNS:
                    sp = self.subject_before(us, us + c, depth + 1)
                    if sp is not None:
                        if (
                            sp.kind == "person"
                            and not sp.role
                            and any(self.lex.kind(w) in ("role", "org", "title") for w in _words(seg))
                            and not seg.endswith("ing")
                        ):
                            if not first.endswith("ing") and first.lower() not in ("who", "which"):
                                sp.role = seg
                                if sp.country is None:
                                    sp.country = self.a.country_of(us + c + 1, us + len(inner))
                        return sp
            left = inner.rstrip()
        # the last clause piece
        pieces = list(_BOUNDARY.finditer(left))
        bstart = 0
        bword = ""
        for b in reversed(pieces):
            w = b.group()
            if w in ("and", "or") and (
                _is_cap(left[b.end() :].lstrip()[:1])
                or self.lex.kind((_words(left[: b.start()]) or [""])[-1]) in ("role", "org", "source")
            ):
                continue  # "Japan and South Korea said", "traders and analysts said": a joint subject
            bstart, bword = b.end(), w
            break
        piece = left[bstart:]
        if not piece.strip() or not _words(piece):
            if bword in ("and", "but", "or"):
                return self.unit_subject(us, cue_s)
            if bword in ("who", "which"):
                sp = self.subject_before(us, us + bstart - len(bword), depth + 1)
                if sp is None and bword == "who":
                    sp = self._relative_antecedent(us, us + bstart - len(bword))
                return sp
            return None
        ps = us + bstart
        while ps < us + len(left) and m[ps].isspace():
            ps += 1
        if bword in ("who", "which") and not piece.strip():
            return None
        sp = self.a.parse(ps, us + len(left))
        if (
            sp is not None
            and sp.kind == "person"
            and (not sp.role or sp.country is None)
            and bword == ","
            and depth == 0
        ):
            self._role_before_name(sp, us, us + bstart - 1, ps)
        if (
            sp is not None
            and sp.kind == "role"
            and sp.human
            and bword == ","
            and depth == 0
            and left[bstart:].lstrip()[:2].lower() in ("a ", "an")
        ):
            # "Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said": the name speaks
            named = self.subject_before(us, us + bstart - 1, depth + 1)
            if named is not None and named.kind == "person":
                named.role = named.role or sp.text
                named.country = named.country or sp.country
                return named
        return sp

    def _previous_subject_country(self, us: int) -> str | None:
        """The country of the subject of the sentence before the one starting at ``us``."""
        k = bisect.bisect_left(self._unit_starts, us) - 1
        if k < 0:
            return None
        _, ps, pe = self.units[k]
        sp = self.unit_subject(ps, pe)
        return sp.country if sp is not None and sp.kind in ("org", "country", "role") else None

    def _relative_antecedent(self, us: int, who: int) -> Speaker | None:
        """ "The delegation was led by special envoy Mark Halloran, who told ...": the person the relative
        clause hangs on, after the last preposition or verb before it."""
        left = self.m[us:who].rstrip().rstrip(",").rstrip()
        pm = None
        for pm in re.finditer(r"(?:^|\s)(?:by|with|to|from|for|and|met|as|including)\s+", left):
            pass
        if pm is None:
            return None
        a = us + pm.end()
        sp = self.a.parse(a, us + len(left))
        return sp if sp is not None and sp.kind == "person" else None

    def _role_before_name(self, sp: Speaker, us: int, comma: int, name_pos: int) -> None:
        """ "The head of Kyiv's military administration, Taras Bondar, said": the description before the
        comma is the named person's post; its country is the one the person speaks for."""
        m = self.m
        left = m[us:comma]
        pieces = list(_BOUNDARY.finditer(left))
        start = pieces[-1].end() if pieces else 0
        seg = left[start:]
        if not seg.strip() or len(_words(seg)) > 10:
            return
        a = us + start + (len(seg) - len(seg.lstrip()))
        if pieces and pieces[-1].group() not in (",", "and", "but", "that", ";", ":", "while", "as", "after", "when"):
            return
        if not pieces and _LEADING_ADVERBIAL.match(left).end() > 0:
            return
        rsp = self.a.parse(a, comma)
        if rsp is None or rsp.kind != "role" or not rsp.human or rsp.plural:
            return
        if rsp.country is None and re.match(r"(?:Its|Their|its|their)\s", self.t[a:comma]):
            rsp.country = self._previous_subject_country(us)  # "Its spokesman": the body of the sentence before
        sp.role = re.sub(r"^(?:the|a|an)\s+", "", self.t[a:comma].strip(), flags=re.I) or rsp.role or rsp.text
        sp.country = sp.country or rsp.country
        sp.state = sp.state or rsp.state
        self.a.remember(name_pos, sp.text, sp.role, sp.country)

    def cue_speaker(self, us: int, ue: int, cue_s: int, cue_e: int) -> Speaker | None:
        """The speaker of the cue at [cue_s, cue_e), resolved (pronouns, surnames)."""
        if cue_s in self.subject_cache:
            return self.subject_cache[cue_s]
        cue = self.lex.cues.get(self.m[cue_s:cue_e].lower())
        m = self.m
        sp = None
        if cue and cue.type == "participle":
            w = re.search(r"(?<![\w-])with\s+([^,|]{1,80}?)\s*$", m[us:cue_s])
            qa = re.search(
                r"(?<![\w-])(?:(was|were|is|are|been|being)\s+)?quoted\s+(.{0,120}?)\s*\bas\s*$", m[us:cue_s]
            )
            prev = [
                x
                for x in self.lex.cue_re.finditer(m, us, cue_s)
                if x.start() in self.subject_cache and self.subject_cache[x.start()] is not None
            ]
            if not prev:
                # the attribution just before may not be resolved yet (quotes are read before reported speech)
                fin = [
                    x
                    for x in self.lex.cue_re.finditer(m, us, cue_s)
                    if (self.lex.cues.get(x.group().lower()) or self.lex.cues.get(x.group())).type == "finite"
                    and not self._passive(x.start(), us, x.end())
                    and not self._noun_use(x.start(), us)
                ]
                if fin and re.search(r",\s*$", m[fin[-1].end() : cue_s]) and len(_words(m[fin[-1].end() : cue_s])) <= 6:
                    if self.cue_speaker(us, ue, fin[-1].start(), fin[-1].end()) is not None:
                        prev = fin[-1:]
            if w:
                sp = self.a.parse(us + w.start(1), us + w.end(1))
            elif qa and qa.group(1) and not qa.group(2).strip():
                # "Kim was quoted as saying": the subject of the passive speaks
                sp = self.subject_before(us, us + qa.start())
            elif qa and not qa.group(1) and qa.group(2).strip():
                # "Tehran radio quoted a ministry spokesman as saying": the one quoted speaks
                np_s = us + qa.start(2)
                obj = qa.group(2).strip()
                obj = re.sub(r"\s+(?:on|in|by|over)\s.*$", "", obj)
                pron = {"him": "he", "her": "she", "them": "they"}.get(obj.lower())
                sp = Speaker(pron, None, None, "pronoun") if pron else self.a.parse(np_s, np_s + len(obj))
                self._quoting_body_country(sp, us, us + qa.start())
            elif (
                prev and re.search(r",\s*$", m[prev[-1].end() : cue_s]) and len(_words(m[prev[-1].end() : cue_s])) <= 6
            ):
                # "..., Fujioka said, adding ...": the subject of the attribution just before
                sp = self.subject_cache[prev[-1].start()]
            else:
                sp = self.unit_subject(us, ue)
        elif cue and cue.type == "phrase":
            sp = self.after_phrase_speaker(cue_e, ue)
        else:
            sp = self.subject_before(us, cue_s)
            if sp is None:
                # inverted: "..., said the minister."
                if re.search(r"[,|]\s*$", m[us:cue_s]) or m[us:cue_s].strip() == "":
                    sp = self.after_phrase_speaker(cue_e, ue)
        sp = self.a.resolve(sp, cue_s)
        self.subject_cache[cue_s] = sp
        return sp

    def after_phrase_speaker(self, s: int, ue: int) -> Speaker | None:
        """The speaker phrase right after a cue: "said Maruyama", "according to official figures"."""
        m = self.m
        seg = re.match(r"\s*([^,;:|()!?]*)", m[s:ue])
        if not seg:
            return None
        body = seg.group(1)
        # stop at a clause or setting word
        cut = re.search(
            r"\s(?:on|in|at|after|during|when|while|as|who|which|to|before|last|this|earlier|later|"
            r"told|said|says|adding|saying|that)\s",
            " " + body + " ",
        )
        if cut:
            body = body[: max(0, cut.start() - 1)]
        body = body.rstrip(" .")
        if not body.strip():
            return None
        a = s + seg.start(1)
        sp = self.a.parse(a, a + len(body))
        if sp is not None and sp.kind == "person" and not sp.role and body == seg.group(1).rstrip(" ."):
            # '..., said Shoichi Saba, chairman of the Electronic Industries Association of Japan.'
            am = re.match(r"\s*,\s*([^,;:|()!?]+?)\s*[.,]?\s*$", m[s + seg.end() : ue])
            if am:
                ap = am.group(1)
                first = _words(ap)[:1]
                if (
                    first
                    and len(_words(ap)) <= 12
                    and (not _is_cap(first[0]) or self.lex.title_re.match(ap))
                    and first[0].lower() not in ("but", "and", "while", "as", "which", "who", "although")
                    and not self.lex.cue_re.search(ap)
                    and first[0].lower() not in _PRONOUNS
                    and any(self.lex.kind(w) in ("role", "title") for w in _words(ap))
                ):
                    a2 = s + seg.end() + am.start(1)
                    sp.role = ap
                    # where one works ("in Tokyo", "its Tokyo branch") is not whom one speaks for
                    loc = re.search(r"\s(?:in|at|from|based)\s", ap)
                    a3 = a2 + (loc.start() if loc else len(ap))
                    if any(x.kind != "capital" for x in self.a.mentions_in(a2, a3)):
                        sp.country = sp.country or self.a.country_of(a2, a3)
                    self.a.remember(a, sp.text, sp.role, sp.country)
        return sp

    def _quoting_body_country(self, sp: Speaker | None, s: int, e: int) -> None:
        """'Tehran radio quoted a foreign ministry spokesman as saying': state media quoting an official whose
        phrase names no country quote their own government's official."""
        if sp is None or sp.country or sp.kind not in ("role", "person") or not sp.state:
            return
        found = {x.country for x in self.a.mentions_in(s, e) if x.kind in ("body", "capital")}
        if len(found) == 1:
            sp.country = next(iter(found))

    # -- the country a speaker speaks for, when its own phrase names none ---------------------------
    def speaker_country(self, sp: Speaker, pos: int) -> str | None:
        """The speaker's country: named in its phrase; else the one government its post belongs to
        ("Treasury Secretary"); else a country-qualified body of the article its phrase names ("Agriculture
        Minister" and "Japan's Agriculture Ministry"); else, for "the official", the one met before; else, for
        the first named person right after a lede about an unnamed official, that official's country.
        What is found is kept on the speaker, so later pronouns and surnames carry it."""
        if sp.country or sp.kind not in ("person", "role"):
            return sp.country
        lex = self.lex
        country = None
        iso3 = lex.post_country(sp.role) or (lex.post_country(sp.text) if sp.kind == "role" else None)
        if iso3:
            country = country_name(iso3)
        if country is None:
            country = self.a.body_country(" ".join(x for x in (sp.role, sp.text if sp.kind == "role" else None) if x))
        if country is None and sp.kind == "role" and sp.definite:
            country = self._antecedent_country(sp, pos)
        if country is None and sp.kind == "person":
            country = self._lede_country(sp)
        official = sp.state or any(lex.state(w) for w in _words(sp.role or ""))
        if country is None and official and _head_key(sp.role or sp.text, lex) not in _POSTED_ABROAD:
            # a government official whose phrase names no country: where the words were said
            # ("told reporters in Tokyo", "In Beijing, ... said"), else the story's dateline ("SEOUL (AP) —")
            country = self._place_country(pos) or self._state_media_country(sp, pos) or self.dateline_country
        if country is not None:
            sp.country = country
            if sp.kind == "person":
                self.a.remember(pos, sp.text, sp.role, country)
        return country

    def _unit_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._unit_starts, pos) - 1
        if k < 0:
            return None
        _, us, ue = self.units[k]
        return (us, ue) if pos < ue else None

    def _place_country(self, pos: int) -> str | None:
        """The seat of government where the words were said: a sentence opening "In Beijing," or a place
        after the cue ("told reporters in Tokyo", "at a briefing in Beijing")."""
        u = self._unit_at(pos)
        if u is None:
            return None
        us, ue = u
        m = self.m
        found = set()
        for x in self.a.mentions_in(us, ue):
            if x.kind != "capital" or m[x.start : x.end] != self.t[x.start : x.end]:
                continue
            before = m[us : x.start]
            if (
                re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,6}?(?:In|At)\s+", before)
                and re.match(r"\s*,|\s+on\s", m[x.end : ue])
                or re.search(r"(?:said|says|told\s+[\w\s]{0,30}?|briefing|conference|speaking|press)\s+in\s+$", before)
            ):
                found.add(x.country)
        return next(iter(found)) if len(found) == 1 else None

    def _state_media_country(self, sp: Speaker, pos: int) -> str | None:
        """A person quoted by state media ("Kim said ..., KCNA reported"; "..., Kim was quoted as saying"
        after "..., the official KCNA reported"): the medium's country."""
        if sp.kind != "person":
            return None
        first = next((p for p, n, _, _ in self.a.people if n == sp.text), None)
        for at in (pos, first):
            u = self._unit_at(at) if at is not None else None
            if u is None:
                continue
            for x in self.a.mentions_in(*u):
                if x.kind == "body" and (
                    re.match(r"\s*(?:\([A-Z]+\)\s*)?(?:reported|said|says|quoted)\b", self.m[x.end : u[1]])
                    or re.search(r"according\s+to\s+(?:the\s+)?(?:official\s+)?$", self.m[u[0] : x.start])
                ):
                    return x.country
        return None

    def _dateline(self) -> tuple[int, int, str | None] | None:
        """The dateline that opens a wire story ("SEOUL, Sept. 3 (Yonhap) --", "WASHINGTON (AP) —",
        "Seoul (AFP) –"): its span and, when it names one country's place, that country."""
        for ps, pe in self.paras[:4]:
            dm = _DATELINE.match(self.t, ps, pe)
            if dm is None:
                continue
            place = dm.group(1)
            if place.isupper():  # "SEOUL", "NEW DELHI": the gazetteer's names are capitalised
                place = " ".join(w.capitalize() for w in place.split(" "))
                place = "/".join(w[:1].upper() + w[1:] for w in place.split("/"))
            places = {x.country for x in find_mentions(place) if x.country}
            return ps, dm.end(), (next(iter(places)) if len(places) == 1 else None)
        return None

    def _named_antecedent(self, sp: Speaker | None, pos: int) -> Speaker | None:
        """ "The company said" / "the ministry said": the body named as a speaker before with the same head noun
        ("Standard Oil Co said ... The company said" -> "Standard Oil Co"); the phrase itself when none was."""
        if (
            sp is None
            or sp.kind != "role"
            or not sp.definite
            or sp.plural
            or len(_words(sp.text or "")) != 1
            or self.lex.kind(sp.text or "") != "org"
        ):
            return sp
        key = _head_key(sp.text, self.lex)
        for p, prev in reversed(self.a.speakers):
            if p > pos or prev is sp:
                continue
            if prev.kind in ("org", "role", "country") and not prev.plural and _head_key(prev.text, self.lex) == key:
                if any(_is_cap(w) for w in _words(prev.text or "")):
                    return prev
                return sp
        return sp

    def _antecedent_country(self, sp: Speaker, pos: int) -> str | None:
        """ "the official" / "the ministry": the country of the last speaker met with the same head noun;
        for an unnamed official-like person, the last unnamed singular official before it."""
        key = _head_key(sp.text, self.lex)
        if not key:
            return None
        for p, prev in reversed(self.a.speakers):
            if p > pos or prev is sp:
                continue
            if (
                prev.country
                and prev.kind in ("role", "org", "person")
                and key in {_fold(w) for w in _words((prev.text or "") + " " + (prev.role or ""))}
            ):
                return prev.country
        if key in _OFFICIAL_LIKE and sp.human and not sp.plural:
            for p, prev in reversed(self.a.speakers):
                if p > pos or prev is sp:
                    continue
                if prev.kind == "role" and prev.human and not prev.plural:
                    return prev.country if _head_key(prev.text, self.lex) in _OFFICIAL_LIKE else None
        return None

    def _lede_country(self, sp: Speaker) -> str | None:
        """A lede about an unnamed official with a country ("Kuwait's oil minister said ...") and the first
        named person introduced in the next paragraph ("Sheikh Ali ... said") with no post of their own, or the
        same post ("A British minister said ..." / "Corporate Affairs Minister Michael Howard said"): the same
        person, as news writing introduces them."""
        people = self.a.people
        if not people or people[0][1] != sp.text or not self.a.speakers or not self.paras:
            return None
        lp, lede = self.a.speakers[0]
        if lede.kind != "role" or not lede.human or lede.plural or not lede.country or lede.definite:
            return None
        starts = [a for a, _ in self.paras]
        if bisect.bisect_right(starts, lp) - 1 != 0 or bisect.bisect_right(starts, people[0][0]) - 1 != 1:
            return None
        key = _head_key(lede.text, self.lex)
        if sp.role and _head_key(sp.role, self.lex) != key:
            return None
        if not sp.role:
            sp.role = lede.role
        return lede.country

    # -- rows ------------------------------------------------------------------------------------
    def add(
        self,
        kind: str,
        s: int,
        e: int,
        sp: Speaker | None,
        cue: str | None,
        unit: tuple[int, int],
        uncertain: bool = False,
        inner_ok: bool = False,
    ) -> None:
        t = self.t
        while s < e and (t[s].isspace() or t[s] in "'’"):
            s += 1
        while e > s and (t[e - 1].isspace() or t[e - 1] in ",;:"):
            e -= 1
        if kind == "indirect":
            while e > s and t[e - 1] in ".!?":
                e -= 1
        if self.dateline_span and self.dateline_span[0] <= s < self.dateline_span[1]:
            s = self.dateline_span[1]  # the dateline is not part of what was said
        if e <= s or any(
            not any(
                x.open_mark == mk.start() or x.close_mark - 1 == mk.start()
                for x in (self.terms + self.quotes if inner_ok else self.terms)
            )
            for mk in _MARK.finditer(t, s, e)
        ):
            return
        bare = sp
        sp = self._named_antecedent(sp, s)
        country = self.speaker_country(sp, s) if sp else None
        if country is None and sp is not bare:
            country = self.speaker_country(bare, s)  # the body named before says no more than "the department"
        if (
            sp is not None
            and country is None
            and kind == "indirect"
            and bare.kind in ("person", "role")
            and (bare.state or any(self.lex.state(w) for w in _words(bare.role or "")))
        ):
            # an official whose phrase names no country, defending a country's own conduct
            # ("South Korea has fully enforced ..., Kim, first deputy chief ..., told a briefing")
            # speaks for that country: take a country named as the content's subject
            ms = [x for x in self.a.mentions_in(s, min(e, s + 40)) if x.kind in ("name", "short", "capital")]
            if (
                ms
                and re.fullmatch(r"\s*(?:that\s+)?", t[s : ms[0].start])
                and not re.match(r"\s*(?:,|and\s|or\s)", t[ms[0].end : ms[0].end + 5])
                and not any(
                    w.isupper() and len(w) > 1 and not self.a.mentions_in(bare_s, bare_s + 1)
                    for w, bare_s in _caps_outside_mentions(self.a, bare.role or "", self.t)
                )
            ):
                country = ms[0].country
        if sp is not None and sp.text and "(" in sp.text and ")" not in sp.text:
            sp.text = (
                re.sub(r"\s*\([^()]*$", "", sp.text) or sp.text
            )  # "the Joint Chiefs of Staff (JCS" -> without the bracket
        self.rows.append(
            {
                "kind": kind,
                "quote": self.orig[s:e],
                "start": s,
                "end": e,
                "speaker": sp.text if sp else None,
                "speaker_role": sp.role if sp else None,
                "speaker_country": country,
                "cue": cue,
                "sentence": self.orig[unit[0] : unit[1]].strip(),
                "uncertain": uncertain,
            }
        )
        if sp is not None:
            self.a.note(s, sp)

    def run(self) -> list[dict]:
        t, m, lex = self.t, self.m, self.lex
        qi = 0
        last_direct: dict[int, QSpan] = {}  # paragraph -> last attributed direct quote
        last_para_quote: QSpan | None = None
        for p, us, ue in self.units:
            uq = []
            while qi < len(self.quotes) and self.quotes[qi].open_mark < ue:
                if self.quotes[qi].open_mark >= us:
                    uq.append(self.quotes[qi])
                qi += 1
            cues = [
                c
                for c in lex.cue_re.finditer(m, us, ue)
                if not self._passive(c.start(), us, c.end()) and not self._noun_use(c.start(), us)
            ]
            used: set[int] = set()
            # 1. quotations
            for k, q in enumerate(uq):
                self._quote(q, uq, k, cues, used, (us, ue), last_direct, last_para_quote)
                if q.kind == "direct" and q.speaker is not None:
                    last_direct[q.para] = q
                last_para_quote = q
            # 2. reported speech
            claimed: list[tuple[int, int]] = [(q.open_mark, q.close_mark) for q in uq]
            for c in cues:
                if c.start() in used or any(a <= c.start() < b for a, b in claimed):
                    continue
                cue = lex.cues.get(c.group().lower()) or lex.cues.get(c.group())
                if cue is None or not (cue.reported or cue.obj):
                    continue
                span = self._reported(c, cue, us, ue, claimed)
                if span is None:
                    continue
                s, e, sp = span
                if cue.subject == "source" and not self._source_speaker(sp):
                    continue  # "police found that ...": only data, figures, a study or a report speak with it
                claimed.append((s, e))
                if sp is None or not sp.text:
                    continue
                # "said that A and that B": each that-clause is reported content of its own
                pieces, a = [], s
                for sm in re.finditer(r",?\s+and\s+that\s+", m[s:e]) if any(s <= q.start < e for q in uq) else ():
                    pieces.append((a, s + sm.start()))
                    a = s + sm.end()
                pieces.append((a, e))
                for a, b in pieces:
                    inside = [q for q in uq if a <= q.start < b]
                    if any(q.kind != "partial" or len(_words(t[q.start : q.end])) > 1 for q in inside):
                        continue  # the quoted fragments inside carry the attribution
                    if len(_words(m[a:b])) < 3:
                        continue
                    # a clause around a one-word quote ("had fired "unprovoked" across ...") is reported speech
                    self.add(
                        "indirect",
                        a,
                        b,
                        sp,
                        c.group().lower() if cue.type != "phrase" else cue.form,
                        (us, ue),
                        inner_ok=bool(inside),
                    )
                if e <= c.start() and cue.type == "finite" and not self._source_speaker(sp):
                    more = self._continued_report(c.end(), ue)
                    if more is not None:
                        claimed.append(more)
                        self.add("indirect", more[0], more[1], sp, c.group().lower(), (us, ue))
        # a quotation left open at a paragraph's end is said by whoever says its continuation
        for q, nxt in reversed(list(zip(self.quotes, self.quotes[1:]))):
            if q.continues and nxt.continued and q.speaker is None and nxt.speaker is not None and q.row is not None:
                q.speaker, q.cue = nxt.speaker, nxt.cue
                r = self.rows[q.row]
                r.update(
                    speaker=nxt.speaker.text,
                    speaker_role=nxt.speaker.role,
                    cue=nxt.cue,
                    speaker_country=self.rows[nxt.row]["speaker_country"] if nxt.row is not None else None,
                )
        self.rows.sort(key=lambda r: r["start"])
        return self.rows

    def _noun_use(self, cs: int, us: int) -> bool:
        """A cue word used as a noun: after a determiner or a possessive ("a warning to", "India's claims")."""
        prev = _words(self.m[max(us, cs - 20) : cs])
        if not prev or not re.fullmatch(r"\s", self.m[cs - 1 : cs]):
            return False
        w = prev[-1].lower()
        return w in ("a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those") or (
            w.endswith(("'s", "’s")) and len(w) > 2
        )

    def _passive(self, cs: int, us: int, ce: int | None = None) -> bool:
        prev = _words(self.m[max(us, cs - 20) : cs])
        if bool(prev) and prev[-1].lower() in _PASSIVE:
            return True
        # "the tariffs, announced on Friday by President Reagan, will ...": a passive participle
        return (
            ce is not None
            and re.match(r"(?:\s+[\w.]+){0,3}?\s+by\s+(?:the\s+|a\s+)?[A-Z]", self.m[ce : ce + 60]) is not None
        )

    def _quote(
        self,
        q: QSpan,
        uq: list[QSpan],
        k: int,
        cues,
        used: set[int],
        unit: tuple[int, int],
        last_direct: dict[int, QSpan],
        last_para_quote: QSpan | None,
    ) -> None:
        t, m, lex = self.t, self.m, self.lex
        us, ue = unit
        lo = uq[k - 1].close_mark if k > 0 else us
        hi = uq[k + 1].open_mark if k + 1 < len(uq) else ue
        prefix = m[lo : q.open_mark]
        suffix = m[q.close_mark : hi]
        content = t[q.start : q.end]
        first = content.lstrip("…. ")[:1]
        pre = prefix.rstrip()
        ends_with_cue = bool(pre) and re.search(
            r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in lex.cues if lex.cues[f].type != "phrase") + r")\s*$", pre
        )
        if (
            q.continued
            or (not pre and (first.isupper() or first.isdigit() or not first.isalpha()))
            or (pre[-1:] in (",", ":", "|") and (first.isupper() or first.isdigit()))
            or (ends_with_cue and first.isupper())
        ):
            q.kind = "direct"
        else:
            q.kind = "partial"
        sp, cue = None, None
        if q.kind == "direct":
            sp, cue = self._direct_attribution(q, prefix, lo, suffix, cues, used, unit)
            if sp is None and cue is None:
                prev = last_direct.get(q.para)
                if q.continued and last_para_quote is not None:
                    sp, cue = last_para_quote.speaker, last_para_quote.cue
                elif prev is not None and prev.close_mark <= q.open_mark and not self._writer_text_between(prev, q):
                    sp, cue = prev.speaker, prev.cue
                elif (
                    self.paras
                    and q.open_mark <= self.paras[q.para][0] + 1
                    and q.para - 1 in last_direct
                    and last_para_quote is last_direct[q.para - 1]
                    and last_para_quote.close_mark >= self.paras[q.para - 1][1] - 60
                ):
                    sp, cue = last_para_quote.speaker, last_para_quote.cue
        else:
            # a fragment: the subject of the nearest cue before it in the sentence (else after it)
            before = [
                c
                for c in cues
                if c.end() <= q.open_mark and (lex.cues.get(c.group().lower()) or lex.cues.get(c.group()))
            ]
            before = [c for c in before if (lex.cues.get(c.group().lower()) or lex.cues.get(c.group())).partial]
            after = [c for c in cues if c.start() >= q.close_mark]
            c = before[-1] if before else (after[0] if after else None)
            if c is not None:
                sp = self.cue_speaker(us, ue, c.start(), c.end())
                cue = c.group().lower() if not c.group().lower().startswith("according") else "according to"
            else:
                words = _words(content)
                if len(words) < 2 or all(_is_cap(w) for w in words):
                    return  # a single scare-quoted word or a title, not speech
        q.speaker, q.cue = sp, cue
        n = len(self.rows)
        self.add(q.kind, q.start, q.end, sp, cue, unit, uncertain=q.uncertain)
        q.row = n if len(self.rows) > n else None

    def _writer_text_between(self, a: QSpan, b: QSpan) -> bool:
        """True when the writer's own sentence (not just an attribution) stands between two quotes."""
        between = self.m[a.close_mark : b.open_mark]
        if len(_words(between)) <= 12:
            return False
        if (
            a.speaker is not None
            and a.cue
            and re.match(r"\s*[,.]?\s*(?:[\w’'.-]+\s+){0,4}?" + re.escape(a.cue) + r"(?![\w-])", between)
            and len(_words(between)) <= 30
            and len(self.lex.cue_re.findall(between)) == 1
            and not re.search(r"[.!?]\s+\S", between.strip())
        ):
            return False  # '“A,” said Jane Roe, a fellow at X. “B.”': only the attribution stands between
        return True

    def _direct_attribution(
        self, q: QSpan, prefix: str, lo: int, suffix: str, cues, used: set[int], unit: tuple[int, int]
    ) -> tuple[Speaker | None, str | None]:
        m, lex = self.m, self.lex
        us, ue = unit
        base = q.close_mark
        # after the quote: '”, X said' / '” said X' / '”, according to X'
        sm = re.match(r"\s*[,.]?\s*", suffix)
        rest = suffix[sm.end() :]
        c = lex.cue_re.search(rest)
        if (
            c is not None
            and len(_words(rest[: c.start()])) <= 14
            and not re.search(r"[;!?]", rest[: c.start()])
            and not any(
                not lex.title_re.fullmatch(d.group(1) + ".")
                for d in re.finditer(r"([\w’'-]*[a-z]{2})\.\s+[A-Z“\"]", rest[: c.start()])
            )
        ):
            cs, ce = base + sm.end() + c.start(), base + sm.end() + c.end()
            cue = lex.cues.get(c.group().lower()) or lex.cues.get(c.group())
            qa = re.match(r"\s+(.{1,80}?)\s+as\s+(?:saying|telling)\b", m[ce:ue]) if cue.lemma == "quote" else None
            if qa:
                # '“…,” Tehran radio quoted him as saying': the one quoted speaks
                obj = qa.group(1).strip()
                pron = {"him": "he", "her": "she", "them": "they"}.get(obj.lower())
                sp = Speaker(pron, None, None, "pronoun") if pron else self.a.parse(ce + qa.start(1), ce + qa.end(1))
                self._quoting_body_country(sp, base, cs)
            elif c.start() == 0 or cue.type == "phrase":
                sp = self.after_phrase_speaker(ce, ue)
            else:
                sp = self.subject_before(base + sm.end(), cs)
            if sp is not None:
                used.add(cs)
                sp = self.a.resolve(sp, cs)
                self.subject_cache[cs] = sp
                return sp, (cue.form if cue.type == "phrase" else c.group().lower())
        # before the quote: 'X said: “...”'
        pm = re.search(r"(?:[,:]\s*)?$", prefix)
        head = prefix[: pm.start()] if pm else prefix
        for c in reversed(list(lex.cue_re.finditer(head))):
            tail = head[c.end() :]
            am = lex.after_cue_re.match(tail)
            remainder = tail[am.end() :] if am else tail
            colon = bool(pm) and ":" in pm.group()
            # 'X said in a television interview aired on Sunday: “…”', 'One source said of the attack: “…”'
            rest_ok = (
                not tail.strip()
                or lex.after_cue_re.fullmatch(tail)
                or re.fullmatch(r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s*", tail)
                or (am is not None and len(_words(remainder)) <= 4 and not lex.cue_re.search(remainder))
                or (colon and len(_words(tail)) <= 10 and not lex.cue_re.search(tail))
            )
            if not rest_ok:
                break
            cs = lo + c.start()
            cue = lex.cues.get(c.group().lower()) or lex.cues.get(c.group())
            if cue.type == "phrase":
                sp = self.after_phrase_speaker(lo + c.end(), q.open_mark)
            else:
                sp = self.cue_speaker(us, ue, cs, lo + c.end())
            if sp is not None:
                used.add(cs)
                return sp, (cue.form if cue.type == "phrase" else c.group().lower())
            break
        return None, None

    def _reported(self, c: re.Match, cue: Cue, us: int, ue: int, claimed) -> tuple[int, int, Speaker | None] | None:
        """Content span and speaker of reported speech around the cue ``c``, or None."""
        m, lex = self.m, self.lex
        cs, ce = c.start(), c.end()
        if cue.obj:
            span = self._object_content(c, cue, us, ue)
            if span is not None or not cue.reported:
                return span
        if cue.type == "phrase":  # "according to X"
            sp = self.cue_speaker(us, ue, cs, ce)
            before = m[us:cs]
            if before.strip() and re.search(r",\s*$", before):
                if any(self._speech_cue(x, us) for x in lex.cue_re.finditer(m, us, cs)):
                    return None  # "X said ..., according to the ministry": the source of speech already given
                s = max([us] + [b for a, b in claimed if b <= cs])
                if len(_words(m[s:cs])) < 4:
                    return None
                return s, cs, sp
            after = re.match(r"[^,]*,\s*", m[ce:ue])
            if not before.strip() and after:
                s = ce + after.end()
                if len(_words(m[s:ue])) < 4:
                    return None
                return s, ue, sp
            return None
        if cue.type == "participle":
            if not re.search(r"(?:,|\bwith\s+[^,|]{1,80}?|\bquoted\b[^|]{0,120}?\bas)\s*$", m[us:cs]):
                return None
            s = ce
            tm = re.match(r"\s*(?:that\s+)?", m[s:ue])
            s += tm.end()
            if "|" in m[s:ue]:
                e = s + m[s:ue].index("|")
                if e - s < 3:
                    return None
            content = m[s:ue]
            if len(_words(content)) < 3 or (
                cue.needs_clause and not tm.group().strip() and not _looks_like_clause(content, lex)
            ):
                return None
            return s, ue, self.cue_speaker(us, ue, cs, ce)
        # finite verb: "X said (that) ..." or "..., X said."
        s = ce
        if cue.lemma == "tell":
            # the listener: "told reporters", "told a briefing", "told his South Korean counterpart"
            om = re.match(
                r"\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+|[\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*)(?=[\s,.;]|$)",
                m[s:ue],
            )
            if om:
                s += om.end()
        am = lex.after_cue_re.match(m, s, ue)
        if am:
            s = am.end()
        that = re.match(r"\s*,?\s*that\s+", m[s:ue])
        if that:
            s += that.end()
        content = m[s:ue]
        nwords = len(_words(content))
        if cue.lemma == "claim" and re.match(r"\s*to\s+(?:have|be)\s", content):
            # "the ministry claimed to have destroyed 61 drones"
            s2 = s + len(content) - len(content.lstrip())
            e2 = self._participle_cut(s2, ue) or ue
            return (s2, e2, self.cue_speaker(us, ue, cs, ce)) if "|" not in m[s2:e2] else None
        # "..., X said." : the reported content is the sentence before the attribution
        comma = self._attribution_comma(us, cs)
        b_shape = comma is not None and len(_words(m[us:comma])) >= 3
        # "proposed talks, and member states will vote ...": a coordinated clause with a new subject is the
        # writer's own; the clause test (and an infinitive's content) stops before it
        coord = re.search(r",\s+(?:and|but)\s+(?!that\b|to\b|also\b)", content)
        clause = bool(that) or _looks_like_clause(content[: coord.start()] if coord else content, lex)
        # after "..., X said" only a setting may follow ("after the meeting"); reported content starts otherwise
        first = _words(content)[:1]
        # "..., he said but did not elaborate" / "..., he said and gave no details": a second verb of the
        # speaker, not reported content
        setting_follows = (
            not first
            or first[0].lower() in _PREPOSITIONS
            or bool(re.match(r"\s*,\s*[a-z]+ing\s", content))
            or first[0].lower() in ("when", "while", "as", "but", "and", "or", "although", "though", "whereas")
            or (first[0].lower() in lex.cues and lex.cues[first[0].lower()].type == "participle")
        )
        a_ok = (
            nwords >= 3
            and "|" not in content[:3]
            and (bool(that) or not (b_shape and setting_follows))
            and (bool(that) or not self._comma_apposition(content, b_shape))
            and (clause or not cue.needs_clause)
        )
        later = self._inside_later_attribution(us, ce, ue) if a_ok else None
        if later is not None:
            sp = self.cue_speaker(us, ue, cs, ce) if that else None
            if sp is not None and sp.kind == "person" and len(_words(m[s:later])) >= 3 and "|" not in m[s:later]:
                return (
                    s,
                    later,
                    sp,
                )  # "Mori replied that ..., the ministry said": Mori's words, reported by the ministry
            return None  # "OPEC believes ..., the official said.": the later attribution carries it all
        if a_ok and coord and re.match(r"\s*to\s", content):
            ue = s + coord.start()  # "vowed to retaliate, and oil prices jumped ..."
            if len(_words(m[s:ue])) < 3:
                return None
        if a_ok:
            pc = self._participle_cut(s, ue)
            if pc is not None and len(_words(m[s:pc])) >= 3:
                ue = pc  # "... that Japan had lodged a protest, calling the launch ...": the participle has its own
            cut = self._coordinated_cut(s, ue)
            if cut is not None:
                if len(_words(m[s:cut])) < 3:
                    return None
                return s, cut, self.cue_speaker(us, ue, cs, ce)
            if "|" in content:
                content_end = s + content.index("|")
                if len(_words(m[s:content_end])) < 3:
                    return None
            return s, ue, self.cue_speaker(us, ue, cs, ce)
        lead_participle = (
            bool(first) and first[0].lower() in lex.cues and lex.cues[first[0].lower()].type == "participle"
        )
        if cue.needs_clause and re.search(r"\w", content) and not setting_follows:
            return None  # "..., the G7 has promised further measures": a noun object, no speech before it
        if (
            b_shape
            and (nwords <= 8 or setting_follows)
            and ("|" not in content or lead_participle)
            and not re.match(r"\s*to\s", content)
        ):
            sp = self.cue_speaker(us, ue, cs, ce)
            start = max([us] + [b for a, b in claimed if b <= comma])
            if len(_words(m[start:comma])) < 3 or re.match(r"\s*Asked\b", m[start:comma]):
                return None  # "Asked if ..., he said ...": the question is not the answer
            lead = re.match(r"\s*(?:However|But|And|Still|Yet|Also|Meanwhile|Moreover|Indeed),\s*", m[start:comma])
            if lead:
                start += lead.end()
            return start, comma, sp
        return None

    def _continued_report(self, ce: int, ue: int) -> tuple[int, int] | None:
        """ "A, the researchers said, and B.": a clause coordinated after a closing attribution continues the
        reported content when it has a subject and a verb of its own and no cue or quotation."""
        m, lex = self.m, self.lex
        am = lex.after_cue_re.match(m, ce, ue)
        s = am.end() if am else ce
        cm = re.match(r"\s*,?\s*(?:and|but)\s+(?!that\b|also\b|then\b)", m[s:ue])
        if cm is None:
            return None
        s += cm.end()
        rest = m[s:ue]
        words = _words(rest)
        if (
            len(words) < 5
            or "|" in rest
            or lex.cue_re.search(rest)
            or not (words[0].lower() in _DETERMINERS or _is_cap(words[0]))
            or not _looks_like_clause(rest, lex)
        ):
            return None
        if words[0].lower() in _AUX or lex.kind(words[0]) is not None and words[0].lower() not in _DETERMINERS:
            return None
        return s, ue

    def _source_speaker(self, sp: Speaker | None) -> bool:
        """The phrase names a document, figures, a study or a medium ("Commerce Department data", "a study by X")."""
        if sp is None or sp.kind not in ("role", "org") or not sp.text:
            return False
        head = re.split(r"\s(?:by|from|of|at|for|in)\s", sp.text, maxsplit=1)[0]
        return any(self.lex.kind(w) == "source" or w.lower() == "media" for w in _words(head))

    def _comma_apposition(self, content: str, b_shape: bool) -> bool:
        """After "..., X said" a comma and a noun phrase or setting ("..., the first such launch this year",
        ", according to ...") is no reported content; "Kuwait, they said, was pumping ..." is."""
        cm = re.match(r"\s*,\s*", content)
        if not cm:
            return False
        first = (_words(content[cm.end() :])[:1] or [""])[0].lower()
        cue = self.lex.cues.get(first)
        return (
            first in _DETERMINERS
            or first in _PREPOSITIONS
            or first == "according"
            or (cue is not None and cue.type == "participle")
            or (first.endswith("ing") and len(first) > 5)
            or (b_shape and first in ("days", "weeks", "hours", "months"))
        )

    def _speech_cue(self, x: re.Match, us: int) -> bool:
        cue = self.lex.cues.get(x.group().lower()) or self.lex.cues.get(x.group())
        return (
            cue is not None
            and (cue.reported or cue.obj != "")
            and cue.type != "phrase"
            and not self._passive(x.start(), us, x.end())
            and not self._noun_use(x.start(), us)
        )

    def _participle_cut(self, s: int, ue: int) -> int | None:
        """Where reported content ends at ", saying/adding/calling ..." (the participle is speech of its own)."""
        for x in re.finditer(r",\s+([a-z]+ing)\b", self.m[s:ue]):
            cue = self.lex.cues.get(x.group(1))
            if cue is not None and cue.type == "participle":
                return s + x.start()
        return None

    def _object_content(self, c: re.Match, cue: Cue, us: int, ue: int) -> tuple[int, int, Speaker | None] | None:
        """ "accused Washington of trying to ...", "urged both sides to exercise restraint", "called on Beijing
        to halt ...": the content is what the object is accused of / urged to do (with the object for "to")."""
        m = self.m
        ce = c.end()
        obj = r"((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)"
        if cue.obj == "of":
            om = re.match(r"\s+" + obj + r"\s+of\s+(?=[a-z])", m[ce:ue])
        elif cue.obj == "on-to":
            om = re.match(r"\s+(?:on|upon)\s+" + obj + r"\s+to\s+(?=[a-z])", m[ce:ue])
        else:
            om = re.match(r"\s+" + obj + r"\s+to\s+(?=[a-z])", m[ce:ue])
        if om is None:
            return None
        words = _words(om.group(1))
        if (
            not words
            or any(w.lower() in _AUX or w.lower() in self.lex.cues for w in words)
            or not (
                _is_cap(words[0])
                or words[0].lower() in _DETERMINERS
                or words[0].lower() in ("them", "him", "her", "us", "it", "each", "everyone", "both")
            )
        ):
            return None
        s = ce + (om.end() if cue.obj == "of" else om.start(1))
        e = self._participle_cut(s, ue) or ue
        cut = self._coordinated_cut(s, e)
        if cut is not None:
            e = cut
        if len(_words(m[s:e])) < 3:
            return None
        sp = self.cue_speaker(us, ue, c.start(), ce)
        if sp is None or (sp.kind == "role" and _head_key(sp.text, self.lex) is None):
            return None  # "That agreement called on Japan to ...": a document's terms, not speech
        return s, e, sp

    def _later_cues(self, s: int, ue: int):
        for c2 in self.lex.cue_re.finditer(self.m, s, ue):
            cue2 = self.lex.cues.get(c2.group().lower()) or self.lex.cues.get(c2.group())
            if (
                cue2 is not None
                and (cue2.reported or cue2.partial)
                and cue2.type == "finite"
                and not self._passive(c2.start(), s, c2.end())
                and not self._noun_use(c2.start(), s)
            ):
                yield c2

    def _inside_later_attribution(self, us: int, ce: int, ue: int) -> int | None:
        """The comma of a later "..., X said." that closes the sentence holding this cue, else None."""
        m = self.m
        for c2 in self._later_cues(ce, ue):
            rest = m[c2.end() : ue].strip()
            if rest and not (self.lex.after_cue_re.fullmatch(" " + rest.rstrip(".")) or rest in (".",)):
                continue
            comma = self._attribution_comma(us, c2.start())
            if comma is not None and comma > ce:
                return comma
        return None

    def _coordinated_cut(self, s: int, ue: int) -> int | None:
        """Where reported content ends because a coordinated clause with its own cue begins:
        "... , and he warned that ...", "... and said they ...", "Although X said ..., delegates said ..."."""
        m = self.m
        for c2 in self._later_cues(s, ue):
            left = m[s : c2.start()]
            b = None
            for bm in re.finditer(r",\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+", left):
                b = bm
            if b is None:
                continue
            seg = left[b.end() :].strip()
            if seg.startswith("that "):
                continue  # "said that A, and that B": a second clause of the same cue
            tr = self.lex.trail_re.search(" " + seg)
            if tr:
                seg = seg[: max(0, tr.start() - 1)].strip()
            if "|" in seg or len(_words(seg)) > 6:
                continue
            if not seg:
                if "and" in b.group() or "but" in b.group():
                    return s + b.start()
                continue
            toks = _words(seg)
            if not toks:  # only punctuation left between the clauses
                continue
            if toks[0].lower() in _PRONOUNS or _is_cap(toks[0]) or toks[0].lower() in _DETERMINERS:
                if self.a.parse(
                    s + b.end() + left[b.end() :].index(seg), s + b.end() + left[b.end() :].index(seg) + len(seg)
                ):
                    return s + b.start()
        return None

    def _attribution_comma(self, us: int, cs: int) -> int | None:
        """Where the attribution "…, Kim You-geun, first deputy chief …, told" starts, if it ends a sentence."""
        m = self.m
        left = m[us:cs].rstrip()
        tr = self.lex.trail_re.search(left)
        if tr and tr.start() > 0:
            left = left[: tr.start()].rstrip()
        if not left:
            return None
        appositive = left.endswith(",")
        if appositive:
            left = left[:-1]
        c = left.rfind(",")
        if c < 0:
            return None
        if appositive:
            c2 = left.rfind(",", 0, c)
            if c2 >= 0 and len(_words(left[c2 + 1 : c])) <= 6 and _is_cap(left[c2 + 1 : c].strip()[:1]):
                c = c2  # "..., Kim You-geun, first deputy chief ..., told"
        seg = left[c + 1 :]
        if len(_words(seg)) > 16 or "|" in seg:
            return None
        return us + c


def quotes_in_text(text: str) -> list[dict]:
    """Quotes in one text (rows without article_id)."""
    if not isinstance(text, str) or not text.strip():
        return []
    return _Extractor(text, lexicon()).run()


def extract_quotes(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per direct, partial or reported quote: article_id, kind, quote, start, end, speaker,
    speaker_role, speaker_country, cue, sentence, uncertain."""
    rows = []
    errors = ArticleErrors("extract_quotes")
    for aid, text in zip(articles["article_id"], articles["text"]):
        if not isinstance(text, str):
            continue
        for r in errors.run(aid, quotes_in_text, text):
            r["article_id"] = aid
            rows.append(r)
    df = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return errors.finish(df.astype({"start": "int64", "end": "int64", "uncertain": "bool"}))


def quote_counts(quotes: pd.DataFrame, by: str = "speaker", top: int = 15) -> pd.DataFrame:
    """Quotes per ``by`` value (speaker or speaker_country), quoted vs reported, most quoted first.

    Columns: ``by``, quoted (direct and partial), reported (indirect), total; missing values are
    counted as "(no speaker in the text)" / "(not stated)" so an unattributed quote is visible, not
    dropped; speakers only described ("the spokesman", "analysts") share one "(described, not named)" row.
    """
    cols = [by, "quoted", "reported", "total"]
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame(columns=cols).astype({"quoted": "int64", "reported": "int64", "total": "int64"})
    missing = "(no speaker in the text)" if by == "speaker" else "(not stated)"
    key = quotes[by].astype("object").where(quotes[by].notna(), missing)
    if by == "speaker":
        # "the spokesman" of one story is not "the spokesman" of the next: described speakers are pooled
        # in one bar instead of being added up as if they were one person
        lex = lexicon()
        described = key.map(
            lambda s: (
                s != missing and all(not w[0].isupper() or lex.kind(w) is not None for w in re.findall(r"[\w’'.-]+", s))
            )
        )
        key = key.where(~described, "(described, not named)")
    group = quotes["kind"].map(lambda k: "reported" if k == "indirect" else "quoted")
    table = pd.crosstab(key, group).reindex(columns=["quoted", "reported"], fill_value=0)
    table["total"] = table["quoted"] + table["reported"]
    table = table.sort_values(["total", "quoted"], ascending=False).head(top)
    return table.rename_axis(by).reset_index()[cols]
