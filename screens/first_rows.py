"""What opens over a large briefing's first rows learns of the whole when it is read.

A large briefing shows its first rows at once and reads the rest in a
worker (briefing.index.preview). A screen opened over them meanwhile (the
summary, a record's details, the quote viewer) shows what is known, and says what is not yet;
the briefing screen hands it the whole when it comes, and what the reader
remembers once that is read (neither is there before the whole), or says
that the rest could not be read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from textual.containers import VerticalScroll
from textual.screen import Screen

from briefing.records.queries import BriefingQueries
from briefing.screens.remembering import Remembering

#: What a screen that waited for the whole says when it could not be read.
NOT_READ = "the rest of the briefing could not be read"


@runtime_checkable
class OverFirstRows(Protocol):
    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read since the screen opened on its first rows;
        `quotes`: the quotes pane's ids, as it lists them now (the viewer's n and p)."""

    def show_remembered(self, remembering: Remembering) -> None:
        """What the reader remembers of the briefing, read since the screen opened."""

    def show_whole_failed(self) -> None:
        """The rest of the briefing could not be read: what waited for it says so,
        rather than that it is on its way (a wait is never endless)."""


async def compose_again(screen: Screen[Any], box_id: str) -> None:
    """`screen` composed again with what it knows now, where the reader was in
    its scrolling box `box_id`, keys still going to it."""
    if not screen.is_attached:
        return  # closed meanwhile
    box = screen.query_one(f"#{box_id}", VerticalScroll)
    line, had_focus = box.scroll_y, screen.focused is box
    await screen.recompose()
    box = screen.query_one(f"#{box_id}", VerticalScroll)
    if had_focus:
        # At once: `focus()` waits its turn behind keys already read, and a
        # PageDown pressed as the box was made again went nowhere.
        screen.set_focus(box)
    box.call_after_refresh(box.scroll_to, y=line, animate=False)
