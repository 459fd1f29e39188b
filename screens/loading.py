"""The first frame: shown at once while the index is opened in a worker."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from briefing.index.build import Progress
from briefing.records.text import visible_line
from briefing.screens.bound_keys import key_shown
from briefing.screens.safe import plain


@dataclass(eq=False)
class LoadingSaid(Message):
    """Something to say on the loading screen (shown for it if it is not yet):
    the app's, from the worker that opens the content (its `control` is None)."""

    say: Callable[[LoadingScreen], None]


class LoadingScreen(Screen[None]):
    CSS_PATH = "loading.tcss"
    #: when the build began, how far it is, and the timer that redraws it every second
    _started: float | None = None
    _progress: Progress | None = None
    _clock: Timer | None = None
    _shown = ""
    #: what the screen says (kept for its compose: it may be told before it is shown)
    _said: Content | None = None
    #: the folder opened is itself a briefing's, not a library of them
    _alone = False

    def __init__(self, opening: str | None = None) -> None:
        """`opening`: what is opened, as a message shows it (a path, as given)."""
        super().__init__()
        self.opening = opening

    def compose(self) -> ComposeResult:
        # No animation: a spinner repainted would only compete with the build.
        # What is opened, not "the briefings": it may be one briefing's folder,
        # or a library (not known yet: the folder is read in the worker).
        opening = f"Opening {visible_line(self.opening)}…" if self.opening else "Opening…"
        yield Static(self._said or plain(opening), id="loading-text")

    def rebuilding(self, alone: bool = False) -> None:
        """The index is being brought up to date; `alone`: the folder opened is one
        briefing's (not a library of them)."""
        self._started = time.monotonic()
        self._alone = alone
        if alone:
            self._say(plain("Checking and indexing the briefing (new or changed since last read)…"))
        else:
            self._say(plain("Checking and indexing the briefings new or changed since last read…"))

    def indexing(self, progress: Progress) -> None:
        """How far the briefings that changed are checked and indexed, for how long
        (redrawn every second: a large briefing holds the count for a while), and,
        once only a few are left, which ones are still being read. A folder that
        is one briefing's is named as the path opened, and once."""
        self._progress = progress
        if self._started is None:
            self._started = time.monotonic()
        if self._clock is None and self.is_current:  # (not for a screen gone: see _say)
            self._clock = self.set_interval(1.0, self._show_progress)
        self._show_progress()

    def _show_progress(self) -> None:
        progress, started = self._progress, self._started
        if progress is None or started is None:
            return
        if self._alone:  # "Still reading big" read as an adjective (a new user's trial)
            where = f" in {visible_line(self.opening)}" if self.opening else ""
            line = f"Indexing the briefing{where} (new or changed)…"
        elif progress.total == 1:  # "Indexing 0 of 1 briefings" (a new user's trial)
            line = "Indexing 1 briefing (new or changed)…"
        else:
            line = f"Indexing {progress.done} of {progress.total} briefings (new or changed)…"
        seconds = int(time.monotonic() - started)
        if seconds:
            line += f" {seconds} s"
        if progress.left and not self._alone:
            # Folder names are the content's, not ours: every character shown as
            # itself, each quoted ("Still reading big" read as an adjective).
            line += "\nStill reading " + ", ".join(f"“{visible_line(n)}”" for n in progress.left)
        if line != self._shown:  # the build reports ten times a second, mostly the same
            self._say(plain(line))

    def waiting(self, message: str) -> None:
        """Another process holds the index's lock: say which, and for how long at most."""
        said = visible_line(message)  # "waiting for process 5247 ..., which is writing ..."
        self._say(plain(said[:1].upper() + said[1:]))

    def _say(self, text: Content) -> None:
        """Shown while the screen is; said to nobody once it is gone. The index
        keeps these callbacks, and calls them again for a file it rebuilds
        later (one found damaged when a search reads it): that must not fail."""
        self._shown = text.plain
        self._said = text
        for line in self.query("#loading-text").results(Static):
            line.update(text)


class FailureScreen(Screen[None]):
    """What the reader shows when opening failed: one clear message, no traceback."""

    CSS_PATH = "loading.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "quit", "Quit", id="failure.quit")]

    def __init__(self, message: str, status: int = 2) -> None:
        """`status`: the reader's exit status on quitting from here; never 0, as
        nothing asked for was opened (it was, and a script went on as if it had),
        and never 1, which is Textual's for an app ended by a crash
        (briefing.screens.process: quitting from here was reported as one)."""
        super().__init__()
        self.message = message
        self.status = status

    def action_quit(self) -> None:
        self.app.exit(return_code=self.status)

    def compose(self) -> ComposeResult:
        quit_key = key_shown(self.app, FailureScreen.BINDINGS, "failure.quit")
        yield Static(plain(f"{self.message}\n\nPress {quit_key} to quit."))
