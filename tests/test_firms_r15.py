"""country_events, round 15: a demonym modifying a company noun ("a Japanese firm") names the firm's home, not a party."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def test_an_act_toward_a_company_named_by_its_demonym_is_no_act_toward_the_country():
    got = coded(
        country_events(
            articles(
                "Canada's Acme said it signed an agreement with a Japanese firm to sell its pumps.",
                "The Italian ministry agreed to cooperate with two American carmakers on engine research.",
                "Sweden threatened sanctions against a West German company over the sale of pipes.",
            )
        )
    )
    assert not {(a, t) for a, t, _, _ in got} & {
        ("Canada", "Japan"),
        ("Italy", "United States"),
        ("Sweden", "West Germany"),
    }


def test_the_country_named_beside_its_firms_or_its_state_bank_stays_the_target():
    got = coded(
        country_events(
            articles(
                "Sweden threatened sanctions against Japanese companies if Tokyo did not open its markets.",
                "Canada signed an agreement with the West German central bank on currency swaps.",
            )
        )
    )
    assert any(a == "Sweden" and t == "Japan" for a, t, _, _ in got)
    assert any(a == "Canada" and t == "West Germany" for a, t, _, _ in got)


def test_a_company_named_by_its_demonym_is_no_actor():
    got = coded(country_events(articles("A major American carmaker threatened sanctions against Mexico over tariffs.")))
    assert not any(a == "United States" for a, _, _, _ in got)
