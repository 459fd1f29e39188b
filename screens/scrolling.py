"""Scrolling a screen's text by lines, one key at a time, none lost."""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import ScrollableContainer


def scroll_lines(view: ScrollableContainer, lines: int) -> None:
    """Scroll `view` by `lines` now.

    Textual defers a scroll until after the next refresh unless told
    otherwise, and `scroll_relative` counts from where the view is, not
    from where it is going: of ten `j` in a burst (a fast key repeat, a
    paste) all but the first few counted from the same place and were lost.
    """
    view.scroll_relative(y=lines, animate=False, immediate=True)


def scroll_through(views: Sequence[ScrollableContainer], lines: int) -> None:
    """Scroll `views`, read one after another as one text, by `lines`: down,
    each to its end before the next moves; up, the last first.

    The quote viewer's facts under its passage: at 80x24 a long note ran
    below them, and j scrolled only the passage, which had nowhere to go
    (a new user's trial).
    """
    step = 1 if lines > 0 else -1
    left = abs(lines)
    for view in views if lines > 0 else reversed(views):
        room = view.max_scroll_y - round(view.scroll_y) if lines > 0 else round(view.scroll_y)
        moved = min(left, max(0, room))
        if moved:
            scroll_lines(view, moved * step)
            left -= moved
        if not left:
            return


def page_through(views: Sequence[ScrollableContainer], pages: int) -> None:
    """A page of the first of `views` that has room that way (the last first,
    going up), as `scroll_through` reads them."""
    for view in views if pages > 0 else reversed(views):
        room = view.max_scroll_y - round(view.scroll_y) if pages > 0 else round(view.scroll_y)
        if room > 0:
            page = max(1, view.scrollable_content_region.height - 1)
            scroll_lines(view, min(room, page) * (1 if pages > 0 else -1))
            return
