"""Findings of notebook 02: who is quoted, for which country, in quotation marks or reported."""

from __future__ import annotations

import pandas as pd

from ..speaker_names import speaker_names
from .base import (
    TABLE_ROWS,
    Findings,
    Section,
    capitalise,
    count,
    country,
    leaders,
    names,
    of,
    percent,
    rest_note,
    sentences,
    top_and_rest,
    verb,
)

QUOTE_COLUMNS = ["article_id", "speaker", "speaker_role", "speaker_country", "kind", "cue", "quote"]
# ... and what its CSV adds, so a row can be found in its article and counted as the charts count it
QUOTE_TRACE = ["speaker_name", "start", "end", "cue_class", "sentence", "rule"]
KIND_NOTE = "Quoted = in quotation marks (direct or partial quotes); reported = indirect speech."


def quotes_by(quotes: pd.DataFrame, by: str) -> pd.DataFrame:
    """Quotes per value of ``by`` (rows with a value only): ``by``, quoted, reported, total, articles; most first."""
    cols = [by, "quoted", "reported", "total", "articles"]
    known = quotes[quotes[by].notna()]
    if known.empty:
        return pd.DataFrame(columns=cols).astype({c: "int64" for c in cols[1:]})
    group = known["kind"].map(lambda k: "reported" if k == "indirect" else "quoted")
    table = pd.crosstab(known[by], group).reindex(columns=["quoted", "reported"], fill_value=0)
    table["total"] = table["quoted"] + table["reported"]
    table["articles"] = known.groupby(by)["article_id"].nunique()
    table = table.rename_axis(by).reset_index()
    return table.sort_values(["total", "quoted", by], ascending=[False, False, True]).reset_index(drop=True)[cols]


def _with_names(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The quotes with speaker_name and speaker_kind (one name per person or country)."""
    return pd.concat([quotes, speaker_names(quotes, articles)], axis=1)


def _mix_sentence(q: pd.DataFrame, n_articles: int) -> str:
    quoted = int((q["kind"] != "indirect").sum())
    where = f"in {count(q['article_id'].nunique(), 'article')}"
    if n_articles > q["article_id"].nunique():
        where += f" (of {n_articles:,})"
    return (
        f"{count(len(q), 'quote')} {where}: {percent(quoted, len(q))} in quotation marks, "
        f"{percent(len(q) - quoted, len(q))} reported speech."
    )


def _for_whom(mine: pd.DataFrame) -> str:
    """ ", for Brazil", ", for Brazil in 17 of them" or "" (the speaker country the quotes give)."""
    countries = mine["speaker_country"].dropna()
    if countries.empty:
        return ""
    top = countries.value_counts()
    if top.iloc[0] == len(mine):
        return f", for {country(top.index[0])}"
    return f", for {country(top.index[0])} in {top.iloc[0]:,} of them"


def _speaker_sentence(q: pd.DataFrame, table: pd.DataFrame) -> str:
    top = table.iloc[0]
    tied = table[table["total"] == top["total"]]
    if len(tied) > 1:
        who = names(list(tied["speaker_name"][:4]) + ([f"{len(tied) - 4} others"] if len(tied) > 4 else []))
        return f"{who} are quoted most, {count(int(top['total']), 'quote')} each (of {len(q):,})."
    mine = q[q["speaker_name"] == top["speaker_name"]]
    where = f"in {count(int(top['articles']), 'article')}"
    whom = "" if (mine["speaker_kind"] == "country").all() else _for_whom(mine)
    return f"{top['speaker_name']} is quoted most: {of(int(top['total']), len(q), 'quote')}, {where}{whom}."


def _voice(name: str, land: str) -> str:
    """How a country's speaker reads in a sentence: "Japan itself" when the country is the speaker."""
    return f"{country(land)} itself" if name == land else name


def _country_sentence(q: pd.DataFrame, table: pd.DataFrame) -> str:
    top = table.iloc[0]
    land = top["speaker_country"]
    mine = q[q["speaker_country"] == land]
    stated = int(q["speaker_country"].notna().sum())
    # named voices only: "company" or "analysts" of one story is not the same speaker as of the next
    named = mine[~mine["speaker_kind"].isin(["described", "none"])] if "speaker_kind" in mine else mine
    voices = named["speaker_name"].dropna().value_counts()
    lead = f"{capitalise(country(land, start=True))} speaks most: {of(int(top['total']), stated, 'quote')}"
    lead += f" that {verb(stated, 'states', 'state')} the speaker's country" if stated < len(q) else ""
    if voices.empty:
        return f"{lead}, none of them by a named speaker."
    first = _voice(voices.index[0], land)
    if voices.iloc[0] == len(mine):
        return f"{lead}, all through {first}."
    if voices.iloc[0] > len(mine) / 2:
        return f"{lead}, most through {first} ({voices.iloc[0]:,})."
    if len(voices) == 1:
        return f"{lead}, {voices.iloc[0]:,} of them through {first}."
    second = _voice(voices.index[1], land)
    return f"{lead}, most often through {first} ({voices.iloc[0]:,}) and {second} ({voices.iloc[1]:,})."


def _gaps_sentence(q: pd.DataFrame) -> str:
    no_country = int(q["speaker_country"].isna().sum())
    described = int((q["speaker_kind"] == "described").sum())
    nobody = int((q["speaker_kind"] == "none").sum())
    parts = []
    if no_country:
        do = verb(no_country, "does", "do")
        parts.append(
            f"{of(no_country, len(q), 'quote')} ({percent(no_country, len(q))}) {do} not state the speaker's country"
        )
    if described:
        parts.append(
            f"{count(described, 'quote')} only {verb(described, 'describes', 'describe')} the speaker "
            "(such as “analysts” or “a spokesman”)"
        )
    if nobody:
        parts.append(f"{count(nobody, 'quote')} {verb(nobody, 'gives', 'give')} no speaker at all")
    if not parts:
        return "Every quote names its speaker and the speaker's country."
    return capitalise("; ".join(parts)) + "."


def _speaker_section(q: pd.DataFrame, top: int) -> Section:
    people = q[q["speaker_kind"].isin(["named", "country"])]
    table = quotes_by(people, "speaker_name")
    if table.empty:
        return Section("speakers", "No quote names its speaker: nothing to chart.")
    head, rest_rows, rest_total = top_and_rest(table, "total", top)
    if len(table) == 1:
        header = f"{head['speaker_name'].iloc[0]} is the only speaker named, with {count(int(head['total'].iloc[0]), 'quote')}"
    else:
        header = f"Quoted most: {leaders(table, 'speaker_name', 'total', 'quote')}"
    left_out = len(q) - len(people)
    note = rest_note(len(head), len(table), rest_total, "named speaker", "quote")
    if left_out:
        note += f" Not drawn: {of(left_out, len(q), 'quote')} by speakers only described (“analysts”) or not given."
    return Section("speakers", header, head, sentences(note, KIND_NOTE))


def _country_section(q: pd.DataFrame, top: int) -> Section:
    table = quotes_by(q, "speaker_country")
    if table.empty:
        return Section("countries", "No quote states its speaker's country: nothing to chart.")
    head, rest_rows, rest_total = top_and_rest(table, "total", top)
    header = (
        f"The countries whose speakers are quoted most: {leaders(table, 'speaker_country', 'total', 'quote', the=True)}"
    )
    unstated = int(q["speaker_country"].isna().sum())
    note = rest_note(len(head), len(table), rest_total, "country", "quote")
    if unstated:
        do = verb(unstated, "does", "do")
        note = sentences(
            f"{of(unstated, len(q), 'quote')} ({percent(unstated, len(q))}) {do} not state the speaker's country "
            f"and {verb(unstated, 'is', 'are')} not drawn.",
            note,
        )
    return Section("countries", header, head, sentences(note, KIND_NOTE))


def quote_findings(articles: pd.DataFrame, quotes: pd.DataFrame, top: int = 15, reading: int = 3) -> Findings:
    """Notebook 02's findings: the mix of quotes, who is quoted most, which country speaks most, what is not stated."""
    f = Findings("02_quote_attribution", "Who is quoted, and for which country?", stats={"quotes": len(quotes)})
    if quotes is None or len(quotes) == 0:
        f.sentences = [f"No quote was found in {count(len(articles), 'article')}."]
        for key in ("quotes", "speakers", "countries", "reading"):
            f.add(Section(key, "No quotes in these articles: nothing to show."))
        return f
    q = _with_names(quotes, articles)
    speakers = quotes_by(q[q["speaker_kind"].isin(["named", "country"])], "speaker_name")
    by_country = quotes_by(q, "speaker_country")
    f.sentences = [_mix_sentence(q, len(articles))]
    f.sentences += [_speaker_sentence(q, speakers)] if len(speakers) else []
    f.sentences += [_country_sentence(q, by_country)] if len(by_country) else []
    f.sentences += [_gaps_sentence(q)]
    f.stats.update(speakers=len(speakers), speaker_countries=len(by_country))
    shown = f"All {count(len(q), 'quote')}" if len(q) <= TABLE_ROWS else f"The first {TABLE_ROWS} of {len(q):,} quotes"
    full = q[QUOTE_COLUMNS + [c for c in QUOTE_TRACE if c in q.columns]]
    f.add(Section("quotes", f"{shown} in reading order, with speaker, role and country", full, columns=QUOTE_COLUMNS))
    f.add(_speaker_section(q, top))
    f.add(_country_section(q, top))
    most = q["article_id"].value_counts().head(reading)
    ids = pd.DataFrame({"article_id": most.index, "quotes": most.values})
    which = f"the {count(len(ids), 'article')} with the most quotes" if len(articles) > len(ids) else "each article"
    f.add(Section("reading", f"Reading view: {which}, each quote in its speaker country's colour", ids))
    return f
