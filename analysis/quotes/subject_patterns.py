"""The patterns the speaker finder (subjects.py) reads with: phrases around a cue, asides, appositions, time
phrases before a subject. Compiled once: these run for every cue or speaker phrase."""

from __future__ import annotations

import re

from ..text.words import MONTHS, WEEKDAYS

WITH_PHRASE = re.compile(r"(?<![\w-])with\s+([^,|]{1,80}?)\s*$")
QUOTED_AS = re.compile(r"(?<![\w-])(?:(was|were|is|are|been|being)\s+)?quoted\s+(.{0,120}?)\s*(?:\bas\s*)?$")
APPOSITION_NAME = re.compile(
    r"(?:\s+(?:of|for|at|in|on)\s+[^,|]{1,40}?)?,\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s"
)
NAME_AT_END = re.compile(r"(?<![\w’'-])(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*$")  # two to four capitalised words
CALENDAR_WORDS = "|".join(WEEKDAYS + MONTHS)
BARE_CALENDAR = "|".join(w for w in WEEKDAYS + MONTHS if w != "May")  # "May Department Stores said": a name
# a time phrase opening the clause without a comma: "Last year the minister said", "In January he said"
TIME_OPENER = re.compile(
    rf"(?:(?:[Ii]n|[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+(?:(?:the|early|late|mid-?)\s+)?"
    rf"(?:{CALENDAR_WORDS}|year|week|month|weekend|morning|afternoon|evening|night|19\d\d|20\d\d)"
    rf"|(?:{BARE_CALENDAR})"
    # "A few minutes later the organizers said", "Two days ago the ministry said", "Hours later he said"
    r"|(?:(?:[Aa](?:\s+few)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|\d{1,2})\s+(?:minute|hour|day|week|month|year)s?"
    r"|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+(?:later|earlier|ago)"
    rf")(?:\s+(?:night|morning|afternoon|evening))?(?:\s+\d{{1,4}},?){{0,2}}\s+(?=[A-Za-z])"
)
# a participle or relative aside after the subject that ends in a quotation: ', who called the plan "a disaster,"'
QUOTED_ASIDE = re.compile(r",\s+(?:[a-z]+ing|who\s+[a-z]+)\b[^,|]{0,60}\|+$")
RELATIVE_HOST = re.compile(r"(?:^|\s)(?:by|with|to|from|for|and|met|as|including)\s+")
STOP_AFTER_SPEAKER = re.compile(
    r"\s(?:on|in|at|after|during|when|while|as|who|which|to|before|last|this|earlier|later|"
    r"told|said|says|adding|saying|that)\s"
)

# compiled once: these run for every cue or speaker phrase
UPTO_CLAUSE_MARK = re.compile(r"\s*([^,;:|()!?]*)")
# to the end, or a quotation after it; a second apposition may follow (", one of six units.")
APPOSITION_AFTER = re.compile(r"\s*,\s*([^,;:|()!?]+?)\s*(?:,\s*[^,;:|()!?]+?)?\s*[.,]?\s*(?:$|(?=\|))")
# "Control Data's vice president of ...": a post of a named company or body, the name before its post
POSSESSIVE_POST = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+[a-z]")
WORKPLACE = re.compile(r"\s(?:in|at|from|based)\s")
# adverbs before a second verb of the subject ("and reportedly argued", "and later said"), not "but first reports said"
LY_ADVERBS = re.compile(r"(?:\s*,?\s+(?:[a-z]+ly|also|later|then|again|since|subsequently))+\s*")
INVERTED_END = re.compile(r"\s*(?:[.|]|$|,\s+(?:[A-Z]|(?:a|an|the|who|whose)\s))")
LISTENER_CUES = frozenset({"tell", "remind", "assure"})  # "told the Senate": a listener, not the speaker
# an age or a long parenthesis that ends the subject: "Tom Reed, 58(, who ...)", "Ann Vale (a Democrat from ...)"
AGE_OR_ASIDE_END = re.compile(r"(?<=[A-Za-z.])(?:(,\s+\d{1,3})|\s*\([^()|]*\))$")
# what may open the speaker of an inverted cue: a capital, an article or a lower-case title before a name
# ("..., said Ann Roe", "..., said a former spokesman for ...", "..., said former Ohio governor Ed Vale")
INVERTED_SPEAKER = re.compile(r"\s+(?:[A-Z]|(?:a|an|the|another|one|former|then)\s)")
# a bare lower-case post before the name: "..., says political scientist Ann Roe", "..., said economist Ed Vale"
INVERTED_POST = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+[A-Z]")
# a group of people by their post after the cue: "..., said analysts", "..., said several observers", "..., say
# some Republicans" (a party's members are capitalised)
INVERTED_GROUP = re.compile(r"\s+(?:(?:several|some|many|most|other|two|three|four|five|six)\s+)?([A-Za-z][\w-]*)\b")
UPTO_PUNCT = re.compile(r"[^,;:|()]*")
POSSESSIVE_LEAD = re.compile(r"(?:Its|Their|its|their)\s")
# "he’s said": after he or she the "'s" is "has" (a possessive follows a noun)
CONTRACTED_AUX = re.compile(r"(?i:\b(?:i|we|you|they|he|she|it))([’'](?:ve|d|ll))$|(?i:\b(?:he|she))([’']s)$")
OBJECT_RELATIVE = re.compile(r"(?<![\w-])(?:which|who|whom)\s+([^,;:|()]{1,50}?)\s*$")
CLOSING_DASH = re.compile(r"\s(?:—|–|-)$")
SHARE = re.compile(r"\d{1,2}(?:\.\d)?\s*(?:%|percent|per\s+cent|pct)")
PARTY_TAG = re.compile(r"[DRI]-[A-Z]")  # "D-Kan": a lawmaker's party and state, not his name
# the one a cause leads to speak, before an infinitive cue: "the timing led Republicans to say ...", "leaving many to
# wonder whether ...", "prompted the mayor to warn ..."
CAUSED_SPEAKER = re.compile(
    r"(?<![\w-])(?:led|leads|leading|left|leaves|leaving|prompted|prompts|prompting|caused|causes|causing|forced|forces|"
    r"forcing|moved|inspired)\s+([^,;:|()]{1,60}?)\s+to\s+$"
)
PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")  # a verb inside what should be a noun phrase
# a poll's finding: "Democratic voters are slightly more likely to say ...": the subject before the verb speaks
LIKELY_TO = re.compile(
    r"\s+(?:are|is|were|was|be|been|seem|seemed|appear|appeared)\s+(?:[a-z]+\s+)?(?:more|less|most|least)\s+likely\s+"
    r"to\s+$"
)
