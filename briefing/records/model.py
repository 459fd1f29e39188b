"""The briefing's records: plain, typed, and free of YAML.

The checker produces them, the index stores them and the reader shows them.
Strings are exactly as the author wrote them; making them safe to show is the
job of `briefing.records.text.visible` at the point of display. Each
attribute has its row in a table of `briefing.records.schema`, from which the
checker, the builder and the index's JSON are derived (tests/test_record_tables.py
fails for an attribute without one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from briefing.records.anchor_results import Span
from briefing.records.dates import DateValue


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    GROUP = "group"


class Channel(StrEnum):
    STATEMENT = "statement"
    TWEET = "tweet"
    REMARKS = "remarks"
    INTERVIEW = "interview"
    NEWS_CONFERENCE = "news-conference"
    READOUT = "readout"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CheckerWarning:
    """A warning `briefing check` gave about a record: allowed by the contract,
    but the record may read differently from its source ("we won" taken from
    "we won't"). As the checker says it, for the author: the reader states it."""

    #: the problem's stable code (briefing.records.codes)
    code: str
    message: str
    hint: str | None = None
    #: where the checker said it, in the record's file (line, column; 0 where
    #: not known: read from an export, which leaves them out): the `!` list
    #: tells two records warned in the same words apart by it. Not part of
    #: what the warning is (`==`): an export read back is the same briefing.
    line: int = field(default=0, compare=False)
    column: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    outlet: str | None = None
    published: DateValue | None = None
    url: str | None = None
    credits: tuple[str, ...] = ()
    #: the `text` path as written, relative to the briefing folder
    text_path: str | None = None
    #: the full text of that file (None when the source has no text)
    text: str | None = None
    #: derived: the checker's warnings located in the source's record, in the
    #: order of their places (published after the briefing's as_of, a hidden
    #: character in its title, ...)
    warnings: tuple[CheckerWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    affiliations: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    summary: str | None = None
    # Derived when the briefing is built, so the reader computes nothing:
    #: the names of `affiliations`, in the same order
    affiliation_names: tuple[str, ...] = ()
    #: quotes whose words are this actor's
    quotes_said: int = 0
    #: quotes this actor relayed (reported_by)
    quotes_relayed: int = 0
    #: events this actor takes part in
    event_count: int = 0
    #: the checker's warnings located in the actor's record, in the order of
    #: their places (its name, kind, role and affiliations those of an earlier
    #: actor, a same_as another actor has, a hidden character in its name, ...)
    warnings: tuple[CheckerWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    when: DateValue
    sources: tuple[str, ...]
    when_text: str | None = None
    place: str | None = None
    actors: tuple[str, ...] = ()
    summary: str | None = None
    #: derived: the titles of `sources`, in the same order
    source_titles: tuple[str, ...] = ()
    #: derived: the checker's warnings located in the event's record, in the
    #: order of their places (its when_text naming a weekday its date is not,
    #: words its sources do not hold, ...)
    warnings: tuple[CheckerWarning, ...] = ()

    @property
    def single_source(self) -> bool:
        return len(self.sources) == 1


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    speaker: str
    source: str
    said: DateValue | None = None
    channel: Channel | None = None
    reported_by: str | None = None
    event: str | None = None
    occurrence: int | None = None
    note: str | None = None
    #: where the words stand in the source text; None when the source has no text
    span: Span | None = None
    #: derived: the checker's warnings located in the quote's record, in the
    #: order of their places (its words cut from a word, a date after its
    #: source's, ...)
    warnings: tuple[CheckerWarning, ...] = ()

    @property
    def anchored(self) -> bool:
        return self.span is not None


@dataclass(frozen=True, slots=True)
class Briefing:
    id: str
    title: str
    as_of: DateValue
    summary: str | None = None
    tags: tuple[str, ...] = ()
    language: str = "en"
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    #: in the contract's chronological order
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    #: derived: whether any string of it (source texts too) holds a control
    #: character, so the reader only cleans briefings that need it
    has_control_characters: bool = False
