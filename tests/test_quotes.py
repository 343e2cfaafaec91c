"""Quote attribution: every quote of the seed gold, plus one sentence per construction news writers use."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from analysis.quotes import QUOTE_COLUMNS, extract_quotes, quotes_in_text

# The seed gold (shared/gold/seeds.json), copied as facts: (article prefix, kind, key, speaker keys,
# speaker country, cue). Speaker keys: every token must be a whole word of the speaker; None: no speaker.
SEED_GOLD = [
    (
        "000",
        "indirect",
        "South Korea has fully enforced United Nations sanctions",
        ["Kim", "You-geun"],
        "South Korea",
        "told",
    ),
    ("000", "partial", "irresponsible comments", ["South", "Korea"], "South Korea", "slammed"),
    ("000", "indirect", "Seoul can not be trusted to implement sanctions", ["Tokyo"], "Japan", "said"),
    (
        "000",
        "indirect",
        "it had found 156 cases of unauthorised exports",
        ["industry", "ministry"],
        "South Korea",
        "said",
    ),
    (
        "000",
        "indirect",
        "such materials can be exported only to trustworthy trading partners",
        ["Tokyo"],
        "Japan",
        "saying",
    ),
    ("000", "partial", "special armaments", ["North", "Korea"], "North Korea", "claimed"),
    ("000", "partial", "necessary measures related to security", ["official"], "Japan", "said"),
    ("000", "indirect", "Tokyo saw weaknesses in Seoul's export controls", ["official"], "Japan", "said"),
    ("000", "direct", "The positions still differ", ["Lee"], None, "said"),
    (
        "000",
        "indirect",
        "inappropriate cases had occurred in South Korea's export control",
        ["Japanese", "officials"],
        "Japan",
        "explained",
    ),
    ("000", "direct", "We did not see any willingness by Japan", None, None, None),
    ("000", "partial", "impudent and pitiful", ["policy", "research", "director"], "North Korea", "called"),
    (
        "000",
        "partial",
        "talking loudly about reconciliation",
        ["policy", "research", "director"],
        "North Korea",
        "called",
    ),
    ("004", "indirect", "the priority should be piling pressure on Pyongyang", ["Japan"], "Japan", "saying"),
    (
        "004",
        "direct",
        "This is not a time for dialogue. This is a time for pressure",
        ["Norio", "Maruyama"],
        "Japan",
        "told",
    ),
    (
        "004",
        "direct",
        "This is a time to raise pressure in order to conduct a serious dialogue",
        ["Norio", "Maruyama"],
        "Japan",
        "said",
    ),
    ("004", "indirect", "Russia and China must do more to fully implement", ["Japan"], "Japan", "maintains"),
    (
        "004",
        "indirect",
        "trade between China and North Korea increased 10.5 percent",
        ["official", "figures"],
        "China",
        "according to",
    ),
    ("004", "indirect", "the UN sanctions resolution allows for trade", ["China"], "China", "arguing"),
    (
        "004",
        "direct",
        "What is important is to stop the flow of currency to North Korea",
        ["Norio", "Maruyama"],
        "Japan",
        "said",
    ),
]
# Acceptable either way (optional in the gold): not counted as misses nor as extras.
SEED_OPTIONAL = [("000", "Seoul and Tokyo should be jointly investigated"), ("004", "a meeting to be held Friday")]
QUOTE_CHARS = "\"'“”‘’«»„‟`"


def norm(s) -> str:
    if s is None or (isinstance(s, float) and s != s):
        return ""
    s = str(s).translate({ord(c): " " for c in QUOTE_CHARS})
    return re.sub(r"\s+", " ", s).strip().lower()


def speaker_ok(speaker, keys) -> bool:
    sp = norm(speaker)
    if keys is None:
        return sp == ""
    return all(re.search(r"(?<![\w.])" + re.escape(k.lower()) + r"(?![\w])", sp) for k in keys)


@pytest.fixture(scope="module")
def seed_quotes(seeds):
    return extract_quotes(seeds)


def _find(quotes: pd.DataFrame, prefix: str, key: str) -> dict | None:
    rows = [
        r for r in quotes.to_dict("records") if r["article_id"].startswith(prefix) and norm(key) in norm(r["quote"])
    ]
    return min(rows, key=lambda r: len(r["quote"])) if rows else None


def test_columns_and_types(seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS
    assert set(seed_quotes["kind"]) <= {"direct", "partial", "indirect"}
    assert seed_quotes["start"].dtype == "int64" and seed_quotes["uncertain"].dtype == bool


@pytest.mark.parametrize("aid,kind,key,keys,country,cue", SEED_GOLD, ids=[g[2][:30] for g in SEED_GOLD])
def test_seed_gold_quote(seed_quotes, aid, kind, key, keys, country, cue):
    row = _find(seed_quotes, aid, key)
    assert row is not None, f"missed {kind} quote {key!r}"
    assert row["kind"] == kind
    assert speaker_ok(row["speaker"], keys), f"speaker {row['speaker']!r}, want {keys}"
    assert norm(row["speaker_country"]) == norm(country)
    if cue is not None:
        assert row["cue"] == cue


def test_seed_no_extras(seed_quotes):
    keys = [(a, k) for a, _, k, *_ in SEED_GOLD] + SEED_OPTIONAL
    extras = [
        r["quote"]
        for r in seed_quotes.to_dict("records")
        if not any(r["article_id"].startswith(a) and norm(k) in norm(r["quote"]) for a, k in keys)
    ]
    assert extras == []


def test_seed_quote_boundaries(seed_quotes, seed_text):
    for r in seed_quotes.to_dict("records"):
        text = seed_text[r["article_id"][:3]]
        assert text[r["start"] : r["end"]] == r["quote"]
        # marks inside a span only where a reported clause holds the speaker's fragment (a partial quote)
        assert not re.search('["“”]', r["quote"]) or "clause-with-quoted-fragment" in r["rule"], r["quote"]
        assert r["quote"] == r["quote"].strip()
    # quoted words are exactly what is between the marks
    row = _find(seed_quotes, "004", "This is not a time for dialogue")
    assert row["quote"] == "This is not a time for dialogue. This is a time for pressure"
    assert _find(seed_quotes, "000", "impudent")["quote"] == "impudent and pitiful"
    # the canonical name, as first introduced, and the role from the speaker phrase
    assert row["speaker"] == "Norio Maruyama" and row["speaker_role"] == "foreign ministry spokesman"
    # a sentence does not swallow the reported content of another clause
    assert (
        _find(seed_quotes, "000", "Seoul can not be trusted")["quote"]
        == "Seoul can not be trusted to implement sanctions on North Korea"
    )


# --- one sentence per construction ---------------------------------------------------------------
def one(text: str, key: str) -> dict:
    rows = [r for r in quotes_in_text(text) if key in r["quote"]]
    assert rows, f"nothing found for {key!r} in {quotes_in_text(text)}"
    return min(rows, key=lambda r: len(r["quote"]))


def test_straight_and_curly_marks():
    for text in ('"We will not give in," Kim said.', "“We will not give in,” Kim said."):
        r = one(text, "We will not give in")
        assert (r["kind"], r["quote"], r["speaker"], r["cue"]) == ("direct", "We will not give in", "Kim", "said")


def test_attribution_before_with_colon():
    r = one('Prime Minister Yoshihide Suga told parliament: "Japan will stand firm."', "Japan will stand")
    assert r["kind"] == "direct" and r["speaker"] == "Yoshihide Suga" and r["speaker_role"] == "Prime Minister"


def test_attribution_in_the_middle_and_pronoun():
    text = "Defence Minister Li Wei spoke on Monday.\n\n“The drills are routine,” he said. “Nobody should worry.”"
    a, b = one(text, "The drills"), one(text, "Nobody should")
    assert a["speaker"] == b["speaker"] == "Li Wei"


def test_missing_comma_and_inverted_cue():
    text = (
        "Foreign ministry spokesman Zhao Lijian met reporters.\n\n"
        "“What matters is the flow of money to the north” said Zhao."
    )
    r = one(text, "What matters")
    assert r["speaker"] == "Zhao Lijian" and r["cue"] == "said"


def test_quote_continued_across_paragraphs():
    text = (
        '"We have done everything the treaty asks of us. Our exports are checked,\n\n'
        '"And we will keep checking them," said Kang Min-ho, a trade ministry official.'
    )
    rows = quotes_in_text(text)
    assert [r["kind"] for r in rows] == ["direct", "direct"]
    assert all(r["speaker"] == "Kang Min-ho" for r in rows)
    assert not any(r["uncertain"] for r in rows)


def test_partial_quote_takes_the_cue_subject():
    r = one('Beijing on Tuesday condemned "reckless provocations" by the U.S. navy.', "reckless")
    assert r["kind"] == "partial" and r["speaker"] == "Beijing" and r["speaker_country"] == "China"
    r = one('The ministry called the report "groundless and malicious".', "groundless")
    assert r["kind"] == "partial" and r["speaker"] == "ministry" and r["cue"] == "called"


def test_reported_speech_forms():
    cases = [
        (
            "The Russian foreign ministry said that the sanctions were illegal.",
            "the sanctions were illegal",
            "Russian foreign ministry",
            "Russia",
            "said",
        ),
        (
            "Exports to China fell sharply in March, the Australian trade minister said on Friday.",
            "Exports to China fell sharply in March",
            "Australian trade minister",
            "Australia",
            "said",
        ),
        (
            "Canada told a World Trade Organization meeting it would appeal the ruling.",
            "it would appeal the ruling",
            "Canada",
            "Canada",
            "told",
        ),
        (
            "The deficit widened to 4 billion dollars, according to data from the finance ministry.",
            "The deficit widened",
            "data from the finance ministry",
            None,
            "according to",
        ),
        (
            "India has repeatedly denied that its troops crossed the border.",
            "its troops crossed the border",
            "India",
            "India",
            "denied",
        ),
        (
            "Moscow warned that any deployment would be met with a response.",
            "any deployment would be met",
            "Moscow",
            "Russia",
            "warned",
        ),
        (
            "Germany argued the rules should apply to all members.",
            "the rules should apply to all members",
            "Germany",
            "Germany",
            "argued",
        ),
        (
            "France rejected the plan, saying it would hurt farmers.",
            "it would hurt farmers",
            "France",
            "France",
            "saying",
        ),
        (
            "Prices rose, with Brazil arguing that the quota was too small.",
            "the quota was too small",
            "Brazil",
            "Brazil",
            "arguing",
        ),
    ]
    for text, key, speaker, country, cue in cases:
        r = one(text, key)
        assert r["kind"] == "indirect", text
        assert (r["speaker"], r["speaker_country"], r["cue"]) == (speaker, country, cue), (text, r)


def test_appositive_and_participial_phrases_are_skipped():
    r = one("Trade is not a weapon, Chen Bo, deputy head of the commerce ministry, told reporters.", "Trade is not")
    assert r["speaker"] == "Chen Bo" and "deputy head" in r["speaker_role"]
    r = one("The Japanese official, speaking on condition of anonymity, said the curbs would stay.", "the curbs would")
    assert r["speaker"] == "Japanese official" and r["speaker_country"] == "Japan"


def test_surname_and_title_resolve_to_the_full_name():
    text = (
        "U.S. Trade Representative Katherine Tai met her counterpart.\n\n"
        "Ms. Tai said the talks were frank.\n\nTai added that more meetings would follow."
    )
    assert one(text, "the talks were frank")["speaker"] == "Katherine Tai"
    assert one(text, "more meetings")["speaker"] == "Katherine Tai"
    assert one(text, "more meetings")["speaker_country"] == "United States"


def test_a_quote_without_attribution_has_no_speaker():
    text = (
        "Japanese officials also explained that the controls were needed. "
        '"We did not see any change in their position."'
    )
    r = one(text, "We did not see")
    assert r["speaker"] is None and r["cue"] is None
    # an unnamed speaker is the describing phrase, and a body speaks for its country
    r = one('North Korea\'s state news agency KCNA said the drills were "a rehearsal for invasion".', "rehearsal")
    assert r["speaker_country"] == "North Korea"


def test_noun_objects_are_not_reported_speech():
    assert quotes_in_text("South Korea denies the allegations.") == []
    assert quotes_in_text("This is according to the Voice of America on Saturday.") == []
    assert quotes_in_text("He is said to be unwell.") == []


def test_nested_speech_belongs_to_the_outer_speaker():
    text = "A trade ministry official said Japanese officials told their counterparts that Seoul was slow."
    rows = quotes_in_text(text)
    assert len(rows) == 1 and rows[0]["speaker"] == "trade ministry official"


@pytest.mark.parametrize(
    "text",
    [
        'He said "yes',
        '"',
        '""',
        "“”",
        'A 12" pipe burst.',
        'The "so-called “peace" plan.',
        "”Stray closing mark.",
        'Kim said: "We will win.\n\nNobody continues this.',
        '"A", "B" said "C" """ “D” ”E“',
        "said",
        ", said.",
        "",
    ],
)
def test_stray_marks_never_raise_and_offsets_hold(text):
    rows = quotes_in_text(text)
    for r in rows:
        assert text[r["start"] : r["end"]] == r["quote"]
        assert not re.search('["“”]', r["quote"])


def test_random_mark_soup_is_safe():
    rng = random.Random(7)
    words = ['"', "“", "”", "said", "Kim", "he", ",", ".", "\n\n", "the", "official", "according to", "saying"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        for r in quotes_in_text(text):
            assert text[r["start"] : r["end"]] == r["quote"] and r["start"] < r["end"]


def test_unbalanced_quote_is_marked_uncertain():
    rows = quotes_in_text(
        'The minister said: "We will never accept these terms and we will fight them.\n\nMarkets fell.'
    )
    assert rows and rows[0]["uncertain"]


def test_empty_input():
    df = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "text": ["", None]}))
    assert list(df.columns) == QUOTE_COLUMNS and len(df) == 0


# --- constructions found on wire copy (sentences written for the tests) ---------------------------
def test_typo_apostrophe_mark_is_no_quotation():
    r = one('Chile"s copper exports will rise this year, the mining minister said.', "copper exports will rise")
    assert r["kind"] == "indirect" and r["speaker"] == "mining minister" and r["speaker_country"] == "Chile"
    assert r["quote"].startswith('Chile"s')


def test_second_verb_after_attribution_is_not_content():
    rows = quotes_in_text("Prices had been cut to win buyers, the minister said but did not elaborate.")
    assert [r["quote"] for r in rows] == ["Prices had been cut to win buyers"]


def test_question_before_attribution_is_not_the_answer():
    rows = quotes_in_text('Asked whether Chile would retaliate, the minister said "not at this stage."')
    assert all(not r["quote"].startswith("Asked") for r in rows)


def test_term_in_marks_is_not_a_quote():
    text = 'Officials said Peru has bought new "Condor" radars, and the so-called "Lima formula" is dead.'
    rows = quotes_in_text(text)
    assert [r["kind"] for r in rows] == ["indirect"] and rows[0]["speaker"] == "Officials"
    r = one('Lopez, on the radio programme "Morning," said the deal was fair.', "the deal was fair")
    assert r["speaker"] == "Lopez"


def test_acronym_in_brackets_belongs_to_the_name():
    r = one("The yen is undervalued, the Ministry of Finance (MOF) said in a report.", "The yen is undervalued")
    assert "Ministry of Finance" in r["speaker"]
    r = one('"Costs will rise," said Harlow (Securities) Ltd analyst Ann Price.', "Costs will rise")
    assert r["speaker"] == "Ann Price"


def test_title_abbreviation_does_not_end_the_sentence():
    r = one('"We expect a vote soon," Sen. Mary Cole, an Ohio Democrat, told reporters.', "We expect a vote")
    assert r["speaker"] == "Mary Cole"
    assert not any(
        x["quote"].startswith("Sen.")
        for x in quotes_in_text('"We expect a vote soon," Sen. Mary Cole, an Ohio Democrat, told reporters.')
    )


def test_quoted_as_saying():
    r = one("State radio quoted a defence ministry spokesman as saying the border was calm.", "the border was calm")
    assert r["speaker"] == "defence ministry spokesman"
    r = one("The envoy was quoted by a local paper as saying talks would resume.", "talks would resume")
    assert r["speaker"] == "envoy"
    text = 'Defence Minister Omar Said spoke on Monday.\n\n"We are ready," state radio quoted him as saying.'
    assert one(text, "We are ready")["speaker"] == "Omar Said"


def test_participle_after_attribution_takes_that_speaker():
    r = one("Trade between the regions was growing, Ruiz said, adding he hoped for a new accord.", "he hoped for")
    assert r["speaker"] == "Ruiz" and r["cue"] == "adding"
    r = one("Trade between the regions was growing, Ruiz said, adding he hoped for a new accord.", "Trade between")
    assert r["speaker"] == "Ruiz" and r["quote"] == "Trade between the regions was growing"


def test_attribution_inside_the_sentence_is_not_nested_speech():
    r = one("The cartel believes prices should be stable, the energy minister said today.", "prices should be stable")
    assert r["speaker"] == "energy minister" and r["cue"] == "said"


def test_coordinated_clauses_each_keep_their_own_content():
    rows = quotes_in_text(
        "Minister Ana Ruiz spoke.\n\nShe said costs were rising, and she warned that jobs would be lost."
    )
    assert sorted(r["quote"] for r in rows) == ["costs were rising", "jobs would be lost"]
    assert all(r["speaker"] == "Ana Ruiz" for r in rows)
    rows = quotes_in_text("Canadian officials said Ottawa had not decided and said they expected more talks.")
    assert sorted(r["quote"] for r in rows) == ["Ottawa had not decided", "they expected more talks"]
    assert all(r["speaker"] == "Canadian officials" for r in rows)
    rows = quotes_in_text("Although the bank said loans were safe, several delegates said risks were growing.")
    assert {r["quote"]: r["speaker"] for r in rows} == {"loans were safe": "bank", "risks were growing": "delegates"}


def test_joint_subject_of_role_nouns():
    r = one("Traders and analysts in London estimate output is above the ceiling.", "output is above")
    assert "Traders and analysts" in r["speaker"]


def test_attribution_followed_by_a_subordinate_clause():
    r = one("Exports rose to 12 pct, the official said, while imports fell to a record low last year.", "Exports rose")
    assert r["speaker"] == "official" and r["quote"] == "Exports rose to 12 pct"


def test_passive_participle_is_no_cue():
    assert quotes_in_text("The duties, announced on Friday by President Lee, will hit steel exports.") == []


def test_long_setting_before_colon():
    text = 'Minister Ana Ruiz said in a radio interview broadcast on Sunday: "We will not devalue."'
    assert one(text, "We will not devalue")["speaker"] == "Ana Ruiz"
    text = 'One banker said of the decision: "It was overdue."'
    assert one(text, "It was overdue")["speaker"] == "banker"


# --- speaker country when the speaker's own phrase names none (sentences written for the tests) ---------
def test_post_of_one_government_gives_its_country():
    text = "Treasury Secretary Ann Moss said the dollar was too weak.\n\nMoss added that talks would go on."
    assert one(text, "the dollar was too weak")["speaker_country"] == "United States"
    assert one(text, "talks would go on")["speaker_country"] == "United States"
    r = one("Chancellor of the Exchequer Tom Price said taxes would not rise.", "taxes would not rise")
    assert r["speaker"] == "Tom Price" and r["speaker_country"] == "United Kingdom"
    # a phrase that names a country keeps it; posts many countries have give none
    assert (
        one("Philippine Sen. Juan Cruz said the bases must go.", "the bases must go")["speaker_country"]
        == "Philippines"
    )
    assert one("Finance Minister Ana Lopez said the budget was balanced.", "the budget")["speaker_country"] is None


def test_post_matched_to_a_country_qualified_ministry():
    text = (
        "Peru's Mining Ministry will raise royalties next year, a senior ministry official said.\n\n"
        "Mining Minister Luis Vega said the change was overdue."
    )
    assert one(text, "will raise royalties")["speaker_country"] == "Peru"
    assert one(text, "the change was overdue")["speaker_country"] == "Peru"
    # two countries' ministries: a bare "ministry official" is left open
    text = (
        "Peru's Mining Ministry and Chile's Mining Ministry met on Monday.\n\n"
        "Prices were too low, a ministry official said."
    )
    assert one(text, "Prices were too low")["speaker_country"] is None


def test_the_official_refers_back_to_the_one_met_before():
    text = 'A Canadian trade official said the quota was fair.\n\n"We will not move on this," the official said.'
    assert one(text, "We will not move")["speaker_country"] == "Canada"


def test_named_person_after_a_lede_about_an_unnamed_official():
    text = (
        "Norway's fisheries minister said on Monday the catch limits would stay.\n\n"
        "Ole Berg told reporters the stocks were recovering.\n\n"
        '"We are patient," he said.'
    )
    r = one(text, "the stocks were recovering")
    assert r["speaker"] == "Ole Berg" and r["speaker_country"] == "Norway" and r["speaker_role"] == "fisheries minister"
    assert one(text, "We are patient")["speaker_country"] == "Norway"
    # someone with another post is someone else
    text = (
        "Norway's fisheries minister said on Monday the catch limits would stay.\n\n"
        "Ole Berg, an analyst at Nordbank, said the stocks were recovering."
    )
    assert one(text, "the stocks were recovering")["speaker_country"] is None


def test_state_media_quoting_an_official():
    r = one("Tehran radio quoted a foreign ministry spokesman as saying the talks had failed.", "the talks had failed")
    assert r["speaker"] == "foreign ministry spokesman" and r["speaker_country"] == "Iran"


def test_appositive_after_an_inverted_attribution():
    r = one('"Prices will fall," said Ana Ruiz, chairwoman of the Chilean Copper Commission.', "Prices will fall")
    assert r["speaker"] == "Ana Ruiz" and r["speaker_country"] == "Chile"
    assert r["speaker_role"] == "chairwoman of the Chilean Copper Commission"


def test_the_company_is_the_company_named_before():
    text = "Standard Oil Co said it would cut 500 jobs.\n\nThe company said the cuts would save money."
    assert one(text, "the cuts would save money")["speaker"] == "Standard Oil Co"
    assert one("The company said the cuts would save money.", "the cuts")["speaker"] == "company"


def test_workplace_in_an_appositive_is_not_the_country_spoken_for():
    r = one('"Rates will rise," said Ann Price, an analyst with Kemp Securities in Tokyo.', "Rates will rise")
    assert r["speaker"] == "Ann Price" and r["speaker_country"] is None


def test_quote_left_open_before_a_coordinated_clause_never_raises():
    text = (
        'Lee told investors that despite the cuts "the firm has land to explore in Peru, Chile and\n'
        "Bolivia.\n    Over the past year Acme has cut jobs, and said it would sell two mines.\n Reuter"
    )
    for r in quotes_in_text(text):
        assert text[r["start"] : r["end"]] == r["quote"]


def test_bare_government_with_two_governments_named_stays_open():
    text = (
        "The U.K. Government hopes for a deal with Japan, sources said.\n\n"
        "The Japanese government has not replied.\n\n"
        "Talks could resume in May, government officials said."
    )
    assert one(text, "Talks could resume")["speaker_country"] is None


def test_one_failing_article_does_not_stop_the_others(monkeypatch):
    """An article that trips the extractor is reported in attrs["errors"]; the rest keep their quotes."""
    import analysis.quotes as q

    real = q.quotes_in_text

    def flaky(text, *args):
        if text.startswith("BAD"):
            raise RuntimeError("boom")
        return real(text, *args)

    monkeypatch.setattr(q, "quotes_in_text", flaky)
    arts = pd.DataFrame(
        {"article_id": ["bad", "good"], "text": ["BAD. Tokyo said it would act.", "Seoul said it would respond."]}
    )
    with pytest.warns(UserWarning, match="bad"):
        df = q.extract_quotes(arts)
    assert list(df.article_id) == ["good"] and df.attrs["errors"][0]["article_id"] == "bad"


def test_quote_counts_pools_described_speakers():
    """Named speakers are counted one by one; "the spokesman" of different stories is not one person."""
    from analysis import quote_counts

    q = pd.DataFrame(
        {
            "speaker": ["Norio Maruyama", "spokesman", "Analysts", None, "Norio Maruyama"],
            "kind": ["direct", "indirect", "indirect", "direct", "indirect"],
        }
    )
    counts = quote_counts(q, "speaker").set_index("speaker")
    assert counts.loc["Norio Maruyama", "total"] == 2
    assert counts.loc["(described, not named)", "reported"] == 2
    assert counts.loc["(no speaker in the text)", "quoted"] == 1


# --- modern wire style: constructions added with the modern dev sets (own sentences) ---------------
def test_role_before_name_in_apposition_gives_post_and_country():
    r = one(
        "The head of Ottawa's port authority, Rui Costa, said the terminal would reopen soon.",
        "the terminal would reopen",
    )
    assert r["speaker"] == "Rui Costa" and r["speaker_country"] == "Canada"
    text = (
        'Portugal\'s trade minister, Ana Reis, said exports would recover next year.\n\n"We are confident," Reis said.'
    )
    assert one(text, "We are confident")["speaker_country"] == "Portugal"


def test_pronoun_takes_the_person_introduced_as_subject_since():
    text = (
        '"We expect more," Treasury Secretary Jon Park told reporters.\n\n'
        "Brazil's Finance Minister Lia Souza, who led her delegation, was calmer. "
        'The talks were "useful," she said.\n\n'
        'Souza rejected that. Growth would stay "firm" this year, she said.'
    )
    assert one(text, "useful")["speaker"] == "Lia Souza"
    assert one(text, "firm")["speaker"] == "Lia Souza"


def test_object_verbs_report_what_was_urged_or_alleged():
    r = one("The ministry spokeswoman accused Oslo of blocking the shipping lanes.", "blocking the shipping lanes")
    assert r["kind"] == "indirect" and r["speaker"] == "ministry spokeswoman" and r["cue"] == "accused"
    r = one("Germany urged both sides to exercise restraint along the border.", "both sides to exercise restraint")
    assert r["speaker"] == "Germany"
    r = one(
        "In Lima, the council spokesman called on Quito to halt its naval patrols.", "Quito to halt its naval patrols"
    )
    assert r["speaker"] == "council spokesman"
    assert not quotes_in_text("That treaty called on Chile to open its ports to foreign ships.")


def test_cue_word_used_as_a_noun_is_no_cue():
    r = one('The navy held drills in what Lima called a warning to "hostile forces".', "hostile forces")
    assert r["speaker"] == "Lima"
    r = one('The senator wrote on X that Chile\'s claims were "false and reckless".', "false and reckless")
    assert r["cue"] == "wrote"


def test_appositive_after_the_attribution_is_not_content():
    r = one(
        "Peru fired a rocket into the sea on Monday, Lima's navy said, the first such test this year.",
        "Peru fired a rocket",
    )
    assert r["speaker"] == "Lima's navy"
    assert not any(
        x["quote"].startswith(("the first", ", the first"))
        for x in quotes_in_text(
            "Peru fired a rocket into the sea on Monday, Lima's navy said, the first such test this year."
        )
    )
    r = one("Kuwait, the minister said, was pumping more oil than its quota.", "was pumping more oil")
    assert r["speaker"] == "minister"


def test_reported_clause_before_a_participle_with_a_partial():
    text = (
        "Chief Cabinet Secretary Aki Sato told reporters in Tokyo that Japan had lodged a protest with Lima, "
        'calling the test "a grave threat".'
    )
    r = one(text, "Japan had lodged a protest")
    assert r["kind"] == "indirect" and r["speaker"] == "Aki Sato" and r["speaker_country"] == "Japan"
    assert one(text, "a grave threat")["speaker"] == "Aki Sato"


def test_second_that_clause_and_one_word_partial():
    text = (
        'The army said that enemy forces had fired "unprovoked" across the river, '
        'and that its troops had responded "firmly".'
    )
    assert one(text, "enemy forces had fired")["kind"] == "indirect"
    assert one(text, "its troops had responded")["kind"] == "indirect"


def test_dateline_gives_an_official_his_country():
    text = (
        "SEOUL, Sept. 3 (Yonhap) -- Peru and Chile agreed on Wednesday to reopen the border crossing, "
        "a senior foreign ministry official said."
    )
    r = one(text, "Peru and Chile agreed")
    assert r["speaker_country"] == "South Korea" and not r["quote"].startswith("SEOUL")
    text = "OTTAWA (AP) — A senior administration official said the talks would resume next month."
    assert one(text, "the talks would resume")["speaker_country"] == "Canada"


def test_place_of_speaking_gives_an_official_his_country():
    text = (
        "At a regular press briefing in Canberra, foreign ministry spokeswoman Rosa Diaz said the visit was postponed."
    )
    assert one(text, "the visit was postponed")["speaker_country"] == "Australia"
    # a diplomat is posted abroad: where one speaks says nothing of whom one speaks for
    text = "A Western diplomat in Canberra said several governments were ready to act."
    assert one(text, "several governments were ready")["speaker_country"] is None


def test_passive_quoted_as_saying_and_state_media():
    text = (
        "Leader Kim Jong Un oversaw the launch, the official Korean Central News Agency (KCNA) reported.\n\n"
        'The missile would "deter any rival", Kim was quoted as saying.'
    )
    r = one(text, "deter any rival")
    assert r["speaker"] == "Kim Jong Un" and r["speaker_country"] == "North Korea"


def test_content_subject_not_taken_from_a_list_or_for_an_international_body():
    r = one("A Western diplomat said France, Germany and Italy were prepared to act.", "France, Germany and Italy")
    assert r["speaker_country"] is None
    r = one("The head of the UN nuclear watchdog, Lars Berg, said Iran had enriched more uranium.", "Iran had enriched")
    assert r["speaker_country"] is None


# --- constructions added in the trade-news review ------------------------------------------------
def _none_with(text: str, key: str) -> None:
    rows = [r for r in quotes_in_text(text) if key in r["quote"]]
    assert not rows, f"unexpected rows for {key!r}: {rows}"


def test_anonymity_participle_is_no_speech_and_keeps_the_quote_before_it():
    text = (
        "Freight rates on the route doubled in May, brokers said, asking not to be named because the talks are private."
    )
    r = one(text, "Freight rates on the route doubled")
    assert r["speaker"] == "brokers" and "asking" not in r["quote"]
    _none_with(text, "asking not to be named")


def test_content_stops_at_a_coordinated_clause_with_a_new_subject():
    _none_with("Oslo has vowed to respond, and gas prices rose 5% in the days after the vote.", "gas prices rose")
    _none_with(
        "Ottawa officials have proposed talks, and member states will vote on the duties in June.",
        "member states will vote",
    )


def test_noun_object_cue_needs_a_clause_for_the_sentence_before():
    text = "The bank has now fined more than 40 lenders since 2019, and the Group of Twenty, or G20, has promised new rules."
    _none_with(text, "fined more than 40 lenders")
    text = "But the budget office still expects output to be 4 per cent lower, and estimates a 2 per cent hit to wages."
    _none_with(text, "budget office still expects")


def test_term_in_marks_after_a_determiner_is_the_writers_word():
    text = 'Exports recovered a year after Ottawa put Oslo back on its "green list" of trusted partners.'
    assert not any(r["kind"] == "partial" for r in quotes_in_text(text))
    text = 'Spain and Italy have warned they could trigger a "snapback" of the old tariffs next year.'
    assert not any(r["kind"] == "partial" for r in quotes_in_text(text))


def test_data_study_and_media_sources():
    r = one(
        "Canadian imports of steel fell 12% last year, Commerce Department data showed on Friday.",
        "imports of steel fell",
    )
    assert r["cue"] == "showed" and "data" in r["speaker"] and "Commerce Department" in r["speaker"]
    r = one("Government data showed that exports rose for a sixth straight month.", "exports rose for a sixth")
    assert r["speaker"] == "Government data"
    r = one(
        "A study by the Institute for Fiscal Research found that exports were 9 per cent lower than forecast.",
        "exports were 9 per cent lower",
    )
    assert "Institute for Fiscal Research" in r["speaker"] and r["cue"] == "found"
    r = one(
        "Within hours, state media reported that Beijing was preparing a probe into pork imports.", "preparing a probe"
    )
    assert r["speaker"] == "state media"
    r = one("The ministry's figures showed that car sales fell 4 percent in May.", "car sales fell")
    assert "figures" in r["speaker"]
    r = one("Coffee exports reached a record last year, according to official figures.", "Coffee exports reached")
    assert r["speaker"] == "official figures"
    # showed/found need a source as subject: people finding things are not speech
    _none_with("Police found that the warehouse had been emptied overnight.", "warehouse had been emptied")
    _none_with("The match showed that the team had improved a great deal.", "team had improved")


def test_plural_subject_and_present_cue():
    r = one(
        "Business groups have warned that the delays are hurting investment in both countries.", "delays are hurting"
    )
    assert r["speaker"] == "Business groups"
    r = one("Economists warn that the recovery could stall by the end of the year.", "recovery could stall")
    assert r["speaker"] == "Economists"


def test_clause_after_a_closing_attribution_continues_the_report():
    text = "About 9,000 farms had left the scheme by March, the auditors said, and the number of new entrants has fallen by half."
    r = one(text, "the number of new entrants has fallen by half")
    assert r["speaker"] == "auditors"


def test_ministry_modifier_is_matched_before_a_bare_ministry():
    text = (
        "TAIPEI (AP) — Taiwan's defence ministry said it had tracked 30 aircraft near the island.\n\n"
        "At a regular briefing in Beijing, foreign ministry spokeswoman Li Hua said the drills were "
        '"a stern warning" to separatists.'
    )
    assert one(text, "a stern warning")["speaker_country"] == "China"


def test_acronym_of_a_body_named_before():
    text = (
        "South Korea's Joint Chiefs of Staff (JCS) said the missile flew about 300 km.\n\n"
        '"Our forces are on alert for further launches," the JCS said.'
    )
    r = one(text, "Our forces are on alert")
    assert r["speaker"] == "Joint Chiefs of Staff (JCS)" and r["speaker_country"] == "South Korea"
    assert "(" not in one(text, "the missile flew")["speaker"]


def test_relative_clause_speaker():
    text = (
        "The American team was led by special envoy John Carver, who told reporters at the airport that "
        'Washington had come "in good faith" to the talks.'
    )
    assert one(text, "in good faith")["speaker"] == "John Carver"


def test_second_quote_after_an_inverted_attribution_with_apposition():
    text = (
        '"Both sides need a deal, and neither wants a war," said Jane Roe, a fellow at the Centre for Regional '
        'Studies in London. "That is the space in which an agreement is possible."'
    )
    assert one(text, "That is the space")["speaker"] == "Jane Roe"


def test_its_spokesman_speaks_for_the_body_named_before():
    text = (
        "Iran's Atomic Energy Organization rejected the remarks. Its spokesman, Reza Kamal, accused the agency "
        'of "acting as a political tool" of Western governments.'
    )
    r = one(text, "acting as a political tool")
    assert r["speaker"] == "Reza Kamal" and r["speaker_country"] == "Iran"


def test_reply_reported_by_a_ministry_belongs_to_the_one_who_replied():
    text = (
        "Foreign Minister Taro Sato met his counterpart on Monday. Sato replied that Japan would respond "
        "appropriately to the issue, the ministry said."
    )
    r = one(text, "Japan would respond appropriately")
    assert r["speaker"] == "Taro Sato" and r["cue"] == "replied"
    assert not any(r["quote"].startswith("Sato replied") for r in quotes_in_text(text))


def test_apposition_name_is_the_subject_of_a_second_verb():
    text = (
        'Britain\'s minister for trade, Anne Hale, said the agreement would "cut costs for millions" and '
        "insisted it did not cross any of the government's red lines."
    )
    r = one(text, "it did not cross any")
    assert r["speaker"] == "Anne Hale" and r["speaker_country"] == "United Kingdom"
