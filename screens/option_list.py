"""OptionList with the reader's keys: j/k, g/G besides arrows and Home/End."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList

VIM_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    Binding("g", "first", "First", show=False, id="list.first"),
    Binding("G", "last", "Last", show=False, id="list.last"),
]


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)


class KeyOptionList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = VIM_KEYS

    def action_page_down(self) -> None:
        if can_page(self):
            super().action_page_down()

    def action_page_up(self) -> None:
        if can_page(self):
            super().action_page_up()
