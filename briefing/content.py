"""Where briefings are: the bundled content, and folders a user points at."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.folder import FolderResult, check_folder, yaml_files
from briefing.problems import Problem, ProblemSink
from briefing.text import shown


class UsageError(Exception):
    """The command was given something it cannot use (exit status 2)."""


def bundled_content_dir() -> Path:
    """The bundled briefings: inside the installed package, or the repository's."""
    package = Path(__file__).resolve().parent
    installed = package / "_content"
    return installed if installed.is_dir() else package.parent / "content"


def is_briefing_folder(path: Path) -> bool:
    return bool(yaml_files(path))


def briefing_folders(path: Path) -> list[Path]:
    """`path` itself when it is a briefing folder, else each folder inside it.

    Hidden folders and `__pycache__` are not briefings and are passed over.
    """
    if not path.exists():
        raise UsageError(f"no such file or folder: {path}")
    if not path.is_dir():
        raise UsageError(f"not a folder: {path} (give a briefing folder or a content directory)")
    if is_briefing_folder(path):
        return [path]
    children = sorted(
        child
        for child in path.iterdir()
        if child.is_dir() and not child.name.startswith((".", "__"))
    )
    return children or [path]


@dataclass
class ContentResult:
    """Every briefing folder under one path, checked."""

    path: Path
    folders: list[FolderResult] = field(default_factory=list)

    def all_problems(self) -> list[Problem]:
        return sorted((p for f in self.folders for p in f.problems), key=Problem.sort_key)


def check_content(path: Path) -> ContentResult:
    """Check every briefing under `path` (a briefing folder or a content directory)."""
    result = ContentResult(path)
    first_by_id: dict[str, FolderResult] = {}
    for folder in briefing_folders(path):
        checked = check_folder(folder)
        result.folders.append(checked)
        if checked.briefing_id is None or checked.briefing_id_node is None:
            continue
        first = first_by_id.setdefault(checked.briefing_id, checked)
        if first is checked:
            continue
        file, node = checked.briefing_id_node
        sink = ProblemSink(file)
        sink.error(
            node.line,
            node.column,
            "duplicate-briefing-id",
            f"another briefing in this content directory has the id {shown(checked.briefing_id)}",
            f"it is in the folder {first.folder.name}; give each briefing its own id",
        )
        checked.problems.extend(sink.problems)
        checked.briefing = None  # two briefings under one id cannot both open
    return result
