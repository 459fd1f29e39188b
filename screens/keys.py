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


class KeyOptionList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = VIM_KEYS
