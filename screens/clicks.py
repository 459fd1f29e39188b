"""What a mouse press and the click after it mean in the reader's lists.

Textual makes a Click of any button's press and release on the same widget,
however far the pointer moved between them: a right or middle click (which
terminals forward while the app has the mouse), and a drag that ends on the
widget it began on, read as a left click (a mouse user's trial: a right click
filtered, a drag to select ended by opening the quote under the pointer). A
list notes its left press, and acts only on a click of that press, released
where it was pressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.events import Click, MouseDown
from textual.geometry import Offset

#: Textual's number for the left (primary) button.
LEFT = 1


@dataclass(frozen=True)
class Press:
    """A left press on a list: where on the screen, and whether the list had the
    focus before it (a press takes the focus)."""

    at: Offset
    had_focus: bool


def left_press(event: MouseDown, had_focus: bool) -> Press | None:
    """The press `event` is, if it is one a click may act on (the left button)."""
    return Press(event.screen_offset, had_focus) if event.button == LEFT else None


def is_click(press: Press | None, click: Click) -> bool:
    """Whether `click` is a left click: its press was the left button's, at the
    place it was released (not a drag)."""
    return press is not None and click.screen_offset == press.at
