"""Constructions of modern news writing that issue 11 adds, each with a sentence of our own."""

from __future__ import annotations

from analysis.quotes import quotes_in_text


def one(text: str, key: str) -> dict:
    rows = [r for r in quotes_in_text(text) if key in r["quote"]]
    assert rows, f"no quote holding {key!r} in {[r['quote'] for r in quotes_in_text(text)]}"
    return rows[0]


def test_quotation_marks_typed_as_two_apostrophes():
    text = "''We will win this race,'' Mayor Ann Vale said on Monday."
    row = one(text, "We will win")
    assert row["kind"] == "direct" and row["speaker"] == "Ann Vale"
    assert text[row["start"] : row["end"]] == "We will win this race"


def test_opening_mark_typed_where_the_closing_one_belongs():
    row = one("“It is unusual,“ said Tom Reed, an attorney with the Harbor Law Center.", "It is unusual")
    assert row["speaker"] == "Tom Reed" and row["kind"] == "direct"


def test_attribution_after_a_question_in_marks_is_one_sentence():
    rows = quotes_in_text('"Did you bring the list of names?" Vale asked. "Okay, great!" The crowd cheered.')
    assert [r["speaker"] for r in rows] == ["Vale", "Vale"]


def test_subject_before_a_relative_clause_speaks():
    row = one("Anchor Mia Sorel, who was off-screen, then loudly asked, “Really?”", "Really")
    assert row["speaker"] == "Mia Sorel"


def test_reported_speech_of_an_unresolved_pronoun_is_kept_without_speaker():
    row = one("They say the new bridge will never be finished on time.", "the new bridge")
    assert row["kind"] == "indirect" and row["speaker"] is None


def test_quantified_speakers_keep_their_quantity():
    assert one("36 percent of voters said the economy was their top concern.", "the economy")["speaker"] == (
        "36 percent of voters"
    )
    assert one("Some of the mayor's longtime allies said they had come to accept the plan.", "they had")["speaker"] == (
        "Some of the mayor's longtime allies"
    )
    assert one("Those surveyed said the bridge should be rebuilt.", "the bridge")["speaker"] == "Those surveyed"


def test_belief_and_intention_cues_give_their_class():
    row = one("The governor thinks the bill will pass before the summer recess.", "the bill will pass")
    assert row["speaker"] == "governor" and row["cue"] == "thinks"


def test_declined_to_comment_reports_nothing():
    assert quotes_in_text("The company declined to comment on the report, and the ministry refused to name it.") == []


def test_noun_object_of_a_denial_is_no_content_but_its_clause_is():
    rows = quotes_in_text("Lisbon on Monday rejected the offer of talks, saying the priority should be the budget.")
    assert [r["quote"] for r in rows] == ["the priority should be the budget"]


def test_a_cue_word_after_a_preposition_or_a_modal_is_no_cue():
    assert (
        quotes_in_text("The surprise escalation of attacks on the port broke a month-long lull in the fighting.") == []
    )
    assert quotes_in_text("Trade officials will discuss what the city can offer in return for the contract.") == []


def test_each_quote_says_the_class_of_its_cue():
    rows = quotes_in_text(
        'The governor thinks the bill will pass. "It is done," she said. A poll showed support was rising.'
    )
    assert {r["cue"]: r["cue_class"] for r in rows} == {"thinks": "belief", "said": "speech", "showed": "finding"}


def test_party_state_tag_is_no_part_of_the_speaker_and_ends_no_sentence():
    row = one("Sen. Ann Lee (R-Calif.) said the bill would pass before the recess.", "the bill would pass")
    assert (row["speaker"], row["speaker_role"], row["speaker_country"]) == ("Ann Lee", "Sen.", "United States")
    row = one("Rep. Tom Hale (D-N.Y.), chair of the committee, said the vote was fair and open.", "the vote was fair")
    assert row["speaker"] == "Tom Hale"


def test_a_quantity_speaks_for_its_group():
    assert one("Many said Monday that the ruling raised the stakes.", "the ruling")["speaker"] == "Many"
    assert one("Six in 10 said they were tired of the campaign.", "they were tired")["speaker"] == "Six in 10"


def test_attribution_inside_a_sentence_before_a_clause():
    row = one("In particular, he said, the foundation had free use of the courses.", "the foundation had")
    assert row["quote"].startswith("the foundation")


def test_a_bare_weekday_after_the_cue_is_a_setting():
    assert one("Netanyahu said late Wednesday that he would go ahead with the meeting.", "he would go")["quote"] == (
        "he would go ahead with the meeting"
    )


def test_content_ends_at_a_semicolon():
    row = one("Six in 10 said they were tired of the campaign; 46 percent said they were unenthusiastic.", "tired")
    assert row["quote"] == "they were tired of the campaign"


def test_speaker_before_an_aside_between_dashes():
    row = one("Some economists — including two of the bank's own governors — warn that growth will slow.", "growth")
    assert row["speaker"] == "economists"


def test_adverb_between_speaker_and_cue():
    assert one("Mr. Reed has long said that he will back the nominee.", "he will back")["speaker"] == "Reed"


def test_progressive_and_gerund_cues():
    assert one("But the senator is suggesting he beat expectations in the state.", "he beat")["speaker"] == "senator"
    rows = quotes_in_text('"He is the best," the governor said, before adding that the race was far from over.')
    assert any(r["quote"] == "the race was far from over" and r["speaker"] == "governor" for r in rows)


def test_according_to_any_source():
    row = one("Clinton leads by 271 pledged delegates, according to a count by the news agency.", "Clinton leads")
    assert row["speaker"] == "count by the news agency"


def test_an_opener_or_a_date_is_never_a_speaker():
    for text in ("Asked said the plan would fail.", "On Sunday accused the mayor of lying about the budget."):
        assert all(r["speaker"] not in ("Asked", "Sunday") for r in quotes_in_text(text))


def test_colon_introduction_without_a_cue():
    row = one('The minister was quick to reply: "We will not accept these terms."', "We will not accept")
    assert row["speaker"] == "minister" and "colon-introduction" in row["rule"]


def test_the_post_refers_back_to_the_person_introduced_with_it():
    text = (
        "Japanese Foreign Minister Fumio Kishida met his counterpart on Monday. Kishida later said the talks had "
        "been useful. The minister said Tokyo would keep up the pressure."
    )
    rows = quotes_in_text(text)
    assert [(r["speaker"], r["speaker_role"], r["speaker_country"]) for r in rows] == [
        ("Fumio Kishida", "Foreign Minister", "Japan"),
        ("Fumio Kishida", "Foreign Minister", "Japan"),
    ]


def test_the_leader_of_a_delegation_speaks_for_its_country():
    text = (
        "The Japanese delegation, led by Vice Minister Makoto Kuroda, arrived on Monday. Kuroda told reporters the "
        "talks would be difficult."
    )
    row = one(text, "the talks")
    assert (row["speaker"], row["speaker_role"], row["speaker_country"]) == ("Makoto Kuroda", "Vice Minister", "Japan")


def test_inverted_attribution_with_an_apposition_takes_the_content_before():
    text = "Even as the race moves north, the race will be tight, said Dan Reed, director of a consultancy."
    row = one(text, "the race will be tight")
    assert row["speaker"] == "Dan Reed" and row["quote"].startswith("Even as the race moves north")


def test_listener_of_told_is_no_content():
    row = one("This is not about me, President Vale told his closest advisers.", "This is not about me")
    assert row["speaker"] == "Vale"


def test_contracted_auxiliary_after_a_pronoun():
    row = one("Reed could help turn out the base in the state, they’ve suggested.", "Reed could help")
    assert row["kind"] == "indirect"


def test_a_cue_word_that_finds_no_speaker_claims_no_content():
    text = "One of the authors of that 2013 report, Ari Fleer, said the nomination will test their conclusions."
    assert one(text, "the nomination will test")["speaker"] == "Ari Fleer"


def test_a_capitalised_auxiliary_is_a_name():
    text = "County Chairman Will Rogers, for example, said the visit would earn the party attention."
    assert one(text, "the visit would")["speaker"] == "Will Rogers"


def test_more_quantities_speak_for_their_group():
    assert one("More than half of respondents said the nation needs more parties.", "the nation")["speaker"] == (
        "More than half of respondents"
    )
    assert one("Sixty-six percent said it made no difference to them.", "no difference")["speaker"] == (
        "Sixty-six percent"
    )
    assert one("Large majorities of dairy farmers said the quota was too low.", "the quota")["speaker"] == (
        "Large majorities of dairy farmers"
    )
    assert one("Eight in 10 exporters said the yen hurt them.", "the yen")["speaker"] == "Eight in 10 exporters"


def test_a_negated_cue_reports_nothing():
    text = "Washington did not complain when the yen rose, a Japanese official said, adding that rules had changed."
    row = one(text, "Washington did not complain")
    assert row["speaker"] == "Japanese official"


def test_a_visiting_minister_speaks_for_the_country_his_lede_defends_not_for_the_dateline():
    text = (
        "NAIROBI, May 4 - Ghana will not devalue the cedi this year, Finance Minister Kwame Osei said.\n\n"
        "Osei said talks with creditors would resume in June.\n\n"
        "The Kenyan economy should open up, Osei added."
    )
    rows = quotes_in_text(text)
    assert [r["speaker_country"] for r in rows] == ["Ghana", "Ghana", "Ghana"]
    assert "country:content-subject" in rows[0]["rule"]


def test_a_lede_that_demands_something_of_a_country_does_not_give_the_speaker_that_country():
    text = "NAIROBI, May 4 - Ghana should devalue the cedi this year, Finance Minister Kwame Osei said."
    assert one(text, "Ghana should")["speaker_country"] == "Kenya"


def test_bare_plural_of_agents_speaks():
    rows = quotes_in_text("If spending does not slow, forecasters say costs will cripple the budget within decades.")
    assert [(r["speaker"], r["quote"]) for r in rows] == [
        ("forecasters", "costs will cripple the budget within decades")
    ]


def test_inverted_speaker_with_a_long_apposition():
    rows = quotes_in_text("The ruling was fair, said Ann Roe, a professor of law at the state university.")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Ann Roe", "The ruling was fair")]


def test_a_poll_shows_a_small_clause_or_a_noun_phrase():
    rows = quotes_in_text("A new poll showed the mayor leading her rival by ten points among likely voters.")
    assert [(r["speaker"], r["quote"], r["cue_class"]) for r in rows] == [
        ("new poll", "the mayor leading her rival by ten points among likely voters", "finding")
    ]


def test_according_to_after_an_opener_and_after_a_long_clause_with_a_cue_word():
    rows = quotes_in_text("Now, according to the latest poll, several states are swinging toward the party.")
    assert [(r["speaker"], r["quote"]) for r in rows] == [
        ("latest poll", "several states are swinging toward the party")
    ]
    text = (
        "In the end, most members of the slate prevailed, and the remaining two delegates pledged to back the "
        "senator, according to Buchanan."
    )
    assert [r["speaker"] for r in quotes_in_text(text)] == ["Buchanan"]


def test_forms_of_speech_verbs_the_table_lacked():
    row = one("The two unions reiterate that the new shift rota breaks the contract.", "the new shift rota")
    assert row["cue"] == "reiterate" and "unions" in row["speaker"]
    row = one("The tenants sued the landlord, alleging that the boiler had been broken since March.", "the boiler")
    assert row["cue"] == "alleging"


def test_listener_between_the_cue_and_the_content():
    row = one("Mayor Ann Vale reminded voters that the bridge had been finished on time.", "the bridge")
    assert row["quote"].startswith("the bridge") and row["speaker"] == "Ann Vale"
    row = one("Vale assured residents the water was safe to drink again.", "the water was safe")
    assert row["quote"].startswith("the water")


def test_plural_agent_noun_is_the_subject_of_a_participle():
    row = one("The tenants visited the landlord, saying that the boiler had been broken since March.", "the boiler")
    assert row["cue"] == "saying" and row["speaker"] == "tenants"


def test_participle_after_an_adverb():
    row = one("Vale toured the plant for an hour, falsely suggesting that the line had been shut down.", "the line")
    assert row["cue"] == "suggesting" and row["quote"].startswith("the line") and row["speaker"] == "Vale"
    row = one("Vale closed the meeting by eventually saying the plant would stay open.", "the plant would")
    assert row["cue"] == "saying"


def test_participle_with_a_listener():
    row = one("Vale opened the hearing, telling the panel that the dam was safe.", "the dam was safe")
    assert row["quote"] == "the dam was safe" and row["speaker"] == "Vale"


def test_attribution_between_commas_inside_the_sentence():
    row = one("If the talks fail, Ms. Vale warned, the union plans to strike at every plant.", "the union plans")
    assert row["quote"].startswith("the union") and row["speaker"] == "Vale"
    assert row["rule"].startswith("found:parenthetical-attribution")
    row = one("The dam will hold through the winter, the engineer warned on Tuesday, unless it rains.", "The dam")
    assert row["quote"] == "The dam will hold through the winter" and row["speaker"] == "engineer"


def test_inverted_speaker_opening_with_an_article_or_title():
    text = "The fund is $2 million short, said a former treasurer of the club, Ann Roe, who ran it for years."
    row = one(text, "The fund is")
    assert row["quote"] == "The fund is $2 million short" and "treasurer" in row["speaker"]
    rows = quotes_in_text("The fund is $2 million short, said former club treasurer Ann Roe, who ran it.")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("The fund is $2 million short", "Ann Roe")]


def test_relative_clause_is_no_parenthetical_attribution():
    assert quotes_in_text("The firm, which declined to comment, sold the rights to the author last year.") == []


def test_subject_with_an_age_or_a_long_parenthesis():
    row = one("Tom Reed, 58, who lives outside the city, says he never voted for the mayor.", "he never voted")
    assert row["speaker"] == "Tom Reed"
    row = one("Ann Vale (a teacher so young she is taken for a pupil) says she loves the job.", "she loves the job")
    assert row["speaker"] == "Ann Vale"


def test_listener_or_clause_after_a_comma_is_no_inverted_speaker():
    row = one("Vale, the mayor for a record nine years, told the council he would resign today.", "he would resign")
    assert row["speaker"] == "Vale"
    row = one("The trust, which pays a high dividend, said the new tax law has limited its choices.", "the new tax")
    assert row["speaker"] == "trust"


def test_thousands_are_no_age_and_a_listener_runs_on_before_of():
    row = one(
        "The two partners, who hold 104,500 preferred shares, said they bought the stake to invest.", "they bought"
    )
    assert row["cue"] == "said"
    row = one("Vale spoke at noon, telling members of the union the plant would stay open.", "the plant would")
    assert row["quote"].startswith("members of the union")
    rows = quotes_in_text("First Federal Savings of Arkansas FA said it agreed to buy the bank for 20 mln dlrs.")
    assert rows[0]["speaker"] == "First Federal Savings of Arkansas FA"


def test_inverted_unnamed_speaker_after_the_content():
    row = one(
        "At one point 300 suits had been filed claiming the pump caused fires, said a company spokesman.", "300 suits"
    )
    assert row["speaker"] == "company spokesman"
    assert quotes_in_text("Vale is the last of the firms that have cut, or posted, prices over the week.") == []


def test_question_of_a_passive_ask_is_reported_without_its_asker():
    rows = quotes_in_text("Asked whether the ferry would run in winter, the harbour master said no plan existed.")
    question = [r for r in rows if r["quote"].startswith("whether the ferry")]
    assert question and question[0]["speaker"] is None and question[0]["cue_class"] == "question"
    assert question[0]["quote"] == "whether the ferry would run in winter"
    answer = one("Asked whether the ferry would run in winter, the harbour master said no plan existed.", "no plan")
    assert answer["speaker"] == "harbour master"


def test_question_names_its_asker_after_by_or_as_subject():
    assert one("The mayor was asked by a caller how the levy would be spent.", "how the levy")["speaker"] == "caller"
    row = one("A reporter asked the coach why the match had been moved to Sunday.", "why the match")
    assert row["speaker"] == "reporter" and row["quote"].startswith("why the match")


def test_a_request_or_a_noun_after_ask_is_no_question():
    assert not [r for r in quotes_in_text("She asked for a recount after the vote.") if r["cue"] == "asked"]
    row = one("The mayor asked the council to delay the vote on the levy.", "delay the vote")
    assert row["kind"] == "indirect" and "found:question" not in row["rule"]


def test_second_attribution_after_a_contrast_ends_the_first_content():
    text = "About four in 10 anglers said the lake was cleaner, while nine in 10 said they wanted the weir removed."
    first, second = one(text, "the lake"), one(text, "the weir")
    assert first["quote"] == "the lake was cleaner" and first["speaker"] == "About four in 10 anglers"
    assert second["speaker"] == "nine in 10" and second["quote"] == "they wanted the weir removed"
    text = "The mayor said the tunnel would open in May, though the engineer said the boring was behind schedule."
    assert one(text, "the tunnel")["quote"] == "the tunnel would open in May"
    assert one(text, "the boring")["speaker"] == "engineer"


def test_a_number_after_a_comma_or_and_is_no_second_speaker():
    row = one("Vale said the fund would help 300,000 people find work and 2,000 firms hire.", "the fund")
    assert row["quote"] == "the fund would help 300,000 people find work and 2,000 firms hire"


def test_finding_of_a_document_whose_head_noun_is_modified():
    row = one("A survey by Vale College and the Roe Foundation found that ferry fares doubled.", "ferry fares")
    assert row["speaker"].startswith("survey by Vale College")
    row = one(
        "The audit sent to the council on Friday showed that the levy raised less than planned.", "the levy raised"
    )
    assert row["speaker"].startswith("audit") and row["quote"] == "the levy raised less than planned"


def test_a_public_body_finds_with_that_but_a_company_or_an_object_does_not():
    row = one("After a long inquiry, the Transport Department found that the ferry had been overloaded.", "overloaded")
    assert row["speaker"] == "Transport Department"
    assert quotes_in_text("The bakery found that demand for rye bread had fallen.") == []
    assert quotes_in_text("Police found the stolen van near the harbour.") == []


def test_according_to_a_named_source_closing_a_sentence_without_a_comma():
    row = one("The mayor leads her rival by 12 points according to a count by the Harbour Gazette.", "12 points")
    assert row["speaker"] == "count by the Harbour Gazette" and row["quote"].startswith("The mayor leads")
    assert quotes_in_text("The harbour works went according to plan.") == []
    assert quotes_in_text("The levy will be spent according to the rules of the fund.") == []


def test_a_short_object_before_a_speech_participle_leaves_the_words_to_the_participle():
    row = one("The mayor attacked the council, saying it had wasted the levy on a bridge.", "wasted the levy")
    assert row["quote"] == "it had wasted the levy on a bridge" and row["speaker"] == "mayor"
    assert row["rule"].startswith("found:participle-clause")


def test_a_participle_of_speech_opening_the_sentence_is_said_by_the_main_clause_subject():
    text = "Noting that the ferry had been late all week, the harbour master said the timetable would change."
    row = one(text, "the ferry had been late")
    assert row["quote"] == "the ferry had been late all week" and row["speaker"] == "harbour master"
    assert row["rule"].startswith("found:opening-participle")
    row = one("But noting the levy was late, Vale said the fund was empty.", "the levy was late")
    assert row["speaker"] == "Vale"


def test_an_opening_participle_of_setting_or_without_a_speaking_subject_is_no_quote():
    assert not [r for r in quotes_in_text("Speaking to reporters in the port, Vale said the fund was empty.")
                if "reporters" in r["quote"]]  # fmt: skip
    assert quotes_in_text("Saying she was tired, Vale left the hall early.") == []


def test_a_relative_clause_speaks_for_the_name_before_it_after_any_verb_or_preposition():
    row = one("They won the backing of former mayor Ann Vale, who said she will campaign for the levy.", "campaign")
    assert row["speaker"] == "Ann Vale" and row["quote"] == "she will campaign for the levy"


def test_a_relative_clause_after_an_inverted_attribution_reports_nothing_before_it():
    rows = quotes_in_text('"We will win," said Ann Vale, who writes about ferries for the Gazette.')
    assert [r["quote"] for r in rows] == ["We will win"]
    text = "Voters may ask whether leaders like Ann Vale, who claimed once that the levy was illegal, can win."
    assert not [r for r in quotes_in_text(text) if r["quote"].startswith("Voters")]


def test_a_floating_quantifier_or_went_on_to_before_the_cue_keeps_the_subject():
    assert one("Vale and Roe both stressed that the ferry levy was fair.", "levy")["speaker"] == "Vale and Roe"
    row = one("Ann Vale went on to explain that the ferry levy was fair.", "levy")
    assert row["speaker"] == "Ann Vale" and row["quote"] == "the ferry levy was fair"
    assert quotes_in_text("Ann Vale went on to win the harbour seat by a wide margin.") == []


def test_a_poll_has_shown_and_an_outcome_showed_report_findings():
    row = one("Every recent county poll has shown the mayor trailing her rival.", "trailing")
    assert row["speaker"] == "recent county poll" and row["quote"] == "the mayor trailing her rival"
    assert one("The outcome showed the mayor had won 49.8 percent.", "49.8")["speaker"] == "outcome"
    assert quotes_in_text("The mayor was shown in a photograph using her phone.") == []


def test_a_person_who_has_shown_or_found_something_does_not_end_the_reported_content():
    text = "Vale said the levy was fair, but she found the timetable too tight for the ferry crews."
    assert (
        one(text, "the levy")["quote"] == "the levy was fair, but she found the timetable too tight for the ferry crews"
    )


def test_content_before_an_inverted_speaker_with_a_long_apposition():
    text = (
        "Higher tolls will not save the ferry line, said David Roe, a professor of transport at Vale College, "
        "who has studied the harbour for two decades and advised three mayors on it."
    )
    row = one(text, "Higher tolls")
    assert row["speaker"] == "David Roe" and row["quote"] == "Higher tolls will not save the ferry line"


def test_a_relative_clause_ends_before_its_antecedents_own_cue():
    text = "Vale, who said the ferry had been checked by the harbour board, said she knew of no delays."
    assert one(text, "the ferry")["quote"] == "the ferry had been checked by the harbour board"
    row = one(text, "no delays")
    assert row["speaker"] == "Vale" and row["quote"] == "she knew of no delays"
    text = "The Gazette, which announced a new edition, said it would cover the ferry race as news."
    assert [r["quote"] for r in quotes_in_text(text)] == ["it would cover the ferry race as news"]


def test_markup_tags_left_in_a_page_are_neither_quotations_nor_cues():
    text = 'The mayor posted on Monday.\n\n<tweet tweet-id="7588" author="@vale">Ferries run late.</tweet>.\n\nCrews agreed.'
    assert not [r for r in quotes_in_text(text) if "7588" in r["quote"] or "@vale" in r["quote"]]
    row = one("<Harbour Ferries Ltd> said it would buy two boats next year.", "two boats")
    assert row["speaker"] == "Harbour Ferries Ltd"


def test_a_speech_participle_after_a_quotations_comma_reports_the_clause_after_it():
    text = 'The mayor scolded Roe for calling himself the "champion of tolls," noting that his plan would raise fares.'
    row = one(text, "raise fares")
    assert row["quote"] == "his plan would raise fares" and row["speaker"] == "mayor"
    text = '"Fares will rise," ruling party deputy Ann Vale said.'
    assert [r["quote"] for r in quotes_in_text(text)] == ["Fares will rise"]


def test_an_opening_participle_phrase_is_not_the_main_clause_subject():
    rows = quotes_in_text(
        "Replying to questions at the port, Vale said the ferry was safe and pointed out its crew was trained."
    )
    assert {r["speaker"] for r in rows} == {"Vale"} and any(r["quote"] == "its crew was trained" for r in rows)


def test_no_cue_inside_an_opening_participle_phrase_but_a_subject_ending_in_ing_speaks():
    rows = quotes_in_text("Commenting on newspaper reports of a fare rise, Vale said the ferry was cheap.")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Vale", "the ferry was cheap")]
    assert one("Banking sources said on Monday, after the auction, that rates would fall.", "rates")["speaker"] == (
        "Banking sources"
    )
    assert (
        one("Beijing has said on Monday, in a statement, that the talks would go on.", "talks")["speaker"] == "Beijing"
    )


def test_an_aside_closed_by_a_comma_before_an_auxiliary_leaves_the_subject():
    row = one("The tyre company, battered by a long strike, has said it expects a profit.", "profit")
    assert row["speaker"] == "tyre company"
    row = one("Several key officials, including the harbour master, have said the ferry is safe.", "ferry")
    assert row["speaker"] == "key officials"


def test_a_name_ending_in_ly_is_no_adverb_before_the_cue():
    from analysis.quotes import quotes_in_text

    rows = quotes_in_text("Money supply rose two pct in February, the Bank of Italy said.", "1987-03-03")
    assert rows[0]["speaker"] == "Bank of Italy" and rows[0]["speaker_country"] == "Italy"
    rows = quotes_in_text("The harvest will be late this year, Ann Donnelly said.", "1987-03-03")
    assert rows[0]["speaker"] == "Ann Donnelly"


def test_quotation_after_the_tail_of_the_quoted_sentence_keeps_its_speaker():
    text = (
        'A spokesman for Borlan Mills Ltd said, "The ruling runs to 90 pages, so we will need weeks to read it" '
        'about what it means for the mill near the river, about 40 miles east of the city. "But we welcome the decision."'
    )
    row = one(text, "But we welcome")
    assert row["speaker"] is not None and "spokesman" in row["speaker"]


def test_a_towns_state_in_commas_is_no_speaker():
    row = one("Larkin Savings and Loan Association of Dover, Del., said it agreed to buy Elm Savings.", "agreed to buy")
    assert row["speaker"].startswith("Larkin Savings")
    row = one("Tom Pelham, a Fresno, Calif., orchard owner, said he bought 5 pct of Brindle Inc.", "he bought")
    assert row["speaker"] == "Tom Pelham"


def test_a_towns_full_state_province_or_country_in_commas_is_no_speaker():
    row = one(
        "A group led by the Marlow family of Austin, Texas, which holds 9 pct of Brindle, said it may buy more.",
        "buy more",
    )
    assert "group" in row["speaker"]
    row = one("Another holder, Dayton, Ohio, investor Ted Vale, has said he may sell his shares.", "sell his")
    assert row["speaker"] == "Ted Vale"
    row = one("Hiro Kogyo Co of Osaka, Japan, said it would close a plant.", "close a plant")
    assert row["speaker"].startswith("Hiro Kogyo")
    row = one("Britain, France and Spain said they would act together.", "act together")
    assert row["speaker"] != "France"


def test_a_town_and_state_in_a_persons_apposition_give_the_country():
    row = one("Ted Vale, a grain dealer from Dayton, Ohio, said he sold 5 pct of Brindle Inc.", "he sold")
    assert row["speaker"] == "Ted Vale" and row["speaker_country"] == "United States"


def test_a_blanked_state_still_ends_a_town_before_an_apposed_post():
    row = one("The deposits will move to Dixie Bank, Lone Pine, Ohio, a Halvard Trust spokesman said.", "deposits")
    assert "spokesman" in row["speaker"]


def test_a_place_ending_the_content_is_no_name_before_an_apposed_post():
    row = one("The deposits will move to Cedar Savings Bank, Ogden, Utah, a Halvard Trust spokesman said.", "deposits")
    assert row["speaker"] == "Halvard Trust spokesman"


def test_the_comma_inside_a_number_is_no_asides_comma():
    row = one("The fund, which holds 1,250,400 Brindle shares, said its partners may sell the stake.", "partners may")
    assert row["speaker"] == "fund"


def test_a_based_description_is_no_name_for_the_company_later():
    text = (
        "Harwell Mining Corp said it found gold near its mine. The Denver-based company, which employs 1,200 people, "
        "said it expects output to rise. Costs rose 5 pct last year, the company said."
    )
    row = one(text, "Costs rose")
    assert row["speaker"] == "Harwell Mining Corp"


def test_a_cue_noun_after_its_article_is_no_cue_after_a_quotation():
    row = one('"Harvests will shrink next year," the report said.', "Harvests will")
    assert row["speaker"] == "report"


def test_the_report_is_the_named_report_before():
    text = (
        'Grain output will fall, the Marlow Institute report said. "Harvests will shrink next year," the report said.'
    )
    row = one(text, "Harvests will")
    assert row["speaker"] == "Marlow Institute report"


def test_an_official_newspaper_named_after_its_description_is_a_body():
    text = "Copper sales rose, the official newspaper La Voz said. It said the mines would reopen."
    row = one(text, "mines would reopen")
    assert row["speaker"] == "La Voz"


def test_a_decline_after_a_month_is_a_noun_no_cue():
    rows = quotes_in_text(
        "The March decline in shipments was first put at 2.0 pct. The sharp decline surprised traders."
    )
    assert rows == []


def test_a_finding_participle_inside_the_subject_is_no_finding():
    text = "Recent polls showing a lead for Ann Vale's party have lifted the shares of builders, brokers said."
    rows = quotes_in_text(text)
    assert [r["speaker"] for r in rows] == ["brokers"]


def test_unnamed_workers_and_residents_are_local_voices():
    rows = quotes_in_text(
        "OSLO, May 2 - Dock workers said the strike would last a week. Residents said the roads were shut."
    )
    assert [r["speaker_country"] for r in rows] == ["Norway", "Norway"]
