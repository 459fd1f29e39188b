"""One rebuild of an index at a time, and a wait for it that is said and bounded.

The lock itself (bounded, said after half a second, naming its holder) is
briefing.files.lock's, shared with the store of the reader's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from briefing.files.locations import display_path
from briefing.files.lock import LockWaitTimeout, file_lock

__all__ = ["LOCK_WAIT_SECONDS", "LockWaitTimeout", "index_lock"]

#: How long a rebuild waits for another process's lock before working from memory.
LOCK_WAIT_SECONDS = 30.0


def index_lock(
    index: Path, wait: float, on_wait: Callable[[str], None] | None = None
) -> AbstractContextManager[None]:
    """Hold `INDEX.lock`, waiting at most `wait` seconds for it (LockWaitTimeout after)."""
    return file_lock(index, f"the index {display_path(index)}", wait, on_wait)
