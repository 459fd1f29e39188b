"""Where briefings are, and how paths are shown: light enough for every start.

The reader's warm start imports this and never the checker (`content`,
`folder`, PyYAML): a warm open parses no YAML, so it should not load it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


class UsageError(Exception):
    """The command was given something it cannot use (exit status 2)."""


def bundled_content_dir() -> Path:
    """The bundled briefings: inside the installed package, or the repository's."""
    package = Path(__file__).resolve().parent
    installed = package / "_content"
    return installed if installed.is_dir() else package.parent / "content"


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly inside `folder`, in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in YAML_SUFFIXES and p.is_file())


def briefing_folders(path: Path) -> list[Path]:
    """`path` itself when it is a briefing folder, else each folder inside it.

    Hidden folders and `__pycache__` are not briefings and are passed over.
    """
    if not path.exists():
        raise UsageError(f"no such file or folder: {path}")
    if not path.is_dir():
        raise UsageError(f"not a folder: {path} (give a briefing folder or a content directory)")
    if yaml_files(path):
        return [path]
    children = sorted(
        child
        for child in path.iterdir()
        if child.is_dir() and not child.name.startswith((".", "__"))
    )
    return children or [path]


def display_path(path: Path) -> str:
    """`path` relative to the current directory where it can be."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


@contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk build.

    Checking builds hundreds of thousands of small objects that hold no
    cycles; the collector kept re-scanning them as they piled up, which made
    checking grow faster than its input (measured: ×100 took 14× the time of
    ×10; paused, 10×). Reference counting still frees everything as usual.

    `keep`: what was built lives as long as the process (the reader's
    records), so it is frozen out of the collector's sight before it resumes;
    otherwise its first pass scans everything built meanwhile (measured after
    reading the index at 1000x: 0.11 s).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if keep:
                gc.freeze()
            gc.enable()
