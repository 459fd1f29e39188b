"""Noticing that a briefing's files changed on disk while the reader shows it.

A cheap look: what `lstat`/`stat` tell of each entry that can change what a
briefing says (the entries the index fingerprints), no hashing. The reader
compares the open briefing's files with what they were when it read them.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing.errors import UsageError
from briefing.index.fingerprint import content_entries, stat_stamp

#: each entry's stat key (kind, size, mtime in ns, detail, ctime in ns); None
#: when the content could not be read at all
FilesState = dict[str, tuple[str, int, int, str, int]] | None


def files_state(content: Path) -> FilesState:
    """The stamps of every file under `content` (a content directory or a briefing folder),
    by OS path."""
    try:
        return {
            entry.path: stat_stamp(entry.name, entry.path).stat_key
            for entry in content_entries(content)
        }
    except (OSError, UsageError):  # gone or unreadable: unlike any state it had before
        return None


def within(state: FilesState, folder: Path) -> FilesState:
    """The part of `state` (taken of a whole content directory) under `folder`;
    None, as `files_state` says of it, when `folder` was not there (gone, or
    not a briefing's folder then): a folder gone was read again at every look
    until it came back, a whole library's index opened every POLL_SECONDS."""
    top = os.fspath(folder)
    if state is None or top not in state:
        return None
    inside = top.rstrip(os.sep) + os.sep
    return {path: stamp for path, stamp in state.items() if path == top or path.startswith(inside)}


def gone_folder(content: Path, folder: Path) -> Path | None:
    """Which of a briefing's folders is not there: the content directory it was
    read from (a library's, or its own), else its own folder; None: both are."""
    return next((path for path in (content, folder) if not path.exists()), None)
