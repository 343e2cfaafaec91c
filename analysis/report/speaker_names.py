"""One name per speaker across a corpus, so a count of quotes counts people and countries, not spellings.

- A country's name, short form, demonym or capital speaking is the country: "Tokyo", "Japan" and "the Japanese"
  are Japan (read as on the article's date: "Moscow" in 1987 is the Soviet Union).
- A surname alone ("Kishida", "Mr. Kishida") is the full name it stands for: the one full name in the same
  article that ends with it, else the one in the corpus; left as it is when there are several.
- A company is one name with or without its legal form ("General Motors Corp", "General Motors"), and its
  initials ("GM") are the one named speaker of the article (else of the corpus) whose capitalised words they begin.
- A speaker the article only describes ("a spokesman", "analysts", "the company") is no one in particular:
  kind "described", so that a count does not add up every story's spokesman as one person.
"""

from __future__ import annotations

import re

import pandas as pd

from ..quotes.lexicon import lexicon
from ..text.countries import day_of, gazetteer
from ..text.words import INCORPORATION_FORMS

SPEAKER_KINDS = ("named", "country", "described", "none")
_COUNTRY_KINDS = {"name", "short", "demonym", "capital"}
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|President|Premier)\.?\s+(?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?$")
_WORD = re.compile(r"[\w’'.-]+")
_INCORPORATED = re.compile(
    r"(?:,?\s+(?:" + "|".join(re.escape(w) for w in INCORPORATION_FORMS if w[0].isupper()) + r"))+$"
)
_JOINING = frozenset({"and", "of", "for", "the", "de", "&"})


_ACRONYM_AFTER = re.compile(r"\s+\([A-Z][\w.&/-]*\)$")  # "Joint Chiefs of Staff (JCS)": the name's acronym


def _clean(name: str) -> str:
    """The speaker phrase without a leading "the", an honorific, a possessive ending or an acronym after the name."""
    name = _ACRONYM_AFTER.sub("", " ".join(str(name).split()))
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = _HONORIFIC.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def _described(name: str, day: str = "") -> bool:
    """A speaker the article only describes: "spokesman", "Analysts", "Japanese officials", "unidentified director
    at ...", "official figures from Beijing"; not a named person or body, nor a country's body ("Japan's foreign
    ministry", "U.S. Embassy")."""
    lex = lexicon()
    words = list(_WORD.finditer(name))
    if not words:
        return True
    first = words[0].group()
    if first[0].islower() and lex.kind(first) is None:  # "unidentified ...", "senior ..."
        return True
    places = [(m.start, m.end) for m in gazetteer().find(name, day)]
    in_place = [any(a <= w.start() and w.end() <= b for a, b in places) for w in words]
    proper = [
        w.group() for w, p in zip(words, in_place) if w.group()[0].isupper() and not p and lex.kind(w.group()) is None
    ]
    if proper:
        return False
    kinds = [lex.kind(w.group()) for w in words]
    head = next((k for k in reversed(kinds) if k is not None), None)
    return not (any(in_place) and head == "org")  # a country's body speaks for it; a bare "company" is anyone's


def _country(name: str, day: str) -> str | None:
    """The country a speaker phrase names as a whole ("Tokyo" -> Japan), else None."""
    found = gazetteer().find(name, day)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name) and found[0].kind in _COUNTRY_KINDS:
        return found[0].country
    return None


def _speaker(raw, day: str) -> tuple[str | None, str]:
    """(canonical name, kind) of one speaker phrase."""
    if raw is None or (isinstance(raw, float) and pd.isna(raw)) or not str(raw).strip():
        return None, "none"
    name = _clean(raw)
    country = _country(name, day)
    if country:
        return country, "country"
    if not name or _described(name, day):
        return str(raw).strip(), "described"
    return _without_form(name), "named"


def _without_form(name: str) -> str:
    """ "General Motors Corp" -> "General Motors"; whole where no name would be left ("Smith and Co", "Corp")."""
    base = _INCORPORATED.sub("", name)
    words = base.split()
    if not words or words[-1].lower() in _JOINING:
        return name
    return base


def _initials(name: str) -> str | None:
    """ "International Business Machines" -> "IBM" (joining words skipped); None unless every other word is capitalised."""
    words = [w for w in name.split() if w.lower() not in _JOINING]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _person_like(name: str) -> bool:
    """Two to four capitalised words with no joining word, possessive or body word: "Fumio Kishida"."""
    words = name.split()
    lex = lexicon()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and not _POSSESSIVE.search(w) and lex.kind(w) is None for w in words
    )


def _last_name(name: str) -> str | None:
    """The last word of a person-like name ("Fumio Kishida" -> "Kishida"), else None."""
    return name.rsplit(" ", 1)[-1] if _person_like(name) else None


def _expand(table: pd.DataFrame, key_of, short: str, learned_only: bool = False) -> pd.Series:
    """Each named speaker of one word matching ``short`` as the one longer named speaker whose ``key_of`` it is: in
    the same article, else in the corpus (with ``learned_only``, only a pairing met within some article: "GM" beside
    "General Motors" once makes every "GM" General Motors, not "Gene Moos"); left as it is where there are several."""
    named = table[table["speaker_kind"] == "named"]
    keys = {n: key_of(n) for n in named["speaker_name"].unique() if " " in n}
    longer = named[named["speaker_name"].isin([n for n, k in keys.items() if k])]
    longer = longer.assign(key=longer["speaker_name"].map(keys))
    by_article = longer.groupby(["article_id", "key"])["speaker_name"].unique()
    single = (table["speaker_kind"] == "named") & table["speaker_name"].fillna("").str.fullmatch(short)
    found = {i: by_article.get((table.at[i, "article_id"], table.at[i, "speaker_name"])) for i in table.index[single]}
    if learned_only:
        learned: dict[str, set] = {}
        for i, here in found.items():
            if here is not None and len(here) == 1:
                learned.setdefault(table.at[i, "speaker_name"], set()).add(here[0])
        by_corpus = {w: list(v) for w, v in learned.items()}
    else:
        by_corpus = longer.groupby("key")["speaker_name"].unique().to_dict()
    out = table["speaker_name"].copy()
    for i, here in found.items():
        there = by_corpus.get(table.at[i, "speaker_name"])
        if here is not None and len(here) == 1:
            out.at[i] = here[0]
        elif there is not None and len(there) == 1:
            out.at[i] = there[0]
    return out


def speaker_names(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quote (same index): speaker_name (one name per person or country) and speaker_kind
    (named, country, described or none)."""
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame({"speaker_name": pd.Series(dtype=object), "speaker_kind": pd.Series(dtype=object)})
    days: dict = {}
    if articles is not None and "published" in articles.columns:
        days = {aid: day_of(pub) for aid, pub in zip(articles["article_id"], articles["published"])}
    seen: dict[tuple, tuple[str | None, str]] = {}  # a corpus repeats its speakers: each phrase is read once
    pairs = []
    for s, a in zip(quotes["speaker"], quotes["article_id"]):
        key = (s, days.get(a, ""))
        if key not in seen:
            seen[key] = _speaker(*key)
        pairs.append(seen[key])
    table = pd.DataFrame(pairs, columns=["speaker_name", "speaker_kind"], index=quotes.index, dtype=object)
    table["article_id"] = quotes["article_id"].values
    table["speaker_name"] = _expand(table, _last_name, r"[A-Z][\w.-]+")  # a surname: the person
    table["speaker_name"] = _expand(table, _initials, r"[A-Z]{2,6}", learned_only=True)  # initials: the company or body
    return table[["speaker_name", "speaker_kind"]]
