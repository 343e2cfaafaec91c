"""Country mentions on tricky strings."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import country_mentions
from analysis.text.countries import Gazetteer, find_mentions


def found(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("South Korean officials", [("South Korean", "South Korea")]),
        ("North Korea's missile", [("North Korea", "North Korea")]),
        ("S Korea and N Korea", [("S Korea", "South Korea"), ("N Korea", "North Korea")]),
        ("the first official inter-Korea talks", [("Korea", None)]),
        (
            "Seoul and Pyongyang fought the Korean War",
            [("Seoul", "South Korea"), ("Pyongyang", "North Korea"), ("Korean War", None)],
        ),
        ("let us know, said the US envoy", [("US", "United States")]),
        (
            "U.S. and USA and United States of America",
            [("U.S.", "United States"), ("USA", "United States"), ("United States of America", "United States")],
        ),
        ("the UK, the DPRK and the ROK", [("UK", "United Kingdom"), ("DPRK", "North Korea"), ("ROK", "South Korea")]),
        ("Tokyo said Seoul can not be trusted", [("Tokyo", "Japan"), ("Seoul", "South Korea")]),
        ("a statement released by KCNA", [("KCNA", "North Korea")]),
        (
            "the Kremlin, the White House and the State Department",
            [("Kremlin", "Russia"), ("White House", "United States"), ("State Department", "United States")],
        ),
        ("Japanese and Chinese officials", [("Japanese", "Japan"), ("Chinese", "China")]),
        ("Russian Federation", [("Russian Federation", "Russia")]),
        ("USSR and the Soviets", [("USSR", "Soviet Union"), ("Soviets", "Soviet Union")]),
        ("Brussels said", [("Brussels", "European Union")]),
        ("the EU and the European Commission", [("EU", "European Union"), ("European Commission", "European Union")]),
        ("New Jersey and North American sales", []),
        ("china plates and a turkey dinner", []),
        ("Koreana Hotel", []),
        ("the Uruguay Round of trade talks and the Tokyo round", []),  # trade rounds named after a host city
        ("exports to Latin America and South America", []),
        ("the Paris Club of creditor governments and the London Club of banks", []),  # groups named after a city
    ],
)
def test_mentions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the story names one Korea: a bare "Korea", "Korean" is that one
        ("Seoul said on Monday. Korean exporters gained.", [("Seoul", "South Korea"), ("Korean", "South Korea")]),
        ("Pyongyang radio spoke. Korea will hold talks.", [("Pyongyang", "North Korea"), ("Korea", "North Korea")]),
        # it names neither: news copy means South Korea ("Taiwan and Korea")
        ("Sales to Taiwan and Korea doubled.", [("Taiwan", "Taiwan"), ("Korea", "South Korea")]),
        # it names both: a bare "Korea" stays ambiguous
        (
            "North Korea warned South Korea. Koreans waited.",
            [("North Korea", "North Korea"), ("South Korea", "South Korea"), ("Koreans", None)],
        ),
        # "inter-Korean", "the two Koreas": all the Koreas, whatever the story names
        ("Seoul proposed inter-Korean talks.", [("Seoul", "South Korea"), ("Korean", None)]),
        ("Seoul said the two Koreas met.", [("Seoul", "South Korea"), ("Koreas", None)]),
    ],
)
def test_ambiguous_alias_read_from_the_story(text, expected):
    assert found(text) == expected


def test_ambiguous_alias_in_a_sentence_reads_the_whole_story():
    story = "North Korean guards fired on Monday. Officials in Korea said two men were hurt."
    sentence = story[story.index("Officials") :]
    assert [(m.surface, m.country) for m in find_mentions(sentence, "", story)] == [("Korea", "North Korea")]
    assert [m.country for m in find_mentions(sentence)] == ["South Korea"]  # alone, it names no Korea


def test_names_by_date():
    """Georgia is a state of the United States before the republic's independence (1991), then the
    country; "Germany" in 1987 copy is West Germany."""
    assert find_mentions("Atlanta, Georgia", "1987-03-02") == []
    assert [m.country for m in find_mentions("the president of Georgia", "2008-08-08")] == ["Georgia"]
    assert [m.country for m in find_mentions("Germany said", "1987-03-02")] == ["West Germany"]


def test_offsets_and_columns(seeds):
    df = country_mentions(seeds)
    assert list(df.columns) == ["article_id", "country", "iso3", "surface", "start", "end", "kind"]
    text = dict(zip(seeds.article_id, seeds.text))
    assert all(text[a][s:e] == surf for a, s, e, surf in zip(df.article_id, df.start, df.end, df.surface))
    assert set(df.country.dropna()) == {"South Korea", "Japan", "North Korea", "United States", "China", "Russia"}
    assert (df.loc[df.country == "North Korea", "iso3"] == "PRK").all()


def test_every_un_member_has_a_name():
    g = Gazetteer.load()
    for iso3, name in {
        "FRA": "France",
        "DEU": "Germany",
        "BRA": "Brazil",
        "ZAF": "South Africa",
        "IRN": "Iran",
        "VNM": "Vietnam",
        "SYR": "Syria",
        "TZA": "Tanzania",
    }.items():
        assert g.names[iso3] == name
    assert len(g.names) >= 193


def test_user_can_extend(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("alias,iso3,kind\nKasumigaseki,JPN,body\n", encoding="utf-8")
    g = Gazetteer.load([extra])
    assert [(m.surface, m.country, m.kind) for m in g.find("Kasumigaseki said")] == [("Kasumigaseki", "Japan", "body")]
    extra.write_text("alias,iso3,kind\nAtlantis,XXX,name\n", encoding="utf-8")
    with pytest.raises(ValueError, match="XXX"):
        Gazetteer.load([extra])


def test_empty_input():
    df = country_mentions(pd.DataFrame({"article_id": ["a"], "text": [""]}))
    assert df.empty and list(df.columns)[:2] == ["article_id", "country"]


def test_community_is_the_european_community_only_where_the_story_names_it():
    named = "EC ministers met on Monday. The Community said it would study the plan."
    assert [m.country for m in find_mentions(named) if m.surface == "Community"] == ["European Union"]
    # no EC in the story: a capitalised "Community" is some other body's name
    other = "Community Savings Bank said its profit rose."
    assert [m.country for m in find_mentions(other) if m.surface == "Community"] == [None]
