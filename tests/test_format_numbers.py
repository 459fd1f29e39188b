"""The index's and the export's format numbers follow what they hold.

A field added to the record tables changes what each briefing's index file
holds: an index built before it, opened by the new code, was said to be
damaged (`KeyError: 'website'`), a `.damaged` copy left for each briefing,
unless INDEX_FORMAT was bumped, which nothing asked for (a maintainer's
trial). The same for the export: its schema changed under `export_format: 1`.
Each shape is recorded here beside its number: a change of shape with the
same number fails, and says what to bump.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from briefing.export.json_records import EXPORT_FORMAT
from briefing.index.tables import INDEX_FORMAT
from briefing.records.schema import TABLES

#: The record tables' shape for each index format since this test (see below).
INDEX_SHAPES = {
    24: "850f9b3ac11d75d0",
    25: "910e27d5e438c7ca",
    26: "910e27d5e438c7ca",
    27: "910e27d5e438c7ca",
    28: "910e27d5e438c7ca",
    29: "910e27d5e438c7ca",
    30: "89a0b69c4eb6c612",
    31: "db1b77b33c601ef3",
    32: "db1b77b33c601ef3",
    33: "db1b77b33c601ef3",
    34: "db1b77b33c601ef3",
    35: "db1b77b33c601ef3",
    36: "db1b77b33c601ef3",
    37: "db1b77b33c601ef3",
    38: "db1b77b33c601ef3",
    39: "db1b77b33c601ef3",
    40: "db1b77b33c601ef3",
    41: "db1b77b33c601ef3",
    42: "db1b77b33c601ef3",
    43: "db1b77b33c601ef3",
}
#: The export schema's shape, less its words for people, for each export format.
EXPORT_SHAPES = {1: "f0d011e20e88fb5a", 2: "593ca6af18def1cf", 3: "942b2eccb336bee2"}
EXPORT_SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "export.schema.json"


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def index_shape() -> str:
    """What each table stores of each field: its name, kind, and whether a list."""
    return _digest(
        {
            key: [
                [f.name, f.attribute, f.kind.value, f.many, f.derived, f.required]
                + ([sorted(e.value for e in f.enum)] if f.enum else [])
                for f in table.fields
            ]
            for key, table in TABLES.items()
        }
    )


def _structure(schema: Any) -> Any:
    """The schema without its descriptions and titles: what a document must be."""
    if isinstance(schema, dict):
        return {k: _structure(v) for k, v in schema.items() if k not in ("description", "title")}
    if isinstance(schema, list):
        return [_structure(v) for v in schema]
    return schema


def export_shape() -> str:
    return _digest(_structure(json.loads(EXPORT_SCHEMA.read_text(encoding="utf-8"))))


def test_the_index_format_follows_what_the_index_holds() -> None:
    shape = index_shape()
    if INDEX_FORMAT not in INDEX_SHAPES:
        raise AssertionError(f"record {INDEX_FORMAT}: {shape!r} in INDEX_SHAPES here")
    assert INDEX_SHAPES[INDEX_FORMAT] == shape, (
        f"the record tables hold another shape ({shape}) under INDEX_FORMAT {INDEX_FORMAT}: "
        "bump INDEX_FORMAT in briefing/index/tables.py (say why beside it), then record "
        f"{INDEX_FORMAT + 1}: {shape!r} in INDEX_SHAPES here"
    )


def test_the_export_format_follows_the_export_schema() -> None:
    shape = export_shape()
    if EXPORT_FORMAT not in EXPORT_SHAPES:
        raise AssertionError(f"record {EXPORT_FORMAT}: {shape!r} in EXPORT_SHAPES here")
    assert EXPORT_SHAPES[EXPORT_FORMAT] == shape, (
        f"docs/export.schema.json holds another shape ({shape}) under EXPORT_FORMAT "
        f"{EXPORT_FORMAT}: bump EXPORT_FORMAT in briefing/export/json_records.py, "
        f"regenerate the schema, then record {EXPORT_FORMAT + 1}: <its shape> in "
        "EXPORT_SHAPES here"
    )
