"""A briefing taken out of the terminal, in the formats other tools read.

    markdown     a document: summary, actors by kind, chronology, quotes with attribution
    text         the same as plain text, no markup, to read top to bottom or hear read aloud
    json         the records, as docs/export.schema.json describes them
    timelinejs   TimelineJS's JSON: one slide per event
    annotations  W3C Web Annotations (JSON-LD): one per anchored quote, with its selectors
    csv          one file per section

Every export is made from the typed records alone (no UI, no disk but the
final write, see `briefing.export.writing`). Content is untrusted: each
format keeps it inert in its own way (escaped Markdown, hidden characters
shown as symbols in plain text, escaped HTML in TimelineJS's text, JSON
escapes, spreadsheet formulas defused in CSV), and only checked http(s)
addresses become links.
"""

from __future__ import annotations

from briefing.export.formats import FORMATS, ExportFormat, export
from briefing.export.result import Export

__all__ = ["FORMATS", "Export", "ExportFormat", "export"]
