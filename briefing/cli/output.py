"""Standard output as the commands write it: machine formats as UTF-8 bytes, and
one answer for every command when writing it fails.

JSON is UTF-8 (RFC 8259), and an export is the file `-o` would have written:
both go to standard output as UTF-8 bytes, whatever the locale or
PYTHONIOENCODING says. Written through the text stream, a stream that could
not encode `é` turned it into `\\xe9`, which is no JSON escape (a script read
invalid JSON from a command that exited 0). Lines for people keep the text
stream, and its escaping of what it cannot encode.

A write that fails (a full disk, a closed standard output) is OutputFailed,
whichever command printed: briefing.cli.commands turns it into one line and
one exit status. It was an "internal error" for `list`, "cannot read
docs/format.md" for `format`, and exit 0 with the output lost for `--help`.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any


class OutputFailed(Exception):
    """Standard output could not be written: full, closed, or an I/O error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: What a standard output that was closed (`>&-`) is said to be.
CLOSED = "it is closed"


def reason_of(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


class _Stdout(io.FileIO):
    """The process's standard output, whose failed writes are OutputFailed (a
    closed pipe stays BrokenPipeError: `| head`'s quiet ending)."""

    def write(self, data: Any) -> int:  # (FileIO's own signature)
        try:
            return super().write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(reason_of(exc)) from exc


def watch_stdout() -> bool:
    """Standard output, when it is the process's own, replaced by one whose
    failed writes say so (OutputFailed) and that escapes what it cannot
    encode (`caf\\xe9`); False when standard output is closed."""
    stream = sys.stdout
    if stream is None:
        return False
    if stream is not sys.__stdout__ or not isinstance(stream, io.TextIOWrapper):
        return True  # a test's capture: it is not the process's
    try:
        descriptor = stream.fileno()
        stream.flush()
    except (OSError, ValueError):
        return True
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_Stdout(descriptor, "w", closefd=False)),
        encoding=stream.encoding,
        errors="backslashreplace",
        line_buffering=stream.line_buffering,
    )
    return True


def unwatch_stdout() -> None:
    """Standard output as it was before watch_stdout (for a test that calls
    main in-process)."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and isinstance(
        getattr(stream.buffer, "raw", None), _Stdout
    ):
        try:
            stream.flush()
        except (OSError, OutputFailed):
            silence_output()
        sys.stdout = sys.__stdout__


def write_utf8(text: str) -> None:
    """`text` to standard output as UTF-8 bytes, after what was printed before it."""
    stream = sys.stdout
    if stream is None:
        raise OutputFailed(CLOSED)
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a stream of text only (a test's StringIO)
        stream.write(text)
    else:
        buffer.write(text.encode("utf-8"))
    stream.flush()


def silence_output() -> None:
    """Standard output to /dev/null: what could not be written is dropped
    there, rather than failing again (with "Exception ignored") as Python exits."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a test's stream has no descriptor
        pass
