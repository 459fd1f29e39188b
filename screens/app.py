"""The reader app, and the one factory the CLI and the tests both start it with."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import Worker, WorkerState

from briefing.display import for_display
from briefing.locations import bundled_content_dir, collector_paused
from briefing.queries import BriefingQueries
from briefing.store import Index, open_index
from briefing.text import visible_line
from screens.briefing_screen import BriefingScreen
from screens.library import LibraryScreen
from screens.loading import FailureScreen, LoadingScreen
from screens.palette import ReaderPalette
from screens.quote_viewer import QuoteViewer
from screens.summary import SummaryScreen


class BriefingApp(App[None]):
    # Every screen's styles, read once at start. A screen's CSS_PATH stays
    # beside it, but Textual re-parses every stylesheet when a screen brings
    # one it has not read yet (13 ms when the briefing opens, 26 ms on the
    # first quote). The screens' files are next to this module, so their
    # relative paths hold here too.
    CSS_PATH: ClassVar = [
        "app.tcss",
        *(s.CSS_PATH for s in (BriefingScreen, LibraryScreen, QuoteViewer, SummaryScreen)),
    ]
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "toggle_help", "Keys", id="app.help"),
    ]

    def __init__(
        self, content: Path, briefing_id: str | None = None, index: Path | None = None
    ) -> None:
        super().__init__()
        self.content = content
        self.briefing_id = briefing_id
        self.index_path = index
        self.index: Index | None = None

    def on_mount(self) -> None:
        self.push_screen(LoadingScreen())
        self.open_content()

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def open_content(self) -> None:
        """Open the index (rebuilding it if needed) and the briefing to show first."""
        loading = self.screen
        on_rebuild = (
            (lambda: self.call_from_thread(loading.rebuilding))
            if isinstance(loading, LoadingScreen)
            else None
        )
        # The records live as long as the reader: the collector is kept from
        # re-scanning them on every burst of allocation (measured at 70,000
        # records: a quarter of a second each time).
        with collector_paused(keep=True):
            index = open_index(self.content, self.index_path, on_rebuild=on_rebuild)
            summaries = index.summaries()
            wanted = self.briefing_id
            if wanted is None and len(summaries) == 1 and summaries[0].opens:
                wanted = summaries[0].id
            straight_into = None
            if wanted is not None and any(s.id == wanted and s.opens for s in summaries):
                straight_into = BriefingQueries(for_display(index.briefing(wanted)))
                index.close()  # no library to go back to: the records are all it needs
        self.call_from_thread(self._opened, index, straight_into)

    def _opened(self, index: Index, straight_into: BriefingQueries | None) -> None:
        for notice in index.notices:
            self.notify(visible_line(notice), severity="warning", markup=False, timeout=8)
        if self.briefing_id is not None and straight_into is None:
            self.notify(
                f"There is no briefing with the id {visible_line(self.briefing_id)} that opens.",
                severity="error",
                markup=False,
            )
        if straight_into is not None:
            self.switch_screen(BriefingScreen(straight_into))
        else:
            self.index = index
            self.switch_screen(LibraryScreen(index.summaries(), index.notices))

    @on(LibraryScreen.Open)
    def _open_from_library(self, message: LibraryScreen.Open) -> None:
        assert self.index is not None
        with collector_paused(keep=True):  # kept for the reader's lifetime, as above
            queries = BriefingQueries(for_display(self.index.briefing(message.briefing_id)))
        self.push_screen(BriefingScreen(queries))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one handler for worker failures: a clear message, never a traceback."""
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = f"briefing could not open {self.content}: {type(error).__name__}: {error}"
            self.switch_screen(FailureScreen(visible_line(message) + "\n\nPress q to quit."))

    def action_command_palette(self) -> None:
        """Textual's palette, with the fixes of screens.palette.ReaderPalette."""
        if self.use_command_palette and not ReaderPalette.is_open(self):
            self.push_screen(ReaderPalette(id="--command-palette"))

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()


def make_app(
    content: Path | None = None, briefing_id: str | None = None, index: Path | None = None
) -> BriefingApp:
    """The reader on `content` (default: the bundled briefings)."""
    return BriefingApp(content or bundled_content_dir(), briefing_id, index)
