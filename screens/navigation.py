"""Going back past the start of a screen's own history, to the screen it came from."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.message import Message
from textual.screen import Screen

from briefing.screens.library import LibraryScreen
from briefing.screens.state import SearchTarget


class BackPastStart(Message):
    """Back was asked for where the screen has nothing left to go back to.

    The app decides what lies behind: the library the briefing was opened
    from, or nothing.
    """

    def __init__(
        self,
        screen: Screen[Any],
        briefing_id: str | None = None,
        quiet: bool = False,
        search: SearchTarget | None = None,
    ) -> None:
        self.screen = screen
        #: the briefing the screen shows, to find again in the library
        self.briefing_id = briefing_id
        #: say nothing when there is nowhere to go (Esc, which clears first)
        self.quiet = quiet
        #: the result of the library's Find the briefing was opened for: back to those results
        self.search = search
        super().__init__()

    @property
    def control(self) -> Screen[Any]:
        return self.screen


def go_back(app: App[Any], message: BackPastStart) -> None:
    """Back to the library under `message.screen`, on the briefing's row (or to
    the library's Find results the briefing was opened from); else say there is
    nowhere to go."""
    stack = app.screen_stack
    if message.screen is not app.screen or len(stack) < 2:
        return  # a Backspace of a burst: the screen has gone already
    below = stack[-2]
    if not isinstance(below, LibraryScreen):
        if not message.quiet:
            app.notify("Nothing to go back to.", markup=False, timeout=2)
        return
    app.pop_screen()
    if message.briefing_id is not None:
        below.show_briefing(message.briefing_id)
    if message.search is not None:
        below.find_again(message.search)
