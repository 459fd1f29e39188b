"""A box over the screen that a left click outside it closes, as Textual's
command palette does (a mouse user's trial: the summary, the export choice and
the problems stayed open; only Esc or the footer closed them). Never the note
editor: a click beside it must not lose a note."""

from __future__ import annotations

from textual.events import Click, MouseDown, MouseEvent
from textual.screen import ModalScreen

from briefing.screens.clicks import Press, is_click, left_press


class ClosedByClickOutside(ModalScreen[None]):
    """A modal screen closed (as Esc closes it) by a left click on the dimmed
    screen around its box, pressed and released there (not a drag that ends
    there, as a text selection may)."""

    _outside_press: Press | None = None

    def _is_outside(self, event: MouseEvent) -> bool:
        widget, _ = self.get_widget_at(event.screen_x, event.screen_y)
        return widget is self

    def on_mouse_down(self, event: MouseDown) -> None:
        outside = self._is_outside(event)
        self._outside_press = left_press(event, had_focus=False) if outside else None

    def on_click(self, event: Click) -> None:
        press, self._outside_press = self._outside_press, None
        if is_click(press, event) and self._is_outside(event):
            self.dismiss(None)
