"""The chronology pane: events in the contract's order, uncertainty visible."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import DataTable

from briefing.model import Event
from screens.keys import KeyDataTable
from screens.pane import Pane
from screens.safe import ellipsis

WHEN_WIDTH, SOURCES_WIDTH = 24, 7
#: cell padding, borders and the scrollbar, besides the columns
CHROME = 8


class ChronologyPane(Pane[Event]):
    TITLE = "Chronology"

    def __init__(self, names: Mapping[str, str], *, id: str) -> None:
        super().__init__(id=id)
        self.names = names
        #: unknown until the first resize: rows are added once the width is known
        self._title_width: int | None = None
        self._pending_focus: str | None = None

    def make_list(self) -> KeyDataTable:
        table = KeyDataTable(classes="pane-list", id="chronology-table", cursor_type="row")
        table.zebra_stripes = True
        return table

    def on_resize(self) -> None:
        width = max(20, self.size.width - WHEN_WIDTH - SOURCES_WIDTH - CHROME)
        if width == self._title_width:
            return
        self._title_width = width
        table: DataTable = self.list_widget
        table.clear(columns=True)
        table.add_column("When", width=WHEN_WIDTH, key="when")
        table.add_column("Event · where · who", width=width, key="event")
        table.add_column("Sources", width=SOURCES_WIDTH, key="sources")
        self.refresh_items()

    def search_text(self, record: Event) -> str:
        who = " ".join(self.names.get(a, a) for a in record.actors)
        return " ".join(
            [record.title, record.when.describe(), record.when_text or "", record.place or "", who]
        )

    def highlighted_id(self) -> str | None:
        table: DataTable = self.list_widget
        if not table.row_count or not table.columns:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return key.value

    def refresh_items(self, focus_id: str | None = None) -> None:
        width = self._title_width
        if width is None:
            self._pending_focus = focus_id
            return  # filled at the first resize, once the width is known
        table: DataTable = self.list_widget
        keep = focus_id or self.highlighted_id() or self._pending_focus
        self._pending_focus = None
        table.clear()
        for event in self.visible_records():
            when = Text(ellipsis(event.when.describe(), WHEN_WIDTH), "bold")
            if event.when.qualifiers:
                when.stylize("italic")
            when.append("\n" + ellipsis(event.when_text or "", WHEN_WIDTH), "dim")
            who = ", ".join(self.names.get(a, a) for a in event.actors) or "participants not named"
            title = Text(ellipsis(event.title, width))
            where_who = " · ".join(filter(None, (event.place, who)))
            title.append("\n" + ellipsis(where_who, width), "dim")
            if event.single_source:
                sources = Text("single\nsource", "yellow")
            else:
                sources = Text(f"{len(event.sources)}\nsources")
            table.add_row(when, title, sources, key=event.id, height=2)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        self.update_title()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(self.Chosen(self, event.row_key.value))
