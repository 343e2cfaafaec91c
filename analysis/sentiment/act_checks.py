"""Checks on a pattern found before it is coded: is a country named near enough to be its slot (a cheap test before
the sentence is split), and is it an act of a country at all (not a table of figures, an act blamed on another, a
rejection of bids, a restraint an exporter imposes on itself, or loans a bank holds)."""

from __future__ import annotations

import re

from .antecedents import pair_subject, refers_to_act
from .clauses import BARE_ATTACK, opens_relative, reciprocal, refers_back
from .communiques import PASSIVE_BEFORE
from .held_loans import held_loan
from .pattern_readings import FORCE
from .patterns import MATERIAL, Pattern
from .reader import Reader
from .referents import after_response
from .relations import names_two, unmended

_NUMBER = re.compile(r"\d+")
TABLE_SHARE = 0.3  # a sentence with more than this share of words holding digits is a table
# "Kuwait blamed the attack on Iran", "blamed Iran for the attack on": the act is what is blamed, not the blamer's
_BLAMED = re.compile(r"\b(?:blam(?:e|es|ed|ing)|responsib\w+\s+for)\s+(?:[\w.'’-]+\s+){0,5}$", re.I)
# Offers or bids rejected (at a tender, for a company) are trade, no stance: "the rejection of rbd oil offers by
# Pakistan at its tender", "rejected all bids for soft wheat"; a single "offer" or "bid" may be a state's ("of talks",
# "to join"): kept.
_BIDS_REJECTED = re.compile(r"\s+(?:of\s+)?(?:[\w.'’-]+\s+){0,4}?(?:offers|bids|tenders?)\b", re.I)
# Restraints an exporter puts on its own sales are its own, no act of the importer against it ("even if voluntary export
# restrictions on Japanese cars are lifted", "agreed to voluntarily limit shipments"): no sanction by anyone.
_SELF_IMPOSED = re.compile(r"\b(?:voluntar(?:y|ily)|self-imposed|self-restraint)\s+(?:[\w-]+\s+){0,2}$", re.I)


def is_table(sentence: str) -> bool:
    """A run of figures ("Holland 201,660, Iran 182,042 ..."): a table of numbers, never a statement."""
    if len(_NUMBER.findall(sentence)) < 2:
        return False  # the cheap test: most sentences hold fewer than two numbers
    words = sentence.split()
    return len(words) >= 6 and sum(any(c.isdigit() for c in w) for w in words) > TABLE_SHARE * len(words)


def no_act(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Is the pattern no act of a country: an act blamed on another, a rejection of offers or bids (trade), a
    restraint its exporter imposes on itself, a commercial lender's loans or loans booked (held_loans.py), or relations
    no one mends (relations.py)?"""
    if held_loan(r, p, hit, sentence) or unmended(r, p, hit, sentence):
        return True
    if p.event in MATERIAL and r.head_search(_BLAMED, hit, sentence, 60):
        return True
    if p.event == "REJECT":
        return bool(_BIDS_REJECTED.match(r.text, hit[1]))
    return p.event == "SANCTION" and bool(r.head_search(_SELF_IMPOSED, hit, sentence, 40))


def near_mention(r: Reader, p: Pattern, start: int, end: int) -> bool:
    """A cheap test before the sentence is split: is any country named close enough to be the slot?"""
    if (p.target == "joint" or p.event == "AGREE") and pair_subject(r.text, start):
        return True  # "The two presidents signed": the pair told of before
    if (
        p.event == FORCE[0]
        and PASSIVE_BEFORE.search(r.text, max(0, start - 30), start)
        and r.after(max(0, start - 80), start)
    ):
        return True  # "Iraqi positions were shelled": the passive's subject
    if p.target == "object":  # or a demand's owner right before it ("U.S. demands"): demand-of-owner
        return (
            bool(r.after(end, end + 90))
            or (p.event == "DEMAND" and bool(r.after(max(0, start - 40), start)))
            or refers_back(p, r.text, end)  # "opposed the move": told of in the sentence before
            or opens_relative(r.text, start)  # "a Turkish ship which Greece threatened to seize"
            or reciprocal(r.text, end)  # "Chile and Peru accused each other": the subject's countries
            or (" its " in r.text[end : end + 40] and bool(r.after(max(0, start - 200), start)))  # "rejected its bid"
            or refers_to_act(p, r.text, end)  # "displeasure with the penalties": told of in the sentence before
            or (p.form in BARE_ATTACK and after_response(r.text, start))  # "the U.S. response to the Iran attack"
        )
    if p.target == "between" and names_two(r.text, end):
        return True  # "cooperation between the two countries": the two the story has just named
    if p.target == "dispute":  # "its disputes with Greece, including rights on ..., should be solved through"
        return bool(r.after(max(0, start - 200), start))
    return bool(r.after(max(0, start - 60), start)) or bool(r.after(end, end + 40))
