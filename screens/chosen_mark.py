"""The mark at the left of a list's chosen row, in the cell of space before it.

A list without the focus draws its chosen row on a background the theme
makes faint: at 256 colours solarized-dark sent it the very colour of the
other rows (48;5;23), nord one step apart, and at 16 colours a dozen themes
the same colour (a power user's trial). The row is told apart by a bar in
the list's left padding, which needs no colour of its own to be seen; a
focused list's chosen row has it too, so the mark always means the same.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.filter import NoColor, monochrome_style
from textual.geometry import Region
from textual.strip import Strip

#: The mark: a bar along the row's left edge, one cell wide, on every line of it.
CHOSEN_MARK = "▌"


def as_drawn(app: App[Any], style: Style) -> Style:
    """`style` as the app draws colours: Textual's NO_COLOR filter runs on what a
    widget renders, and the mark, added after it, kept its colour under
    NO_COLOR (38;5;222, light orange: a trial on limited terminals)."""
    if not app.no_color:
        return style
    if app.native_ansi_color:
        return style + NoColor.DEFAULT_COLORS
    return monochrome_style(style)


def with_mark(
    strips: list[Strip], crop: Region, at: int, rows: range, colour: Style
) -> list[Strip]:
    """`strips`, the lines `crop` of a widget, with the cell at column `at` of each
    line in `rows` (the widget's own lines) drawn as the mark in `colour`, on the
    background the cell had."""
    if not crop.x <= at < crop.right:
        return strips
    lines = range(max(rows.start, crop.y), min(rows.stop, crop.bottom))
    if not lines:
        return strips
    marked = list(strips)
    x = at - crop.x
    for y in lines:
        strip = marked[y - crop.y]
        cell = strip.crop(x, x + 1)
        under = next((segment.style for segment in cell if segment.style), None) or Style()
        mark = Strip([Segment(CHOSEN_MARK, under + colour)], 1)
        marked[y - crop.y] = Strip.join([strip.crop(0, x), mark, strip.crop(x + 1, crop.width)])
    return marked
