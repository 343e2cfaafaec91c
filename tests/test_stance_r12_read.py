"""Stance, round 12: from the read of 50 polar rows outside the gold (sentences of our own)."""

from __future__ import annotations

from test_stance_r10 import edges


def test_aid_to_a_country_s_rebels_is_no_act_toward_the_country():
    assert not edges(
        'The House voted to block aid to the Peruvian "contra" rebels until the President accounts for it.'
    )
    assert not edges("The United States sent aid to Peruvian guerrillas.")
    assert ("United States", "Peru", "AID", "asserted") in edges("The United States sent aid to Peru.")


def test_an_act_whose_noun_is_said_to_be_cut_or_lifted_is_a_retreat():
    said_cut = edges("Canada's trade tribunal said the duty on Chilean copper imports should be cut to 30 cts a pound.")
    assert not {e for e in said_cut if e[3] != "lifted"}
    assert ("Canada", "Chile", "SANCTION", "asserted") in edges("Canada imposed a duty on Chilean copper imports.")


def test_a_call_to_reduce_restrictions_on_a_country_is_no_sanction_of_it():
    found = edges('"The U.S. should reduce its restrictions on Chilean imports," the paper said.')
    assert not {e for e in found if e[0] == "United States" and e[2] == "SANCTION" and e[3] != "lifted"}
    assert ("United States", "Chile", "SANCTION", "asserted") in edges(
        "The U.S. imposed restrictions on Chilean imports."
    )
