"""The first frame: shown at once while the index is opened in a worker."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing.index.build import Progress
from briefing.records.text import visible_line
from briefing.screens.safe import plain


class LoadingScreen(Screen[None]):
    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen #loading-text { width: auto; }
    """

    def compose(self) -> ComposeResult:
        # No animation: on a warm start this screen is gone within milliseconds,
        # and repainting a spinner would only delay the first useful frame.
        yield Static(plain("Opening the briefings…"), id="loading-text")

    def rebuilding(self) -> None:
        self._say(plain("Checking and indexing the briefings new or changed since last read…"))

    def indexing(self, progress: Progress) -> None:
        """How far the briefings that changed are checked and indexed."""
        done, total = progress.done, progress.total
        self._say(plain(f"Indexing {done} of {total} briefings (new or changed)…"))

    def waiting(self, message: str) -> None:
        """Another process holds the index's lock: say which, and for how long at most."""
        self._say(plain(f"Waiting: {visible_line(message)}"))

    def _say(self, text: Content) -> None:
        """Shown while the screen is; said to nobody once it is gone. The index
        keeps these callbacks, and calls them again for a file it rebuilds
        later (one found damaged when a search reads it): that must not fail."""
        for line in self.query("#loading-text").results(Static):
            line.update(text)


class FailureScreen(Screen[None]):
    """What the reader shows when opening failed: one clear message, no traceback."""

    DEFAULT_CSS = "FailureScreen { align: center middle; } FailureScreen Static { width: 80%; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.quit", "Quit", id="failure.quit")
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield Static(plain(self.message))
