"""The reader as a process: what a crash leaves behind.

However the reader ends, the terminal is left as it was found: Textual
restores it whenever its app exits, and a crash is reported after that.
"""

from __future__ import annotations

import io
import sys
import traceback

from rich.console import Console
from textual.app import App

from briefing.crashlog import crash_line

EXIT_CRASH = 3
#: the status Textual gives an app that ended on an unhandled exception
TEXTUAL_CRASH = 1


def run_reader(app: App[object]) -> int:
    """Run `app` in the terminal; its exit status.

    Textual prints an unhandled exception's traceback to its error console
    when the app ends. Here that console writes into the crash log instead of
    the terminal, and the terminal gets one line that names the log.
    """
    report = io.StringIO()
    app.error_console = Console(file=report, markup=False, highlight=False, width=100)
    try:
        app.run()
    except Exception as exc:  # outside Textual's own handling: the same report
        error = f"{type(exc).__name__}: {exc}"
        print(crash_line(error, traceback.format_exc()), file=sys.stderr)
        return EXIT_CRASH
    details = report.getvalue()
    if app.return_code == TEXTUAL_CRASH or details.strip():
        print(crash_line(_last_error(details), details), file=sys.stderr)
        return EXIT_CRASH
    return app.return_code or 0


def _last_error(details: str) -> str:
    """The "Type: message" that ends a traceback as Rich draws it (after its last frame)."""
    lines = details.strip().splitlines()
    frames_end = max((i for i, line in enumerate(lines) if line.startswith("╰")), default=-1)
    error = " ".join(line.strip() for line in lines[frames_end + 1 :])
    return error or "the app ended on an error"
