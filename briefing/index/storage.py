"""The index file: recognised by its first bytes, read once and bounded, written atomically.

TinyDB's stock JSONStorage re-reads the whole file on every query and
rewrites it in place, so a process killed mid-write leaves broken JSON. This
storage (behind TinyDB's documented `Storage` interface) reads the file once
and answers every later read from memory, and writes through
briefing.files.jsonfile: a temporary file in the same folder, fsynced,
`os.replace`d over the index, the folder fsynced. A reader sees the old
index or the new one, never half of one.

Every index begins with `MARKER`. A path given as an index that holds
anything else (the user's notes, a device, a folder) is never read past
those bytes, and never renamed or replaced: `NotAnIndex`. What begins with
the marker but cannot be read back is ours and damaged: `IndexUnreadable`,
set aside by `set_aside` under a name that no earlier copy holds.

What is not particular to the index (the marker check, the bounded read,
the atomic write, setting aside) is in briefing.files.jsonfile, shared with
the store of the reader's own notes (briefing.userdata).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from briefing.files import jsonfile
from briefing.files.atomic import sync, temporary_files, write_atomically
from briefing.files.jsonfile import (
    ENCODING,
    ERRORS,
    Marker,
    set_aside,
)

__all__ = [
    "ENCODING",
    "ERRORS",
    "MARKER",
    "MAX_INDEX_BYTES",
    "AtomicJSONStorage",
    "IndexUnreadable",
    "NotAnIndex",
    "encode",
    "index_file",
    "read_index",
    "read_prefix",
    "set_aside",
    "sync",
    "temporary_files",
    "why_unwritable",
    "write_atomically",
]

#: The top-level key that comes first in every index (sorted keys: "_" sorts
#: before every table's name), and its value: the first bytes of the file.
MARKER_KEY = "_briefing_index"
MARKER_VALUE = "written by briefing: a cache, safe to delete"
INDEX_MARKER = Marker(MARKER_KEY, MARKER_VALUE, "an index")
MARKER = INDEX_MARKER.prefix

#: Largest index read, in bytes (at 1000 times the bundled briefing it is 32 MB).
MAX_INDEX_BYTES = 256 * 1024 * 1024

#: The path holds something briefing did not write: it is left exactly as it is.
NotAnIndex = jsonfile.NotOurs
#: The index is ours (it begins with the marker) but cannot be read back.
IndexUnreadable = jsonfile.Unreadable


def encode(data: dict[str, Any]) -> Iterator[bytes]:
    """The index's bytes: the marker, then `data`'s tables (jsonfile.encode)."""
    return jsonfile.encode(data, INDEX_MARKER)


def index_file(path: Path) -> Path | None:
    """The file to read and write for the index `path`, or None if there is none yet.

    A symlink to an index is followed (the file it points to is the one
    rebuilt). Raises NotAnIndex for anything else there: it is not opened.
    """
    return jsonfile.our_file(path, INDEX_MARKER)


def read_prefix(path: Path, limit: int) -> bytes | None:
    """The first `limit` bytes of the index at `path` (all of it if shorter); None if none."""
    return jsonfile.read_prefix(path, INDEX_MARKER, limit)


def read_index(path: Path) -> dict[str, Any] | None:
    """The tables of the index at `path` (None if there is no file).

    Raises NotAnIndex when the file is not one (it is read no further than
    the marker), IndexUnreadable when it is but is damaged: larger than
    MAX_INDEX_BYTES, not JSON, nested deeper than the parser goes.
    """
    return jsonfile.read_json(path, INDEX_MARKER, MAX_INDEX_BYTES)


def why_unwritable(path: Path) -> str | None:
    """Why the index `path` must not be replaced (or set aside), or None if it may be."""
    return jsonfile.why_unwritable(path, "the index file")


class AtomicJSONStorage(Storage):
    """TinyDB storage: one bounded read of the file, atomic strict-JSON writes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] | None = None

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            self._data = read_index(self.path)
        return self._data

    def write(self, data: dict[str, Any], sync_folder: bool = True) -> None:
        write_atomically(self.path, encode(data), sync_folder)
        self._data = data

    def close(self) -> None:
        self._data = None
