"""Stance, round 17: from the read of 50 stance rows outside the gold (sentences of our own)."""

from __future__ import annotations

from test_stance_r10 import edges

from analysis.sentiment.stance import stance_rows
from analysis.sentiment.voices import Voice, holder_country


def _held(text: str, said: str, country: str) -> set[tuple[str | None, str, str]]:
    """(holder, target, event) of the stance rows of ``text``, whose words ``said`` are spoken for ``country``."""
    start = text.index(said)
    voices = [Voice(start, start + len(said), country)]
    return {(e.actor, e.target, e.event) for e in stance_rows("a0", text, "1987-04-01", voices) if e.pattern.valence}


def test_cooperation_between_two_sides_in_the_words_of_one_is_that_side_s_stance_only():
    said = "the close cooperation between Chile and Peru would go on"
    found = _held(f"Chile's foreign minister said {said}.", said, "Chile")
    assert ("Chile", "Peru", "COOPERATE") in found
    assert ("Peru", "Chile", "COOPERATE") not in found  # Peru, silent here, voices nothing
    both = edges("The close cooperation between Chile and Peru went on, the paper said.")
    assert {("Chile", "Peru", "COOPERATE", "asserted"), ("Peru", "Chile", "COOPERATE", "asserted")} <= both


def test_voluntary_restraints_are_no_sanction_by_anyone():
    said = "sales will stay flat even if voluntary export restrictions on Peruvian cars are lifted"
    assert not _held(f"The Chilean minister said {said}.", said, "Chile")
    assert not {e for e in edges("Peru agreed to voluntarily limit shipments to Chile.") if e[2] == "SANCTION"}
    assert ("Chile", "Peru", "SANCTION", "asserted") in edges("Chile imposed restrictions on Peruvian cars.")


def test_offers_or_bids_rejected_at_a_tender_are_no_stance():
    assert not edges("Peru rejected all Chilean offers at its wheat tender today.")
    assert not edges("Traders noted the rejection of soyoil offers by Peru at its tender.")
    assert ("Peru", "Chile", "REJECT", "asserted") in edges("Peru rejected the Chilean proposal.")


def test_a_market_is_no_holder():
    assert holder_country("Firm Chilean markets", "Chile") is None
    assert holder_country("Treasury Secretary Cortes sparked the market", "Chile") == "Chile"
    assert holder_country("Common Market spokesman", "European Community") == "European Community"
