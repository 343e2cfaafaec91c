"""The phrase patterns of the figure rules, built from the word tables: comparisons, balances turned, levels
reached or held, and the function words around a figure that decide its direction and countries."""

from __future__ import annotations

import re

from ..text.words import ARTICLES, CONCESSIVE_CONJUNCTIONS, CONTRASTIVE_CONJUNCTIONS, HEDGES, RELATIVE_PRONOUNS
from .regexes import alternation
from .rule_records import Direction, FigureWords

# before "high", "low" or "record" after "to a": "to a new seven-year high of", "to an all-time low of"
_NEW_HIGH = r"new|all-time|[\da-z]+-(?:year|month|week|day)"


def comparison_patterns(words: FigureWords, symbols: dict[str, str], directions: dict[str, Direction]):
    """Patterns that set a figure against another: a level reached, a comparison, a move from a level."""
    sym = alternation(symbols)
    compared = alternation(w for w in words.compare if w.startswith("compared"))
    adverbs = alternation(w for w, d in directions.items() if d.adverb)
    return {
        "to_level": re.compile(rf"(?i)\bto\s+(?:{alternation(HEDGES)}\s+)?(?:{sym})?\d[^.;]{{0,40}}$"),
        "ellipsis": re.compile(rf"\s+to\s+(?:{sym}|\d)"),
        "carried": re.compile(
            # "and imports 3 pct", "and gross national product (GNP) 5.5 pct": up to three words and an acronym
            # "and a further 3 pct", "and a more substantial 2.75 pct": a comparative or degree adjective after "a"
            rf"(?i)(?:^|\s)(?:{alternation(words.carry)})\s+(?:by\s+)?(?:[a-z]+\s+[a-z]+['’]s\s+|(?!(?:an?|the|to)\s)"
            rf"(?:[a-z-]+\s+){{1,3}}(?:\([a-z]+\)\s+)?|an?\s+(?:(?:more|less|much|still|even)\s+)?"
            rf"(?:further|modest|[a-z]+(?:er|ial))\s+)?(?:{sym})?$"
        ),
        "change_to": re.compile(
            # "rose 4 pct in the fourth quarter to", "fell 8 pct in 1986 to", "rose 5 bln dlrs, or 6 pct, in May to"
            rf"(?i)(?:\s+[a-z]+s(?=\s+to\s)|\s+point(?=\s+(?:to|at)\s))?"  # "fell by 10,465 people to", "raised by 190,000
            # bales to", "gained 1/16 point at"
            # "lost 11 points by late morning to", "cutting one bln stg off the expected total to"
            rf",?(?:\s+(?:in|during|over|last|this|from|by|off)(?:\s+(?!{alternation(words.compare)}\b)[a-z]+){{0,5}}?"
            rf"(?:\s+(?:(?:19|20)\d\d|\d{{1,2}}))?)?"  # "in the fiscal year beginning April 1 to"
            r"(?:\s+(?:today|yesterday|overnight|on\s+the\s+day|[MTWFS][a-z]+day))?"  # "up 2 dlrs today at"
            # "lower its stake 60 pct in the bank, probably to 51 pct": a sentence adverb before "to"
            rf",?\s*(?:[a-z]+ly\s+)?(?:{alternation(HEDGES)}\s+)?(to\s+(?:close|end|finish|settle)\s+at|to|at)\s+(?:an?\s+)?"
            rf"(?:{alternation(words.estimate)}\s+){{0,2}}"  # "to a seasonally adjusted provisional"
            rf"(?:(?:{_NEW_HIGH})\s+){{0,2}}(?:(?:record|high|low|peak)\s+(?:(?:high|low)\s+)?(?:of\s+)?)?"  # "to a new
            # seven-year high of": the level a change reached
            rf"(?:(?:annual\s+)?rate\s+of\s+)?(?:{sym})?"
        ),
        "compared_gap": re.compile(  # ", compared to", "compared with a downwardly revised"
            rf"\s*,?\s*(?i:{alternation(words.compare)})\.?\s*(?:(?:an?|the)\s+(?:[a-z]+ly\s+)?(?:revised|estimated)\s+)?"
        ),
        "compared_after": re.compile(rf"(?i)(?:\s+[^\s,;]+){{0,6}}?,?\s+{compared}\s+"),
        # ", down from 47 pct", ", down slightly from 47 pct"
        "up_from": re.compile(
            rf"(?i)(?:\s+(?!{adverbs}\b)[^\s,;]+){{0,8}}?,?\s+(?:[a-z]+ly\s+)?({adverbs})(?:\s+[a-z]+ly)?\s+from\b"
        ),  # "4.3 bln in 1985, up from", "..., sharply up from", "up sharply from"
    }


def swing_patterns(words: FigureWords, balances: dict[str, str]) -> dict[str, re.Pattern]:
    """ "swung into a deficit of 2 bln", "returned to a 7.4 bln deficit": the balance a figure changed into."""
    balance = alternation(balances)
    return {
        "swing_to": re.compile(
            rf"(?i)\b{alternation(words.swing)}\s+(?:back\s+)?(?:in)?to\s+(?:an?\s+)?"
            rf"(?:(?:{alternation(HEDGES)})\s+)?(?:(?:[a-z]+\s+)?({balance})\s+(?:of\s+)?)?$"
        ),
        "balance_after": re.compile(rf"(?i)\s*(?:[a-z-]+\s+)?({balance})\b"),
        "balance_next": re.compile(
            rf"(?i)(?:\s+(?!(?:after|from|against|compared|than|and|or)\b)[\w.'’-]+){{0,3}}?\s+({balance})\b"
        ),
        "balance_of": re.compile(rf"(?i)\b({balance})\s+of\s+$"),  # "a surplus of 1.2 bln dlrs"
        # "... deficit in February after a 2.54 billion dlr surplus in January": the balance it turned from
        "balance_before": re.compile(
            rf"(?i)(?:\s+(?:in|for|during|last|this)(?:\s+[\w-]+){{1,3}})?,?\s+(?:after|from|compared\s+with|against)\s+"
            rf"(?:an?\s+)?(?:[^.;,]|\.\d){{0,35}}?\b({balance})\b"
        ),
    }


def phrase_patterns(words: FigureWords, periods: dict[str, tuple[str, int]]) -> dict[str, re.Pattern]:
    month = alternation(w for w, (k, _) in periods.items() if k == "month")
    contrast = CONTRASTIVE_CONJUNCTIONS
    return {
        "source_prep": re.compile(
            rf"\b{alternation(words.source_prep, 'i')}\s+"
            r"(?P<np>[^,;.]+(?:\.(?:(?=\w)|(?<=\b[A-Z]\.)\s+(?=[A-Z]))[^,;.]*)*)"
        ),
        "compare": re.compile(
            rf"\b(?P<cue>{alternation(words.compare, 'i')})\.?\s+"
            rf"(?P<np>[^,;]+?)(?=\s*(?:[,;]|\.(?:\s|$)|\b{alternation(words.source_prep)}\b|$))"
        ),
        "yoy": _same_period(words),
        # a partner named but not a country ("to the EC", "with the West"): no listed partner carries over
        "partner_np": re.compile(rf"\b(?:those\s+)?{alternation(words.partner)}\s+(?:the\s+)?(?!{month}\b)[A-Z]"),
        # the look-behind after the full stop: a pattern whose branch opens with one is tried at every character
        "clause": re.compile(
            rf";|\.(?<=[a-z]{{3}}\.)\s+(?=[A-Z])|,\s*{alternation(contrast | CONCESSIVE_CONJUNCTIONS | {'with'})}\b"
            rf"|\s{alternation(contrast)}\s"
        ),
        **_context_patterns(words),
        **_naming_patterns(words),
        **_level_patterns(words),
    }


def _same_period(words: FigureWords) -> re.Pattern:
    """ "year-on-year", "a year earlier"; "from a year earlier" too (the comparison cue is dropped later)."""
    after_from = [w for w in words.same_period if w.startswith("a ")]
    alone = [w for w in words.same_period if not w.startswith("a ")]
    return re.compile(rf"(?i)\b(?:{alternation(alone)}|(?:from\s+)?{alternation(after_from)})\b")


def _level_patterns(words: FigureWords) -> dict[str, re.Pattern]:
    """The words before a level that say how it was reached, brought or held."""
    return {
        "reached": re.compile(
            rf"(?i)(?:\b(?<!\b[Tt]he\s)(?<!\b[Aa]\s){alternation(words.reach_verb)}|\b({alternation(words.record_verb - {'at', 'set'})}))"
            r"\s+(?:an?\s+)?(?:(?:new|all-time|estimated|projected|[\da-z]+-(?:year|month|week|day))\s+){0,2}"
            r"(?:(high|low|peak|record)(?:\s+(high|low))?(?:\s+of)?\s+)?$"
        ),
        "record": re.compile(
            rf"(?i)\b{alternation(words.record_verb)}\s+(?:an?\s+)?(?:new\s+)?(?:all-time\s+)?record(?:\s+(high|low))?"
            r"(?:\s+of)?\s*$"
        ),
        "to_reached": re.compile(
            # "fell sharply to", "will fall back, to a likely", "rose, to", "rose by one cent today to close at": a comma only right before "to"; "advance toward
            # the 0.72 area", "climb to a range between 0.69 and 0.70", "dipped to below 4 bln", cut to "no more than 25p"
            rf"(?i)(?:,\s*(?=to\s)|\s*(?:[\w'’/-]+\s+){{0,5}}?(?:[\w'’-]+,\s+)?)(?:to|towards?)\s+(?:(?:close|end|finish|settle)\s+at\s+)?[\"“]?(?:below\s+|above\s+|under\s+)?(?:{alternation(ARTICLES)}\s+)?"
            rf"(?:(?:[a-z]+ly\s+)?{alternation(words.estimate)}\s+){{0,2}}"
            rf"(?:(?:{_NEW_HIGH})\s+){{0,2}}(?:{alternation(words.level_noun)}\s+(?:of\s+|between\s+)?"
            r"|(?:[\w-]+\s+)?(?:low|high)\s+(?:below|above|near|around)\s+)?"  # "to a post-war low below 140 yen"
        ),
        "brought_to": re.compile(
            rf"\b(?:{alternation(words.bring_verb)})\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alternation(words.total_noun)})\b[^.;,]{{0,40}}?\s+to\s+$"
        ),  # "bringing the number of unemployed to", "brings the Bank's total help so far today to"
        # "brings to 157 the number", "bring Lufthansa's purchases to a total of 34"
        "bring_to": re.compile(
            rf"\b(?:{alternation(words.bring_verb)})\s+(?:to|(?:[\w'’.-]+\s+){{1,8}}?to\s+an?\s+total\s+of)\s+$"
        ),
        "total_after": re.compile(rf"\s+the\s+(?:[\w-]+\s+)?(?:{alternation(words.total_noun)})\b"),
        # the verb in lower case ("MMR Holding Corp" is none); no "above", "by", "in" or a verb between ("shares held
        # by X at", "stocks held in the OECD at", "does not hold has been valued at")
        "held_at": re.compile(
            rf"(?<![\w-])(?:{alternation(words.hold_verb)})\s+(?:(?!(?i:above|below|over|under|by|until|in|conference|"
            r"meeting|is|was|were|are|be|been|has|have|had)\b)[A-Za-z'’-]+\s+){0,6}?at\s+$"
        ),
    }


def _naming_patterns(words: FigureWords) -> dict[str, re.Pattern]:
    """The words that make a figure's neighbours its namers, not its parties: a share class, a proposer."""
    return {
        "proposal": re.compile(rf"(?i)\b{alternation(words.proposal)}\b"),  # "called for", "urged"
        # "a 2.19 dlr cumulative preferred share", "its 25 cts preferred stock": the dividend names the class
        "share_class_after": re.compile(
            rf"(?i)\s+(?:{alternation(words.class_modifier)}\s+){{0,3}}{alternation(words.share_class)}\b"
        ),
        # "a 33 pct remission rate": a clinical rate; "a 27 pct rate" listed after one
        "clinical_after": re.compile(rf"(?i)\s+{alternation(words.clinical_rate)}\s+rates?\b"),
        "rate_after": re.compile(r"(?i)\s+rates?\b"),
    }


def _context_patterns(words: FigureWords) -> dict[str, re.Pattern]:
    """The function words around a figure that decide its direction and countries."""
    not_participle = "".join(rf"(?<!\b{re.escape(w)})" for w in sorted(words.not_participle))
    return {
        "route": re.compile(rf"(?i)\b{alternation(words.route)}\s+(?:the\s+)?$"),
        "partner_before": re.compile(rf"(?i)\b{alternation(words.partner)}\s+(?:the\s+)?$"),
        "currency_prep": re.compile(rf"(?i)\b{alternation(words.currency_prep)}\s+(?:the\s+)?$"),
        "comparative": re.compile(rf"(?i)\s+(?:much\s+)?{alternation(words.comparative)}\b"),
        "window_end": re.compile(rf"(?i)\b{alternation(words.window_end)}\b"),
        "contrast": re.compile(rf"(?i)\b{alternation(words.window_end & words.compare)}\b"),
        "deal": re.compile(rf"(?i)\b{alternation(words.deal | words.barrier)}\b"),
        "barrier_after": re.compile(
            rf"(?i)\s+(?:in|of|worth\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?{alternation(words.barrier)}\b"
        ),
        "remove_word": re.compile(rf"(?i)\b{alternation(words.remove)}\b"),
        "sentence_stop": re.compile(r"[.;]"),
        # "six major industrial nations", "from 22 countries", "24 countries of the OECD"; not a list after a dash
        # ("seven steel-exporting nations - Australia, Brazil ...": the countries are named and counted)
        "party_count": re.compile(
            rf"(?i)\s+(?:(?!(?:of|in|and|or|to|from|with|for|the)\b)[a-z][\w'’-]*\s+){{0,3}}"
            rf"{alternation(words.counted_party)}\b(?!\s*(?:-|:|\())"
        ),
        # "10 km (six miles) north-east of", "60 miles from"; not "1,225 miles from near X to Y" (a stretch: a length)
        "place_after": re.compile(
            rf"(?i)(?:\s*\([^()]{{1,40}}\))?\)?\s+(?:{alternation(words.bearing)}(?:[\s-]+{alternation(words.bearing)})?"
            rf"\s+of|{alternation(words.locating)})\b(?![^;]{{0,60}}?\bto\b)"
        ),
        "compare_word": re.compile(rf"(?i)\b{alternation(words.compare)}\b"),
        "forecast_word": re.compile(rf"(?i)\b{alternation(words.forecast)}\b"),
        "accounting_word": re.compile(rf"(?i)\b{alternation(words.accounting)}\b"),
        "money_of": re.compile(rf"(?i)\b(?:{alternation(words.money_noun)})\s+of\s+$"),  # "a charge of"
        "table_money": re.compile(
            rf"(?i)\s*(?:{alternation(words.table_money)})(?:\s+(?:loss|profit))?\s+"
            r"(?:[\d,.]+(?:\s+(?:mln|billion|bln))?\s+vs\.?\s+(?:loss\s+|profit\s+)?)?"
        ),
        "spread_after": re.compile(
            rf"(?i)\s+(?:above|below)(?:\s+(?!(?:year|ago|earlier|previous|last|week|month|season|quarter)\b)[\w'’-]+){{0,6}}?"
            rf"\s+{alternation(words.benchmark)}\b"
        ),
        # "Barclays share index", "Dow Jones industrial average", "Standard and Poor's 500-stock index"
        "index_after": re.compile(
            rf"(?i)(?:[\s-]+(?:{alternation(words.index_modifier)}|\d[\d,]*(?:-[a-z]+)?))*\s+"
            rf"{alternation(words.market_index)}\b"
        ),
        "and_level": re.compile(rf"(?i)\band\s+(?:(?:[a-z]+\s+)?to\s+(?:{alternation(HEDGES)}\s+)?)?$"),
        "owner_break": re.compile(rf"(?i)\b{alternation(words.owner_break)}\b|[,;.:]"),
        "verb_gap": re.compile(rf"(?i)[,;]|\d|\b{alternation(words.verb_gap)}\b"),
        "object_gap": re.compile(
            rf"(?i)[,;]|\d|\b{alternation(words.verb_gap - {'to', 'from', 'at', 'against', 'and'})}\b"
        ),
        "not_subject": re.compile(rf"(?i)\b{alternation(words.not_subject)}\b|n't"),
        "bilateral": re.compile(
            rf"(?i)\b{alternation(words.bilateral)}\b|\b(?:the two|both)\s+{alternation(words.pair_noun)}\b"
        ),
        "seg_lead": re.compile(rf"\s*(?:([a-z]{{3,}}ing)\b{not_participle}|({alternation(RELATIVE_PRONOUNS)})\b)"),
    }
