"""The floor: a bare Textual app with the reader's skeleton, nothing else.

Header, three panes (an OptionList and a DataTable with a few rows, another
OptionList), footer. `briefing`'s first frame is measured as a ratio to this
app's, started the same way in the same virtual environment.

Two of the reader's keys have a stock Textual counterpart, bound here (not
shown in the footer, so the first frame is the same) for bench/keys.py to
set the reader's against: `?` shows and hides Textual's own HelpPanel, and
`s` opens a modal screen of two Statics over the dimmed panes (Esc closes it).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, HelpPanel, OptionList, Static


class Summary(ModalScreen[None]):
    """A stock modal screen, as the reader's summary (`s`) is one."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Close")]
    DEFAULT_CSS = """
    Summary { align: center middle; }
    Summary > VerticalScroll { width: 80%; height: 80%; border: round $primary; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("Summary\n\nTruss meets Lavrov in Moscow as troops gather near Ukraine.")
            yield Static("Sources\n" + "\n".join(f"Source {n}" for n in range(1, 4)))


class FloorApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "toggle_keys", "Keys", show=False),
        Binding("s", "summary", "Summary", show=False),
    ]

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

    def action_toggle_keys(self) -> None:
        if self.screen.query(HelpPanel):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_summary(self) -> None:
        self.push_screen(Summary())


if __name__ == "__main__":
    FloorApp().run()
