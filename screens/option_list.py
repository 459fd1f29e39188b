"""Textual's OptionList, made safe where the reader uses one (the command
palette), and with the keys of the reader's other lists."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefing.screens.key_tables import list_keys


class ReaderOptionList(OptionList):
    """An OptionList that takes j/k/g/G as the panes' lists do, its keys worded
    as theirs in `?` (a new user's trial: j and G did nothing in Find's
    results, and `?` read "⏎ Select", "pgup Page Up" there alone)."""

    BINDINGS: ClassVar[list[BindingType]] = list_keys("options", "page_down", "page_up")


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)
