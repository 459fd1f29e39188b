"""Labelled values in two columns: a value wraps under itself, not under its label.

The details screen showed each field as three widgets (a row, its label, its
value): twenty widgets for an actor, each styled, laid out and drawn when
the screen opens. This is one widget for all of a record's fields, wrapped
for the width it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from briefing.screens.cells import wrap_content
from briefing.screens.safe import plain

#: The label column, in cells: the longest label ("Affiliations") and a space.
LABEL_WIDTH = 13


class Fields(Widget):
    """`(label, value)` pairs; a value's own lines (`\\n`) stay lines."""

    def __init__(
        self,
        fields: Sequence[tuple[str, Content | str]],
        *,
        label_width: int = LABEL_WIDTH,
        classes: str = "",
    ) -> None:
        """`label_width`: the label column's cells, a space after the longest label."""
        super().__init__(classes=classes)
        self.label_width = label_width
        self._fields = [
            (label, value if isinstance(value, Content) else plain(value))
            for label, value in fields
        ]
        self._table: tuple[int, list[Content]] = (-1, [])

    def rows(self, width: int) -> list[Content]:
        """The rows at `width` cells: a label, then the first line of its value."""
        known, rows = self._table
        if known == width:
            return rows
        rows = []
        value_width = max(1, width - self.label_width)
        for label, value in self._fields:
            lines = [
                row
                for line in value.split("\n", allow_blank=True)
                for row in (wrap_content(line, value_width) or [Content("")])
            ]
            for index, line in enumerate(lines):
                head = plain(label, "dim") if index == 0 else Content("")
                rows.append(head.pad_right(self.label_width - head.cell_length) + line)
        self._table = (width, rows)
        return rows

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.rows(width))

    def render(self) -> Content:
        return Content("\n").join(self.rows(max(1, self.content_size.width)))
