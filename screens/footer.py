"""The footer every screen shows: the keys of what has focus, on one line.

Textual's Footer is a container of one widget per key, composed again
whenever the bindings may have changed, a refresh after they did: its keys
reached the screen some 100 ms after the first rows, and every key that
changes the bindings (`/`, Esc, a screen opened or closed) laid out a dozen
widgets again. This one is a single line drawn from the screen's active
bindings as Textual's compact footer draws them (the same theme colours),
there in the first frame, and repainted in place, without a layout, only
when the keys it shows change. The command palette's key stands on the
right; a click on a key presses it. When the keys do not fit, those that
are cut are the screen's, never `?` (which lists them all), quit, `!` (the
files' problems, while the screen shows what they no longer say) or Enter
on a list: what Enter does there ("Open the quote", "Filter by it") is the
first thing a reader looks for (two users' trials at 80 columns missed it
when it went first). It is drawn after the screen's other keys, before `?`
and quit.

It is split from the screen rather than docked on it, so that the keys
panel, split off after it, stands above it and never over it.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any, ClassVar, NamedTuple

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

from briefing.screens.cells import CUT
from briefing.screens.themes import colours_of

#: Between the keys on the left and the palette's key on the right.
SEPARATOR = "▏"
#: The actions whose keys stay on the line when the others do not all fit:
#: `?` lists every key the line had no room for, quit ends the reader, a
#: list's Enter says what choosing a row does, and `!`, while the files have
#: errors, that the screen is not what they say now.
KEPT_ACTIONS = frozenset(
    {"toggle_help", "app.toggle_help", "quit", "app.quit", "select", "problems", "app.problems"}
)
#: The problems' key: kept only while the files have errors (the app's `problems`).
PROBLEMS = frozenset({"problems", "app.problems"})
#: The kept actions drawn after the screen's other keys, before `?` and quit.
LAST_ACTIONS = frozenset({"select"})


class ShownKey(NamedTuple):
    """One key as the footer shows it, or the keys of a group (`n p Next/prev`)."""

    #: each key and how it is shown (several for a binding group)
    keys: tuple[tuple[str, str], ...]
    description: str
    enabled: bool
    #: kept on the line when the keys do not all fit (KEPT_ACTIONS)
    kept: bool = False
    #: drawn after the screen's others, before `?` and quit (LAST_ACTIONS)
    last: bool = False

    @property
    def display(self) -> str:
        return " ".join(display for _, display in self.keys)


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
        /* In 16 colours the keys' colour (bright red on the grey bar in
           textual-dark: one shade in xterm's palette, and none to a red-weak
           eye: a trial of terminals) gives way to the words' own, the key
           told from them by bold and underline */
        &.-few-colours > .keys-footer--key {
            color: $footer-description-foreground;
            text-style: bold underline;
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
        colours = colours_of(self.app)
        self.set_class(colours.few and not colours.no_color, "-few-colours")

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
        """The screen's keys to show, and the command palette's (None: not shown).

        As Textual's footer: one key per action, and the actions next to each
        other that share a binding group shown as their keys and the group's words.
        """
        app = screen.app
        palette = None
        by_action: dict[str, tuple[Binding, bool]] = {}
        for _, binding, enabled, _ in screen.active_bindings.values():
            if app.ENABLE_COMMAND_PALETTE and binding.action == "command_palette":
                # by its action, not its key: a keymap may have moved it
                palette = palette or _shown([binding], enabled, app)
            elif binding.show and binding.action not in by_action:
                by_action[binding.action] = (binding, enabled)
        keys: list[ShownKey] = []
        for group, members in groupby(by_action.values(), lambda each: each[0].group):
            listed = list(members)
            if group is not None and len(listed) > 1:
                bindings = [binding for binding, _ in listed]
                keys.append(_shown(bindings, any(e for _, e in listed), app, group.description))
            else:
                keys.extend(_shown([binding], enabled, app) for binding, enabled in listed)
        # stable: each kind keeps its order; quit and `?` stay the last
        keys.sort(key=lambda shown: 1 if shown.last else 2 if shown.kept else 0)
        return keys, palette

    def _fitting(self, keys: list[ShownKey], room: int) -> list[ShownKey]:
        """`keys`, or when they do not fit in `room` cells, the first that do and
        the kept ones (Enter, `?`, quit) after them."""
        needed = sum(self._drawn(shown).cell_length + 1 for shown in keys)
        if needed <= room + 1:  # (no gap after the last)
            return keys
        kept = [shown for shown in keys if shown.kept]
        left = room - sum(self._drawn(shown).cell_length + 1 for shown in kept)
        fitting: list[ShownKey] = []
        for shown in keys:
            if shown.kept:
                continue
            width = self._drawn(shown).cell_length + 1
            if width > left:
                break
            fitting.append(shown)
            left -= width
        return fitting + kept

    def render(self) -> Content:
        keys, palette = self._current()
        width = self.size.width
        right = Content("")
        if palette is not None:
            separator = self.get_visual_style("keys-footer--separator")
            # a cell to spare after it, as Textual's compact footer leaves one
            right = Content.assemble((SEPARATOR, separator), self._drawn(palette), " ")
        room = max(0, width - right.cell_length)
        if palette is not None and self._kept_width(keys) > room:
            # the palette's key gives way to `?` and quit (`? Ke`, cut at 40
            # columns, a trial): the palette is in `?`'s list too
            right, palette, room = Content(""), None, width
        left = Content("")
        self._places = []
        cut = False
        for shown in self._fitting(keys, room):  # cut at the palette's key, as Textual's
            if left.cell_length >= room:
                cut = True  # (a key left out whole)
                break
            piece = self._drawn(shown)
            end = min(room, left.cell_length + piece.cell_length)
            self._places.append((left.cell_length, end, shown))
            left += piece + Content(" ")  # the gap to the next key
        if palette is not None:
            self._places.append((width - right.cell_length + 1, width - 1, palette))
        gap = Content(" " * max(0, room - left.cell_length))
        if (cut or left.cell_length - 1 > room) and room > 0:  # said, as every cut line is
            return Content.assemble(left[: room - 1], CUT, right)
        return Content.assemble(left[:room], gap, right)

    def _kept_width(self, keys: list[ShownKey]) -> int:
        """The cells the keys never cut (Enter, `?`, quit) take, gaps included."""
        return sum(self._drawn(shown).cell_length + 1 for shown in keys if shown.kept) - 1

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
            if not start <= event.x < end:
                continue
            if not shown.enabled:
                self.app.bell()
                return
            key = shown.keys[0][0]
            offset = start
            for each, display in shown.keys:  # in a group, the key under the pointer
                if event.x < offset + len(display):
                    key = each
                    break
                offset += len(display) + 1
            self.app.simulate_key(key)
            return


def _shown(bindings: list[Binding], enabled: bool, app: App[Any],
           description: str | None = None) -> ShownKey:  # fmt: skip
    """The footer's entry for `bindings` (one, or a group's, described by `description`)."""
    keys = tuple((binding.key, app.get_key_display(binding)) for binding in bindings)
    action = bindings[0].action
    # `!` is kept while the files have errors (the screen is not what they say);
    # for a briefing's warnings it is a key like the others: at 80 columns the
    # viewer, which states them, lost Copy to it
    kept = action in KEPT_ACTIONS and (action not in PROBLEMS or bool(getattr(app, "problems", ())))
    return ShownKey(keys, bindings[0].description if description is None else description,
                    enabled, kept, action in LAST_ACTIONS)  # fmt: skip
