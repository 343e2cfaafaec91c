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


def test_a_passive_reporting_verb_names_no_source():
    rows = _by_text("Widget exports were estimated at 40 mln dlrs.\n")
    assert rows["40 mln dlrs"]["source"] is None


def test_a_quantity_before_a_reporting_verb_is_no_source():
    rows = _by_text("Domestic widget output showed a rise of 4 pct in May.\n")
    assert rows["4 pct"]["source"] is None


def test_a_relative_clause_after_the_speaker_is_cut():
    rows = _by_text("Acme, the widget maker that owns 40 pct of Bolt Ltd, said sales rose 6 pct in May.\n")
    assert rows["6 pct"]["source"] == "Acme, the widget maker"


def test_a_pronoun_points_back_to_a_speaker_of_a_sentence_without_figures():
    rows = _by_text("Widget dealers said the market was calm.\n\nThey said prices fell 2 pct in May.\n")
    assert rows["2 pct"]["source"] == "Widget dealers"


def test_a_participle_that_names_speakers_is_a_source():
    rows = _by_text("Prices fell 2 pct in May, trading sources said.\n")
    assert rows["2 pct"]["source"] == "trading sources"


def test_terms_of_another_noun_is_left_alone():
    rows = _by_text("Terms of trade improved. Widget spending rose 6 pct in terms of value.\n")
    assert rows["6 pct"]["metric"] == "Widget spending"


def test_terms_of_trade_is_no_trade_change():
    from analysis.report.counts import trade_changes

    df = story("Peru's terms of trade rose 6 pct last year and its exports rose 4 pct.\n", "PERU", "LIMA, June 3")
    assert trade_changes(df)["text"].tolist() == ["4 pct"]


def test_a_reporting_verb_after_to_names_no_source():
    rows = _by_text("Acme Widget Corp is likely to show a rise in profit of 10 pct.\n")
    assert rows["10 pct"]["source"] is None
