"""A progress bar for a long indexing run, on a terminal only."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress as Bar

    from briefing.index.build import OnProgress, Progress


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

    def update(progress: Progress) -> None:
        if not shown:
            shown.append(_start(progress.total))
        bar = shown[0]
        bar.update(bar.task_ids[0], completed=progress.done, total=progress.total)

    try:
        yield update
    finally:
        for bar in shown:
            bar.stop()


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
