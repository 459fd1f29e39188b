"""Stable keys for records, and digests of what their authors wrote.

A record is known by its briefing's id, its kind and its own id
(`b/quote/q1`): ids are the contract's (`[a-z0-9-]`), so the key reads back
unambiguously. Its digest is taken over the fields its author writes, as
the record tables list them (briefing.records.schema: every field not marked
`derived`), so an edited quote has another digest, a rebuilt index or a
derived count does not change it, and a field added to a table is covered
without a change here.

The digest covers what a reader sees of a record: a reference is taken as
the name or title of the record it names, and the record's own id (its key
already) is left out. An event's id renamed, its quotes' `event:` with it,
changed the digest of every one of them, and the reader said "changed since
you last saw it" of words that had not changed (a trial of a shared desk).
`former_digest` is the digest as briefing took it before (ids as written),
which the digests already kept still are: they are read as the same wording.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

from briefing.present.quotes import in_quotation_marks
from briefing.records.dates import DateValue
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.refs import Kind, RecordRef
from briefing.records.schema import ID_PATTERN, TABLES, Field
from briefing.records.schema import Kind as FieldKind

#: The kind of key of a note on the briefing itself.
BRIEFING = "briefing"
#: Each kind of record, by the section of a briefing file that holds it.
SECTIONS: Mapping[str, str] = {
    BRIEFING: "briefing",
    Kind.ACTOR: "actors",
    Kind.EVENT: "events",
    Kind.QUOTE: "quotes",
    Kind.SOURCE: "sources",
}
#: The kinds the panes list, whose records can be new or changed.
LISTED = (Kind.ACTOR, Kind.EVENT, Kind.QUOTE)


@dataclass(frozen=True, order=True, slots=True)
class RecordKey:
    """One record of one briefing (`kind` "briefing": the briefing itself)."""

    briefing: str
    kind: str
    id: str

    def __str__(self) -> str:
        return f"{self.briefing}/{self.kind}/{self.id}"

    @classmethod
    def parse(cls, text: str) -> RecordKey | None:
        """The key `str` wrote, or None for text of another shape: ids other than
        the contract's are refused, as a notes file edited by hand may hold
        anything (an escape sequence in an id reached the terminal through
        `briefing notes`, a code review)."""
        parts = text.split("/")
        if len(parts) != 3 or parts[1] not in SECTIONS:
            return None
        if not (ID_PATTERN.fullmatch(parts[0]) and ID_PATTERN.fullmatch(parts[2])):
            return None
        return cls(*parts)

    def listed_order(self) -> tuple[str, bool, str, str]:
        """Where the record stands in a list of kept records: by briefing, the
        briefing itself first, then actors, events and quotes, as the panes
        stand (by the key alone the actors came before their briefing: an
        analyst's trial saw the two lists of pins in two orders)."""
        return (self.briefing, self.kind != BRIEFING, self.kind, self.id)

    @classmethod
    def of(cls, briefing_id: str, ref: RecordRef) -> RecordKey:
        return cls(briefing_id, str(ref.kind), ref.id)

    @classmethod
    def of_briefing(cls, briefing_id: str) -> RecordKey:
        return cls(briefing_id, BRIEFING, briefing_id)

    @property
    def ref(self) -> RecordRef | None:
        """The record as the screens name it; None for the briefing itself."""
        return None if self.kind == BRIEFING else RecordRef(Kind(self.kind), self.id)


def _plain(value: object) -> object:
    """A field's value as JSON: a date as written, an enum by its value, lists as lists."""
    if isinstance(value, DateValue):
        return value.text
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


#: What a reader sees of the records references name, by section, then id:
#: an actor's name, a source's or an event's title.
Labels = Mapping[str, Mapping[str, str]]


def labels(briefing: Briefing) -> Labels:
    """The name or title of each record a reference may name, by section and id."""
    return {
        "actors": {actor.id: actor.name for actor in briefing.actors},
        "sources": {source.id: source.title for source in briefing.sources},
        "events": {event.id: event.title for event in briefing.events},
    }


def _seen(field: Field, value: object, named: Labels) -> object:
    """A field's value as a reader sees it: a reference as what it names (an id
    that names nothing, as written)."""
    if field.kind is not FieldKind.REF or field.target is None or value is None:
        return _plain(value)
    shown = named.get(field.target, {})
    if isinstance(value, tuple):
        return [["ref", shown.get(item, item)] for item in value]
    return ["ref", shown.get(str(value), value)]


def _hashed(fields: Mapping[str, object]) -> str:
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()


def digest(record: object, section: str, named: Labels) -> str:
    """A digest of what a reader sees of `record` (`section`: its table's key):
    the fields its author writes but its own id, each reference as what it names
    in `named`."""
    written = TABLES[section].written.values()
    return _hashed(
        {
            field.name: _seen(field, getattr(record, field.attribute), named)
            for field in written
            if field.kind is not FieldKind.ID
        }
    )


def former_digest(record: object, section: str) -> str:
    """The digest as briefing took it before `digest`: every field its author
    writes as written, ids and references included. Kept digests of this kind
    are still read as the wording they were taken of."""
    written = TABLES[section].written.values()
    return _hashed({field.name: _plain(getattr(record, field.attribute)) for field in written})


def records(briefing: Briefing) -> Iterator[tuple[RecordKey, object]]:
    """Every record of `briefing` with its key, the briefing itself first."""
    yield RecordKey.of_briefing(briefing.id), briefing
    sections: tuple[tuple[Kind, tuple[Source | Actor | Event | Quote, ...]], ...] = (
        (Kind.SOURCE, briefing.sources),
        (Kind.ACTOR, briefing.actors),
        (Kind.EVENT, briefing.events),
        (Kind.QUOTE, briefing.quotes),
    )
    for kind, found in sections:
        for record in found:
            yield RecordKey(briefing.id, kind, record.id), record


def digests(briefing: Briefing) -> dict[RecordKey, str]:
    """Each record's digest, by key: what the briefing is now."""
    named = labels(briefing)
    return {key: digest(record, SECTIONS[key.kind], named) for key, record in records(briefing)}


def record_text(record: object, names: Mapping[str, str], *, language: str) -> str:
    """The record in a line, as a note remembers it: it stays when the record goes.

    A quote's words and speaker, an event's date and title, an actor's name
    and role, a source's or briefing's title. `names`: actors' names by id;
    `language`: the briefing's, whose quotation marks a quote's words stand in.
    """
    if isinstance(record, Quote):
        # its words may run over lines (a block in the YAML): one line, as its row shows them
        words = " ".join(record.text.split())
        said = in_quotation_marks(words, language=language)
        return f"{said} — {names.get(record.speaker, record.speaker)}"
    if isinstance(record, Event):
        return f"{record.when.describe()}: {record.title}"
    if isinstance(record, Actor):
        return record.name + (f", {record.role}" if record.role else "")
    if isinstance(record, (Source, Briefing)):
        return record.title
    raise TypeError(f"not a record: {type(record).__name__}")
