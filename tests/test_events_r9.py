"""country_events, round 9: constructions of wire copy that the patterns and clause rules reach."""

from __future__ import annotations

from test_events import articles, coded

from analysis import country_events


def test_good_relations_a_refusal_to_let_and_satisfaction_are_stances():
    found = coded(
        country_events(
            articles(
                "Diplomats said Peru had kept friendly relations with both Chile and Bolivia.",
                "Turkey would not let Greece drill in the disputed waters, the minister said.",
                "Spain is pleased with Portugal's offer on fishing rights.",
                "Mexico alleged that Guatemala had sheltered the rebels.",
                "Officials said it was heartening that Brazil had paid its arrears.",
            )
        )
    )
    assert {
        ("Peru", "Chile", "COOPERATE", "asserted"),
        ("Peru", "Bolivia", "COOPERATE", "asserted"),
        ("Turkey", "Greece", "THREATEN", "asserted"),
        ("Spain", "Portugal", "SUPPORT", "asserted"),
        ("Mexico", "Guatemala", "ACCUSE", "asserted"),
    } <= found


def test_a_feeling_after_be_is_a_state_of_the_subject_not_a_passive():
    found = coded(
        country_events(
            articles(
                "Chile is disappointed with the Peruvian decision.",
                "Norway was angered by the Danish catch figures.",
                "Diplomats said there were concerns about deliveries from Brazil.",
            )
        )
    )
    assert ("Chile", "Peru", "DISAPPROVE", "asserted") in found
    assert ("Norway", "Denmark", "DISAPPROVE", "asserted") in found
    assert not any(t == "Brazil" for _, t, *_ in found)  # a noun after "there were" is no state of a country


def test_a_refusal_to_lift_an_act_leaves_it_standing():
    found = coded(
        country_events(
            articles(
                "Canada refused to lift its ban on Spanish fishing boats.",
                "Canada lifted its ban on Portuguese fishing boats.",
            )
        )
    )
    assert ("Canada", "Spain", "SANCTION", "asserted") in found
    assert ("Canada", "Portugal", "RETREAT", "lifted") in found


def test_criticism_or_pressure_from_a_country_is_its_act_on_the_subject():
    found = coded(
        country_events(
            articles(
                "Chile has come under growing criticism from Peru over the border.",
                "Norway has been under pressure from Sweden to cut its catch.",
                "Danish farmers face pressure from Dutch competitors.",
            )
        )
    )
    assert ("Peru", "Chile", "ACCUSE", "asserted") in found
    assert ("Sweden", "Norway", "DEMAND", "asserted") in found
    assert not any(a == "Netherlands" for a, *_ in found)  # a country's rivals press in the market, no demand


def test_a_subject_the_quotes_took_for_the_hearer_still_acts():
    """ "told reporters Peru had ...": the reported words open with an auxiliary, so their subject stands before."""
    found = coded(country_events(articles("He told reporters Peru had rejected the Chilean proposal on the border.")))
    assert ("Peru", "Chile", "REJECT", "asserted") in found


def test_objections_resistance_anger_and_retaliation_for_a_countrys_deed():
    found = coded(
        country_events(
            articles(
                "Chile has objected to Peru's new fishing limits.",
                "Norway lodged a protest with Denmark over the catch.",
                "Spain voiced displeasure with Moroccan fishing rules.",
                "Mexico strongly supports Guatemala's bid to join the pact.",
                "Greece expelled two diplomats in retaliation for Turkey's arrests of its citizens.",
                "Egypt shelled the camp in retaliation for an attack on a Sudanese convoy.",
            )
        )
    )
    assert {
        ("Chile", "Peru", "REJECT", "asserted"),
        ("Norway", "Denmark", "PROTEST", "asserted"),
        ("Spain", "Morocco", "DISAPPROVE", "asserted"),
        ("Mexico", "Guatemala", "SUPPORT", "asserted"),
        ("Greece", "Turkey", "SANCTION", "asserted"),
    } <= found
    assert not any(t == "Sudan" and e == "SANCTION" for _, t, e, _m in found)  # the attack's victim is no target


def test_a_participle_clause_after_a_comma_takes_the_sentences_subject():
    found = coded(country_events(articles("Chile closed the border on Friday, accusing Peru of smuggling arms.")))
    assert ("Chile", "Peru", "ACCUSE", "asserted") in found


def test_attacks_strikes_and_raids_against_or_on_a_country_are_assaults():
    found = coded(
        country_events(
            articles(
                "Officials said the Libyan attack against Egyptian border posts was repelled.",
                "Chad launched a retaliatory strike against Libyan targets on Sunday.",
                "Iraq said Syria carried out air raids on Iranian towns.",
            )
        )
    )
    assert {
        ("Libya", "Egypt", "ASSAULT", "asserted"),
        ("Chad", "Libya", "ASSAULT", "asserted"),
        ("Syria", "Iran", "ASSAULT", "asserted"),
    } <= found


def test_a_possible_act_and_a_shelved_threat_are_no_stance():
    found = coded(
        country_events(
            articles(
                "An official said the dispute between Chile and Peru might also lead to pressure on Bolivia.",
                "The European Community Commission said it has shelved threatened legal action against Denmark's airline.",
                "The European Community Commission threatened legal action against Denmark's airline.",
            )
        )
    )
    assert not any(t == "Bolivia" and m == "asserted" for _, t, _, m in found)
    assert ("European Union", "Denmark", "RETREAT", "lifted") in found
    assert ("European Union", "Denmark", "THREATEN", "asserted") in found


def test_a_firms_unit_named_by_a_demonym_is_no_country_told_what_it_should_do():
    found = coded(
        country_events(
            articles(
                "Dutch brewer Heineken NV said it hoped to keep its growth.\n    Heineken's Spanish activities should "
                "start yielding profit next year, Heineken said.",
                "Spain should open its market to French wine, a French minister said.",
            )
        )
    )
    assert not any(t == "Spain" and a is None for a, t, _, _ in found)
    assert not any(t == "Spain" and e == "DEMAND" and a != "France" for a, t, e, _ in found)
    assert ("France", "Spain", "DEMAND", "asserted") in found
