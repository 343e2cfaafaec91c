"""Where a cue's speaker stands: the subject before the cue ("X said"), the phrase after it ("said X",
"according to X"), the main clause's subject for a participle ("..., saying"), the one quoted ("quoted X as
saying"). Each answer comes with the name of the rule that found it."""

from __future__ import annotations

import re

from ..text.words import (
    CONNECTIVE_OPENERS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from . import subject_patterns as sx
from .antecedents import previous_subject_body
from .clauses import BOUNDARY, LEADING_ADVERBIAL, is_speech_cue, looks_like_clause
from .context import ArticleContext
from .countries import quoting_body_country
from .discourse import Discourse
from .plain_subjects import group_before_who, plain_subject_span, relative_subject_span, subject_relative
from .posts import POST_OF, capital_post, name_before_unclosed_post, name_with_capital_post
from .records import Speaker
from .reported_patterns import COMMA_END, COMMA_OR_QUOTE_END, SPACE_CAPITAL
from .speakers import parse_speaker, phrase_country
from .subject_spans import (
    APPOSED_POST,
    PARTICIPLE_ASIDE,
    close_before,
    opening_participle_phrase,
    post_after,
    subject_end,
)
from .tokens import is_cap, last_match, words

Found = tuple[Speaker | None, str | None]  # a speaker and the rule that found it

# "Rep. Ann Roe, a supporter of the plan, said ...": a name opening the sentence and its apposition before the cue
_NAME_APPOSITION_BEFORE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?![A-Z][a-z]+(?:ed|ing)\s+[a-z])([A-Z][^,|]{0,60}?),\s+(?:a|an|the)\s[^,|]{1,80},\s*$"
)  # not an opening participle ("Called the Credit Act, the proposal ..., said X")
_APPOSITION_OPENERS = ("but", "and", "while", "as", "which", "who", "although")


class Subjects:
    """Finds the speaker of each cue in one article; answers are cached per cue position."""

    def __init__(self, ctx: ArticleContext, memory: Discourse) -> None:
        self.ctx = ctx
        self.memory = memory
        self.cache: dict[int, Found] = {}

    def speaker_of(self, cue_start: int) -> Speaker | None:
        """The cached speaker of a cue already read."""
        return self.cache[cue_start][0] if cue_start in self.cache else None

    # -- the main clause --------------------------------------------------------------------------
    def unit_subject(self, us: int, ue: int) -> Speaker | None:
        """The subject of the unit's main clause (for "..., saying ..." and "... but also maintains")."""
        masked = self.ctx.masked
        first = masked[us : min(ue, us + 40)].split(None, 1)[:1]
        opener = first and first[0].rstrip(",") not in CONNECTIVE_OPENERS  # not "But Roe set the tone ..., saying"
        s = us + (LEADING_ADVERBIAL.match(masked[us:ue]).end() if opener else 0)  # "Asked if ..., Roe said"
        tm = sx.TIME_OPENER.match(masked, s, ue)
        if tm:
            s = tm.end()  # "A week later the senator denied ... and said": a time phrase, no comma
        pm = opening_participle_phrase(self.ctx, s, ue)
        if pm:
            s = pm  # "Answering questions from the club, Baker said ...": the subject follows the phrase
        end = subject_end(self.ctx, s, ue)
        if end is None or not masked[s:end].strip():
            return self._subject_after_openers(s, ue)
        sp = self.memory.parse(s, end)
        nm = sx.APPOSITION_NAME.match(masked[end:ue])
        if sp is not None and sp.kind == "role" and sp.human and not sp.plural and nm:
            # "The UK's minister for EU relations, Rhiannon Davies, said ... and insisted ...": the name
            named = self.memory.parse(end + nm.start(1), end + nm.end(1))
            if named is not None and named.kind == "person":
                named.role = named.role or sp.role
                named.country = named.country or sp.country
                return named
        return sp

    def _subject_after_openers(self, s: int, ue: int) -> Speaker | None:
        """ "The day before, at a rally in Bend, Ore., Mr. Vale was blunt, claiming ...": the subject after a few short
        phrases that open the sentence, each ended by a comma and none a clause."""
        masked, lex = self.ctx.masked, self.ctx.lex
        a = s
        for _ in range(4):
            comma = masked.find(",", a, min(ue, a + 80))
            if comma < 0 or "|" in masked[a:comma] or looks_like_clause(masked[a:comma], lex):
                return None
            phrase = words(masked[a:comma])
            if len(phrase) > 3 and phrase[0].lower() not in PREPOSITIONS:
                return None  # not "The House Subcommittee on Livestock, Dairy and Poultry has ...": a subject's commas
            a = comma + 1
            end = subject_end(self.ctx, a, ue)
            if end is not None and masked[a:end].strip():
                sp = self.memory.parse(a, end)
                if sp is not None and (sp.kind in ("person", "org", "pronoun") or (sp.kind == "role" and sp.human)):
                    return sp
        return None

    # -- before the cue ---------------------------------------------------------------------------
    def subject_before(self, us: int, cue_s: int, depth: int = 0) -> Speaker | None:
        """The speaker phrase that ends right before a cue (the cue's subject)."""
        left = self.ctx.masked[us:cue_s]
        tr = self.ctx.trail(left)
        if tr and tr.start() > 0:
            # "X, hit hard by losses, has said": the comma that closes an aside stays
            left = left[: tr.start()] + ("," if tr.group().lstrip().startswith(",") else "")
        left = left.rstrip()
        if not left:
            return None
        if left[-1] == "|":  # a quotation right before the cue: attribution handled elsewhere, unless an aside's
            m = sx.QUOTED_ASIDE.search(left) if depth == 0 else None
            # 'Ann Vale, who calls the plan "a disaster," said ...': the subject before the aside the quotation ends
            return self.subject_before(us, us + m.start(), depth + 1) if m else None
        # "they’ve suggested": the pronoun speaks (the endings first: most subjects end otherwise)
        contraction = sx.CONTRACTED_AUX.search(left) if left.endswith(("ve", "d", "ll")) else None
        if contraction:
            left = left[: contraction.start(1)]
        dash = sx.CLOSING_DASH.search(left) if left.endswith(("—", "–", "-")) else None
        if dash and depth == 0:  # "Democrats — and some Republicans — say": the subject before the aside
            opening = max(
                left.rfind(" — ", 0, dash.start()),
                left.rfind(" – ", 0, dash.start()),
                left.rfind(" - ", 0, dash.start()),
            )
            if opening > 0:
                found = self.subject_before(us, us + opening + 1, depth + 1)
                if found is not None:
                    return found
        if left.endswith(","):
            inner = left[:-1]
            found = self._subject_before_aside(us, inner, depth)
            if found is not None:
                return found
            left = inner.rstrip()
        aside = sx.AGE_OR_ASIDE_END.search(left) if left[-1:].isdigit() or left.endswith(")") else None
        if aside and (aside.group(1) or len(words(aside.group())) > 3):
            left = left[: aside.start()].rstrip()  # "Tom Reed, 58, ... says", "Ann Vale (a Democrat from ...) says"
        return self._last_piece_subject(us, cue_s, left, depth)

    def _subject_before_aside(self, us: int, inner: str, depth: int) -> Speaker | None:
        """ "X, speaking on condition of anonymity, said" / "Kim You-geun, first deputy chief at ..., told":
        the subject before the aside, with the aside as its role."""
        lex = self.ctx.lex
        c = inner.rfind(",")
        if c <= 0 or depth:
            return None
        opened = PARTICIPLE_ASIDE.search(inner, 0, c)
        if opened and inner.count(",", opened.end(), c) <= 2:
            # "A Boeing spokesman, contacted by telephone at its headquarters in Seattle, Washington, told": the
            # subject before a participle aside whose commas hold a place
            found = self.subject_before(us, us + opened.start(), depth + 1)
            if found is not None:
                return found
        seg = inner[c + 1 :].strip()
        first = seg.split()[0] if seg.split() else ""
        if first.lower() in ("which", "who") and inner.rfind(",", 0, c) > 0:
            # "Pieter van der Vorm, managing director of GEM, which handles 95 pct of grain ..., said": the relative
            # clause closes a person's apposition before it
            person = self._subject_before_aside(us, inner[:c], depth)
            if person is not None and person.kind == "person":
                return person
        named = name_with_capital_post(self, us, inner, c, seg) if is_cap(first) and capital_post(lex, seg) else None
        if named is not None:
            return named
        if not first or (is_cap(first) and not lex.title_re.match(seg)) or first.lower() in SUBJECT_PRONOUNS:
            return None
        sp = self.subject_before(us, us + c, depth + 1)
        if sp is not None and sp.kind == "role" and sp.human and not sp.plural and inner.rfind(",", 0, c) > 0:
            # "Jacy Roe, industrial relations director of Acme, a merger of ..., said": the name before the post
            named = self.subject_before(us, us + inner.rfind(",", 0, c), depth + 1)
            if named is not None and named.kind == "person" and not named.role and not sx.PARTY_TAG.match(named.text):
                named.role = sp.text
                if named.country is None and sp.country:
                    named.country, named.country_rule = sp.country, "apposition"
                self.memory.remember(named.name_start or us, named.text, named.role, named.country)
                return named
        if (
            sp is not None
            and sp.kind == "person"
            and not sp.role
            and any(lex.kind(w) in ("role", "org", "title") for w in words(seg))
            and not seg.endswith("ing")
            and not (first.endswith("ing") and not post_after(lex, seg))
            and first.lower() not in ("who", "which")
        ):
            sp.role = seg
            if sp.country is None:
                sp.country = phrase_country(self.ctx, us + c + 1, us + len(inner))
                sp.country_rule = "apposition" if sp.country else None
            met = self.memory.first_mention(sp.text)  # "Vale told reporters" later: the post and its country
            self.memory.remember(us if met is None else met, sp.text, sp.role, sp.country)
        elif sp is not None and sp.kind == "role" and sp.country is None and APPOSED_POST.match(seg):
            # "The team investigator, a Japanese Transport Ministry official who ..., said": the post's country
            sp.country = phrase_country(self.ctx, us + c + 1, us + len(inner))
            sp.country_rule = "apposition" if sp.country else None
        return sp

    def _last_piece(self, left: str) -> tuple[int, str]:
        lex = self.ctx.lex
        for b in reversed(list(BOUNDARY.finditer(left))):
            w = b.group()
            if (
                w in ("and", "or")
                and left[b.end() :].strip()
                and (
                    is_cap(left[b.end() :].lstrip()[:1])
                    or lex.kind((words(left[: b.start()]) or [""])[-1]) in ("role", "org", "source")
                )
            ):
                continue  # "Japan and South Korea said", "traders and analysts said": a joint subject
            return b.end(), w
        return 0, ""

    def _last_piece_subject(self, us: int, cue_s: int, left: str, depth: int) -> Speaker | None:
        bstart, bword = self._last_piece(left)
        piece = left[bstart:]
        if bword in ("who", "which"):  # "X, who ..., said": the one the relative clause is about
            sp = self.subject_before(us, us + bstart - len(bword), depth + 1)
            if sp is None and bword == "who":
                sp = self._relative_antecedent(us, us + bstart - len(bword))
            if sp is None and bword == "who" and not words(piece):  # not "who the paper said was ..."
                sp = self._inverted_antecedent(us, left[: bstart - len(bword)].rstrip(" ,"))
            return sp
        if not piece.strip() or not words(piece):
            return self.unit_subject(us, cue_s) if bword in ("and", "but", "or") else None
        ps = us + bstart
        while ps < us + len(left) and self.ctx.masked[ps].isspace():
            ps += 1
        tm = sx.TIME_OPENER.match(self.ctx.masked, ps, us + len(left))
        if tm and words(self.ctx.masked[tm.end() : us + len(left)]):
            ps = tm.end()  # "Last year the minister said", "in September she said": a time phrase, no comma
        sp = self.memory.parse(ps, us + len(left))
        if sp is None and not depth and " and " in piece:
            sp = self._after_and(ps, us + len(left))
        if sp is None and sx.SHARE.fullmatch(piece.strip()):
            # "42% say they are liberal": a bare share of the people polled speaks
            share = piece.strip()
            sp = Speaker(share, share, None, "role", plural=True, human=True)
        if sp is None or bword != "," or depth:
            return sp
        if sp.kind == "person" and (not sp.role or sp.country is None):
            self._role_before_name(sp, us, us + bstart - 1, ps)
        if sp.kind == "role" and sp.human and left[bstart:].lstrip()[:2].lower() in ("a ", "an"):
            # "Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said": the name speaks
            named = self.subject_before(us, us + bstart - 1, depth + 1)
            if named is not None and named.kind == "person":
                named.role = named.role or sp.text
                named.country = named.country or sp.country
                return named
        if sp.kind == "role" and not sp.plural and POST_OF.match(piece):
            return name_before_unclosed_post(self, us, left, bstart, sp) or sp
        return sp

    def _after_and(self, ps: int, end: int) -> Speaker | None:
        """ "... was copied on the questions and Gates said": no joint subject parses, so the clause after the last
        "and" has its own subject, a person or a body."""
        masked = self.ctx.masked
        k = masked.rfind(" and ", ps, end)
        before = words(masked[ps:k]) if k >= 0 else []
        # a clause of three words or more before "and", ending in a lower-case word: not a joint subject
        # ("he and Chairman X", "Hudson Bay and Minorco", "Securities and Exchange Commission")
        if len(before) < 3 or not before[-1][:1].islower() or before[-1].lower() in SUBJECT_PRONOUNS:
            return None  # "it and Shearson intend": a joint subject
        sp = self.memory.parse(k + 5, end)
        # a person, a body, or people by their post ("... declined to comment and Senate aides said")
        return sp if sp is not None and (sp.kind in ("person", "org") or (sp.kind == "role" and sp.human)) else None

    def _relative_antecedent(self, us: int, who: int) -> Speaker | None:
        """ "The delegation was led by special envoy Mark Halloran, who told ...": the person the relative
        clause hangs on, after the last preposition or verb before it."""
        left = self.ctx.masked[us:who].rstrip().rstrip(",").rstrip()
        host = last_match(sx.RELATIVE_HOST, left)
        sp = self.memory.parse(us + host.end(), us + len(left)) if host is not None else None
        if sp is None:  # "the backing of Ann Vale, who ...", "a jury found Roe, who ...": the name right before it
            nm = sx.NAME_AT_END.search(left)
            inverted = nm is not None and self.ctx.lex.ends_with_verb_re.search(left[: nm.start()].rstrip())
            sp = self.memory.parse(us + nm.start(), us + len(left)) if nm and not inverted else None
        return sp if sp is not None and sp.kind == "person" else None

    def _inverted_antecedent(self, us: int, left: str) -> Speaker | None:
        """The speaker of an inverted cue right before "who" ('"...," said one former staffer, who said ...')."""
        if not left[-1:].islower():
            return None  # a name: _relative_antecedent reads it
        cue = last_match(self.ctx.lex.cue_re, left)
        if cue is None or not COMMA_OR_QUOTE_END.search(left[: cue.start()]):
            return None
        sp = self.memory.parse(us + cue.end(), us + len(left))
        return sp if sp is not None and (sp.kind == "person" or (sp.kind == "role" and sp.human)) else None

    def _previous_subject_country(self, us: int) -> str | None:
        """The country of the subject of the sentence before the one starting at ``us``."""
        unit = self.ctx.unit_before(us)
        sp = self.unit_subject(unit.start, unit.end) if unit is not None else None
        return sp.country if sp is not None and sp.kind in ("org", "country", "role") else None

    def _role_before_name(self, sp: Speaker, us: int, comma: int, name_pos: int) -> None:
        """ "The head of Kyiv's military administration, Taras Bondar, said": the description before the
        comma is the named person's post; its country is the one the person speaks for."""
        left = self.ctx.masked[us:comma]
        pieces = list(BOUNDARY.finditer(left))
        start = pieces[-1].end() if pieces else 0
        seg = left[start:]
        if not seg.strip() or len(words(seg)) > 10:
            return
        a = us + start + (len(seg) - len(seg.lstrip()))
        if pieces and pieces[-1].group() not in (",", "and", "but", "that", ";", ":", "while", "as", "after", "when"):
            return
        if not pieces and LEADING_ADVERBIAL.match(left).end() > 0:
            return
        role = self.memory.parse(a, comma)
        if role is None or role.kind != "role" or not role.human or role.plural:
            return
        text = self.ctx.text
        if role.country is None and sx.POSSESSIVE_LEAD.match(text[a:comma]):
            role.country = self._previous_subject_country(us)  # "Its spokesman": the body of the sentence before
        sp.role = re.sub(r"^(?:the|a|an)\s+", "", text[a:comma].strip(), flags=re.I) or role.role or role.text
        if sp.country is None and role.country:
            sp.country, sp.country_rule = role.country, "apposition"
        sp.state = sp.state or role.state
        self.memory.remember(name_pos, sp.text, sp.role, sp.country)

    # -- after the cue ----------------------------------------------------------------------------
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
        first = words(ap)[:1]
        if not (
            first
            and len(words(ap))
            <= 16  # "deputy manager of Nomura Investment Trust and Management Co Ltd's ... department"
            and (not is_cap(first[0]) or lex.title_re.match(ap) or sx.POSSESSIVE_POST.match(ap))
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

    # -- the cue's speaker ------------------------------------------------------------------------
    def cue_speaker(self, us: int, ue: int, cue_s: int, cue_e: int) -> Found:
        """The speaker of the cue at [cue_s, cue_e) and the rule that found it, pronouns resolved."""
        if cue_s in self.cache:
            return self.cache[cue_s]
        masked = self.ctx.masked
        cue = self.ctx.lex.cues.get(masked[cue_s:cue_e].lower())
        if cue and cue.type == "participle":
            sp, rule = self._participle_speaker(us, ue, cue_s)
        elif cue and cue.type == "phrase":
            sp, rule = self.after_cue(cue_e, ue, any_phrase=True), "after-cue"
        else:
            sp, rule = self._inverted(us, ue, cue_s, cue_e), "after-cue"  # "..., said Dan Reed, director of ..."
            if sp is None:
                sp, rule = self._relative_subject(us, cue_s), "relative-clause-subject"
            words_said = cue is not None and cue.cue_class != "belief"  # "investors who wanted ...": no speech
            if sp is None and words_said:
                sp, rule = group_before_who(self.ctx.masked, us, cue_s), "group-before-who"
            if sp is None:
                sp, rule = self.subject_before(us, cue_s), "subject-before-cue"
            if sp is None:
                sp, rule = self._subject_with_relative(us, cue_s), "subject-with-relative-clause"
            if sp is None and words_said and cue.form != cue.lemma:  # "but fear of ...": a noun, not "fears"
                sp, rule = self._coordinated_subject(us, cue_s), "coordinated-plain-subject"
            if sp is None and (COMMA_OR_QUOTE_END.search(masked[us:cue_s]) or masked[us:cue_s].strip() == ""):
                sp, rule = self.after_cue(cue_e, ue), "after-cue"  # inverted: "..., said the minister."
        found = self.resolve(sp, rule, cue_s)
        self.cache[cue_s] = found
        return found

    def _inverted(self, us: int, ue: int, cue_s: int, cue_e: int) -> Speaker | None:
        """A cue right after a comma with a named person or body after it: "..., said Dan Reed, director ..."."""
        if not COMMA_END.search(self.ctx.masked[us:cue_s]) or not self.inverted_start(cue_s, cue_e, ue):
            return None
        if self.apposed_subject(us, cue_s):
            return None
        sp = parse_speaker(self.ctx, cue_e, cue_e + len(sx.UPTO_PUNCT.match(self.ctx.masked[cue_e:ue]).group()))
        lower = not SPACE_CAPITAL.match(self.ctx.masked[cue_e:ue])  # "..., said a company spokesman."
        if sp is None or sp.kind not in (("person", "org", "role") if lower else ("person", "org")):
            return None
        return self.after_cue(cue_e, ue)

    def apposed_subject(self, us: int, cue_s: int) -> bool:
        """The sentence opens with the cue's subject and its apposition ("Rep. Ann Roe, a supporter of the plan,
        said Trump aides plan ..."): the comma before the cue closes the apposition, no content stands before it."""
        m = _NAME_APPOSITION_BEFORE.fullmatch(self.ctx.masked, us, cue_s)
        if m is None or looks_like_clause(m.group(1), self.ctx.lex):
            return False
        sp = parse_speaker(self.ctx, m.start(1), m.end(1))
        return sp is not None and sp.kind in ("person", "org") and bool(sp.text)

    def inverted_start(self, cue_s: int, cue_e: int, ue: int) -> bool:
        """What follows the cue may be its speaker: a capital ("..., said Ann Roe"), or an article or a lower-case
        title ("..., said a former treasurer of the club, ...") before a phrase that is no clause, after a cue
        without a listener or an object ("..., told the Senate he would ...", "..., accused the union of ...")."""
        after = self.ctx.masked[cue_e:ue]
        if SPACE_CAPITAL.match(after):
            return True
        cue = self.ctx.lex.cues.get(self.ctx.masked[cue_s:cue_e].lower())
        if cue is None or cue.obj or cue.lemma in sx.LISTENER_CUES:
            return False
        if not sx.INVERTED_SPEAKER.match(after) and not self._inverted_post(after):
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

    def _inverted_post(self, after: str) -> bool:
        """A bare post opens the inverted speaker: "..., says political scientist Ann Roe" (no article before it)."""
        m = sx.INVERTED_POST.match(after)
        return m is not None and self.ctx.lex.kind(m.group(1).split()[-1]) in ("role", "title")

    def object_relative(self, us: int, cue_s: int) -> tuple[int, int] | None:
        """Where the subject of an object relative clause right before the cue stands ("a bill, which critics
        said was unfair", "the man who he says ..."), or None."""
        window = self.ctx.masked[max(us, cue_s - 70) : cue_s]
        if "which" not in window and "who" not in window:
            return None  # the cheap test first: this runs for every cue
        m = sx.OBJECT_RELATIVE.search(self.ctx.masked, max(us, cue_s - 70), cue_s)
        return relative_subject_span(self.ctx.masked, m.start(1), m.end(1), self.ctx.lex) if m else None

    def _coordinated_subject(self, us: int, cue_s: int) -> Speaker | None:
        """A second verb of the unit's plain subject ("He’s comparing the plan ... and says ...")."""
        left = self.ctx.masked[us:cue_s].rstrip()
        tr = self.ctx.trail(left)
        if tr and tr.start() > 0 and sx.LY_ADVERBS.fullmatch(left[tr.start() :]):
            left = left[: tr.start()].rstrip()  # "... and reportedly argued": an adverb before the second verb
        bstart, bword = self._last_piece(left)
        if bword not in ("and", "but") or left[bstart:].strip():
            return None
        return self._plain_subject(us, cue_s)

    def _subject_with_relative(self, us: int, cue_s: int) -> Speaker | None:
        """A subject with its own relative clause before the cue ("groups that have endorsed him say", "the
        officials whose laws were struck down say"): the noun phrase before the relative word."""
        m = subject_relative(self.ctx.masked, us, cue_s)
        if m is None or self.ctx.lex.ends_with_verb_re.search(self.ctx.masked, us, m[1]):
            return None  # "said that ...": the cue's own that-clause
        sp = self.memory.parse(*m)
        return sp if sp is not None and sp.kind in ("person", "role", "org") else None

    def _relative_subject(self, us: int, cue_s: int) -> Speaker | None:
        """The subject inside an object relative clause speaks, not the antecedent."""
        span = self.object_relative(us, cue_s)
        return self.memory.parse(*span) if span is not None else None

    def resolve(self, sp: Speaker | None, rule: str | None, pos: int) -> Found:
        """A pronoun resolved to whom it refers to, the rule marked so; no rule without a speaker."""
        resolved = self.memory.resolve(sp, pos)
        if resolved is None and sp is not None and sp.kind == "pronoun" and sp.text in ("it", "It"):
            body = previous_subject_body(self.ctx, self.unit_subject, pos)  # no body quoted before: the subject
            if body is not None:
                return body, f"{rule}/previous-subject"
        if resolved is None:  # a pronoun with nobody to refer to still tells that someone spoke
            return None, (f"{rule}/unresolved" if sp is not None and sp.kind == "pronoun" else None)
        return resolved, (f"{rule}/pronoun" if sp is not None and sp.kind == "pronoun" else rule)

    def _previous_attribution(self, us: int, ue: int, cue_s: int) -> re.Match | None:
        """The attribution just before a participle ("..., Fujioka said, adding ..."), read first if needed."""
        masked, lex = self.ctx.masked, self.ctx.lex
        cues = self.ctx.cues(us, cue_s)
        done = [x for x in cues if self.speaker_of(x.start()) is not None]
        if not done:
            # the attribution just before may not be resolved yet (quotes are read before reported speech)
            fin = [x for x in cues if lex.cue(x.group()).type == "finite" and is_speech_cue(masked, x, us)]
            if fin and close_before(masked, fin[-1].end(), cue_s, lex):
                if self.cue_speaker(us, ue, fin[-1].start(), fin[-1].end())[0] is not None:
                    done = fin[-1:]
        return done[-1] if done and close_before(masked, done[-1].end(), cue_s, lex) else None

    def _participle_speaker(self, us: int, ue: int, cue_s: int) -> Found:
        masked = self.ctx.masked
        prev = self._previous_attribution(us, ue, cue_s)
        w = sx.WITH_PHRASE.search(masked[us:cue_s])
        qa = sx.QUOTED_AS.search(masked[us:cue_s])
        if w:
            return self.memory.parse(us + w.start(1), us + w.end(1)), "with-phrase"
        if qa and qa.group(1) and not qa.group(2).strip():
            # "Kim was quoted as saying": the subject of the passive speaks
            return self.subject_before(us, us + qa.start()), "quoted-as-saying"
        if qa and not qa.group(1) and qa.group(2).strip():
            # "Tehran radio quoted a ministry spokesman as saying": the one quoted speaks
            sp = self.quoted_object(us + qa.start(2), qa.group(2))
            quoting_body_country(self.ctx, sp, us, us + qa.start())
            return sp, "quoted-as-saying"
        if prev is not None:
            return self.speaker_of(prev.start()), "previous-attribution"  # "..., Fujioka said, adding ..."
        sp = self.unit_subject(us, ue)
        if sp is None or not sp.text:
            plain = self._plain_subject(us, ue)
            if plain is not None:
                return plain, "main-clause-plain-subject"  # "The nurse later sued, claiming ..."
        return sp, "main-clause-subject"

    def _plain_subject(self, us: int, ue: int) -> Speaker | None:
        # the unit's own start: a leading "And even ..." reads as an adverbial up to the participle's comma
        span = plain_subject_span(self.ctx.masked, us, ue, self.ctx.lex.cues)
        return self.memory.parse(*span) if span is not None else None

    def quoted_object(self, start: int, obj: str, keep_setting: bool = False) -> Speaker | None:
        """The one quoted ("quoted a ministry spokesman as saying", "quoted him as saying"); a setting after
        the object ("quoted X on Friday as saying") is dropped unless ``keep_setting``."""
        obj = obj.strip() if keep_setting else re.sub(r"\s+(?:on|in|by|over)\s.*$", "", obj.strip())
        pron = OBJECT_PRONOUNS.get(obj.lower())
        if pron:
            return Speaker(pron, None, None, "pronoun")
        return self.memory.parse(start, start + len(obj))
