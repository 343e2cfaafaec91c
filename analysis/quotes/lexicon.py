"""The vocabulary of attribution, read once from the rule tables: cue words, speaker words, settings.

Tables (each explains its columns in its comment header): ``data/cue_verbs.csv`` (said, told, according
to ...), ``data/speaker_roles.csv`` (titles, roles, bodies, sources, media) and ``data/speech_settings.csv``
(where and how words were said). The regular expressions the extractor needs are built here from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.rule_tables import read_table
from ..text.word_tries import trie_pattern
from ..text.words import CALENDAR, CUE_ADVERBS, DETERMINERS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in ("yes", "y", "true", "1")


def _alternation(words, spaced: bool = False) -> str:
    """A regex alternation of literal words in the given order; ``spaced`` lets a space match any spacing."""
    parts = [re.escape(w) for w in words]
    if spaced:
        parts = [p.replace(r"\ ", r"\s+") for p in parts]
    return "|".join(parts)


# a floating quantifier or an emphatic reflexive after the subject ("the councillors all said", "Ford itself said")
_REFLEXIVES = ("itself", "himself", "herself", "themselves")
# "in the past two weeks", "in the past year": a span of time, which the reported content may open with
_SPAN_NUMBERS = "few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|day|week|month|year"
# "went on to" and "continues to" before a cue: the saying goes on ("she continues to insist that ...")
_FLOATING = (
    "both",
    "all",
    "each",
    *_REFLEXIVES,
    r"(?:went|goes|go)\s+on\s+to",
    r"(?:continues|continued|continue)\s+to",
)


@dataclass(frozen=True)
class Cue:
    """One cue form from cue_verbs.csv."""

    form: str
    lemma: str
    reported: bool
    partial: bool
    needs_clause: bool
    type: str  # finite ("X said ...") | participle ("..., saying ...") | phrase ("according to X")
    obj: str = ""  # "of" (accused X of ...) | "to" (urged X to ...) | "on-to" (called on X to ...)
    subject: str = ""  # "source": only a document, figures, study or medium speaks with it ("data showed")
    cue_class: str = "speech"  # speech | writing | finding | question | denial | belief
    noun_object: bool = False  # noun_object_cues.csv: a noun object is what was said ("denied the allegations")
    object_heads: frozenset[str] = frozenset()  # noun_object_heads.csv: heads of noun objects that are what was said
    gerund_object: bool = False  # gerund_object_cues.csv: a gerund with a quantity object is what was reported


@dataclass(frozen=True)
class SpeakerWord:
    """One word of speaker_roles.csv, keyed by its lower-case form."""

    kind: str  # title | role | org | source | medium
    state: bool  # names a government post or body
    head: str = ""  # what a company suffix stands for ("co" -> "company")
    official: bool = False  # an unnamed-official word ("spokesman")
    abroad: bool = False  # a post held abroad ("envoy")
    local: bool = False  # a voice of a place's market or industry ("dealers", "industry sources")
    company: bool = False  # a company officer's post ("chairman")
    absent: frozenset[str] = frozenset()  # ISO3 codes of governments that have no such post ("minister": USA)
    shared: bool = False  # a one-government title that other governments also give ("Commerce Secretary")


_NO_ENTRY = SpeakerWord("title", False)


@dataclass(frozen=True)
class Settings:
    """Words of speech settings from speech_settings.csv, by kind."""

    adverb: tuple[str, ...]
    channel: tuple[str, ...]
    audience: tuple[str, ...]
    published: tuple[str, ...]
    withheld: tuple[str, ...]


def _setting_pattern(media: str, settings: Settings) -> str:
    """Where and when words were said: "on Friday", "in a statement issued by ...", "told reporters"."""
    days = "|".join(WEEKDAYS)
    months = "|".join(MONTHS + MONTH_ABBREVIATIONS)
    published = "with|to|on|by|" + _alternation(settings.published) + "|in|at"
    return (
        rf"(?:late\s+|early\s+)?(?:on\s+)?(?:{days}|(?:{months})\.?\s+\d{{1,2}})(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|(?:last|this|next)\s+(?:week|month|year|weekend|night|morning|{days}|{months})"
        rf"|in\s+the\s+past(?!\s+(?:\d|(?:{_SPAN_NUMBERS})s?\b))"  # "has said in the past that", not "in the past two weeks"
        rf"|(?:earlier|later)(?:\s+(?:on\s+)?(?:{days}|today|this\s+week|this\s+month|in\s+the\s+day))?"
        rf"|{_alternation(settings.adverb, spaced=True)}"
        rf"|(?:in|at|during|after)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{media})s?"
        # its publisher or listener up to a comma or the "that" of the content ("in an interview with the Herald that")
        rf"(?:\s+(?:{published})\s+(?:[\w.’'-]+\s+){{0,4}}?[\w.’'-]+(?=\s*,|\s+that\s))?"
        r"|(?:in|from)\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?"
        rf"|(?:on|via)\s+(?:{_alternation(settings.channel, spaced=True)})"
        r"|through\s+(?:a|an|his|her|its|their)\s+spokes\w+"
        rf"|to\s+(?:{_alternation(settings.audience, spaced=True)})"
        # a listener or a place right before the "that" of the content: "admitted to the newspaper that he ...",
        # "insisted at a rally in Ohio on Wednesday that he ..."
        r"|(?:to|at|during)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+"
        r"(?=\s+that\s+(?:(?:the|a|an|he|she|it|they|we|i|his|her|their|its|there|this)\b|[A-Z]))"
    )


def _trail_ends(lex: Lexicon) -> frozenset[str]:
    """The last words of what trail_re reads (see _setting_pattern), in lower case; the capitalised words, dates,
    "-ly" adverbs and "spokes..." it may end with are told by their form (Lexicon.trail)."""
    media = [w for w, sw in lex.words.items() if sw.kind in ("medium", "source")]
    phrases = [*media, *lex.settings.adverb, *lex.settings.channel, *lex.settings.audience, *CUE_ADVERBS]
    phrases += [
        "both",
        "all",
        "each",
        *_REFLEXIVES,
        "to",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
    ]
    phrases += ["weekend", "earlier", "later", "today", "day", "past", *WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS]
    return frozenset(p.split()[-1].lower() for p in phrases if p.split())


@dataclass
class Lexicon:
    """Cue verbs and speaker words from the data tables, with the regexes built from them."""

    cues: dict[str, Cue]
    titles: list[str]
    words: dict[str, SpeakerWord]  # lower-case role/org/source/medium/title word -> its row
    posts: dict[str, str]  # title (as written) or role word (lower) -> iso3 of its one government
    settings: Settings
    noun_forms: frozenset[str] = frozenset()  # noun_cue_forms.csv: cue forms that are also nouns ("attacks")
    adjective_uses: frozenset[tuple[str, str]] = frozenset()  # adjective_cue_forms.csv: ("preferred", "stock")
    cue_re: re.Pattern = field(init=False)  # any cue form
    title_re: re.Pattern = field(init=False)  # any title, as written
    intro_re: re.Pattern = field(init=False)  # a title or role word right before a name
    after_cue_re: re.Pattern = field(init=False)  # settings between a cue and the reported content
    trail_re: re.Pattern = field(init=False)  # settings and adverbs between a speaker and its cue
    trail_ends: frozenset[str] = field(init=False)  # the lower-case words a match of trail_re may end with
    title_abbreviations: frozenset[str] = field(init=False)  # "Sen.", "Gov.": their dot ends no sentence
    portfolio_words: frozenset[str] = field(init=False)  # "Foreign", "Affairs": a portfolio's words in titles
    ends_with_verb_re: re.Pattern = field(init=False)  # a text that ends with a cue verb ("... he said")
    _post_order: list = field(init=False)
    _post_rank: dict = field(init=False)
    _post_rank_lower: dict = field(init=False)

    def __post_init__(self) -> None:
        forms = list(self.cues)
        # "According to X, ...", and "Asked whether ..., X said" opening a sentence
        caps = [f[0].upper() + f[1:] for f in forms if self.cues[f].type == "phrase" or f == "asked"]
        self.cue_re = re.compile(rf"(?<![\w-]){trie_pattern(forms + caps)}(?![\w-])")
        roles = {w for w, sw in self.words.items() if sw.kind == "role"}
        self.intro_re = re.compile(rf"(?<![\w-]){trie_pattern(set(self.titles) | roles)}(?=,?\s+[A-Z])")
        self.title_re = re.compile(rf"{trie_pattern(self.titles)}(?![\w])")
        media = trie_pattern(w for w, sw in self.words.items() if sw.kind in ("medium", "source"))
        setting = _setting_pattern(media, self.settings)
        # not a possessive: "said Monday's float included ..." opens the content with its subject
        self.after_cue_re = re.compile(rf"(?:\s*,?\s*(?:{setting})(?![\w]|[’']s\b))+\s*,?")
        # also a floating quantifier ("Roe and Vale both stressed that") and "went on to" before a cue: it was said
        trailing = "|".join(CUE_ADVERBS + _FLOATING)
        self.trail_re = re.compile(rf"(?:\s*,?\s+(?:{setting}|{trailing}|[a-z]\w*ly)(?![\w]))+\s*$")
        self.trail_ends = _trail_ends(self)
        verbs = trie_pattern(f for f in self.cues if self.cues[f].type != "phrase")
        self.ends_with_verb_re = re.compile(rf"(?<![\w-]){verbs}\s*$")
        # posts by how they are matched (a title as written at the end of a role, a role word as its last
        # word), with their rank in the table
        self._post_order = list(self.posts.items())
        self._post_rank = {p: i for i, (p, _) in enumerate(self._post_order) if p[:1].isupper()}
        self._post_rank_lower = {p: i for i, (p, _) in enumerate(self._post_order) if not p[:1].isupper()}
        self.title_abbreviations = frozenset(w for w in self.titles if w.endswith(".") and " " not in w)
        # the capitalised words of titles before their post ("Foreign", "Affairs" of "Foreign Affairs Minister")
        heads = {t.split()[-1] for t in self.titles if " " in t}
        self.portfolio_words = frozenset(
            w for t in self.titles for w in t.split()[:-1] if w[:1].isupper() and w not in heads
        )

    def trail(self, text: str) -> re.Match | None:
        """``trail_re.search(text)``, searched only when the text's last word can end a setting or an adverb (a
        match ends the text; most texts before a cue end with the speaker, and a miss scans the whole text)."""
        parts = text.rsplit(None, 1)
        if not parts:
            return None
        last = parts[-1]
        if not (
            last[:1].isupper()  # "in Tokyo", "on Friday", "last Jan"
            or last[-1:].isdigit()  # "on March 3"
            or last.endswith("ly")
            or last.startswith("spokes")  # "through a spokesman"
            or last.lower() in self.trail_ends
            or (last.endswith("s") and last[:-1].lower() in self.trail_ends)  # "in interviews"
        ):
            return None
        return self.trail_re.search(text)

    def cue(self, form: str) -> Cue | None:
        """The cue for a form as found in text ("Said", "According to")."""
        return self.cues.get(form.lower()) or self.cues.get(form)

    def post_country(self, role: str | None) -> str | None:
        """The iso3 of the one government a post belongs to, when the role ends with such a title or word
        ("Treasury Secretary", "Sen.", "senators"); None for posts that many countries have. When several
        fit, the one listed first in the table wins."""
        if not role or not self.posts:
            return None
        role = role.strip(" ,")
        parts = role.split(" ")
        found = [
            self._post_rank[" ".join(parts[k:])] for k in range(len(parts)) if " ".join(parts[k:]) in self._post_rank
        ]
        last = role.rsplit(None, 1)[-1].lower() if role.split() else ""
        if last in self._post_rank_lower:
            found.append(self._post_rank_lower[last])
        return self._post_order[min(found)][1] if found else None

    def shared_post(self, role: str) -> bool:
        """Whether the one-government title a role ends with is one other governments also give (speaker_roles.csv
        ``shared``: "Commerce Secretary" in a DHAKA story can be Bangladesh's)."""
        parts = role.strip(" ,").split(" ")
        ends = (" ".join(parts[k:]) for k in range(len(parts)))
        return any(e in self._post_rank and (self.words.get(e.lower()) or _NO_ENTRY).shared for e in ends)

    def entry(self, word: str) -> SpeakerWord | None:
        """The table row of a word, also for a plural the table lacks ("groups")."""
        w = word.lower().rstrip(".").replace("’", "'")
        found = self.words.get(w)
        if found is None and len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "'s")):
            found = self.words.get(w[:-1])
            if found is not None and found.kind not in ("role", "org", "source"):
                found = None
        if found is None and w.endswith(("-elect", "-designate")):  # "chairman-elect": the post to be held
            found = self.words.get(w.rsplit("-", 1)[0])
        return found

    def kind(self, word: str) -> str | None:
        """title, role, org, source or medium; None for other words."""
        found = self.entry(word)
        return found.kind if found else None

    def state(self, word: str) -> bool:
        """True when the word names a government post or body."""
        found = self.words.get(word.lower().rstrip("."))
        return bool(found and found.state)

    def is_official(self, key: str | None) -> bool:
        """An unnamed-official word ("spokesman"), as folded by ``speakers.head_key``."""
        found = self.words.get(key or "")
        return bool(found and found.official)

    def lacking_post(self, key: str | None) -> frozenset[str]:
        """The governments (ISO3) that have no post of this word ("minister": the United States), as folded by
        ``speakers.head_key``."""
        found = self.words.get(key or "")
        return found.absent if found else frozenset()

    def is_abroad(self, key: str | None) -> bool:
        """A post held abroad ("envoy"), as folded by ``speakers.head_key``."""
        found = self.words.get(key or "")
        return bool(found and found.abroad)

    def before_participle(self, ws: list[str]) -> list[str]:
        """The words before a participle clause that follows a speaker word ("delegate representing a major
        producer" -> "delegate"): what the clause names is not what the speaker is."""
        for i in range(1, len(ws) - 1):
            w = ws[i]
            if (
                w.endswith("ing")
                and w.islower()
                and ws[i + 1].lower() in DETERMINERS  # a participle with its object, not "bank holding company"
                and self.kind(ws[i - 1].lower()) in ("role", "org")
            ):
                return ws[:i]
        return ws

    def _last_role(self, phrase: str) -> SpeakerWord | None:
        for w in reversed(self.before_participle(phrase.replace(",", " ").split())):
            found = self.entry(w)
            if found is not None and found.kind == "role":
                return found
        return None

    def is_local(self, phrase: str) -> bool:
        """The phrase's last role word is a local voice's ("New York trade sources", "dealers")."""
        found = self._last_role(phrase)
        return bool(found and found.local)

    def is_company_post(self, phrase: str) -> bool:
        """The phrase's last role word is a company officer's post ("chairman", "chief executive")."""
        found = self._last_role(phrase)
        return bool(found and found.company)

    def is_calendar(self, word: str) -> bool:
        """A weekday or month name."""
        return word in CALENDAR


def _cue(
    row: dict,
    noun_objects: frozenset[str] = frozenset(),
    heads: dict | None = None,
    gerunds: frozenset[str] = frozenset(),
) -> Cue:
    return Cue(
        row["form"].strip(),
        row["lemma"].strip(),
        _yes(row["reported"]),
        _yes(row["partial"]),
        _yes(row["needs_clause"]) and row["lemma"].strip() not in noun_objects,  # noun_object_cues.csv
        (row.get("type") or "finite").strip(),
        (row.get("object") or "").strip(),
        (row.get("subject") or "").strip(),
        (row.get("class") or "speech").strip(),
        _yes(row["needs_clause"]) and row["lemma"].strip() in noun_objects,
        (heads or {}).get(row["lemma"].strip(), frozenset()),
        row["lemma"].strip() in gerunds,  # gerund_object_cues.csv
    )


def _speaker_words() -> tuple[list[str], dict[str, SpeakerWord], dict[str, str]]:
    titles, words, posts = [], {}, {}
    for row in read_table("speaker_roles.csv"):
        word, kind, state = row["word"].strip(), row["kind"].strip(), _yes(row["state"])
        iso3 = (row.get("country") or "").strip()
        if iso3:
            posts[word if kind == "title" else word.lower()] = iso3
        if kind == "title":
            titles.append(word)
            words.setdefault(word.lower().rstrip("."), SpeakerWord("title", state, shared=_yes(row.get("shared"))))
        else:
            head = (row.get("head") or "").strip()
            words[word.lower()] = SpeakerWord(
                kind, state, head, _yes(row.get("official")), _yes(row.get("abroad")), _yes(row.get("local")),
                _yes(row.get("company")), frozenset((row.get("absent") or "").split()),
            )  # fmt: skip
    return titles, words, posts


def _settings() -> Settings:
    rows = read_table("speech_settings.csv")
    by_kind = {k: tuple(r["phrase"].strip() for r in rows if r["kind"].strip() == k) for k in Settings.__annotations__}
    return Settings(**by_kind)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the cue, speaker and setting tables once (read-only)."""
    cues = {}
    noun_objects = frozenset(r["lemma"].strip() for r in read_table("noun_object_cues.csv"))
    heads: dict[str, frozenset[str]] = {}
    for r in read_table("noun_object_heads.csv"):
        heads[r["lemma"].strip()] = heads.get(r["lemma"].strip(), frozenset()) | {r["head"].strip()}
    gerunds = frozenset(r["lemma"].strip() for r in read_table("gerund_object_cues.csv"))
    for row in read_table("cue_verbs.csv"):
        cue = _cue(row, noun_objects, heads, gerunds)
        cues[cue.form] = cue
    titles, words, posts = _speaker_words()
    noun_forms = frozenset(r["form"].strip() for r in read_table("noun_cue_forms.csv"))
    adjectives = frozenset((r["form"].strip(), r["noun"].strip()) for r in read_table("adjective_cue_forms.csv"))
    return Lexicon(cues, titles, words, posts, _settings(), noun_forms, adjectives)
