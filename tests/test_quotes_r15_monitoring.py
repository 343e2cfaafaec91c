"""Round 15 speaker countries (issue 25): the place where a broadcast or report was monitored is never the
speaker's country. Every sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-10"


def _rows(text: str, country: str | None, place: str = "") -> list[dict]:
    return quotes_in_text(text, DAY, country, "", place)


def test_a_medium_quoting_past_where_it_was_monitored_gives_its_country():
    text = (
        "Iran will buy more wheat, the Iranian news agency IRNA said. IRNA, monitored in Nicosia, quoted "
        "Trade Minister Ali Rostami as saying the grain would come from Canada."
    )
    rows = [r for r in _rows(text, "Cyprus", "NICOSIA") if "Rostami" in (r["speaker"] or "")]
    assert rows and rows[0]["speaker_country"] == "Iran"


def test_the_monitoring_city_before_a_named_minister_is_not_his_country():
    text = (
        "Turkey and Greece argued again on Sunday. An Ankara Radio report monitored in London said Foreign "
        'Minister Ali Demir had called for talks. "We call on Greece to talk," he said.'
    )
    rows = [r for r in _rows(text, "Turkey", "ANKARA") if "Demir" in (r["speaker"] or "")]
    assert rows and all(r["speaker_country"] != "United Kingdom" for r in rows)


def test_a_document_in_a_story_filed_where_the_report_was_received_gets_no_dateline_country():
    text = (
        "The Iranian news agency IRNA, in a report received in London, said the offensive was over. Its forces "
        'held the area, it said. "Our forces are in full control," the statement said.'
    )
    rows = [r for r in _rows(text, "United Kingdom", "LONDON") if r["speaker"] == "statement"]
    assert rows and all(r["speaker_country"] != "United Kingdom" for r in rows)


def test_the_monitoring_city_as_dateline_lends_no_country_to_a_named_official():
    text = (
        "The state news agency of Ruritania, monitored here, said Premier Jon Vass wrote to Prime "
        "Minister Karl Brandt. Brandt proposed that the two leaders meet in a letter on March 17."
    )
    rows = [r for r in _rows(text, "Japan", "TOKYO") if "Brandt" in (r["speaker"] or "")]
    assert rows and all(r["speaker_country"] != "Japan" for r in rows)


def test_documents_received_here_do_not_stop_the_dateline():
    text = (
        "Retaliation is unlikely, at least initially, a trade official said. No decision is expected until "
        "documents on the ruling are received here this week."
    )
    rows = [r for r in _rows(text, "United States", "WASHINGTON") if "official" in (r["speaker"] or "")]
    assert rows and rows[0]["speaker_country"] == "United States"


def test_the_publication_is_the_newsletter_named_before():
    text = (
        "Cocoa output will fall this year, the Hamburg-based newsletter Bean Trends said. The publication said "
        "Ghana's crop would drop by a tenth. It said stocks were low."
    )
    rows = _rows(text, "West Germany", "HAMBURG")
    assert len(rows) == 3 and all(r["speaker"] == "Bean Trends" for r in rows)


def test_he_after_one_of_a_group_is_that_one():
    text = (
        'Union economist Jan Nowak welcomed the cut. "This was large," Nowak said. Foreign bankers said the cut '
        'was small. "It is a token," one said, adding that fuel would rise. He noted that the press had prepared '
        "people for it."
    )
    rows = [r for r in _rows(text, "Poland", "WARSAW") if "press had prepared" in r["quote"]]
    assert rows and rows[0]["speaker"] == "one" and rows[0]["speaker_country"] is None


def test_another_source_after_unplaced_sources_is_unplaced_too():
    text = (
        "Tin producers may curb sales, sources close to a meeting of the Tin Producers Club said. "
        "Another source said that much of this year's crop was sold."
    )
    rows = [r for r in _rows(text, "Malaysia", "KUALA LUMPUR") if "crop was sold" in r["quote"]]
    assert rows and rows[0]["speaker_country"] is None
