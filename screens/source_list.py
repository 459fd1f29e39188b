"""A briefing's sources in the summary, drawn line by line.

A source is four lines or so: its title, its facts, its address and what
is known of its text. As Statics, a briefing of a thousand sources had
Textual wrap all 5,000 lines at every layout of the summary, and build a
`Content` for each when it opened: 280 ms for `s` (docs/performance.md).
This widget measures a line by its width in cells and wraps only those too
long for the width; it builds a line's `Content` only when it is drawn,
and Textual draws only the lines in view.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from briefing.present.sources import source_facts, text_status
from briefing.records.model import Source
from briefing.records.text import visible
from briefing.screens.cells import for_cells, wrap_content
from briefing.screens.clicks import OPEN, LeftClicksOnly, clickable
from briefing.screens.warnings import warning_lines

#: Whitespace of any kind and length, drawn as one space.
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Line:
    """One line as written, before wrapping: pieces of text, each with its style."""

    pieces: tuple[tuple[str, str], ...]
    #: the address a click on the line opens (an address's own line)
    address: str | None = None

    @classmethod
    def of(cls, *pieces: tuple[str, str]) -> Line:
        """A line of `(text, style)` pieces, each made visible and drawable (screens.safe),
        its whitespace one space: a newline or a tab in a title would otherwise be
        measured as no cells, and what follows it drawn off the row or not at all."""
        return cls(
            tuple((_SPACES.sub(" ", for_cells(visible(text))), style) for text, style in pieces)
        )

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)

    def content(self) -> Content:
        content = Content("").join(
            Content(text).stylize(style) if style and text else Content(text)
            for text, style in self.pieces
        )
        return content if self.address is None else clickable(content, *OPEN, self.address)


BLANK = Line(())


def source_lines(source: Source) -> list[Line]:
    """A source's title, then what the checker warns of it (`warning_lines`,
    with its advice: a source published after the briefing's as_of read as
    sound), its facts, address and text, each on its own line."""
    lines = [Line.of((source.title, "bold"))]
    for warning in source.warnings:
        lines += [Line.of(*pieces) for pieces in warning_lines(warning, hint=True)]
    facts = source_facts(source)
    if facts:
        lines.append(Line.of((facts, "dim")))
    if source.url:
        lines.append(replace(Line.of((source.url, "underline")), address=source.url))
    status = text_status(source)
    if source.text_path:
        status += f": {source.text_path}"
    lines.append(Line.of((status, "dim italic"), (f" · id {source.id}", "dim")))
    return lines


def with_blank_between(groups: Iterable[list[Line]]) -> list[Line]:
    lines: list[Line] = []
    for group in groups:
        if lines:
            lines.append(BLANK)
        lines.extend(group)
    return lines


def first_lines(sources: Sequence[Source], lines: Sequence[list[Line]]) -> dict[str, int]:
    """The line each source's title stands on, by source id, its `lines` those
    of each source in turn (a blank line between them)."""
    firsts: dict[str, int] = {}
    line = 0
    for source, own in zip(sources, lines, strict=True):
        firsts.setdefault(source.id, line)
        line += len(own) + 1
    return firsts


class SourceList(LeftClicksOnly, Widget):
    """Every source of a briefing, a blank line between them, wrapped to the width."""

    #: The lines of the sources shown last, and their texts: the summary is made
    #: anew at each `s`, and the lines of a thousand sources took 15 ms to make.
    #: (with the line each source's title stands on, by id: `title_row`)
    _made: tuple[Sequence[Source], list[Line], list[str], dict[str, int]] | None = None

    def __init__(self, sources: Sequence[Source], *, classes: str = "") -> None:
        super().__init__(classes=classes)
        made = SourceList._made
        if made is None or made[0] is not sources:
            groups = [source_lines(source) for source in sources]
            lines = with_blank_between(groups)
            texts = [line.text for line in lines]
            made = SourceList._made = (sources, lines, texts, first_lines(sources, groups))
        _, self._lines, self._texts, self._firsts = made
        #: the first row of each line (and the total at the end), for the width they were for
        self._starts: tuple[int, list[int]] = (-1, [])
        #: lines too long for a width, wrapped: by (line, width)
        self._wrapped: dict[tuple[int, int], list[Content]] = {}

    def _wrap(self, index: int, width: int) -> list[Content]:
        key = (index, width)
        rows = self._wrapped.get(key)
        if rows is None:
            rows = wrap_content(self._lines[index].content(), width) or [Content("")]
            self._wrapped[key] = rows
        return rows

    def _rows_at(self, width: int) -> list[int]:
        """Where each line starts at `width`, in rows; the last item is the height."""
        known_width, starts = self._starts
        if known_width != width:
            self._wrapped.clear()  # kept for one width at a time
            heights = (
                1 if cell_len(text) <= width else len(self._wrap(index, width))
                for index, text in enumerate(self._texts)
            )
            starts = [0, *accumulate(heights)]
            self._starts = (width, starts)
        return starts

    def title_row(self, source_id: str, width: int) -> int | None:
        """The row, at `width`, of the title of the source `source_id` (None: not listed)."""
        line = self._firsts.get(source_id)
        return None if line is None else self._rows_at(max(1, width))[line]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._rows_at(max(1, width))[-1]

    def row(self, y: int, width: int) -> Content:
        """What row `y` shows at `width`."""
        starts = self._rows_at(width)
        if not 0 <= y < starts[-1]:
            return Content("")
        index = bisect.bisect_right(starts, y) - 1
        if cell_len(self._texts[index]) <= width:
            return self._lines[index].content()
        return self._wrap(index, width)[y - starts[index]]

    def render_line(self, y: int) -> Strip:
        width = max(1, self.content_size.width)
        style = self.visual_style
        strips = Visual.to_strips(self, self.row(y, width), width, 1, style)
        return strips[0].extend_cell_length(width, style.rich_style)

    @property
    def shown_text(self) -> str:
        """The rows at the present width, as text (for copying and for tests)."""
        width = max(1, self.content_size.width)
        return "\n".join(self.row(y, width).plain for y in range(self._rows_at(width)[-1]))
