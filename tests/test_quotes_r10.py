"""Speakers and speaker countries of round 10 (issue 25): constructions read in the third holdout's misses.
Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-06-18"


def _rows(text: str, title: str = "") -> list[dict]:
    return quotes_in_text(text, DAY, None, title)


def _find(text: str, key: str, title: str = "") -> dict:
    rows = [r for r in _rows(text, title) if key in r["quote"]]
    assert rows, f"no quote holding {key!r} in {[r['quote'] for r in _rows(text, title)]}"
    return rows[0]


def test_the_company_a_headline_names_with_its_ticker_is_a_company():
    text = (
        "DENVER, June 18 - Granite Peak Savings said it would open four branches.\n"
        "    Granite said the branches would cost about two mln dlrs."
    )
    title = "GRANITE PEAK SAVINGS <GPS> TO OPEN BRANCHES"
    row = _find(text, "the branches would cost", title)
    assert row["speaker"] == "Granite Peak Savings" and row["speaker_country"] == "United States"
    assert _find(text, "four branches", title)["rule"].endswith("country:company-dateline")
    assert _find(text, "four branches")["speaker_country"] is None  # no headline: a name like a person's


def test_a_name_opening_with_the_initial_a_keeps_it():
    row = _find("DENVER, June 18 - A and Z Stores Inc said it would open four stores.", "four stores")
    assert row["speaker"] == "A and Z Stores Inc"


def test_initials_of_a_name_ending_in_industries():
    text = (
        "DENVER, June 18 - British group Northern Cable Industries PLC expects sales to rise, its chairman said.\n"
        "    NCI finance director Bob Vale said borrowing would fall this year."
    )
    row = _find(text, "borrowing would fall", "NCI <NCI> SEES HIGHER SALES")
    assert row["speaker_country"] == "United Kingdom"


def test_a_short_name_in_brackets_keeps_the_full_name_country():
    text = (
        "HARARE, June 18 - Kenya's Water Supply Board (Wasbo) said it met its targets.\n"
        "    Wasbo said it plans to borrow 300 mln dlrs this year.\n"
        '    "We have done well," Wasbo chairman, Tom Vale, told a news conference.'
    )
    first = _find(text, "met its targets")
    row = _find(text, "plans to borrow")
    assert row["speaker"] == "Wasbo" and row["rule"].endswith("country:short-name")
    assert row["speaker_country"] == first["speaker_country"] == "Kenya"
    assert _find(text, "We have done well")["speaker_country"] == row["speaker_country"]


def test_diplomats_reporting_a_country_position_speak_for_no_country():
    text = "BRUSSELS, June 18 - Diplomats said Portugal was ready to accept the compromise on fish quotas."
    assert _find(text, "ready to accept")["speaker_country"] is None


def test_an_official_of_a_capitalised_body_named_elsewhere_with_its_country():
    text = (
        "OSLO, June 18 - Ministers rejected an EC Commission plan on fish quotas.\n"
        "    A Commission official said the Commission would present a new plan next week."
    )
    row = _find(text, "would present a new plan")
    assert row["speaker_country"] == "European Union" and row["rule"].endswith("country:body-named-elsewhere")


def test_a_president_of_a_capitalised_body_is_no_unnamed_official():
    text = (
        "OTTAWA, June 18 - The Kansas Wheat Council opposes the ruling, the Iowa Pork Council said.\n"
        "    Council president Bob Vale said he was disappointed by the ruling."
    )
    assert _find(text, "disappointed by the ruling")["rule"].find("body-named-elsewhere") < 0


def test_a_post_written_capitalised_after_a_country_is_the_role_of_a_person():
    text = (
        'MANILA, June 18 - "I am pleased," Indonesian delegate Budi Santoso told the meeting.\n'
        '    "Lending should rise," chief U.S. Delegate Ann Roe told the meeting.\n'
        '    She said: "Quality matters more than volume."'
    )
    row = _find(text, "Lending should rise")
    assert row["speaker"] == "Ann Roe" and row["speaker_country"] == "United States"
    later = _find(text, "Quality matters")
    assert later["speaker"] == "Ann Roe" and later["speaker_country"] == "United States"


def test_a_nationality_word_before_a_name_gives_the_surname_its_country():
    text = (
        "BRUSSELS, June 18 - Ministers ended their meeting under their chairman, Dutch Piet van der Berg.\n"
        "    Van der Berg said talks would resume next week."
    )
    row = _find(text, "talks would resume")
    assert row["speaker_country"] == "Netherlands" and row["rule"].endswith("country:earlier-mention")


def test_a_nationality_word_before_a_name_with_a_post_after_it_leaves_the_post_to_decide():
    text = (
        "OSLO, June 18 - Norway welcomed the talks with Belgian Willy Vale, EC Commissioner for trade.\n"
        "    Vale said the talks had helped."
    )
    assert _find(text, "the talks had helped")["speaker_country"] != "Belgium"


def test_a_cue_word_after_a_number_or_a_participle_is_a_noun():
    text = (
        "DALLAS, June 18 - Acme Inc said it will offer holders new securities.\n"
        "    The offer includes its 11-1/4 pct senior subordinated notes, 9-1/2 pct convertible subordinated "
        "debentures and the 8-1/2 pct debentures of Acme Finance N.V.\n"
        "    It said the offer expires July 15."
    )
    row = _find(text, "the offer expires")
    assert row["speaker"] == "Acme Inc" and row["speaker_country"] == "United States"
    assert not [r for r in _rows(text) if r["cue"] == "notes"]
    assert not _rows("PARIS, June 18 - The rally has raised hopes its 27-month decline may be nearly over.")
    text = "MIAMI, June 18 - Broker Ann Roe, most of whose clients are over 60, worries that many are careless."
    assert "Ann Roe" in _find(text, "many are careless")["speaker"]


def test_initials_before_a_lower_case_word_end_no_sentence():
    text = "NEW YORK, June 18 - Acme Savings F.A. said its board adopted a shareholder rights plan."
    row = _find(text, "its board adopted")
    assert row["speaker"] == "Acme Savings F.A." and row["speaker_country"] == "United States"
    text = "NEW YORK, June 18 - Acme Corp said its Acme Trading N.V. unit bought 1,000 shares of Zenith Inc."
    assert _find(text, "unit bought")["quote"].endswith("Zenith Inc")


def test_reported_content_with_an_irregular_past_verb_is_a_clause():
    row = _find(
        "ROME, June 18 - The chairman told reporters this morning ministers gave the plan a majority.", "gave the"
    )
    assert row["speaker"] == "chairman"


def test_a_participle_after_a_possessive_is_no_cue():
    assert not _rows("TOKYO, June 18 - Ruritania's ruling party handed the government full powers on trade.")


def test_a_cue_word_before_a_past_cue_verb_is_the_subject_noun():
    row = _find(
        "BONN, June 18 - The Bundesbank report showed the central banks purchased 30 billion marks.", "central banks"
    )
    assert row["speaker"] == "Bundesbank report" and row["quote"].startswith("the central banks")


def test_a_name_joined_to_the_headline_company_is_that_company():
    text = "DENVER, June 18 - Smith and Smith said it filed a countersuit against Acme Inc."
    row = _find(text, "filed a countersuit", "SMITH <SMTH> FILES COUNTERSUIT")
    assert row["speaker_country"] == "United States"


def test_an_officer_in_a_story_whose_lede_names_no_company_speaks_for_the_headline_company():
    text = (
        "SEATTLE, June 18 - The largest phone company in the region expects earnings to grow, chairman Tom Vale "
        "said.\n    Vale said capital spending would be financed internally."
    )
    row = _find(text, "capital spending", "NORWEST TELECOM <NWT> SEES GROWTH")
    assert row["speaker_country"] == "United States"


def test_initials_of_a_name_without_its_legal_forms():
    text = (
        "NEW YORK, June 18 - British group Northern Chemicals Co Plc will not raise its bid, NC said.\n"
        "    NC Managing Director Tom Vale said the bid was fair."
    )
    assert _find(text, "the bid was fair", "NC <NC> WILL NOT RAISE BID")["speaker_country"] == "United Kingdom"
    assert _find(text, "will not raise", "NC <NC> WILL NOT RAISE BID")["speaker_country"] == "United Kingdom"


def test_a_dateline_state_decides_over_a_town_named_like_a_capital():
    import pandas as pd

    from analysis.quotes import extract_quotes

    articles = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": ["Acme Corp said it expects a first quarter loss."],
            "published": ["1987-06-18"],
            "dateline": ["SAN JOSE, Calif., June 18"],
            "dateline_country": ["Costa Rica"],
            "title": [""],
        }
    )
    assert extract_quotes(articles)["speaker_country"].tolist() == ["United States"]


def test_a_name_before_two_appositions_speaks():
    text = (
        "SAO PAULO, June 18 - Ana Souza, sales director of Autocar, a venture of two carmakers in Brazil, said "
        "this would be a poor year.\n    She said sales would fall 20 pct."
    )
    row = _find(text, "a poor year")
    assert row["speaker"] == "Ana Souza" and row["speaker_role"] == "sales director of Autocar"
    assert _find(text, "sales would fall")["speaker"] == "Ana Souza"
