"""Files replaced whole: no reader ever sees half of one, and nothing but the
program's own temporary file is ever removed.

Three writers did this three ways (the notes and the index, exports, the
settings): a temporary file opened over whatever had its name (following a
link there), one removed on failure even when it was another's file of that
name, one left private (0600) where the user's umask said otherwise (a code
review). One way now: a name of our own (the process and a random token), the
file made exclusively (never over a file or a link that is there), with the
user's umask or the mode of the file it replaces, and removed only if made
here.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from briefing.files.thread_marks import ThreadMarks

#: A temporary file of ours beside the file it replaces: `.NAME.PID-TOKEN.tmp`
#: (`.NAME.PID.tmp` before 2026-11-27).
_OURS = r"\.{name}\.\d+(?:-[0-9a-f]{{12}})?\.tmp"

#: A large buffer: the notes file comes in a thousand pieces of a few KB
#: (briefing.files.kept_encoding), which the default 8 KB buffer wrote in twice
#: the time.
_WRITE_BUFFER = 1 << 20


def write_atomically(
    path: Path, chunks: Iterable[bytes], sync_folder: bool = True, keep_mode: bool = False
) -> None:
    """Replace `path` with `chunks` so that no reader ever sees half of it.

    `sync_folder=False`: the caller syncs the folder itself, once, after
    writing many files into it (`sync`), before anything refers to them.
    `keep_mode`: the new file takes the mode of the one it replaces (a file
    the user made, such as the settings), else the user's umask holds.
    """
    with writing():
        mode = _mode(path) if keep_mode else None
        temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")
        handle = open(temporary, "xb", buffering=_WRITE_BUFFER)  # noqa: SIM115 (closed below)
        try:
            with handle:
                for chunk in chunks:
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)  # made here, by the open above
            raise
        if sync_folder:
            sync(path.parent)


#: The threads making a file now.
_MAKING = ThreadMarks()


def writing() -> AbstractContextManager[None]:
    """Within the block, this thread is making a file (an export being built
    counts from its start): the process does not end before it is done
    (briefing.cli.ending)."""
    return _MAKING.held()


def is_writing(thread: threading.Thread) -> bool:
    """Whether `thread` is making a file now (the process waits for it to end)."""
    return _MAKING.marks(thread)


def _mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None


def sync(folder: Path) -> None:
    """Make the names written into `folder` durable (its entries, not the files' bytes).

    A folder one may write to but not read (`chmod 333`, a drop box) cannot be
    opened to sync it: the file is written all the same, and said so (an
    export there was said to have failed, a review)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except PermissionError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def temporary_files(path: Path) -> list[Path]:
    """Temporary files of ours left by writes of `path` that were killed: by
    their name's form alone, so that a file the user named `.notes.json.old.tmp`
    is never among them."""
    ours = re.compile(_OURS.format(name=re.escape(path.name)))
    found = path.parent.glob(f".{glob.escape(path.name)}.*.tmp")
    return sorted(p for p in found if ours.fullmatch(p.name))
