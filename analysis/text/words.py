"""Closed word classes of English that both extractors use: determiners, pronouns, auxiliaries,
prepositions, hedges, calendar names.

These are grammar, not vocabulary: they do not grow with the corpus, so they live here as constants
rather than in a rule table. Vocabulary a user may want to extend (cue verbs, titles, country
aliases, units, metric nouns) lives in the tables under ``analysis/data/``.
"""

from __future__ import annotations

import re

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "one", "two",
     "three", "several", "many", "other", "another", "both", "all", "any", "each", "every", "such"}
)  # fmt: skip
POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our"})

# subject pronoun -> what it can refer to
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
# object pronoun -> its subject form ("quoted him as saying" -> "he")
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}

AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
     "had", "does", "did", "do", "be", "been", "being", "shall", "won't", "can't", "cannot", "isn't", "wasn't",
     "aren't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't"}
)  # fmt: skip
# Irregular past tenses that are no noun or adjective too ("rose" and "fell" are verbs here; not "won", "left",
# "cut", "set", "put": a currency, a side, a noun or a present tense; nor "led", "made", "held", most often participles:
# "a group led by"): a finite verb in reported content
# irregular past forms of verbs of speech: never a noun nor an adjective, so "Moody's said" has a subject in 's
SPEECH_PAST = frozenset({"said", "told", "wrote"})
IRREGULAR_PAST = frozenset(
    {"began", "became", "brought", "bought", "came", "drew", "fell", "felt", "found", "gave", "got", "grew",
     "kept", "knew", "lost", "meant", "met", "paid", "rose", "saw", "sent", "sold", "spent", "stood",
     "struck", "took", "thought", "understood", "went", "wrote", "sank", "shrank", "slid", "sought", "spoke", "swung",
     "threw", "withdrew", "undertook", "overtook", "broke", "chose", "drove", "flew", "forgot", "froze", "shook",
     "taught", "dealt", "fled", "fought", "sped", "swept", "forgave", "arose", "stole", "hid", "ran", "sat"}
)  # fmt: skip
# before a cue verb they make it passive or infinitive: "was told to", "is said to", "to say"
PASSIVE_MARKERS = frozenset({"is", "are", "was", "were", "be", "been", "being", "to"})

PREPOSITIONS = frozenset(
    {"at", "of", "for", "from", "in", "with", "on", "by", "to", "about", "against", "over", "under", "into",
     "between", "among", "after", "before", "during"}
)  # fmt: skip
# after these a country is the topic of a phrase, not whom the speaker speaks for ("an envoy to Japan")
TOPIC_PREPOSITIONS = frozenset({"for", "about", "on", "against", "with", "to", "into", "over", "between", "among"})
# lower-case words inside proper names ("Bank of Japan", "Ali bin Hussein")
NAME_JOINERS = frozenset(
    {
        "of",
        "for",
        "and",
        "de",
        "la",
        "le",
        "van",
        "von",
        "der",
        "bin",
        "al",
        "the",
        "&",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "das",
    }
)

# participles that open an aside between a speaker and the cue ("A Boeing spokesman, contacted by telephone in
# Seattle, Washington, told Reuters"): the subject stands before the aside
ASIDE_PARTICIPLES = frozenset(
    {
        "contacted",
        "reached",
        "interviewed",
        "asked",
        "quoted",
        "speaking",
        "writing",
        "commenting",
        "received",
        "monitored",
    }
)

# words that open a sentence before its subject without being part of it ("But Keating said")
SENTENCE_OPENERS = frozenset(
    {"but", "and", "however", "yet", "so", "also", "meanwhile", "earlier", "later", "separately", "still", "now",
     "then", "instead", "moreover", "furthermore", "finally", "indeed", "thus", "too", "nonetheless",
     "nevertheless", "elsewhere", "today", "yesterday", "although", "though", "while", "whereas", "because",
     "since", "when", "if"}
)  # fmt: skip

# words that hedge a number ("about 5 pct", "more than $2 billion"), longest first
HEDGES = (
    "as much as", "no more than", "no less than", "more than", "less than", "at least", "at most", "up to", "approximately", "roughly", "around",
    "almost", "nearly", "about", "some", "over", "only", "just", "between",
)  # fmt: skip

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
CALENDAR = frozenset(WEEKDAYS + MONTHS + MONTH_ABBREVIATIONS)

# capitalised words that open an adverbial before a sentence's subject ("On Friday, ...", "Asked about X, ...")
ADVERBIAL_OPENERS = (
    "On", "In", "At", "After", "Before", "During", "Last", "Earlier", "Later", "Since", "Until", "By", "For", "Over",
    "Under", "With", "Without", "Despite", "Meanwhile", "However", "But", "And", "Also", "Still", "Yet", "Separately",
    "Elsewhere", "Then", "Now", "Today", "Yesterday", "Asked", "Speaking", "Following", "Amid", "Unlike", "Like",
)  # fmt: skip
# connectives among them: what follows one up to a comma may be the main clause ("But Roe set the tone, saying")
CONNECTIVE_OPENERS = frozenset(
    {"But", "And", "Yet", "Still", "Also", "However", "Meanwhile", "Separately", "Then", "Now"}
)
# words after which a name or term in quotation marks is the writer's ("the so-called "J-curve"")
NAMING_WORDS = ("so-called", "dubbed", "named", "entitled", "titled", "codenamed", "code-named")
# words that may stand between a speaker and its cue without being part of the speaker ("Kim has said")
CUE_ADVERBS = (
    "has", "have", "had", "would", "will", "had", "also", "did", "does", "do", "again", "then", "once", "long", "never",
    "always", "often", "still", "just", "even", "already", "ever", "now", "later", "first", "further", "soon", "since",
)  # fmt: skip
# words that open a new clause: a speaker phrase before a cue starts after the last of them
CLAUSE_WORDS = (
    "but", "after", "as", "while", "when", "because", "although", "though", "since", "if", "that", "where",
    "whereas", "before", "until", "so", "which", "what", "why", "who", "whom", "then", "and", "or",
)  # fmt: skip
# modal auxiliaries that put a cue in the future or the possible ("will discuss", "may say"): no report of words said
FUTURE_MODALS = frozenset({"will", "shall", "may", "might", "must", "should", "can", "could"})
# modal auxiliaries of obligation: "X should open its markets" is demanded of X, not said for it
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# words that open a relative clause inside a noun phrase ("an agreement whereby banks would ...")
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "whereby", "where", "when"})

# --- added for the figure stages ---------------------------------------------------------------------------
ARTICLES = frozenset({"the", "a", "an"})
# initials that stand for a country or a body of countries, never a person's or a firm's ("the U.S.", "U.N. officials")
COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "N.Z.", "E.C."})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whose"})
CONTRASTIVE_CONJUNCTIONS = frozenset({"but", "while", "whereas"})  # open a new clause, with or without a comma
CONCESSIVE_CONJUNCTIONS = frozenset({"although", "though"})
# Gatherings of many parties: sources "close to a meeting" or "at the conference" speak for none of them
# ("talks" and "negotiations" are as often two parties' or one country's).
GATHERING_NOUNS = frozenset({"meeting", "meetings", "conference", "summit"})
# A company's legal form or the word of its kind that ends its name ("Inc", "Laboratories"): the one list that
# quotes/homes.py finds company names with and COMPANY_ENDINGS opens with. speaker_roles.csv gives the same words
# (lower-cased) the head "company", so that "the company" refers back to the name.
# INCORPORATION_FORMS say only how a company is incorporated: a name without them is the same company ("General
# Motors Corp" is "General Motors"); the rest name its trade.
INCORPORATION_FORMS = (
    "Inc", "Co", "Corp", "Corporation", "Cos", "Ltd", "Plc", "PLC", "NV", "N.V.", "AG", "SA", "S.A.", "BV", "B.V.",
    "GmbH", "SpA", "Ltda", "Bhd", "Pty", "Company", "LP", "L.P.", "F.A.", "corp", "co",
)  # fmt: skip
COMPANY_LEGAL_FORMS = INCORPORATION_FORMS + (
    "Bancorp", "Bancorporation", "Bancshares", "Industries", "Trust", "Savings Bank", "Laboratories", "Labs", "Holdings",
    "Enterprises",
)  # fmt: skip
# The last word of a company's name: a legal form ("Plc", "Inc") or the trade it is named for ("Airlines",
# "Telecom"). A country's name or demonym before such words is part of the company's name: "British Telecom",
# "Japan Air Lines Co", "American President Cos Ltd".
COMPANY_ENDINGS = tuple(w for w in COMPANY_LEGAL_FORMS if w[0].isupper() and "." not in w and " " not in w) + (
    "Airlines", "Airways", "Air", "Lines", "Telecom", "Telecommunications", "Steel", "Motors",
    "Motor", "Petroleum", "Oil", "Express", "Electric", "Shipping", "Chemical", "Chemicals",
    "Insurance", "Group", "Fund", "Securities", "Investment", "Investments",
)  # fmt: skip
# A country's name or demonym followed by up to three capitalised words and such an ending opens a company's name
# ("British Telecom Plc", "Anglo American Gold Investment Co"): matched at the mention's end
COMPANY_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w&.'-]*){0,3}?\s+(?:" + "|".join(COMPANY_ENDINGS) + r")\b(?!\s+of\b)")
