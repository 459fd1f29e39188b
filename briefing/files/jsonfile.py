"""A JSON file of briefing's own: recognised by its first bytes, read bounded, written atomically.

Two kinds of file share these guarantees: the index (a cache,
briefing.index.storage) and the store of the reader's own notes, pins and
reading marks (briefing.userdata). Each begins with its own `Marker`, so
that a path that holds anything else (the user's notes in another program,
a device, a folder) is never read past those bytes, and never renamed or
replaced: `NotOurs`. What begins with the marker but cannot be read back is
ours and damaged: `Unreadable`, set aside by `set_aside` under a name that
no earlier copy holds.

Writing goes to a temporary file in the same folder, which is fsynced,
`os.replace`d over the file, and the folder fsynced: a reader sees the old
file or the new one, never half of one, and a process killed mid-write
leaves the old one whole.

The JSON is strict and deterministic: keys sorted, no NaN or infinity (a
ValueError instead). Names that are not UTF-8 (a folder called b'bad\\xff')
are written as the bytes they are on disk (surrogateescape) and read back
the same.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.files.kept_encoding import KeptEncoding

#: How the text is encoded: UTF-8, with names that are not UTF-8 as their own bytes.
ENCODING, ERRORS = "utf-8", "surrogateescape"


@dataclass(frozen=True)
class Marker:
    """The first key of a kind of file, its value, and what the kind is called.

    The key starts with `_`, which sorts before every other key of the
    object (keys are written sorted), so the file's first bytes are always
    `{"KEY":"VALUE"`.
    """

    key: str
    value: str
    #: "an index": for messages ("more than an index may hold")
    noun: str
    #: a file people may open in an editor: its marker may be spaced out, as an
    #: editor or `python -m json.tool` lays JSON out, and it is still ours
    edited_by_hand: bool = False
    #: a file cut inside its marker, past its key, is ours and damaged, not
    #: another's: for a kind nobody would name a file of theirs after (places);
    #: not an index, which a user may give a file of theirs as (--index)
    cut_is_ours: bool = False

    @property
    def prefix(self) -> bytes:
        """The first bytes of every file of this kind, as briefing writes it."""
        return b'{"' + self.key.encode() + b'":"' + self.value.encode() + b'"'

    def laid_out(self, first: bytes) -> bool:
        """Whether `first` (the file's first bytes) begins with the marker laid out
        with JSON's whitespace between its parts (only for a file `edited_by_hand`),
        after a byte order mark if an editor put one (Windows' Notepad does)."""
        if not self.edited_by_hand:
            return False
        key, value = (re.escape(json.dumps(part).encode()) for part in (self.key, self.value))
        space = rb"[ \t\r\n]*"
        pattern = rb"(?:\xef\xbb\xbf)?\{" + space + key + space + b":" + space + value
        return re.match(pattern, first) is not None


class NotOurs(Exception):
    """The path holds something briefing did not write: it is left exactly as it is."""


class Unreadable(Exception):
    """The file is ours (it begins with the marker) but cannot be read back."""

    def __init__(self, reason: str, place: tuple[int, int] | None = None) -> None:
        super().__init__(reason)
        #: line and column (from 1) where the file stops being JSON, when it does
        self.place = place


def dumps(value: object) -> str:
    """Strict, canonical JSON: sorted keys, no NaN, no spaces."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )


def encode(
    data: dict[str, Any], marker: Marker, kept: KeptEncoding | None = None
) -> Iterator[bytes]:
    """The bytes of `dumps` of the marker and `data`, one top-level key at a time.

    The same bytes as encoding the whole at once, without ever holding the
    whole: at 1000x the index is 32 MB, which as one string (two bytes a
    character once any name is outside Latin-1) and its UTF-8 bytes held
    about 100 MB at once.

    `kept`: for a writer that replaces a value rather than change it, what
    was last written of each value, reused where it is the same
    (briefing.files.kept_encoding), and kept up to date here.
    """
    yield marker.prefix
    for key in sorted(data):
        if key == marker.key:
            continue
        yield f",{dumps(key)}:".encode(ENCODING, ERRORS)
        if kept is None:
            yield _encoded(dumps(data[key]))
        else:
            yield from kept.value(key, data[key], dumps, _encoded)
    yield b"}"


def _encoded(text: str) -> bytes:
    return text.encode(ENCODING, ERRORS)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def our_file(path: Path, marker: Marker) -> Path | None:
    """The file to read and write for `path`, or None if there is none yet.

    A symlink to a file of ours is followed (the file it points to is the
    one replaced). Raises NotOurs for anything else there: it is not opened.
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
            raise NotOurs(reason) from exc
    os.close(_open_checked(target, marker))
    return target


def _open_checked(path: Path, marker: Marker) -> int:
    """A descriptor of `path`, read just past the marker: a regular file that begins with it.

    Opened without blocking (a FIFO put there in between does not hang) and
    checked again on the open file before the marker's bytes are read.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotOurs(_kind(mode))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotOurs(_kind(status.st_mode))
        prefix = marker.prefix
        first = _read_up_to(fd, len(prefix))
        ours = first == prefix or _cut_short(first, marker)
        if not ours and not marker.laid_out(first + _read_up_to(fd, _LAYOUT_ROOM)):
            raise NotOurs("an empty file" if not first else "it does not begin as one does")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _cut_short(first: bytes, marker: Marker) -> bool:
    """Whether `first`, the whole of a file shorter than the marker, is the marker
    cut short, past its key, for a marker that takes it for ours (`cut_is_ours`):
    a file of ours cut in its first bytes (a disk full, `head -c 100`), damaged.
    Taken for another's, a places.json cut so was never written again (a power
    user's trial)."""
    key = b'{"' + marker.key.encode() + b'"'
    if not marker.cut_is_ours:
        return False
    return len(key) <= len(first) < len(marker.prefix) and marker.prefix.startswith(first)


#: What an editor may put before the JSON of a file `edited_by_hand` (`Marker.laid_out`):
#: json.loads refuses it, and what follows it is the same JSON.
_BYTE_ORDER_MARK = "\ufeff"
#: How much room a marker laid out by hand may take beyond its own bytes (`Marker.laid_out`).
_LAYOUT_ROOM = 1024


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


def read_prefix(path: Path, marker: Marker, limit: int) -> bytes | None:
    """The first `limit` bytes of the file of ours at `path` (all of it if shorter); None if none.

    Raises NotOurs as `read_json` does: nothing past the marker is read from
    a file that is not ours.
    """
    try:
        fd = _open_checked(path, marker)
    except FileNotFoundError:
        return None
    try:
        return bytes(_read_whole(fd, limit - 1)) if limit > 0 else b""
    finally:
        os.close(fd)


def read_json(path: Path, marker: Marker, max_bytes: int) -> dict[str, Any] | None:
    """The JSON object of the file of ours at `path`, without its marker (None: no file).

    Raises NotOurs when the file is not ours (it is read no further than the
    marker), Unreadable when it is but is damaged: larger than `max_bytes`,
    not JSON, nested deeper than the parser goes.
    """
    try:
        fd = _open_checked(path, marker)
    except FileNotFoundError:
        return None
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise Unreadable(f"{size:,} bytes, more than {marker.noun} may hold")
        raw = _read_whole(fd, size)
    finally:
        os.close(fd)
    if len(raw) > size:
        raise Unreadable("it grew while it was being read")
    try:
        # Decoded first so the bytes can go before parsing: at 1000x the
        # index is 32 MB and json.loads would hold both copies.
        text = raw.decode(ENCODING, ERRORS).removeprefix(_BYTE_ORDER_MARK)
        del raw
        data = json.loads(text)
        del text
    except json.JSONDecodeError as exc:
        raise Unreadable(f"not JSON: {exc.msg}", (exc.lineno, exc.colno)) from exc
    except ValueError as exc:
        raise Unreadable(f"not JSON ({exc})") from exc
    except RecursionError as exc:
        # json's parser stops at the interpreter's recursion limit: the bound
        # on nesting. Ours are a handful of levels deep.
        raise Unreadable(f"nested deeper than {marker.noun} is") from exc
    if not isinstance(data, dict) or data.pop(marker.key, None) != marker.value:
        raise Unreadable(f"not {marker.noun}'s JSON object")
    return data


def set_aside(path: Path) -> Path | None:
    """Move the damaged file `path` to `NAME.damaged` (`.damaged.1`, ... if taken).

    The new name is claimed by creating it exclusively, then the file is
    renamed over that claim: an earlier copy is never overwritten, even by
    another process setting one aside at the same moment. None when the
    file was already gone (another process set it aside first).
    """
    return keep_aside(path, ".damaged")


def keep_aside(path: Path, suffix: str) -> Path | None:
    """Move `path` to `NAME{suffix}` (`NAME{suffix}.1`, ... if taken), never over a file.

    None when `path` was already gone.
    """
    aside = claim_name(path, suffix)
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        aside.unlink()
        return None
    except BaseException:
        aside.unlink()
        raise
    return aside


def claim_name(path: Path, suffix: str) -> Path:
    """The first of `NAME{suffix}`, `NAME{suffix}.1`, ... that is free, created empty.

    Created exclusively: two processes never claim the same name, and no
    file already there is ever written over.
    """
    for number in range(10_000):
        aside = path.with_name(path.name + (suffix if number == 0 else f"{suffix}.{number}"))
        try:
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        return aside
    raise FileExistsError(errno.EEXIST, f"too many {suffix} copies kept", str(path))


def why_unwritable(path: Path, what: str) -> str | None:
    """Why `path` must not be replaced (or set aside), or None if it may be.

    `what` names the file in the answer ("the index file is read-only").
    A file or folder that no one may write was made read-only on purpose:
    it is respected even by a process that could write it anyway (root).
    """
    for target, name in ((path, what), (path.parent, "its folder")):
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            continue
        if not mode & 0o222 or not os.access(target, os.W_OK):
            return f"{name} is read-only"
    return None
