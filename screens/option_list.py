"""Textual's OptionList, made safe where the reader uses one (the command
palette), and with the keys of the reader's other lists."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.events import Click, MouseDown
from textual.widgets import OptionList

from briefing.screens.clicks import Press, is_click, left_press
from briefing.screens.key_tables import list_keys


class ReaderOptionList(OptionList):
    """An OptionList that takes j/k/g/G as the panes' lists do, its keys worded
    as theirs in `?` (a new user's trial: j and G did nothing in Find's
    results, and `?` read "⏎ Select", "pgup Page Up" there alone)."""

    BINDINGS: ClassVar[list[BindingType]] = list_keys("options", "page_down", "page_up")

    _press: Press | None = None

    def on_mouse_down(self, event: MouseDown) -> None:
        self._press = left_press(event, had_focus=self.has_focus)

    def on_click(self, event: Click) -> None:
        """Only a left click chooses, and once: OptionList chose on any button's
        click (a right click in the export choice wrote the file, a mouse user's
        trial), at the end of a drag, and again on a double click's second half."""
        press, self._press = self._press, None
        if not is_click(press, event) or event.chain > 1:
            event.prevent_default()  # OptionList's own click, which chooses


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)
