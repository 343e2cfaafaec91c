"""The findings of the sentiment notebook as sentences, computed from the tables (never written by hand)."""

from __future__ import annotations

import pandas as pd

from .sentiment_tables import portrayal_by_country, stance_pairs

MIN_SENTENCES = 3  # a country named in one or two sentences is not ranked "most" anything when others have more


def _name(country: str, start: bool = False) -> str:
    """ "the United States" in a sentence (imported here: analysis.findings imports this module)."""
    from .findings.base import country as in_sentence

    return in_sentence(country, start)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """'1 mention', '3 mentions'; ``plural`` for irregular words ('countries')."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _ranked(table: pd.DataFrame) -> pd.DataFrame:
    """The countries named in enough sentences to rank (all of them when none has enough)."""
    enough = table[table["n_sentences"] >= MIN_SENTENCES]
    return enough if len(enough) else table


def portrayal_findings(table: pd.DataFrame) -> list[str]:
    """Which country is portrayed most negatively and most positively, and whether the gap is more than chance."""
    ranked = _ranked(table).sort_values("score")
    if ranked.empty:
        return []
    low, high = ranked.iloc[0], ranked.iloc[-1]
    out = [
        f"{_name(low.country, True)} is portrayed most negatively: mean {low.score:+.2f} over {_plural(low.n_sentences, 'sentence')}"
        f" (95% interval {low.ci_low:+.2f} to {low.ci_high:+.2f})."
    ]
    if high.country != low.country:
        how = "most positively" if high.score > 0 else "least negatively"
        out.append(
            f"{_name(high.country, True)} is portrayed {how}: mean {high.score:+.2f} over {_plural(high.n_sentences, 'sentence')}"
            f" (95% interval {high.ci_low:+.2f} to {high.ci_high:+.2f})."
        )
        if low.ci_high >= high.ci_low:  # overlapping intervals: say so rather than overstate a ranking
            out.append("Their intervals overlap: with these few sentences the difference may be chance.")
    return out


def stance_findings(pairs: pd.DataFrame) -> list[str]:
    """The most hostile holder -> target pair, and the pair with the most statements."""
    if pairs.empty:
        return ["No country voices a stance toward another in these articles."]
    hostile = pairs.sort_values(["score", "n_statements"], ascending=[True, False]).iloc[0]
    busiest = pairs.iloc[0]  # stance_pairs sorts by number of statements
    out = []
    if hostile.score < 0:
        out.append(
            f"The most hostile stance: {_name(hostile.holder)} toward {_name(hostile.target)}, mean {hostile.score:+.2f}"
            f" over {_plural(hostile.n_statements, 'statement')}."
        )
    if busiest.n_statements > 1 and (busiest.holder, busiest.target) != (hostile.holder, hostile.target):
        out.append(
            f"{_name(busiest.holder, True)} speaks about {_name(busiest.target)} most often: {_plural(busiest.n_statements, 'statement')},"
            f" mean {busiest.score:+.2f}."
        )
    return out


def sentiment_findings(sentiment: pd.DataFrame, stance: pd.DataFrame) -> list[str]:
    """The notebook's findings, one sentence each: what was scored, portrayal extremes, stance extremes."""
    if sentiment is None or len(sentiment) == 0:
        return ["No country is mentioned in these articles: there is no portrayal or stance to report."]
    n_stance = 0 if stance is None else len(stance)
    out = [
        f"{_plural(len(sentiment), 'country mention')} of {_plural(sentiment['country'].nunique(), 'country', 'countries')}"
        f" in {_plural(sentiment['article_id'].nunique(), 'article')} scored;"
        f" {_plural(n_stance, 'stance statement')} of one country about another."
    ]
    out += portrayal_findings(portrayal_by_country(sentiment, top=None))
    out += stance_findings(stance_pairs(stance))
    return out
