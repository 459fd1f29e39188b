"""The export formats by name, and what each one produces."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.export.result import Export
from briefing.records.model import Briefing


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    #: the file name's ending ("" for a folder)
    suffix: str
    #: one line for help and the reader's choice
    description: str
    make: Callable[[Briefing], Export]

    @property
    def folder(self) -> bool:
        return not self.suffix

    def default_name(self, briefing_id: str) -> str:
        """`ID.md`, `ID.timeline.json`, `ID-csv`: where an export goes when not told."""
        return f"{briefing_id}{self.suffix}" if self.suffix else f"{briefing_id}-csv"


def _formats() -> dict[str, ExportFormat]:
    from briefing.export import csv_files, json_records, markdown, timeline, web_annotations

    listed = (
        ExportFormat("markdown", ".md", "a document to read or paste", markdown.export),
        ExportFormat("json", ".json", "the records (docs/export.schema.json)", json_records.export),
        ExportFormat("timelinejs", ".timeline.json", "TimelineJS's timeline", timeline.export),
        ExportFormat(
            "annotations", ".annotations.jsonld", "W3C Web Annotations", web_annotations.export
        ),
        ExportFormat("csv", "", "a folder of CSV files, one per section", csv_files.export),
    )
    return {f.name: f for f in listed}


FORMATS: dict[str, ExportFormat] = _formats()


def export(briefing: Briefing, format_name: str) -> Export:
    """`briefing` in the format named `format_name` (one of FORMATS)."""
    return FORMATS[format_name].make(briefing)
