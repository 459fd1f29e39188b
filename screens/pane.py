"""A titled pane of the briefing screen, with a `/` filter of its own.

Each pane shows records the screen hands it (`show`, with the pane's part
of the screen's state), filters them as the user types after `/` (every word
typed must begin a word of the record, accents and case folded, a number
whole with its signs: `briefing.records.folding`), highlights the words found in the rows, and
tells the screen what the user chose with a message. Panes never reach into
each other.

The filter box is the one owner of the filter's text: the pane filters by
what the box holds, and the screen sets it through `show` (Backspace, a
jump), never beside it. The box is mounted when it is first needed (the
first `/`, or a state with a filter): three hidden Inputs cost about 8 ms
of every first frame.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import AwaitMount, Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from briefing.records.folding import NO_WORD, Query, searchable
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import shown as quoted
from briefing.screens.bound_keys import briefing_key, key_shown, with_box_key
from briefing.screens.filter_keys import opens_filter, type_into
from briefing.screens.lines import set_line
from briefing.screens.record_list import RecordList, RowLayout
from briefing.screens.safe import plain
from briefing.screens.state import PaneState
from briefing.screens.worker_failures import ReportsWorkerFailures


class Record(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=Record)
#: Lists longer than this are filtered in a worker thread as the user types,
#: unless the rows the key needs are quick to have (`Pane._filter_changed`).
BACKGROUND_FILTER_FROM = 2000
#: A long list up to this many records is matched at once, on the key (some
#: 0.1 µs a record: 3-5 ms at x1000); then only the rows of more than
#: BACKGROUND_FILTER_FROM matches are laid out in the worker.
MATCHED_AT_ONCE_UP_TO = 50_000


def focus_now(widget: Widget) -> None:
    """Focus `widget` before the next key is handled.

    `Widget.focus()` waits its turn in the app's message queue, behind keys
    already read: keys typed in a burst (fast typing, a pasted key sequence)
    went to the widget that had focus before. `Screen.set_focus` is immediate.
    """
    widget.screen.set_focus(widget)


class FilterInput(Input):
    """The `/` filter: Esc clears it, Enter goes back to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", id="filter.clear"),
    ]

    def on_key(self, event: events.Key) -> None:
        """↓ goes to the list, as Enter does (not a binding, as Enter's is not: a
        key of the box's own, never in a keymap's way); it did nothing, and the
        next key meant for the list was typed here (a multilingual author's trial)."""
        if event.key == "down":
            event.stop()
            event.prevent_default()
            self.query_ancestor(Pane).focus_list()

    def action_clear_filter(self) -> None:
        """Its pane told at once, not by a message: a key typed right after Esc,
        in the same burst, must find the list focused, not this box."""
        self.value = ""
        self.query_ancestor(Pane).end_filter()


class ActorsOrEventsList(RecordList):
    """The list of the actors or the events: Enter filters the other panes by
    the record, where the quotes' opens the quote (`?` said "Open" for both)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # the same id: a keymap that moves `list.select` moves this one too
        Binding("enter", "select", "Filter by it", id="list.select"),
    ]


class Pane(Vertical, ReportsWorkerFailures, Generic[T]):
    """Base of the three panes: a title, a list widget, a hidden filter box."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "start_filter", "Filter", id="pane.filter"),
    ]
    TITLE = ""
    #: what the pane lists
    KIND: ClassVar[Kind]
    ROW_HEIGHT = 2
    #: whether rows are laid out for the list's width (their heights follow it)
    HEIGHTS_FOLLOW_WIDTH: ClassVar[bool] = False
    #: the list's class: what its Enter does (and says in `?`)
    LIST: ClassVar[type[RecordList]] = ActorsOrEventsList

    @dataclass(eq=False)
    class Chosen(Message):
        """The user chose a record of this pane (Enter or click)."""

        pane: Pane[Any]
        ref: RecordRef

        @property
        def control(self) -> Pane[Any]:
            return self.pane

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.records: Sequence[T] = ()
        self.empty_note = ""
        #: while a large briefing's preview is shown: how many the whole has
        self.whole_count: int | None = None
        #: the records are of a large briefing's first rows (the whole is being read):
        #: what is counted of them is said to be of those read so far
        self.read_so_far = False
        #: what the list shows: these records (None before any), filtered by this text
        self._listed_records: Sequence[T] | None = None
        self._listed_text = ""
        self._listed_width = 0
        self._layouts: dict[tuple[int, str, int], tuple[Sequence[T], RowLayout]] = {}
        self._texts: tuple[Sequence[T], list[str]] | None = None
        self._texts_lock = threading.Lock()
        self._layouts_lock = threading.Lock()
        #: what the reader remembers of records (new, pinned, noted), by id
        self.marks: Mapping[str, Content] = {}
        #: the filter box, once mounted, and its mount (awaited before keys go to it)
        self._filter_box: FilterInput | None = None
        self._filter_mounted: AwaitMount | None = None
        #: `show` is setting the box's text: it filters the list itself
        self._setting_filter = False

    def compose(self) -> ComposeResult:
        yield Static(plain(self.TITLE), classes="pane-title")
        yield self.make_list()

    def _mount_filter_box(self, text: str) -> FilterInput:
        """The filter box, mounted now (holding `text`) if it was not yet."""
        if self._filter_box is None:
            self._filter_box = FilterInput(
                value=text,
                placeholder="filter as you type; "
                f"{key_shown(self.app, FilterInput.BINDINGS, 'filter.clear')} clears",
                classes="pane-filter",
                # Focus comes with the keys typed after `/`: selecting the text
                # then would make the next key replace what was typed.
                select_on_focus=False,
            )
            self._filter_mounted = self.mount(self._filter_box)
            # Watched, not told by its Changed message: the list follows in the
            # same frame as the box, one layout of the screen for both.
            self.watch(self._filter_box, "value", self._filter_changed, init=False)
        return self._filter_box

    def make_list(self) -> RecordList:
        return self.LIST(self.render_row, classes="pane-list", id=f"{self.id}-list")

    @property
    def list_widget(self) -> RecordList:
        return self.query_one(".pane-list", RecordList)

    @property
    def filter_text(self) -> str:
        """What the filter box holds ("" before it is first mounted)."""
        return "" if self._filter_box is None else self._filter_box.value

    @property
    def state(self) -> PaneState:
        """The filter's text and the record under the cursor, as they are now."""
        return PaneState(self.filter_text, self.highlighted_id())

    def layout_width(self) -> int:
        """The width rows are laid out for: 0 when their heights do not depend on it."""
        if not self.HEIGHTS_FOLLOW_WIDTH:
            return 0
        # Before the list is laid out (or while a narrow layout hides it),
        # the screen's width stands in; the pane lays out again on resize.
        return self.list_widget.scrollable_content_region.width or self.app.size.width

    def row_layout(self, records: list[T], width: int) -> RowLayout:
        """The rows for `records`, one each (a pane may add headings), for `width`."""
        ids = [self.record_id(r) for r in records]
        return RowLayout.of(ids, records, [self.ROW_HEIGHT] * len(ids))

    def set_marks(self, marks: Mapping[str, Content]) -> None:
        """Show `marks` in the rows of their records (briefing.screens.marks)."""
        if marks != self.marks:
            self.marks = marks
            self.list_widget.redraw()

    def record_id(self, record: T) -> str:
        return record.id

    def render_row(self, record: object, width: int) -> list[Content]:
        """The lines of one row; the list cuts each to the width."""
        raise NotImplementedError

    def refresh_items(self, focus_id: str | None = None) -> None:
        """List the records that match the filter box's text now."""
        keep = focus_id or self.highlighted_id()
        records, text, width = self.records, self.filter_text, self.layout_width()
        self.list_widget.set_rows(self._layout_for(records, text, width), keep, Query(text))
        self._listed_records, self._listed_text, self._listed_width = records, text, width
        self.update_title()

    def on_resize(self) -> None:
        if self._listed_records is not None and self._listed_width != self.layout_width():
            self.refresh_items()

    def _made(self, records: Sequence[T], text: str, width: int) -> bool:
        """Whether the rows for `records` filtered by `text` at `width` are kept (`_layout_for`)."""
        return self._kept(records, text, width) is not None

    def _kept(self, records: Sequence[T], text: str, width: int) -> RowLayout | None:
        """The rows for `records` filtered by `text` at `width`, if among the last few made."""
        with self._layouts_lock:  # filters' workers and the pane itself use them
            cached = self._layouts.get((id(records), text, width))
        return cached[1] if cached is not None and cached[0] is records else None

    def _layout_for(
        self, records: Sequence[T], text: str, width: int, matching: list[T] | None = None
    ) -> RowLayout:
        """The rows for `records` filtered by `text`, from the last few shown;
        `matching`: those of `records` that match, when they are known."""
        kept = self._kept(records, text, width)
        if kept is not None:
            return kept
        if matching is None:
            matching = self._matching(records, text)
        if text and len(matching) == len(records):
            # Every record matches (the first letters of a word they all
            # hold): the rows of the whole list, kept or made once for both.
            layout = self._layout_for(records, "", width)
        else:
            layout = self.row_layout(matching, width)
        with self._layouts_lock:
            if len(self._layouts) >= 4:
                # The oldest goes, but a filter's before a whole list's: those
                # are needed again at every filter cleared, and for every word
                # all the records hold (32,000 actors: 22 ms to make again).
                filtered = (k for k in self._layouts if k[1])
                self._layouts.pop(next(filtered, next(iter(self._layouts))), None)
            self._layouts[(id(records), text, width)] = (records, layout)
        return layout

    def _matching(self, records: Sequence[T], text: str) -> list[T]:
        query = Query(text)
        if not query:  # `€` alone: nothing to look for, so nothing found (said)
            return [] if query.holds_no_word else list(records)
        matches = query.matcher()
        texts = self._search_texts(records)
        return [r for r, searched in zip(records, texts, strict=True) if matches(searched)]

    def _search_texts(self, records: Sequence[T]) -> list[str]:
        """What the filter looks in, made searchable, for each of `records`: once per list.

        Made by whichever thread asks first (the worker started at `/`, a
        filter's worker, the pane itself); one asking meanwhile waits for
        that result rather than making it a second time.
        """
        with self._texts_lock:
            texts = self._texts
            if texts is None or texts[0] is not records:
                texts = (records, [searchable(self.search_text(r)) for r in records])
                self._texts = texts
            return texts[1]

    def highlighted_id(self) -> str | None:
        """The id of the record under the cursor."""
        return self.list_widget.highlighted_id

    def listed_ids(self) -> list[str]:
        """The ids of the records listed now, in their order."""
        return self.list_widget.ids

    def move_to(self, record_id: str) -> bool:
        """The cursor on `record_id`'s row; False when it is not listed."""
        return self.list_widget.move_to(record_id)

    def forget_drawn(self) -> None:
        """Draw every row again: its records were read again."""
        self.list_widget.forget_drawn()

    def on_record_list_selected(self, event: RecordList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, RecordRef(self.KIND, event.record_id)))

    def show(self, records: Sequence[T], state: PaneState, empty_note: str = "") -> None:
        """Show `records`, filtered by `state.text`, the cursor on `state.selected`.

        `empty_note` ends the sentence shown when there are none: "for this event".
        """
        if self.filter_text != state.text:
            box = self._mount_filter_box(state.text)
            self._setting_filter = True  # the list is filtered below, with the records
            try:
                box.value = state.text
            finally:
                self._setting_filter = False
            box.display = bool(state.text)
        if self._is_listed(records, state.text) and empty_note == self.empty_note:
            if state.selected is not None:
                self.list_widget.move_to(state.selected)
            return  # the same records: nothing to rebuild
        self.records = records
        self.empty_note = empty_note
        self.refresh_items(state.selected)

    def _is_listed(self, records: Sequence[T], text: str) -> bool:
        return (
            self._listed_records is records
            and self._listed_text == text
            and self._listed_width == self.layout_width()
        )

    def search_text(self, record: T) -> str:
        raise NotImplementedError

    def update_title(self) -> None:
        """Title with counts; an empty pane says why, and how to get out of it."""
        shown = self.list_widget.record_count
        total = len(self.records)
        count = f" ({shown})" if shown == total else f" ({shown} of {total})"
        if self.whole_count is not None:  # the first rows, unfiltered by a record
            count = (
                f" (the first {shown} of {self.whole_count})"
                if shown == total
                else f" ({shown} of the first {total})"
            )
        elif self.read_so_far:  # a record's, among the first rows
            count = f" ({shown} read so far)" if shown == total else f" ({shown} of {total} so far)"
        title = Content.assemble((self.TITLE, "bold"), count)
        set_line(self.query_one(".pane-title", Static), title)
        if shown == 0 and self._listed_text:
            clear = with_box_key(
                briefing_key(self.app, "briefing.clear_filter"),
                key_shown(self.app, FilterInput.BINDINGS, "filter.clear"),
            )
            find = briefing_key(self.app, "briefing.find")
            typed = self._listed_text.strip()
            said = plain(
                f"{quoted(typed, 40)} {NO_WORD}. {clear} clears it."
                if Query(typed).holds_no_word
                else f"Nothing matches what you typed. {clear} clears it; {find} finds words "
                "anywhere in the briefing, summaries and sources too.",
                "dim italic",
            )
        elif shown == 0:
            said = plain(f"No {self.TITLE.lower()} {self.empty_note}.", "dim italic")
        else:
            said = Content("")
        self.list_widget.say_when_empty(said)

    async def on_key(self, event: events.Key) -> None:
        """Keys typed right after `/`, in the same burst, go to the filter box
        (briefing.screens.filter_keys); they wait in this pane's queue while a
        first `/` mounts the box."""
        box = self._filter_box
        if box is not None and self.screen.focused is box:
            type_into(box, event)
        elif self.screen.focused is self.list_widget and opens_filter(self.screen, self, event):
            await self.action_start_filter()

    async def action_start_filter(self) -> None:
        box = self._mount_filter_box("")
        if self._filter_mounted is not None:
            # Once: awaiting a mount again asks for another layout of the screen.
            await self._filter_mounted
            self._filter_mounted = None
        box.display = True
        focus_now(box)
        if len(self.records) > BACKGROUND_FILTER_FROM:
            self._prepare_search_texts(self.records)

    @work(
        thread=True,
        group="pane-search-texts",
        exit_on_error=False,
        description="prepare what the pane's filter looks in",
    )
    def _prepare_search_texts(self, records: Sequence[T]) -> None:
        """What the filter looks in, made while the first letter is being typed.

        At x1000 (32,000 actors) it takes over 100 ms, which the first letter
        typed after `/` waited for (a filter started meanwhile waits for
        this one: `_search_texts`).
        """
        self._search_texts(records)

    def end_filter(self) -> None:
        if self._filter_box is not None:
            self._filter_box.display = False
        focus_now(self.list_widget)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()  # the pane follows the box's value as it changes (_filter_changed)

    def _filter_changed(self, text: str) -> None:
        if self._setting_filter or self._is_listed(self.records, text):
            return  # set by `show`, which filtered the list already
        records, width = self.records, self.layout_width()
        # Rows had at once are shown in the key's own frame: through the
        # worker they came a frame later (20-30 ms at x1000). So are a long
        # list's rows made already (a letter erased, a word typed again), and
        # those of few matches.
        if len(records) <= BACKGROUND_FILTER_FROM or self._made(records, text, width):
            self.refresh_items()
            return
        matching = self._matched_at_once(records, text)
        if matching is not None and self._few_rows_to_make(records, text, width, matching):
            layout = self._layout_for(records, text, width, matching)
            self._apply_filtered(records, text, width, layout)
        else:
            self._filter_in_background(records, text, width, matching)

    def _matched_at_once(self, records: Sequence[T], text: str) -> list[T] | None:
        """Those of `records` that match `text`, when that is quick: a list not too
        long, whose search texts are ready. None: the worker matches them."""
        texts = self._texts  # made once per list, in a worker started at `/`
        if len(records) > MATCHED_AT_ONCE_UP_TO or texts is None or texts[0] is not records:
            return None
        return self._matching(records, text)

    def _few_rows_to_make(
        self, records: Sequence[T], text: str, width: int, matching: list[T]
    ) -> bool:
        """Whether the rows of `matching` are quick to lay out here (`_layout_for`)."""
        if text and len(matching) == len(records):  # the whole list's rows, if kept
            return self._made(records, "", width)
        return len(matching) <= BACKGROUND_FILTER_FROM

    # A fixed description: without one, Textual describes the worker by the
    # repr of its arguments: every record, on every key.
    @work(
        thread=True,
        exclusive=True,
        group="pane-filter",
        exit_on_error=False,
        description="filter the pane's records",
    )
    def _filter_in_background(
        self, records: Sequence[T], text: str, width: int, matching: list[T] | None
    ) -> None:
        """Match a long list off the UI thread (unless `matching` is known) and lay
        its rows out: keys echo at once, the list follows.

        A newer key cancels this one (exclusive); a result for records or text
        that are no longer current is dropped.
        """
        layout = self._layout_for(records, text, width, matching)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._apply_filtered, records, text, width, layout)

    def _apply_filtered(
        self, records: Sequence[T], text: str, width: int, layout: RowLayout
    ) -> None:
        if records is self.records and text == self.filter_text:
            self.list_widget.set_rows(layout, self.highlighted_id(), Query(text))
            self._listed_records, self._listed_text, self._listed_width = records, text, width
            self.update_title()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        focus_now(self.list_widget)

    def focus_list(self) -> None:
        focus_now(self.list_widget)
