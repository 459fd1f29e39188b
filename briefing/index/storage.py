"""The index file: recognised by its first bytes, read once and bounded, written atomically.

TinyDB's stock JSONStorage re-reads the whole file on every query and
rewrites it in place, so a process killed mid-write leaves broken JSON. This
storage (behind TinyDB's documented `Storage` interface) reads the file once
and answers every later read from memory, and writes a temporary file in the
same folder, fsyncs it, `os.replace`s it over the index and fsyncs the folder:
a reader sees the old index or the new one, never half of one.

The JSON is strict and deterministic: keys sorted, no NaN or infinity (a
ValueError instead), so two builds of the same content are byte-identical.
Names that are not UTF-8 (a folder called b'bad\\xff') are written as the
bytes they are on disk (surrogateescape) and read back the same.

Every index begins with `MARKER`. A path given as an index that holds
anything else (the user's notes, a device, a folder) is never read past
those bytes, and never renamed or replaced: `NotAnIndex`. What begins with
the marker but cannot be read back is ours and damaged: `IndexUnreadable`,
set aside by `set_aside` under a name that no earlier copy holds.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

#: The top-level key that comes first in every index (sorted keys: "_" sorts
#: before every table's name), and its value: the first bytes of the file.
MARKER_KEY = "_briefing_index"
MARKER_VALUE = "written by briefing: a cache, safe to delete"
MARKER = b'{"' + MARKER_KEY.encode() + b'":"' + MARKER_VALUE.encode() + b'"'

#: Largest index read, in bytes (at 1000 times the bundled briefing it is 32 MB).
MAX_INDEX_BYTES = 256 * 1024 * 1024

#: How an index's text is encoded: UTF-8, with names that are not UTF-8 as their own bytes.
ENCODING, ERRORS = "utf-8", "surrogateescape"


class NotAnIndex(Exception):
    """The path holds something briefing did not write: it is left exactly as it is."""


class IndexUnreadable(Exception):
    """The index is ours (it begins with the marker) but cannot be read back."""


def _dumps(value: object) -> str:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )


def encode(data: dict[str, Any]) -> Iterator[bytes]:
    """The bytes of `_dumps` of the marker and `data`, one top-level table at a time.

    The same bytes as encoding the whole at once, without ever holding the
    whole: at 1000x the index is 32 MB, which as one string (two bytes a
    character once any name is outside Latin-1) and its UTF-8 bytes held
    about 100 MB at once.
    """
    yield MARKER
    for key in sorted(data):
        if key == MARKER_KEY:
            continue
        yield f",{_dumps(key)}:{_dumps(data[key])}".encode(ENCODING, ERRORS)
    yield b"}"


def temporary_files(path: Path) -> list[Path]:
    """Temporary files left by writes of `path` that were killed."""
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))


def write_atomically(path: Path, chunks: Iterable[bytes], sync_folder: bool = True) -> None:
    """Replace `path` with `chunks` so that no reader ever sees half of it.

    `sync_folder=False`: the caller syncs the folder itself, once, after
    writing many files into it (`sync`), before anything refers to them.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if sync_folder:
        sync(path.parent)


def sync(folder: Path) -> None:
    """Make the names written into `folder` durable (its entries, not the files' bytes)."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def index_file(path: Path) -> Path | None:
    """The file to read and write for the index `path`, or None if there is none yet.

    A symlink to an index is followed (the file it points to is the one
    rebuilt). Raises NotAnIndex for anything else there: it is not opened.
    """
    try:
        link = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    target = path
    if stat.S_ISLNK(link.st_mode):
        try:
            target = Path(os.path.realpath(path, strict=True))
        except OSError as exc:
            reason = "a symlink loop" if exc.errno == errno.ELOOP else "a symlink to nothing"
            raise NotAnIndex(reason) from exc
    os.close(_open_checked(target))
    return target


def _open_checked(path: Path) -> int:
    """A descriptor of `path`, read just past MARKER: a regular file that begins with it.

    Opened without blocking (a FIFO put there in between does not hang) and
    checked again on the open file before the marker's bytes are read.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotAnIndex(_kind(mode))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotAnIndex(_kind(status.st_mode))
        first = _read_up_to(fd, len(MARKER))
        if first != MARKER:
            raise NotAnIndex("an empty file" if not first else "it does not begin as one does")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_up_to(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from `fd` (fewer only at the end of the file)."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read_whole(fd: int, size: int) -> bytearray:
    """The file from its start, `size` bytes (one more if it grew): one buffer, no copies."""
    buffer = bytearray(size + 1)
    got = 0
    with memoryview(buffer) as view, os.fdopen(fd, "rb", buffering=0, closefd=False) as handle:
        handle.seek(0)
        while got < len(buffer) and (count := handle.readinto(view[got:])):
            got += count
    del buffer[got:]
    return buffer


def read_prefix(path: Path, limit: int) -> bytes | None:
    """The first `limit` bytes of the index at `path` (all of it if shorter); None if none.

    Raises NotAnIndex as `read_index` does: nothing past the marker is read
    from a file that is not ours.
    """
    try:
        fd = _open_checked(path)
    except FileNotFoundError:
        return None
    try:
        return bytes(_read_whole(fd, limit - 1)) if limit > 0 else b""
    finally:
        os.close(fd)


def read_index(path: Path) -> dict[str, Any] | None:
    """The tables of the index at `path` (None if there is no file).

    Raises NotAnIndex when the file is not one (it is read no further than
    the marker), IndexUnreadable when it is but is damaged: larger than
    MAX_INDEX_BYTES, not JSON, nested deeper than the parser goes.
    """
    try:
        fd = _open_checked(path)
    except FileNotFoundError:
        return None
    try:
        size = os.fstat(fd).st_size
        if size > MAX_INDEX_BYTES:
            raise IndexUnreadable(f"{size:,} bytes, more than an index may hold")
        raw = _read_whole(fd, size)
    finally:
        os.close(fd)
    if len(raw) > size:
        raise IndexUnreadable("it grew while it was being read")
    try:
        # Decoded first so the bytes can go before parsing: at 1000x the
        # file is 32 MB and json.loads would hold both copies.
        text = raw.decode(ENCODING, ERRORS)
        del raw
        data = json.loads(text)
        del text
    except ValueError as exc:
        raise IndexUnreadable(f"not JSON ({exc})") from exc
    except RecursionError as exc:
        # json's parser stops at the interpreter's recursion limit: the bound
        # on nesting. Ours is a handful of levels deep.
        raise IndexUnreadable("nested deeper than an index is") from exc
    if not isinstance(data, dict) or data.pop(MARKER_KEY, None) != MARKER_VALUE:
        raise IndexUnreadable("not an index's JSON object")
    return data


def set_aside(path: Path) -> Path | None:
    """Move the damaged index `path` to `NAME.damaged` (`.damaged.1`, ... if taken).

    The new name is claimed by creating it exclusively, then the index is
    renamed over that claim: an earlier copy is never overwritten, even by
    another process setting one aside at the same moment. None when the
    index was already gone (another process set it aside first).
    """
    for number in range(10_000):
        suffix = ".damaged" if number == 0 else f".damaged.{number}"
        aside = path.with_name(path.name + suffix)
        try:
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            aside.unlink()
            return None
        except BaseException:
            aside.unlink()
            raise
        return aside
    raise FileExistsError(errno.EEXIST, "too many damaged copies kept", str(path))


def why_unwritable(path: Path) -> str | None:
    """Why the index `path` must not be replaced (or set aside), or None if it may be.

    A file or folder that no one may write was made read-only on purpose:
    it is respected even by a process that could write it anyway (root).
    """
    for target, what in ((path, "the index file"), (path.parent, "its folder")):
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            continue
        if not mode & 0o222 or not os.access(target, os.W_OK):
            return f"{what} is read-only"
    return None


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
