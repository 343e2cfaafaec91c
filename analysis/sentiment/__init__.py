"""Target-level sentiment toward countries, and the stance of one country toward another.

- :mod:`.choice`: which model a caller asks for ("encoder", the default, or "fast");
- :mod:`.encoder`: the fine-tuned int8 encoder (onnxruntime); :mod:`.tokens`, :mod:`.lexicon`, :mod:`.features`,
  :mod:`.model`: the fast numpy model and what it reads; :mod:`.target`: the public scoring functions;
- :mod:`.countries`: sentiment per country mention and portrayal per article;
- who did what to whom (PLOVER event types): :mod:`.patterns` (the table of event patterns), :mod:`.clauses` (a
  clause's object and subject), :mod:`.event_targets` (a pattern's target country), :mod:`.actors` (who acted),
  :mod:`.modes` (asserted, negated, future ...), :mod:`.events` (the events table, coded in steps by
  :mod:`.event_mentions`, :mod:`.act_checks`, :mod:`.pattern_readings`, :mod:`.event_sides`, :mod:`.implied_events`
  and :mod:`.coded_events`);
  :mod:`.voices` (the speakers' words) and :mod:`.evaluations` (a speaker's words about a country);
- :mod:`.stance`: holder -> target, from the events and evaluations.

The public names load on first use (as the package's root does), so that ``choice`` can be read by the run
command's settings before numpy or pandas is imported.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "target_sentiment": "target",
    "polarity_label": "target",
    "country_sentiment": "countries",
    "country_portrayal": "countries",
    "country_stance": "stance",
    "country_events": "events",
}
__all__ = list(_WHERE)


def __getattr__(name: str):
    """A public name, imported when first asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
