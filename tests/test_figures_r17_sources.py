"""Figures, round 17: a source is a named speaker, a body or a document; a metric names a quantity (sentences of
our own)."""

from __future__ import annotations

from test_figures_r13c import story


def _by_text(text: str) -> dict[str, dict]:
    df = story(text, "WIDGETS", "LIMA, June 3")
    return {r["text"]: r for r in df.to_dict("records")}


def test_a_leading_conjunction_is_no_part_of_the_source():
    rows = _by_text("Acme Widget Corp said sales rose 4 pct.\n\nBut the company said exports fell 3 pct.\n")
    assert rows["3 pct"]["source"] == "the company"


def test_it_points_back_to_the_source_named_before():
    rows = _by_text("Acme Widget Corp said sales rose 4 pct.\n\nIt also said exports fell 3 pct.\n")
    assert rows["3 pct"]["source"] == "Acme Widget Corp" and "source:antecedent" in rows["3 pct"]["rule"]


def test_a_pronoun_with_nothing_before_gives_no_source():
    rows = _by_text("Sales of widgets rose 4 pct, he said.\n")
    assert rows["4 pct"]["source"] is None and "source:pronoun-dropped" in rows["4 pct"]["rule"]


def test_a_participle_after_the_subject_is_no_source():
    rows = _by_text(
        "The Widget Board, confirming earlier estimates, said sales of its members in the northern provinces rose "
        "by 4 pct in the first quarter.\n"
    )
    assert rows["4 pct"]["source"] == "The Widget Board"


def test_terms_of_trade_is_not_trade():
    rows = _by_text("Peru's terms of trade fell 6 pct last year.\n")
    assert rows["6 pct"]["metric"] == "terms of trade"


def test_gnp_is_a_metric():
    rows = _by_text("Real GNP advanced by 2 pct in 1986.\n")
    assert rows["2 pct"]["metric"].endswith("GNP")


def test_a_modal_ends_a_counted_noun_phrase():
    rows = _by_text("About 500 widget plants must close, the ministry said.\n")
    assert rows["500"]["metric"] == "widget plants"
