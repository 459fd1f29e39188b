"""Going between screens: back past the start of a screen's own history, and the
app-wide requests to open another screen (the app answers them).

The messages live here, apart from the screens that handle or are opened by
them, so that the app can listen for them without importing those screens
before they are first shown.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message
from textual.screen import Screen

from briefing.records.refs import RecordRef
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


class OpenBriefing(Message):
    """Open this briefing (on `record`, when one is given), from the library `screen`."""

    def __init__(
        self, screen: Screen[Any], briefing_id: str, record: RecordRef | None = None
    ) -> None:
        self.screen_ = screen
        self.briefing_id = briefing_id
        self.record = record
        super().__init__()

    @property
    def control(self) -> Screen[Any]:
        return self.screen_


class ShowElsewhere(Message):
    """List the briefings where this actor of this briefing also appears."""

    def __init__(self, briefing_id: str, actor_id: str, name: str) -> None:
        self.briefing_id = briefing_id
        self.actor_id = actor_id
        self.name = name
        super().__init__()


class ShowSearchResult(Message):
    """Open the target's briefing, then the target in it."""

    def __init__(self, target: SearchTarget) -> None:
        self.target = target
        super().__init__()
