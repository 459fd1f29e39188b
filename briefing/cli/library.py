"""`briefing list` and `briefing index`: the index of a content directory, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.progress import progress_bar
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.files.locations import briefing_folders, bundled_content_dir, display_path
from briefing.index.store import Index, open_index
from briefing.records.text import counted, visible_line


def opened(path: Path | None, index: Path | None, rebuild: bool, jobs: int | None = None) -> Index:
    """The index of `path` (default: the bundled briefings), built or refreshed as needed.

    Waits and notices are said on stderr as they happen; a UsageError for a
    path that is not there, or an index path that holds something not ours.
    """
    content = path or bundled_content_dir()
    briefing_folders(content)
    with progress_bar() as on_progress:
        index_opened = open_index(
            content,
            index,
            rebuild=rebuild,
            on_wait=say,
            on_progress=on_progress,
            workers=jobs,
            keep=True,  # read once, kept to the end of the command
        )
    for notice in index_opened.notices:
        say(notice)
    return index_opened


def say(notice: str) -> None:
    """A notice on stderr at once, while the command goes on (a wait for a lock)."""
    print(f"briefing: {visible_line(notice)}", file=sys.stderr, flush=True)


def list_briefings(args: argparse.Namespace) -> int:
    summaries = opened(args.path, args.index, rebuild=False).summaries()
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


def index_content(args: argparse.Namespace) -> int:
    built = opened(args.path, args.index, rebuild=args.rebuild, jobs=args.jobs)
    where = display_path(built.location) if built.location else "memory"
    if built.rebuilt:
        total = counted(len(built.summaries()), "briefing")
        print(f"indexed {built.checked} of {total} in {built.seconds:.3f} s: {where}")
    else:
        print(f"up to date in {built.seconds:.3f} s: {where}")
    return EXIT_OK
