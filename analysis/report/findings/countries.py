"""Findings of notebook 03, computed from the tables (never written by hand): how each country is portrayed,
who speaks how of whom, and the evidence; as sentences (:func:`sentiment_findings`) and as sections."""

from __future__ import annotations

import pandas as pd

from ..country_tables import (
    FEW_MENTIONS,
    event_table,
    portrayal_by_country,
    portrayal_evidence,
    portrayal_timeline,
    stance_evidence,
    stance_pairs,
    top_pairs,
)
from .base import Findings, Section, count
from .base import country as country_name

MIN_SENTENCES = 3  # a country named in one or two sentences is not ranked "most" anything when others have more
SENTENCE_SHARE = 1 / 500  # in a large corpus a ranked country needs this share of all scored sentences too
MIN_STATEMENTS = 3  # a pair's stance is a finding only over this many statements ...
MIN_ARTICLES = 2  # ... in this many articles


def signed(x: float) -> str:
    """A score with its sign to two places; a value that rounds to zero is +0.00, never -0.00."""
    return f"{x + 0.0:+.2f}" if round(x, 2) != 0 else "+0.00"


def _ranked(table: pd.DataFrame) -> pd.DataFrame:
    """The countries named in enough sentences to rank (all of them when none has enough in a small corpus)."""
    floor = max(MIN_SENTENCES, int(table["n_sentences"].sum() * SENTENCE_SHARE))
    enough = table[table["n_sentences"] >= floor]
    return enough if len(enough) or table["n_sentences"].sum() >= 200 else table


def portrayal_findings(table: pd.DataFrame, of_charted: int | None = None) -> list[str]:
    """Which country is portrayed most negatively and most positively, and whether the gap is more than chance;
    ``of_charted``: the table is the chart's countries, the most named of that many, and the sentence says so."""
    ranked = _ranked(table).sort_values("score")
    if ranked.empty:
        return []
    low, high = ranked.iloc[0], ranked.iloc[-1]
    if high.country == low.country:  # one country scored: nothing to rank it against
        how = "the only country scored"
    else:
        how = "portrayed most negatively" if low.score < 0 else "portrayed least positively"
    among = f"Of the {len(table)} countries charted (the most named of {of_charted:,}), " if of_charted else ""
    out = [
        f"{among}{country_name(low.country, not among)} is {how}: mean {signed(low.score)} over"
        f" {count(low.n_sentences, 'sentence')} (95% interval {signed(low.ci_low)} to {signed(low.ci_high)})."
    ]
    if high.country != low.country:
        how = "most positively" if high.score > 0 else "least negatively"
        out.append(
            f"{country_name(high.country, True)} is portrayed {how}: mean {signed(high.score)} over {count(high.n_sentences, 'sentence')}"
            f" (95% interval {signed(high.ci_low)} to {signed(high.ci_high)})."
        )
        if low.ci_high >= high.ci_low:  # overlapping intervals: say so rather than overstate a ranking
            out.append("Their intervals overlap: with these few sentences the difference may be chance.")
    return out


def _enough(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs with enough statements in enough articles to be a finding."""
    return pairs[(pairs["n_statements"] >= MIN_STATEMENTS) & (pairs["n_articles"] >= MIN_ARTICLES)]


def stance_findings(pairs: pd.DataFrame) -> list[str]:
    """The most hostile holder -> target pair and the pair with the most statements, among the pairs with enough
    statements in enough articles (MIN_STATEMENTS, MIN_ARTICLES); their n is stated."""
    if pairs.empty:
        return ["No country voices a stance toward another in these articles."]
    enough = _enough(pairs)
    if enough.empty:
        return [
            f"No pair of countries has {MIN_STATEMENTS} or more stance statements in {MIN_ARTICLES} or more articles:"
            " no pair's stance is ranked."
        ]
    hostile = enough.sort_values(["score", "n_statements"], ascending=[True, False]).iloc[0]
    busiest = enough.iloc[0]  # stance_pairs sorts by number of statements
    out = []
    if hostile.score < 0:
        out.append(
            f"The most hostile stance: {country_name(hostile.holder)} toward {country_name(hostile.target)}, mean {signed(hostile.score)}"
            f" over {count(hostile.n_statements, 'statement')} in {count(hostile.n_articles, 'article')}."
        )
    if (busiest.holder, busiest.target) != (hostile.holder, hostile.target):
        out.append(
            f"{country_name(busiest.holder, True)} speaks about {country_name(busiest.target)} most often: {count(busiest.n_statements, 'statement')}"
            f" in {count(busiest.n_articles, 'article')}, mean {signed(busiest.score)}."
        )
    return out


def sentiment_findings(sentiment: pd.DataFrame, stance: pd.DataFrame) -> list[str]:
    """The notebook's findings, one sentence each: what was scored, portrayal extremes, stance extremes."""
    if sentiment is None or len(sentiment) == 0:
        return ["No country is mentioned in these articles: there is no portrayal or stance to report."]
    n_stance = 0 if stance is None else len(stance)
    out = [
        f"{count(len(sentiment), 'country mention')} of {count(sentiment['country'].nunique(), 'country')}"
        f" in {count(sentiment['article_id'].nunique(), 'article')} scored;"
        f" {count(n_stance, 'stance statement')} of one country about another."
    ]
    # ranked among the countries the chart draws: a country named in three sentences is no headline the chart
    # cannot show, and the interval of one named in many is narrow enough to compare
    charted, named = portrayal_by_country(sentiment), sentiment["country"].nunique()
    out += portrayal_findings(charted, of_charted=named if named > len(charted) else None)
    out += stance_findings(stance_pairs(stance))
    return out


EVIDENCE_PER_COUNTRY = 5
NO_MENTIONS = "No country is mentioned in these articles: nothing to show."
NO_STANCE = "No country voices a stance toward another in these articles: nothing to chart."
THIN_PAIRS = (  # under a chart drawn from few statements, which on a slide has no evidence table beside it
    f" No pair has {MIN_STATEMENTS} or more statements in {MIN_ARTICLES} or more articles: each pair shown is the few"
    " statements of tables/stance_evidence.csv, not a settled stance."
)


def _portrayal_section(sentiment: pd.DataFrame) -> Section:
    """Mean sentiment per country with intervals, most often named countries."""
    every = portrayal_by_country(sentiment, top=None)
    table = portrayal_by_country(sentiment)
    if table.empty:
        return Section("portrayal", NO_MENTIONS)
    them = "it, with a 95% interval" if len(table) == 1 else "them, with 95% intervals"
    header = f"Mean sentiment toward {count(len(table), 'country')} over the sentences naming {them}"
    note = (
        "Mean of the model's score per sentence (a sentence naming a country twice counts once); lines: 95% interval."
    )
    rest = every[~every["country"].isin(table["country"])]
    if len(rest):  # the chart draws the most named countries: say how many it leaves out
        note += (
            f" Drawn: the {len(table)} countries named in the most sentences; the other {len(rest):,}"
            f" ({count(int(rest['n_sentences'].sum()), 'sentence')}) are not."
        )
    return Section("portrayal", header, table, note)


def _left_out(pairs: pd.DataFrame) -> str:
    """The note's count of what the chart leaves out."""
    countries, statements = pairs.attrs.get("countries_left_out", 0), pairs.attrs.get("statements_left_out", 0)
    if not countries:
        return ""
    return f" Not drawn: {count(countries, 'country')} more ({count(statements, 'statement')})."


def _stance_sections(stance: pd.DataFrame) -> list[Section]:
    """The holder x target heatmap and the network of the top countries, and every statement as evidence."""
    pairs = stance_pairs(stance)
    if pairs.empty:
        return [Section(k, NO_STANCE) for k in ("stance", "network")] + [
            Section("stance_evidence", "No stance statement to list.")
        ]
    n = count(int(pairs["n_statements"].sum()), "statement")
    top = top_pairs(pairs)
    thin = "" if _enough(pairs).size else THIN_PAIRS
    shown = count(len(set(top["holder"]) | set(top["target"])), "country")
    return [
        Section(
            "stance",
            f"Who speaks how of whom: {n} between {count(len(pairs), 'pair')} of countries ({shown} with the most drawn)",
            top,
            "Mean stance score per speaking and spoken-of country; n× = statements." + _left_out(top) + thin,
        ),
        Section(
            "network",
            "The same as a network: an arrow from the acting or speaking country to its target",
            top,
            "Arrow width: number of statements; red: mostly hostile (accusations, demands, threats, sanctions),"
            " blue: mostly cooperative (praise, support, cooperation)." + _left_out(top) + thin,
        ),
        Section(
            "stance_evidence",
            f"The {n} behind the stance scores, with what was said and the rule that found each",
            stance_evidence(stance),
        ),
    ]


def _events_section(events: pd.DataFrame, kinds) -> Section:
    """Every coded event (of the chosen types) with its evidence."""
    table = event_table(events, kinds)
    if table.empty:
        return Section(
            "events",
            "No event between two countries is coded in these articles" + (" of these types." if kinds else "."),
        )
    kinds_found = table["event"].value_counts()
    types = ", ".join(f"{k} {v}" for k, v in kinds_found.head(6).items()) + (" ..." if len(kinds_found) > 6 else "")
    which = f" of type {', '.join(kinds)}" if kinds else ""
    return Section(
        "events", f"{count(len(table), 'event')}{which} between countries, with their evidence ({types})", table
    )


def _timeline_section(sentiment: pd.DataFrame, articles: pd.DataFrame) -> Section:
    """Portrayal per publication day, when there are two days or more."""
    timeline = portrayal_timeline(sentiment, articles)
    if timeline.empty:
        return Section("timeline", "The articles carry fewer than two publication dates: no timeline.")
    first, last = timeline["date"].min(), timeline["date"].max()
    header = f"Portrayal by publication day, {first.day} {first:%B %Y} to {last.day} {last:%B %Y}"
    return Section("timeline", header, timeline, _timeline_note(timeline, sentiment))


def _timeline_note(timeline: pd.DataFrame, sentiment: pd.DataFrame) -> str:
    """What a point of the timeline stands on: which countries are drawn, and how many mentions a point averages."""
    drawn, named = timeline["country"].nunique(), sentiment["country"].nunique()
    which = f"the {drawn} most mentioned of {count(named, 'country')}" if named > drawn else "every country named"
    low, high = int(timeline["n_mentions"].min()), int(timeline["n_mentions"].max())
    over = f"{low:,} to {high:,} mentions" if low != high else count(low, "mention")
    few = f"; hollow points stand on fewer than {FEW_MENTIONS} mentions" if low < FEW_MENTIONS else ""
    return (
        f"Mean of the model's score per mention, by publication day, for {which}. A point averages {over}{few};"
        " the CSV gives each point's count."
    )


def country_findings(
    articles: pd.DataFrame,
    sentiment: pd.DataFrame,
    stance: pd.DataFrame,
    events: pd.DataFrame | None = None,
    event_types: list[str] | None = None,
) -> Findings:
    """Key sentences and one section per chart or table of notebook 03 (with ``events``, country_events' table,
    an "events" section too, of the ``event_types`` given or of all)."""
    f = Findings(
        "03_country_sentiment",
        "How is each country portrayed, and who acts toward whom?",
        sentences=sentiment_findings(sentiment, stance),
        stats={"country mentions": len(sentiment), "stance statements": 0 if stance is None else len(stance)},
    )
    f.add(_portrayal_section(sentiment))
    evidence = portrayal_evidence(sentiment, articles, per_country=EVIDENCE_PER_COUNTRY)
    header = (
        f"The sentences behind each country's score, most mentioned countries first, each country's strongest first"
        f" (up to {EVIDENCE_PER_COUNTRY} per country)"
    )
    f.add(Section("evidence", header if len(evidence) else NO_MENTIONS, evidence))
    for section in _stance_sections(stance):
        f.add(section)
    if events is not None:
        f.add(_events_section(events, event_types))
    f.add(_timeline_section(sentiment, articles))
    return f
