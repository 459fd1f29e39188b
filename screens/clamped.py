"""Lines of text that, when room is short, are each held to a few rows.

The quote viewer's header (the source) and its chain (who said the words,
how, where) grow with what the author wrote. At 80×24 a source with a long
title, forty credits and a long address took 11 of the 24 lines and left
the quoted words one. Clamped, each line keeps its own number of rows, the
last ending in … when some were left out (the summary and the details show
the source whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from briefing.screens.cells import clamp, wrap_content


class Clamped(Static):
    """A Static of `(line, rows)` pairs: wrapped as any Static until `clamped`,
    then each line held to its `rows`."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._lines: list[tuple[Content, int]] = []
        self._clamped = False
        self._rows: tuple[int, list[Content]] = (-1, [])

    def show(self, lines: Sequence[tuple[Content, int]]) -> None:
        """Show `lines`, each with the rows it may take when clamped."""
        self._lines = list(lines)
        self._rows = (-1, [])
        self.update(Content("\n").join(line for line, _ in self._lines))

    def clamp(self, clamped: bool) -> None:
        if clamped != self._clamped:
            self._clamped = clamped
            self._rows = (-1, [])
            self.clear_cached_dimensions()
            self.refresh(layout=True)

    def rows(self, width: int) -> list[Content]:
        """The rows shown at `width` when clamped."""
        known, rows = self._rows
        if known != width:
            rows = []
            for line, limit in self._lines:
                wrapped = [
                    row
                    for part in line.split("\n", allow_blank=True)
                    for row in (wrap_content(part, width) or [Content("")])
                ]
                rows.extend(clamp(wrapped, limit, width))
            self._rows = (width, rows)
        return rows

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not self._clamped:
            return super().get_content_height(container, viewport, width)
        return len(self.rows(max(1, width)))

    def render(self) -> RenderResult:
        if not self._clamped:
            return super().render()
        return Content("\n").join(self.rows(max(1, self.content_size.width)))
