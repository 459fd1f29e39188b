"""A titled pane of the briefing screen, with a `/` filter of its own.

Each pane shows records the screen hands it (`show`), filters them as the
user types after `/` (Textual's fuzzy matcher), and tells the screen what the
user chose with a message. Panes never reach into each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.fuzzy import Matcher
from textual.message import Message
from textual.widgets import Input, Static

from screens.record_list import RecordList, Row
from screens.safe import plain

T = TypeVar("T")


class FilterInput(Input):
    """The `/` filter: Esc clears it, Enter goes back to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", id="filter.clear"),
    ]

    def action_clear_filter(self) -> None:
        self.value = ""
        pane = self.query_ancestor(Pane)
        pane.end_filter()


class Pane(Vertical, Generic[T]):
    """Base of the three panes: a title, a list widget, a hidden filter box."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "start_filter", "Filter", id="pane.filter"),
    ]
    TITLE = ""
    ROW_HEIGHT = 2

    class Chosen(Message):
        """The user chose a record of this pane (Enter or click).

        One message for every pane: the screen tells them apart by the pane's
        id, with `@on(Pane.Chosen, "#actors")`.
        """

        def __init__(self, pane: Pane, record_id: str) -> None:
            self.pane = pane
            self.record_id = record_id
            super().__init__()

        @property
        def control(self) -> Pane:
            return self.pane

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.records: Sequence[T] = ()
        self.text_filter = ""
        self.empty_note = ""

    def compose(self) -> ComposeResult:
        yield Static(plain(self.TITLE), classes="pane-title")
        yield Static(classes="pane-empty")
        yield self.make_list()
        yield FilterInput(placeholder="filter as you type; Esc clears", classes="pane-filter")

    def make_list(self) -> RecordList:
        return RecordList(self.render_row, classes="pane-list", id=f"{self.id}-list")

    @property
    def list_widget(self) -> RecordList:
        return self.query_one(".pane-list", RecordList)

    def rows(self, records: list[T]) -> list[Row]:
        """The rows for `records` (a pane may add headings)."""
        return [Row(self.record_id(r), self.ROW_HEIGHT, r) for r in records]

    def record_id(self, record: T) -> str:
        return record.id  # type: ignore[attr-defined, no-any-return]

    def render_row(self, record: object, width: int) -> list[Content]:
        """The lines of one row; the list cuts each to the width."""
        raise NotImplementedError

    def refresh_items(self, focus_id: str | None = None) -> None:
        keep = focus_id or self.highlighted_id()
        self.list_widget.set_rows(self.rows(self.visible_records()), keep)
        self.update_title()

    def highlighted_id(self) -> str | None:
        """The id of the record under the cursor."""
        return self.list_widget.highlighted_id

    def on_record_list_selected(self, event: RecordList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, event.record_id))

    def show(self, records: Sequence[T], focus_id: str | None = None, empty_note: str = "") -> None:
        """Show `records` (the text filter, if any, still applies).

        `empty_note` ends the sentence shown when there are none: "for this event".
        """
        self.records = records
        self.empty_note = empty_note
        self.refresh_items(focus_id)

    def visible_records(self) -> list[T]:
        if not self.text_filter:
            return list(self.records)
        matcher = Matcher(self.text_filter)
        return [r for r in self.records if matcher.match(self.search_text(r)) > 0]

    def search_text(self, record: T) -> str:
        raise NotImplementedError

    def update_title(self) -> None:
        """Title with counts; an empty pane says why, and how to get out of it."""
        shown = len(self.visible_records())
        total = len(self.records)
        count = f" ({shown})" if shown == total else f" ({shown} of {total})"
        self.query_one(".pane-title", Static).update(Content.assemble((self.TITLE, "bold"), count))
        empty = self.query_one(".pane-empty", Static)
        empty.display = shown == 0
        if shown == 0 and self.text_filter:
            empty.update(plain("Nothing matches what you typed. Esc clears it.", "dim italic"))
        elif shown == 0:
            empty.update(plain(f"No {self.TITLE.lower()} {self.empty_note}.", "dim italic"))

    def action_start_filter(self) -> None:
        box = self.query_one(FilterInput)
        box.display = True
        box.focus()

    def end_filter(self) -> None:
        box = self.query_one(FilterInput)
        box.display = False
        self.list_widget.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.text_filter = event.value
        self.refresh_items()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.list_widget.focus()

    def focus_list(self) -> None:
        self.list_widget.focus()
