"""What opens over a large briefing's first rows learns of the whole when it is read.

A large briefing shows its first rows at once and reads the rest in a
worker (briefing.index.preview). A screen opened over them meanwhile (the
summary, a record's details, the quote viewer) shows what is known, and says what is not yet;
the briefing screen hands it the whole when it comes, and what the reader
remembers once that is read (neither is there before the whole).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from briefing.records.queries import BriefingQueries
from briefing.screens.remembering import Remembering


@runtime_checkable
class OverFirstRows(Protocol):
    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read since the screen opened on its first rows;
        `quotes`: the quotes pane's ids, as it lists them now (the viewer's n and p)."""

    def show_remembered(self, remembering: Remembering) -> None:
        """What the reader remembers of the briefing, read since the screen opened."""
