"""The commands for writing a briefing: check, new, find, format, schema."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli.output import write_utf8
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.errors import UsageError
from briefing.files.locations import (
    display_path,
    guide_file,
    nearest_path,
    schema_file,
    shell_argument,
)
from briefing.records.text import counted, visible, visible_line

if TYPE_CHECKING:  # watchfiles is imported only when watching
    from watchfiles import Change

    from briefing.records.problems import Problem


def check(args: argparse.Namespace) -> int:
    if args.watch:
        return _watch(args)
    return _check_once(args)


def _check_once(args: argparse.Namespace, lines: bool = False) -> int:
    """Check and report; `lines`: JSON on one line (a watch's JSON Lines).

    `--quiet` leaves the warnings out of the report (not out of the summary's
    count); `--max-warnings N` makes more than N of them fail the check, as
    an error does, for an author's build that must stay clean of them."""
    # Imported here: the report brings Rich's console (20 ms), which list and index never use.
    from briefing.check.content import check_content
    from briefing.check.report import json_text, print_text

    paths: list[Path] = args.paths
    try:
        results = [check_content(path) for path in paths]
    except KeyboardInterrupt:  # a signal (briefing.cli.interrupt): said, as list says it
        # (a CI job's timeout left an empty log, a trial of scripts and CI)
        with contextlib.suppress(OSError):  # the terminal may be gone
            print("briefing check: interrupted: nothing is reported", file=sys.stderr, flush=True)
        raise
    # Paths that overlap (`check lib lib/b`, or one given twice) count each
    # briefing and each problem once: b's error was listed twice, in "12 errors".
    once = {_same_place(p): p for r in results for p in r.all_problems()}
    problems = sorted(once.values(), key=lambda p: p.sort_key())
    briefings = len({os.path.realpath(f.folder) for r in results for f in r.folders})
    warnings = sum(1 for p in problems if not p.is_error)
    reported = [p for p in problems if p.is_error] if args.quiet else problems
    too_many = args.max_warnings is not None and warnings > args.max_warnings
    too_many_said = (
        f"{counted(warnings, 'warning')}: more than --max-warnings {args.max_warnings} allows"
    )
    if args.format == "json":
        write_utf8(json_text(reported, indent=None if lines else 2))
        if too_many:  # the array is the report's; why the exit is 1, on stderr
            print(f"briefing check: {too_many_said}", file=sys.stderr, flush=True)
    else:
        print_text(reported, briefings, sys.stdout, counted_too=problems)
        if too_many:
            print(too_many_said, flush=True)
    return EXIT_PROBLEMS if too_many or any(p.is_error for p in problems) else EXIT_OK


def _same_place(problem: Problem) -> tuple[object, ...]:
    """A problem as itself, whichever way its file was named."""
    return (os.path.realpath(problem.file), problem.line, problem.column, problem.code,
            problem.message)  # fmt: skip


def _watch(args: argparse.Namespace) -> int:
    """Check, then check again after every change, until interrupted (exit 130).

    The watch's own lines (waiting, changed, gone) go to stderr: with
    `--format json`, standard output is one JSON array per check, each on one
    line (JSON Lines), for `jq -c` to follow (they were in the same stream)."""
    from briefing.files.locations import briefing_folders

    for path in args.paths:
        briefing_folders(path)  # a UsageError for a path that is not there, before waiting
    roots = {os.path.abspath(path) for path in args.paths}
    watcher = _watcher(args.paths)
    lost = False
    _check_once(args, lines=True)
    _say(_waiting())
    while True:
        changes: set[tuple[object, str]] = set(next(watcher))
        # A folder deleted and made again (`rm -r` then `cp -r`) is another
        # folder: the watch was on the one gone, and saw nothing more while it
        # said it was watching (a robustness trial). Once one of the folders is
        # deleted, each look (empty ones too) sees whether it is back, to watch anew.
        lost = lost or any(os.path.abspath(name) in roots for _change, name in changes)
        gone = [path for path in args.paths if not path.exists()] if lost else []
        if gone:
            if changes:  # (said once for each batch of changes, not at each look)
                named = ", ".join(visible_line(display_path(path)) for path in gone)
                near = nearest_path(gone[0])
                moved = f" (did you mean {visible_line(display_path(near))}?)" if near else ""
                _say(f"\n--- gone: {named}{moved}; watching for it to come back (Ctrl+C stops)")
            continue
        if lost:
            lost, watcher = False, _watcher(args.paths)
            changes |= {(None, str(path)) for path in args.paths}
        if not changes:
            continue
        touched = [Path(name) for _change, name in changes]
        # An editor's or sed's temporary files come and go: name what is there, or was YAML.
        kept = [p for p in touched if p.exists() or p.suffix in (".yaml", ".yml")] or touched
        names = sorted({visible_line(display_path(p)) for p in kept})
        _say(f"\n--- changed: {', '.join(names[:3])}{' …' if len(names) > 3 else ''}")
        _check_once(args, lines=True)
        _say(_waiting())


def _watcher(paths: list[Path]) -> Iterator[set[tuple[Change, str]]]:
    """The changes under `paths`, in batches; watching from the first (empty) one
    on, so that an edit made while checking is not missed."""
    from watchfiles import watch

    watcher = watch(
        *paths,
        debounce=200,
        step=50,
        rust_timeout=100,
        yield_on_timeout=True,  # an empty set now and then
        raise_interrupt=True,
    )
    next(watcher)
    return watcher


def _say(line: str) -> None:
    """A line of the watch's own, on stderr, after the report before it."""
    sys.stdout.flush()
    print(line, file=sys.stderr, flush=True)


def _waiting() -> str:
    return f"--- {time.strftime('%H:%M:%S')} watching for changes (Ctrl+C stops)"


def new(args: argparse.Namespace) -> int:
    from briefing.check.scaffold import new_briefing

    written = new_briefing(args.path, args.briefing_id, args.title)
    for path in written:
        print(f"wrote {visible_line(display_path(path))}")
    where = shell_argument(args.path)
    print(f"next: edit them, then run briefing check {where}")
    return EXIT_OK


def _refuse_swapped(source: Path, words: list[str]) -> None:
    """UsageError, with the command as it should be, for `find WORDS FILE`
    (`briefing search` takes its words first, so the slip is easy)."""
    if os.path.lexists(source) or not os.path.isfile(words[-1]):
        return
    typed = " ".join([str(source), *words[:-1]])
    raise UsageError(
        f"no such file: {display_path(source)}; the source file comes first: "
        f"briefing find {shlex.quote(words[-1])} {shlex.quote(typed)}"
    )


def find(args: argparse.Namespace) -> int:
    """Every occurrence, `FILE:LINE:COL: occurrence N: words`, and a quote to paste."""
    from briefing.check.anchor_failures import not_found_hint
    from briefing.check.find import find_words, quoted_already
    from briefing.check.source_ids import source_of

    words = " ".join(args.words)
    _refuse_swapped(args.source, args.words)
    found = find_words(args.source, words)
    where = visible_line(display_path(args.source))
    if not found.places:
        print(f"{where}: these words are not in this text", file=sys.stderr)
        hint = not_found_hint(words, found.nearest)
        if hint:
            print(f"  hint: {visible_line(hint)}", file=sys.stderr)
        return EXIT_PROBLEMS
    briefing_source = source_of(args.source)
    taken = quoted_already(*briefing_source, found.text, found.places) if briefing_source else {}
    for place in found.places:
        print(
            f"{where}:{place.line}:{place.column}: occurrence {place.occurrence} of "
            f"{len(found.places)}: {visible_line(place.text)}"
        )
        for quote in taken.get(place.occurrence, []):
            print(
                f"  already quoted: {visible_line(quote.id)}, said by {visible_line(quote.speaker)}"
            )
    matches = counted(len(found.places), "match", "matches")
    print(f"\n# {matches}; a quote entry to paste into quotes.yaml:")
    source_id = briefing_source[1] if briefing_source else "SOURCE-ID"
    print(visible(found.quote_entry(source_id, place=found.places[0])))
    return EXIT_OK


def format_guide(args: argparse.Namespace) -> int:
    return _print_file(guide_file(), args.path)


def schema(args: argparse.Namespace) -> int:
    return _print_file(schema_file(), args.path)


def _print_file(path: Path, only_where: bool) -> int:
    if only_where:
        print(visible_line(str(path)))
        return EXIT_OK
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {display_path(path)}: {exc.strerror or exc}") from exc
    write_utf8(text)  # (a failed write is no failed read: briefing.cli.output)
    return EXIT_OK
