"""Speaker countries of companies, their officers, market voices and international bodies (issue 25). Every
sentence here is invented."""

from __future__ import annotations

from analysis.quotes import quotes_in_text

DAY = "1987-03-03"


def _rows(text: str, day: str = DAY) -> list[dict]:
    return quotes_in_text(text, day)


def _one(text: str, day: str = DAY) -> dict:
    rows = _rows(text, day)
    assert rows, text
    return rows[0]


def test_local_voices_take_the_dateline_country():
    row = _one("FRANKFURT, March 3 - Dealers said the mark would stay firm against the dollar this week.")
    assert row["speaker_country"] == "West Germany" and row["rule"].endswith("country:dateline-local")


def test_local_voices_placed_elsewhere_take_that_place():
    row = _one("MANILA, March 3 - New York trade sources said buyers might turn to other suppliers soon.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:place-in-phrase")


def test_diplomatic_sources_speak_for_no_country():
    row = _one("FRANKFURT, March 3 - Diplomatic sources said the talks would resume next week in Vienna.")
    assert row["speaker_country"] is None


def test_company_in_a_city_dateline_takes_the_city_country():
    row = _one("NEW YORK, March 3 - Acme Widget Corp said its first quarter profits would rise sharply.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:company-dateline")


def test_short_name_of_a_company_is_the_company():
    rows = _rows(
        "CHICAGO, March 3 - Acme Widget Corp <AWC> said its sales rose by a fifth in the quarter. Acme said it would "
        "open two plants next year."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_company_described_by_its_nationality():
    rows = _rows(
        "Dutch brewer Hopsma NV reported higher sales. Hopsma said its exports rose by a tenth in the quarter."
    )
    assert rows[-1]["speaker_country"] == "Netherlands" and rows[-1]["rule"].endswith("country:company-described")


def test_company_described_by_its_seat():
    row = _one("Calgary-based Pinecone Energy Ltd said it would sell its pipeline unit to a rival group.")
    assert row["speaker_country"] == "Canada"


def test_central_bank_from_the_organisations_table():
    row = _one("A Bundesbank spokesman said the council would not change interest rates this week.")
    assert row["speaker_country"] == "West Germany" and row["rule"].endswith("country:organisation-table")


def test_international_body_has_no_country_even_with_a_dateline():
    row = _one("SEOUL, March 3 - An IMF official said the loan would be approved by the board this month.")
    assert row["speaker_country"] is None and "dateline" not in row["rule"]


def test_officer_of_a_named_company():
    row = _one("CHICAGO, March 3 - Tilbury Light Co president Ann Marsh said demand for power was weak.")
    assert row["speaker_country"] == "United States" and "country:company-officer" in row["rule"]


def test_officer_with_a_post_only_speaks_for_the_story_company():
    text = (
        "TORONTO, March 3 - Pinecone Inc will pay 40 mln dlrs for a small paper group, chairman Alan Grove told "
        "reporters after the annual meeting."
    )
    row = _one(text)
    assert row["speaker"] == "Alan Grove" and row["speaker_country"] == "Canada"
    assert row["rule"].endswith("country:story-company")


def test_capital_as_a_surname_is_a_person():
    text = "Marketing manager Rosa Madrid said shipments would be late by a week. Madrid said customers had been told."
    rows = _rows(text)
    assert [r["speaker"] for r in rows] == ["Rosa Madrid", "Rosa Madrid"]
    assert all(r["speaker_country"] != "Spain" for r in rows)


def test_company_with_its_seat_in_its_own_phrase():
    row = _one("NEW YORK, March 3 - <Tulpen Holding BV> of Rotterdam said it has licensed its design to a U.S. maker.")
    assert row["speaker_country"] == "Netherlands" and row["rule"].endswith("country:company-described")


def test_a_document_speaks_for_the_dateline_country_unless_an_international_body_is_named():
    row = _one("BAGHDAD, March 3 - A high command communique said warplanes had struck two oil sites at dawn.")
    assert row["speaker_country"] == "Iraq" and row["rule"].endswith("country:dateline-document")
    text = "VIENNA, March 3 - OPEC ministers met on Monday. The statement said output was well below the ceiling."
    assert all(r["speaker_country"] is None for r in _rows(text) if r["speaker"] == "statement")


def test_where_the_speaker_spoke_from():
    row = _one("NEW YORK, March 3 - The offer is fair, oil analyst Ann Roe of Birch Hill Ltd said from Toronto.")
    assert row["speaker_country"] == "Canada" and row["rule"].endswith("country:spoke-from")


def test_short_name_of_a_company_that_starts_with_a_title_word():
    rows = _rows(
        "General Harbour Co said it would bid for the port. General Harbour said the offer would be made in cash."
    )
    assert [r["speaker"] for r in rows] == ["General Harbour Co", "General Harbour"]


def test_a_company_named_by_initials_keeps_them_when_the_sentence_is_cut_after_them():
    rows = _rows("R.T.V. Co said its board approved a plan to buy the rest of the cable network from its partners.")
    assert rows and all(r["speaker"] == "R.T.V. Co" for r in rows)


def test_particle_of_a_surname_capitalised_at_a_sentence_start():
    text = (
        "Harbor Gas Co president Anna van Dorn told shareholders that state rules would raise rates.\n\n"
        "Van Dorn said two rating agencies had cut the company's rating."
    )
    rows = quotes_in_text(text, "1987-04-21", "United States")
    row = next(r for r in rows if "two rating agencies" in r["quote"])
    assert row["speaker_country"] == "United States"


def test_federal_agency_of_the_table_speaks_for_its_country():
    rows = quotes_in_text("The EPA said the rules would require owners of the tanks to monitor them for leaks.")
    assert rows[0]["speaker"] == "EPA" and rows[0]["speaker_country"] == "United States"


def test_apposition_of_an_inverted_speaker_is_remembered():
    text = (
        "The harbour plan will create many jobs, Ann Vale, head of Thailand's Board of Investment, said.\n\n"
        "Vale told reporters the board would approve the plan next month."
    )
    row = next(r for r in quotes_in_text(text) if "the board would approve" in r["quote"])
    assert row["speaker"] == "Ann Vale" and row["speaker_country"] == "Thailand"


def test_apposition_after_an_inverted_speaker_before_the_next_quotation():
    text = (
        '"The notes are a cheap source of funds for banks," said Robert Vale, executive vice president with '
        'Harbor Paper Inc. "They are new."'
    )
    row = quotes_in_text(text, "1987-04-17", "United States")[0]
    assert row["speaker_role"] == "executive vice president with Harbor Paper Inc"
    assert row["speaker_country"] == "United States"


def test_named_person_of_a_company_is_the_speaker():
    text = (
        'The offer "amounts to a debt restructuring," oil analyst Doug Vale of Brown Nisker Ltd said from Toronto.'
        "\n\nVale said the offer is a fair price for the land."
    )
    rows = quotes_in_text(text, "1987-04-17", "United States")
    assert [(r["speaker"], r["speaker_country"]) for r in rows] == [("Doug Vale", "Canada"), ("Doug Vale", "Canada")]


def test_a_multinational_speaks_for_its_unit_in_the_dateline_country():
    text = (
        "TORONTO, March 3 - Mobil Canada Inc said its refineries were running normally.\n"
        "    A Mobil spokesman said the unit bought its own crude and had its own bank lines."
    )
    rows = [r for r in _rows(text) if "its own crude" in r["quote"]]
    assert rows and rows[0]["speaker_country"] == "Canada" and "country:foreign-unit" in rows[0]["rule"]
    text = (
        "ROTTERDAM, March 3 - Traders said oil products were moving as usual.\n"
        "    A Mobil spokesman said the Dutch unit of Mobil paid its suppliers on time."
    )
    rows = [r for r in _rows(text) if "paid its suppliers" in r["quote"]]
    assert rows and rows[0]["speaker_country"] == "Netherlands"


def test_a_multinational_without_a_named_unit_keeps_its_home():
    text = "ROTTERDAM, March 3 - A Mobil spokesman said the company would keep buying Dutch crude."
    assert _one(text)["speaker_country"] == "United States"


def test_a_body_named_chinese_in_a_taipei_story_is_taiwans():
    text = (
        "TAIPEI, March 3 - A spokesman for the Chinese Shipbuilders Guild said the yards would order more U.S. steel."
    )
    row = _one(text)
    assert row["speaker_country"] == "Taiwan" and "country:dateline-body-name" in row["rule"]
    text = '"Rates must fall," said Lin Wen-po, chief economist with the Farmers Savings Bank of China.'
    assert _one("TAIPEI, March 3 - " + text)["speaker_country"] == "Taiwan"


def test_a_body_named_chinese_stays_chinas_elsewhere_or_beside_the_mainland():
    text = "A spokesman for the Chinese Shipbuilders Guild said the yards would order more U.S. steel."
    assert _one("HONG KONG, March 3 - " + text)["speaker_country"] != "Taiwan"
    assert _one("TAIPEI, March 3 - " + text + " Peking has protested.")["speaker_country"] == "China"


def test_an_officer_whose_company_opens_a_second_apposition_takes_its_home():
    text = (
        "CALGARY, March 3 - Prairie Drilling Ltd said it would buy two rigs.\n"
        '    "We expect a better year," said Ann Vale, Prairie Drilling\'s vice president of finance, one of four '
        "officers who signed the offer."
    )
    rows = [r for r in _rows(text) if "better year" in r["quote"]]
    assert rows and rows[0]["speaker"] == "Ann Vale" and rows[0]["speaker_country"] == "Canada"


def test_a_public_figure_speaks_for_the_country_of_the_people_table():
    """Not the country his words are about, nor the one a bare post would suggest ("Foreign Secretary")."""
    row = _one("TOKYO, March 3 - President Reagan said Japan had failed to open its chip market.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:people-table")
    row = _one("Foreign Secretary Joe Clark said on Friday that Ottawa would not retaliate.")
    assert row["speaker_country"] == "Canada"
    # a surname alone is a public figure only while in office
    assert _one("Reagan said he would sell the ranch.", "2015-05-01")["speaker_country"] != "United States"


def test_dateline_with_a_state_in_full_or_without_its_period():
    from analysis.quotes.context import dateline_field_country

    assert dateline_field_country("MAPLEFORD, Vermont, March 3", DAY) == "United States"
    assert dateline_field_country("PINE KEY, Fla, March 3", DAY) == "United States"


def test_dateline_with_a_country_after_the_town():
    from analysis.quotes.context import dateline_field_country

    assert dateline_field_country("SAINT-ROCH, FRANCE, March 3", DAY) == "France"
    assert dateline_field_country("LAKE TOWN, New Zealand, March 3", DAY) == "New Zealand"
    assert dateline_field_country("GENEVA, March 3", DAY) is None


def test_named_official_after_a_lede_official_of_another_post():
    rows = _rows(
        "HARBOUR CITY, Fla, March 3 - Norway plans to open a new options exchange, a senior Norwegian official said.\n\n"
        "Ola Berg, director for capital markets at the Department of Trade, said the exchange would open in May."
    )
    assert rows[-1]["speaker_country"] == "Norway" and rows[-1]["rule"].endswith("country:lede-official")


def test_the_company_without_a_suffixed_name_takes_the_first_company_quoted():
    rows = _rows(
        "DENVER, March 3 - Brightwater Engineering said its orders rose by a third.\n\n"
        "The company said it would hire 40 more workers at its plant."
    )
    assert rows[-1]["speaker_country"] == "United States" and rows[-1]["rule"].endswith("country:company-dateline")


def test_the_airline_is_the_airline_quoted_first_not_the_plane_maker():
    rows = _rows(
        "ZURICH, March 3 - Alpair <ALPR.Z> said it ordered six jets from Skyward Aircraft Corp.\n\n"
        "The airline said the jets would replace its oldest planes."
    )
    assert rows[-1]["speaker_country"] == "Switzerland" and rows[-1]["rule"].endswith("country:story-company")


def test_the_company_is_the_unit_after_its_owners_possessive():
    rows = _rows(
        "NEWARK, March 3 - Tokyo-based Kagemori Ltd's Larkspur Corp introduced a new printer.\n\n"
        "The company said the printer would sell for 400 dlrs."
    )
    assert rows[-1]["speaker_country"] == "United States" and rows[-1]["rule"].endswith("country:story-company")


def test_initials_of_a_company_named_in_full_are_the_company():
    rows = _rows(
        "DENVER, March 3 - Mountain Cable and Telephone Co said it would cut its rates.\n\n"
        "MCT said the cut would take effect in May."
    )
    assert rows[-1]["speaker_country"] == "United States" and rows[-1]["rule"].endswith("country:company-dateline")


def test_initials_take_the_home_of_the_full_name():
    rows = _rows(
        "DENVER, March 3 - Dutch shipper Zeeland Tanker Transport Co said it would buy two tankers.\n\n"
        "ZTT said the tankers would sail under its flag."
    )
    assert rows[-1]["speaker_country"] == "Netherlands" and rows[-1]["rule"].endswith("country:company-described")


def test_limited_partnership_and_bracketed_names_are_companies():
    rows = _rows("DENVER, March 3 - Ridgeway Motels LP said it would sell 12 motels.")
    assert rows[0]["speaker_country"] == "United States"
    rows = _rows("DENVER, March 3 - <Ridgeway Lodging Group> said it would sell 12 motels.")
    assert rows[0]["speaker_country"] == "United States"


def test_a_federal_regulator_by_its_initials():
    row = _one("The SEC said it would ask brokers to report their short positions each week.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:organisation-table")


def test_a_description_opening_with_a_city_or_state():
    rows = _rows(
        "The Senate should pass the tariff bill this spring, said Sen. Tom Vale. The Nebraska Republican said the "
        "bill would protect beef producers. Memphis cotton merchant Ann Ruiz said prices would fall."
    )
    assert [r["speaker_country"] for r in rows[1:]] == ["United States", "United States"]
    assert rows[1]["rule"].endswith("country:opening-place")


def test_a_name_or_list_opening_with_a_place_is_not_placed():
    rows = _rows("Oklahoma and Kansas said they would sue the agency over the rule.")
    assert all(r["speaker_country"] is None for r in rows)


def test_initials_of_two_joined_names():
    rows = _rows(
        "DENVER, March 3 - Fulton and Marsh Corp lowered its rating of the county's bonds.\n\n"
        "F and M said the county's revenues had fallen."
    )
    assert rows[-1]["speaker_country"] == "United States"


def test_nationality_words_the_gazetteer_lacked():
    row = _one("LONDON, March 3 - A senior Nicaraguan official said coffee prices had fallen too far.")
    assert row["speaker_country"] == "Nicaragua"


def test_first_surname_of_a_spanish_name_is_the_person():
    rows = _rows(
        "Peruvian central bank governor Luis Amaro Vela said reserves had risen. Amaro said the bank would buy "
        "more gold."
    )
    assert rows[-1]["speaker"] == "Luis Amaro Vela" and rows[-1]["speaker_country"] == "Peru"


def test_a_title_left_in_the_name_makes_an_official():
    row = _one("QUITO, March 3 - Oil exports rose by a tenth, Treasury Under-secretary Rosa Ibarra said.")
    assert row["speaker_country"] == "Ecuador" and row["rule"].endswith("country:dateline")


def test_a_bodys_own_secretary_is_no_official_of_the_dateline():
    rows = _rows(
        "QUITO, March 3 - Sugar output should rise, according to the group's executive-secretary Ana Rivas Mora."
    )
    assert rows and rows[0]["speaker_country"] is None


def test_initials_the_story_defines_stand_for_the_body():
    rows = _rows(
        "The Securities and Exchange Commission (SEC) will review the rule. The Federal Communications Commission "
        "(FCC) approved it.\n\nFCC Chairman Ann Vale said the rule would lower rates."
    )
    assert rows[-1]["speaker_country"] == "United States" and rows[-1]["rule"].endswith("country:organisation-table")


def test_dateline_in_scotland():
    from analysis.quotes.context import dateline_field_country

    assert dateline_field_country("FALKIRK, Scotland, March 3", DAY) == "United Kingdom"


def test_a_party_tag_after_the_name_is_a_us_legislator():
    rows = _rows(
        "Farm spending must fall, said Tom Okafor, D-Kans., chairman of the panel. Okafor said cuts were likely."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]
    assert rows[0]["rule"].endswith("country:party-tag")


def test_the_bank_is_the_body_named_before():
    rows = _rows(
        "Ghana's Central Bank raised its discount rate on Monday.\n\nThe bank said in a statement that the rise "
        "would curb credit."
    )
    assert rows[-1]["speaker_country"] == "Ghana" and rows[-1]["rule"].endswith("country:body-named-before")


def test_a_bank_named_after_the_phrase_is_not_its_antecedent():
    rows = _rows("The bank, sold last year to Norway's Fjord Bank AS, said profits fell by a tenth in 1986.")
    assert all(r["speaker_country"] != "Norway" for r in rows)


def test_a_commissioner_is_an_official_of_the_dateline():
    row = _one(
        "SINGAPORE, March 3 - Three banks will be allowed to open branches, banking commissioner Tan Wee Lim said."
    )
    assert row["speaker_country"] == "Singapore" and row["rule"].endswith("country:dateline")


def test_the_capitalised_bank_is_the_bank_named_in_the_sentence():
    rows = _rows("OSLO, March 3 - The Bank of Norway sold two billion crowns of bonds at an auction, the Bank said.")
    assert rows[0]["speaker_country"] == "Norway" and rows[0]["rule"].endswith("country:body-named-before")


def test_officials_of_a_development_bank_speak_for_no_country():
    rows = _rows(
        "MIAMI, March 3 - The Inter-American Development Bank will lend more this year.\n\n"
        "IADB officials said the region needed new investment."
    )
    assert rows[-1]["speaker_country"] is None


def test_a_listed_company_with_no_dateline_takes_its_exchange_country():
    rows = _rows("Italy's national railway caterer Treno Spa <TRNO.MI> said its profits rose by a fifth in 1986.")
    assert rows[0]["speaker_country"] == "Italy"
    rows = _rows("Fiorella <FIOR.MI> said its profits rose by a fifth in 1986.")
    assert rows[0]["speaker_country"] == "Italy" and rows[0]["rule"].endswith("country:company-listing")


def test_a_post_after_the_first_mention_gives_the_country():
    rows = _rows(
        '"We are watching prices," said Ruth Ames, USDA deputy administrator for grain.\n\n'
        "Sam Greer of the Iowa Hog Producers Association said herds were smaller."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]
    assert rows[1]["rule"].endswith("country:introduced-post")


def test_a_former_post_after_the_name_gives_no_country():
    rows = _rows("Computer sales will double, said Ugo Ferri, formerly of Italy's Pirelli group.")
    assert rows[0]["speaker_country"] is None


def test_a_post_before_the_name_gives_the_country():
    row = _one("OTTAWA, March 3 - Canada's Minister of State for Trade, Tom Vale, said progress was made on tariffs.")
    assert row["speaker_country"] == "Canada" and row["rule"].endswith("country:introduced-post")


def test_a_post_in_the_government_gives_the_dateline():
    rows = _rows(
        "COLOMBO, March 3 - Rubber output fell by a fifth this year.\n\nT.P. Perera, head of the government's "
        "Rubber Control Department, said 300 hectares were affected. Perera said new trees would be planted."
    )
    assert rows[-1]["speaker_country"] == "Sri Lanka"


def test_an_analyst_of_a_listed_securities_house_speaks_for_its_home():
    row = _one('ZURICH, March 3 - "Demand is strong," said Jan Ek of Goldman Sachs, adding that buyers were small.')
    assert row["speaker_country"] == "United States"


def test_western_or_european_voices_are_not_the_datelines():
    row = _one("PEKING, March 3 - Western bankers said the new bank would lend mainly to foreign firms.")
    assert row["speaker_country"] is None


def test_police_and_arbitrageurs_are_local_voices():
    row = _one("LIMA, March 3 - A bank manager was wounded in an attack on his car, police said.")
    assert row["speaker_country"] == "Peru" and row["rule"].endswith("country:dateline-local")
    row = _one("CHICAGO, March 3 - The offer is too low, one arbitrageur said, and a higher bid could follow soon.")
    assert row["speaker_country"] == "United States"


def test_a_state_or_a_body_named_after_the_name_places_the_person():
    rows = _rows(
        "The Senate should cut spending, said Democrat Ann Kiley of Oregon.\n\nFarm losses will grow, said Bo "
        "Lund, director of research for the Iowa Grain Growers Association."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_a_lower_case_corp_is_a_company_suffix():
    row = _one("DENVER, March 3 - Pinewood Medical corp said it completed the purchase of a rival.")
    assert row["speaker_country"] == "United States"


def test_industries_and_trusts_are_companies():
    row = _one("DENVER, March 3 - Pinecrest Industries said it would close two of its mills this year.")
    assert row["speaker_country"] == "United States"
    row = _one("DENVER, March 3 - Aspen Realty Income Trust said it would pay a dividend of 20 cts a share.")
    assert row["speaker_country"] == "United States"


def test_wall_street_places_its_analysts():
    row = _one("Wall Street analysts said the merger would create the largest bank in New England.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:opening-place")


def test_a_national_body_speaks_for_the_datelines_country():
    row = _one("WASHINGTON, March 3 - The National Association of Home Painters said its members' sales rose.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:national-body")
    row = _one("GENEVA, March 3 - The International Federal Council of Growers said prices would fall this year.")
    assert row["speaker_country"] is None


def test_a_lower_case_co_is_a_company_suffix():
    row = _one("DENVER, March 3 - Granite Chemical co said it expects higher earnings this year.")
    assert row["speaker_country"] == "United States"


def test_a_person_after_a_companys_possessive_speaks_for_it():
    rows = _rows(
        "DENVER, March 3 - Alder Mining Corp said output rose by a fifth.\n\n"
        "Alder's Petersen said the new mine would open in May."
    )
    assert rows[-1]["speaker_country"] == "United States" and "country:possessive-company" in rows[-1]["rule"]


def test_a_particle_joins_a_name():
    row = _one("PRETORIA, March 3 - Debt repayments will start in July, Finance Minister Piet du Toit said.")
    assert row["speaker"] == "Piet du Toit" and row["speaker_country"] == "South Africa"


def test_a_country_before_a_bodys_name_and_a_title_is_remembered():
    rows = _rows(
        "LONDON, March 3 - U.S. Senate Banking Committee Chairman Tom Reyes said a tax rise was likely. "
        "Reyes said the vote would come in May."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_a_savings_bank_is_a_company():
    rows = _rows(
        "DENVER, March 3 - Aspen Savings Bank said its members approved its conversion to a stock bank.\n\n"
        "Aspen said the offering would raise 20 mln dlrs."
    )
    assert [r["speaker_country"] for r in rows] == ["United States", "United States"]


def test_a_reserve_bank_named_without_its_country_is_the_datelines():
    rows = _rows(
        "WELLINGTON, March 3 - The Reserve Bank said it would cancel its weekly bill tender.\n\n"
        "The Bank said markets held enough cash."
    )
    assert [r["speaker_country"] for r in rows] == ["New Zealand", "New Zealand"]


def test_company_named_with_laboratories_is_a_company():
    row = _one("BOSTON, March 3 - Zentrix Laboratories said its new test for the virus had passed its first trials.")
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:company-dateline")


def test_dateline_city_with_a_state_is_in_that_state():
    from analysis.quotes.context import dateline_field_country

    assert dateline_field_country("BIRMINGHAM, Ala., March 3", DAY) == "United States"
    assert dateline_field_country("MANCHESTER, N.H., March 3", DAY) == "United States"
    assert dateline_field_country("BIRMINGHAM, March 3", DAY) == "United Kingdom"


def test_the_bank_refers_to_the_bank_holding_company_quoted_first():
    rows = _rows(
        "DALLAS, March 3 - Plainview Bancshares Inc said its holders approved the merger. The bank said the "
        "combined group would have assets of about nine billion dlrs."
    )
    assert rows[-1]["speaker"] == "bank" and rows[-1]["speaker_country"] == "United States"
    assert rows[-1]["rule"].endswith("country:story-bank")


def test_named_organisation_of_no_stated_country_takes_the_dateline():
    text = "The TVB said the utility board would raise its rates by six pct from next month."
    row = quotes_in_text(text, DAY, "United States")[0]  # the dateline "NASHVILLE, Tenn." read by the loader
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:named-org-dateline")


def test_body_of_many_nations_takes_no_dateline():
    text = "The Organisation for Trade Cooperation and Development said growth would slow next year."
    row = quotes_in_text(text, DAY, "France")[0]
    assert row["speaker_country"] is None


def test_an_organisation_named_alone_keeps_the_country_the_story_names_it_with():
    text = (
        "TOKYO, April 27 - A visiting U.S. Mint official told reporters sales were strong.\n"
        "    Sales rose 20 pct last year, the Mint said in a statement."
    )
    mint = [r for r in _rows(text) if r["speaker"] == "Mint"]
    assert [r["speaker_country"] for r in mint] == ["United States"]
    assert mint[0]["rule"].endswith("country:named-with-country")


def test_a_body_named_after_its_description_is_a_body_met_again_by_its_pronoun():
    text = (
        "Car output will fall 10 pct in the third quarter, the trade paper Motor Weekly said.\n"
        "    It said two makers had already cut their plans."
    )
    rows = quotes_in_text(text, DAY, "United States")
    assert [r["speaker"] for r in rows] == ["Motor Weekly", "Motor Weekly"]
    assert rows[0]["speaker_country"] == "United States" and rows[0]["rule"].endswith("country:named-org-dateline")
    # a person's post among the words before the name keeps a person
    banker = _one("Bank first vice-president Janos Roe said the forint would be devalued by eight pct.")
    assert banker["speaker"] == "Janos Roe"


def test_a_dateline_city_of_the_places_table():
    from analysis.quotes.context import dateline_field_country

    assert dateline_field_country("PROVIDENCE, March 20") == "United States"
    assert dateline_field_country("EINDHOVEN, Netherlands, March 20") == "Netherlands"


def test_a_managing_director_in_apposition_and_a_surname_with_two_particles():
    text = (
        "ROTTERDAM, April 3 - Pieter van der Weg, managing director of Graan Haven, said the terminal was shut.\n"
        "    Van der Weg said talks would resume on Monday."
    )
    rows = quotes_in_text(text, DAY, "Netherlands")
    assert [r["speaker"] for r in rows] == ["Pieter van der Weg", "Pieter van der Weg"]
    assert rows[0]["speaker_role"].startswith("managing director") and rows[1]["speaker_country"] == "Netherlands"
    aside = _one("John Roe, speaking on condition of anonymity, said the terminal was shut.")
    assert aside["speaker_role"] is None  # a participle clause is no post


def test_a_development_bank_of_many_nations_speaks_for_none():
    text = "ISTANBUL, March 26 - The Islamic Development Bank approved 12 mln dlrs of loans, a bank statement said."
    assert quotes_in_text(text, DAY, "Turkey")[0]["speaker_country"] is None
    row = _one("JOHANNESBURG, April 2 - Anglo American spokesman John Kay said the shaft had reopened.")
    assert row["speaker_country"] == "South Africa"


def test_a_body_quoted_by_its_full_name_is_met_again_by_its_first_word():
    text = (
        "PROVIDENCE, March 20 - Fleet Financial Group said it might have to sell its unit.\n"
        "    Fleet said it will seek to have the law amended."
    )
    rows = quotes_in_text(text, DAY, "United States")
    assert [r["speaker"] for r in rows] == ["Fleet Financial Group", "Fleet Financial Group"]
    assert rows[1]["speaker_country"] == "United States"
    # a person of that name met before is the person
    person = "Bank chairman John Fleet said rates would fall.\n    The Fleet Financial Group said it agreed.\n    Fleet said more."
    assert quotes_in_text(person, DAY)[-1]["speaker"] == "John Fleet"


def test_a_participle_aside_with_a_place_between_speaker_and_cue():
    text = "A Boeing spokesman, contacted by telephone in Seattle, Washington, told Reuters there was no comment."
    row = _one(text)
    assert row["speaker"] == "Boeing spokesman" and row["speaker_country"] == "United States"


def test_an_unnamed_post_takes_the_country_of_its_apposition_and_a_body_named_with_the_post():
    text = (
        "TOKYO, April 5 - The team investigator, a Japanese Transport Ministry official who declined to be "
        "identified, said the repairs were faulty.\n"
        "    A Boeing spokesman said there was no comment.\n"
        "    The Ministry official said the report would be released in May."
    )
    rows = quotes_in_text(text, DAY, "Japan")
    assert rows[0]["speaker_country"] == "Japan" and rows[0]["rule"].endswith("country:apposition")
    assert rows[-1]["speaker_country"] == "Japan"  # the Ministry's official, not the Boeing spokesman met last


def test_a_relative_clause_after_an_apposition_keeps_the_person():
    text = "Peter Kay, head of the bank's legal department, which had argued for a lower limit, said the new limit would hold."
    row = next(r for r in _rows(text) if r["quote"].startswith("the new limit"))
    assert row["speaker"] == "Peter Kay" and row["speaker_role"].startswith("head of the bank")
    group = "In a filing, the Acme group, which includes two funds, said it held 5 pct of the shares."
    assert _one(group)["speaker"] != "filing"  # the body before the relative clause, not the opener


def test_as_before_a_speaker_is_no_part_of_it_and_as_reported_is_no_speaker():
    row = _one("As Baker said last week, the dollar has fallen enough against the yen.")
    assert row["speaker"] == "Baker"
    rows = _rows("As previously reported, the board approved the contract last month.")
    assert not any(r["speaker"] == "As" for r in rows)


def test_countries_listed_with_names_of_two_words_speak():
    row = _one("Japan and South Korea said they would hold talks on the trade imbalance next month.")
    assert row["speaker"] == "Japan and South Korea" and row["speaker_role"] is None
    body = _one("The Ministry of International Trade and Industry said exports would fall in the coming year.")
    assert body["speaker_role"] is not None or body["speaker"].startswith("Ministry")  # a body's name, no list


def test_an_officer_takes_the_home_of_the_ticker_marked_company_the_lede_opens_with():
    rows = _rows(
        "Alpair <ALPR.Z> said its order for jets from Skyward Aircraft Corp <SKY> was worth 90 mln francs.\n\n"
        "President John Roe told a news conference the engines were not yet chosen."
    )
    assert rows[-1]["speaker_country"] == "Switzerland" and rows[-1]["rule"].endswith("country:story-company")


def test_a_person_introduced_with_a_local_bodys_initials_takes_the_dateline_country():
    rows = _rows(
        "WARSAW, March 3 - The officially-backed ABCU unions warned that the price rises could bring strikes.\n\n"
        'ABCU economic expert Piotr Rolski welcomed the move. "This cut was large," Rolski told Reuters.'
    )
    assert rows[-1]["speaker_country"] == "Poland" and rows[-1]["rule"].endswith("country:named-body-officer")


def test_an_officer_of_initials_in_the_speaker_phrase_takes_the_dateline_country():
    row = _one('CHICAGO, March 3 - "Options are a logical step for us," said QXME Chairman Walter Pryce.')
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:named-body-officer")


def test_a_town_and_state_before_a_persons_post_give_the_country():
    row = _one("A shareholder group led by Sparta, N.J., investor Helen Marsh said it bought 5 pct of Brindle Inc.")
    # the group speaks ("it bought"), with the country of the town and state its phrase names
    assert row["speaker_country"] == "United States" and row["rule"].endswith("country:town-state")


def test_firms_joined_in_the_subject_share_their_one_home():
    rows = _rows(
        "TORONTO, March 3 - Harwell Mines Ltd and Dunmore Resources Ltd plan a new gold mine.\n\n"
        "Harwell and Dunmore said the mine would open in 1989."
    )
    assert rows[-1]["speaker_country"] == "Canada" and rows[-1]["rule"].endswith("country:joint-firms")
