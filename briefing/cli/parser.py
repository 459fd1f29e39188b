"""The `briefing` command's arguments: one sub-command per thing a user does.

Each sub-command names the function that runs it (`handler`, in the module
that holds it), so the parser says what exists and briefing.cli.commands
only dispatches.
"""

from __future__ import annotations

import argparse
import difflib
import os
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.errors import UsageError
from briefing.files.locations import (
    INDEX_DIR_ENV,
    YAML_SUFFIXES,
    display_path,
    keys_away,
    nearest_path,
)
from briefing.records.text import shown, visible_line
from briefing.userdata.location import DATA_DIR_ENV

DESCRIPTION = "A keyboard-driven terminal reader for sourced news briefings."
EPILOG = (
    "With no command, briefing opens the reader on the bundled briefing "
    "(briefing open PATH, or briefing PATH, opens yours). In the reader, ? lists the "
    "keys. Settings (theme, keys) are in config.toml in briefing's config folder "
    "(~/.config/briefing on Linux; BRIEFING_CONFIG_DIR overrides it). Exit status: 0 no errors, "
    "1 problems found, 2 the command was misused, 3 an internal failure, 4 standard output "
    "could not be written, 141 the reader of a pipe went away (| head)."
)


def build_parser() -> argparse.ArgumentParser:
    return parser_and_commands()[0]


def parser_and_commands() -> tuple[argparse.ArgumentParser, tuple[str, ...]]:
    """The parser, and the names of its sub-commands."""
    parser = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.set_defaults(handler="reader.read_bundled")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _reading(commands)
    _authoring(commands)
    _library(commands)
    _notes(commands)
    _exporting(commands)
    _searching(commands)
    return parser, tuple(commands.choices)


def parsed(parser: argparse.ArgumentParser, given: Sequence[str]) -> argparse.Namespace:
    """The arguments, a command's options anywhere among its own (`search minister
    --format json lib` said "unrecognized arguments: lib"), and a misused command
    answered with its own usage, not briefing's (`check --bogus content` showed
    `usage: briefing [-h] [--version] COMMAND ...`)."""
    command = _command_parser(parser, given[0]) if given else None
    if command is None:
        return parser.parse_args(given)
    args = command.parse_intermixed_args(given[1:])
    args.command = given[0]
    return args


def _command_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:  # (argparse keeps its sub-commands only there)
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser | None = action.choices.get(name)
            return found
    return None


def with_command(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """`argv` with its command: a path given alone (`briefing lib`, or
    `briefing ./librray`, which is not there) is opened, as `briefing open
    lib`, so that a path not there gets open's answer. UsageError for a word
    that is no command: a command misspelt (`chek`) or a folder (`my lbi`),
    with the one meant, or a word that is neither (`nonsense`).

    Argparse's own answer to `briefing lib`, "invalid choice: 'lib' (choose
    from 'open', ...)", did not say that `briefing open lib` reads the folder
    (a user's trial); a command of the same name as a folder is the command.
    """
    given = list(argv)
    if not given or given[0].startswith("-") or given[0] in commands:
        return given
    if names_a_path(given[0]):
        return ["open", *given]
    meant = command_meant(given[0], commands)
    if meant is not None:
        raise UsageError(
            f"{shown(given[0])} is not a command; did you mean {shown(meant)}? "
            "(briefing --help lists them)"
        )
    near = nearest_path(Path(given[0]))
    if near is not None:  # `briefing my lbi` for the folder `my lib`
        raise UsageError(
            f"{shown(given[0])} is neither a command nor a folder; "
            f"did you mean {display_path(near)}?"
        )
    # Argparse's usage and "invalid choice" for a word it did not know said
    # nothing of folders, though `briefing library` in the wrong folder is one.
    raise UsageError(
        f"{shown(given[0])} is neither a command nor a file or folder here "
        "(briefing --help lists the commands)"
    )


def command_meant(word: str, commands: Sequence[str]) -> str | None:
    """The command `word` is a slip of (`chek`, `lsit`, `nwe`), or None.

    Close as difflib sees it and at most two keys away: difflib alone offered
    `notes` for `nonsense`.
    """
    close = difflib.get_close_matches(word, commands, n=len(commands))
    slips = [name for name in close if keys_away(word, name) <= 2]
    return min(slips, key=lambda name: keys_away(word, name)) if slips else None


def names_a_path(text: str) -> bool:
    """Whether a first argument is meant as a path, not a command: it has a
    `/`, starts with `.` or `~`, ends in `.yaml` or `.yml`, or is there.

    Such a path that is not there goes to `open`, which says so and offers
    the nearest folder: `briefing /tmp/librray` was answered with argparse's
    list of commands while `briefing open /tmp/librray` said "no such file or
    folder" (a new user's trial). A word that is none of these may be a
    command misspelt (`chek`).
    """
    separators = tuple(s for s in (os.sep, os.altsep) if s)
    return (
        any(s in text for s in separators)
        or text.startswith((".", "~"))
        or os.path.splitext(text)[1].lower() in YAML_SUFFIXES
        or os.path.lexists(text)
    )


def _reading(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    _index_option(opener)
    opener.set_defaults(handler="reader.read")


def _authoring(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    check.add_argument(
        "--watch",
        action="store_true",
        help="check again each time a file under PATH changes (Ctrl+C stops); the watch's "
        "own lines go to stderr, and --format json gives one array per check, a line each",
    )
    check.add_argument(
        "--quiet",
        action="store_true",
        help="report errors only; the summary line still counts the warnings",
    )
    check.add_argument(
        "--max-warnings",
        type=count,
        metavar="N",
        help="exit 1, as for errors, when there are more than N warnings "
        "(--max-warnings 0: a build that must stay free of them)",
    )
    check.set_defaults(handler="authoring.check")

    new = commands.add_parser(
        "new",
        help="start a new briefing folder that passes check at once",
        description="Write a new briefing folder: one record of each kind, a source text, "
        "and a modeline that points editors at the format's JSON Schema. Nothing that "
        "exists is overwritten.",
    )
    new.add_argument("path", type=Path, metavar="PATH", help="the new briefing folder")
    new.add_argument("--id", dest="briefing_id", metavar="ID", help="default: from PATH")
    new.add_argument("--title", metavar="TITLE", help="the briefing's title")
    new.set_defaults(handler="authoring.new")

    find = commands.add_parser(
        "find",
        help="where words stand in a source text, ready to quote",
        description="Find WORDS in a source text the way check matches quotes: every "
        "occurrence with its line, column and number, and a quote entry to paste; or, "
        "when they are not there, the nearest passage and the word that differs.",
    )
    find.add_argument("source", type=Path, metavar="SOURCE_FILE", help="a source text file")
    find.add_argument("words", nargs="+", metavar="WORDS", help="the words to find")
    find.set_defaults(handler="authoring.find")

    shown = commands.add_parser(
        "format",
        help="print the format's guide for authors (docs/format.md)",
        description="Print the guide to writing a briefing, or with --path where it is.",
    )
    shown.add_argument("--path", action="store_true", help="print only where the guide is")
    shown.set_defaults(handler="authoring.format_guide")

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a briefing file, for editors",
        description="Print the format's JSON Schema (draft 2020-12), or with --path "
        "where the installed copy is (for a yaml-language-server modeline).",
    )
    schema.add_argument("--path", action="store_true", help="print only where the file is")
    schema.set_defaults(handler="authoring.schema")


def _library(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, text, handler in (
        (
            "list",
            "list the briefings of a content directory (from the index)",
            "library.list_briefings",
        ),
        ("index", "build or refresh the index of a content directory", "library.index_content"),
    ):
        command = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        command.add_argument(
            "path",
            nargs="?",
            type=Path,
            metavar="PATH",
            help="a content directory or a briefing folder (default: the bundled briefings)",
        )
        _index_option(command)
        command.set_defaults(handler=handler)
        if name == "list":
            command.add_argument(
                "--format",
                choices=("text", "json"),
                default="text",
                help="text (default) or a JSON array, an object per briefing",
            )
            command.add_argument(
                "--actor",
                metavar="ID_OR_NAME",
                help="list the briefings where this actor (an id, a name or one of their "
                "aliases, case and accents ignored) appears (the same actor across "
                "briefings: a shared same_as URI, or the same id and name), with their "
                "events and quotes there",
            )
        if name == "index":
            command.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
            command.add_argument(
                "--jobs",
                type=positive,
                metavar="N",
                help="check briefings in N processes (default: one per core, when there "
                "are enough briefings to check)",
            )


def _notes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notes = commands.add_parser(
        "notes",
        help="print your pins and notes, with their records, citations and sources",
        description="Print the pins and notes you kept in the reader, for the briefings of "
        "PATH: each record cited with its sources' addresses, its note, and whether it "
        "changed since, is no longer in the briefing, or its briefing has errors. Notes on "
        "briefings that are not in PATH follow, as they were kept, so that none is ever "
        "out of sight. The notes are kept in briefing's "
        f"data folder (${DATA_DIR_ENV} overrides it), apart from the index. Only reads: "
        "a notes file it cannot read is said and left as it is, exit 1.",
    )
    notes.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a content directory or a briefing folder (default: the bundled briefings)",
    )
    notes.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help="markdown (default) or JSON, one object per briefing",
    )
    _index_option(notes)
    notes.set_defaults(handler="notes.command")


def _exporting(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from briefing.export import FORMATS  # the formats' names and what they are

    formats = "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values())
    exporter = commands.add_parser(
        "export",
        help="write a briefing as Markdown, plain text, JSON, TimelineJS, Web Annotations or CSV",
        description=f"Write a briefing as a document to read, or in a format other tools read "
        f"({formats}). Without -o "
        "it goes to standard output. A file or folder that exists is replaced only when "
        "briefing export wrote it; anything else is left as it is (exit 2).",
    )
    exporter.add_argument(
        "briefing",
        metavar="ID_OR_PATH",
        help="a briefing folder, or a briefing's id (in --in, default the bundled briefings)",
    )
    exporter.add_argument("--to", required=True, choices=tuple(FORMATS), help="the format")
    exporter.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file, - (or /dev/stdout) for standard output, the default; a folder for csv",
    )
    exporter.add_argument(
        "--in", dest="content", type=Path, metavar="PATH", help="the content directory of ID"
    )
    _index_option(exporter)
    exporter.set_defaults(handler="exporting.export_briefing")


def _searching(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    finder = commands.add_parser(
        "search",
        help="every place some words stand: records and source texts",
        description="Search every field of every record and every source text for WORDS "
        '(one argument: quote it for the shell; "quoted phrases" inside it), case and '
        "accents ignored, each word the beginning of a word, a number whole with the signs "
        "typed beside it (2% finds '2 %', not '1.2%' nor 2025). One line per hit: "
        "FILE:LINE:COL into the YAML or the source text. Exit 0 when found, 1 when not. "
        "Briefings with errors are not searched: a line on stderr names them.",
    )
    finder.add_argument("words", metavar="WORDS", help="e.g. 'huge \"allied resolve\"'")
    finder.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a content directory or a briefing folder (default: the bundled briefings)",
    )
    finder.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    _index_option(finder)
    finder.set_defaults(handler="searching.search")


def _index_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--index",
        type=index_file,
        metavar="FILE",
        help="the index's catalogue; each briefing's file goes in FILE.briefings beside it "
        f"(default: one per content directory in ${INDEX_DIR_ENV} or the user's cache folder)",
    )


def index_file(text: str) -> Path:
    """`--index FILE`, in a folder that is there or whose own folder is (it is
    made, as the BRIEFING_*_DIR folders are): a typo in it made the whole tree
    of folders it named, and an index in it (a robustness trial)."""
    path = Path(text)
    folder = path.parent
    if folder.is_dir() or folder.parent.is_dir():
        return path
    near = nearest_path(folder)
    hint = f"; did you mean {visible_line(display_path(near))}?" if near is not None else ""
    raise argparse.ArgumentTypeError(
        f"no such folder: {visible_line(display_path(folder.parent))} (the index's folder "
        f"is made only in one that is there: is there a typo?){hint}"
    )


def positive(text: str) -> int:
    """An argument that is a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return number


def count(text: str) -> int:
    """An argument that is a whole number of at least 0."""
    if not text.isascii() or not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number of at least 0: {text!r}")
    return int(text)
