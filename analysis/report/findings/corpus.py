"""Findings of notebook 01 and the report's title page: what was read, what was skipped, which countries."""

from __future__ import annotations

import re

import pandas as pd

from .base import (
    TABLE_ROWS,
    Findings,
    Section,
    capitalise,
    count,
    country,
    date_range,
    holder,
    leaders,
    names,
    of,
    rest_note,
    sentences,
    top_and_rest,
    verb,
)

ARTICLE_COLUMNS = ["article_id", "title", "published", "publisher", "n_words"]
STACK_UP_TO = 6  # up to this many articles, a country's bar is split by article; past it, one bar per country


def _where(articles: pd.DataFrame) -> str:
    """ "seeds/", "reuters500.jsonl", "3 files and folders"."""
    holders = sorted({holder(p) for p in articles["path"] if isinstance(p, str)})
    if not holders:
        return ""
    return names(holders) if len(holders) <= 3 else f"{len(holders):,} files and folders"


def skipped_reasons(skipped: list[dict]) -> str:
    """ "2 empty files, 1 binary file" (the reasons, most common first)."""
    reasons = pd.Series([d.get("reason", "") for d in skipped]).str.replace(r"^line \d+: ", "line: ", regex=True)
    reasons = reasons.str.replace(r"^record \S+: ", "", regex=True).str.split(" [(]").str[0]
    top = reasons.value_counts()
    return ", ".join(f"{n:,} × {reason}" for reason, n in top.head(4).items()) + (", …" if len(top) > 4 else "")


def corpus_summary(articles: pd.DataFrame) -> list[str]:
    """Sentences on what was read: how many articles and words, from where, dated when, by which publishers,
    what was skipped and repeated."""
    n = len(articles)
    if n == 0:
        return ["No article could be read."]
    where = _where(articles)
    first = f"{count(n, 'article')} ({count(int(articles['n_words'].sum()), 'word')})" + (
        f" from {where}" if where else ""
    )
    span = date_range(articles["published"])
    undated = int(articles["published"].isna().sum())
    if span:
        first += f", published {span}" + (f" ({undated:,} undated)" if undated else "")
    else:
        first += ", none dated"
    out = [first + "."]
    publishers = articles["publisher"].dropna().value_counts()
    if len(publishers):
        shown = ", ".join(f"{p} ({c:,})" for p, c in publishers.head(5).items())
        more = f" and {len(publishers) - 5:,} more" if len(publishers) > 5 else ""
        unknown = int(articles["publisher"].isna().sum())
        out.append(f"Publishers: {shown}{more}" + (f"; not detectable for {unknown:,}." if unknown else "."))
    else:
        out.append("No publisher could be detected.")
    out.append(_skipped_sentence(articles))
    misplaced = _misplaced_dates(articles)
    out += [misplaced] if misplaced else []
    out += [capitalise(articles.attrs["not_read"]) + "."] if articles.attrs.get("not_read") else []
    return out


# A date line the loader did not take as one (it stood below the title) is left at the top of the text: "Published:
# 26-MAR-1987" in the first paragraphs of an undated article is that, and its file says how to fix it.
_DATE_LINE = re.compile(r"\b(published|posted|updated|dated?)(\s+on)?\s*:\s*\S*\d", re.IGNORECASE)
DATE_LINE_CHARS = 300


def _misplaced_dates(articles: pd.DataFrame) -> str:
    """A sentence on undated articles whose text opens with a date line, or "" when there are none."""
    undated = articles[articles["published"].isna()]
    found = [t for t in undated["text"] if isinstance(t, str) and _DATE_LINE.search(t[:DATE_LINE_CHARS])]
    if not found:
        return ""
    have = verb(len(found), "has", "have")
    return (
        f"{count(len(found), 'undated article')} {have} a date line (“Published: …”) in {verb(len(found), 'its', 'their')}"
        " text: the loader reads it only as the first line of the file, above the title."
    )


def _skipped_sentence(articles: pd.DataFrame) -> str:
    skipped, duplicates = articles.attrs.get("skipped", []), articles.attrs.get("duplicates", [])
    parts = []
    if skipped:
        parts.append(f"{count(len(skipped), 'file or record')} could not be read ({skipped_reasons(skipped)})")
    if duplicates:
        were = verb(len(duplicates), "was", "were")
        parts.append(f"{count(len(duplicates), 'text')} identical to another {were} read once")
    parts += [_truncated_phrase(articles.attrs.get("truncated", []))] if articles.attrs.get("truncated") else []
    if not parts:
        return "Nothing was skipped and no text was repeated."
    return capitalise("; ".join(parts)) + "."


def _truncated_phrase(truncated: list[dict]) -> str:
    """ "2 very long texts were read up to their first 200,000 characters (a, b)"."""
    ids = names(
        [str(t["article_id"]) for t in truncated[:3]] + ([f"{len(truncated) - 3:,} more"] if len(truncated) > 3 else [])
    )
    were = verb(len(truncated), "was", "were")
    return f"{count(len(truncated), 'very long text')} {were} read only up to a cap on characters ({ids})"


def _mention_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Per country: mentions and articles, most mentioned first."""
    known = mentions[mentions["country"].notna()]
    table = known.groupby("country").agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    return table.reset_index().sort_values(["mentions", "country"], ascending=[False, True]).reset_index(drop=True)


def _mentions_sentence(table: pd.DataFrame, n_articles: int) -> str:
    top = table.iloc[0]
    tied = table[table["mentions"] == top["mentions"]]
    if len(tied) > 1:
        who = capitalise(
            names([country(c) for c in tied["country"][:4]] + ([f"{len(tied) - 4} others"] if len(tied) > 4 else []))
        )
        lead = f"{who} are mentioned most, {count(int(top['mentions']), 'time')} each"
    else:
        lead = (
            f"{capitalise(country(top['country'], start=True))} is mentioned most: "
            f"{count(int(top['mentions']), 'time')} in {of(int(top['articles']), n_articles, 'article')}"
        )
    others = [
        f"{country(r.country)} ({r.mentions:,} in {r.articles:,})"
        for r in table.iloc[len(tied) : len(tied) + 2].itertuples()
    ]
    return lead + (f"; then {names(others)}." if others else ".")


def _mentions_section(articles: pd.DataFrame, mentions: pd.DataFrame, table: pd.DataFrame, top: int) -> Section:
    if table.empty:
        return Section("mentions", "No country is mentioned in these articles: nothing to chart.")
    head, _, rest_total = top_and_rest(table, "mentions", top)
    header = f"Countries mentioned most: {leaders(table, 'country', 'mentions', 'mention', the=True)}"
    ambiguous = int(mentions["country"].isna().sum())
    note = sentences(
        rest_note(len(head), len(table), rest_total, "country", "mention"),
        f"{count(ambiguous, 'ambiguous mention')} (such as “Korea”) {verb(ambiguous, 'is', 'are')} counted for no country."
        if ambiguous
        else "",
        "Mentions are names, short forms, demonyms, capitals and state bodies.",
    )
    data = head[["country", "mentions", "articles"]]
    if len(articles) <= STACK_UP_TO:  # few articles: each bar split by article
        label = {a: _label(a, t) for a, t in zip(articles["article_id"], articles["title"])}
        known = mentions[mentions["country"].isin(head["country"])]
        data = known.groupby(["country", "article_id"]).size().rename("mentions").reset_index()
        data["article"] = data["article_id"].map(label)
        data = data[["country", "article", "mentions"]]
    return Section("mentions", header, data, note)


def _label(article_id: str, title) -> str:
    """An article as a legend names it: its title, cut, else its id."""
    if isinstance(title, str) and title.strip():
        return title if len(title) <= 40 else title[:39] + "…"
    return str(article_id)


def corpus_findings(articles: pd.DataFrame, mentions: pd.DataFrame, top: int = 15) -> Findings:
    """Notebook 01's findings: what was read and skipped, and which countries the articles mention."""
    skipped, duplicates = articles.attrs.get("skipped", []), articles.attrs.get("duplicates", [])
    table = _mention_table(mentions)
    f = Findings(
        "01_articles",
        "The articles: what is in the corpus, and which countries does it mention?",
        sentences=corpus_summary(articles),
        stats={
            "articles": len(articles),
            "skipped": len(skipped),
            "duplicates": len(duplicates),
            "country mentions": int(mentions["country"].notna().sum()),
            # rows of the run's country_mentions table with no country ("Georgia"): counted apart, not lost
            "ambiguous mentions": int(mentions["country"].isna().sum()),
        },
    )
    if len(table):
        f.sentences.append(_mentions_sentence(table, len(articles)))
        f.sentences.append(f"The articles name {count(len(table), 'country')}.")
    elif len(articles):
        f.sentences.append("No country is mentioned.")
    words = int(articles["n_words"].sum()) if len(articles) else 0
    span = date_range(articles["published"]) if len(articles) else ""
    undated = int(articles["published"].isna().sum())
    span += f" ({undated:,} undated)" if span and undated else ""
    shown = "" if len(articles) <= TABLE_ROWS else f" (the first {TABLE_ROWS} of {len(articles):,} listed)"
    header = f"What was read: {count(len(articles), 'article')}, {count(words, 'word')}" + (f", {span}" if span else "")
    f.add(Section("read", header + shown, articles[ARTICLE_COLUMNS]))
    f.add(_skipped_section(skipped, duplicates, articles.attrs.get("truncated", [])))
    f.add(_mentions_section(articles, mentions, table, top))
    return f


def _cut_why(t: dict) -> str:
    """ "2,005,351 characters; only the first 199,980 read" (counts unknown: "read only up to a cap")."""
    if t.get("chars") is None or t.get("kept") is None:
        return f"{t['article_id']} read only up to a cap on characters"
    return f"{t['article_id']}: {t['chars']:,} characters; only the first {t['kept']:,} read"


def _skipped_section(skipped: list[dict], duplicates: list[dict], truncated: list[dict] = ()) -> Section:
    rows = [{"path": d["path"], "what": "skipped", "why": d.get("reason", "")} for d in skipped]
    rows += [{"path": d["path"], "what": "duplicate", "why": f"{d['article_id']} is the same text as {d['same_as']}"}
             for d in duplicates]  # fmt: skip
    # the words past the cap are in no table: a reader looking for them finds the article here
    rows += [{"path": t["path"], "what": "cut", "why": _cut_why(t)} for t in truncated]
    if not rows:
        return Section("skipped", "Nothing was skipped and no text was repeated.")
    parts = []
    if skipped:
        parts.append(f"{count(len(skipped), 'file or record')} could not be read")
    if duplicates:
        parts.append(f"{count(len(duplicates), 'duplicate text')} {verb(len(duplicates), 'was', 'were')} read once")
    if truncated:
        parts.append(f"{count(len(truncated), 'very long text')} {verb(len(truncated), 'was', 'were')} cut")
    said = (
        ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    )  # "a, b and c", never "a and b and c"
    return Section("skipped", capitalise(said), pd.DataFrame(rows, columns=["path", "what", "why"]))
