"""Going between screens: back past the start of a screen's own history, and the
app-wide requests to open another screen (the app answers them).

The messages live here, apart from the screens that handle or are opened by
them, so that the app can listen for them without importing those screens
before they are first shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message
from textual.screen import Screen

from briefing.records.refs import RecordRef
from briefing.screens.state import SearchTarget


@dataclass(eq=False)
class BackPastStart(Message):
    """Back was asked for where the screen has nothing left to go back to.

    The app decides what lies behind: the library the briefing was opened
    from, or nothing.
    """

    screen: Screen[Any]
    #: the briefing the screen shows, to find again in the library
    briefing_id: str | None = None
    #: say nothing when there is nowhere to go (Esc, which clears first)
    quiet: bool = False
    #: the result of the library's Find the briefing was opened for: back to those results
    search: SearchTarget | None = None

    @property
    def control(self) -> Screen[Any]:
        return self.screen


@dataclass(eq=False)
class OpenBriefing(Message):
    """Open this briefing (on `record`, when one is given), from the library `screen`."""

    screen: Screen[Any]
    briefing_id: str
    record: RecordRef | None = None

    @property
    def control(self) -> Screen[Any]:
        return self.screen


@dataclass(eq=False)
class ShowElsewhere(Message):
    """List the briefings where this actor of this briefing also appears (from `screen`)."""

    screen: Screen[Any]
    briefing_id: str
    actor_id: str
    name: str

    @property
    def control(self) -> Screen[Any]:
        return self.screen


@dataclass(eq=False)
class ShowSearchResult(Message):
    """Open the target's briefing, then the target in it (a result of `screen`'s Find)."""

    screen: Screen[Any]
    target: SearchTarget

    @property
    def control(self) -> Screen[Any]:
        return self.screen
