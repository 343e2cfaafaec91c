"""The patterns reported.py reads a cue's surroundings with (compiled once: they run for every cue)."""

from __future__ import annotations

import re

from ..text.words import RELATIVE_WORDS
from .clauses import PARTICIPLE_ADVERB

# a clause or a subordinate clause opens here: no word of a listener ("told his advisers as he ...")
CLAUSE_START = (
    r"(?:the|a|an|that|he|she|it|they|we|i|this|there|as|when|while|because|since|until|if|his|her|its|their|our)\b"
)
# a preposition ends the listener ("told the Senate in a letter": "in a letter" is the setting); "of" does not
LISTENER_END = r"(?:in|on|at|during|by|with|after|before|via|through|over)\b"
LISTENER = re.compile(
    rf"\s+(?:(?:a|an|the|his|her|their|its)\s+(?:(?!{CLAUSE_START}|{LISTENER_END})[\w.’'-]+\s+){{0,3}}"
    rf"(?!{CLAUSE_START}|{LISTENER_END})[\w.’'-]+"
    r"|[\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*)(?=[\s,.;:]|$)"
)

# the participle's phrase up to its closing comma and the next word: "Roe, speaking in Ohio, said ..." (an aside)
ASIDE_TO_COMMA = re.compile(r"[^,|;:.!?\"“”]{1,80},\s+([a-z]+)\b")
# the colon after a cue and its listener ("told reporters: The plan will not change"): the content follows it
CUE_COLON = re.compile(r"\s*:\s+(?=\S)")
# compiled once: these run for every cue or speaker phrase
COMMA_END = re.compile(r",\s*$")
UPTO_COMMA = re.compile(r"[^,]*,\s*")
OPT_THAT = re.compile(r"\s*(?:that\s+)?")
# a noun object and the writer's relative clause about it, to the unit's end with no comma after it ("blamed Acme
# Corp, which bought the firm in 1985."): group 1 is the object
OBJECT_THEN_RELATIVE = re.compile(r"\s*([^,;:|]{2,80}?),\s+(?:which|who|whose)\s[^,;:|]*$")
OWN_CLAUSE_END = re.compile(r",\s+(?:and|but|although|though|while)\s")
SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
COMMA_GERUND = re.compile(r"\s*,\s*[a-z]+ing\s")
# "..., the agency reported on Tuesday -- a blow to ...": a dash after the cue opens the writer's aside (not one closed
# by a second dash: "announced -- at the meeting -- a new plan")
DASH_AFTER_CUE = re.compile(r"\s*(?:--|—|–)(?![^-—–|]*(?:--|—|–))")
COMMA_OR_QUOTE_END = re.compile(r"[,|]\s*$")
COORDINATED = re.compile(r",\s+(?:and|but)\s+(?!that\b|to\b|also\b)")
HEAD_PHRASE = re.compile(r"\s*([^,;:|()]+)")
# "said an official who was briefed ...": the speaker's head ends before its relative clause (a head with no preposition
# in it: "said the number of people who have ... jumped" is content)
WHO_AFTER_HEAD = re.compile(r"^(?:(?!\b(?:of|in|at|for|from|with|on|by|to)\b)[^,])+?(?=\s(?:who|whose)\s)")
# "declined to comment", "asked not to be (further) identified", "asked that he not be named"
WITHHELD = re.compile(
    r"\s*(?:(?:not\s+)?to\s+(?:be\s+)?(?:further\s+)?|(?:on\s+condition\s+)?(?:that\s+)?(?:he|she|they|it)\s+not\s+be\s+)(\w+)"
)
TO_HAVE_BE = re.compile(r"\s*to\s+(?:have|be)\s")
WORD_CHAR = re.compile(r"\w")
TO_NEXT = re.compile(r"\s*to\s")
# "..., Roe said in a letter to the council.": a listener after the setting, not "said to be"
TO_LISTENER = re.compile(r"\s*to\s+(?:(?:the|a|an|his|her|its|their|our|reporters)\b|[A-Z])")
ASKED = re.compile(r"\s*Asked\b")
AND_BUT = re.compile(r"\s*,?\s*(?:and|but)\s+(?!that\b|also\b|then\b)")
COMMA = re.compile(r"\s*,\s*")
CLAUSE_COMMA = re.compile(r",\s")
# ", said Ann Roe, a professor ...", ", said Ann Roe, who ...": an inverted name and its apposition or relative clause
NAME_APPOSITION = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+(?:a|an|the|who|whose)\s")
# "..., as the Herald (has) reported": the subject of an "as" clause that ends right before the cue
AS_SUBJECT = re.compile(r",\s+as\s+(?!(?:well|much|many|long|soon|far|if|though)\b)([^,|;:()]{1,60}?)\s*$")
# what stands between the subject and its cue: "as Roe has (often) said", "as the Herald first reported"
AS_VERB_LEAD = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|often|sometimes|first|already|once|repeatedly|[a-z]+ly))+$"
)
# ", said Ann Roe, executive director of X, whose ...", ", said a former aide to X, Ann Roe, who ...": an inverted
# name, its post and a relative clause to the end (not ", said Ann Roe, a director, has been named ...")
INVERTED_TAIL = re.compile(
    r"\s*(?:(?:a|an|the)\s+[^,|]{1,80},\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+"
    r"(?:[a-z]+ing\s[^|]*|(?P<post>[a-z][\w-]*\b[^,|]*)(?:,\s+(?:who|whose|which)\b[^|]*)?)$"  # ", said Roe, citing ..."
)
# "issued a statement", "released a brief written statement": a verb of publication and its document, before a participle
ISSUED_DOCUMENT = re.compile(r"\b([a-z]+)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z-]+)\s*$")
# "a new poll showing", "recent Gallup polls showing", "the ledgers finding": a document noun phrase right before
# a participle (from its determiner with up to two modifiers, none an -ed verb, or the noun with names before it)
DOCUMENT_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|new|recent|latest)\s+(?:(?![a-z]+ed\s)[\w’'-]+\s+){0,2}?"
    r"|\b(?:[A-Z][\w’'-]*\s+){0,3})(?P<noun>[a-z]+)\s+$"
)
# where a document participle's content ends: the comma or dash before the main clause
DOCUMENT_CONTENT_END = re.compile(r",\s|\s[—–-]\s|;")
SOURCE_HEAD_END = re.compile(r"\s(?:by|from|of|at|for|in)\s")
OBJECT = r"((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)"
OBJECT_AFTER = {
    "of": re.compile(r"\s+" + OBJECT + r"\s+of\s+(?=[a-z])"),
    "on-to": re.compile(r"\s+(?:on|upon)\s+" + OBJECT + r"\s+to\s+(?=[a-z])"),
    "to": re.compile(r"\s+" + OBJECT + r"\s+to\s+(?=[a-z])"),
}
# verbs whose listener stands between the cue and the content: "told reporters ...", "reminded voters that ..."

OBJECT_PRONOUNS = ("them", "him", "her", "us", "it", "each", "everyone", "both")
SETTING_CONJUNCTIONS = ("when", "while", "as", "but", "and", "or", "although", "though", "whereas")
LEAD_CONNECTIVE = re.compile(r"\s*(?:However|But|And|Still|Yet|Also|Meanwhile|Moreover|Indeed),\s*")
BARE_CONNECTIVE = re.compile(r"\s*(?:But|And|Yet|So)\s*")  # a sentence-opening conjunction without a comma
# ", Roe warned(, on Tuesday), the union ...": the comma that closes an attribution inside a sentence
PAREN_CLOSE = re.compile(r"((?:\s+[^\s,|]+){0,4}?)\s*,\s+(?!(?:and|but|who|which|whose|that)\b|[a-z]+ing\b)(?=[\w$])")
NO_SUBJECT = RELATIVE_WORDS | {"and", "or", "but", "nor"}  # "X, which ...," / "have cut, or posted, prices"
SUBORDINATORS = frozenset(
    "if when although though while because unless as since after before once until whether".split()
)
# subordinators that are never prepositions: "And if ..., he said, ..." (not "But until then ..., he said, ...")
CLAUSE_SUBORDINATORS = frozenset("if when although though while because unless once whether".split())
# "said that, when it reopens, it will ...": a subordinate clause in commas right after the "that"
THAT_AFTER = re.compile(
    r"\s*,?\s*that(?!\s+(?:is|was|has|had|will|would|could|can|may|might|must|should|does|did|seems|means)\s)"
    r"(?:\s+|\s*,\s+(?=(?:" + "|".join(SUBORDINATORS) + r")\s[^,|]{1,60},))"
)  # not "said that is wrong": there "that" is the subject of the content
SPEAKER_COMMA = re.compile(r",\s+")  # the comma that may close an inverted speaker and its apposition
SETTING_WORDS = frozenset("later earlier recently last this today yesterday late early again also".split())
COORDINATION = re.compile(r",\s*(?:(?:and|but|while|whereas|though|although|as)\s+)?|\s(?:and|but)\s+")
# a share of people as the subject of a second attribution: "..., while nine in 10 said ...", "and 30 percent said"
QUANTITY_SUBJECT = re.compile(
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|three-quarters|two-thirds|a third|a quarter|"
    r"about|nearly|almost|roughly|more than|fewer than|less than|at least|only)\b)",
    re.I,
)
# "..., pointing to his record and saying ...": "and" joins a speech participle to a participle after a comma
COORDINATED_PARTICIPLE = re.compile(
    rf",\s+(?:{PARTICIPLE_ADVERB}\s+)?[a-z]{{3,}}ing\b[^;.:]{{0,160}}?\s(?:and|but)\s+(?:also\s+)?$"
)
# "saying A and calling B": a second participle joined by "and" (its cue class is checked where it is used)
AND_PARTICIPLE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?([a-z]{3,}ing)\b")
# "..., Finance Minister Ann Roe was quoted as saying.": a closing passive attribution, its content before the comma
QUOTED_AS_CLOSING = re.compile(r",\s+[^,|;:]{1,80}?\s(?:was|were|has\s+been|have\s+been)\s+quoted\s+as\s+$")
