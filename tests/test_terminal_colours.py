"""NO_COLOR as no-color.org says it, and for a terminal without colours (a trial of terminals).

Each case runs in a process of its own, as the reader starts in one: curses
reads a terminal's description once a process.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest

SAID = (
    "import os; from briefing.cli.reader import colours_as_the_terminal_says; "
    "colours_as_the_terminal_says(); print(repr(os.environ.get('NO_COLOR')))"
)


def no_color_after(term: str, **settings: str) -> str | None:
    """NO_COLOR as the reader sees it, in a terminal `term` with `settings`."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLORTERM", "FORCE_COLOR")}
    env.update(TERM=term, **settings)
    out = subprocess.run(
        [sys.executable, "-c", SAID], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    found = ast.literal_eval(out)  # a repr of None or a text, printed just above
    assert found is None or isinstance(found, str)
    return found


@pytest.mark.parametrize("term", ["xterm-mono", "vt100"])
def test_a_terminal_without_colours_reads_as_no_color(term: str) -> None:
    """Rich sent xterm-mono colours all the same: the palette's chosen line,
    marked by its background alone, could not be told from the others."""
    assert no_color_after(term) == "1"


@pytest.mark.parametrize("term", ["xterm", "xterm-256color", "screen", "no-such-terminal"])
def test_a_terminal_with_colours_keeps_them(term: str) -> None:
    assert no_color_after(term) is None


def test_colorterm_says_otherwise() -> None:
    assert no_color_after("xterm-mono", COLORTERM="truecolor") is None


def test_an_empty_no_color_is_no_no_color() -> None:
    """no-color.org: set and not empty. An empty one made the reader grey (Textual
    takes any) and left `briefing check` in colour."""
    assert no_color_after("xterm-256color", NO_COLOR="") is None
    assert no_color_after("xterm-256color", NO_COLOR="yes") == "yes"
