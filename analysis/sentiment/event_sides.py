"""Who acts on whom at a pattern found: its targets (the pattern's slot, else what "its", a bare act or a pair subject
points back to) and its actors (the clause's subject, else the country a pronoun or a pair stands for, or the
reporter of a war communique), then the targets kept once the actors are known."""

from __future__ import annotations

from dataclasses import replace

from ..text.countries import Mention
from .actors import event_actors
from .antecedents import pair_actors, pair_sides, possessive_target, pronoun_actor, proposed_pair, refers_to_act
from .clauses import antecedent_mentions
from .communiques import communique_actor
from .event_targets import pattern_targets
from .pacts import pact_signers
from .pattern_readings import FORCE
from .patterns import Pattern
from .reader import Reader
from .voices import Voice

# target rules whose sides act on each other
_MUTUAL = frozenset({"between", "reciprocal", "joint", "pair-sides", "pact-signers", "two-countries"})
# target rules that take the one country named before that is not the actor
_ONE_BEFORE = frozenset({"antecedent", "its-antecedent", "act-antecedent", "passive-antecedent"})
_NO_ACTOR = frozenset({"none", "unowned-attack"})  # actor rules a pronoun subject or owner may fill
PACT = 0.3  # the valence of an agreement the two sides sign or reach with each other (events.csv "agreed to")


def targets_of(r: Reader, p: Pattern, hit: tuple[int, int], sentence: tuple[int, int]) -> tuple[Pattern, list, str]:
    """The pattern as read, the event's targets and their rule: the pattern's slot, else what "its" or a bare act
    points back to, else the other side of a pair subject ("The two presidents signed": each other)."""
    targets, target_rule = pattern_targets(r, p, hit, sentence)
    if not targets and target_rule == "object" and p.target == "object":
        targets, target_rule = possessive_target(r, hit, sentence), "its-antecedent"  # "rejecting its request"
        if not targets and refers_to_act(p, r.text, hit[1]):  # "Tokyo's displeasure with the penalties"
            targets, target_rule = antecedent_mentions(r, sentence), "act-antecedent"
    if not targets and p.event == "AGREE":  # "China and Australia signed a contract": each side's pact
        targets, target_rule = pact_signers(r, p.form, hit, sentence), "pact-signers"
        p = replace(p, valence=PACT) if targets else p
    if not targets and (p.target == "joint" or p.event == "AGREE"):
        targets, target_rule = pair_sides(r, hit, sentence), "pair-sides"
        p = replace(p, valence=PACT) if targets and p.event == "AGREE" and not p.valence else p
    if not targets and p.target == "joint":  # "Kuroda suggested the two countries could": one side's offer
        proposal = proposed_pair(r, hit, sentence)
        targets, target_rule = (proposal[1:], "proposed-pair") if proposal else (targets, target_rule)
    return p, targets, target_rule


def _side_actors(
    r: Reader, p: Pattern, hit: tuple[int, int], voice: Voice | None, targets: list, target_rule: str, found: tuple
) -> tuple[list, str]:
    """The actors ``found``, or the pair's sides acting on each other, or the country whose war communique reports
    the other side's forces struck with no agent ("Iran said Iraqi positions were shelled")."""
    if target_rule in ("pair-sides", "pact-signers", "two-countries"):
        return [t.country for t in targets], target_rule
    if p.event == FORCE[0] and set(found[0]) <= {None, *(t.country for t in targets)}:  # the passive's subject
        reporter = communique_actor(r, hit, voice, targets, target_rule)
        return ([reporter], "communique") if reporter else found
    return found


def actors_of(
    r: Reader,
    p: Pattern,
    hit: tuple[int, int],
    sentence: tuple[int, int],
    voice: Voice | None,
    targets: list[Mention],
    target_rule: str,
) -> tuple[list, str]:
    """The event's actors and their rule: the clause's subject or speaker, else the pair's sides, the communique's
    reporter, the country a pronoun subject stands for, or the pair a pair subject stands for."""
    if target_rule == "proposed-pair":  # the side that proposed the joint act offers it to the other
        return [proposed_pair(r, hit, sentence)[0].country], "proposer"
    actors, actor_rule = event_actors(r, p, hit, sentence, voice, target_rule)
    if actor_rule == "speaker" and voice is not None and voice.country is None:
        # words whose "speaker" speaks for no country hold no actor of theirs: read the clause as the writer's
        # ("ties in with U.S. plans to start escorting Kuwaiti tankers", taken as words cued by "plans")
        actors, actor_rule = event_actors(r, p, hit, sentence, None, target_rule)
    actors, actor_rule = _side_actors(r, p, hit, voice, targets, target_rule, (actors, actor_rule))
    if actor_rule in _NO_ACTOR:  # "Iran said it had accused Iraq": the country "it" stands for
        found = pronoun_actor(r, hit, sentence)
        actors, actor_rule = ([found[0]], found[1]) if found else (actors, actor_rule)
    pair = pair_actors(r, hit, sentence) if actor_rule in _NO_ACTOR else []
    return (pair, "pair-antecedent") if pair else (actors, actor_rule)  # "The two countries urged"


def targets_kept(actors: list, targets: list[Mention], target_rule: str) -> list[Mention]:
    """The targets an event is coded for once its actors are known (none: no event)."""
    if actors == [None]:  # "a Senate measure urges the administration to retaliate": politics at home, no one abroad
        targets = [t for t in targets if t.kind != "home-body"]
    if target_rule == "its-antecedent" and actors == [None]:
        return []  # "its" is the one country named before other than the actor: with no actor known, no one
    if target_rule in _ONE_BEFORE:  # the one country named before that is not the actor
        targets = list({t.country: t for t in targets if t.country not in actors}.values())
        if len(targets) != 1:
            return []
    if target_rule not in _MUTUAL and any(t.country in actors for t in targets):  # "both the U.S. and Japan should"
        return []
    return targets
