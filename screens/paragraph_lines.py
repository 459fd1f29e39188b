"""A long text's paragraphs drawn line by line, so that its cost is what is on screen.

The whole text of a source (the quote viewer's `f`, Find's source passages)
was a widget per paragraph: 8,951 of them for a 3 MB transcript, 11 to 16
seconds to show and 230 MB more held (a trial with long documents). This is
one widget on Textual's Line API: it knows where each paragraph starts at a
width from a fast count of its lines (briefing.screens.wrapping), kept per
width, and builds a paragraph, marks and all, only when one of its lines is
drawn. What it draws is the source's own (`ParagraphSource`): plain Content
(briefing.screens.safe), never markup.

Each paragraph is followed by a blank line, as the paragraphs' margins were.
It sits in a scrolling container, as tall as the text: that container's
keys, scrolling and regions work on it as on any widget.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable
from itertools import accumulate
from typing import ClassVar, Protocol

from rich.style import Style
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from briefing.screens.wrapping import line_count

#: The blank lines after each paragraph.
GAP = 1
#: Paragraphs drawn and kept, at most (a screenful needs a few).
KEPT = 300


class ParagraphSource(Protocol):
    """What `ParagraphLines` shows: a text's paragraphs, each as Content."""

    def __len__(self) -> int: ...

    def shown(self, index: int) -> Content:
        """The paragraph as drawn, with its marks (built only when drawn)."""

    def measured(self, index: int) -> str:
        """The text of the paragraph as drawn, for its height: cheap to make."""


class ParagraphLines(Widget):
    """The paragraphs of a `ParagraphSource`; those in `current` in their own style."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "paragraph-lines--paragraph",
        "paragraph-lines--current",
    }
    DEFAULT_CSS = """
    ParagraphLines { height: auto; }
    """

    def __init__(
        self,
        paragraphs: ParagraphSource,
        current: Collection[int] = (),
        *,
        id: str | None = None,
        classes: str = "",
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.paragraphs = paragraphs
        self.current = frozenset(current)
        #: by width: the line where each paragraph starts, then where the last ends
        self._starts: dict[int, list[int]] = {}
        self._contents: dict[int, Content] = {}
        self._strips: dict[tuple[object, ...], list[Strip]] = {}

    def __len__(self) -> int:
        return len(self.paragraphs)

    # --- where the paragraphs are -------------------------------------------------

    def starts(self, width: int) -> list[int]:
        """The line where each paragraph starts at `width`, and where the last ends."""
        width = max(1, width)
        starts = self._starts.get(width)
        if starts is None:
            measured = self.paragraphs.measured
            heights = (line_count(measured(n), width) + GAP for n in range(len(self.paragraphs)))
            if len(self._starts) > 2:  # a resize's widths: the last few kept
                self._starts.clear()
            starts = self._starts[width] = [0, *accumulate(heights)]
        return starts

    def paragraph_top(self, index: int) -> int:
        """The line of the widget where paragraph `index` starts, at its width now."""
        return self.starts(self.size.width)[index]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self.starts(width)[-1] if width else 0

    # --- what they show -----------------------------------------------------------

    def shown(self, index: int) -> Content:
        """Paragraph `index` as drawn (kept until `restyle`)."""
        content = self._contents.get(index)
        if content is None:
            if len(self._contents) > KEPT:
                self._contents.clear()
            content = self._contents[index] = self.paragraphs.shown(index)
        return content

    def restyle(self, indices: Iterable[int], current: Collection[int] | None = None) -> None:
        """Draw the paragraphs at `indices` anew (their marks changed), and
        take `current` as the paragraphs in the current style, when given."""
        if current is not None:
            self.current = frozenset(current)
        again = set(indices)
        for index in again:
            self._contents.pop(index, None)
        self._strips = {key: kept for key, kept in self._strips.items() if key[0] not in again}
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        starts = self.starts(width)
        base = self.get_visual_style("paragraph-lines--paragraph").rich_style
        if not len(self.paragraphs) or not 0 <= y < starts[-1]:
            return Strip.blank(width, base)
        index = bisect.bisect_right(starts, y) - 1
        strips = self._drawn(index, width)
        offset = y - starts[index]
        if offset < len(strips):
            return strips[offset]
        # the gap as the paragraphs' margins were: the background alone
        return Strip.blank(width, Style(bgcolor=self.background_colors[1].rich_color))

    def _drawn(self, index: int, width: int) -> list[Strip]:
        component = (
            "paragraph-lines--current" if index in self.current else "paragraph-lines--paragraph"
        )
        style = self.get_visual_style(component)
        key = (index, width, component, style, self.app.theme)
        strips = self._strips.get(key)
        if strips is None:
            if len(self._strips) > KEPT:
                self._strips.clear()
            strips = self._strips[key] = [
                strip.extend_cell_length(width, style.rich_style)
                for strip in Visual.to_strips(self, self.shown(index), width, None, style)
            ]
            self._keep_height(index, width, len(strips))
        return strips

    def _keep_height(self, index: int, width: int, lines: int) -> None:
        """Where a paragraph drawn takes other lines than counted (its marks cut
        its text otherwise, briefing.screens.safe.source_piece), the paragraphs
        after it move: laid out again, nothing is cut or overlaps."""
        starts = self.starts(width)
        change = lines + GAP - (starts[index + 1] - starts[index])
        if change:
            for after in range(index + 1, len(starts)):
                starts[after] += change
            self.call_later(self.refresh, layout=True)
