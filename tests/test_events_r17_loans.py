"""Loans that are no country's aid (round 17): a commercial lender's loans, and loans booked (classified, placed on
non-accrual) rather than given; a state's lender still gives aid."""

from __future__ import annotations

from analysis.sentiment.events import article_events


def _aid(text: str) -> set[tuple]:
    return {(e.actor, e.target) for e in article_events(text, "1987-05-01", []) if e.event == "AID"}


def test_loans_classified_or_placed_on_non_accrual_are_no_aid():
    assert not _aid("The Norwegian lender is thinking of classifying its 300 mln crowns in loans to Iceland as bad.")
    assert not _aid("Norway said it placed its loans to Iceland on non-accrual status.")


def test_a_commercial_banks_loans_are_no_countrys_aid():
    assert not _aid("Several Norwegian banks said they will extend new loans to Iceland.")
    assert not _aid("Norway's commercial banks have extended new loans to Iceland.")
    assert not _aid("Norway said its creditor banks would provide new credits to Iceland.")


def test_a_state_lender_or_a_government_still_gives_aid():
    assert ("Norway", "Iceland") in _aid("The Norwegian Export-Import Bank has extended a loan to Iceland.")
    assert ("Norway", "Iceland") in _aid(
        "The Norwegian Export-Import Bank has extended a loan to Iceland, a bank official said."
    )
    assert ("Norway", "Iceland") in _aid("Norway has extended a 300 mln crown loan to Iceland, a bank official said.")


def test_a_loan_given_to_clear_arrears_is_still_aid():
    assert ("Norway", "Iceland") in _aid("Norway has extended a loan to Iceland to clear its arrears to the fund.")
    assert not _aid("Norway said its loans to Iceland were in arrears.")
