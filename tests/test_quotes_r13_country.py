"""Round 13 speaker-country constructions (issue 25). Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-04-08"


def _rows(text: str, dateline: str | None = None) -> list[dict]:
    rows = quotes_in_text(text, DAY, dateline)
    assert rows, text
    return rows


def test_a_country_before_a_clause_naming_the_company_is_no_description():
    text = (
        "Halvor Oil Corp said it would sell new shares. It said the plan will cut taxes in Canada and add to\n"
        "Halvor's net income. Ann Roe, chairman of Halvor, said the plan would work."
    )
    rows = _rows(text, "United States")
    assert {r["speaker_country"] for r in rows if r["speaker"] == "Ann Roe"} == {"United States"}


def test_a_country_in_an_apposition_describes_the_company():
    text = "Marlow Equity Ltd, a Hong Kong investment firm, said it raised its stake in Acme Corp to 11 pct."
    assert _rows(text, "United States")[0]["speaker_country"] == "Hong Kong"


def test_a_foreign_voice_is_no_local_voice():
    rows = _rows("Banks will lend more this year, one foreign banker said.", "Singapore")
    assert rows[0]["speaker_country"] is None
    rows = _rows("Rates will fall, foreign exchange dealers said.", "Singapore")
    assert rows[0]["speaker_country"] == "Singapore"
    rows = _rows("Rates will fall, local and foreign bankers said.", "Singapore")
    assert rows[0]["speaker_country"] == "Singapore"


def test_a_body_referred_back_to_speaks_from_the_dateline():
    text = (
        "The United Auto Workers has set a strike deadline at the plant, a UAW spokesman said.\n"
        "    The union earlier said it notified the company of its intent to strike."
    )
    rows = _rows(text, "United States")
    assert [r["speaker_country"] for r in rows if r["speaker"] == "union"] == ["United States"]


def test_a_person_working_at_a_firm_speaks_for_the_firm():
    text = (
        '"The merger is off," said Ann Roe, analyst at Harlow Securities. Roe said the shares would fall.\n'
        "    Ken Sato, professor of politics at Dokkyo University, said the tax would pass."
    )
    rows = _rows(text, "United States")
    assert [r["speaker_country"] for r in rows if "Roe" in r["speaker"]] == ["United States", "United States"]
    text = "The tax will pass, Ken Sato, economist at the Finance Ministry, said."
    assert _rows(text)[0]["speaker_country"] is None


def test_a_role_naming_a_company_word_takes_the_company_described_with_it():
    text = (
        "The U.S. group Halvor Electric Corp has agreed to pay compensation for the errors, the operators said.\n"
        "    A spokesman for <Centrais Eletricas Norte>, a state utility which runs the plant, confirmed it.\n"
        "    The plant has not worked since January, the utility spokesman said."
    )
    rows = _rows(text, "Brazil")
    assert [r["speaker_country"] for r in rows if r["speaker"] == "utility spokesman"] == ["Brazil"]


def test_a_state_news_agency_speaks_for_its_state():
    rows = _rows("The council met in emergency session, WAM said.", "Bahrain")
    assert rows[0]["speaker_country"] == "United Arab Emirates"


def test_the_radio_named_before_keeps_its_country():
    text = (
        "Tehran radio said the army had taken the border town. Fighting went on into the night and casualties\n"
        "were heavy on both sides, the radio said."
    )
    rows = _rows(text, "United Kingdom")
    assert [(r["speaker"], r["speaker_country"]) for r in rows] == [("Tehran radio", "Iran")] * 2
