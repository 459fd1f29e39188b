"""A list of records drawn line by line, so its cost is what is on screen.

OptionList and DataTable render or measure every row when their rows change
(seconds per change at a large briefing: docs/performance.md). This list, built on Textual's
Line API (`ScrollView.render_line`), knows each row's height in advance and
renders a row only when it scrolls into view: setting 32,000 rows costs an
array of offsets, and a key press redraws two rows.

Rows are cut to their height and every line to the width, with the cut
mark (briefing.screens.cells): nothing is cut silently. A row without an id
is a heading: shown, never selected. The words of the `/` filter are
highlighted in the records' rows.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import ClassVar, cast

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.content import Content
from textual.events import Blur, Click, Key, MouseDown
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from briefing.records.folding import Query
from briefing.screens.cells import truncate
from briefing.screens.chosen_mark import as_drawn, with_mark
from briefing.screens.clicks import Press, is_click, left_press
from briefing.screens.key_tables import RECORD_LIST_BINDINGS

#: A row's lines for a width: each line is cut to it with the cut mark.
RowRenderer = Callable[[object, int], list[Content]]
#: How the words a filter found look in a row: no colour, so that they read
#: on the cursor's background as on any other.
MATCH_STYLE = "bold underline"
#: Cells of space to the left and right of what an empty list says.
EMPTY_INDENT = 2


def marked(line: Content, query: Query) -> Content:
    """`line` with the words of `query` it holds highlighted."""
    for start, end in query.spans(line.plain):
        line = line.stylize(MATCH_STYLE, start, end)
    return line


@dataclass(frozen=True)
class RowLayout:
    """Rows with their line offsets and an index by id, computed once.

    One list per column (ids, records, start lines), not one object per row:
    a layout of many thousand rows is a handful of objects for the garbage
    collector to scan, not one per row (full collections in the middle of a
    key press). A row whose id is None is a heading; its record is its text.
    A pane keeps the layouts it showed last, so going back to a list it had
    (clearing a filter) costs nothing.
    """

    row_ids: Sequence[str | None]
    records: Sequence[object]
    starts: list[int]
    index_of: dict[str, int]

    @classmethod
    def of(
        cls, row_ids: Sequence[str | None], records: Sequence[object], heights: Iterable[int]
    ) -> RowLayout:
        # Built in C, the headings' None taken out after: a third of the time
        # of a comprehension that tests every id, at 32,000 rows a filter.
        index_of = dict(zip(row_ids, range(len(row_ids)), strict=True))
        index_of.pop(None, None)
        return cls(row_ids, records, [0, *accumulate(heights)], cast("dict[str, int]", index_of))

    def __len__(self) -> int:
        return len(self.row_ids)

    def height(self, index: int) -> int:
        return self.starts[index + 1] - self.starts[index]


def _virtual_size(layout: RowLayout) -> Size:
    """What there is to scroll: the rows' lines, and no width of their own.

    Rows are cut to the list's width, so there is never anything to scroll
    sideways. A width that followed the list's changed the virtual size on
    every resize, and a changed virtual size asks for another layout of the
    whole screen: a frame more for every key that resizes the panes (the
    keys panel, the "filtered by" line).
    """
    return Size(0, layout.starts[-1])


class RecordList(ScrollView, can_focus=True):
    """Records in rows of known height; j/k, g/G, arrows, pages, Enter, mouse."""

    BINDINGS: ClassVar[list[BindingType]] = list(RECORD_LIST_BINDINGS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-list--row",
        "record-list--cursor",
        "record-list--heading",
        "record-list--mark",
    }
    # $text-accent, not $accent: textual-light's headings were orange on grey,
    # a contrast of 1.38 (a power user's trial); Textual makes $text-accent
    # for text on the theme's background.
    DEFAULT_CSS = """
    RecordList { background: $surface; }
    RecordList > .record-list--row { color: $foreground; }
    RecordList > .record-list--heading { color: $text-accent; text-style: bold; }
    RecordList > .record-list--mark { color: $text-accent; }
    RecordList > .record-list--cursor { background: $block-cursor-blurred-background; }
    RecordList:focus > .record-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """

    cursor: reactive[int | None] = reactive(None, always_update=True)

    @dataclass(eq=False)
    class Selected(Message):
        """Enter or a click on a record."""

        records: RecordList
        record_id: str

        @property
        def control(self) -> RecordList:
            return self.records

    def __init__(
        self,
        render_row: RowRenderer,
        *,
        opens: Callable[[str], bool] | None = None,
        refused: Callable[[str], None] | None = None,
        id: str | None = None,
        classes: str = "",
    ) -> None:
        """`opens`: whether Enter can do anything on the record of this id (None: on
        every record); where it cannot, Enter is dimmed in the footer and does
        nothing, but call `refused` with the id, to say why (None: a bell)."""
        super().__init__(id=id, classes=classes)
        self._render_row = render_row
        self.opens = opens
        self.refused = refused
        self._layout = RowLayout.of((), (), ())
        #: the words highlighted in the rows (those the list was filtered by)
        self._query = Query("")
        # Drawn rows by (record id, or heading text), width, height, look,
        # words highlighted and the colours they were drawn in: records do
        # not change while shown, so a list shown again (a filter cleared,
        # Backspace) reuses what it drew (`redraw` when their marks change).
        self._cache: dict[tuple[object, ...], list[Strip]] = {}
        #: what the list says while it has no rows, a line below its top
        self._empty = Content("")
        #: the left press the next click belongs to (None: another button's)
        self._press: Press | None = None
        #: the row the last single click chose, and whether it acted there
        self._clicked: tuple[int, bool] | None = None

    # --- rows -------------------------------------------------------------------

    def set_rows(
        self, layout: RowLayout, focus_id: str | None = None, query: Query | None = None
    ) -> None:
        """Show `layout`'s rows; the cursor goes to `focus_id`, or the first record.

        `query`: the words to highlight in the rows (those they were filtered by).
        """
        self._layout = layout
        self._clicked = None  # the rows under a double click's first half are gone
        self._query = query or Query("")
        self._set_virtual_size(_virtual_size(layout))
        index = layout.index_of.get(focus_id) if focus_id is not None else None
        if index is None:
            index = self._next_record(0, 1)
        self.cursor = index
        if self.opens is not None:  # the row at the cursor's index may be another now
            self.refresh_bindings()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    def _set_virtual_size(self, size: Size) -> None:
        """What there is to scroll, without a layout of the screen where none is needed.

        Textual lays the whole screen out again when a widget's virtual size
        changes, as a widget's size may follow its content. A list whose
        scrollbar is always shown (`overflow-y: scroll`, the panes' lists)
        keeps its size and its gutter whatever it holds: only the scrollbar's
        thumb changes. Each filter, and each new width of the quotes (whose
        row heights follow it), so costs a repaint of the list, not a second
        layout of every widget (what Textual itself does for a size it knows
        needs no layout, in `Widget._size_updated`).
        """
        if size == self.virtual_size:
            return
        if self.styles.overflow_y != "scroll" or not self.is_mounted:
            self.virtual_size = size
            return
        self.set_reactive(RecordList.virtual_size, size)
        scrollbar = self.vertical_scrollbar
        scrollbar.window_virtual_size = size.height
        scrollbar.window_size = self.container_size.height - self.scrollbar_size_horizontal
        scrollbar.refresh()
        self.scroll_y = self.validate_scroll_y(self.scroll_y)

    def say_when_empty(self, said: Content) -> None:
        """What the list says while it has no rows: why, and how to get out of it.

        Drawn by the list itself, in its own space: a widget of its own above
        the list, shown and hidden as a filter empties the list and fills it
        again, laid the whole screen out twice per key (its size, then the
        list's, changed).
        """
        if not (said.plain == self._empty.plain and said.spans == self._empty.spans):
            self._empty = said
            if not len(self._layout):
                self.refresh()

    @property
    def ids(self) -> list[str]:
        return list(self._layout.index_of)

    @property
    def record_count(self) -> int:
        """How many records (not headings) are shown."""
        return len(self._layout.index_of)

    @property
    def highlighted_id(self) -> str | None:
        if self.cursor is None or not 0 <= self.cursor < len(self._layout):
            return None
        return self._layout.row_ids[self.cursor]

    @property
    def row_starts(self) -> Sequence[int]:
        """The line where each row starts, and after them where the last ends."""
        return self._layout.starts

    def in_view(self, record_id: str) -> bool:
        """Whether the row of `record_id` is listed and wholly on screen."""
        index = self._layout.index_of.get(record_id)
        if index is None:
            return False
        top = self._layout.starts[index] - self.scroll_offset.y
        return (
            top >= 0 and top + self._layout.height(index) <= self.scrollable_content_region.height
        )

    def move_to(self, record_id: str) -> bool:
        index = self._layout.index_of.get(record_id)
        if index is not None:
            self.cursor = index
        return index is not None

    def _next_record(self, start: int, step: int) -> int | None:
        row_ids = self._layout.row_ids
        index = start
        while 0 <= index < len(row_ids):
            if row_ids[index] is not None:
                return index
            index += step
        return None

    # --- drawing ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        base = self.get_visual_style("record-list--row")
        layout = self._layout
        if not len(layout):
            said = self._said_strips(width)
            return said[line] if line < len(said) else Strip.blank(width, base.rich_style)
        if line >= layout.starts[-1]:
            return Strip.blank(width, base.rich_style)
        index = bisect.bisect_right(layout.starts, line) - 1
        if layout.row_ids[index] is None:
            component = "record-list--heading"
        elif index == self.cursor:
            component = "record-list--cursor"
        else:
            component = "record-list--row"
        strips = self._strips(index, width, component)
        offset = line - layout.starts[index]
        return strips[offset] if offset < len(strips) else Strip.blank(width, base.rich_style)

    def _strips(self, index: int, width: int, component: str) -> list[Strip]:
        row_id = self._layout.row_ids[index]
        kept = row_id if row_id is not None else ("heading", self._layout.records[index])
        query = self._query
        height = self._layout.height(index)
        style = self.get_visual_style("record-list--row", component)
        # The style and the theme (whose variables the rows' own colours
        # name) are in the key: a focus or theme change needs no clearing.
        key = (kept, width, height, component, query.typed, style, self.app.theme)
        strips = self._cache.get(key)
        if strips is None:
            if len(self._cache) > 2000:
                self._cache.clear()
            lines = self._render_row(self._layout.records[index], width)[:height]
            if query and row_id is not None:
                lines = [marked(line, query) for line in lines]
            lines += [Content("")] * (height - len(lines))
            visual = Content("\n").join(truncate(line, width) for line in lines)
            strips = [
                strip.extend_cell_length(width, style.rich_style)
                for strip in Visual.to_strips(self, visual, width, height, style)
            ]
            if component == "record-list--cursor" and self.has_focus:
                strips = [_in_colour(strip, style.rich_style.color) for strip in strips]
            self._cache[key] = strips
        return strips

    def _said_strips(self, width: int) -> list[Strip]:
        """The lines of what an empty list says: a blank line, then the words
        wrapped within EMPTY_INDENT cells of space each side."""
        said = self._empty
        if not said.plain:
            return []
        style = self.get_visual_style("record-list--row")
        key = ("said", said.plain, tuple(said.spans), width, style, self.app.theme)
        strips = self._cache.get(key)
        if strips is None:
            inner = max(1, width - 2 * EMPTY_INDENT)
            indent = Strip.blank(min(EMPTY_INDENT, width), style.rich_style)
            strips = [Strip.blank(width, style.rich_style)] + [
                Strip.join([indent, strip])
                .crop(0, width)
                .extend_cell_length(width, style.rich_style)
                for strip in Visual.to_strips(self, said, inner, None, style)
            ]
            self._cache[key] = strips
        return strips

    def redraw(self) -> None:
        """Draw every row again: what the rows show of their records changed (their marks)."""
        self._cache.clear()
        self.refresh()

    def _row_region(self, index: int) -> Region:
        """The row's lines, and the cell of padding left of them (the chosen row's mark)."""
        top = self._layout.starts[index] - self.scroll_offset.y
        left = self.styles.gutter.left
        return Region(-left, top, self.size.width + left, self._layout.height(index))

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines, the chosen row marked in the cell left of it, where the list
        has one (briefing.screens.chosen_mark)."""
        strips = super().render_lines(crop)
        gutter = self.styles.gutter
        cursor = self.cursor
        if gutter.left < 1 or cursor is None or not 0 <= cursor < len(self._layout):
            return strips
        top = gutter.top + self._layout.starts[cursor] - int(self.scroll_offset.y)
        rows = range(top, top + self._layout.height(cursor))
        try:
            colour = self.get_visual_style("record-list--mark").rich_style
        except KeyError:  # no styles: being taken down (its lines come from the cache)
            return strips
        mark = as_drawn(self.app, Style(color=colour.color))
        return with_mark(strips, crop, gutter.left - 1, rows, mark)

    @property
    def filter_query(self) -> Query:
        """The `/` words the rows are drawn for (highlighted in them)."""
        return self._query

    def forget_drawn(self) -> None:
        """Draw every row again: its records were read again (they may say otherwise now)."""
        self._cache.clear()
        self.refresh()

    def watch_cursor(self, previous: int | None, cursor: int | None) -> None:
        for index in (previous, cursor):
            if index is not None and 0 <= index < len(self._layout):
                self.refresh(self._row_region(index))
        self._scroll_to_cursor()
        if self.refused is not None or self._opens_at(previous) != self._opens_at(cursor):
            # Enter acts again, or no longer; or a key of its screen's for some rows
            self.refresh_bindings()

    def _opens_at(self, index: int | None) -> bool:
        """Whether Enter does anything on the row at `index` (None: no row)."""
        if index is None:
            return False
        if self.opens is None:
            return True
        row_id = self._layout.row_ids[index] if 0 <= index < len(self._layout) else None
        return row_id is not None and self.opens(row_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter shown dimmed where there is no record for it (a list emptied by a
        filter, a list of nothing pinned: the footer said "⏎ Open" there too), or
        where the record cannot be opened (`opens`)."""
        if action == "select" and not self._opens_at(self.cursor):
            return None
        return True

    def _scroll_to_cursor(self) -> None:
        """The chosen row in view, with the headings right above it when they fit
        (a list made taller again shows the heading its first rows went under)."""
        if self.cursor is None or not len(self._layout):
            return
        layout, first = self._layout, self.cursor
        while first > 0 and layout.row_ids[first - 1] is None:
            first -= 1
        bottom = layout.starts[self.cursor + 1]
        if bottom - layout.starts[first] > self.scrollable_content_region.height:
            first = self.cursor
        region = Region(0, layout.starts[first], 1, bottom - layout.starts[first])
        self.scroll_to_region(region, animate=False, immediate=True)
        # No row cut at the top: the second line of an event, its author's
        # words for the date where a date stands, read as an event of its own
        # (a new user's trial, after a jump). The top goes to the next row's
        # start, which leaves the chosen row in view, as it is lower.
        top = round(self.scroll_offset.y)
        above = bisect.bisect_right(layout.starts, top) - 1
        if layout.starts[above] != top and above < first:
            self.scroll_to(y=layout.starts[above + 1], animate=False, immediate=True)

    def on_resize(self) -> None:
        # Drawn rows are kept by width: a pane that only grows or shrinks in
        # height (the "filtered by" line comes and goes) draws nothing again.
        # The chosen row stays in view when the list shrinks (the "filtered
        # by" line appears above it, a narrow layout, a smaller terminal).
        self._scroll_to_cursor()

    # --- keys and mouse ---------------------------------------------------------

    def action_cursor_down(self) -> None:
        start = 0 if self.cursor is None else self.cursor + 1
        found = self._next_record(start, 1)
        if found is not None:
            self.cursor = found

    def action_cursor_up(self) -> None:
        start = 0 if self.cursor is None else self.cursor - 1
        found = self._next_record(start, -1)
        if found is not None:
            self.cursor = found

    def action_first(self) -> None:
        found = self._next_record(0, 1)
        if found is not None:
            self.cursor = found

    def action_last(self) -> None:
        found = self._next_record(len(self._layout) - 1, -1)
        if found is not None:
            self.cursor = found

    def action_page(self, direction: int) -> None:
        if self.cursor is None:
            return
        starts = self._layout.starts
        target = starts[self.cursor] + direction * max(1, self.size.height - 1)
        target = min(max(target, 0), starts[-1] - 1)
        index = bisect.bisect_right(starts, target) - 1
        found = self._next_record(index, direction) or self._next_record(index, -direction)
        if found is not None:
            self.cursor = found

    def action_select(self) -> None:
        record_id = self.highlighted_id
        if record_id is None:
            return
        if not self._opens_at(self.cursor):  # a click: Enter is not offered there
            self._refuse(record_id)
            return
        self.post_message(self.Selected(self, record_id))

    def _refuse(self, record_id: str) -> None:
        if self.refused is None:
            self.app.bell()
        else:
            self.refused(record_id)

    def on_key(self, event: Key) -> None:
        """Enter, dimmed where the record cannot be opened, says why when pressed
        all the same: an orphaned note's row did nothing, and said nothing (a
        trial of a shared desk). The keys are the binding's, the keymap applied."""
        record_id = self.highlighted_id
        if self.refused is None or record_id is None or self._opens_at(self.cursor):
            return
        bound = self.screen.active_bindings.get(event.key)
        if bound is not None and bound.node is self and bound.binding.action == "select":
            event.stop()
            event.prevent_default()
            self.refused(record_id)

    def focus_on_click(self) -> bool:
        # The list takes the focus on a left press itself (on_mouse_down), once
        # it has noted whether it had it: a click acts only in a focused list.
        return False

    def on_mouse_down(self, event: MouseDown) -> None:
        self._press = left_press(event, had_focus=self.has_focus)
        if self._press is not None:
            self.focus(scroll_visible=False)

    def on_blur(self, _event: Blur) -> None:
        self._clicked = None  # a double click's second half lands here only after its first

    def on_click(self, event: Click) -> None:
        """A click chooses a row; it acts (as Enter) on the chosen row of a list
        that had the focus before the press, and a double click acts once.

        A mouse user's trial: one click into an unfocused pane acted on its
        faintly highlighted row (opened a quote, filtered), a double click on a
        highlighted row filtered twice ("and its 4 members"), and the second
        half of a double click in the library filtered the briefing it opened.
        """
        press, self._press = self._press, None
        index = self._row_at(event)
        if not is_click(press, event) or press is None or index is None:
            return
        if event.chain == 1:
            acts = press.had_focus and self.cursor == index
            self.cursor = index
            self._clicked = (index, acts)
            if acts:
                self.action_select()
        elif event.chain == 2 and self._clicked == (index, False):
            self._clicked = (index, True)
            self.action_select()

    def _row_at(self, event: Click) -> int | None:
        """The index of the record under the pointer, or None (a heading, no row)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = self.scroll_offset.y + offset.y
        starts = self._layout.starts
        if line >= starts[-1]:
            return None
        index = bisect.bisect_right(starts, line) - 1
        return None if self._layout.row_ids[index] is None else index


def _in_colour(strip: Strip, colour: Color | None) -> Strip:
    """`strip` with all its text in `colour`, the focused cursor's: a row's own
    colours were drawn on the cursor's, pink on blue for a broken briefing
    chosen in the library, a contrast of 1.4 (a trial on limited terminals).
    Bold, dim, italic and the marks' glyphs stay."""
    if colour is None:
        return strip
    over = Style(color=colour)
    return Strip(
        [Segment(text, style + over if style else over, control) for text, style, control in strip],
        strip.cell_length,
    )
