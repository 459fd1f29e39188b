"""One writer of a file at a time, and a wait for it that is said and bounded.

A second `briefing` that finds a file being written (the index rebuilt, the
store of notes saved) waits for its lock; when that takes more than half a
second it says so (naming the process that holds it, where the system can
tell) and after `wait` seconds it gives up: the holder may be stopped
(Ctrl+Z) or stuck, and the caller then works from memory, or tries again
later, instead of waiting forever.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: A wait shorter than this goes unsaid: two readers started at once wait that little.
QUIET_WAIT_SECONDS = 0.5


class LockWaitTimeout(Exception):
    """The lock stayed with another process for the whole wait."""

    def __init__(self, holder: str, seconds: float) -> None:
        super().__init__(f"{holder} held the lock for {seconds:g} s")
        self.holder = holder
        self.seconds = seconds


@contextmanager
def file_lock(
    path: Path, what: str, wait: float, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold `PATH.lock`, waiting at most `wait` seconds for it (LockWaitTimeout after).

    `on_wait` is told, once, when the wait outlasts QUIET_WAIT_SECONDS
    (well within a second), which process it is waiting for, writing `what`
    ("the index FILE"), and for how long.
    """
    # Imported here: a warm open takes no lock, and filelock costs 20 ms to
    # import, a tenth of the reader's start.
    from filelock import FileLock, Timeout

    lock_file = Path(f"{path}.lock")
    lock = FileLock(lock_file)
    try:
        lock.acquire(timeout=min(QUIET_WAIT_SECONDS, wait))
    except Timeout:
        holder = lock_holder(lock_file)
        if wait <= QUIET_WAIT_SECONDS:
            raise LockWaitTimeout(holder, wait) from None
        if on_wait is not None:
            on_wait(f"waiting for {holder}, which is writing {what} (giving up after {wait:g} s)")
        try:
            lock.acquire(timeout=max(wait - QUIET_WAIT_SECONDS, 0.0))
        except Timeout as exc:
            raise LockWaitTimeout(holder, wait) from exc
    try:
        yield
    finally:
        lock.release()


def lock_holder(lock_file: Path) -> str:
    """Who holds `lock_file`: `process 4711 (briefing, stopped)`, or `another process`."""
    pid = _flock_holder(lock_file)
    if pid is None:
        return "another process"
    return f"process {pid}{_described(pid)}"


def _flock_holder(lock_file: Path) -> int | None:
    """The pid that holds a lock on `lock_file`, from Linux's /proc/locks (None elsewhere).

    A line reads `1: FLOCK  ADVISORY  WRITE 4711 fe:00:2146937 0 EOF`: the
    pid, then the device (major:minor, in hex) and inode of the locked file.
    """
    try:
        status = os.stat(lock_file)
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    wanted = (os.major(status.st_dev), os.minor(status.st_dev), status.st_ino)
    for line in lines:
        fields = line.split()
        if len(fields) < 6 or "->" in fields:  # `->` marks a process waiting, not holding
            continue
        try:
            major, minor, inode = fields[5].split(":")
            if (int(major, 16), int(minor, 16), int(inode)) == wanted and int(fields[4]) > 0:
                return int(fields[4])
        except ValueError:
            continue
    return None


def _described(pid: int) -> str:
    """` (briefing, stopped)`: the process's name and, if so, that it is stopped."""
    try:
        name = Path(f"/proc/{pid}/comm").read_text(errors="replace").strip()
        state = Path(f"/proc/{pid}/stat").read_text(errors="replace").rpartition(")")[2].split()
    except OSError:
        return ""
    stopped = bool(state) and state[0] in ("T", "t")
    return f" ({name}, stopped)" if stopped else f" ({name})"
