"""A typed reference to one record of a briefing: its kind and its id.

Screens pass these between them (the palette, the quote viewer, the briefing
screen's history), and exports will name records by them, instead of
`("actor", "liz-truss")` string pairs that any typo turns into another kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """The sections of a briefing whose records have ids."""

    ACTOR = "actor"
    EVENT = "event"
    QUOTE = "quote"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class RecordRef:
    """One record of a briefing, by kind and id (`actor:liz-truss`)."""

    kind: Kind
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"
