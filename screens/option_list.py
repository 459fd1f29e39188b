"""Textual's OptionList, made safe where the reader uses one (the command
palette), and with the keys of the reader's other lists."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefing.screens.record_list import list_keys


class ReaderOptionList(OptionList):
    """An OptionList that takes j/k/g/G as the panes' lists do, its keys worded
    as theirs in `?` (a new user's trial: j and G did nothing in Find's
    results, and `?` read "⏎ Select", "pgup Page Up" there alone)."""

    BINDINGS: ClassVar[list[BindingType]] = list_keys("options", "page_down", "page_up")

    def _watch_show_vertical_scrollbar(self) -> None:
        """Measure the rows again at the width the scrollbar leaves them.

        OptionList measures each row's height when the rows are added, at the
        width the list has then, and draws it at the width it has when drawn;
        it measures again only when its size changes, and a scrollbar coming
        or going does not change it. Find adds its rows to a list just
        emptied, without a scrollbar: when they were more than a screen, the
        scrollbar took two cells, and a row whose width fell between wrapped
        onto a second line it was never given: its id was lost (a new user's
        trial). Textual's TextArea wraps again on the same change.
        """
        self._clear_caches()


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)
