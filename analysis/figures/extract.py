"""Figures in news text: every number with its unit, scale, metric, partners, direction, period and source.

``extract_figures(articles)`` returns one row per figure (columns in ``FIGURE_COLUMNS``).

Choices (documented here because a reader of the table needs them):
- ``value`` has the scale applied: "$2.5 billion", "$2.5bn" and "2.5 bln dlrs" are 2.5e9; "12 cts" is 0.12 USD.
- Fractions are shares in percent: "a fifth" is 20 with unit ``percent`` and quantity ``share``; they count
  only as "a fifth of ..." or "by a fifth", because "the first half" and "a quarter" are usually periods.
- A range ("5 to 10 pct", "$2-3 billion", "between 5 and 10 pct") is one row whose ``text`` is the whole range
  and whose ``value`` is its lower end.
- A bare number takes the unit of the number it is listed or compared with ("1,850 and 1,880 dlrs",
  "5.93 mln against 5.81"); otherwise it is a ``count`` of the noun phrase after it ("156 cases of ...").
- Not figures: years, dates, times, ordinals, durations ("six months": they fill ``period``), numbers in
  names ("F-35", "G7", "Resolution 2397", "Boeing 747"), compound modifiers ("a 10-year bond"), and the
  spelled "one", or a spelled number after a determiner ("the two sides"), which refer rather than count.
- A move without a number ("Iron ore imports from North Korea surged") is a row with ``value`` NaN,
  ``quantity`` change, and its direction, metric and countries.
- ``direction`` is set on changes and number-less moves; a level after a change ("rose 5% to $2.5 billion")
  has None, but a level moved by a verb with no change figure of its own ("dropped to 13.9%", "hit a record
  $65bn") or followed by ", up/down from ..." or "compared with" an earlier level of its unit carries the move.
- Fractions are percent with one decimal ("a third" = 33.3), as the annotators write them.
- ``countries``: countries named in the figure's clause (after a reporting verb, up to the next comma); if
  none, the source's country; a flow (trade, exports, imports...) naming one party takes the other from the
  source or from the previous figure of the article that names that party.
- ``period_start``/``period_end``: absolute periods ("in 2015", "December 2015") always; relative ones
  ("this year", "last month", "in May") only when the article's ``published`` date is known, else NaT.

Why hand-written rules and no library: quantulum3 (measured for issue 5) read "$2.5bn" as "dollar bit
newton", left "30 per cent" without a unit, reported years as quantities and parsed ~440 sentences/s;
word2number/number-parser only turn words into numbers. News copy uses a small closed set of units and
scale words, so regexes built from the data tables in ``data/figure_*.csv`` are both more accurate here and
fast enough (>1,000 articles/s), and a reader can extend the tables without touching the code.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from ..countries import find_mentions
from ..guard import ArticleErrors
from .context import _BLOC, _EU, _clauses, _doc, _needed_sentences
from .describe import _ELLIPSIS, _direction_of, _metric_before, _noun_phrase_after, _qualitative
from .numbers import _candidates, _Fig, _inherit_units, _prev_word
from .partners import _ASIDE, _BILATERAL, _COMMA, _country_window, _home, _roles, _story_pair
from .periods import _nearest, _period_dates, _periods
from .rules import _Rules, _rules
from .sources import _source

FIGURE_COLUMNS = [
    "article_id",
    "text",
    "value",
    "unit",
    "quantity",
    "metric",
    "direction",
    "countries",
    "period",
    "period_start",
    "period_end",
    "compared_with",
    "source",
    "source_country",
    "start",
    "end",
    "sentence",
]


_OPTIONAL_TEXT = ("unit", "metric", "direction", "period", "compared_with", "source", "source_country")


def extract_figures(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per figure in each article's ``text`` (columns: ``FIGURE_COLUMNS``; rules in the module docstring)."""
    r = _rules()
    rows: list[dict] = []
    errors = ArticleErrors("extract_figures")
    published_col = articles["published"] if "published" in articles.columns else [None] * len(articles)
    for aid, text, published in zip(articles["article_id"], articles["text"], published_col):
        if not isinstance(text, str):
            continue
        pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
        if pub is not None and pub.tzinfo is not None:
            pub = pub.tz_localize(None)
        rows.extend(errors.run(aid, _article_figures, aid, text, pub, r))
    df = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    # pandas 3 stores text as its string dtype, where a missing value shows as NaN: keep None (object dtype)
    for c in _OPTIONAL_TEXT:
        df[c] = pd.Series([row[c] for row in rows], index=df.index, dtype=object)
    df["countries"] = pd.Series([list(row["countries"] or []) for row in rows], index=df.index, dtype=object)
    df["value"] = df["value"].astype("float64")
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    for c in ("period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    return errors.finish(df)


def _article_figures(aid, text: str, pub, r: _Rules) -> list[dict]:
    doc = _doc(text, r)
    figs = _candidates(text, r, doc)
    if not figs and not doc.directions.items:
        return []
    spans = _needed_sentences(text, figs, doc)
    mentions: tuple[list, list] = ([], [])
    doc.mentions = mentions
    sent_starts = [s for _, s, _ in spans]
    by_sentence: dict[int, list[_Fig]] = {}
    for f in figs:
        k = bisect_right(sent_starts, f.start) - 1
        if k >= 0:
            by_sentence.setdefault(k, []).append(f)
    rows: list[dict] = []
    home: list = [None]  # the story's own country ("Japan's trade surplus ..."), found in the first sentences
    for k, (_, ss, se) in enumerate(spans):
        sfigs = by_sentence.get(k, [])
        sentence = text[ss:se]
        if not sfigs and not doc.directions.between(ss, se) and (k or home[0]):
            continue
        # countries only where figures are: the gazetteer scan of whole texts was a third of the time
        first = len(mentions[0])
        new = [(ss + m.start, ss + m.end, m.country) for m in find_mentions(sentence)]
        if "bloc" in sentence and any(c == _EU for *_, c in mentions[1] + new):
            # "imports from the bloc": in a story that names the European Union, the bloc is the EU
            new = sorted(new + [(ss + m.start(1), ss + m.end(1), _EU) for m in _BLOC.finditer(sentence)])
        for item in new:
            mentions[0].append(item[0])
            mentions[1].append(item)
        if home[0] is None and k < 3 and spans[k][0] < 3:
            home[0] = _home(doc, mentions[1][first:], ss, k == 0, r)
        if not sfigs and not doc.directions.between(ss, se):
            continue
        _inherit_units(sfigs, text)
        clauses = _clauses(sentence, ss, r)
        for lo, hi in clauses:
            sfigs = sfigs + _qualitative(doc, lo, hi, [f for f in sfigs if lo <= f.start < hi], r)
        if not sfigs:
            continue
        sfigs.sort(key=lambda f: f.start)
        src, src_country, src_span = _source(sentence, ss, r, doc)
        periods = _periods(sentence, ss, r)
        resolved: dict[int, tuple] = {}
        cmatches = list(r.compare.finditer(sentence))
        compares = [(ss + m.start(), m.group("cue").lower(), m.group("np")) for m in cmatches]
        yoy = r.yoy.search(sentence)
        bilateral = _BILATERAL.search(sentence)
        # "the same period last year" is what a figure is compared with, not its period
        taken = [(ss + m.start(), ss + m.end()) for m in cmatches if m.group("cue").lower() != "from"]
        periods = [p for p in periods if not any(a <= p[0] < b for a, b in taken)]
        for f in sfigs:
            lo, hi = next(((a, b) for a, b in clauses if a <= f.start < b), (ss, se))
            reps = doc.reports.between(lo, f.start)
            wlo = reps[-1][1] if reps else lo
            cm = _COMMA.search(text, f.end, hi)
            whi = cm.start() if cm else hi
            # metric
            metric, kind = None, None
            if f.qualitative:
                metric, _, kind = _metric_before(doc, f.start, f.end, r) or (None, 0, None)
            elif f.unit == "count" or not f.explicit:
                metric = _noun_phrase_after(text, f.end, whi, r)
            else:
                of = re.match(r"\s+(?:of|in|worth of)\s+", text[f.end : whi])
                if of:
                    metric = _noun_phrase_after(text, f.end + of.end(), whi, r)
            if metric is None or f.unit == "percent":
                met = _metric_before(doc, wlo, f.start, r)
                if met and (metric is None or f.unit == "percent" and not f.fraction):
                    metric, kind = met[0], met[2]
            if kind is None and metric:
                kind = r.metrics.get(metric.split()[-1].lower())
            unit = f.unit if f.unit else (None if f.qualitative else "count")
            # quantity and direction
            if f.qualitative:
                quantity, direction = "change", f.direction  # type: ignore[attr-defined]
            else:
                direction = _direction_of(doc, f, wlo, sfigs, r)
                if (
                    direction is None
                    and unit == "percent"
                    and (_ELLIPSIS.match(text, f.end) or _prev_word(text, f.start)[0].lower() == "by")
                ):
                    # a list that leaves out the verb: "Canada rose 3 pct to 2.6 mln; Japan, 9.9 pct to 1.2 mln",
                    # "imports 24.4 pct to 2.1 bln", "increase trade by 20 pct and output by 9 pct"
                    prev = next(
                        (x for x in reversed(rows) if x["start"] >= ss and x["unit"] == "percent" and x["direction"]),
                        None,
                    )
                    if prev is not None and not doc.directions.between(prev["end"], f.start):
                        direction = prev["direction"]
                if unit == "count" and direction is None:
                    quantity = "count"
                elif direction is not None:
                    quantity = "change"
                elif f.fraction or (unit == "percent" and re.match(r"\s+of\b", text[f.end : f.end + 5])):
                    quantity = "share"
                else:
                    quantity = "level"
            # countries
            # the source and the units ("U.S. dlrs") are not partners
            skip = [src_span] if src_span else []
            figspans = [(o.start, o.end) for o in sfigs if not o.qualitative]
            clo, chi = _country_window(text, f, wlo, whi, sfigs, mentions)
            found = _roles(text, clo, chi, mentions, skip + figspans)
            countries = [c for c, _ in found]
            prev_row = rows[-1] if rows and rows[-1]["start"] >= lo else None
            if (
                not countries
                and prev_row is not None
                and prev_row["countries"]
                and not r.partner_np.search(text, clo, chi)
            ):
                countries = list(prev_row["countries"])  # a list or an ellipsis: "... and 9,933 a year ago"
                found = [(c, "party") for c in countries]
            if not countries and not r.partner_np.search(text, clo, chi):
                # "exports to China, South Korea's largest partner, rose 7.6 pct": the subject before the commas
                asides = (
                    [m.span() for m in _ASIDE.finditer(text, wlo, f.start)] if "," in text[wlo : f.start] else []
                )  # ", of which Russia is ...,"
                found = _roles(text, wlo, f.start, mentions, skip + figspans + asides)
                countries = [c for c, _ in found]
            if len(countries) < 2 and bilateral and _BILATERAL.search(text, wlo, whi):
                pair = _story_pair(rows, mentions, f.start, home[0])
                if pair and set(countries) <= set(pair):
                    countries, found = pair, [(c, "party") for c in pair]
            if not countries and src_country:
                countries = [src_country]
            if not countries and home[0]:
                countries = [home[0]]
            elif (
                len(found) == 1
                and found[0][1] != "partner"
                and home[0]
                and countries[0] != home[0]
                and (kind == "flow" or any(r.metrics[w] == "flow" for _, _, w in doc.metrics.between(ss, se)))
            ):
                countries = [home[0]] + countries  # "Canadian imports rose" in a story on U.S. exports
            elif found and all(role == "partner" for _, role in found):
                # "exports to Japan rose": the other party is the source's country or the story's own country
                # in order: the source's country, the one other country of the same sentence ("imports from
                # North Korea surged, with China arguing ..."), the pair of an earlier figure, the story's country
                other = src_country if src_country and src_country not in countries else None
                if other is None and kind == "flow":
                    for prev in reversed(rows):
                        if countries[0] in prev["countries"] and len(prev["countries"]) > 1:
                            other = next(c for c in prev["countries"] if c != countries[0])
                            break
                if other is None and home[0] and home[0] not in countries:
                    other = home[0]
                if other:
                    countries = [other] + countries
            per = _nearest(periods, lo, hi, f.start)
            if per and id(per) not in resolved:
                resolved[id(per)] = _period_dates(per[3], pub, r)
            pdates = resolved[id(per)] if per else (pd.NaT, pd.NaT)
            cmp = None
            for pos, cue, np in compares:
                near = 0 <= pos - f.end <= 3 and cue != "than"
                if (cue.startswith("compared") and lo <= pos < hi) or near:
                    if cue == "from" and not (np[:1].islower() or np[:1].isdigit() or np[:1] in "$€£¥"):
                        continue
                    cmp = re.sub(r"^(?i:the)\s+", "", np.strip())
                    break
            if cmp is None and yoy and lo <= ss + yoy.start() < hi:
                cmp = re.sub(r"^(?i:from)\s+", "", yoy.group())
            rows.append(
                {
                    "article_id": aid,
                    "text": text[f.start : f.end],
                    "value": f.value,
                    "unit": unit,
                    "quantity": quantity,
                    "metric": metric,
                    "direction": direction,
                    "countries": countries,
                    "period": " ".join(per[2].split()) if per else None,
                    "period_start": pdates[0],
                    "period_end": pdates[1],
                    "compared_with": cmp,
                    "source": src,
                    "source_country": src_country,
                    "start": f.start,
                    "end": f.end,
                    "sentence": sentence,
                }
            )
    return rows
