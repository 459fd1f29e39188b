"""Which threads are doing a kind of work now, for the end of the process to ask.

After the reader, the process ends without waiting for a thread that only
builds the index (a cache), but never while one makes a file (an export, the
notes): briefing.cli.ending asks these marks. A thread is marked for as long
as it is inside the work, blocks within blocks counted.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager


class ThreadMarks:
    """The threads inside one kind of work now."""

    def __init__(self) -> None:
        #: each thread's ident, as many times as it is inside the work
        self._inside: Counter[int] = Counter()
        self._lock = threading.Lock()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Within the block, this thread is doing the work."""
        ident = threading.get_ident()
        with self._lock:
            self._inside[ident] += 1
        try:
            yield
        finally:
            with self._lock:
                self._inside[ident] -= 1
                if not self._inside[ident]:
                    del self._inside[ident]

    def marks(self, thread: threading.Thread) -> bool:
        """Whether `thread` is doing the work now."""
        with self._lock:
            return thread.ident in self._inside
