"""Every row names the rules that produced it, and every rule name is documented in analysis/data/rules.csv."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.text.rule_tables import read_table

# One sentence per construction, so that most quote rules fire at least once.
SENTENCES = [
    '"We will not back down," Foreign Minister Taro Kono told reporters in Tokyo.',
    "The ministry said on Friday that exports had risen sharply in March.",
    "Exports rose sharply in March, the ministry said.",
    "According to the trade ministry, imports fell for a third month.",
    "Japan downplayed the offer, saying the priority should be pressure on Pyongyang.",
    "Imports from North Korea surged, with China arguing that the resolution allows for trade.",
    "Tehran radio quoted a foreign ministry spokesman as saying the talks had failed.",
    "The senator accused the administration of hiding the true cost of the deal.",
    'Kim said the plan was "dead on arrival" and would be withdrawn.',
    "Standard Oil Co said its profits fell sharply in the quarter. The company said it would cut jobs.",
    'Trade Minister Hajime Tamura said talks would resume. "It is a hard time," he said.',
    "SEOUL (AP) — A government official said the North had fired two missiles into the sea.",
]


def _rules(df: pd.DataFrame) -> list[tuple[str, str]]:
    pairs = []
    for rule in df["rule"]:
        for part in rule.split("; "):
            stage, _, name = part.partition(":")
            base, *modifiers = name.split("/")
            pairs.append((stage, base))
            pairs += [(f"{stage}-modifier", m) for m in modifiers]
    return pairs


@pytest.fixture(scope="module")
def documented() -> set[tuple[str, str, str]]:
    return {(r["extractor"], r["stage"], r["name"]) for r in read_table("rules.csv")}


def test_every_quote_rule_is_documented(seeds, documented):
    texts = pd.DataFrame({"article_id": [f"s{i}" for i in range(len(SENTENCES))], "text": SENTENCES})
    quotes = pd.concat([extract_quotes(seeds), extract_quotes(texts)], ignore_index=True)
    found = _rules(quotes)
    missing = {pair for pair in found if ("quotes", *pair) not in documented}
    assert not missing, f"rule names missing from rules.csv: {sorted(missing)}"
    stages = {stage for stage, _ in found}
    assert {"found", "speaker", "country", "speaker-modifier"} <= stages
    assert len({name for _, name in found}) >= 15  # the sentences above exercise most rules


def test_rule_column_says_what_found_each_row(seeds):
    quotes = extract_quotes(seeds)
    assert quotes["rule"].str.startswith("found:").all()
    with_speaker = quotes[quotes["speaker"].notna()]
    assert with_speaker["rule"].str.contains("speaker:").all()
    with_country = quotes[quotes["speaker_country"].notna()]
    assert with_country["rule"].str.contains("country:").all()
    row = quotes[quotes["quote"].str.startswith("South Korea has fully enforced")].iloc[0]
    assert row["rule"] == "found:content-before-cue; speaker:subject-before-cue; country:content-subject"
