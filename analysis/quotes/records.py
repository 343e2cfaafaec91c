"""The typed records that flow through the quote pipeline: quotations, units, speakers, attributions, rows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Speaker:
    """A parsed speaker phrase. Found speakers are shared by the rows they speak (a country found for one
    row is known to the next), so later stages may fill ``role`` and ``country``."""

    text: str | None
    role: str | None
    country: str | None
    kind: str  # person | role | org | country | pronoun
    state: bool = False  # an official or a government body
    plural: bool = False
    human: bool = False  # an unnamed person ("the official"), who can be "he" or "she" later
    definite: bool = False  # "the official", "the ministry": may refer back to one met before
    name_start: int | None = None  # a person: where the name stands, for the article's memory of people
    country_rule: str | None = None  # how ``country`` was found, when not from the phrase itself


@dataclass
class Quotation:
    """Content between a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int  # position after the closing mark (or the paragraph end)
    para: int
    uncertain: bool = False  # the marks were not balanced
    continues: bool = False  # left open at the paragraph's end; the next paragraph opens with a mark
    continued: bool = False  # opens a paragraph right after a quote left open
    kind: str = ""  # direct | partial, once classified
    speaker: Speaker | None = None
    cue: str | None = None
    speaker_rule: str | None = None
    row: int | None = None  # index of its row, once written


@dataclass(frozen=True)
class Unit:
    """A sentence, merged with its neighbours so that no quotation crosses a unit boundary."""

    para: int
    start: int
    end: int


@dataclass
class Attribution:
    """A span of quoted or reported content with its cue and speaker, and the rules that found them."""

    kind: str  # direct | partial | indirect
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    unit: Unit
    found_rule: str
    speaker_rule: str | None
    uncertain: bool = False
    inner_ok: bool = False  # quotation marks inside the span are allowed (a clause around a one-word quote)
    quotation: Quotation | None = None
    absorbs: tuple[Quotation, ...] = ()  # quoted fragments inside the span, whose own rows this row replaces


@dataclass
class QuoteRow:
    """One row of ``extract_quotes``."""

    kind: str
    quote: str
    start: int
    end: int
    speaker: str | None
    speaker_role: str | None
    speaker_country: str | None
    cue: str | None
    cue_class: str | None
    sentence: str
    uncertain: bool
    rules: dict[str, str] = field(default_factory=dict)  # stage -> rule name

    @property
    def rule(self) -> str:
        """The rules as "stage:name" pairs, in pipeline order."""
        return "; ".join(f"{stage}:{name}" for stage, name in self.rules.items())


@dataclass
class Report:
    """Reported content at [start, end), its speaker (a Speaker or None, and the rule that found it) and its rule."""

    start: int
    end: int
    found: tuple[Speaker | None, str | None]
    rule: str
