"""Building the typed Briefing from checked records, with its derived fields."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TypeVar, cast

from briefing.check.raw import RawRecord
from briefing.check.record_warnings import RecordWarnings, Warnings
from briefing.records.anchor_results import Span
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.schema import (
    ACTOR_TABLE,
    BRIEFING_TABLE,
    EVENT_TABLE,
    QUOTE_TABLE,
    SOURCE_TABLE,
    TABLES,
    RecordTable,
)

R = TypeVar("R")


def build_briefing(
    records: dict[str, list[RawRecord]],
    texts: dict[str, str],
    spans: dict[str, Span],
    has_control_characters: bool,
    warnings: RecordWarnings,
) -> Briefing:
    """The typed briefing, from records that passed every check.

    Each record is made from its table (`briefing.records.schema`): the
    checker already typed every value as its model attribute is typed.
    Derived fields are computed here, once, so that no reader computes them:
    events in chronological order, actors' counts and affiliation names,
    events' source titles. `records` is used up: each section's checked
    records are let go once its typed ones are made. `texts`: each source's
    text as written, by its id. `has_control_characters`: whether any string
    holds a character that `visible()` marks (a control, bidirectional or
    zero-width character); the checker saw each string once, when it
    warned of those, so they are not walked again here. `warnings`: the
    checker's warnings about each record that has any, by section and id
    (`briefing.check.record_warnings`).
    """
    sources = tuple(_source(r, texts, warnings["sources"]) for r in records.pop("sources"))
    source_titles = {source.id: source.title for source in sources}
    events = sorted(
        (_event(r, source_titles, warnings["events"]) for r in records.pop("events")),
        key=lambda e: e.when.sort_key(e.id),
    )
    quotes = tuple(_quote(r, spans, warnings["quotes"]) for r in records.pop("quotes"))
    said = Counter(q.speaker for q in quotes)
    relayed = Counter(q.reported_by for q in quotes if q.reported_by)
    takes_part = Counter(a for e in events for a in set(e.actors))
    names = {_required(r, "id"): _required(r, "name") for r in records["actors"]}
    actor_warnings = warnings["actors"]

    def actor(record: RawRecord) -> Actor:
        ident = _required(record, "id")
        return _built(
            ACTOR_TABLE,
            record,
            affiliation_names=tuple(names[a] for a in _references(record, "affiliations")),
            quotes_said=said[ident],
            quotes_relayed=relayed[ident],
            event_count=takes_part[ident],
            warnings=actor_warnings.get(ident, ()),
        )

    actors = tuple(actor(r) for r in records.pop("actors"))
    head = records["briefing"][0].values or {}
    if not head.get("language"):  # an empty language is the default one
        head = {name: value for name, value in head.items() if name != "language"}
    return _typed(
        BRIEFING_TABLE,
        head,
        sources=sources,
        actors=actors,
        events=tuple(events),
        quotes=quotes,
        has_control_characters=has_control_characters,
    )


def _source(record: RawRecord, texts: dict[str, str], warnings: Warnings) -> Source:
    ident = _required(record, "id")
    return _built(SOURCE_TABLE, record, text=texts.get(ident), warnings=warnings.get(ident, ()))


def _event(record: RawRecord, source_titles: dict[str, str], warnings: Warnings) -> Event:
    return _built(
        EVENT_TABLE,
        record,
        source_titles=tuple(source_titles[i] for i in _references(record, "sources")),
        warnings=warnings.get(_required(record, "id"), ()),
    )


def _quote(record: RawRecord, spans: dict[str, Span], warnings: Warnings) -> Quote:
    ident = _required(record, "id")
    return _built(QUOTE_TABLE, record, span=spans.get(ident), warnings=warnings.get(ident, ()))


def type_early(record: RawRecord) -> None:
    """Make `record`'s typed record as soon as its file is checked, and let its dict go.

    The checks across files then read its values from the typed record
    (`RawRecord.value`), so that a large briefing's dicts of values (at
    x1000, 75,000 of them) are not all held until every file is read. The
    fields derived from other records are set by `build_briefing`. A record
    that misses a required value is never built (it is an error), nor is the
    briefing's own mapping (it holds the whole briefing).
    """
    values = record.values
    if values is None or not record.complete or record.section == "briefing":
        return
    record.built = _typed(TABLES[record.section], values)
    record.values = None


def _built(table: RecordTable[R], record: RawRecord, **derived: object) -> R:
    """The typed record of `record`, with the fields derived from other records.

    A record typed early (`type_early`) gets them set in place: it is not yet
    seen by anything but this builder, and a copy per record would briefly
    hold two of each. The record then lets go of it.
    """
    early = record.built
    made: R
    if early is None:
        made = _typed(table, record.values or {}, **derived)
    else:
        for name, value in derived.items():
            object.__setattr__(early, name, value)
        made = cast(R, early)
    record.built = None
    record.values = None
    return made


def _typed(table: RecordTable[R], values: Mapping[str, object], **derived: object) -> R:
    """The record of `table`'s model, from checked values and derived ones.

    The checker gives each value the type of the model attribute it fills
    (tests/test_schema.py holds every built record to its annotations), so
    the record is made by name, with no per-field code. The argument dict
    lives only for the call.
    """
    renamed = table.renamed
    if renamed:
        values = {renamed.get(name, name): value for name, value in values.items()}
    return table.model(**values, **derived)


def _required(record: RawRecord, name: str) -> str:
    """A field of text that every record which passed the checks has (its id, name)."""
    value = record.text(name)
    if value is None:
        raise ValueError(f"a record of {record.section} without {name} was built")
    return value


def _references(record: RawRecord, name: str) -> tuple[str, ...]:
    value = record.value(name)
    return value if isinstance(value, tuple) else ()
