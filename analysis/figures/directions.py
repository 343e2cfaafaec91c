"""Which way a figure moved, read from the words around it: the direction rules, tried in the order of
``DIRECTION_RULES`` (the first that finds one wins). ``describe.describe`` asks ``direction_of`` first, then the
rules that carry a direction from the rows already written (``carried.py``). The rules themselves are in the modules
named after what they read (the figure's own words: direction_adverbs, nouns_after, verb_changes, change_subjects,
rate_changes, quantity_nouns; a level: level_moves, level_holds, level_changes, level_comparisons).
"""

from __future__ import annotations

from collections.abc import Callable

from .change_subjects import change_averaged, change_subject
from .direction_adverbs import adverb_after, adverb_before, adverb_by, unchanged_after
from .level_changes import change_after, level_participle_from, level_up_from
from .level_comparisons import comparative_than, compared_level, level_after_level, level_was_change
from .level_holds import brought_to_level, held_at_level, held_within, reached_level, record_level, steady_hedged
from .level_moves import adverb_from_to, adverb_to_level, verb_from_to, verb_object_to, verb_to_level
from .near import Near
from .nouns_after import alternative_after, multiple_of_earlier, part_of_earlier, share_of_change, word_after
from .quantity_nouns import additional, balance_swing, balance_turned, barrier_lifted
from .rate_changes import growth_rate, verb_at_rate
from .verb_changes import verb_before, verb_comma_by, verb_object_by

DIRECTION_RULES: tuple[tuple[str, Callable[[Near], str | None]], ...] = (
    ("adverb-by", adverb_by),
    ("adverb-before", adverb_before),
    ("adverb-to-level", adverb_to_level),
    ("unchanged-after", unchanged_after),
    ("steady-hedged", steady_hedged),
    ("balance-swing", balance_swing),
    ("balance-turned", balance_turned),
    ("record-level", record_level),
    ("compared-level", compared_level),
    ("share-of-change", share_of_change),
    ("part-of-earlier", part_of_earlier),
    ("multiple-of-earlier", multiple_of_earlier),
    ("word-after", word_after),  # before the rate: "zero growth and a 1.3 pct fall"
    ("alternative-after", alternative_after),  # as word-after: "1/2 or 5/8 point lower"
    ("adverb-after", adverb_after),
    ("held-at-level", held_at_level),
    ("brought-to-level", brought_to_level),  # before the rate: "sustain growth at 2.5 pct" did not move
    ("held-within", held_within),  # before the rate: "to remain within a 3.7 to 4 pct range"
    ("growth-rate", growth_rate),
    ("barrier-lifted", barrier_lifted),
    ("additional-amount", additional),  # after barrier-lifted: "lift an additional 84 mln dlrs in sanctions" fell
    ("verb-to-level", verb_to_level),
    ("verb-before", verb_before),
    ("verb-object-to", verb_object_to),
    ("verb-from-to", verb_from_to),
    ("adverb-from-to", adverb_from_to),
    ("verb-object-by", verb_object_by),
    ("verb-comma-by", verb_comma_by),
    ("change-subject", change_subject),
    ("change-averaged", change_averaged),
    ("level-up-from", level_up_from),  # after the verbs: in "rose 1.8 pct, down from 2.3 pct" the verb says it
    ("level-participle-from", level_participle_from),  # after the verbs, as level-up-from
    ("verb-at-rate", verb_at_rate),  # after level-up-from: "growing at 7 pct, down from 9 pct" slowed
    ("change-after", change_after),  # after the verbs: "rose to 5 bln, up 3 pct" is the verb's
    ("comparative-than", comparative_than),  # after change-after: ", 10.8 pct higher than" is that rule's
    ("level-was-change", level_was_change),  # as change-after, with "was/were": "exports of 47 bln were 11 pct higher"
    ("reached-level", reached_level),  # last: "reached 5 bln, down 3 pct from" is a fall
    ("level-after-level", level_after_level),  # after the verbs and the reached levels
)


def direction_of(q: Near) -> tuple[str | None, str | None]:
    """(direction, rule name) of the first direction rule that finds one, or (None, None) for a level."""
    for name, rule in DIRECTION_RULES:
        direction = rule(q)
        if direction:
            return direction, name
    return None, None
