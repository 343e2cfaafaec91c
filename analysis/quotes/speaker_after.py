"""The speaker phrase after a cue ("..., said Dan Reed, director of ...", "according to X") and the tests
that tell an inverted speaker from the content or the object after the cue."""

from __future__ import annotations

import re

from ..text.words import SUBJECT_PRONOUNS
from . import subject_patterns as sx
from .clauses import looks_like_clause
from .context import ArticleContext
from .discourse import Discourse
from .phrase_countries import phrase_country
from .records import Speaker
from .reported_patterns import COMMA_END, SPACE_CAPITAL
from .speakers import parse_speaker
from .tokens import is_cap, words

# "Rep. Ann Roe, a supporter of the plan, said ...", "Ann Roe, senior fellow at X, said ...", "Ann Roe, Acme
# spokeswoman, said ...": a name opening the sentence and its apposition before the cue
_NAME_APPOSITION_BEFORE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?![A-Z][a-z]+(?:ed|ing)\s+[a-z])([A-Z][^,|]{0,60}?),\s+((?:a\s|an\s|the\s|[a-z])[^,|]{1,100}|[A-Z][^,|]{1,60}),\s*$"
)  # not an opening participle ("Called the Credit Act, the proposal ..., said X")
_PAST_POST = re.compile(r"\s+and\s+(?:former|ex-|onetime|one-time)\s")
_APPOSITION_OPENERS = ("but", "and", "while", "as", "which", "who", "although")


def _named_post(lex, ap: str) -> bool:
    """A capitalised apposition that ends in a lower-case post is a post of the body it names ("Tom Kay, U.S.
    Agriculture Department administrator", "Judith Corchard, Wright senior vice president")."""
    last = words(ap)[-1]
    return last.islower() and lex.kind(last) == "role"


class SpeakerAfter:
    """The cue's speaker after it; mixed into subjects.Subjects."""

    ctx: ArticleContext
    memory: Discourse

    def after_cue(self, s: int, ue: int, any_phrase: bool = False) -> Speaker | None:
        """The speaker phrase right after a cue: "said Maruyama", "according to official figures"; with
        ``any_phrase`` (after "according to") any noun phrase is the source ("according to a CNN tally")."""
        masked = self.ctx.masked
        seg = sx.UPTO_CLAUSE_MARK.match(masked[s:ue])
        body = seg.group(1)
        cut = sx.STOP_AFTER_SPEAKER.search(" " + body + " ")  # a clause or setting word
        if cut:
            body = body[: max(0, cut.start() - 1)]
        body = body.rstrip(" .")
        if not body.strip():
            return None
        a = s + seg.start(1)
        sp = self.memory.parse(a, a + len(body))
        if sp is not None and sp.kind == "person" and not sp.role and body == seg.group(1).rstrip(" ."):
            self._role_after_name(sp, a, s + seg.end(), ue)
        if sp is None and any_phrase and len(words(body)) <= 12:
            text = re.sub(r"^(?:the|a|an)\s+", "", self.ctx.text[a : a + len(body)].strip(), flags=re.I)
            sp = Speaker(text, None, phrase_country(self.ctx, a, a + len(body)), "role")
        return sp

    def _role_after_name(self, sp: Speaker, name_pos: int, after: int, ue: int) -> None:
        """'..., said Shoichi Saba, chairman of the Electronic Industries Association of Japan.'"""
        lex = self.ctx.lex
        am = sx.APPOSITION_AFTER.match(self.ctx.masked[after:ue])
        if not am:
            return
        ap = am.group(1)
        past = _PAST_POST.search(ap)
        if past:  # "chairman of Acme and former president of the Fed": the present post speaks
            ap = ap[: past.start()]
        first = words(ap)[:1]
        if not (
            first
            and len(words(ap))
            <= 16  # "deputy manager of Nomura Investment Trust and Management Co Ltd's ... department"
            and (not is_cap(first[0]) or lex.title_re.match(ap) or sx.POSSESSIVE_POST.match(ap) or _named_post(lex, ap))
            and first[0].lower() not in _APPOSITION_OPENERS
            and not lex.cue_re.search(ap)
            and first[0].lower() not in SUBJECT_PRONOUNS
            and any(lex.kind(w) in ("role", "title") for w in words(ap))
        ):
            return
        a2 = after + am.start(1)
        sp.role = ap
        # where one works ("in Tokyo", "its Tokyo branch") is not whom one speaks for
        loc = sx.WORKPLACE.search(ap)
        a3 = a2 + (loc.start() if loc else len(ap))
        if sp.country is None and any(x.kind != "capital" for x in self.ctx.mentions.inside(a2, a3)):
            sp.country = phrase_country(self.ctx, a2, a3)
            sp.country_rule = "apposition" if sp.country else None
        self.memory.remember(name_pos, sp.text, sp.role, sp.country)

    def _inverted(self, us: int, ue: int, cue_s: int, cue_e: int) -> Speaker | None:
        """A cue right after a comma with a named person or body after it: "..., said Dan Reed, director ..."."""
        if not COMMA_END.search(self.ctx.masked[us:cue_s]) or not self.inverted_start(cue_s, cue_e, ue):
            return None
        cue = self.ctx.lex.cues.get(self.ctx.masked[cue_s:cue_e].lower())
        if cue is not None and cue.lemma in sx.LISTENER_CUES:
            return None  # "..., the union's secretary, Ann Roe, told Reuters": after "told" the listener, never the speaker
        if self.apposed_subject(us, cue_s):
            return None
        sp = parse_speaker(self.ctx, cue_e, cue_e + len(sx.UPTO_PUNCT.match(self.ctx.masked[cue_e:ue]).group()))
        # "..., said a company spokesman.", "..., say Democrats.": a post or a group by its post may speak
        lower = not SPACE_CAPITAL.match(self.ctx.masked[cue_e:ue]) or self._inverted_group(self.ctx.masked[cue_e:ue])
        if sp is None or sp.kind not in (("person", "org", "role") if lower else ("person", "org")):
            return None
        return self.after_cue(cue_e, ue)

    def apposed_subject(self, us: int, cue_s: int) -> bool:
        """The sentence opens with the cue's subject and its apposition ("Rep. Ann Roe, a supporter of the plan,
        said Trump aides plan ..."): the comma before the cue closes the apposition, no content stands before it."""
        m = _NAME_APPOSITION_BEFORE.fullmatch(self.ctx.masked, us, cue_s)
        if m is None or looks_like_clause(m.group(1), self.ctx.lex):
            return False
        if is_cap(m.group(2)) and self.ctx.lex.kind(words(m.group(2))[-1]) not in ("role", "title"):
            return False  # a capitalised apposition is a post ("Acme spokeswoman"), not a place or a second name
        sp = parse_speaker(self.ctx, m.start(1), m.end(1))
        return sp is not None and sp.kind in ("person", "org") and bool(sp.text)

    def inverted_start(self, cue_s: int, cue_e: int, ue: int) -> bool:
        """What follows the cue may be its speaker: a capital ("..., said Ann Roe"), or an article or a lower-case
        title ("..., said a former treasurer of the club, ...") before a phrase that is no clause, after a cue
        without a listener or an object ("..., told the Senate he would ...", "..., accused the union of ...")."""
        after = self.ctx.masked[cue_e:ue]
        cue = self.ctx.lex.cues.get(self.ctx.masked[cue_s:cue_e].lower())
        if cue is not None and cue.lemma in sx.LISTENER_CUES:
            return False  # "..., Ann Roe, an analyst, told Reuters.": the name after "told" is the listener
        if SPACE_CAPITAL.match(after):
            return True
        if cue is None or cue.obj:
            return False
        if not sx.INVERTED_SPEAKER.match(after) and not self._inverted_post(after) and not self._inverted_group(after):
            return False
        phrase = sx.UPTO_PUNCT.match(after).group()
        rest = after[len(phrase) :]
        # the phrase ends the sentence or opens an apposition: "..., said the company.", "..., said a former
        # treasurer of the club, Ann Roe, ...", not "..., said the agreement extends for two years, with ..."
        lex = self.ctx.lex
        return (
            sx.INVERTED_END.match(rest) is not None
            and any(is_cap(w) or lex.kind(w) in ("role", "org", "title", "source") for w in words(phrase))
            and not looks_like_clause(phrase, lex)
        )

    def _inverted_group(self, after: str) -> bool:
        """People by their post, in the plural and without an article: "..., said analysts", "..., said several
        observers in Ohio"."""
        m = sx.INVERTED_GROUP.match(after)
        return m is not None and m.group(1).endswith("s") and self.ctx.lex.kind(m.group(1)) == "role"

    def _inverted_post(self, after: str) -> bool:
        """A bare post opens the inverted speaker: "..., says political scientist Ann Roe" (no article before it)."""
        m = sx.INVERTED_POST.match(after)
        return m is not None and self.ctx.lex.kind(m.group(1).split()[-1]) in ("role", "title")
