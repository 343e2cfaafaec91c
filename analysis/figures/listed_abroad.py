"""A company listed with a bare ticker under a dateline abroad (rule "listed-abroad" of rules.csv).

The wire writes a ticker with no exchange suffix ("<DM>") for a U.S. listing, which Canadian and other foreign firms
have too: "DOME MINES LTD <DM> 4TH QTR NET" under TORONTO is a Canadian firm's report. A story on such a company
filed from a listed place of another country ("TORONTO", "CALGARY, Alberta", "MANILA" is no listed place) takes that
place's country as the company's home, when the headline opens with the company ("DOME MINES LTD <DM>", not
"TELEPANEL TESTING PRICING PRODUCT AT KROGER <KR>") and organisations.csv does not know the company the lede opens with.
"""

from __future__ import annotations

from ..text.organisations import dateline_country, find_organisations, first_ticker

_COMPANY = frozenset({"company"})
_NAME_WORDS = 4  # a company's name opening a headline: "CAMPBELL RED LAKE MINES LTD <CRK>" is the longest kept


def listed_abroad(title: str, lede: str, listing: str, dateline: str | None, day: str) -> str | None:
    """The dateline's country for a company named with a bare ticker (``listing``: that ticker's country) opening
    the headline, when the dateline's listed place is in another country; None otherwise."""
    ticker = first_ticker(title)
    if ticker is None or ticker.group(2) or not dateline or len(title[: ticker.start()].split()) > _NAME_WORDS:
        return None  # "<JARD.HK>": the exchange's suffix names the home; a ticker named later is no subject
    place = dateline_country(dateline, day)  # a listed place's or a written-out country, no capital: London is a hub
    if place is None or place == listing:
        return None
    # "Marriott Corp said": a company organisations.csv places elsewhere keeps its home ("Ford Motor Co of Canada Ltd"
    # under OAKVILLE, Ontario is placed there)
    head = lede[:100].split(" said", 1)[0]
    if any(o.country and o.country != place for o in find_organisations(head, day, _COMPANY)):
        return None
    return place
