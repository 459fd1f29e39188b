"""The export formats by name, and what each one produces.

The table names each format's module rather than importing it: `briefing
--help` and every other command build the parser from these names, and a
command that exports nothing should not pay for the six formats' imports.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.export.result import Export
    from briefing.records.model import Briefing


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    #: the file name's ending ("" for a folder)
    suffix: str
    #: one line for help and the reader's choice
    description: str
    #: the module (in briefing.export) whose `export(briefing)` makes it
    module: str

    @property
    def folder(self) -> bool:
        return not self.suffix

    def default_name(self, briefing_id: str) -> str:
        """`ID.md`, `ID.timeline.json`, `ID-csv`: where an export goes when not told."""
        return f"{briefing_id}{self.suffix}" if self.suffix else f"{briefing_id}-csv"

    def make(self, briefing: Briefing) -> Export:
        """`briefing` in this format."""
        maker = importlib.import_module(f"briefing.export.{self.module}").export
        made: Export = maker(briefing)
        return made


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("markdown", ".md", "a document to read or paste", "markdown"),
        ExportFormat("text", ".txt", "plain text, to read or hear read aloud", "text"),
        ExportFormat("json", ".json", "the records (docs/export.schema.json)", "json_records"),
        ExportFormat("timelinejs", ".timeline.json", "TimelineJS's timeline", "timeline"),
        ExportFormat(
            "annotations", ".annotations.jsonld", "W3C Web Annotations", "web_annotations"
        ),
        ExportFormat("csv", "", "a folder of CSV files, one per section", "csv_files"),
    )
}


def export(briefing: Briefing, format_name: str) -> Export:
    """`briefing` in the format named `format_name` (one of FORMATS)."""
    return FORMATS[format_name].make(briefing)
