"""Pick the Reuters-21578 stories for the hand-annotated development sets (reproducible, by rule only).

    python3 dev/select_stories.py [--corpus ../shared/corpus/reuters21578.jsonl]

Stories are drawn at random (fixed seed) from index 6,000 on (the first 6,000 feed dev/snapshot.py and
the benchmark), de-duplicated by text, and never by what the extractors find in them:
- trade: topic "trade", 600-3,500 characters, at least three numbers;
- quotes: two or more places, at least two "said", 800-3,000 characters, not in the trade sets;
- round 3 (another seed, 600-3,500 characters, disjoint from all the above): stance (40: two or more places,
  topic trade or a word of dispute or diplomacy), speakers (24: a dateline, two or more "said"), figures
  (24: six each of currency markets, growth/inflation/balance of payments, company results, and stories
  naming an international body);
- round 4 (seed 2028): a stance holdout of 30 under the stance filter; round 5 (seed 2029): holdouts for speaker
  country (20) and figures (20: ten trade stories, three each of currency, growth/inflation, results, one body).
- round 4 (seed 2028, same pool, disjoint from every set above, which are all the ids in dev/gold/*.json before it):
  stance_holdout (30, the stance_dev filter: two or more places, topic trade or a word of dispute or diplomacy).
- round 6 (seed 2030, disjoint from every set above): second holdouts, annotated 2026-12-07 when the round-4/5
  holdouts became development sets: stance_holdout2 (30), speakers_holdout2 (20), figures_holdout2 (20), by the
  same filters.
- round 7 (seed 2031): stance_dev2 (40, the stance filter), a second stance development set.
- round 8 (seed 2032): speakers_dev3 (20) and figures_dev3 (20), by the holdouts' filters: development sets.
- round 9 (seed 2033): third holdouts, stance_holdout3 (30), speakers_holdout3 (20), figures_holdout3 (20), when the
  second ones became development sets; a story sharing a fifth of its five-word runs with a story taken before
  (a rewrite of the same wire item) is left out.
- round 10 (seed 2034): fourth holdouts, stance_holdout4 (30), speakers_holdout4 (20), figures_holdout4 (20), by the
  same filters and the same near-duplicate rule, when the third ones became development sets.
- round 11 (seed 2035): fifth holdouts, stance_holdout5 (30), speakers_holdout5 (20), figures_holdout5 (20), drawn as
  the fourth were, when those became development sets.
- round 12 (seed 2036): sixth holdouts, stance_holdout6 (30), speakers_holdout6 (20), figures_holdout6 (20), drawn as
  the fifth were, when those became development sets.
- round 13 (seed 2037): seventh holdouts, stance_holdout7 (30), speakers_holdout7 (20), figures_holdout7 (20), drawn as
  the sixth were, when those became development sets; the fresh trade stories ran out (4 of 10), and the figures set
  was filled to 20 from any figures topic (trade, currency, growth/inflation, results).
- rounds 14 and 15 (seeds 2038, 2039): eighth and ninth holdouts, drawn as the seventh were; the fresh stance stories
  of 600-3,500 characters ran out, and the stance sets were filled from fresh stories up to 8,000 characters by the
  same filter (round 15: 24 stories, all that were left).
- round 16 (seed 2040): tenth holdouts; no fresh story passes the stance filter at any length, and stance_holdout10
  (30) comes from a relaxed filter: two places, a government or an official, and a word of diplomacy or cooperation.
- round 17 (seed 2041): eleventh holdouts, drawn as the tenth were (stance from the relaxed filter).
- round 18 (seed 2042): twelfth holdouts, drawn as the eleventh were.
Prints the ids of each set; the sets are disjoint.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SETS = {"trade_dev": 30, "trade_holdout": 15, "quotes_dev": 25, "quotes_holdout": 15}


def main() -> None:
    """Print one line per set: name and ids."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/reuters21578.jsonl"))
    a = ap.parse_args()
    stories, seen = [], set()
    with open(a.corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            rec = json.loads(line)
            key = " ".join(rec["text"].split())
            if i < 6000 or key in seen:
                continue
            seen.add(key)
            stories.append(rec)
    rng = random.Random(2026)
    trade = [
        r
        for r in stories
        if "trade" in r["topics"]
        and 600 <= len(r["text"]) <= 3500
        and len(re.findall(r"\d+(?:\.\d+)?", r["text"])) >= 3
    ]
    rng.shuffle(trade)
    taken = set()
    out = {"trade_dev": trade[:30], "trade_holdout": trade[30:45]}
    taken |= {r["id"] for r in trade[:45]}
    quotes = [
        r
        for r in stories
        if r["id"] not in taken
        and len(set(r["places"])) >= 2
        and r["text"].count(" said") >= 2
        and 800 <= len(r["text"]) <= 3000
    ]
    rng.shuffle(quotes)
    out["quotes_dev"], out["quotes_holdout"] = quotes[:25], quotes[25:40]
    taken |= {r["id"] for r in quotes[:40]}
    out.update(round3_sets(stories, taken, random.Random(2027)))
    out.update(round4_sets(stories, taken, random.Random(2028)))
    out.update(round5_sets(stories, taken, random.Random(2029)))
    out.update(round6_sets(stories, taken, random.Random(2030)))
    out.update(round7_sets(stories, taken, random.Random(2031)))
    out.update(round8_sets(stories, taken, random.Random(2032)))
    out.update(round9_sets(stories, taken, random.Random(2033)))
    out.update(round10_sets(stories, taken, random.Random(2034)))
    out.update(round11_sets(stories, taken, random.Random(2035)))
    out.update(round12_sets(stories, taken, random.Random(2036)))
    out.update(round13_sets(stories, taken, random.Random(2037)))
    out.update(round14_sets(stories, taken, random.Random(2038)))
    out.update(round15_sets(stories, taken, random.Random(2039)))
    out.update(round16_sets(stories, taken, random.Random(2040)))
    out.update(round17_sets(stories, taken, random.Random(2041)))
    out.update(round18_sets(stories, taken, random.Random(2042)))
    for name, recs in out.items():
        print(name, " ".join(r["id"] for r in recs))


HOSTILE = re.compile(r"retaliat|sanction|tariff|accus|protest|warn|dispute|threat|criticis|complain|condemn|boycott")
BODIES = re.compile(r"\b(?:IMF|OPEC|GATT|World Bank|International Monetary Fund|Development Bank)\b")


def _taker(pool: list[dict], taken: set[str], out: dict[str, list[dict]]):
    """take(name, n, keep): the next ``n`` stories of the shuffled pool that ``keep`` accepts, none taken before."""

    def take(name: str, n: int, keep) -> None:
        picked = [r for r in pool if r["id"] not in taken and keep(r)][:n]
        taken.update(r["id"] for r in picked)
        out[name] = out.get(name, []) + picked

    take.picked = lambda name: out.get(name, [])
    return take


def round3_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """The round-3 sets (stance, speaker country, figures), disjoint from each other and the sets above."""
    pool = [r for r in stories if r["id"] not in taken and 600 <= len(r["text"]) <= 3500]
    rng.shuffle(pool)
    out: dict[str, list[dict]] = {}
    take = _taker(pool, taken, out)

    # stance: trade disputes and diplomacy, two or more places, a hostile or diplomatic word
    take(
        "stance_dev", 40, lambda r: len(set(r["places"])) >= 2 and ("trade" in r["topics"] or HOSTILE.search(r["text"]))
    )
    # speaker country: quotes with a dateline, as the quote sets above
    take("speakers_dev", 24, lambda r: r["dateline"] and r["text"].count(" said") >= 2 and len(r["text"]) >= 800)
    # figures: currency markets, growth and inflation, company results, international bodies (six each)
    for topics in ({"money-fx", "dlr", "yen"}, {"gnp", "cpi", "bop"}, {"earn"}):
        take(
            "figures_dev", 6, lambda r, t=topics: bool(t & set(r["topics"])) and len(re.findall(r"\d", r["text"])) >= 3
        )
    take("figures_dev", 6, lambda r: bool(BODIES.search(r["text"])) and len(re.findall(r"\d", r["text"])) >= 3)
    return out


def round4_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """The round-4 stance holdout: 30 stories under the stance_dev filter, disjoint from every set above."""
    pool = [r for r in stories if r["id"] not in taken and 600 <= len(r["text"]) <= 3500]
    rng.shuffle(pool)
    picked = [r for r in pool if len(set(r["places"])) >= 2 and ("trade" in r["topics"] or HOSTILE.search(r["text"]))][
        :30
    ]
    taken.update(r["id"] for r in picked)
    return {"stance_holdout": picked}


def round5_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """The round-4 holdouts of issues 25 and 26 (chosen with a fifth seed): speaker country (20, the speakers_dev
    filter) and figures (20: ten trade stories with three or more numbers, ten of the figures_dev topics)."""
    pool = [r for r in stories if r["id"] not in taken and 600 <= len(r["text"]) <= 3500]
    rng.shuffle(pool)
    out: dict[str, list[dict]] = {}
    take = _taker(pool, taken, out)

    _take_holdouts(take, "_holdout")
    return out


def round6_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Second holdouts for issues 24, 25 and 26 (a sixth seed), by the filters of the first ones."""
    out: dict[str, list[dict]] = {}
    take = _taker(_pool(stories, taken, rng), taken, out)
    take("stance_holdout2", 30, _about_stance)
    _take_holdouts(take, "_holdout2")
    return out


def round7_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """A second stance development set (40, the stance_dev filter), to read misses from (a seventh seed)."""
    out: dict[str, list[dict]] = {}
    _taker(_pool(stories, taken, rng), taken, out)("stance_dev2", 40, _about_stance)
    return out


def round8_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Third development sets for speaker country (20) and figures (20), by the holdouts' filters (an eighth seed)."""
    out: dict[str, list[dict]] = {}
    _take_holdouts(_taker(_pool(stories, taken, rng), taken, out), "_dev3")
    return out


def round9_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Third holdouts for issues 24, 25 and 26 (a ninth seed), no near-duplicate of a story taken before."""
    return _fresh_holdouts(stories, taken, rng, "_holdout3")


def round10_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Fourth holdouts (a tenth seed), drawn as the third were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout4")


def round11_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Fifth holdouts (an eleventh seed), drawn as the fourth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout5")


def round12_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Sixth holdouts (a twelfth seed), drawn as the fifth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout6")


def round13_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Seventh holdouts (a thirteenth seed), drawn as the sixth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout7")


def round14_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Eighth holdouts (a fourteenth seed), drawn as the seventh were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout8")


def round15_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Ninth holdouts (a fifteenth seed), drawn as the eighth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout9")


def round16_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Tenth holdouts (a sixteenth seed), drawn as the ninth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout10", diplomacy_tier=True)


def round17_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Eleventh holdouts (a seventeenth seed), drawn as the tenth were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout11", diplomacy_tier=True)


def round18_sets(stories: list[dict], taken: set[str], rng: random.Random) -> dict[str, list[dict]]:
    """Twelfth holdouts (an eighteenth seed), drawn as the eleventh were, when those became development sets."""
    return _fresh_holdouts(stories, taken, rng, "_holdout12", diplomacy_tier=True)


def _fresh_holdouts(
    stories: list[dict], taken: set[str], rng: random.Random, suffix: str, diplomacy_tier: bool = False
) -> dict[str, list[dict]]:
    """Stance (30), speakers (20) and figures (20) holdouts, none a near-duplicate of a story taken before."""
    by_id = {r["id"]: r for r in stories}
    seen: set[tuple[str, ...]] = set()
    for i in taken:
        seen |= _shingles(by_id[i]["text"])

    def fresh(r: dict) -> bool:
        own = _shingles(r["text"])
        return len(own & seen) < len(own) / 5

    pool = [r for r in _pool(stories, taken, rng) if fresh(r)]
    out: dict[str, list[dict]] = {}
    take = _taker(pool, taken, out)
    take("stance" + suffix, 30, _about_stance)
    # by round 14 the fresh stance stories of 600-3,500 characters ran out (none left): the shortfall comes from
    # fresh stories up to 8,000 characters, by the same filter (a no-op in every earlier round, whose sets were full).
    # By round 15 those ran out too: its set holds the 24 left
    short = 30 - len(take.picked("stance" + suffix))
    if short > 0:
        longer = [r for r in stories if r["id"] not in taken and 3500 < len(r["text"]) <= 8000 and fresh(r)]
        rng.shuffle(longer)
        _taker(longer, taken, out)("stance" + suffix, short, _about_stance)
    # by round 16 no fresh story passes the stance filter at any length: the set comes from fresh stories of
    # 600-3,500 characters with two places whose text names a government or an official and a word of diplomacy
    # or cooperation (talks, aid, an agreement, a visit): more cooperative acts, fewer disputes. Off before round 16
    short = 30 - len(take.picked("stance" + suffix))
    if short > 0 and diplomacy_tier:
        tier = [r for r in _pool(stories, taken, rng) if fresh(r)]
        _taker(tier, taken, out)("stance" + suffix, short, _about_diplomacy)
    _take_holdouts(take, suffix)
    return out


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The story's runs of five words, lower case."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _pool(stories: list[dict], taken: set[str], rng: random.Random) -> list[dict]:
    """The stories not taken, 600-3,500 characters, shuffled."""
    pool = [r for r in stories if r["id"] not in taken and 600 <= len(r["text"]) <= 3500]
    rng.shuffle(pool)
    return pool


def _about_stance(r: dict) -> bool:
    """The stance filter: two or more places, and topic trade or a word of dispute or diplomacy."""
    return len(set(r["places"])) >= 2 and bool("trade" in r["topics"] or HOSTILE.search(r["text"]))


GOVERNMENT = re.compile(r"\b(?:government|minister|ministry|president|embassy|ambassador|officials?)\b")
DIPLOMACY = re.compile(
    r"\b(?:agree|agreement|accord|talks|negotiat|cooperat|aid|loan|credit|visit|support|relations|pact)", re.I
)


def _about_diplomacy(r: dict) -> bool:
    """The relaxed stance filter of round 16: two or more places, a government or an official, a word of diplomacy."""
    return len(set(r["places"])) >= 2 and bool(GOVERNMENT.search(r["text"]) and DIPLOMACY.search(r["text"]))


def _take_holdouts(take, suffix: str) -> None:
    """Speaker country (20, the speakers_dev filter) and figures (20: ten trade, three of each figures_dev topic, one body)."""
    take("speakers" + suffix, 20, lambda r: r["dateline"] and r["text"].count(" said") >= 2 and len(r["text"]) >= 800)
    numbers = re.compile(r"\d+(?:\.\d+)?")
    take("figures" + suffix, 10, lambda r: "trade" in r["topics"] and len(numbers.findall(r["text"])) >= 3)
    for topics in ({"money-fx", "dlr", "yen"}, {"gnp", "cpi", "bop"}, {"earn"}):
        take(
            "figures" + suffix,
            3,
            lambda r, t=topics: bool(t & set(r["topics"])) and len(numbers.findall(r["text"])) >= 3,
        )
    take("figures" + suffix, 1, lambda r: bool(BODIES.search(r["text"])) and len(numbers.findall(r["text"])) >= 3)
    # by round 13 the fresh trade stories ran out (4 of 10): the shortfall comes from any of the topics above
    # (a no-op in every earlier round, whose sets were full)
    short = 20 - len(take.picked("figures" + suffix))
    if short > 0:
        topics = {"trade", "money-fx", "dlr", "yen", "gnp", "cpi", "bop", "earn"}
        take(
            "figures" + suffix,
            short,
            lambda r: bool(topics & set(r["topics"])) and len(numbers.findall(r["text"])) >= 3,
        )


if __name__ == "__main__":
    main()
