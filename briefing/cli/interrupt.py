"""A command ended by a signal while it indexes: as Ctrl+C ends it, and said.

SIGTERM (kill) and SIGHUP (the terminal closed) ended the process where it
stood: the progress bar's hidden cursor stayed hidden at the shell's
prompt, the build's worker processes lived on until they noticed, and
multiprocessing warned of leaked semaphores. Within `ended_by_signals` each
of SIGINT, SIGTERM and SIGHUP raises `Interrupted` in the main thread, as
SIGINT's KeyboardInterrupt does: the build stops its processes and leaves
no half-written file (briefing.index.build), the bar gives the cursor back
(briefing.cli.progress), and the command ends with 128 + the signal's
number. A second signal while the first is being answered ends the process
at once, the cursor shown first: the wait for the first is never endless.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

#: Signals that end a command (a signal ignored on purpose, as `nohup` does, stays so).
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
#: What shows the terminal's cursor again (a progress bar hides it).
SHOW_CURSOR = b"\x1b[?25h"


class Interrupted(KeyboardInterrupt):
    """The command was asked to end by a signal: it ends with `status`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def status(self) -> int:
        return 128 + self.signum


def exit_status(interruption: KeyboardInterrupt) -> int:
    """How a command interrupted ends: 128 + the signal's number (130: Ctrl+C)."""
    if isinstance(interruption, Interrupted):
        return interruption.status
    return 128 + signal.SIGINT


@contextlib.contextmanager
def ended_by_signals() -> Iterator[None]:
    """Within the block, an ending signal raises Interrupted (see above).

    Only the main thread may set signal handlers: elsewhere the block runs
    with the handlers it has.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    asked: list[int] = []

    def answer(signum: int, frame: FrameType | None) -> None:
        if asked:
            _end_now(128 + signum)  # asked twice: the first is not being answered
        asked.append(signum)
        raise Interrupted(signum)

    before = {}
    for signum in ENDING_SIGNALS:
        handler = signal.getsignal(signum)
        if handler is not signal.SIG_IGN:
            before[signum] = handler
            signal.signal(signum, answer)
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _end_now(status: int) -> None:
    """End the process at once, the cursor shown again (a progress bar hides it)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if sys.stderr is not None and sys.stderr.isatty():
            os.write(sys.stderr.fileno(), SHOW_CURSOR)
    os._exit(status)


def quiet_at_exit_after_a_stopped_pool() -> None:
    """Leave out, from what the interpreter prints as it exits, the one error a
    process pool stopped by a signal may leave: CPython 3.11's exit hook wakes
    the pool's manager thread through a pipe already closed ("Exception ignored
    in: <module 'threading'> ... OSError: [Errno 9] Bad file descriptor", a
    traceback after the command's last line, in 3 of 26 trials of Ctrl+Z, fg,
    Ctrl+C). Every other error is printed as before."""
    printed = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        error = unraisable.exc_value
        if isinstance(error, OSError) and error.errno == errno.EBADF and _in_pool(unraisable):
            return
        printed(unraisable)

    sys.unraisablehook = hook


def _in_pool(unraisable: sys.UnraisableHookArgs) -> bool:
    """Whether the error was raised in concurrent.futures' process pool."""
    trace = unraisable.exc_traceback
    while trace is not None:
        if trace.tb_frame.f_code.co_filename.endswith(
            os.path.join("concurrent", "futures", "process.py")
        ):
            return True
        trace = trace.tb_next
    return False
