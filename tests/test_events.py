"""country_events: who did what to whom, coded with the patterns of analysis/data/events.csv (PLOVER types)."""

from __future__ import annotations

import pandas as pd

from analysis import country_events
from analysis.sentiment.events import EVENT_COLUMNS, Voice, article_events, event_patterns, voiced_events
from analysis.text.rule_tables import read_table

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT"}
PLOVER |= {"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "DISAPPROVE"}


def articles(*texts: str, published: str = "1987-04-01") -> pd.DataFrame:
    """A minimal articles table."""
    ids = [f"a{i}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": ids, "text": list(texts), "published": pd.Timestamp(published)})


def coded(df: pd.DataFrame) -> set[tuple]:
    return set(zip(df.actor, df.target, df.event, df["mode"]))


def test_an_act_on_a_countrys_goods_is_a_sanction_by_the_subject():
    df = country_events(
        articles("The United States on Friday imposed 100 pct tariffs on 300 mln dlrs of Japanese goods.")
    )
    assert ("United States", "Japan", "SANCTION", "asserted") in coded(df)
    assert df.polarity.iloc[0] == -1 and df.source.iloc[0] == "narration"


def test_an_announced_or_conditional_act_is_a_threat_and_a_negated_one_is_marked():
    df = country_events(
        articles(
            "Canada warned it would bar French fishing boats from its ports.",
            "EC ministers agreed to impose tariffs on U.S. goods unless Washington drops its demands.",
            "Japan's trade minister said Japan had no plans to retaliate against the United States.",
        )
    )
    got = coded(df)
    assert ("Canada", "France", "THREATEN", "asserted") in got
    assert ("European Union", "United States", "THREATEN", "conditional") in got
    assert ("Japan", "United States", "SANCTION", "negated") in got


def test_a_passive_takes_its_agent_as_actor_and_names_are_read_by_date():
    df = country_events(articles("Japan was accused by the United States of selling chips below cost."))
    assert ("United States", "Japan", "ACCUSE", "asserted") in coded(df)
    df = country_events(articles("France on Monday praised Germany for its leadership."))
    assert ("France", "West Germany") in set(zip(df.actor, df.target))


def test_a_speakers_evaluation_has_the_speakers_country_as_actor():
    df = country_events(articles('A Japanese trade official said: "Korea\'s unfair practices must end."'))
    assert df.empty or set(df.actor) <= {"Japan"}
    df = country_events(articles("South Korea's trade minister said Japan must open its markets."))
    assert ("South Korea", "Japan", "DEMAND", "asserted") in coded(df)
    assert df.source.iloc[0] == "quote"


def test_a_body_that_is_no_country_is_no_actor():
    assert all(e.actor is None for e in article_events("Italy enforced United Nations sanctions on Iran."))


def test_columns_and_the_table():
    df = country_events(articles("Britain urged Iran to release the tanker.", ""))
    assert list(df.columns) == EVENT_COLUMNS
    assert df["date"].iloc[0] == pd.Timestamp("1987-04-01")
    assert df["rule"].str.match(r"event:[A-Z]+\([^)]+\); actor:[\w-]+; target:[\w-]+$").all()
    rows = read_table("events.csv")
    assert {r["event"] for r in rows} <= PLOVER
    assert {r["target"] for r in rows} == {
        "object",
        "subject",
        "near",
        "clause",
        "undergoer",
        "request",
        "between",
        "joint",
        "condition",
        "deadline",
        "feeling",
        "owner",
        "verdict",
        "agent-of",
        "premise",
        "dispute",
    } and {r["scope"] for r in rows} == {
        "any",
        "quote",
    }
    assert {int(r["quad_class"]) for r in rows} == {1, 2, 3, 4}
    assert len(event_patterns()[0]) == len(rows)


def test_every_rule_name_is_documented(seeds):
    documented = {(r["extractor"], r["stage"], r["name"]) for r in read_table("rules.csv")}
    written = articles(
        "The U.S. minister warned of possible retaliation if Argentina's reforms falter.",
        "Pakistan complained to the United Nations today that planes from Afghanistan attacked its villages.",
        "West Germany had already taken steps to meet U.S. demands for more growth.",
    )
    df = pd.concat([country_events(seeds), country_events(written)])
    assert {"condition-subject", "that-clause", "demand-of-owner"} <= {r.split("target:")[1] for r in df["rule"]}
    for rule in df["rule"]:
        for part in rule.split("; "):
            stage, name = part.split(":", 1)
            name = "<TYPE>(<pattern>)" if stage == "event" else name
            assert ("events", stage, name) in documented, part


def test_a_person_introduced_with_a_country_acts_for_it():
    text = (
        "Ruritanian officials met Japanese Agriculture Minister Mutsuki Kato on Monday. "
        "Kato rejected the U.S. request for open rice markets."
    )
    got = {(e.actor, e.target, e.event, e.actor_rule) for e in article_events(text, "1987-04-01", [])}
    assert ("Japan", "United States", "REJECT", "named-speaker") in got
    assert all(e.actor is None for e in article_events("Congress rejected the U.S. request.", "", []))


def test_a_country_inside_anothers_thing_or_a_regions_name_is_no_target():
    assert not article_events("Farmers staged a protest against the Socialist government's EC policies.", "1987-04-01")
    assert not article_events("Bonn officials said democracy in Latin America must not be endangered.", "1987-04-01")
    got = {(e.actor, e.target) for e in article_events("Britain criticised the Japanese government's policy.")}
    assert ("United Kingdom", "Japan") in got


def test_a_warning_about_a_country_targets_the_that_clauses_subject():
    text = "U.S. Trade Representative Clayton Yeutter warned that Japan would face sanctions if it did not open its market."
    got = {(e.actor, e.target, e.event, e.target_rule) for e in article_events(text, "1987-04-01")}
    assert ("United States", "Japan", "THREATEN", "clause-subject") in got


def test_a_refusal_to_accept_a_claim_targets_the_claims_subject():
    text = 'Spain\'s foreign minister said: "We will never accept that Britain should keep the base at Gibraltar."'
    got = {(e.target, e.event, e.target_rule) for e in article_events(text, "1987-04-01")}
    assert ("United Kingdom", "REJECT", "clause-subject") in got


def test_a_warship_is_no_act_of_destruction():
    escorted = article_events("Two U.S. destroyers escorted a Kuwaiti tanker past Iran.", "1987-04-01")
    assert [(e.actor, e.target, e.event) for e in escorted] == [("United States", "Kuwait", "AID")]  # no ASSAULT
    got = {(e.actor, e.target, e.event) for e in article_events("Iraqi jets destroyed an Iranian oil platform.")}
    assert ("Iraq", "Iran", "ASSAULT") in got


def test_a_verb_joined_by_and_shares_the_clauses_opening_subject():
    text = "Libya said the reports were false, and warned Egypt not to interfere in the region."
    got = {(e.actor, e.target, e.actor_rule) for e in article_events(text, "1987-04-01")}
    assert ("Libya", "Egypt", "shared-subject") in got
    other = "Officials in Libya said the reports were false, and warned Egypt not to interfere."
    assert all(e.actor is None for e in article_events(other, "1987-04-01"))


def test_a_speaker_faulting_a_countrys_unwillingness_or_refusal_disapproves_of_it():
    voice = [Voice(0, 200, "United States")]
    texts = [
        "Japanese government unwillingness to open its market is the main issue.",
        "Japan's refusal to cut its tariffs is the main issue.",
        "Japan's failure to cut its tariffs is the main issue.",
    ]
    for text in texts:
        got = {(e.actor, e.target, e.event) for e in article_events(text, "1987-04-01", voice)}
        assert ("United States", "Japan", "DISAPPROVE") in got, text
    assert not article_events(texts[2], "1987-04-01", [])  # the writer's words: no speaker, no stance


def test_a_call_on_a_country_in_the_present_is_a_demand():
    got = {(e.actor, e.target, e.event) for e in article_events("Egypt will call on Libya to withdraw its troops.")}
    assert ("Egypt", "Libya", "DEMAND") in got


def test_who_shares_a_countrys_concern_holds_it_too():
    text = "Britain shares the U.S. concern about Iran's new missiles."
    got = {(e.actor, e.target, e.actor_rule) for e in article_events(text, "1987-04-01")}
    assert {("United Kingdom", "Iran", "shared-concern"), ("United States", "Iran", "shared-concern")} <= got
    spoken = "He said he shared some of the U.S. concern about Iran's new missiles."
    got = {(e.actor, e.target) for e in article_events(spoken, "1987-04-01", [Voice(0, 80, "France")])}
    assert ("France", "Iran") in got


def test_an_infinitives_actor_is_the_only_country_opening_its_clause():
    text = "The U.S. International Trade Commission, ITC, voted to authorize the agency to impose duties on Brazilian juice."
    got = {(e.actor, e.target, e.actor_rule) for e in article_events(text, "1987-04-01")}
    assert ("United States", "Brazil", "shared-subject") in got
    other = "The U.S. Trade Representative asked Japan to impose duties on Brazilian orange juice."
    assert "United States" not in {e.actor for e in article_events(other, "1987-04-01")}  # Japan imposes


def test_a_country_inside_a_phrase_is_no_subject_of_a_demand():
    voice = [Voice(0, 200, "France")]
    text = "Our loans to Chad should be modest, and Chad should cut its spending."
    got = [(e.actor, e.target, e.hit) for e in article_events(text, "1987-04-01", voice) if e.event == "DEMAND"]
    assert got == [("France", "Chad", (45, 51))]  # the second "should" only


def test_a_public_figure_or_a_body_acts_for_its_country():
    """The people table (data/people.csv, by the story's date) and the organisations table give the actor."""
    df = country_events(
        articles(
            "Freedonian exporters fear the tariffs the Reagan administration imposed on Brazilian shoes.",
            "Separately, the Commerce Department imposed duties on Mexican cement.",
        )
    )
    assert ("United States", "Brazil", "SANCTION", "asserted") in coded(df)
    assert ("United States", "Mexico", "SANCTION", "asserted") in coded(df)
    # the same surname in 2015 names no one the table knows by it alone
    later = country_events(articles("Analysts said Reagan imposed tariffs on Brazilian shoes.", published="2015-01-01"))
    assert "United States" not in set(later.actor)


def test_base_forms_refusals_and_an_objects_agent():
    df = country_events(
        articles(
            "Canada will urge Japan to open its beef market.",
            "Britain declined to criticize France over the fishing dispute.",
            "Peru voiced concern about a takeover by Japan's Asahi company.",
        )
    )
    got = coded(df)
    assert ("Canada", "Japan", "DEMAND", "asserted") in got
    assert ("United Kingdom", "France", "ACCUSE", "negated") in got  # a refusal is no act
    assert ("Peru", "Japan", "DISAPPROVE", "asserted") in got  # the takeover's agent is what the concern is about


def test_a_public_figure_is_a_target_too():
    df = country_events(articles("Canada criticized Nakasone over the rice quota."))
    assert ("Canada", "Japan", "ACCUSE", "asserted") in coded(df)
    # a surname that is also a common surname in company names is no public figure on its own
    assert country_events(articles("Canada praised the Ta Chun Tyre Project.")).empty


def test_words_inside_the_speakers_words_are_the_inner_speakers():
    """A paper reports that a leader said his own country must act: no demand of the paper's country on it."""
    text = "Deng Xiaoping said China must not import more grain, the paper reported."
    assert [e for e in article_events(text, "1987-04-01", [Voice(0, 52, "Hong Kong")]) if e.target == "China"] == []
    # a country inside a phrase of the subject is no subject of "should"
    text = "The deadline within the European Community should help growth, a French official said."
    assert [e for e in article_events(text, "1987-04-01", [Voice(0, 65, "France")])] == []


def test_a_quotation_closing_after_a_comma_ends_the_object():
    text = '"We oppose the plan to raise duties on rice imports," the minister told Peruvian reporters.'
    assert [e.target for e in article_events(text, "1987-04-01", [Voice(1, 50, "Chile")])] == []


def test_questions_withheld_acts_places_and_bases_are_no_acts_of_the_country():
    df = country_events(
        articles(
            "Asked by reporters if Peru would retaliate against Chilean exports, the minister declined to comment.",
            "Washington agreed to hold up imposing duties on Mexican cement for a month.",
            "He listed Cuban troops in Angola, Havana's support for Ethiopian forces and other issues.",
            "Spain refused to allow Portuguese-based fishing boats into its waters.",
        )
    )
    modes = {(a, t): m for a, t, _, m in coded(df)}
    assert modes[("Peru", "Chile")] == "question"
    assert modes[("United States", "Mexico")] == "lifted"
    assert ("Angola", "Ethiopia") not in modes and ("Cuba", "Ethiopia") in modes
    assert ("Spain", "Portugal") not in modes


def test_progressives_name_parts_and_other_bodies_in_a_speakers_words():
    df = country_events(
        articles(
            "Canada has been pressing Mexico to open its banking market.",
            "The European Community (EC) has warned Japan over its rice quota.",
            "The U.S. Department of Agriculture rejected Chile's request for credits.",
        )
    )
    got = coded(df)
    assert ("Canada", "Mexico", "DEMAND", "asserted") in got  # "has been pressing" is no passive
    assert ("European Union", "Japan", "THREATEN", "asserted") in got
    assert ("United States", "Chile", "REJECT", "asserted") in got
    text = "The fund had been urging Peru to cut its budget deficit, a Canadian official said."
    assert [e.actor for e in article_events(text, "1987-04-01", [Voice(0, 55, "Canada")])] == [None]


def test_a_passive_act_on_a_country_and_a_second_verb_with_an_auxiliary():
    got = coded(
        country_events(
            articles(
                "Japanese officials hope to avert new U.S. tariffs to be imposed on Japanese electronic exports.",
                "Sanctions were imposed on Iran by the United States last year.",
                "Britain has promised to keep the sea lanes open and has warned Iran against using the missiles.",
            )
        )
    )
    assert ("United States", "Japan", "THREATEN", "future") in got
    assert ("United States", "Iran", "SANCTION", "asserted") in got
    assert ("United Kingdom", "Iran", "THREATEN", "asserted") in got


def test_an_apposition_or_a_relative_who_keeps_the_subject():
    got = coded(
        country_events(
            articles(
                "Chile, a major copper exporter, has criticised the Japanese quota.",
                "The remarks came from a senior U.S. official, who warned that Soviet membership would cause problems.",
            )
        )
    )
    assert ("Chile", "Japan", "ACCUSE", "asserted") in got
    assert ("United States", "Soviet Union", "THREATEN", "asserted") in got


def test_nominal_acts_and_a_pronoun_after_a_quote():
    got = coded(
        country_events(
            articles(
                "President Reagan is expected to announce today the imposition of tariffs on Japanese goods.",
                "Talks follow the imposition by the United States of punitive tariffs on Japanese goods.",
                "Stocks fell, with the U.S. imposition of tariffs on Japan weighing on exporters.",
                "Japan is bracing for tariffs on its exports to the U.S.",
            )
        )
    )
    assert sum(1 for a, t, e, _ in got if (a, t, e) == ("United States", "Japan", "SANCTION")) >= 1
    assert not any(a == "Japan" for a, _, _, _ in got)  # "bracing for tariffs": no act of Japan's
    text = '"We will not wait," the Canadian minister said.\nHe accused Japan of dumping.'
    events = article_events(text, "1987-04-01", [Voice(1, 18, "Canada")])
    assert [(e.actor, e.actor_rule) for e in events] == [("Canada", "pronoun-speaker")]


def test_a_veto_an_adjective_in_a_phrase_and_an_unowned_attack():
    got = coded(country_events(articles("Britain vetoed a resolution to impose sanctions against Chile.")))
    assert ("United Kingdom", "Chile", "SANCTION", "negated") in got
    text = "A new pipeline to neighbouring Peru should be finished by May, an Ecuadorean official said."
    assert [e for e in article_events(text, "1987-04-01", [Voice(0, 60, "Ecuador")])] == []
    text = "The threat grew after the missile attack on a Kuwaiti tanker, a Japanese official said."
    assert [e.actor for e in article_events(text, "1987-04-01", [Voice(0, 63, "Japan")])] == [None]


def test_a_threat_aimed_at_its_condition_and_a_second_verb_after_an_opener():
    df = country_events(
        articles(
            "The U.S. minister praised Brazil's new export policies but warned of possible retaliation if "
            "Argentina's reforms falter.",
            "For its part the Soviet Union has said its diplomats in the United States are watched and has "
            'accused Washington of "spy-mania."',
        )
    )
    found = coded(df)
    assert ("United States", "Argentina", "THREATEN", "asserted") in found
    assert ("Soviet Union", "United States", "ACCUSE", "asserted") in found
    assert not any(a == t for a, t, *_ in found)


def test_impatience_insistence_concerns_and_escorts_are_coded():
    df = country_events(
        articles(
            "Britain is growing impatient with Japanese trade barriers.",
            "Washington is insisting that the EC comply with the ruling.",
            "France voiced concerns about abuses by the Chilean government.",
            "The United States has offered warships to escort Kuwaiti tankers.",
        )
    )
    assert {
        ("United Kingdom", "Japan", "DISAPPROVE", "asserted"),
        ("United States", "European Union", "DEMAND", "asserted"),
        ("France", "Chile", "DISAPPROVE", "asserted"),
        ("United States", "Kuwait", "AID", "asserted"),
    } <= coded(df)


def test_a_complaint_or_charge_about_a_that_clause_a_few_words_on():
    df = country_events(
        articles(
            "Pakistan complained to the United Nations today that planes from Afghanistan attacked its villages.",
            "Italy and Greece supported the Commission's view that Bonn should bring in new measures.",
        )
    )
    found = coded(df)
    assert ("Pakistan", "Afghanistan", "DISAPPROVE", "asserted") in found
    assert not any(t == "West Germany" for _, t, *_ in found)  # support of a view, not of its subject


def test_an_amount_in_a_countrys_goods_is_the_target_and_a_place_is_not():
    df = country_events(
        articles(
            "Washington plans to raise tariffs on as much as 300 mln dlrs in Japanese exports.",
            "The EC is also demanding that Japan ease its checks on imported cars.",
            "Iraq attacked a tanker in Iran.",
        )
    )
    found = coded(df)
    assert ("United States", "Japan", "THREATEN", "future") in found
    assert ("European Union", "Japan", "DEMAND", "asserted") in found
    assert not any(t == "Iran" for _, t, *_ in found)


def test_a_participle_clause_after_the_subject_and_an_opening_but():
    df = country_events(
        articles(
            "The U.S. Government, trying to stem pressure at home, has called on South Korea to open more markets.",
            "But Tehran denied it intended to threaten shipping and warned the U.S. to keep out.",
        )
    )
    found = coded(df)
    assert ("United States", "South Korea", "DEMAND", "asserted") in found
    assert ("Iran", "United States", "THREATEN", "asserted") in found


def test_a_legislature_named_without_its_nation_is_the_datelines_countrys():
    texts = [
        "The Senate voted to urge Reagan to impose penalties on Japanese products.",
        "The draft legislation under consideration by Congress would impose quotas on Japanese products.",
        "The White House said it would impose duties on Japanese goods, and the Iranian Parliament protested.",
    ]
    df = articles(*texts)
    df["dateline_country"] = ["United States", "European Union", "United States"]
    by = {aid: coded(g) for aid, g in country_events(df).groupby("article_id")}
    assert ("United States", "Japan", "THREATEN", "future") in by["a0"]
    assert not any(actor == "European Union" for actor, *_ in by.get("a1", set()))  # Congress is no EU body


def test_aid_cut_is_a_sanction_unless_the_cut_was_defeated_and_backing_a_call_is_no_support():
    df = country_events(
        articles(
            "The United States voted to halve aid to Panama.",
            "The U.S. Senate defeated an attempt to cut U.S. aid to Mexico.",
            "The House today supported a call for Japan to boost its defence spending.",
        )
    )
    found = coded(df)
    assert any(a == "United States" and t == "Panama" and e in ("SANCTION", "THREATEN") for a, t, e, _ in found)
    assert ("United States", "Mexico", "AID", "asserted") in found
    assert not any(e == "SUPPORT" for _, _, e, _ in found)


def test_a_demand_named_by_its_owner_is_made_of_the_clauses_subject():
    df = country_events(articles("West Germany had already taken steps to meet U.S. demands for more growth."))
    assert ("United States", "West Germany", "DEMAND", "asserted") in coded(df)


def test_refusals_regrets_challenges_friendship_and_concessions_are_coded():
    df = country_events(
        articles(
            "The U.S. has said it will not allow Iran to use the missiles to choke off oil shipments.",
            "Tamura said Japan felt deep regret over the U.S. measures.",
            "Brazil is leading a challenge to Washington's strategy.",
            '"Japan is a friend and our ally," the U.S. Commerce Secretary said.',
            "Japan has agreed to drop barriers to American fish.",
            "Ruding, the Dutch finance minister, expressed regret over Volcker's departure.",
        )
    )
    found = coded(df)
    assert {
        ("United States", "Iran", "THREATEN", "asserted"),
        ("Japan", "United States", "DISAPPROVE", "asserted"),
        ("Brazil", "United States", "REJECT", "asserted"),
        ("Japan", "United States", "CONCEDE", "asserted"),
        ("United States", "Japan", "SUPPORT", "asserted"),
    } <= found
    assert not any(a == "Netherlands" for a, *_ in found)  # regret over a person's departure is no stance


def test_a_reduced_passive_a_name_apposition_and_places_that_are_no_subjects():
    df = country_events(
        articles(
            "Canada, strongly supported by Australia, has championed the cause of farm exporters.",
            "The speaker of the Iranian parliament, Akbar Hashemi Rafsanjani, warned the U.S. not to intervene.",
            "The head of its office in London, accused by U.S. authorities of fraud, was suspended.",
            "Exporters fear curbs on American imports of their products.",
        )
    )
    found = coded(df)
    assert ("Australia", "Canada", "SUPPORT", "asserted") in found
    assert ("Iran", "United States", "THREATEN", "asserted") in found
    assert not any(t in ("United Kingdom",) for _, t, *_ in found)


def test_an_opening_participle_clause_takes_the_main_clauses_subject():
    text = "While expressing regret over America's decision to impose tariffs, Nakasone said Tokyo would send an envoy."
    assert ("Japan", "United States", "DISAPPROVE", "asserted") in coded(country_events(articles(text)))


def test_events_worked_out_once_are_those_of_their_own_voices():
    """The memo shared by country_events and country_stance keys on every argument: other voices, other events."""
    text = "South Korea's trade minister said Japan must open its markets."
    said = [Voice(text.index("Japan"), len(text) - 1, "South Korea")]
    for voices in (said, [], said):
        assert voiced_events(text, "1987-04-01", voices, None, float("nan")) == tuple(
            article_events(text, "1987-04-01", voices, None, None)
        )
    assert [e.actor for e in voiced_events(text, "1987-04-01", said, None, None)] == ["South Korea"]
    assert voiced_events(text, "1987-04-01", [], None, None) == ()
