"""Textual's private names that the reader leans on, named here and nowhere else.

Each is outside Textual's public API and may change in any release, silently:
the project pins Textual below 8.3 (pyproject.toml), and
tests/test_textual_private.py checks that the Textual installed is the
one these were read against, and that no other module imports a private
Textual name. An upgrade of Textual starts by reading what these are for:

- `XTermParser`, `ParseError`, `loop_last`, and the Linux driver's private
  `_debug`: the paste guard's copy of the driver's input loop
  (briefing.screens.terminal_input);
- `ANSI_SEQUENCES_KEYS` and `character_to_key`: which keys a terminal can
  send, for the keymap's checks (briefing.screens.keys);
- a screen's `_compositor`: the lines as the terminal is sent them, colour
  filters applied, for the tests of themes' legibility (`rendered_strips`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual._ansi_sequences import ANSI_SEQUENCES_KEYS as ANSI_SEQUENCES_KEYS
from textual._loop import loop_last as loop_last
from textual._parser import ParseError as ParseError
from textual._xterm_parser import XTermParser as XTermParser
from textual.keys import _character_to_key as character_to_key

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.strip import Strip


def rendered_strips(screen: Screen[Any]) -> list[Strip]:
    """The screen's lines as the terminal is sent them, its filters (NO_COLOR's
    greys, 16 colours' dimming) applied."""
    return screen._compositor.render_strips()


#: The Textual release these names were read against (major.minor).
READ_AGAINST = "8.2"

__all__ = [
    "ANSI_SEQUENCES_KEYS",
    "READ_AGAINST",
    "ParseError",
    "XTermParser",
    "character_to_key",
    "loop_last",
    "rendered_strips",
]
