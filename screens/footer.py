"""The footer every screen shows: the keys of what has focus, on one line.

Textual's Footer is a container of one widget per key, composed again
whenever the bindings may have changed, a refresh after they did: its keys
reached the screen some 100 ms after the first rows, and every key that
changes the bindings (`/`, Esc, a screen opened or closed) laid out a dozen
widgets again. This one is a single line drawn from the screen's active
bindings as Textual's compact footer draws them (the same theme colours),
there in the first frame, and repainted in place, without a layout, only
when the keys it shows change. The command palette's key stands on the
right; a click on a key presses it.

It is split from the screen rather than docked on it, so that the keys
panel, split off after it, stands above it and never over it.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

#: Between the keys on the left and the palette's key on the right.
SEPARATOR = "▏"


class ShownKey(NamedTuple):
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool


class KeysFooter(Widget, can_focus=False):
    """The screen's keys on one line, the command palette's on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--separator",
    }
    DEFAULT_CSS = """
    KeysFooter {
        split: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .keys-footer--separator {
            color: $foreground 20%;
            background: $footer-item-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[list[ShownKey], ShownKey | None] | None = None
        #: Where each key was drawn on the line: (first cell, end cell, key).
        self._places: list[tuple[int, int, ShownKey]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        shown = self._keys(screen)
        if shown != self._shown:
            self._shown = shown
            self.refresh()

    def shown_keys(self) -> list[ShownKey]:
        """The keys on the left of the line, as they are drawn now."""
        return self._current()[0]

    def _current(self) -> tuple[list[ShownKey], ShownKey | None]:
        if self._shown is None:
            self._shown = self._keys(self.screen)
        return self._shown

    def _keys(self, screen: Screen[Any]) -> tuple[list[ShownKey], ShownKey | None]:
        """The screen's keys to show, and the command palette's (None: not shown)."""
        app = screen.app
        palette_action = None
        if app.ENABLE_COMMAND_PALETTE:
            found = screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
            palette_action = found[1].action if found is not None else None
        keys: list[ShownKey] = []
        palette = None
        seen_actions: set[str] = set()
        for _, binding, enabled, _ in screen.active_bindings.values():
            shown = ShownKey(binding.key, app.get_key_display(binding), binding.description,
                             enabled)  # fmt: skip
            if binding.action == palette_action and binding.key == app.COMMAND_PALETTE_BINDING:
                palette = shown
            elif binding.show and binding.action not in seen_actions:
                seen_actions.add(binding.action)  # one key per action, as Textual's footer
                keys.append(shown)
        return keys, palette

    def render(self) -> Content:
        keys, palette = self._current()
        width = self.size.width
        right = Content("")
        if palette is not None:
            separator = self.get_visual_style("keys-footer--separator")
            # a cell to spare after it, as Textual's compact footer leaves one
            right = Content.assemble((SEPARATOR, separator), self._drawn(palette), " ")
        room = max(0, width - right.cell_length)
        left = Content("")
        self._places = []
        for shown in keys:  # cut at the palette's key when they do not fit, as Textual's
            if left.cell_length >= room:
                break
            piece = self._drawn(shown)
            end = min(room, left.cell_length + piece.cell_length)
            self._places.append((left.cell_length, end, shown))
            left += piece + Content(" ")  # the gap to the next key
        if palette is not None:
            self._places.append((width - right.cell_length + 1, width - 1, palette))
        gap = Content(" " * max(0, room - left.cell_length))
        return Content.assemble(left[:room], gap, right)

    def _drawn(self, shown: ShownKey) -> Content:
        """`key description`, in the footer's colours (dim when the key does nothing now)."""
        drawn = Content.assemble(
            (shown.display, self.get_visual_style("keys-footer--key")),
            (f" {shown.description}" if shown.description else "",
             self.get_visual_style("keys-footer--description")),
        )  # fmt: skip
        return drawn if shown.enabled else drawn.stylize("dim")

    def on_mouse_down(self, event: events.MouseDown) -> None:
        for start, end, shown in self._places:
            if start <= event.x < end:
                if shown.enabled:
                    self.app.simulate_key(shown.key)
                else:
                    self.app.bell()
                return
