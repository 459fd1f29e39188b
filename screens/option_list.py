"""Textual's OptionList, made safe where the reader uses one (the command
palette), and with the keys of the reader's other lists."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class ReaderOptionList(OptionList):
    """An OptionList that takes j/k/g/G as the panes' lists do, its keys worded
    as theirs in `?` (a new user's trial: j and G did nothing in Find's
    results, and `?` read "⏎ Select", "pgup Page Up" there alone)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="options.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="options.up"),
        Binding("home,g", "first", "First", show=False, id="options.first"),
        Binding("end,G", "last", "Last", show=False, id="options.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="options.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="options.page_up"),
        Binding("enter", "select", "Open", show=False, id="options.select"),
    ]


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)
