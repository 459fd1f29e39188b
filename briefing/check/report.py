"""Printing problems: one located line each, grouped by file, then a summary.

    content/x/quotes.yaml:12:5: error[unknown-field]: 'speeker' is not a field of a quote
      hint: did you mean 'speaker'?
    2 errors, 1 warning in 1 file

Colour only on a terminal and never with NO_COLOR (Rich decides both). Every
piece of text is handed to Rich as `Text`, never as markup.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.text import Text

from briefing.records.problems import Problem, Severity
from briefing.records.text import counted, inert_json, visible_line

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}


def problem_line(problem: Problem) -> str:
    """The problem as one plain line: FILE:LINE:COL: severity[code]: message."""
    return (
        f"{visible_line(problem.file)}:{problem.line}:{problem.column}: "
        f"{problem.severity}[{problem.code}]: {visible_line(problem.message)}"
    )


def summary_line(problems: Sequence[Problem], briefings: int) -> str:
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if not problems:
        return f"ok: {counted(briefings, 'briefing')}, 0 problems"
    files = len({p.file for p in problems})
    # How many were checked too: "24 errors in 22 files" left a CI log without
    # the figure of briefings (a trial of scripts and CI).
    return (
        f"{counted(errors, 'error')}, {counted(warnings, 'warning')} in "
        f"{counted(files, 'file')}; {counted(briefings, 'briefing')} checked"
    )


class _Console(Console):
    """Rich's console, but a closed pipe (`| head`) stays BrokenPipeError, for the
    command's own ending (Rich's exits 1 itself, which reads as "errors found")."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def _console(stream: TextIO) -> Console:
    """A console that styles only on a terminal, and not at all with NO_COLOR.

    Rich's own NO_COLOR support still writes bold; no-color.org asks for none.
    """
    plain = bool(os.environ.get("NO_COLOR"))
    return _Console(
        file=stream,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
        color_system=None if plain else "auto",
    )


def print_text(
    problems: Sequence[Problem],
    briefings: int,
    stream: TextIO,
    counted_too: Sequence[Problem] | None = None,
) -> None:
    """Each problem, grouped by file, then the summary line, which counts
    `counted_too` where given (`check --quiet` reports only the errors)."""
    console = _console(stream)
    previous_file: str | None = None
    for problem in problems:
        if previous_file is not None and problem.file != previous_file:
            console.print()
        previous_file = problem.file
        line = Text()
        line.append(f"{visible_line(problem.file)}:{problem.line}:{problem.column}: ", "bold")
        line.append(f"{problem.severity}[{problem.code}]", _STYLE[problem.severity])
        line.append(": " + visible_line(problem.message))
        console.print(line)
        if problem.hint:
            console.print(Text("  hint: " + visible_line(problem.hint), "cyan"))
    if problems:
        console.print()
    counted = problems if counted_too is None else counted_too
    errors = any(p.is_error for p in counted)
    style = "bold red" if errors else ("bold yellow" if counted else "bold green")
    console.print(Text(summary_line(counted, briefings), style))


def json_text(problems: Sequence[Problem], indent: int | None = 2) -> str:
    """The problems as a JSON array (on one line with no `indent`), and a line break."""
    return inert_json([p.to_json() for p in problems], indent=indent) + "\n"
