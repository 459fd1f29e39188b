"""Keys typed right after `/`, in the same burst, taken to the filter box.

Textual hands each key to the widget that had focus when the key was read,
and runs its binding only once it has passed up: in a burst (fast typing, a
paste) of `/` and letters, the letters went to the list, where `j` and `k`
moved the cursor, `q` quit, and the rest were lost. So the owner of a filter
(a pane, the library) acts on its `/` (as the keymap has it) as the list
passes it up, and types the printable keys passed up after it into the box.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input


def type_into(box: Input, event: events.Key) -> None:
    """A printable key passed up while the box has focus, typed into it."""
    if event.is_printable and event.character is not None:
        event.stop()
        event.prevent_default()
        box.insert_text_at_cursor(event.character)


def opens_filter(screen: Screen[Any], owner: DOMNode, event: events.Key) -> bool:
    """Whether `event` is `owner`'s `/` (or what the keymap made of it), enabled
    now; if it is, it is stopped here, for `owner` to open its filter."""
    active = screen.active_bindings.get(event.key)
    opens = (
        active is not None
        and active.node is owner
        and active.binding.action == "start_filter"
        and active.enabled
    )
    if opens:
        event.stop()
        event.prevent_default()
    return opens
