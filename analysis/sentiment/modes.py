"""An event's mode, read in the words before its pattern and in its sentence: asserted, negated, future,
conditional, question, lifted or hypothetical (``event_mode``)."""

from __future__ import annotations

import re

from .conjuncts import own_conjunct
from .patterns import MATERIAL, Pattern
from .reader import Reader

MAX_MODE_WORDS = 6  # words before the pattern read for its negation or future
LIFTED = re.compile(
    r"\b(?:lift\w*|remov\w*|end\w*|scrap\w*|withdr[ae]w\w*|eas\w*|suspend\w*|drop\w*|hold\w*\s+(?:up|off)|held\s+(?:up|off)"
    r"|delay\w*|postpon\w*|defer\w*|waiv\w*|forgo\w*|forego\w*|shelv\w*|abandon\w*)\b",
    re.I,
)  # a retreat from the act, or the act withheld ("agreed to hold up imposing duties on")
# A barrier reduced ("should reduce its restrictions on Chinese imports"); not aid, whose cut is a sanction (pattern_readings._CUT)
_REDUCED = re.compile(r"(?<![\w-])(?:reduc\w*|lower\w*|cut(?!\s+off)|cuts|cutting)\b", re.I)
# The act's noun as the subject of its own cut or lifting ("the countervailing duty on U.S. corn should be cut to"):
_LIFTED_AFTER = re.compile(
    r"(?:[^,;:.]|\.(?!\s+(?-i:[A-Z]))){0,60}?\b(?:should|would|will|must|to|was|were|is|are|has|have|had)\s+(?:\w+ly\s+)?(?:be|been)\s+"
    r"(?:\w+ly\s+)?(?:cut|reduced|lowered|lifted|removed|eased|scrapped|halved|dropped|rescinded|revoked|waived)\b",
    re.I,
)
_NOT_LIFTED = re.compile(
    r"\b(?:not|never|refus\w*|declin\w*)\s+(?:\w+\s+)?(?:to\s+)?$|n['’]t\s+$", re.I
)  # before a lift
_EASED = re.compile(r"\b(?:eas\w*|lift\w*|reliev\w*|lessen\w*|reduc\w*)\s+(?:(?:the|its|their|some)\s+)?$", re.I)
# "Asked (by reporters) whether the letter was a rejection of ...": the whole asked clause is the question.
_ASKED = re.compile(r"\bask(?:ed|s|ing)?\b[^,;:]{0,40}?\b(?:if|whether)\b[^,;:]*$", re.I)
_QUESTION = re.compile(r"\b(?:asked|ask|asks)\s+(?:if|whether)\b|\bwhether\b", re.I)
_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|no|never|without|neither|nor|denied|denies|deny|refrain\w*|ruled\s+out|rule\s+out"
    r"|refus\w*|declin\w*|reluctan\w*|unwilling|veto\w*)\b|n['’]t\b",
    re.I,
)
# "may" in lower case only: "the May 17 attack on" names a month; an act called for, urged or proposed is still to come
# "to" as the act's infinitive marker ("to impose duties on", "to decree unilateral trade sanctions against"), not a
# preposition (a name, a number or a determiner follows it: "a response to an Iranian missile attack on") nor one in a
# clause of its own ("Exports to Norway, whose fleet has come under attack by")
_FUTURE = re.compile(
    r"\b(?:would|will|could|might|(?-i:may)|shall|plans?|planned|intends?|threat\w*|vow\w*|consider\w*"
    r"|to(?![^,;:]*[,;:])(?!\s+(?:(?:an?|the|its|their|his|her|this|these|those|such)\b|\d|(?-i:[A-Z])))|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing))\b",
    re.I,
)
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|never|refus\w*|declin\w*|won't|wouldn't|didn't|did\s+not)\s+(?:to\s+)?(?:rule|ruled)\s+out\b", re.I
)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# "Reagan's decision to impose tariffs on", "Washington decided to impose": an act decided is done, not threatened
# "began to attack", "has continued to bomb": an act under way, not one to come; "used Silkworm missiles to hit": the
# means of an act done
_DECIDED = re.compile(
    r"\b(?:(?:decision|decided|decides|started|began|begun|continued|resumed)\s+(?:\w+\s+)?"
    r"|used\s+(?:[\w.'’-]+\s+){1,4}?)to(?:\s+\w+){0,2}\s*$",
    re.I,
)
# "South Africa's move prompted Botswana to stop imports", "forced Iran to halt": the effect of a cause, done; its "to"
# is no future (a modal before it still is: "could force Japan to impose")
_CAUSED = re.compile(
    r"\b(?:prompted|forced|compelled|caused|led|drove|obliged|persuaded|induced)\s+(?:[\w.'’-]+\s+){1,4}?to"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)
# "will retaliate for the U.S. strike against", "would respond to the Iraqi raid on", "will protest against the
# Chinese raid on": the act is the cause of what is to come, done already; the future word is the response's
_CAUSE_OF = re.compile(
    r"\b(?:(?:retaliat\w*|respon(?:d|ds|ded|se)|reprisals?|revenge|aveng\w*)\s+(?:for|to)"
    r"|(?:protest\w*|condemn\w*|denounc\w*|complain\w*)(?:\s+(?:against|over|at|about|of))?)"
    r"\s+(?:(?!any\b|an?\b)[\w.'’-]+\s+){0,3}$",
    re.I,
)
# "None of the Soviet ships are known to have been attacked by Iran": the clause's subject denies the act
_NONE_OF = re.compile(r"\bnone\s+of\b[^,;:]*$", re.I)
_WITHHELD = re.compile(r"\b(?:withh[eo]ld\w*|withdr[ae]w\w*|suspend\w*)(?:\s+(?:its|their|his|her))?\s*$", re.I)
# "Any Iranian attack on Soviet ships will bring a response": an act no one has done, the premise of another's warning
_ANY = re.compile(r"\b(?:any)\s+(?:[\w.-]+\s+){0,2}$", re.I)
# "despite the U.S. attack on", "after Iran's attack on": an act named by a definite noun phrase owned by a country
# has been done; a "would" or "if" of the clause around it is not the act's own (a planned or threatened one says so:
# "the planned U.S. attack", lower case, stays future)
_DONE = re.compile(r"(?:\b(?i:the)|[A-Za-z]['’]s)\s+(?:[A-Z][\w.'’-]*\s+){1,3}$|\b[A-Z][\w.]*['’]s\s+$")
# ... where the act is a noun ("that the United States retaliate against Japan if": a verb, a threat)
_ACT_NOUN = re.compile(
    r"(?:attacks?|strikes?|raids?|bombings?|bombardment|invasion|incursions?|assaults?|shelling|sanctions?|tariffs?"
    r"|duties|embargo|boycott|blockade|seizure|retaliation|reprisals?)\b",
    re.I,
)
_POSSIBLE = re.compile(
    r"\b(?:might|may|could)\s+(?:also\s+|well\s+|eventually\s+)?(?:lead|result|bring|prompt|trigger|spark|provoke|cause)\w*\b",
    re.I,
)
# "declined to comment on U.S. sanctions against Japan": the act is what no comment was made on; it stands
# "The farmers' union hopes France will resist EC pressures": a third party's hope or wish about another's act is
# not that act (the hoper's own "hopes it will" or "hopes to" is its intention and stands)
_HOPED_OF_OTHER = re.compile(
    r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|wishing)\s+(?:that\s+)?(?!(?:it|they|he|she|we|I)\b)(?:[\w.'’()-]+\s+){1,5}"
    r"(?:will|would|could|can|might|(?-i:may)|shall)\s+(?:\w+ly\s+|not\s+|be\s+able\s+to\s+){0,2}$",
    re.I,
)
_NO_COMMENT = re.compile(r"\b(?:declin\w*|refus\w*|would\s+not|did\s+not)\s+(?:to\s+)?comment\s+(?:on|about)\b", re.I)


# An amount read as one word, so it does not push the act's verb out of the words read ("plans to slap up to 300 mln
# dlrs in tariffs on": "to slap" is the act's, "up to" is the amount's)
_AMOUNT = re.compile(
    r"\b(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*"
    r"(?:\s+(?:mln|million|billion|bln|pct|percent|dlrs|dollars|yen|marks|francs|pounds|tonnes|tons|worth))*\b",
    re.I,
)


def _lift(p: Pattern, words: str) -> re.Match | None:
    """A word before the act that lifts, withholds or (for a barrier, not aid) reduces it."""
    found = LIFTED.search(words)
    if found or p.form.startswith("aid"):
        return found
    return _REDUCED.search(" ".join(words.split()[-3:]))  # its verb: "reduce its restrictions on"


def event_mode(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> str:
    """asserted, negated, future or conditional: read in the words before the pattern and in its sentence."""
    head = r.text[max(sentence[0], hit[0] - 80) : hit[0]]
    words = " ".join(_AMOUNT.sub("N", head).split()[-MAX_MODE_WORDS:])
    if "comment" in words:
        words = _NO_COMMENT.sub(" ", words)
    withheld = p.event in MATERIAL or p.event == "THREATEN"  # "shelved threatened legal action against": withdrawn
    lift = _lift(p, words) if withheld else None
    if lift and _NOT_LIFTED.search(head, 0, head.rfind(lift.group())):
        return "asserted"  # "would not lift the sanctions it imposed on", "refused to lift its ban": the act stands
    eased = _EASED.search(head) if p.form.startswith("pressure") else None
    if eased and not _NOT_LIFTED.search(head, 0, eased.start()):
        return "lifted"  # "called on creditor banks to ease pressure on Argentina": pressure taken off, none put on
    if _NOT_RULED_OUT.search(words):  # "refused to rule out retaliation": a possible act, a threat
        return "conditional" if _CONDITION.search(r.text, sentence[0], sentence[1]) else "future"
    elif _NEGATION.search(own_conjunct(words)) or r.head_search(_NONE_OF, hit, sentence, 80):
        return "negated"
    if _QUESTION.search(words) or _ASKED.search(r.text, sentence[0], hit[0]):
        return "question"
    if p.valence > 0 and _WITHHELD.search(words):
        return "negated"  # "threatened to withhold support for the plan": support refused, not given
    if _ANY.search(head) or _HOPED_OF_OTHER.search(head):
        return "hypothetical"
    if _CAUSE_OF.search(head):
        return "asserted"
    if p.event in MATERIAL and _DONE.search(head) and _ACT_NOUN.match(r.text, hit[0]):
        return "asserted"
    if withheld and (lift or _LIFTED_AFTER.match(r.text, hit[1], sentence[1])):
        return "lifted"  # "lifted the condition it imposed on ...", "the duty on U.S. corn should be cut": a retreat
    if _CONDITION.search(words) or _POSSIBLE.search(words):
        return "conditional"  # "... might also lead to pressure on South Korea": a possible act, none yet
    if p.event in MATERIAL or p.quad_class == 4:
        if _CONDITION.search(r.text, sentence[0], sentence[1]):
            return "conditional"
        if _FUTURE.search(_CAUSED.sub(" ", words)) and not _DECIDED.search(words):
            return "future"
    return "asserted"
