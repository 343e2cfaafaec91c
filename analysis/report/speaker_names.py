"""One name per speaker across a corpus, so a count of quotes counts people and countries, not spellings.

- A country's name, short form, demonym or capital speaking is the country: "Tokyo", "Japan" and "the Japanese"
  are Japan (read as on the article's date: "Moscow" in 1987 is the Soviet Union).
- A surname alone ("Kishida", "Mr. Kishida") is the full name it stands for: the one full name in the same
  article that ends with it, else the one in the corpus; left as it is when there are several.
- A speaker the article only describes ("a spokesman", "analysts", "the company") is no one in particular:
  kind "described", so that a count does not add up every story's spokesman as one person.
"""

from __future__ import annotations

import re

import pandas as pd

from ..quotes.lexicon import lexicon
from ..text.countries import day_of, gazetteer

SPEAKER_KINDS = ("named", "country", "described", "none")
_COUNTRY_KINDS = {"name", "short", "demonym", "capital"}
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|President|Premier)\.?\s+(?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?$")
_WORD = re.compile(r"[\w’'.-]+")


def _clean(name: str) -> str:
    """The speaker phrase without a leading "the", an honorific or a possessive ending."""
    name = " ".join(str(name).split())
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
    return name, "named"


def _person_like(name: str) -> bool:
    """Two to four capitalised words with no joining word, possessive or body word: "Fumio Kishida"."""
    words = name.split()
    lex = lexicon()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and not _POSSESSIVE.search(w) and lex.kind(w) is None for w in words
    )


def _full_names(table: pd.DataFrame) -> pd.Series:
    """Each one-word named speaker as the full name it stands for, where that name is unique."""
    named = table[table["speaker_kind"] == "named"]
    person = {n: _person_like(n) for n in named["speaker_name"].unique()}
    multi = named[named["speaker_name"].map(person)]
    last = multi["speaker_name"].str.rsplit(" ", n=1).str[-1]
    by_article = multi.assign(last=last).groupby(["article_id", "last"])["speaker_name"].unique()
    by_corpus = multi.assign(last=last).groupby("last")["speaker_name"].unique()
    out = table["speaker_name"].copy()
    single = (table["speaker_kind"] == "named") & table["speaker_name"].fillna("").str.fullmatch(r"[A-Z][\w.-]+")
    for i in table.index[single]:
        word, aid = table.at[i, "speaker_name"], table.at[i, "article_id"]
        here = by_article.get((aid, word))
        there = by_corpus.get(word)
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
    table["speaker_name"] = _full_names(table)
    return table[["speaker_name", "speaker_kind"]]
