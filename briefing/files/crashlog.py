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
from briefing.errors import UsageError
from briefing.files.locations import display_path
from briefing.files.reasons import os_reason
from briefing.files.user_folders import user_folder
from briefing.records.text import visible_line

STATE_DIR_ENV = "BRIEFING_STATE_DIR"
#: how much of the error's message the one line keeps (the log has it all)
MESSAGE_LIMIT = 200


def state_dir() -> Path:
    """BRIEFING_STATE_DIR, else the user's state folder for briefing."""
    return user_folder("state", STATE_DIR_ENV)


class LogNotSaved(OSError):
    """The crash log could not be written; the message says why, naming the path
    (an OSError, as the callers expect: `strerror` is None, `str` says it all)."""


def write_crash_log(details: str) -> Path:
    """Write `details` to a new `crash-*.log` (never over an earlier one); its path.

    Raises OSError when the state folder cannot be written: LogNotSaved, whose
    message names the path to blame ("File exists" said nothing of which).
    """
    import platform  # only when there is a crash to describe: 1 ms off every start

    try:
        folder = state_dir()
    except UsageError as exc:  # BRIEFING_STATE_DIR="~/logs", or with a typo
        raise LogNotSaved(str(exc)) from exc
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LogNotSaved(_no_folder(folder, exc)) from exc
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
        except OSError as exc:
            raise LogNotSaved(
                f"cannot write in the state folder {display_path(folder)}: {os_reason(exc)}"
            ) from exc
        return path
    raise FileExistsError(f"{folder / stem}.log and 99 more")


def _no_folder(folder: Path, exc: OSError) -> str:
    """Why the state folder `folder` could not be made, naming the path to blame."""
    named = (
        f"{STATE_DIR_ENV} names {display_path(folder)}"
        if os.environ.get(STATE_DIR_ENV)
        else f"the state folder is {display_path(folder)}"
    )
    there = next((p for p in (folder, *folder.parents) if os.path.lexists(p)), None)
    if there is not None and not there.is_dir():
        what = "a file, not a folder" if there.is_file() else "not a folder"
        if there == folder:
            return f"{named}, which is {what}"
        return f"{named}, and {display_path(there)} is {what}"
    return f"{named}, which cannot be made: {os_reason(exc)}"


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
