"""How the `briefing` process ends: at once after the reader, not object by object.

After the reader, the interpreter's own teardown frees every record it
read, one by one: a third of a second after a briefing of 74,000 records
has already left the screen (the reader's `q` took twice the floor app's).
Everything of the user's is written by then: the reader's last save runs
as it closes, and its thread workers are joined when its event loop ends.
So when the reader ran and nothing else is left running (no thread but
the main one and daemon threads, no child process), the process flushes
its streams and ends at once, with the same status. A daemon thread is
stopped where it stands by the ordinary exit too (the reader's watch for a
signal's grace is one, waiting all along: counting it gave every `q` the
whole teardown again, 0.2 s at x1000), and a build's process pool is shut
down, its processes gone, before the reader shows the briefing. Any other
command ends the ordinary way, and so does a process being profiled or
traced (cProfile, coverage), whose tool writes its results as the
interpreter exits.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import NoReturn


def end(status: int) -> NoReturn:
    """Exit with `status`, without the teardown when that is safe (see above)."""
    if _reader_ran() and _nothing_left_running() and not _watched():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


def _reader_ran() -> bool:
    """Only the reader imports the screens (the CLI imports them to start it)."""
    return "briefing.screens.app" in sys.modules


def _watched() -> bool:
    """A profiler or a tracer is on: it writes what it found at the ordinary exit."""
    return sys.getprofile() is not None or sys.gettrace() is not None


def _nothing_left_running() -> bool:
    """No thread but this one and daemons, and no child process (the ordinary
    exit joins them)."""
    others = [
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread() and not thread.daemon
    ]
    if others:
        return False
    # Loaded for a build in processes: once its pool is shut down, no process
    # of it is left (its named semaphores were unlinked as the pool was freed).
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or not multiprocessing.active_children()
