"""Round 17 of issue 25 (speech-only recall on PolNeAR): where reported content ends, with sentences of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def quotes(text: str) -> list[str]:
    return [r["quote"] for r in quotes_in_text(text)]


def test_a_participle_after_a_quoted_fragment_ends_the_content():
    # the words of the quoted fragment count: "he has" alone is too short, the clause with its fragment is not
    found = quotes('The mayor insisted that he has "saved the city budget," claiming that he cut taxes for everyone.')
    assert "he cut taxes for everyone" in found
    assert not any("claiming" in q for q in found), found


def test_a_second_participle_ends_the_content_of_a_progressive_cue():
    found = quotes("The mayor is insisting that he has saved the city budget, claiming that he cut taxes.")
    assert "he has saved the city budget" in found
    assert "he cut taxes" in found


def test_a_question_participle_after_and_reports_a_question_of_its_own():
    text = "She attacked the mayor on Monday, telling reporters that he is a fraud and questioning how he has escaped scrutiny."
    found = quotes(text)
    assert "he is a fraud" in found
    assert "how he has escaped scrutiny" in found


def test_a_stranded_preposition_before_the_comma_leaves_the_cue_a_verb():
    # "get into, said": the preposition ends the clause before the comma; "said" is no noun after it
    text = "The plan was to visit every town hall he could get into, said Ann Roe, a historian."
    assert "The plan was to visit every town hall he could get into" in quotes(text)


def test_a_time_or_channel_setting_before_that_is_no_content():
    # speech_settings.csv: "for years", "at one point", "national television" stand between the cue and its "that"
    assert "delegates cannot be bound" in quotes("Ann Roe has argued for years that delegates cannot be bound.")
    assert "the mill was closing" in quotes("Tom Lee claimed at one point that the mill was closing.")
    assert "he was holding a raffle" in quotes("Tom Lee declared on national television that he was holding a raffle.")


def test_a_relative_clause_ends_before_its_antecedents_verb():
    text = "Tom Lee, who said last week that the judge was biased against him, issued a statement on Tuesday."
    found = quotes(text)
    assert "the judge was biased against him" in found
    assert not any("issued" in q for q in found), found


def test_whos_before_a_cue_is_who_has():
    text = "The effort is led by Ann Roe, who’s argued that delegates cannot be bound."
    assert "delegates cannot be bound" in quotes(text)
