"""Where a crash is written down: one new file per crash in the user's state folder.

The terminal gets one line that names the file; the file gets the details
(the traceback), for a bug report.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from briefing import __version__
from briefing.files.user_folders import user_folder
from briefing.records.text import visible_line

STATE_DIR_ENV = "BRIEFING_STATE_DIR"
#: how much of the error's message the one line keeps (the log has it all)
MESSAGE_LIMIT = 200


def state_dir() -> Path:
    """BRIEFING_STATE_DIR, else the user's state folder for briefing."""
    return user_folder("state", STATE_DIR_ENV)


def write_crash_log(details: str) -> Path:
    """Write `details` to a new `crash-*.log` (never over an earlier one); its path.

    Raises OSError when the state folder cannot be written.
    """
    import platform  # only when there is a crash to describe: 1 ms off every start

    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    header = (
        f"briefing {__version__}, Python {platform.python_version()} on {platform.platform()}\n"
        f"command: {' '.join(sys.argv)}\n\n"
    )
    for attempt in range(100):
        path = folder / (f"{stem}.log" if attempt == 0 else f"{stem}-{attempt}.log")
        try:
            with path.open("x", encoding="utf-8", errors="backslashreplace") as log:
                log.write(header + details)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder / stem}.log and 99 more")


def crash_line(error: str, details: str) -> str:
    """The one line a crash prints: what failed, and where the details are.

    `error` is "Type: message"; `details` (the traceback) goes to the log.
    """
    error = visible_line(" ".join(error.split()))
    if len(error) > MESSAGE_LIMIT:
        error = error[: MESSAGE_LIMIT - 1] + "…"
    try:
        where = f"details in {write_crash_log(details)}"
    except OSError as exc:
        where = f"the details could not be saved ({visible_line(exc.strerror or str(exc))})"
    return f"briefing: internal error: {error} (please report it); {where}"
