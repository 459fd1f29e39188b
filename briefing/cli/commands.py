"""The `briefing` command: parse, run the sub-command, turn every failure into one line.

    briefing                      open the reader on the bundled briefing
    briefing open PATH            open the reader on a content directory or briefing folder
    briefing check PATH...        check briefings against the format (--format json)
    briefing new PATH             start a briefing folder that passes check at once
    briefing find SOURCE WORDS    where words stand in a source text
    briefing format / schema      the guide for authors, the JSON Schema for editors
    briefing list [PATH]          one line per briefing, from the index (--format json)
    briefing search WORDS [PATH]  where words stand in the briefings (--format json)
    briefing export ID|PATH       a briefing as JSON, CSV, Markdown, TimelineJS, annotations
    briefing index [PATH]         build or refresh the index (--rebuild: from scratch)
    briefing notes [PATH]         your pins and notes, with their records (--format json)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the command was
misused, 3 an internal failure (one line, never a traceback); for every command,
4 standard output could not be written (full, closed), 141 (128 + SIGPIPE) the
reader of a pipe went away (`| head -1`).
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Callable, Sequence

from briefing.cli.interrupt import exit_status
from briefing.cli.output import (
    CLOSED,
    OutputFailed,
    silence_output,
    unwatch_stdout,
    watch_stdout,
)
from briefing.cli.parser import parsed, parser_and_commands, with_command
from briefing.cli.status import EXIT_CLOSED_PIPE, EXIT_INTERNAL, EXIT_OUTPUT, EXIT_USAGE
from briefing.errors import UsageError
from briefing.records.text import visible_line


def main(argv: Sequence[str] | None = None) -> int:
    _escape_what_streams_cannot_encode()
    try:
        if not watch_stdout():
            raise OutputFailed(CLOSED)
        try:
            status = _run(argv)
        except SystemExit:  # --help, --version, argparse's usage: printed, then this
            sys.stdout.flush()
            raise
        sys.stdout.flush()  # what is left of the output: a failure is this command's
        return status
    except OutputFailed as failure:  # a full disk, a closed standard output
        print(f"briefing: cannot write to standard output: {failure.reason}", file=sys.stderr)
        silence_output()
        return EXIT_OUTPUT
    except BrokenPipeError:  # `briefing check ... | head`: the reader went away
        silence_output()
        return EXIT_CLOSED_PIPE
    finally:
        unwatch_stdout()


def _run(argv: Sequence[str] | None) -> int:
    try:
        parser, commands = parser_and_commands()
        given = with_command(sys.argv[1:] if argv is None else argv, commands)
        args = parsed(parser, given)
        return _handler(args.handler)(args)
    except UsageError as exc:
        print(f"briefing: {visible_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as interruption:  # Ctrl+C, or a signal (briefing.cli.interrupt)
        return exit_status(interruption)
    except (OutputFailed, BrokenPipeError):
        raise  # main's: the output, not the command, failed
    except Exception as exc:  # the one place a failure is turned into a line
        print(
            f"briefing: internal error: {type(exc).__name__}: {visible_line(str(exc))} "
            "(please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _handler(name: str) -> Callable[[argparse.Namespace], int]:
    """The function `module.function` of briefing.cli that runs a sub-command.

    Imported when it runs: `check` never loads the index, `list` never the
    checker's report, and nothing but `open` loads the reader.
    """
    module, function = name.split(".")
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f"briefing.cli.{module}"), function
    )
    return handler


def _escape_what_streams_cannot_encode() -> None:
    """Lines to an ASCII-only stream (LANG=C, PYTHONIOENCODING=ascii) are escaped, as
    `caf\\xe9`, rather than failing; so are names that are not UTF-8 at all (the
    machine formats are UTF-8 bytes: briefing.cli.output)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
