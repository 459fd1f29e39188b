"""Records to plain JSON values and back, for the index.

Derived from the record tables (`briefing.records.schema`): a record is one
JSON object with a key per row of its table, derived rows included, named as
the model's attributes, each value written by its kind's codec. (Not
`dataclasses.asdict`, which deep-copies and is slow at tens of thousands of
records.) Everything written is a str, int, bool, None, list or dict; reading
back gives records equal to the ones written. A value of the wrong shape
raises `IndexShapeError`, so a damaged index is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Generic, TypeVar

from briefing.records.anchor_results import Span
from briefing.records.dates import DatePoint, DateValue
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

Json = dict[str, Any]


class IndexShapeError(ValueError):
    """The index holds something this version cannot read back."""


def _point(point: DatePoint | None) -> list[Any] | None:
    if point is None:
        return None
    return [
        point.year,
        point.month,
        point.day,
        point.hour,
        point.minute,
        point.second,
        point.offset_minutes,
        point.qualifier,
    ]


def date_to_json(value: DateValue | None) -> Json | None:
    if value is None:
        return None
    return {
        "text": value.text,
        "start": _point(value.start),
        "end": None if not value.is_interval else _point(value.end),
        "interval": value.is_interval,
        "earliest": value.earliest,
        "latest": value.latest,
    }


def date_from_json(data: Json | None) -> DateValue | None:
    if data is None:
        return None
    start = None if data["start"] is None else DatePoint(*data["start"])
    end = start  # a single date: both ends are the same point
    if data["interval"]:
        end = None if data["end"] is None else DatePoint(*data["end"])
    return DateValue(data["text"], start, end, data["interval"], data["earliest"], data["latest"])


def briefing_to_json(briefing: Briefing) -> dict[str, Any]:
    """The briefing as one head record and a list of records per section."""
    return {
        "head": _HEAD.encode(briefing),
        "sources": [_SOURCE.encode(s) for s in briefing.sources],
        "actors": [_ACTOR.encode(a) for a in briefing.actors],
        "events": [_EVENT.encode(e) for e in briefing.events],
        "quotes": [_QUOTE.encode(q) for q in briefing.quotes],
    }


def briefing_from_json(data: dict[str, Any]) -> Briefing:
    """Records back from `briefing_to_json`'s output; IndexShapeError if damaged."""
    try:
        return _HEAD.decode(
            data["head"],
            sources=tuple(_SOURCE.decode(row) for row in data["sources"]),
            actors=tuple(_ACTOR.decode(row) for row in data["actors"]),
            events=tuple(_EVENT.decode(row) for row in data["events"]),
            quotes=tuple(_QUOTE.decode(row) for row in data["quotes"]),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise IndexShapeError(f"{type(exc).__name__}: {exc}") from exc


R = TypeVar("R")
#: One value to its JSON, or back; None where the value is its own JSON.
Codec = Callable[[Any], Any] | None


class _Layout(Generic[R]):
    """One record table as the index holds it: a key per row, and its codec.

    `encode` and `decode` are written out from the table as Python source, a
    key per row, as one would by hand (as `dataclasses` writes `__init__`):
    a loop over the rows took twice as long, a fifth of opening a briefing of
    7,500 records from the index.
    """

    def __init__(self, table: RecordTable[R]) -> None:
        namespace: dict[str, Any] = {"model": table.model}
        written: list[str] = []
        read: list[str] = []
        for field in table.fields:
            key = field.attribute
            encode, decode = _codec(field)
            value, data = f"record.{key}", f"row[{key!r}]"
            if encode is not None:
                namespace[f"encode_{key}"] = encode
                value = f"encode_{key}({value})"
            if decode is not None:
                namespace[f"decode_{key}"] = decode
                data = f"decode_{key}({data})"
            written.append(f"{key!r}: {value}")
            read.append(f"{key}={data}")
        self.source = (
            f"def encode(record):\n    return {{{', '.join(written)}}}\n"
            f"def decode(row, **records):\n    return model({', '.join(read)}, **records)\n"
        )
        exec(self.source, namespace)
        #: the record as a JSON object
        self.encode: Callable[[object], dict[str, Any]] = namespace["encode"]
        #: the record back (its parts given as keywords); KeyError, TypeError or
        #: ValueError if damaged. Keys it does not name are left alone (the
        #: index adds its own).
        self.decode: Callable[..., R] = namespace["decode"]


def _codec(field: Field) -> tuple[Codec, Codec]:
    """How a field's values are written and read, from its kind."""
    kind = field.kind
    if kind is Kind.WARNING:
        if not field.many:
            raise NotImplementedError(f"{field.name}: no codec for one {kind}, only a list")
        return _warnings_to_json, _warnings_from_json
    if field.many:
        if kind in (Kind.DATE, Kind.ENUM, Kind.SPAN):
            raise NotImplementedError(f"{field.name}: no codec for a list of {kind}")
        return list, tuple
    if kind is Kind.DATE:
        return date_to_json, _date if field.required else date_from_json
    if kind is Kind.ENUM:
        if field.enum is None:
            raise ValueError(f"{field.name}: a field of kind enum without its enum")
        # Looked up in dicts (KeyError for a value it does not know): calling
        # the enum costs a microsecond, a tenth of reading a whole quote.
        values: dict[StrEnum | None, str | None] = {member: member.value for member in field.enum}
        members: dict[str | None, StrEnum | None] = {member.value: member for member in field.enum}
        if not field.required:
            values[None] = members[None] = None
        return values.__getitem__, members.__getitem__
    if kind is Kind.SPAN:
        return _span_to_json, _span_from_json
    return None, None  # text, ids, counts and flags are their own JSON


def _date(data: Json | None) -> DateValue:
    value = date_from_json(data)
    if value is None:
        raise ValueError("a required date is missing")
    return value


def _span_to_json(span: Span | None) -> list[Any] | None:
    """[start, end, paragraph start, paragraph end, line, [[part start, end], ...]]"""
    if span is None:
        return None
    parts = [[start, end] for start, end in span.parts]
    return [span.start, span.end, span.paragraph_start, span.paragraph_end, span.line, parts]


def _span_from_json(data: list[Any] | None) -> Span | None:
    if data is None:
        return None
    start, end, paragraph_start, paragraph_end, line, parts = data
    pieces = tuple((int(a), int(b)) for a, b in parts)
    return Span(int(start), int(end), int(paragraph_start), int(paragraph_end), int(line), pieces)


def _warnings_to_json(warnings: tuple[CheckerWarning, ...]) -> list[list[Any]]:
    """[[code, message, hint, line, column], ...]"""
    return [[w.code, w.message, w.hint, w.line, w.column] for w in warnings]


def _warnings_from_json(data: list[Any]) -> tuple[CheckerWarning, ...]:
    if not isinstance(data, list):
        raise TypeError("warnings of another shape")
    made = []
    for code, message, hint, line, column in data:
        if not isinstance(code, str) or not isinstance(message, str):
            raise TypeError("a warning of another shape")
        if hint is not None and not isinstance(hint, str):
            raise TypeError("a warning's hint of another shape")
        if not isinstance(line, int) or not isinstance(column, int):
            raise TypeError("a warning's place of another shape")
        made.append(CheckerWarning(code, message, hint, line, column))
    return tuple(made)


_HEAD = _Layout(BRIEFING_TABLE)
_SOURCE = _Layout(SOURCE_TABLE)
_ACTOR = _Layout(ACTOR_TABLE)
_EVENT = _Layout(EVENT_TABLE)
_QUOTE = _Layout(QUOTE_TABLE)
