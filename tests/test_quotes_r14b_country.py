"""Round 14b speaker countries (issue 25), from a read of nongold stories. Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-10"


def _rows(text: str, dateline: str | None) -> list[dict]:
    return quotes_in_text(text, DAY, dateline)


def test_a_firm_before_the_post_and_name_is_the_persons_firm():
    text = (
        "Grain futures are likely to drift, traders said. Lakeside Corp analyst Tom Rudd, however, expects a "
        'rally. "Soybeans look cheap here," Rudd said.'
    )
    rows = [r for r in _rows(text, "Canada") if "Rudd" in (r["speaker"] or "")]
    assert rows and all(r["speaker_country"] == "Canada" for r in rows)
    assert rows[0]["rule"].endswith("introduced-firm/company-dateline")


def test_a_firm_after_the_name_is_the_persons_firm():
    text = (
        "Acme Mining Ltd said output rose. Metals analyst Jan Kerr at Birch Holt Ross Ltd said the rise would lift "
        'the shares. "Investors will buy," said Kerr.'
    )
    rows = [r for r in _rows(text, "Australia") if "Kerr" in (r["speaker"] or "")]
    assert rows and all(r["speaker_country"] == "Australia" for r in rows)


def test_a_government_post_before_a_name_is_no_firm():
    text = 'Acme Corp said sales rose. Trade Minister Tom Rudd said "exports will recover."'
    rows = [r for r in _rows(text, None) if "Rudd" in (r["speaker"] or "")]
    assert rows and not rows[0]["rule"].endswith("introduced-firm/company-dateline")


def test_a_country_name_after_a_given_name_and_initial_is_a_surname():
    text = (
        "David M. Holland, president of Acme Telephone's Dallas division, told Reuters the unit would lose money. "
        '"We will grow," Holland said.'
    )
    rows = _rows(text, "United States")
    assert rows and all(r["speaker_country"] == "United States" for r in rows)


def test_two_firms_of_different_homes_have_no_one_country():
    text = (
        "Ford Motor Co and Mazda Motor Corp agreed to build a plant together. The two carmakers said the plant "
        "would open next year."
    )
    rows = _rows(text, "United States")
    assert [r["speaker_country"] for r in rows] == [None, None]


def test_two_firms_of_one_home_keep_it():
    text = "Ford Motor Co and Chrysler Corp agreed to build a plant. The two carmakers said the plant would open soon."
    rows = _rows(text, "United States")
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_a_state_news_agency_without_a_country_word_is_its_country():
    text = "A military court jailed a former minister for 11 years, the Anatolian news agency said."
    assert _rows(text, "Lebanon")[0]["speaker_country"] == "Turkey"


def test_a_demonym_inside_a_known_companys_name_is_not_the_persons_country():
    text = (
        "Anglo American Gold Investment Co chairman Peter Vale urged the government to cut the gold tax. "
        'Vale said the mines would hire more workers. "We are ready," he said.'
    )
    rows = [r for r in _rows(text, "South Africa") if "Vale" in (r["speaker"] or "")]
    assert len(rows) >= 2 and all(r["speaker_country"] == "South Africa" for r in rows)
