"""The devices that keep the figure stages fast find what the plain regexes they replace find (gates.py,
``numbers.prev_word``, the clause pattern)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.figures.gates import first_word_match, lowered, may_match, word_matches
from analysis.figures.rules import rules
from analysis.figures.words_before import prev_word
from analysis.text.words import CONCESSIVE_CONJUNCTIONS, CONTRASTIVE_CONJUNCTIONS

_CHARS = "aZk1_ .,;-'’\"(\n\tıſKé$%"
_WORDS = [" from ", " than ", " Compared WITH ", " vs. ", " will ", " expected ", "according to ", " Citing ", "and "]


def _texts():
    """Short texts of letters, marks and the words the gated regexes open with, in any case."""
    piece = st.one_of(st.text(alphabet=_CHARS, max_size=6), st.sampled_from(_WORDS))
    return st.lists(piece, max_size=12).map("".join)


def _prev_word_forward(text: str, pos: int) -> tuple[str, int]:
    """What ``prev_word`` was written as: a search of the 40 characters before ``pos``."""
    m = re.search(r"([A-Za-z][\w'’.-]*)\W{0,2}$", text[max(0, pos - 40) : pos])
    return (m.group(1), max(0, pos - 40) + m.start(1)) if m else ("", -1)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(0, 200))
def test_prev_word_reads_backwards_what_the_forward_search_found(text, pos):
    pos = min(pos, len(text))
    assert prev_word(text, pos) == _prev_word_forward(text, pos)


def test_prev_word_examples():
    assert prev_word("exports rose by 5 pct", 16) == ("by", 13)
    assert prev_word("held in the U.S. 5", 17) == ("U.S.", 12)
    assert prev_word("rose,\n 5", 7) == ("", -1)  # three marks: no word
    assert prev_word("rose,\n", 6) == ("rose", 0)  # "$" before the last newline
    assert prev_word("", 0) == ("", -1)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(0, 60), st.integers(0, 200))
def test_gated_regexes_find_what_the_regexes_find(text, pos, endpos):
    r = rules()
    low = lowered(text)
    for pattern, words in (
        (r.compare, r.words.compare),
        (r.forecast_word, r.words.forecast),
        (r.source_prep, r.words.source_prep),
        (r.window_end, r.words.window_end),
    ):
        assert [m.span() for m in word_matches(pattern, words, text, low)] == [m.span() for m in pattern.finditer(text)]
        found = first_word_match(pattern, words, text, low, pos, endpos)
        plain = pattern.search(text, pos, endpos)
        assert (found and found.span()) == (plain and plain.span())
    assert may_match(r.words.same_period, low) or r.yoy.search(text) is None


def test_non_ascii_text_runs_the_regexes_themselves():
    # the Kelvin sign is a "k" to (?i): lower-casing would keep it, so the gates step aside for such text
    assert lowered("Growth \u212a will slow") is None
    assert may_match(frozenset({"will"}), None)
    r, text = rules(), "It wıll rise by 2 K"  # a dotless i, the Kelvin sign
    found = first_word_match(r.forecast_word, r.words.forecast, text, lowered(text))
    plain = r.forecast_word.search(text)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_clause_pattern_as_written_before(text):
    contrast = CONTRASTIVE_CONJUNCTIONS

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    before = re.compile(
        rf";|(?<=[a-z]{{3}})\.\s+(?=[A-Z])|,\s*(?:{alt(contrast | CONCESSIVE_CONJUNCTIONS | {'with'})})\b|\s(?:{alt(contrast)})\s"
    )
    text = text.replace("Z", "Zeal. But ")
    assert [m.span() for m in rules().clause.finditer(text)] == [m.span() for m in before.finditer(text)]
