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
    if _reader_ran() and not _watched():
        if _only_index_builds_left():
            # the reader's index still being built (one slow briefing): a cache
            print(STOPPED_BUILDING, file=sys.stderr)
            _exit_now(status)
        if _nothing_left_running():
            _exit_now(status)
    sys.exit(status)


STOPPED_BUILDING = (
    "briefing: the index was still being built; the briefings checked so far are kept, "
    "and the next start goes on from there"
)


def _exit_now(status: int) -> NoReturn:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _only_index_builds_left() -> bool:
    """A thread left builds the reader's index, and no other is writing a file
    (an export, the notes), which the ordinary exit would wait for. The
    build's worker processes, if any, leave when this process is gone
    (briefing.index.build); a thread that waits for work ends with it."""
    from briefing.files.atomic import is_writing
    from briefing.index.building import is_building

    left = _threads_left()
    building = [thread for thread in left if is_building(thread)]
    others = [thread for thread in left if not is_building(thread)]
    return bool(building) and not any(is_writing(thread) for thread in others)


def _threads_left() -> list[threading.Thread]:
    """The threads the ordinary exit would wait for: not this one, not daemons."""
    return [
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread() and not thread.daemon
    ]


def _reader_ran() -> bool:
    """Only the reader imports the screens (the CLI imports them to start it)."""
    return "briefing.screens.app" in sys.modules


def _watched() -> bool:
    """A profiler or a tracer is on: it writes what it found at the ordinary exit."""
    return sys.getprofile() is not None or sys.gettrace() is not None


def _nothing_left_running() -> bool:
    """No thread but this one and daemons, and no child process (the ordinary
    exit joins them)."""
    if _threads_left():
        return False
    # Loaded for a build in processes: once its pool is shut down, no process
    # of it is left (its named semaphores were unlinked as the pool was freed).
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or not multiprocessing.active_children()
