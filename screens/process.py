"""The reader as a process: how it ends on a signal, and what a crash leaves behind.

However the reader ends, the terminal is left as it was found: Textual
restores it whenever its app exits, so a signal asks the app to exit the way
`q` does, and a crash is reported after Textual has restored the terminal.
When the process must end before Textual could (a second signal, an app
that does not end within the grace), it gives the terminal back itself, as
Textual would have (`_give_terminal_back`).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import signal
import sys
import termios
import threading
import time
import traceback
from collections.abc import Callable
from types import FrameType
from typing import Any

from rich.console import Console
from textual.app import App
from textual.message import Message

from briefing.files.crashlog import crash_line

EXIT_CRASH = 3
#: SIGTERM (kill), SIGHUP (the terminal went away), SIGINT (kill -INT; Ctrl+C is a key)
ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
#: the status Textual gives an app that ended on an unhandled exception
TEXTUAL_CRASH = 1
#: How long an app asked to end by a signal has to do so before the process ends:
#: longer than its last save may wait for the notes' lock (keeper.LAST_SAVE_WAIT).
EXIT_GRACE_SECONDS = 6.0
#: the status the app was asked to end with by a signal, once one came
_ending: int | None = None
#: What Textual writes to give the terminal back (its Linux driver: the
#: modes it turned on, then `stop_application_mode`): mouse reports, pasted
#: text marked, line wrap, resize reports, Kitty keys, the alternate screen,
#: the cursor, focus reports.
GIVE_BACK = (
    "\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?2004l\x1b[?7h\x1b[?2048l"
    "\x1b[<u\x1b[?1049l\x1b[?25h\x1b[?1004l"
)
#: The terminal's modes before the reader took it (termios attributes), if it is one.
_modes_before: list[Any] | None = None


def end_on_signals(app: App[Any], keep: Callable[[], None] | None = None) -> None:
    """From now on each ending signal exits `app` as `q` does, with status 128 + signal.

    Call it from the app's running loop (its Load handler), before the
    terminal is taken over, and `release_signals` when it unmounts. `keep`:
    what keeps the user's own data in files, without a word to the terminal,
    for a job that ends stopped in the background (`_end_in_background`).
    """
    global _ending, _keep_before_ending
    _ending = None
    _keep_before_ending = keep
    _grace_watch()
    loop = asyncio.get_running_loop()
    for signum in ENDING_SIGNALS:
        if signal.getsignal(signum) is signal.SIG_IGN:
            continue  # ignored on purpose (`nohup briefing`): left so
        # The loop is woken through its wakeup fd and asks the app to exit:
        # Textual restores the terminal on the way out.
        loop.add_signal_handler(signum, _end, app, 128 + signum)
        # The signal's Python-level handler, in place of asyncio's no-op one
        # (the wakeup fd is written either way). It runs before the loop's
        # callback, and before SIGCONT's handler when both are pending
        # (Python runs pending handlers in signal order: HUP, INT, TERM, CONT).
        signal.signal(signum, _on_ending_signal)


#: set by the first ending signal; the grace watch then gives the app EXIT_GRACE_SECONDS
_asked_to_end = threading.Event()
_grace_watcher: threading.Thread | None = None


def _grace_watch() -> None:
    """Start, once and before any signal, the thread that ends the process when
    an app asked to end by a signal has not done so within EXIT_GRACE_SECONDS.

    Started here rather than by the signal's handler: starting a thread takes
    a lock that the code the signal interrupted may hold.
    """
    global _grace_watcher
    _asked_to_end.clear()
    if _grace_watcher is not None and _grace_watcher.is_alive():
        return

    def watch() -> None:
        while True:  # one watch serves every app of the process
            _asked_to_end.wait()
            time.sleep(EXIT_GRACE_SECONDS)
            if _ending is not None and _asked_to_end.is_set():  # not a newer app's start
                if _in_background.is_set():
                    os._exit(_ending)  # the terminal is the shell's: nothing to give back
                _end_now(_ending)

    _grace_watcher = threading.Thread(target=watch, name="briefing-grace", daemon=True)
    _grace_watcher.start()


def _end(app: App[Any], status: int) -> None:
    """In the app's loop: ask `app` to exit with `status`, as `q` does."""
    app.exit(None, status)


def _on_ending_signal(signum: int, frame: FrameType | None) -> None:
    """The signal's first word, in the main thread, even while the loop is blocked.

    The process ends within EXIT_GRACE_SECONDS whatever the app does: a
    terminal that went away kills Textual's writer thread, and its shutdown
    (or a frame) then waits forever to hand it a write. The app's own unmount
    handlers (the last save) run well within the grace.

    It ends at once when asked twice (the terminal given back first), but
    not on a second hang-up: a terminal window closed with a shell in it
    sends SIGHUP, and the shell passes its own on to its jobs, one hang-up
    told twice, which ended the reader before its last save and lost the
    note being typed (a trial of a shared desk). It ends at once too
    for a job stopped by Ctrl+Z and killed from its shell (`kill %1`:
    SIGTERM, then SIGCONT), which would be stopped again by the terminal as
    soon as it tried to take it back: its terminal was restored when it
    stopped and is the shell's now.
    """
    global _ending
    if _in_background.is_set():
        # Asked again while keeping the user's data in the background: the
        # terminal is still the shell's, and giving it back would stop the
        # job for good (a review).
        os._exit(_ending or 128 + signum)
    if _ending is not None:
        if signum == signal.SIGHUP:
            return  # the grace watch, started with the first, still bounds the wait
        _end_now(128 + signum)
    if _in_the_background():
        _end_in_background(128 + signum)
    _ending = 128 + signum
    _asked_to_end.set()  # the grace watch, started beforehand: no thread starts here


class TerminalGone(Message):
    """The terminal's input ended: its window closed, and no SIGHUP ended the
    reader (one ignored on purpose, or sent to another process group). Its app
    exits as SIGHUP would have it (`hung_up`)."""

    STATUS = 128 + signal.SIGHUP


def hung_up() -> TerminalGone | None:
    """From the thread that reads the terminal, when its input ended: the
    message that asks the app to exit as on SIGHUP (None when a signal came
    first), and the process ends within EXIT_GRACE_SECONDS whatever the app
    does (with no terminal, Textual's writes may wait forever).

    Reading on, the input thread found the input ready again at once, and the
    reader spun two threads at full speed for as long as no one killed it (a
    reader started with SIGHUP ignored, its tmux window closed).
    """
    global _ending
    if _ending is not None:  # a signal came first: it is being answered
        return None
    _ending = TerminalGone.STATUS
    _asked_to_end.set()  # a thread-safe event: the grace watch counts from here
    return TerminalGone()


def _in_the_background() -> bool:
    """Whether the process is a job in the background of its terminal (the
    terminal is the shell's: a change of its modes would stop the job)."""
    try:
        stdin = sys.__stdin__
        return stdin is not None and os.tcgetpgrp(stdin.fileno()) != os.getpgrp()
    except (OSError, AttributeError, ValueError):  # no controlling terminal: not a job
        return False


#: What keeps the user's own data before a job stopped in the background ends.
_keep_before_ending: Callable[[], None] | None = None
#: Set when the process ends in the background: the grace watch then ends it
#: without a word to the terminal, which is the shell's.
_in_background = threading.Event()


def _end_in_background(status: int) -> None:
    """A job stopped by Ctrl+Z and killed from its shell (`kill %1`: SIGTERM, then
    SIGCONT; or its terminal closed: SIGHUP): its terminal is the shell's, and
    any write or change of its modes would stop the job again. What the user
    typed and kept is written to files here (a note being written was lost:
    the process ended at once, a robustness trial); the grace watch ends the
    process if that hangs."""
    global _ending
    _ending = status
    _in_background.set()
    _asked_to_end.set()
    keep = _keep_before_ending
    try:
        if keep is not None:
            keep()
    finally:  # an error in it, which no one could be told of, ends the process all the same
        os._exit(status)


def _end_now(status: int) -> None:
    """End the process at once, the terminal given back first (Textual cannot now)."""
    _give_terminal_back()
    os._exit(status)


def _give_terminal_back() -> None:
    """The terminal's modes as they were, and the screen as Textual leaves it.

    Runs in a signal handler: no thread is started (starting one takes a
    lock the interrupted code may hold) and no write may wait. The
    sequences go through a descriptor of the terminal opened here without
    blocking: a terminal that is not reading (Ctrl+S) or gone drops them,
    and the shell's own descriptor keeps its blocking mode.
    """
    if _modes_before is None or _in_the_background():
        return  # not a terminal, Textual gave it back already, or it is the shell's
    stdin = sys.__stdin__
    # (errors: the terminal went away, and nothing is left to give back)
    with contextlib.suppress(termios.error, OSError, ValueError):
        if stdin is not None:
            termios.tcsetattr(stdin.fileno(), termios.TCSANOW, _modes_before)
    with contextlib.suppress(OSError):
        terminal = os.open("/dev/tty", os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            os.write(terminal, GIVE_BACK.encode())
        finally:
            os.close(terminal)


def _remember_terminal() -> None:
    """The terminal's modes before the reader takes it, to give back if Textual cannot."""
    global _modes_before
    stdin = sys.__stdin__
    try:
        _modes_before = termios.tcgetattr(stdin.fileno()) if stdin is not None else None
    except (termios.error, OSError, ValueError):
        _modes_before = None  # not a terminal


def _forget_terminal() -> None:
    global _modes_before
    _modes_before = None


def release_signals() -> None:
    """The default handlers again: the app that would handle them is gone."""
    loop = asyncio.get_running_loop()
    for signum in ENDING_SIGNALS:
        loop.remove_signal_handler(signum)


def run_reader(app: App[Any]) -> int:
    """Run `app` in the terminal; its exit status.

    Textual prints an unhandled exception's traceback to its error console
    when the app ends. Here that console writes into the crash log instead of
    the terminal, and the terminal gets one line that names the log.
    """
    report = io.StringIO()
    app.error_console = Console(file=report, markup=False, highlight=False, width=100)
    _remember_terminal()
    loop = asyncio.new_event_loop()
    try:
        app.run(loop=loop)
        _close_without_waiting(loop)
    except Exception as exc:  # outside Textual's own handling: the same report
        error = f"{type(exc).__name__}: {exc}"
        print(crash_line(error, traceback.format_exc()), file=sys.stderr)
        return EXIT_CRASH
    finally:
        _forget_terminal()  # given back by Textual: a late signal must not write to the shell's
    details = report.getvalue()
    if app.return_code == TEXTUAL_CRASH or details.strip():
        print(crash_line(_last_error(details), details), file=sys.stderr)
        return EXIT_CRASH
    return app.return_code or 0


def _close_without_waiting(loop: asyncio.AbstractEventLoop) -> None:
    """Close the app's loop as `asyncio.run` would, but for its wait for the
    threads of its executor: one may still be checking a briefing for the
    index, a cache (the reader's own data is written by now). `asyncio.run`
    waited for it, on a blank screen, for as long as the check took (50 s; a
    security review); the process ends without it (briefing.cli.ending)."""
    left = asyncio.all_tasks(loop)
    for task in left:
        task.cancel()
    if left:
        loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()  # its executor told to shut down, not waited for


def _last_error(details: str) -> str:
    """The "Type: message" that ends a traceback as Rich draws it (after its last frame)."""
    lines = details.strip().splitlines()
    frames_end = max((i for i, line in enumerate(lines) if line.startswith("╰")), default=-1)
    error = " ".join(line.strip() for line in lines[frames_end + 1 :])
    return error or "the app ended on an error"
