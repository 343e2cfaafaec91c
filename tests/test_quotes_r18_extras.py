"""Round 18 of issue 25 (quote precision and recall on Reuters): extra and missed quotes, with sentences of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def rows(text: str, dateline: str | None = None) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["quote"]) for r in quotes_in_text(text, "1987-03-01", dateline)]


def test_a_fronted_prepositional_phrase_is_no_speaker():
    # "proposed" closes a reduced relative clause of "the terms": nobody speaks
    assert rows("Under the terms proposed, the bakery would close two shops and sell its van.") == []


def test_a_relative_clause_after_a_fronted_phrase_has_no_speaker():
    text = "Among the large banks which today announced fee rises of two pct were Crumb Savings and Roll Trust."
    assert rows(text) == []


def test_the_subject_after_a_fronted_phrase_with_no_comma():
    found = rows("In a letter the guild said it would keep its fees unchanged next year.")
    assert ("guild", "it would keep its fees unchanged next year") in found, found


def test_a_reduced_relative_clause_after_a_fronted_phrase_reports_nothing():
    text = "The guild said it would review its rules. Among the factors it cited were the rise in flour costs."
    assert not any(q.startswith("were") for _, q in rows(text)), rows(text)


def test_a_cue_noun_after_a_determiner_and_a_modifier():
    assert rows("The public call for cheaper bread in the northern towns was backed by the council on Friday.") == []


def test_an_object_relative_clause_with_a_body_as_its_subject_gives_the_sentence_no_speaker():
    text = (
        "The strike by members of the guild, representing 200 of the 900 bakers, began at noon after the network "
        "imposed a contract which the union said was unacceptable."
    )
    assert rows(text) == []


def test_what_a_body_blamed_in_a_relative_clause_is_the_antecedent():
    text = "The bakery reported a five pct fall in sales during 1986 which the company blamed on currency movements."
    assert not any(q.startswith("on currency") for _, q in rows(text)), rows(text)


def test_a_plain_noun_object_and_the_writers_relative_clause_are_no_quote():
    text = "Guild members said the owners were stubborn and blamed Crumb Ltd <CRB>, which bought the bakery in 1984."
    found = rows(text)
    assert ("Guild members", "the owners were stubborn") in found, found
    assert not any(q.startswith("Crumb") for _, q in found), found


def test_a_noun_object_of_a_speech_cue_stops_before_the_writers_relative_clause():
    found = rows("Ruritania has confirmed an outbreak of the blight, which prompted Freedonia to stop imports.")
    assert ("Ruritania", "an outbreak of the blight") in found, found


def test_a_name_in_s_before_a_verb_with_a_particle():
    found = rows("Crumb's pointed out that the bakery's debt rose sharply over the past year.")
    assert ("Crumb's", "the bakery's debt rose sharply over the past year") in found, found


def test_a_listener_closing_the_sentence_leaves_the_sentence_to_the_closing_attribution():
    text = "Bakers in the northern towns have been reporting heavy demand for rye, a guild official told Reuters."
    found = rows(text)
    assert ("guild official", "Bakers in the northern towns have been reporting heavy demand for rye") in found, found
    assert not any(q == "heavy demand for rye" for _, q in found), found


def test_two_names_joined_by_a_slash_are_a_body_it_refers_to():
    text = "Crumb/Roll said it would open two shops.\n    But it said that prices would not change."
    found = rows(text)
    assert ("Crumb/Roll", "prices would not change") in found, found


def test_a_federal_body_under_an_unplaced_dateline_takes_the_country_of_the_first_sentence():
    text = "West German bread output fell two pct in March, the Federal Bakery Office said."
    found = [(r["speaker"], r["speaker_country"]) for r in quotes_in_text(text, "1987-03-01", None)]
    assert ("Federal Bakery Office", "West Germany") in found, found
