"""Round 16 speaker and speaker-country constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from quote_rows import row_with, rows_of

DAY = "1987-04-08"


def _rows(text: str, dateline: str | None = None) -> list[dict]:
    return rows_of(text, DAY, dateline)


def _one(text: str, key: str, dateline: str | None = None) -> dict:
    return row_with(text, key, DAY, dateline)


def test_a_name_ending_in_ly_opens_a_company_name():
    row = _rows("Kelly Tool Mfg Co said it would close two plants in Ohio next year.")[0]
    assert row["speaker"] == "Kelly Tool Mfg Co"


def test_an_opening_adverb_in_ly_is_still_no_part_of_the_speaker():
    row = _rows("Previously Harbour Tools said it would close two plants in Ohio next year.")[0]
    assert row["speaker"] == "Harbour Tools"


def test_a_participle_after_a_document_ends_its_head():
    text = "The second army communique issued during the night said the enemy lost three tanks near the river."
    row = _rows(text, "Iraq")[0]
    assert row["speaker_role"] == "second army communique" and row["speaker_country"] == "Iraq"


def test_a_participle_after_a_plural_voice_keeps_it_plural():
    row = _rows("Dealers polled by the newspaper said the currency would weaken this week.", "Japan")[0]
    assert row["speaker_role"] == "Dealers" and row["speaker_country"] == "Japan"


def test_the_listener_of_told_is_no_inverted_speaker():
    text = (
        "The strike has closed four mills in the north, the secretary of the National Weavers Union, "
        "Luis Arrabal, told Reuters."
    )
    row = _one(text, "The strike has closed", "Peru")
    assert row["speaker"] == "Luis Arrabal" and row["speaker_country"] == "Peru"


def test_initials_before_a_surname_end_no_sentence():
    text = '"Credit must stay tight through the winter," bank Governor K.L.\nVarma told a meeting of bankers.'
    row = _rows(text, "India")[0]
    assert row["speaker"] == "K.L. Varma" and row["speaker_country"] == "India"


def test_quoted_with_saying_and_no_as():
    text = "The weekly paper quoted harbour officials saying the new dock would open in the spring of next year."
    row = _one(text, "the new dock would open")
    assert row["speaker"] == "harbour officials"


def test_a_report_after_a_and_a_name_is_a_noun():
    text = "A Tass report from Kiev said grain yields in the region would fall sharply this summer."
    row = _one(text, "grain yields")
    assert row["speaker"].startswith("Tass report") and row["quote"].startswith("grain yields")


def test_a_person_placed_by_the_phrase_keeps_the_country_later():
    text = (
        "Ann Colley, Acme's vice president of U.S. sales, said orders rose in March. "
        "All the new plants are now running, Colley said."
    )
    assert _one(text, "All the new plants")["speaker_country"] == "United States"


def test_farmers_are_local_voices():
    row = _rows("Some farmers say they will plant less wheat this autumn because prices are low.", "Australia")[0]
    assert row["speaker_country"] == "Australia"


def test_a_closing_passive_quoted_as_saying():
    text = "Growth will probably slow to about two pct this year, Finance Minister Paul Roux was quoted as saying."
    row = _one(text, "Growth will probably slow", "France")
    assert row["speaker"] == "Paul Roux" and row["speaker_country"] == "France"


def test_a_country_after_on_the_is_a_topic():
    text = "An internal World Bank study on the Chilean economy said the peso was overvalued by ten pct."
    assert _rows(text)[0]["speaker_country"] is None


def test_a_document_before_after_is_the_speaker():
    text = 'The Acme statement after the fire said: "The damage to the plant is limited to one building."'
    row = _rows(text)[0]
    assert row["speaker_role"] == "Acme statement"


def test_a_participle_ends_the_speakers_words_at_its_noun():
    text = "A statement issued after a council meeting said the mayor had been told of the new road plan."
    row = _rows(text, "Italy")[0]
    assert row["speaker"] == "statement" and row["speaker_role"] == "statement"
    text = "Dealers polled by the newspaper said the currency would weaken this week."
    assert _rows(text, "Japan")[0]["speaker"] == "Dealers"


def test_a_documents_author_after_by_stays_in_the_speakers_words():
    text = "A statement issued by the harbour board said the new dock would open in the spring."
    assert _rows(text, "Italy")[0]["speaker"] == "statement issued by the harbour board"
