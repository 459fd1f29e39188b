"""How the `briefing` process ends: at once after the reader, not object by object.

After the reader, the interpreter's own teardown frees every record it
read, one by one: a third of a second after a briefing of 74,000 records
has already left the screen (the reader's `q` took twice the floor app's).
Everything of the user's is written by then: the reader's last save runs
as it closes. So when the reader ran, the threads it leaves get a moment to
end (its loop's executor, told to shut down as the loop closed), and unless
one is still writing a file (an export; each file is written whole or not
at all, briefing.files.atomic), the process flushes its streams and ends at
once, with the same status. A thread left checking a briefing for the index,
a cache, is not waited for (after `q`, the screen stayed blank as long as
the check took: 50 s, a security review); the next start goes on from what
was kept. A daemon thread is stopped where it stands by the ordinary exit
too (the reader's watch for a signal's grace is one). Any other command
ends the ordinary way, and so does a process being profiled or traced
(cProfile, coverage), whose tool writes its results as the interpreter
exits.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from typing import NoReturn


def end(status: int) -> NoReturn:
    """Exit with `status`, without the teardown when that is safe (see above)."""
    if _reader_ran() and not _watched():
        _let_others_leave()
        if _no_file_being_written() and not _other_children():
            if any(_is_building(thread) for thread in _threads_left()):
                # the reader's index still being built (one slow briefing): a cache
                _say(STOPPED_BUILDING)
            _exit_now(status)
    sys.exit(status)


STOPPED_BUILDING = (
    "briefing: the index was still being built; the briefings checked so far are kept, "
    "and the next start goes on from there"
)


def _exit_now(status: int) -> NoReturn:
    """End now, what is printed flushed: a terminal gone (SIGHUP) takes none of
    it, and the status stays the one the reader ended with."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(status)


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)


def _no_file_being_written() -> bool:
    """No thread left is writing a file (an export, the notes), which the
    ordinary exit would wait for. A thread left that builds the reader's
    index writes a cache, each file whole or not at all: its worker
    processes, if any, leave when this process is gone (briefing.index.build).
    A thread left doing other work (reading, a worker still opening the
    briefing as the terminal went away) writes nothing."""
    from briefing.files.atomic import is_writing

    return not any(is_writing(thread) and not _is_building(thread) for thread in _threads_left())


def _other_children() -> bool:
    """A child process left that no index build started (only a build starts
    them: its processes leave when this one is gone)."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None or not multiprocessing.active_children():
        return False
    return not any(_is_building(thread) for thread in _threads_left())


def _is_building(thread: threading.Thread) -> bool:
    from briefing.index.building import is_building

    return is_building(thread)


#: How long the threads the reader's loop was done with have to leave: its
#: executor's, told to shut down as the loop closed (screens.process), leave
#: at once; a file being written is finished (the ordinary exit then waits on).
LEAVING_SECONDS = 1.0


def _let_others_leave() -> None:
    """Wait, a moment at most, for the threads left that build no index."""
    deadline = time.monotonic() + LEAVING_SECONDS
    for thread in _threads_left():
        if not _is_building(thread):
            thread.join(max(0.0, deadline - time.monotonic()))


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
