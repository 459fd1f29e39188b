"""The `briefing` command.

    briefing                      the bundled briefings (the reader, once it exists)
    briefing check PATH...        check briefings against the format
    briefing check --format json  the same problems as JSON, for editors and CI

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the command was
misused, 3 an internal failure (one line, never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.content import UsageError, bundled_content_dir, check_content
from briefing.dates import DateValue
from briefing.report import print_json, print_text, summary_line
from briefing.text import visible_line

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A keyboard-driven terminal reader for sourced news briefings.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check briefings against the format and report every problem",
        description="Check briefing folders (or content directories of them) and report "
        "every problem as FILE:LINE:COL: severity[code]: message.",
    )
    check.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a briefing folder, or a content directory holding briefing folders",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or a JSON array of problems",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(build_parser().parse_args(argv))
    except UsageError as exc:
        print(f"briefing: {visible_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefing check ... | head`: the reader went away
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    except Exception as exc:  # the one place a failure is turned into a line
        print(
            f"briefing: internal error: {type(exc).__name__}: {visible_line(str(exc))} "
            "(please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args.paths, args.format)
    return _summary()


def _check(paths: list[Path], output: str) -> int:
    results = [check_content(path) for path in paths]
    problems = sorted((p for r in results for p in r.all_problems()), key=lambda p: p.sort_key())
    briefings = sum(len(r.folders) for r in results)
    if output == "json":
        print_json(problems, sys.stdout)
    else:
        print_text(problems, briefings, sys.stdout)
    return EXIT_PROBLEMS if any(p.is_error for p in problems) else EXIT_OK


def _summary() -> int:
    """Until the reader exists: the bundled briefings, one line each."""
    content = check_content(bundled_content_dir())
    for folder in content.folders:
        briefing = folder.briefing
        if briefing is None:
            print(f"{folder.folder.name}: {folder.errors} errors (run 'briefing check')")
            continue
        print(
            f"{visible_line(briefing.id)}: {visible_line(briefing.title)} "
            f"(as of {_date(briefing.as_of)}) — {len(briefing.actors)} actors, "
            f"{len(briefing.events)} events, {len(briefing.quotes)} quotes"
        )
    print(summary_line(content.all_problems(), len(content.folders)))
    return EXIT_OK


def _date(value: DateValue) -> str:
    return value.describe()
