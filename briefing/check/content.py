"""Checking every briefing under a path: a briefing folder or a content directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.check.folder import FolderResult, check_folder, refused_folder
from briefing.files.filekinds import path_text
from briefing.files.locations import content_folders
from briefing.records.problems import Problem, ProblemSink
from briefing.records.text import shown


@dataclass
class ContentResult:
    """Every briefing folder under one path, checked."""

    path: Path
    folders: list[FolderResult] = field(default_factory=list)
    #: links among the folders that do not lead to one: a problem each, no briefing
    refused: list[FolderResult] = field(default_factory=list)

    def all_problems(self) -> list[Problem]:
        return sorted(
            (p for f in self.folders + self.refused for p in f.problems), key=Problem.sort_key
        )


def check_content(path: Path) -> ContentResult:
    """Check every briefing under `path` (a briefing folder or a content directory)."""
    result = ContentResult(path)
    first_by_id: dict[str, FolderResult] = {}
    for entry in content_folders(path):
        if entry.trouble is not None:
            result.refused.append(refused_folder(entry))
            continue
        checked = check_folder(entry.path)
        result.folders.append(checked)
        if checked.briefing_id is None or checked.briefing_id_at is None:
            continue
        first = first_by_id.setdefault(checked.briefing_id, checked)
        if first is checked:
            continue
        file, node = checked.briefing_id_at
        sink = ProblemSink(file)
        sink.error(
            node.line,
            node.column,
            "duplicate-briefing-id",
            f"another briefing in this content directory has the id {shown(checked.briefing_id)}",
            f"it is in the folder {path_text(first.folder.name)}; give each briefing its own id",
        )
        checked.problems.extend(sink.problems)
        checked.briefing = None  # two briefings under one id cannot both open
    return result
