"""Labelled values in two columns: a value wraps under itself, not under its label.

The details screen showed each field as three widgets (a row, its label, its
value): twenty widgets for an actor, each styled, laid out and drawn when
the screen opens. This is one widget for all of a record's fields, wrapped
for the width it is given.

The quote viewer's header (the source) and its chain (who said the words,
how, where) use it too, and grow with what the author wrote: at 80×24 a
source with a long title, forty credits and a long address took 11 of the
24 lines and left the quoted words one. `clamp` holds each field to the
rows it was given, its last row ending in the cut mark when some were left
out (the header; the chain scrolls instead, as a cut note was a note unread).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from briefing.screens.cells import clamp, wrap_content
from briefing.screens.clicks import LeftClicksOnly
from briefing.screens.safe import plain

#: The label column, in cells: the longest label ("Affiliations") and a space.
LABEL_WIDTH = 13
#: Below this many cells for the values, labels go on rows of their own.
MIN_VALUE_WIDTH = 8
#: A field: its label ("" for none; text is shown dim, Content as it is), its
#: value, and optionally the rows it may take when clamped (no limit without).
Field = tuple[str | Content, Content | str] | tuple[str | Content, Content | str, int]


class Fields(LeftClicksOnly, Static):
    """Fields one under another; a value's own lines (`\\n`) stay lines.

    A Static, so that its text is its `visual` as for any Static; it draws
    its own rows (the label column, the clamping), which a Static's
    wrapping cannot.
    """

    def __init__(
        self,
        fields: Sequence[Field] = (),
        *,
        label_width: int = LABEL_WIDTH,
        hang: int = 0,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """`label_width`: the label column's cells, a space after the longest label
        (0: no label column). `hang`: the cells a line's wrapped rows are set in
        by, so that a list's second row does not read as its next item."""
        super().__init__(id=id, classes=classes)
        self.label_width = label_width
        self.hang = hang
        self._fields: list[tuple[str | Content, Content, int | None]] = []
        self._clamped = False
        self._table: tuple[int, list[Content]] = (-1, [])
        self.show(fields)

    def show(self, fields: Sequence[Field]) -> None:
        """Show `fields` in place of those shown."""
        self._fields = [
            (
                field[0],
                field[1] if isinstance(field[1], Content) else plain(field[1]),
                field[2] if len(field) == 3 else None,
            )
            for field in fields
        ]
        self._table = (-1, [])
        self.update(Content("\n").join(self._unwrapped()))

    def clamp(self, clamped: bool) -> None:
        """Hold each field to its rows (True), or show it whole (False)."""
        if clamped != self._clamped:
            self._clamped = clamped
            self._table = (-1, [])
            self.clear_cached_dimensions()
            self.refresh(layout=True)

    def _unwrapped(self) -> list[Content]:
        """Each field on one line, its label padded to the column (the text as a whole)."""
        return [self._labelled(label, value) for label, value, _ in self._fields]

    def _labelled(self, label: str | Content, row: Content) -> Content:
        if not self.label_width:
            return row
        head = _label(label)
        return head.pad_right(self.label_width - head.cell_length) + row

    def rows(self, width: int) -> list[Content]:
        """The rows at `width` cells: a label, then the first line of its value."""
        known, rows = self._table
        if known == width:
            return rows
        rows = []
        # Too narrow for two columns: each label on a row of its own, above its value.
        columns = width - self.label_width >= MIN_VALUE_WIDTH
        value_width = max(1, width - self.label_width if columns else width)
        for label, value, limit in self._fields:
            lines = [
                row
                for line in value.split("\n", allow_blank=True)
                for row in self._wrapped(line, value_width)
            ]
            if self._clamped and limit is not None:
                lines = clamp(lines, limit, value_width)
            if not columns:
                rows.extend([_label(label)] if label and self.label_width else [])
                rows.extend(lines)
                continue
            for index, line in enumerate(lines):
                rows.append(self._labelled(label if index == 0 else "", line))
        self._table = (width, rows)
        return rows

    def _wrapped(self, line: Content, width: int) -> list[Content]:
        """`line`'s rows at `width`, those after the first set in by `hang`."""
        hang = self.hang if width > 2 * self.hang else 0
        rows = wrap_content(line, width - hang) or [Content("")]
        if hang and len(rows) > 1:
            rows[1:] = [Content(" " * hang) + row for row in rows[1:]]
        return rows

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.rows(max(1, width)))

    def render(self) -> Content:
        return Content("\n").join(self.rows(max(1, self.content_size.width)))


def _label(label: str | Content) -> Content:
    """A label as drawn: text dim, Content (a legend's marks) as it is."""
    if isinstance(label, Content):
        return label
    return plain(label, "dim") if label else Content("")
