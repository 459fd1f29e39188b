"""A progress bar for a long indexing run, on a terminal only.

The bar hides the terminal's cursor while it is drawn. Whatever ends the
run gives it back: the block's end, an exception, a signal turned into one
(briefing.cli.interrupt). Ctrl+Z stops the process with the cursor shown,
as the shell's prompt needs it, and hides it again once the process is
continued (`fg`), the bar still drawn.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from briefing.cli.interrupt import SHOW_CURSOR

if TYPE_CHECKING:
    from rich.progress import Progress as Bar

    from briefing.index.build import OnProgress, Progress

HIDE_CURSOR = b"\x1b[?25l"


@contextmanager
def progress_bar() -> Iterator[OnProgress | None]:
    """A progress callback that draws a bar on stderr, or None when it is no terminal.

    The bar appears with the first briefing checked (an open that checks
    nothing draws nothing) and is cleared when the block ends, so what is
    left on the terminal is the command's own output.
    """
    if sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    shown: list[Bar] = []
    began: list[bool] = []
    stopping = _StopWithCursor()

    def update(progress: Progress) -> None:
        if not shown:
            began.append(True)
            shown.append(_start(progress.total))
            stopping.start()
        bar = shown[0]
        bar.update(bar.task_ids[0], completed=progress.done, total=progress.total)

    try:
        yield update
    finally:
        stopping.end()
        for bar in shown:
            # The terminal may be gone (SIGHUP): nothing is left to clear.
            with contextlib.suppress(OSError):
                bar.stop()
        if began and not shown:
            # Ended as the bar started, its cursor hidden before it was kept to
            # stop (a TERM in that moment, under load, left it hidden).
            _to_terminal(SHOW_CURSOR)


class _StopWithCursor:
    """While the bar is drawn, Ctrl+Z (SIGTSTP) stops the process with the cursor shown.

    Its default stops the process at once, the cursor still hidden at the
    shell's prompt. Here the cursor is shown, the process stops itself with
    the default, and once continued the cursor is hidden again for the bar.
    """

    def __init__(self) -> None:
        self._before: Any = None
        self._set = False

    def start(self) -> None:
        if (
            not hasattr(signal, "SIGTSTP")
            or threading.current_thread() is not threading.main_thread()
        ):
            return  # signal handlers are the main thread's to set
        handler = signal.getsignal(signal.SIGTSTP)
        if handler is signal.SIG_IGN:
            return  # a Ctrl+Z ignored on purpose stays so
        self._before = handler
        signal.signal(signal.SIGTSTP, self._stop)
        self._set = True

    def end(self) -> None:
        if self._set:
            signal.signal(signal.SIGTSTP, self._before)
            self._set = False

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        _to_terminal(SHOW_CURSOR)
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)  # stopped here, until continued
        signal.signal(signal.SIGTSTP, self._stop)
        _to_terminal(HIDE_CURSOR)


def _to_terminal(sequence: bytes) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.write(sys.stderr.fileno(), sequence)


def _start(total: int) -> Bar:
    # Rich's progress costs 30 ms to import: only when there is work to show.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn("indexing briefings"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    bar.add_task("index", total=total)
    bar.start()
    return bar
