"""Pins and notes, listed: of the open briefing (`P`); of every briefing, the
library's `P`, is briefing.screens.library_pins, with the same rows.

One row per record that is pinned or has a note: its marks, what it is, the
record in a line, and the first line of the note. The open briefing's are
listed as its panes show them: the briefing, then actors, events in the
chronology's order and quotes in the order said (they were sorted by id).
The open briefing's list says which records changed since they were noted,
and lists the notes and pins whose records are no longer in the briefing
under a heading of their own, with the records' last known text: they are
kept, never dropped.

Enter goes to the record: in the open briefing, its row in its pane (the
briefing itself: its summary, which shows the note on it); in the library,
the briefing opened on it. Enter never opens the note editor, where
Backspace deletes instead of going back: `w` does, as on every other screen.
The library's pins of a briefing that is not in it, or does not open, are
listed all the same (nothing kept is hidden), but Enter is not offered on
them: the footer dims it and each row says why. Nor is it on the open
briefing's records that are no longer in it, under their own heading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing.records.model import Actor, Event, Quote
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind
from briefing.records.text import counted, visible_line
from briefing.screens.actors_pane import HEADINGS
from briefing.screens.bound_keys import briefing_key, key_shown, list_key
from briefing.screens.cells import CUT
from briefing.screens.footer import KeysFooter
from briefing.screens.lines import Line
from briefing.screens.marks import (
    FLAGGED,
    KIND_NAMES,
    NOTE_STYLE,
    NOTED,
    PIN_STYLE,
    PINNED,
)
from briefing.screens.record_list import RecordList, RowLayout
from briefing.screens.remembering import Remembering, say_moved
from briefing.screens.safe import join, plain
from briefing.screens.state import Jump, PinsOverlay
from briefing.userdata.keys import BRIEFING, RecordKey
from briefing.userdata.moving import move_kept, renamed_as
from briefing.userdata.reading import Standing

ROW_HEIGHT = 2


@dataclass(frozen=True)
class Kept:
    """A pinned or noted record, as a row shows it."""

    key: RecordKey
    #: the record in a line: as it is now, or as it last read
    record: str
    pinned: bool
    note: str | None
    standing: Standing = Standing.CURRENT
    #: what its row says of why Enter cannot open it, or of what to do instead ("": nothing)
    unopened: str = ""

    @property
    def kept(self) -> bool:
        """Pinned or noted: not a row unpinned while the library's list is shown."""
        return self.pinned or self.note is not None


def render_row(record: object, width: int) -> list[Content]:
    """`★✎ quote  “the words” — who`, then the note's first line."""
    if isinstance(record, str):
        return [plain(record)]
    assert isinstance(record, Kept)
    marks = [plain(PINNED if record.pinned else " ", PIN_STYLE)]
    marks.append(plain(NOTED if record.note is not None else " ", NOTE_STYLE))
    first = join(
        *marks,
        plain(f" {KIND_NAMES[record.key.kind]:<8} ", "dim"),  # "briefing" is 8 long
        plain(visible_line(record.record)),
    )
    # Where Enter cannot open the record, its row says why (the footer dims Enter).
    why = plain(f"   {record.unopened}", "dim") if record.unopened else Content("")
    if record.note is None:
        return [first, why]
    lines = record.note.strip().splitlines() or [""]
    text = plain(visible_line(lines[0]), "italic")
    if len(lines) > 1:  # its other lines: cut for room
        text = join(text, " ", CUT)
    if record.unopened:
        return [first, join(why, plain(" · ", "dim"), text)]
    if record.standing is Standing.CHANGED:  # the note's text in line with the others'
        room = width - 3 - FLAG_SAID.cell_length
        if text.cell_length > room > 0:  # cut to leave room for what `!` means (a review)
            text = join(text.truncate(room - 1), CUT)
        return [first, join(plain(f" {FLAGGED} ", "$text-warning"), text, FLAG_SAID)]
    return [first, join("   ", text)]


#: After a flagged note's text: what its `!` says (it read "! changed since ·",
#: since what not said, and pushed the text out of line: a trial).
FLAG_SAID = plain("  (the record changed since this note was written)", "dim $text-warning")


def why_not_opened(record: Kept) -> str:
    """What Enter on a row it cannot open says."""
    what = f"the {KIND_NAMES[record.key.kind]} {visible_line(record.record)}"
    if record.unopened and record.standing is not Standing.REMOVED:
        return f"Nothing to open: {record.unopened} ({what})."
    kept = " and ".join(
        name for name, has in (("pin", record.pinned), ("note", record.note is not None)) if has
    )
    # What the row says beyond "no longer in the briefing" (the library's rows
    # say that too: "It no longer in the briefing, reads as …", a review)
    more = record.unopened.removeprefix(GONE).removeprefix(", ")
    return (
        f"Nothing to open: {what} is {GONE} (removed, or its id "
        f"changed). Its {kept} {'are' if ' and ' in kept else 'is'} kept, as it last read."
        + (f" It {more}." if more else "")  # m moves it there
    )


#: What the row of a record no longer in its briefing says (the library's).
GONE = "no longer in the briefing"


def reads_as_now(target: RecordKey, move: str) -> str:
    """What a gone record's row says of the record it reads as now, and the key
    (`move`) that moves its pin and note there."""
    return f"reads as the {KIND_NAMES[target.kind]} {target.id} now: {move} moves it there"


def layout(groups: Sequence[tuple[str, Sequence[Kept]]]) -> RowLayout:
    """Rows under a heading per group (empty groups left out)."""
    ids: list[str | None] = []
    rows: list[object] = []
    heights: list[int] = []
    for heading, kept in groups:
        if not kept:
            continue
        ids.append(None)
        # rows unpinned while the list is shown stay listed, uncounted (as in its title)
        rows.append(f"{heading} ({sum(1 for k in kept if k.kept)})")
        heights.append(1)
        ids.extend(str(k.key) for k in kept)
        rows.extend(kept)
        heights.extend([ROW_HEIGHT] * len(kept))
    return RowLayout.of(ids, rows, heights)


class KeptList(Vertical):
    """A title, the rows of pinned and noted records, a line for when there are none."""

    DEFAULT_CSS = """
    KeptList { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.records: list[Kept] = []
        #: the rows whose record Enter cannot open (`Kept.unopened`, or no longer there)
        self.unopened: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Line(id="pins-title")
        yield Static(id="pins-empty")
        yield RecordList(
            render_row,
            opens=lambda row: row not in self.unopened,
            refused=self.refused,
            id="pins-list",
        )

    @property
    def listing(self) -> RecordList:
        return self.query_one("#pins-list", RecordList)

    def show(self, records: list[Kept], layout: RowLayout, title: Content, empty: str) -> None:
        self.records = records
        self.unopened = {
            str(kept.key)
            for kept in records
            if kept.unopened or kept.standing is Standing.REMOVED  # nothing to go to
        }
        self.listing.set_rows(layout, self.listing.highlighted_id)
        self.listing.redraw()  # a row pinned or noted since is drawn anew
        self.query_one("#pins-title", Static).update(title)
        none = self.query_one("#pins-empty", Static)
        none.display = not layout.index_of
        none.update(plain(empty, "dim italic"))

    def chosen(self) -> Kept | None:
        """The record under the cursor."""
        row_id = self.listing.highlighted_id
        return next((r for r in self.records if str(r.key) == row_id), None)

    def refused(self, row_id: str) -> None:
        """Enter on a row it cannot open (dimmed in the footer): say why. An
        orphaned note's row did nothing and said nothing (a trial)."""
        record = next((r for r in self.records if str(r.key) == row_id), None)
        if record is not None:
            self.notify(why_not_opened(record), markup=False, timeout=5)


def shown_order(
    queries: BriefingQueries, keys: Iterable[RecordKey]
) -> Callable[[RecordKey], tuple[int, int, str]]:
    """The sort key of the rows of `keys`: the briefing, then its actors, events
    and quotes as the panes list them; records no longer in it last of their kind.

    Only the places of `keys` are looked for, in one pass over each kind that
    has some: a dict of the places of every record took 60 ms at x1000 (74,000
    records) for the handful of rows a user keeps.
    """
    wanted: dict[str, set[str]] = {}
    for key in keys:
        wanted.setdefault(key.kind, set()).add(key.id)
    places: dict[tuple[str, str], int] = {}
    # The actors pane lists them under its headings: people first, then
    # organisations, states and groups (the bundled briefing's file: states
    # first), each heading's in the briefing's order.
    ranks = {kind: rank for rank, kind in enumerate(HEADINGS)}
    sections: tuple[tuple[str, Sequence[Actor | Event | Quote]], ...] = (
        (Kind.ACTOR, queries.actors),
        (Kind.EVENT, queries.chronology),
        (Kind.QUOTE, queries.quotes),
    )
    for kind, records in sections:
        ids = wanted.get(str(kind))
        if not ids:
            continue
        count = len(records)
        for place, record in enumerate(records):
            if record.id in ids:
                heading = ranks.get(record.kind, len(ranks)) if isinstance(record, Actor) else 0
                places[(str(kind), record.id)] = heading * count + place
    beyond = len(queries.actors) * (len(ranks) + 1) + len(queries.chronology) + len(queries.quotes)
    kinds = [BRIEFING, *(kind for kind, _ in sections)]

    def order(key: RecordKey) -> tuple[int, int, str]:
        kind = kinds.index(key.kind) if key.kind in kinds else len(kinds)
        return kind, places.get((key.kind, key.id), beyond), key.id

    return order


class PinsScreen(Screen[Jump | None]):
    """The open briefing's pins and notes; dismisses with a Jump to a record, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="pins.back"),
        Binding("asterisk", "pin", "Pin or unpin", id="pins.pin"),
        Binding("w", "note", "Note", id="pins.note"),
        Binding("m", "move", "Move it", id="pins.move"),
    ]

    def __init__(
        self, remembering: Remembering, queries: BriefingQueries, row: str | None = None
    ) -> None:
        """`row`: the key of the record to select (Back to the list from it)."""
        super().__init__()
        self.remembering = remembering
        self.queries = queries
        self.briefing = queries.briefing
        self.row = row
        #: for each record no longer in the briefing, by key, the one record
        #: that reads as it last did, its id renamed most likely (`renamed_as`)
        self.renamed: dict[str, RecordKey] = {}

    CSS_PATH = "pins.tcss"

    def compose(self) -> ComposeResult:
        yield KeptList()
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_rows()
        listing = self.query_one(KeptList).listing
        if self.row is not None:
            listing.move_to(self.row)
        listing.focus()

    def chosen(self) -> Kept | None:
        return self.query_one(KeptList).chosen()

    def show_rows(self) -> None:
        memory = self.remembering.memory
        pins = {pin.key: pin for pin in memory.pins()}
        notes = {note.key: note for note in memory.notes()}
        records = []
        kept = set(pins) | set(notes)
        self.renamed = {}
        move = key_shown(self.app, PinsScreen.BINDINGS, "pins.move")
        for key in sorted(kept, key=shown_order(self.queries, kept)):
            pin, note = pins.get(key), notes.get(key)
            now = memory.record_text(key)
            last = note.record if note is not None else pin.record if pin is not None else ""
            standing = note.standing if note is not None else Standing.CURRENT
            moves = ""
            if now is None:
                standing = Standing.REMOVED
                target = renamed_as(memory, key)
                if target is not None:
                    self.renamed[str(key)] = target
                    moves = reads_as_now(target, move)
            records.append(
                Kept(
                    key,
                    now or last,
                    pin is not None,
                    note.text if note is not None else None,
                    standing,
                    unopened=moves,
                )
            )
        here = [k for k in records if k.standing is not Standing.REMOVED]
        gone = [k for k in records if k.standing is Standing.REMOVED]
        groups = [("Pinned or noted", here), ("No longer in the briefing", gone)]
        enter, note_key = (
            list_key(self.app, "select"),
            key_shown(self.app, PinsScreen.BINDINGS, "pins.note"),
        )
        pin_there, note_there = (briefing_key(self.app, f"briefing.{a}") for a in ("pin", "note"))
        title = join(
            plain("Pins and notes", "bold"),
            plain(f"  {counted(len(pins), 'pin')}, {counted(len(notes), 'note')}", "dim"),
            plain(f"   {enter}: go to the record · {note_key}: its note", "dim"),
        )
        empty = (
            f"Nothing pinned or noted in this briefing yet: {pin_there} pins the record under "
            f"the cursor, {note_there} writes a note on it."
        )
        self.query_one(KeptList).show(records, layout(groups), title, empty)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`m` shown where a record gone reads as one that is here: dimmed on the
        other rows while there is one, not shown at all otherwise."""
        if action != "move":
            return True
        record = self.chosen()
        if record is not None and str(record.key) in self.renamed:
            return True
        return None if self.renamed else False

    def on_record_list_selected(self, event: RecordList.Selected) -> None:
        event.stop()
        record = self.chosen()
        if record is None:
            return
        ref = record.key.ref
        if ref is None:
            self.show_summary()
        elif record.standing is not Standing.REMOVED:  # (Enter is not offered on those)
            # Backspace there comes back to this list, on this row
            self.dismiss(Jump(ref, narrow=False, origin=PinsOverlay(str(record.key))))

    def show_summary(self) -> None:
        """The briefing itself, with the note on it; Backspace comes back here."""
        from briefing.screens.summary import SummaryScreen

        note = self.remembering.note_block(None)
        self.app.push_screen(SummaryScreen(self.briefing, note))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_pin(self) -> None:
        record = self.chosen()
        ref = record.key.ref if record is not None else None
        if record is None or ref is None:
            return
        if record.standing is Standing.REMOVED and not record.pinned:
            self.notify(
                "The record is no longer in the briefing: it cannot be pinned.",
                markup=False,
                timeout=3,
            )
            return
        self.remembering.toggle_pin(self, ref)
        self.show_rows()

    def action_note(self) -> None:
        record = self.chosen()
        if record is not None:
            self.remembering.edit_note(record.key.ref, self.show_rows)

    def action_move(self) -> None:
        """The pin and note of a record gone, onto the record that reads as it did."""
        record = self.chosen()
        target = self.renamed.get(str(record.key)) if record is not None else None
        if record is None or target is None:
            return
        self.remembering.look_again()  # as another reader may have saved them meanwhile
        said = move_kept(self.remembering.memory, record.key, target)
        app = self.app
        self.remembering.keeper.changed(then=lambda outcome: say_moved(app, said, outcome))
        self.show_rows()
        self.query_one(KeptList).listing.move_to(str(target))
