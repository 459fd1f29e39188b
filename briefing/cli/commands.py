"""The `briefing` command.

    briefing                      open the reader on the bundled briefings
    briefing open PATH            open the reader on a content directory or briefing folder
    briefing check PATH...        check briefings against the format
    briefing check --format json  the same problems as JSON, for editors and CI
    briefing list [PATH]          one line per briefing, from the index
    briefing index [PATH]         build or refresh the index (--rebuild: from scratch)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the command was
misused, 3 an internal failure (one line, never a traceback).
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.check.report import print_json, print_text
from briefing.errors import UsageError
from briefing.files.locations import briefing_folders, bundled_content_dir, display_path
from briefing.index.store import INDEX_DIR_ENV, Index, check_index_path, open_index
from briefing.records.text import counted, shown, visible_line

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A keyboard-driven terminal reader for sourced news briefings.",
        epilog="With no command, briefing opens the bundled briefings in the reader "
        "(briefing open PATH opens yours). In the reader, ? lists the keys. Settings "
        "(theme, keys) are in config.toml in briefing's config folder (~/.config/briefing "
        "on Linux; BRIEFING_CONFIG_DIR overrides it).",
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
    opener = commands.add_parser(
        "open",
        help="open the reader on a content directory or a briefing folder",
        description="Open the reader. With one briefing it opens straight into it; "
        "with several, the library lists them.",
    )
    opener.add_argument(
        "path", type=Path, metavar="PATH", help="content directory or briefing folder"
    )
    opener.add_argument("--briefing", metavar="ID", help="open this briefing directly")
    opener.add_argument("--index", type=Path, metavar="FILE", help="the index file to use")
    for name, text in (
        ("list", "list the briefings of a content directory (from the index)"),
        ("index", "build or refresh the index of a content directory"),
    ):
        command = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        command.add_argument(
            "path",
            nargs="?",
            type=Path,
            metavar="PATH",
            help="a content directory or a briefing folder (default: the bundled briefings)",
        )
        command.add_argument(
            "--index",
            type=Path,
            metavar="FILE",
            help=f"the index file (default: one per content directory in ${INDEX_DIR_ENV} "
            "or the user's cache folder)",
        )
        if name == "index":
            command.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _escape_what_streams_cannot_encode()
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
    if args.command == "list":
        return _list(_opened(args.path, args.index, rebuild=False))
    if args.command == "index":
        return _index(_opened(args.path, args.index, rebuild=args.rebuild))
    if args.command == "open":
        return _read(args.path, args.briefing, args.index)
    return _read(None, None, None)


def _check(paths: list[Path], output: str) -> int:
    from briefing.check.content import check_content

    results = [check_content(path) for path in paths]
    problems = sorted((p for r in results for p in r.all_problems()), key=lambda p: p.sort_key())
    briefings = sum(len(r.folders) for r in results)
    if output == "json":
        print_json(problems, sys.stdout)
    else:
        print_text(problems, briefings, sys.stdout)
    return EXIT_PROBLEMS if any(p.is_error for p in problems) else EXIT_OK


def _opened(path: Path | None, index: Path | None, rebuild: bool) -> Index:
    content = path or bundled_content_dir()
    briefing_folders(content)  # a UsageError for a path that is not there
    opened = open_index(content, index, rebuild=rebuild, on_wait=_say)
    for notice in opened.notices:
        _say(notice)
    return opened


def _say(notice: str) -> None:
    """A notice on stderr at once, while the command goes on (a wait for a lock)."""
    print(f"briefing: {visible_line(notice)}", file=sys.stderr, flush=True)


def _list(opened: Index) -> int:
    summaries = opened.summaries()
    for summary in summaries:
        name = visible_line(summary.id or summary.folder)
        if summary.opens:
            as_of = summary.as_of.describe() if summary.as_of else "?"
            print(
                f"{name}  {visible_line(summary.title or '')}  (as of {as_of})  "
                f"{counted(summary.actors, 'actor')}, {counted(summary.events, 'event')}, "
                f"{counted(summary.quotes, 'quote')}  ok"
            )
        else:
            print(f"{name}  {counted(summary.errors, 'error')} (briefing check shows them)")
    return EXIT_OK if all(s.opens for s in summaries) else EXIT_PROBLEMS


def _index(opened: Index) -> int:
    where = display_path(opened.location) if opened.location else "memory"
    state = "rebuilt" if opened.rebuilt else "up to date"
    print(f"{state} in {opened.seconds:.3f} s: {where}")
    return EXIT_OK


def _read(path: Path | None, briefing_id: str | None, index: Path | None) -> int:
    """Start the reader. The UI is imported here, and only here: checking never loads it."""
    if path is not None:
        briefing_folders(path)  # a UsageError for a path that is not there
    _need_a_terminal()
    if briefing_id is not None:
        opened = _opened_with(path, index, briefing_id)
    else:
        opened = None
        check_index_path(path or bundled_content_dir(), index)  # a file not ours: exit 2
    from briefing.screens.app import make_app
    from briefing.screens.process import run_reader

    return run_reader(make_app(path, briefing_id, index, opened))


def _need_a_terminal() -> None:
    """The reader reads keys from stdin and draws on stdout and stderr: each a terminal."""
    for name, stream in (
        ("standard input", sys.stdin),
        ("standard output", sys.stdout),
        ("standard error", sys.stderr),
    ):
        if stream is None or not stream.isatty():
            raise UsageError(
                f"the reader needs a terminal, and {name} is not one; "
                "for text, use briefing list / briefing check"
            )


def _opened_with(path: Path | None, index: Path | None, briefing_id: str) -> Index:
    """The index, opened before the reader starts, when it holds `briefing_id` and it opens.

    Otherwise a UsageError that says why, with the nearest id there is.
    """
    opened = _opened(path, index, rebuild=False)
    summaries = opened.summaries()
    found = [s for s in summaries if (s.id or s.folder) == briefing_id]  # no id: a broken one
    if not found:
        where = display_path(path or bundled_content_dir())
        ids = [s.id or s.folder for s in summaries]
        close = difflib.get_close_matches(briefing_id, ids, n=1, cutoff=0.6)
        if close:
            hint = f"did you mean {shown(close[0])}?"
        elif 0 < len(ids) <= 5:
            hint = "its ids: " + ", ".join(shown(i) for i in ids)
        else:
            hint = "briefing list shows the ids"
        raise UsageError(f"no briefing with the id {shown(briefing_id)} in {where} ({hint})")
    summary = found[0]
    if not summary.opens:
        folder = display_path((path or bundled_content_dir()) / summary.path)
        raise UsageError(
            f"the briefing {shown(briefing_id)} has {counted(summary.errors, 'error')} "
            f"and does not open (briefing check {folder} shows them)"
        )
    return opened


def _escape_what_streams_cannot_encode() -> None:
    """Output to an ASCII-only stream (LANG=C, PYTHONIOENCODING=ascii) is escaped, as
    `caf\\xe9`, rather than failing; so are names that are not UTF-8 at all."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
