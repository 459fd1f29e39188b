"""The floor: a bare Textual app with the reader's skeleton, nothing else.

Header, three panes (an OptionList and a DataTable with a few rows, another
OptionList), footer. `briefing`'s first frame is measured as a ratio to this
app's, started the same way in the same virtual environment.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header, OptionList, Static


class FloorApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical():
                yield Static("Actors (3)")
                yield OptionList("Liz Truss", "Sergei Lavrov", "Boris Johnson")
            with Vertical():
                yield Static("Chronology (2)")
                table: DataTable = DataTable()
                table.add_columns("When", "Event")
                table.add_rows([("10 Feb 2022", "Truss meets Lavrov"), ("9 Feb 2022", "Tweet")])
                yield table
                yield Static("Quotes (1)")
                yield OptionList("“Any incursion would be a huge mistake”")
        yield Footer()


if __name__ == "__main__":
    FloorApp().run()
