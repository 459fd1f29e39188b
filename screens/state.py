"""What the briefing screen shows, as one immutable value.

A `ReaderState` holds the record filter (an actor or an event), the active
pane, for each pane the text of its `/` filter and the record under its
cursor, and what was open over the panes (the quote viewer, a record's
details) when the reader left it. The screen shows a state, keeps the states
it left in a history for Backspace, and works out the next one with the
methods below: every step a user takes is a new state, so two views can be
compared, and going back restores the filters, the pane, the rows and the
quote or details that were open exactly.

The live values have one owner each: the filter box its text, the list its
cursor, the screen the rest. A state is a record of them, not a second copy
that anything edits.

No Textual here: the transitions are plain functions of a value, tested as such.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from briefing.records.refs import Kind, RecordRef
from briefing.records.words import SearchQuery


class PaneName(StrEnum):
    """The briefing screen's panes, in their Tab order (also their widget ids)."""

    ACTORS = "actors"
    CHRONOLOGY = "chronology"
    QUOTES = "quotes"


PANES = tuple(PaneName)
#: The pane that lists each kind of record.
PANE_OF: dict[Kind, PaneName] = {
    Kind.ACTOR: PaneName.ACTORS,
    Kind.EVENT: PaneName.CHRONOLOGY,
    Kind.QUOTE: PaneName.QUOTES,
}
#: The kinds of record the panes can be narrowed to.
THREADS = frozenset({Kind.ACTOR, Kind.EVENT})


@dataclass(frozen=True, slots=True)
class PaneState:
    """One pane: its `/` filter's text, and the id of the record under its cursor.

    `selected` None: the cursor stays where it is if that record is still
    listed (else the first record).
    """

    text: str = ""
    selected: str | None = None


_NO_PANE = PaneState()


@dataclass(frozen=True, slots=True)
class QuoteOverlay:
    """The quote viewer on `quote`, stepping through `order`, the full text or not."""

    quote: str
    order: tuple[str, ...]
    full: bool = False
    #: opened from Find: its Back is Back to the results (also once opened again)
    from_search: bool = False


@dataclass(frozen=True, slots=True)
class DetailsOverlay:
    """The details of an actor or an event."""

    record: RecordRef
    #: opened from Find: its Back is Back to the results (also once opened again)
    from_search: bool = False


@dataclass(frozen=True)
class SearchTarget:
    """A result chosen in Find: what to open, and the query, to highlight its words there."""

    briefing_id: str
    kind: str
    record_id: str
    query: SearchQuery
    #: for a passage: where it starts in its source text
    passage_start: int = 0

    def same_result(self, other: SearchTarget) -> bool:
        """Whether `other` is the same result (of the same words or not)."""
        return (self.briefing_id, self.kind, self.record_id, self.passage_start) == (
            other.briefing_id,
            other.kind,
            other.record_id,
            other.passage_start,
        )


@dataclass(frozen=True, slots=True)
class SearchOverlay:
    """Find's results, open on the result `chosen` (its words, its row selected)."""

    chosen: SearchTarget


@dataclass(frozen=True, slots=True)
class PinsOverlay:
    """The list of pins and notes, open on the record whose key is `row`."""

    row: str | None


#: What may be open over the panes on one record (Find and the pins are overlays too).
RecordOverlay = QuoteOverlay | DetailsOverlay


@dataclass(frozen=True, slots=True)
class Jump:
    """A step to `record` taken from over the panes (`a`, `e`, the palette).

    `narrow`: narrow the panes to the record's thread (`a`, `e`, Enter in
    details); else show it with no filter (the palette). `origin`: what was
    open when the step was taken, for Backspace to open again.
    """

    record: RecordRef
    narrow: bool
    origin: RecordOverlay | PinsOverlay | None = None


@dataclass(frozen=True, slots=True)
class ReaderState:
    #: the actor or event the other panes are narrowed to
    record_filter: RecordRef | None = None
    #: an actor's filter takes in its members' records too (a state's
    #: ministers, an agency's people: Enter again on it)
    with_members: bool = False
    active: PaneName = PaneName.ACTORS
    panes: tuple[PaneState, PaneState, PaneState] = (_NO_PANE, _NO_PANE, _NO_PANE)
    #: what was open over the panes (only in a state kept for Backspace):
    #: the viewer, details, or Find's results a record was opened from
    overlay: RecordOverlay | SearchOverlay | PinsOverlay | None = None

    def pane(self, name: PaneName) -> PaneState:
        return self.panes[PANES.index(name)]

    def with_pane(self, name: PaneName, pane: PaneState) -> ReaderState:
        panes = list(self.panes)
        panes[PANES.index(name)] = pane
        return replace(self, panes=(panes[0], panes[1], panes[2]))

    def with_active(self, name: PaneName) -> ReaderState:
        return replace(self, active=name)

    def filtered_by(self, ref: RecordRef) -> ReaderState:
        """Narrowed to an actor's or an event's thread, from its own pane,
        with that record under the cursor."""
        if ref.kind not in THREADS:
            raise ValueError(f"only an actor or an event narrows the panes, not {ref}")
        name = PANE_OF[ref.kind]
        pane = replace(self.pane(name), selected=ref.id)
        return replace(
            self.with_pane(name, pane), record_filter=ref, with_members=False, active=name
        )

    def with_members_too(self, on: bool = True) -> ReaderState:
        """The actor's filter with its members' records too (`on`), or without."""
        return replace(self, with_members=on)

    def without_text(self, name: PaneName | None = None) -> ReaderState:
        """The `/` filter of pane `name` cleared (of every pane: None); its row kept."""
        names = PANES if name is None else (name,)
        state = self
        for each in names:
            pane = state.pane(each)
            if pane.text:
                state = state.with_pane(each, replace(pane, text=""))
        return state

    def cleared_once(self) -> ReaderState:
        """One Esc: the active pane's `/` filter first, then the record filter,
        then the other panes' `/` filters (the state itself when nothing filters)."""
        if self.pane(self.active).text:
            return self.without_text(self.active)
        if self.record_filter is not None:
            return self.unfiltered()
        return self.without_text()

    def with_overlay(
        self, overlay: RecordOverlay | SearchOverlay | PinsOverlay | None
    ) -> ReaderState:
        return replace(self, overlay=overlay)

    def jumped(self, jump: Jump) -> ReaderState:
        """Where `jump` leads from this state (nothing open over the panes)."""
        state = self.with_overlay(None)
        return state.filtered_by(jump.record) if jump.narrow else state.showing(jump.record)

    def unfiltered(self) -> ReaderState:
        """The whole briefing again: no record filter (the `/` filters stay)."""
        return replace(self, record_filter=None, with_members=False)

    def showing(self, ref: RecordRef) -> ReaderState:
        """The record in its own pane, under the cursor, with no filter at all.

        A jump (the palette) is a fresh look at the whole briefing from the
        record: a filter left in place would hide it, or, kept but overruled,
        would leave a box that says one thing above a list that shows another.
        Nothing is lost: Backspace returns to the state before, filters and all.
        """
        name = PANE_OF[ref.kind]
        state = replace(
            self, record_filter=None, with_members=False, panes=(_NO_PANE, _NO_PANE, _NO_PANE)
        )
        return state.with_pane(name, PaneState(selected=ref.id)).with_active(name)


class History:
    """The states the reader left, for Backspace: the latest last."""

    def __init__(self) -> None:
        self._states: list[ReaderState] = []

    def __len__(self) -> int:
        return len(self._states)

    def push(self, state: ReaderState) -> None:
        self._states.append(state)

    def keep(self, holds: Callable[[ReaderState], bool]) -> None:
        """Forget the states `holds` refuses (they show records that are gone)."""
        self._states = [state for state in self._states if holds(state)]

    def back(self, current: ReaderState) -> ReaderState | None:
        """The latest state that differs from `current` (None: nothing to go back to).

        The same state twice (a thread chosen twice in one burst of keys)
        would make a Backspace that does nothing: it is stepped over.
        """
        while self._states:
            state = self._states.pop()
            if state != current:
                return state
        return None
