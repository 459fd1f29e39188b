"""The `csv` export: a folder with one CSV file per section, for spreadsheets.

Columns are the fields authors write (docs/fields.md), in the contract's
order; dates as the contract writes them and, beside them, as the reader
shows them (`when_shown`); a reference as the id written and, beside it, the
name or title of what it names (`speaker_shown`: a spreadsheet of quotes gave
`liz-truss` alone, an analyst's trial). A list is a JSON array of its items,
`["Smith; Jones", "the boss"]` (an empty list an empty cell): joined with "; ",
an alias holding "; " could not be told from two. A cell that a spreadsheet
would read as a formula (`=`, `+`, `-`, `@` first) starts with `'`. Control
and other hidden characters are shown as symbols (`␛`), as the reader shows
them; the JSON export keeps them exactly, escaped. The file of each list of
records (`sources.csv`, `actors.csv`, `events.csv`, `quotes.csv`) ends with
`warnings`, the checker's warnings about each record as a JSON array of
`code: message` (a warned quote read as a sound one in a spreadsheet, and
so did an event whose when_text names the wrong weekday, and two actors the
reader cannot tell apart).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from briefing.export.inert import csv_cell
from briefing.export.result import Export
from briefing.present.display import without_hidden
from briefing.records.dates import DateValue
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.schema import RECORD_LISTS, TABLES, Field, Kind


def export(briefing: Briefing) -> Export:
    briefing = without_hidden(briefing)
    named = _names(briefing)
    files = {}
    for section, table in TABLES.items():
        records: tuple[Any, ...] = (
            (briefing,) if section == "briefing" else getattr(briefing, section)
        )
        columns = list(table.written.values())
        header = [_header(f) for f in columns for _header in (_name, _shown_name) if _header(f)]
        if section in WARNED_SECTIONS:
            header.append(WARNINGS_COLUMN)
        rows = [header]
        for record in records:
            row: list[str] = []
            for field in columns:
                value = getattr(record, field.attribute)
                row.append(csv_cell(_cell(field, value)))
                if field.kind is Kind.DATE:
                    row.append(csv_cell(value.describe() if value is not None else ""))
                elif field.kind is Kind.REF and field.target is not None:
                    ids = value if field.many else () if value is None else (value,)
                    shown = [named[field.target].get(i, i) for i in ids]
                    row.append(csv_cell(_listed(shown) if field.many else "".join(shown)))
            if section in WARNED_SECTIONS:
                row.append(csv_cell(_warnings(record)))
            rows.append(row)
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        files[f"{section}.csv"] = out.getvalue()
    return Export(files, folder=True)


#: The last column of each list's file: not a field authors write, the checker's.
WARNINGS_COLUMN = "warnings"
#: The sections whose files end with WARNINGS_COLUMN: each list of records.
WARNED_SECTIONS = RECORD_LISTS


def _warnings(record: Source | Actor | Event | Quote) -> str:
    return _listed([f"{warning.code}: {warning.message}" for warning in record.warnings])


def _listed(items: Sequence[str]) -> str:
    """A list as one cell: a JSON array (empty: an empty cell), which reads back
    exactly whatever its items hold."""
    return json.dumps(list(items), ensure_ascii=False) if items else ""


def _name(field: Field) -> str:
    return field.name


def _shown_name(field: Field) -> str:
    shown = field.kind is Kind.DATE or (field.kind is Kind.REF and field.target is not None)
    return f"{field.name}_shown" if shown else ""


def _names(briefing: Briefing) -> dict[str, dict[str, str]]:
    """By section, each record's id to what names it: an actor's name, an event's
    or a source's title."""
    return {
        "actors": {actor.id: actor.name for actor in briefing.actors},
        "events": {event.id: event.title for event in briefing.events},
        "sources": {source.id: source.title for source in briefing.sources},
    }


def _cell(field: Field, value: Any) -> str:
    if value is None:
        return ""
    if field.many:
        return _listed(value)
    if isinstance(value, DateValue):
        return value.text
    return str(value)
