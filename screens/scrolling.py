"""Scrolling a screen's text by lines, one key at a time, none lost."""

from __future__ import annotations

from textual.containers import ScrollableContainer


def scroll_lines(view: ScrollableContainer, lines: int) -> None:
    """Scroll `view` by `lines` now.

    Textual defers a scroll until after the next refresh unless told
    otherwise, and `scroll_relative` counts from where the view is, not
    from where it is going: of ten `j` in a burst (a fast key repeat, a
    paste) all but the first few counted from the same place and were lost.
    """
    view.scroll_relative(y=lines, animate=False, immediate=True)
