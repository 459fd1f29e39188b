"""One-line widgets given new text without a new layout of their screen.

`Static.update` asks for a layout of the whole screen by default, as new
text may change a widget's size. The reader's titles, header and tabs line
are one line high and as wide as their pane, whatever they say (their
.tcss fixes it): new text there needs a repaint of that line and nothing
more. Each layout asked for during a key is a pass over every widget on the
screen, and one asked for by a Resize handler comes as a second frame.

What such a line says is cut to its width as every row is
(briefing.screens.cells): with the reader's cut mark, not with Textual's
`text-overflow: ellipsis`, whose `…` reads as an author's elision.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.widgets import Static

from briefing.screens.cells import truncate
from briefing.screens.clicks import LeftClicksOnly


class Line(LeftClicksOnly, Static):
    """A Static one line high: what it says is cut to its width with the cut mark."""

    def render(self) -> RenderResult:
        shown = self.visual
        return truncate(shown, self.content_size.width) if isinstance(shown, Content) else shown


def set_line(line: Static, content: Content) -> None:
    """Show `content` in `line`, a Static whose size its styles fix: repainted
    if it changed, never laid out again."""
    shown = line.content
    if not isinstance(shown, Content) or not same_content(shown, content):
        line.update(content, layout=False)


def same_content(one: Content, other: Content) -> bool:
    """Whether two contents look the same: text and styles (`==` compares the text only)."""
    return one.plain == other.plain and one.spans == other.spans
