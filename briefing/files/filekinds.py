"""What a path on disk is, asked of `stat` before anything is opened.

The checker is handed whatever lies in a folder: symlinks that lead nowhere or
round in a loop, named pipes (opening one for reading waits for a writer that
never comes), devices (`/dev/zero` never ends), folders where a file should be,
names too long for the file system or not UTF-8. Each is a `Trouble`: a problem
code and what the path is, so the caller can report it where it belongs.

Light on purpose (os and stat only): `locations` uses it on every start.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

#: A path as the OS takes it. Given as text, it is used as written: a Path
#: would drop a trailing '/', which the OS reads as "this is a folder".
AnyPath = str | os.PathLike[str]
#: The most of a name shown in a message (a name may be 255 bytes long).
_NAME_SHOWN = 40
#: How much more is read at a time from a file that grew while it was read.
_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class Trouble:
    """Why a path cannot be read as what it should be."""

    code: str
    #: what the path is, to follow a subject: "is a named pipe (FIFO), not a file"
    predicate: str
    hint: str | None = None


class Refused(Exception):
    """The path is not a regular file (or not a folder): `trouble` says what it is."""

    def __init__(self, trouble: Trouble) -> None:
        super().__init__(trouble.predicate)
        self.trouble = trouble


class TooLarge(Exception):
    """The file holds more than the cap: `size` is its real size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def path_text(path: str | os.PathLike[str]) -> str:
    """`path` as text that can always be printed: bytes that are not UTF-8 as `\\xff`.

    Python hands such names over with each byte as a lone surrogate, which no
    stream can encode; escaped, they are visible and the line never fails.
    """
    text = os.fspath(path)
    if not has_undecodable(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def has_undecodable(name: str) -> bool:
    """True when `name` came from bytes that are not UTF-8 (surrogate-escaped)."""
    return any("\udc80" <= char <= "\udcff" for char in name)


def file_trouble(path: AnyPath) -> Trouble | None:
    """Why `path` is not a regular file that can be read, or None when it is.

    Raises OSError for what is not odd but plainly wrong (no such file where
    no link stands, permission denied): the caller has its own words for those.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        trouble = stat_trouble(path, exc)
        if trouble is None:
            raise
        return trouble
    if stat.S_ISREG(mode):
        return None
    return _mode_trouble(mode)


def folder_trouble(path: Path) -> Trouble | None:
    """Why `path` does not lead to a folder, or None when it does (links followed).

    A plain missing path or a permission problem is left to the listing that
    follows (`folder-unreadable`); only odd kinds are named here.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return stat_trouble(path, exc)
    if stat.S_ISDIR(mode):
        return None
    what = "a file" if stat.S_ISREG(mode) else _kind_name(mode)
    return Trouble(
        "not-a-folder",
        f"is a symbolic link to {what}, not to a folder",
        "a content directory holds briefing folders; link to a folder, or remove the link",
    )


def read_file(path: AnyPath, cap: int) -> bytes:
    """The bytes of the regular file at `path`, never reading more than `cap` + 1.

    Decided by `stat` first, so a named pipe or a device is never opened; the
    file is then opened without blocking and checked again (it may have been
    swapped meanwhile). Raises Refused, TooLarge (with the real size), or
    OSError for a file that cannot be read.
    """
    trouble = file_trouble(path)
    if trouble is not None:
        raise Refused(trouble)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    with open(descriptor, "rb", closefd=True) as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise Refused(_mode_trouble(status.st_mode))
        if status.st_size > cap:
            raise TooLarge(status.st_size)
        # Asked for `cap + 1` bytes, read() would set aside that much at once
        # (64 MiB for every small file); the size is known, so ask for that.
        data = handle.read(status.st_size + 1)
        while len(data) > status.st_size and len(data) <= cap:  # it grew after the stat
            more = handle.read(min(_BLOCK, cap + 1 - len(data)))
            if not more:
                break
            data += more
    if len(data) > cap:
        raise TooLarge(max(len(data), status.st_size))
    return data


def stat_trouble(path: AnyPath, exc: OSError) -> Trouble | None:
    """What an odd path is, from the error `stat` gave; None when not odd."""
    if exc.errno == errno.ELOOP:
        return Trouble(
            "link-loop",
            "is a symbolic link that leads round in a loop",
            "point the link at a real file or folder, or remove it",
        )
    if exc.errno == errno.ENAMETOOLONG:
        return Trouble(
            "name-too-long",
            f"has a name too long for the file system ({_longest_part(path)})",
            "shorten the name",
        )
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return Trouble(
            "link-broken",
            f"is a symbolic link to {_quoted(_link_target(path))}, which does not exist",
            "point the link at something that exists, or remove it",
        )
    return None


def _mode_trouble(mode: int) -> Trouble:
    if stat.S_ISDIR(mode):
        return Trouble(
            "is-a-folder",
            "is a folder, not a file",
            "only files ending .yaml or .yml are read; rename the folder",
        )
    return Trouble(
        "special-file",
        f"is {_kind_name(mode)}, not a file; it was not read",
        "a briefing holds only regular files",
    )


def _kind_name(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "something other than a file"


def _link_target(path: AnyPath) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _longest_part(path: AnyPath) -> str:
    longest = max(Path(path).parts, key=lambda part: len(os.fsencode(part)), default="")
    size = len(os.fsencode(longest))
    if size > 255:
        return f"one part is {len(longest)} characters, {size} bytes; at most 255 bytes"
    return f"the whole path is {len(os.fsencode(os.fspath(path))):,} bytes"


def _quoted(name: str) -> str:
    text = path_text(name)
    if len(text) > _NAME_SHOWN:
        text = text[: _NAME_SHOWN - 1] + "…"
    return f"'{text}'"
