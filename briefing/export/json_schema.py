"""A JSON Schema (draft 2020-12) of the `json` export, from the record tables.

    python -m briefing.export.json_schema > docs/export.schema.json

tests/test_export.py keeps the file current and validates exports against it.
"""

from __future__ import annotations

import json

from briefing.export.inert import GENERATOR_NAME
from briefing.export.json_records import EXPORT_FORMAT, SECTIONS, key
from briefing.records.json_schema import DATE_PATTERN
from briefing.records.schema import BRIEFING_TABLE, ID_PATTERN, Field, Kind, RecordTable

_SPAN = {
    "type": "object",
    "description": "where the quote's words stand in its source's full_text, in characters "
    "(Unicode code points); parts: each part's [start, end] for a quote with elisions. "
    "full_text is the file's text without the byte order mark (U+FEFF) a file may start "
    "with, which is no text: in such a file each position is one character further on",
    "required": ["start", "end", "paragraph_start", "paragraph_end", "line", "parts"],
    "additionalProperties": False,
    "properties": {
        **{
            name: {"type": "integer", "minimum": 0}
            for name in ("start", "end", "paragraph_start", "paragraph_end")
        },
        "line": {"type": "integer", "minimum": 1},
        "parts": {
            "type": "array",
            "items": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0},
                "minItems": 2,
                "maxItems": 2,
            },
        },
    },
}


_WARNING = {
    "type": "object",
    "description": "a warning `briefing check` gave about the record (docs/errors.md lists "
    "the codes): what the format allows but may mislead, as a quote that takes part of a "
    "word of its source does, an event whose when_text names a weekday its date is not, or "
    "an actor with the name, kind, role and affiliations of another",
    "required": ["code", "message", "hint"],
    "additionalProperties": False,
    "properties": {
        "code": {"type": "string"},
        "message": {"type": "string"},
        "hint": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    },
}


#: Derived values that are always there.
_NEVER_NULL = (Kind.COUNT, Kind.FLAG)


def _value(field: Field) -> dict[str, object]:
    kind = field.kind
    schema: dict[str, object]
    if kind in (Kind.ID, Kind.REF):
        schema = {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}
    elif kind is Kind.DATE:
        schema = {"type": "string", "pattern": DATE_PATTERN}
    elif kind is Kind.ENUM:
        schema = {"enum": list(field.choices)}
    elif kind is Kind.COUNT:
        schema = {"type": "integer", "minimum": 0}
    elif kind is Kind.FLAG:
        schema = {"type": "boolean"}
    elif kind is Kind.SPAN:
        schema = dict(_SPAN)
    elif kind is Kind.WARNING:
        schema = dict(_WARNING)
    else:
        schema = {"type": "string"}
    if field.many:
        schema = {"type": "array", "items": schema}
    if field.meaning:
        schema["description"] = field.meaning
    # optional fields, a quote's span and a source's full text may be null
    if not field.required and not field.many and not (field.derived and kind in _NEVER_NULL):
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _record(table: RecordTable[object]) -> dict[str, object]:
    return {
        "type": "object",
        "required": [key(f) for f in table.fields],
        "additionalProperties": False,
        "properties": {key(f): _value(f) for f in table.fields},
    }


def export_schema() -> dict[str, object]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefing export --to json",
        "description": "A briefing's records as `briefing export --to json` writes them: the "
        "fields authors write (docs/fields.md), dates as the format's text, and what the "
        "checker derives (counts, names, source texts, quotes' places in them and its "
        "warnings about them).",
        "type": "object",
        "required": ["generator", "export_format", "briefing", *SECTIONS],
        "additionalProperties": False,
        "properties": {
            "generator": {
                "type": "object",
                "properties": {
                    "name": {"const": GENERATOR_NAME},
                    "version": {"type": "string"},
                    "digest": {
                        "description": "sha256 of the file's text, taken with these 64 digits "
                        "as zeros: an export edited since is never written over",
                        "type": "string",
                        "pattern": "^sha256:[0-9a-f]{64}$",
                    },
                },
            },
            "export_format": {"const": EXPORT_FORMAT},
            "briefing": _record(BRIEFING_TABLE),
            **{
                section: {"type": "array", "items": _record(table)}
                for section, table in SECTIONS.items()
            },
        },
    }


if __name__ == "__main__":
    print(json.dumps(export_schema(), indent=2, ensure_ascii=False))
