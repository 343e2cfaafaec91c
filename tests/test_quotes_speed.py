"""Shortcuts taken for speed read the same as the searches they stand for."""

from __future__ import annotations

from analysis.quotes.lexicon import lexicon
from analysis.quotes.tokens import first_word, word_count, words

TRAILS = [
    "The minister",
    "The minister on Friday",
    "The minister, speaking on Friday,",
    "Roe, 58, repeatedly",
    "the company in a statement",
    "the company in statements",
    "the ministry in a statement issued by its press office",
    "Vale told reporters",
    "the bank on March 3",
    "the envoy in Tokyo",
    "the spokesman through a spokeswoman",
    "the spokesman later on Monday",
    "both sides have",
    "the senators both",
    "Roe and Vale went on to",
    "officials last week",
    "officials on state TV",
    "the agency to the press",
    "analysts ",
    "",
    "   ",
    "on Friday",
]


def test_trail_is_the_trail_search():
    lex = lexicon()
    for text in TRAILS:
        found, searched = lex.trail(text), lex.trail_re.search(text)
        assert (found and found.span()) == (searched and searched.span()), text


def test_word_counts_and_first_words():
    for text in ["", "one", "Roe, a lawyer in Ohio, said", "U.S. officials' plan - now", "  ,  "]:
        for most in range(1, 6):
            assert word_count(text, most) == min(len(words(text)), most)
        assert first_word(text) == (words(text)[0] if words(text) else None)
