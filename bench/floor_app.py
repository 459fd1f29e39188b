"""The floor: a bare Textual app with the reader's skeleton, nothing else.

Header, three panes (an OptionList and a DataTable with a few rows, another
OptionList), footer. `briefing`'s first frame is measured as a ratio to this
app's, started the same way in the same virtual environment.

Three of the reader's keys have a stock Textual counterpart, bound here (not
shown in the footer, so the first frame is the same) for bench/keys.py to
set the reader's against: `?` shows and hides Textual's own HelpPanel; `s`
opens a modal screen of two Statics over the dimmed panes (Esc closes it);
`/` mounts an Input under the actors (the first time) and focuses it: each
letter typed filters them, and Esc goes back to the list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, HelpPanel, Input, OptionList, Static


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
        Binding("slash", "filter", "Filter", show=False),
        Binding("escape", "list", "Back to the list", show=False),
    ]
    ACTORS = ("Liz Truss", "Sergei Lavrov", "Boris Johnson")

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical():
                yield Static("Actors (3)")
                yield OptionList(*self.ACTORS, id="actors")
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

    async def action_filter(self) -> None:
        actors = self.query_one("#actors", OptionList)
        if not self.query("#filter"):
            await actors.parent.mount(Input(id="filter"))  # type: ignore[union-attr]
        self.query_one("#filter", Input).focus()

    def action_list(self) -> None:
        self.query_one("#actors", OptionList).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        actors = self.query_one("#actors", OptionList)
        actors.clear_options()
        actors.add_options([a for a in self.ACTORS if event.value.lower() in a.lower()])


if __name__ == "__main__":
    FloorApp().run()
