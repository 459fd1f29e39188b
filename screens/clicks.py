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

from textual.content import Content
from textual.events import Click, MouseDown
from textual.geometry import Offset
from textual.style import Style

from briefing.screens.safe import plain

#: Textual's number for the left (primary) button.
LEFT = 1
#: The action a click on an address runs, with the address (BriefingApp's).
OPEN = ("app.open_address",)


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


class LeftClicksOnly:
    """For a widget whose text holds click actions (`clickable`): they run on a
    left click only, not at the end of a drag (selecting an address's words
    opened it) nor on another button's click. Put it before the widget's
    class among the bases: it stops Textual's own handling of the click."""

    _press: Press | None = None

    def on_mouse_down(self, event: MouseDown) -> None:
        self._press = left_press(event, had_focus=False)

    def on_click(self, event: Click) -> None:
        press, self._press = self._press, None
        if not is_click(press, event):
            event.prevent_default()
            event.stop()  # the containers around would run the same action


def clickable(content: Content, action: str, *arguments: str) -> Content:
    """`content` running `action` (`"app.name"`, `"screen.name"`) with
    `arguments` when clicked. The action and its arguments are kept as a tuple
    in the style's meta, never written as markup: an argument may be a
    briefing's text (an address)."""
    return content.stylize(Style.from_meta({"@click": (action, arguments)}))


def address(url: str, style: str) -> Content:
    """`url` shown in `style`, opened in the browser when clicked (as `o` does:
    only an http or https one, briefing.screens.sharing.open_address)."""
    return clickable(plain(url, style), *OPEN, url)
