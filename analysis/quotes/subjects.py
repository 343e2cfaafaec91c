"""Where a cue's speaker stands: the subject before the cue ("X said"), the phrase after it ("said X",
"according to X"), the main clause's subject for a participle ("..., saying"), the one quoted ("quoted X as
saying"). Each answer comes with the name of the rule that found it. This module holds the main clause, the
participles and the choice among readers; subject_before.py and speaker_after.py hold the phrases before and after
the cue."""

from __future__ import annotations

import re

from ..text.words import CONNECTIVE_OPENERS, OBJECT_PRONOUNS, PREPOSITIONS
from . import subject_patterns as sx
from .antecedents import previous_subject_body
from .clauses import LEADING_ADVERBIAL, is_speech_cue, looks_like_clause, spoken_infinitive
from .context import ArticleContext
from .countries import quoting_body_country
from .discourse import Discourse
from .plain_subjects import group_before_who, plain_subject_span, relative_subject_span, subject_relative
from .records import Speaker
from .reported_patterns import COMMA_OR_QUOTE_END
from .speaker_after import SpeakerAfter
from .subject_before import SubjectBefore
from .subject_spans import close_before, opening_participle_phrase, subject_end
from .tokens import words

Found = tuple[Speaker | None, str | None]  # a speaker and the rule that found it


class Subjects(SubjectBefore, SpeakerAfter):
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
            infinitive = sp is None and cue is not None and cue.form == cue.lemma and spoken_infinitive(masked, cue_s)
            if infinitive:  # "led Republicans to say ...": the one led to speak, nobody else
                sp, rule = self._infinitive_speaker(us, cue_s), "infinitive-speaker"
            if sp is None and words_said and not infinitive:
                sp, rule = group_before_who(self.ctx.masked, us, cue_s), "group-before-who"
            if sp is None and not infinitive:
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

    def _infinitive_speaker(self, us: int, cue_s: int) -> Speaker | None:
        """Who speaks in an infinitive cue: the one a cause leads to speak ("leaving many voters to wonder ..."), or
        the subject of "more likely to" (a poll's finding: "Older voters are more likely to say ...")."""
        masked = self.ctx.masked
        m = sx.CAUSED_SPEAKER.search(masked, max(us, cue_s - 90), cue_s)
        if m is not None and sx.PAST_VERB.search(m.group(1)):
            return None  # "Bankers leaving the meeting declined to discuss ...": a participle phrase and its verb
        if m is not None:
            sp = self.quoted_object(m.start(1), m.group(1), keep_setting=True)  # "led her to say": the pronoun
            return sp if sp is not None and sp.kind in ("person", "role", "org", "pronoun") else None
        m = sx.LIKELY_TO.search(masked, max(us, cue_s - 60), cue_s)
        return self.subject_before(us, m.start()) if m is not None else None

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
