"""Common verb and noun forms of PLOVER's cooperative and hostile event types (round 18, r18-coop): each row of
data/events.csv added from the ontology's definitions codes its invented sentence, Norway acting on Chile."""

from __future__ import annotations

import pytest

from analysis.sentiment.events import article_events
from analysis.sentiment.stance import is_stance

CASES = [  # (pattern, PLOVER type, an invented sentence)
    ("endorses", "SUPPORT", "Norway endorses Chile over the fishing dispute."),
    ("commends", "SUPPORT", "Norway commends Chile over the fishing dispute."),
    ("commending", "SUPPORT", "Norway was commending Chile over the fishing dispute."),
    ("applauds", "SUPPORT", "Norway applauds Chile over the fishing dispute."),
    ("hails", "SUPPORT", "Norway hails Chile over the fishing dispute."),
    ("hailing", "SUPPORT", "Norway was hailing Chile over the fishing dispute."),
    ("thanking", "SUPPORT", "Norway was thanking Chile over the fishing dispute."),
    ("congratulates", "SUPPORT", "Norway congratulates Chile over the fishing dispute."),
    ("congratulating", "SUPPORT", "Norway was congratulating Chile over the fishing dispute."),
    ("welcoming", "SUPPORT", "Norway was welcoming Chile over the fishing dispute."),
    ("gratitude to", "SUPPORT", "Norway expressed gratitude to Chile last week."),
    ("sympathy for", "SUPPORT", "Norway expressed sympathy for Chile last week."),
    ("friendship with", "COOPERATE", "Norway announced friendship with Chile last week."),
    ("rapprochement with", "COOPERATE", "Norway sought a rapprochement with Chile last week."),
    ("reconciliation with", "COOPERATE", "Norway announced reconciliation with Chile last week."),
    ("detente with", "COOPERATE", "Norway sought detente with Chile last week."),
    ("collaborat* with", "COOPERATE", "Norway announced collaboratation with Chile last week."),
    ("joint exercises with", "COOPERATE", "Norway announced joint exercises with Chile last week."),
    ("joint military exercises with", "COOPERATE", "Norway announced joint military exercises with Chile last week."),
    ("joint manoeuvres with", "COOPERATE", "Norway announced joint manoeuvres with Chile last week."),
    ("improve ties with", "COOPERATE", "Norway decided to improve ties with Chile last week."),
    ("improving ties with", "COOPERATE", "Norway was improving ties with Chile over the fishing dispute."),
    ("improved ties with", "COOPERATE", "Norway improved ties with Chile over the fishing dispute."),
    ("better ties with", "COOPERATE", "Norway announced better ties with Chile last week."),
    ("warmer relations with", "COOPERATE", "Norway announced warmer relations with Chile last week."),
    ("warmer ties with", "COOPERATE", "Norway announced warmer ties with Chile last week."),
    ("expand relations with", "COOPERATE", "Norway decided to expand relations with Chile last week."),
    ("expanding relations with", "COOPERATE", "Norway was expanding relations with Chile over the fishing dispute."),
    ("expand ties with", "COOPERATE", "Norway decided to expand ties with Chile last week."),
    ("develop relations with", "COOPERATE", "Norway decided to develop relations with Chile last week."),
    ("developing relations with", "COOPERATE", "Norway was developing relations with Chile over the fishing dispute."),
    ("boost relations with", "COOPERATE", "Norway decided to boost relations with Chile last week."),
    ("boost ties with", "COOPERATE", "Norway decided to boost ties with Chile last week."),
    ("deepen relations with", "COOPERATE", "Norway decided to deepen relations with Chile last week."),
    ("enhance relations with", "COOPERATE", "Norway decided to enhance relations with Chile last week."),
    ("promote relations with", "COOPERATE", "Norway decided to promote relations with Chile last week."),
    ("mend relations with", "COOPERATE", "Norway decided to mend relations with Chile last week."),
    ("mend ties with", "COOPERATE", "Norway decided to mend ties with Chile last week."),
    ("mend fences with", "COOPERATE", "Norway decided to mend fences with Chile last week."),
    ("normalise ties with", "COOPERATE", "Norway decided to normalise ties with Chile last week."),
    ("normalize ties with", "COOPERATE", "Norway decided to normalize ties with Chile last week."),
    ("restore relations with", "COOPERATE", "Norway decided to restore relations with Chile last week."),
    ("restored relations with", "COOPERATE", "Norway restored relations with Chile over the fishing dispute."),
    ("restore ties with", "COOPERATE", "Norway decided to restore ties with Chile last week."),
    ("restored ties with", "COOPERATE", "Norway restored ties with Chile over the fishing dispute."),
    ("resumed relations with", "COOPERATE", "Norway resumed relations with Chile over the fishing dispute."),
    ("re-establish relations with", "COOPERATE", "Norway decided to re-establish relations with Chile last week."),
    (
        "re-established relations with",
        "COOPERATE",
        "Norway re-established relations with Chile over the fishing dispute.",
    ),
    ("established relations with", "COOPERATE", "Norway established relations with Chile over the fishing dispute."),
    ("established ties with", "COOPERATE", "Norway established ties with Chile over the fishing dispute."),
    ("strengthened relations with", "COOPERATE", "Norway strengthened relations with Chile over the fishing dispute."),
    ("strengthened ties with", "COOPERATE", "Norway strengthened ties with Chile over the fishing dispute."),
    ("treaty of friendship with", "COOPERATE", "Norway signed a treaty of friendship with Chile last week."),
    ("friendship treaty with", "COOPERATE", "Norway signed a friendship treaty with Chile last week."),
    ("debt relief for", "AID", "Norway announced debt relief for Chile last week."),
    ("debt relief to", "AID", "Norway announced debt relief to Chile last week."),
    ("donating", "AID", "Norway was donating grain to Chile after the floods."),
    ("donates", "AID", "Norway donates grain to Chile every year."),
    ("donation* to", "AID", "Norway announced donations to Chile last week."),
    ("promised to help", "AID", "Norway promised to help Chile over the fishing dispute."),
    ("lifted curbs on", "CONCEDE", "Norway lifted curbs on Chile over the fishing dispute."),
    ("lift curbs on", "CONCEDE", "Norway decided to lift curbs on Chile last week."),
    ("ease curbs on", "CONCEDE", "Norway decided to ease curbs on Chile last week."),
    ("eased curbs on", "CONCEDE", "Norway eased curbs on Chile over the fishing dispute."),
    ("relax* restrictions on", "CONCEDE", "Norway announced relax restrictions on Chile last week."),
    ("relax* curbs on", "CONCEDE", "Norway announced relax curbs on Chile last week."),
    ("removed restrictions on", "CONCEDE", "Norway removed restrictions on Chile over the fishing dispute."),
    ("remove restrictions on", "CONCEDE", "Norway decided to remove restrictions on Chile last week."),
    ("removed barriers to", "CONCEDE", "Norway removed barriers to Chile over the fishing dispute."),
    ("lowered barriers to", "CONCEDE", "Norway lowered barriers to Chile over the fishing dispute."),
    ("lift the embargo on", "CONCEDE", "Norway decided to lift the embargo on Chile last week."),
    ("lifted the embargo on", "CONCEDE", "Norway lifted the embargo on Chile over the fishing dispute."),
    ("lift the embargo against", "CONCEDE", "Norway decided to lift the embargo against Chile last week."),
    ("lifted the embargo against", "CONCEDE", "Norway lifted the embargo against Chile over the fishing dispute."),
    ("lifted tariffs on", "CONCEDE", "Norway lifted tariffs on Chile over the fishing dispute."),
    ("lift tariffs on", "CONCEDE", "Norway decided to lift tariffs on Chile last week."),
    ("lifted duties on", "CONCEDE", "Norway lifted duties on Chile over the fishing dispute."),
    ("lift duties on", "CONCEDE", "Norway decided to lift duties on Chile last week."),
    ("removed tariffs on", "CONCEDE", "Norway removed tariffs on Chile over the fishing dispute."),
    ("remove tariffs on", "CONCEDE", "Norway decided to remove tariffs on Chile last week."),
    ("lifted sanctions", "CONCEDE", "Norway lifted sanctions Chile over the fishing dispute."),
    ("apologised to", "CONCEDE", "Norway apologised to Chile over the fishing dispute."),
    ("apologized to", "CONCEDE", "Norway apologized to Chile over the fishing dispute."),
    ("apology to", "CONCEDE", "Norway sent an apology to Chile last week."),
    ("refuses", "REJECT", "Norway refuses Chile over the fishing dispute."),
    ("refusing", "REJECT", "Norway was refusing Chile over the fishing dispute."),
    ("turns down", "REJECT", "Norway turns down Chile over the fishing dispute."),
    ("turning down", "REJECT", "Norway was turning down Chile over the fishing dispute."),
    ("vetoed", "REJECT", "Norway vetoed Chile over the fishing dispute."),
    ("vetoes", "REJECT", "Norway vetoes Chile over the fishing dispute."),
    ("veto of", "REJECT", "Norway announced its veto of the Chilean proposal."),
    ("spurns", "REJECT", "Norway spurns Chile over the fishing dispute."),
    ("rebuffs", "REJECT", "Norway rebuffs Chile over the fishing dispute."),
    ("snubs", "REJECT", "Norway snubs Chile over the fishing dispute."),
    ("dismissing", "REJECT", "Norway was dismissing Chile over the fishing dispute."),
    ("resistance to", "REJECT", "Norway announced resistance to Chile last week."),
    ("opposition from", "REJECT", "Chile faced opposition from Norway over its fishing quotas."),
    ("resistance from", "REJECT", "Chile faced resistance from Norway over its fishing quotas."),
    ("criticisms of", "ACCUSE", "Norway announced criticisms of Chile last week."),
    ("condemnation of", "ACCUSE", "Norway announced condemnation of Chile last week."),
    ("denunciation of", "ACCUSE", "Norway announced denunciation of Chile last week."),
    ("censure*", "ACCUSE", "Norway censured Chile over the fishing dispute."),
    ("faulted", "ACCUSE", "Norway faulted Chile over the fishing dispute."),
    ("assailed", "ACCUSE", "Norway assailed Chile over the fishing dispute."),
    ("berated", "ACCUSE", "Norway berated Chile over the fishing dispute."),
    ("scolded", "ACCUSE", "Norway scolded Chile over the fishing dispute."),
    ("alleging that", "ACCUSE", "Norway issued a statement alleging that Chile had broken the fishing accord."),
    ("warning that", "THREATEN", "Norway issued a statement warning that Chile had broken the fishing accord."),
    ("warnings to", "THREATEN", "Norway announced warnings to Chile last week."),
    ("suspended aid to", "SANCTION", "Norway suspended aid to Chile over the fishing dispute."),
    ("suspend aid to", "SANCTION", "Norway decided to suspend aid to Chile last week."),
    ("halted aid to", "SANCTION", "Norway halted aid to Chile over the fishing dispute."),
    ("countermeasures against", "SANCTION", "Norway announced countermeasures against Chile last week."),
    ("curbs against", "SANCTION", "Norway announced curbs against Chile last week."),
    ("restrictions against", "SANCTION", "Norway announced restrictions against Chile last week."),
    ("quotas against", "SANCTION", "Norway announced quotas against Chile last week."),
    ("duties against", "SANCTION", "Norway announced duties against Chile last week."),
    ("levies on", "SANCTION", "Norway announced levies on Chilean fish last week."),
    ("levy on", "SANCTION", "Norway announced a levy on Chilean fish last week."),
    ("surcharge on", "SANCTION", "Norway announced a surcharge on Chilean fish last week."),
    ("lobbied", "DEMAND", "Norway lobbied Chile over the fishing dispute."),
    ("prodded", "DEMAND", "Norway prodded Chile over the fishing dispute."),
    ("prodding", "DEMAND", "Norway was prodding Chile over the fishing dispute."),
    ("exhorted", "DEMAND", "Norway exhorted Chile over the fishing dispute."),
    ("appealed to", "DEMAND", "Norway appealed to Chile to lift its fishing quotas."),
    ("complaints to", "PROTEST", "Norway announced complaints to Chile last week."),
    ("protests to", "PROTEST", "Norway announced protests to Chile last week."),
    ("would threaten", "THREATEN", "Norway said it would threaten Chile with fishing duties."),
    ("will threaten", "THREATEN", "Norway said it will threaten Chile with fishing duties."),
]


@pytest.mark.parametrize(("form", "event", "sentence"), CASES)
def test_a_plover_form_codes_norways_act_on_chile(form: str, event: str, sentence: str) -> None:
    found = {
        (e.actor, e.target, e.event, e.pattern.form) for e in article_events(sentence, "1987-05-01", []) if is_stance(e)
    }
    assert ("Norway", "Chile", event, form) in found


def test_avoiding_a_threat_or_a_sales_threat_is_no_threat() -> None:
    # bare "threaten" was tried: sales "threaten to capture" a market are no country's threat
    assert not {
        e.event
        for e in article_events(
            "Norwegian salmon sales threaten to capture 20 pct of the Chilean market.", "1987-05-01", []
        )
        if is_stance(e)
    }
