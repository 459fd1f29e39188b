"""A JSON Schema (draft 2020-12) of one briefing file, from the record tables.

    python -m briefing.records.json_schema > docs/briefing.schema.json

It describes the YAML's data as authors write it, for editors that check a
file as it is typed (the YAML language server, say): the top-level keys,
each record's fields with their types, which are required, the allowed
values, and the forms of ids, dates and web addresses. What spans files or
records (unique ids, references that exist, quotes found in their source)
only `briefing check` can tell. Dates are strings here, as YAML 1.2 reads an
unquoted `2022-02-10`; an unquoted year, or id of digits, is a number.
tests/test_json_schema.py keeps the file current.
"""

from __future__ import annotations

import json

from briefing.records.schema import ID_PATTERN, TABLES, Field, Kind, RecordTable

# The contract's dates (see briefing.records.dates): a year, month or day,
# maybe qualified (~ approximate, ? uncertain, % both); an instant, with or
# without seconds and offset; an interval of two of these, or open at one end.
_PERIOD = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?"
_TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?"
_OFFSET = "Z|[+-](0[0-9]|1[0-4])(:[0-5][0-9])?"
_INSTANT = f"[0-9]{{4}}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T{_TIME}({_OFFSET})?"
_POINT = f"({_PERIOD}|{_INSTANT})"
DATE_PATTERN = f"^({_POINT}(/({_POINT}|\\.\\.))?|\\.\\./{_POINT})$"
#: http:// or https:// (in any case, as the checker reads it) and a host
URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+\\S*$"

# An id or a year written without quotes is a number to YAML, and `briefing
# check` takes it as written (`id: 12` is the id "12"): the schema accepts the
# number too, or an editor flagged what the checker accepts (a new user's trial).
_DEFINITIONS = {
    "id": {
        "anyOf": [
            {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"},
            {"type": "integer", "minimum": 0},
        ],
        "description": "1-64 characters of a-z, 0-9 and -, starting with a letter or digit",
    },
    "date": {
        "anyOf": [
            {"type": "string", "pattern": DATE_PATTERN},
            {"type": "integer", "minimum": 0, "maximum": 9999},
        ],
        "description": "2022, 2022-02, 2022-02-10, 2022-02-10T10:45, 2022-02-09~, "
        "2022-02-10/2022-02-20, 2022-02-15/.. or ../2022-02-10",
    },
    "url": {
        "type": "string",
        "pattern": URL_PATTERN,
        "description": "a web address starting http:// or https://",
    },
}


def json_schema() -> dict[str, object]:
    """The schema of one briefing file (an empty file is null, and allowed)."""
    properties: dict[str, object] = {}
    definitions: dict[str, object] = {}
    for key, table in TABLES.items():
        definitions[table.singular] = _record(table)
        reference = {"$ref": f"#/$defs/{table.singular}"}
        properties[key] = reference if key == "briefing" else {"type": "array", "items": reference}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefing file",
        "description": "One YAML file of a briefing folder (see docs/fields.md); "
        "exactly one file of the folder has the briefing mapping.",
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": False,
        "$defs": definitions | _DEFINITIONS,
    }


def _record(table: RecordTable[object]) -> dict[str, object]:
    fields = table.written.values()
    return {
        "type": "object",
        "properties": {field.name: _field(field) for field in fields},
        "required": [field.name for field in fields if field.required],
        "additionalProperties": False,
    }


def _field(field: Field) -> dict[str, object]:
    schema = _value(field)
    if field.many:
        schema = {"type": "array", "items": schema}
        if field.non_empty:
            schema["minItems"] = 1
    if field.meaning:
        schema["description"] = field.meaning
    return schema


def _value(field: Field) -> dict[str, object]:
    """One value of the field's kind."""
    kind = field.kind
    if kind in (Kind.ID, Kind.REF):
        return {"$ref": "#/$defs/id"}
    if kind is Kind.DATE:
        return {"$ref": "#/$defs/date"}
    if kind is Kind.URL:
        return {"$ref": "#/$defs/url"}
    if kind is Kind.ENUM:
        return {"enum": list(field.choices)}
    if kind is Kind.COUNT:
        return {"type": "integer", "minimum": 1}
    if kind in (Kind.TEXT, Kind.PATH):
        return {"type": "string"}
    raise ValueError(f"{field.name}: authors do not write a {kind}")


def text() -> str:
    """docs/briefing.schema.json, byte for byte."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(text(), end="")
