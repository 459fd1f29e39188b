"""`briefing` and `briefing open`: start the reader, in a terminal, on something that opens.

The reader's code (briefing.screens, Textual) is imported here and only
here, when it is about to run: every other command starts without it.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from briefing.cli.library import opened, shows_them
from briefing.errors import BriefingHasErrors, UsageError
from briefing.files.locations import (
    bundled_content_dir,
    display_path,
    readable_folder,
    usable_folder,
)
from briefing.files.user_folders import check_overrides
from briefing.index.store import Index, check_index_path
from briefing.records.text import counted, shown, visible, visible_line

#: Textual's frame cap (`TEXTUAL_FPS`), read when Textual is first imported.
#: Textual 8.2's screen-update timer, resumed after a pause, skips one tick
#: too many: a frame that follows another (a filter's results after the
#: typed letter, a screen's second layout) waits 17 to 33 ms at the default
#: 60, where 17 at most was meant. At 120 it waits at most 17 again. Frames
#: are still drawn only when something changed. A value the user set wins.
FRAMES_PER_SECOND = "120"


def read_bundled(args: argparse.Namespace) -> int:
    """`briefing` with no command: the reader on the bundled briefing."""
    return _read(None, None, None)


def read(args: argparse.Namespace) -> int:
    return _read(args.path, args.briefing, args.index)


def _read(path: Path | None, briefing_id: str | None, index: Path | None) -> int:
    if path is not None:
        usable_folder(path)  # a UsageError for a path that is not there
        readable_folder(path)  # or that cannot be read
    check_overrides()  # BRIEFING_DATA_DIR="~/brf" and the like, before the terminal is taken
    need_a_terminal()
    if briefing_id is not None:
        index_opened: Index | None = opened_with(path, index, briefing_id)
    else:
        index_opened = None
        check_index_path(path or bundled_content_dir(), index)  # a file not ours: exit 2
    os.environ.setdefault("TEXTUAL_FPS", FRAMES_PER_SECOND)
    from briefing.screens.app import make_app
    from briefing.screens.process import run_reader

    app = make_app(path, briefing_id, index, index_opened)
    status = run_reader(app)
    places = [app.places.problem] if app.places.problem else []  # not kept: said, no more
    for line in [*app.keeper.told, *places, *app.keeper.unsaved]:  # on the terminal given back
        print(f"briefing: {visible_line(line)}", file=sys.stderr)
    for line in app.keeper.unsaved_listing:  # a note's own lines, tabs and all
        print(visible(line), file=sys.stderr)
    if status == 0 and app.keeper.unsaved:
        return 1  # something the user did is not on disk: not a plain success
    return status


def need_a_terminal() -> None:
    """The reader reads keys from stdin and draws on stdout and stderr: each a terminal.

    The refusal goes to stderr, as every error does; when stderr is what is not
    a terminal (`briefing 2>/dev/null`, `2>log`) and stdout is, it is said on
    stdout too: it went only where nobody saw it, and the reader exited 2
    with nothing on the screen (a trial).
    """
    for name, stream in (
        ("standard input", sys.stdin),
        ("standard output", sys.stdout),
        ("standard error", sys.stderr),
    ):
        if stream is None or not stream.isatty():
            if stream is sys.stderr and _is_terminal(sys.stdout):
                message = (
                    "the reader draws on standard error too, and it is not a terminal "
                    "(2> sends it elsewhere); run briefing without 2>, or for text use "
                    "briefing list / briefing check"
                )
                print(f"briefing: {message}", file=sys.stdout, flush=True)
                raise UsageError(message)
            raise UsageError(
                f"the reader needs a terminal, and {name} is not one; "
                "for text, use briefing list / briefing check"
            )
    need_a_capable_terminal()
    colours_as_the_terminal_says()


def colours_as_the_terminal_says() -> None:
    """NO_COLOR as no-color.org says it (set and not empty: an empty one made
    the reader grey and left `briefing check` in colour), and set for a
    terminal whose terminfo says it has no colours (TERM=xterm-mono, vt100):
    Rich sends them colours all the same, and the palette's chosen line,
    marked by its background alone, could not be told from the others there
    (a trial of terminals)."""
    if os.environ.get("NO_COLOR") == "":
        del os.environ["NO_COLOR"]
    elif "NO_COLOR" not in os.environ and _monochrome(os.environ.get("TERM", "")):
        os.environ["NO_COLOR"] = "1"


def _monochrome(term: str) -> bool:
    """Whether terminfo says `term` has no colours (and no COLORTERM says otherwise)."""
    if not term or os.environ.get("COLORTERM") or os.environ.get("FORCE_COLOR"):
        return False
    try:
        import curses  # (not on every platform: then nothing is known)
    except ImportError:
        return False
    try:
        curses.setupterm(term, sys.__stderr__.fileno() if sys.__stderr__ else 2)
        return curses.tigetnum("colors") < 2
    except (OSError, ValueError, curses.error):
        return False


#: Characters of the reader's screen: box lines, the chosen row's bar, marks.
DRAWN = "╭─│▌⚠★✎▸…⏎⌫“”"


def need_a_capable_terminal() -> None:
    """A terminal that says it draws no screen (TERM=dumb: an editor's shell
    buffer, some IDE consoles), or whose locale's character set cannot hold
    the reader's characters, is refused with what to do: the whole reader
    was drawn there anyway, in escape codes, or with every line and mark
    written as `\\u256d` six cells wide (a trial under a Latin-1 locale)."""
    if os.environ.get("TERM", "").strip() == "dumb":
        raise UsageError(
            "this terminal says it cannot draw a screen (TERM=dumb); run the reader in a "
            "terminal emulator, or for text use briefing list / briefing export --to text"
        )
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    try:
        DRAWN.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        raise UsageError(
            f"the terminal's character set ({encoding}, from the locale) cannot show the "
            "reader's lines and marks; run it under a UTF-8 locale (LC_ALL=C.UTF-8 briefing), "
            "or for text use briefing list / briefing check"
        ) from None


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):  # closed
        return False


def opened_with(
    path: Path | None,
    index: Path | None,
    briefing_id: str,
    asked_by: Callable[[str], str] = lambda held: f"--briefing {held}",
) -> Index:
    """The index, opened before the reader starts, when it holds `briefing_id` and it opens.

    Otherwise a UsageError that says why, with the nearest id there is.
    `asked_by`: the id as the command is given it, for the hint that writes it
    (`--briefing ID` for open; export takes the id itself).
    """
    index_opened = opened(path, index, rebuild=False)
    summaries = index_opened.summaries()
    found = [s for s in summaries if (s.id or s.folder) == briefing_id]  # no id: a broken one
    if not found:
        where = display_path(path or bundled_content_dir())
        ids = [s.id or s.folder for s in summaries]
        close = difflib.get_close_matches(briefing_id, ids, n=1, cutoff=0.6)
        # The folder's name, which the library shows beside the id: `library-0001 (b0001)`.
        held = next((s.id for s in summaries if s.id and s.folder == briefing_id), None)
        if held is not None:
            hint = (
                f"the folder {visible_line(briefing_id)} holds the briefing {shown(held)}: "
                f"{asked_by(held)}"
            )
        elif close:
            hint = f"did you mean {shown(close[0])}?"
        elif 0 < len(ids) <= 5:
            hint = "its ids: " + ", ".join(shown(i) for i in ids)
        else:
            hint = "briefing list shows the ids"
        raise UsageError(f"no briefing with the id {shown(briefing_id)} in {where} ({hint})")
    summary = found[0]
    if not summary.opens:
        shows = shows_them(summary, summaries, path or bundled_content_dir())
        raise BriefingHasErrors(
            f"the briefing {shown(briefing_id)} has {counted(summary.errors, 'error')} "
            f"and does not open ({shows})"
        )
    return index_opened
