"""The `json` export: every record, as authors write it, with what the checker derived.

Derived from the record tables (`briefing.records.schema`), as the index's
codec is, but for other programs to read: a key per field under the name
authors write (derived fields under the model's name; a source's full text
as `full_text`), dates as the contract's text (`2022-02-07~/2022-02-09`),
a quote's place in its source text as `span` (offsets in characters of
`full_text`), and the checker's warnings about each record (a source, an
actor, an event, a quote) as `warnings`.
`records_from_json` reads it back to the same records; docs/export.schema.json
(`python -m briefing.export.json_schema`) describes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.export.inert import json_text
from briefing.export.result import Export
from briefing.records.anchor_results import Span
from briefing.records.dates import DateValue, parse_date
from briefing.records.model import Briefing, CheckerWarning
from briefing.records.schema import (
    ACTOR_TABLE,
    BRIEFING_TABLE,
    EVENT_TABLE,
    QUOTE_TABLE,
    SOURCE_TABLE,
    Field,
    Kind,
    RecordTable,
)

#: The version of this export's layout; docs/export.schema.json names it.
#: 2: each quote has `warnings`, the checker's warnings about it.
#: 3: each source, actor and event has them too.
EXPORT_FORMAT = 3
SECTIONS: dict[str, RecordTable[object]] = {
    "sources": SOURCE_TABLE,
    "actors": ACTOR_TABLE,
    "events": EVENT_TABLE,
    "quotes": QUOTE_TABLE,
}


def key(field: Field) -> str:
    """A field's key in the export: the author's name, or for a derived field the
    model's (a source's derived `text` is its file's content: `full_text`)."""
    if not field.derived:
        return field.name
    return "full_text" if field.attribute == "text" else field.attribute


def export(briefing: Briefing) -> Export:
    return Export({"": json_text(records_to_json(briefing))})


def records_to_json(briefing: Briefing) -> dict[str, Any]:
    document: dict[str, Any] = {"export_format": EXPORT_FORMAT}
    document["briefing"] = _record(BRIEFING_TABLE, briefing)
    for section, table in SECTIONS.items():
        document[section] = [_record(table, r) for r in getattr(briefing, section)]
    return document


def records_from_json(document: dict[str, Any]) -> Briefing:
    """The records of a `json` export, typed again (KeyError, ValueError if it is not one)."""
    parts = {
        section: tuple(_typed(table, row) for row in document[section])
        for section, table in SECTIONS.items()
    }
    head = _typed(BRIEFING_TABLE, document["briefing"], **parts)
    if not isinstance(head, Briefing):
        raise ValueError("not a briefing")
    return head


def _record(table: RecordTable[object], record: object) -> dict[str, Any]:
    return {key(f): _to_json(f, getattr(record, f.attribute)) for f in table.fields}


def _typed(table: RecordTable[object], row: dict[str, Any], **parts: object) -> object:
    values = {f.attribute: _from_json(f, row[key(f)]) for f in table.fields}
    return table.model(**values, **parts)


def _to_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind is Kind.WARNING:
        return [{"code": w.code, "message": w.message, "hint": w.hint} for w in value]
    if field.many:
        return list(value)
    if field.kind is Kind.DATE:
        assert isinstance(value, DateValue)
        return value.text
    if field.kind is Kind.ENUM:
        return str(value)
    if field.kind is Kind.SPAN:
        assert isinstance(value, Span)
        return {
            "start": value.start,
            "end": value.end,
            "paragraph_start": value.paragraph_start,
            "paragraph_end": value.paragraph_end,
            "line": value.line,
            "parts": [list(part) for part in value.parts],
        }
    return value


def _from_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind is Kind.WARNING:
        return tuple(CheckerWarning(w["code"], w["message"], w["hint"]) for w in value)
    if field.many:
        return tuple(value)
    reader = _READERS.get(field.kind)
    if reader is not None:
        return reader(value)
    if field.kind is Kind.ENUM:
        assert field.enum is not None
        return field.enum(value)
    return value


def _span(value: dict[str, Any]) -> Span:
    parts = tuple((int(a), int(b)) for a, b in value["parts"])
    return Span(
        value["start"],
        value["end"],
        value["paragraph_start"],
        value["paragraph_end"],
        value["line"],
        parts,
    )


_READERS: dict[Kind, Callable[[Any], Any]] = {Kind.DATE: parse_date, Kind.SPAN: _span}
