"""Noticing that a briefing's files changed on disk while the reader shows it.

A cheap look: the size and mtime of each file that can change what a
briefing says (the files the index fingerprints), no hashing. The reader
compares the open briefing's files with what they were when it read them.
"""

from __future__ import annotations

from pathlib import Path

from briefing.fingerprint import content_files
from briefing.locations import UsageError

#: each file's (size, mtime in ns); None when the folder could not be read at all
FilesState = dict[Path, tuple[int, int]] | None


def files_state(content: Path) -> FilesState:
    """The stamps of every file under `content` (a content directory or a briefing folder)."""
    try:
        state: dict[Path, tuple[int, int]] = {}
        for path in content_files(content):
            stat = path.stat()
            state[path] = (stat.st_size, stat.st_mtime_ns)
        return state
    except (OSError, UsageError):  # gone or unreadable: unlike any state it had before
        return None


def within(state: FilesState, folder: Path) -> FilesState:
    """The part of `state` (taken of a whole content directory) under `folder`."""
    if state is None:
        return None
    return {path: stamp for path, stamp in state.items() if path.is_relative_to(folder)}
