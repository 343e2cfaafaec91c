"""country_portrayal, round 17: a public figure's "he" acts for the figure's country; a suspended debt payment."""

from __future__ import annotations

from test_events import articles

from analysis.sentiment.antecedents import figure_pronoun
from analysis.sentiment.countries import event_sentences, sentence_appraisals


def test_he_after_a_named_public_figure_stands_for_the_figure_s_country():
    text = "Shultz said the talks had gone well but he sharply criticised Chile."
    hit = (text.index("criticised"), text.index(" Chile"))
    assert figure_pronoun(text, hit, 0, "1987-04-01") == "United States"
    other = "Officials said the talks had gone well but he sharply criticised Chile."
    assert figure_pronoun(other, (other.index("criticised"), other.index(" Chile")), 0, "1987-04-01") is None


def test_a_public_figure_s_criticism_outside_the_lead_is_a_named_country_s_firm_act():
    lead = "Copper prices rose in London on Monday. "
    named = event_sentences(articles(lead + "Shultz said the talks had gone well but he sharply criticised Chile."))
    unnamed = event_sentences(articles(lead + "Officials said talks had gone well but he sharply criticised Chile."))
    assert named[("a0", "Chile")].firm == 1 and unnamed[("a0", "Chile")].firm == 0


def test_a_public_figure_backing_his_own_country_s_institution_gives_it_no_credit():
    text = "Stock prices fell in Tokyo. Yeutter said that he supports the current course of the Federal Reserve Board."
    assert event_sentences(articles(text))[("a0", "United States")].credit == 0


def test_a_suspended_interest_payment_is_appraised_as_a_failure():
    assert sentence_appraisals("In February, Peru suspended interest payment on its foreign debt.") == {"Peru"}


def test_praise_by_market_voices_is_no_credit_to_a_country():
    lead = "Copper prices rose in London on Monday. "
    market = event_sentences(articles(lead + "Traders in Asian centres generally welcomed the Chilean decision."))
    named = event_sentences(articles(lead + "Argentina welcomed the Chilean decision."))
    assert market[("a0", "Chile")].credit == 0 and named[("a0", "Chile")].credit == 1
