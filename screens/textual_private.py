"""Textual's private names that the reader leans on, named here and nowhere else.

Each is outside Textual's public API and may change in any release, silently:
the project pins Textual below 8.3 (pyproject.toml), and
tests/test_textual_private.py checks that the Textual installed is the
one these were read against, and that no other module imports a private
Textual name or reads a private attribute only Textual defines. An upgrade
of Textual starts by reading what these are for:

- `XTermParser`, `ParseError`, `loop_last`, and the driver's private
  `_debug` (`driver_debug`): the paste guard's copy of the driver's input
  loop (briefing.screens.terminal_input);
- `ANSI_SEQUENCES_KEYS` and `character_to_key`: which keys a terminal can
  send, for the keymap's checks (briefing.screens.key_names);
- a screen's `_compositor`: the lines as the terminal is sent them, colour
  filters applied, for the tests of themes' legibility (`rendered_strips`);
- a screen's `_modal_binding_chain` and the app's `_check_action_state`:
  every binding of a key in reach, not only the first that `active_bindings`
  keeps, for the keys panel (`bindings_of_key`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual._ansi_sequences import ANSI_SEQUENCES_KEYS as ANSI_SEQUENCES_KEYS
from textual._loop import loop_last as loop_last
from textual._parser import ParseError as ParseError
from textual._xterm_parser import XTermParser as XTermParser
from textual.keys import _character_to_key as character_to_key

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode
    from textual.driver import Driver
    from textual.screen import Screen
    from textual.strip import Strip


def driver_debug(driver: Driver) -> bool:
    """Whether the driver was started to debug its input (its private `_debug`),
    which the paste guard's parser is given as the driver's own is."""
    debug: bool = driver._debug
    return debug


def rendered_strips(screen: Screen[Any]) -> list[Strip]:
    """The screen's lines as the terminal is sent them, its filters (NO_COLOR's
    greys, 16 colours' dimming) applied."""
    return screen._compositor.render_strips()


def bindings_of_key(screen: Screen[Any], key: str) -> list[tuple[DOMNode, Binding, bool]]:
    """Every binding of `key` in reach on `screen`, in the order Textual tries them,
    with whether it is enabled (those their node hides left out), as
    `Screen.active_bindings` finds the first."""
    found = []
    for namespace, bindings in screen._modal_binding_chain:
        for binding in bindings.key_to_bindings.get(key, ()):
            state = screen.app._check_action_state(binding.action, namespace)
            if state is not False:
                found.append((namespace, binding, bool(state)))
    return found


#: The Textual release these names were read against (major.minor).
READ_AGAINST = "8.2"

__all__ = [
    "ANSI_SEQUENCES_KEYS",
    "READ_AGAINST",
    "ParseError",
    "XTermParser",
    "bindings_of_key",
    "character_to_key",
    "loop_last",
    "rendered_strips",
]
