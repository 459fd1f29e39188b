"""Checking every briefing under a path: a briefing folder or a content directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.check.folder import FolderResult, check_folder, refused_folder
from briefing.check.shared_ids import same_folders, shared_id_problems
from briefing.files.locations import content_folders
from briefing.records.problems import Problem, ProblemSink


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
    by_id: dict[str, list[FolderResult]] = {}
    for entry in content_folders(path):
        if entry.trouble is not None:
            result.refused.append(refused_folder(entry))
            continue
        checked = check_folder(entry.path)
        result.folders.append(checked)
        if checked.briefing_id is not None and checked.briefing_id_at is not None:
            by_id.setdefault(checked.briefing_id, []).append(checked)
    for briefing_id, sharing in by_id.items():
        if len(sharing) < 2:
            continue
        names = [checked.folder.name for checked in sharing]
        same_as = same_folders([checked.folder for checked in sharing])
        problems = shared_id_problems(briefing_id, names, same_as)
        for checked, said in zip(sharing, problems, strict=True):
            if said is None:
                continue
            assert checked.briefing_id_at is not None
            file, node = checked.briefing_id_at
            sink = ProblemSink(file)
            sink.error(node.line, node.column, "duplicate-briefing-id", *said)
            checked.problems.extend(sink.problems)
            checked.briefing = None  # two briefings under one id cannot both open
    return result
