"""The library's `P`: the pins and notes of every briefing, in the rows of the briefing's `P`.

Enter opens the record's briefing on it. The pins of a briefing that is not
in the library, or does not open, are listed all the same (nothing kept is
hidden), but Enter is not offered on them: the footer dims it, each row
says why, and so does Enter pressed all the same. So for a record no longer
in its briefing (removed, or its id renamed), found once the list is shown
(each briefing with pins is read in a worker): its row said nothing, a quote
renamed was listed twice alike, and Enter on the gone one opened its
briefing at its first quote (a trial of a shared desk). A note whose record
changed since is flagged as in the briefing's own list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefing.index.store import BriefingSummary
from briefing.records.model import Briefing
from briefing.records.refs import RecordRef
from briefing.records.text import counted, visible_line
from briefing.screens.bound_keys import briefing_key, key_shown, list_key
from briefing.screens.footer import KeysFooter
from briefing.screens.keeper import (
    NOTHING_KEPT,
    Keeper,
    KeptIn,
    KeptStandings,
    move_in,
    standings_in,
)
from briefing.screens.pins import GONE, Kept, KeptList, layout, reads_as_now
from briefing.screens.record_list import RecordList
from briefing.screens.remembering import edit_note_with, say_moved, say_pin_saved
from briefing.screens.safe import join, plain
from briefing.userdata.keys import RecordKey
from briefing.userdata.reading import Standing, all_kept, kept_note, rewrite_kept_note
from briefing.userdata.storefile import NOTES, PINS, Document


class LibraryPinsScreen(Screen["PinChoice | None"]):
    """Every briefing's pins and notes; dismisses with (briefing id, record) to open.

    `*` unpins a record, of any briefing, even of one no longer in the library
    (the only place those can be unpinned). The row stays listed, unpinned, for
    as long as the screen is shown, and `*` again pins it back as it was.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="library_pins.back"),
        Binding("asterisk", "pin", "Unpin or pin again", id="library_pins.pin"),
        Binding("w", "note", "Note", id="library_pins.note"),
        Binding("m", "move", "Move it", id="library_pins.move"),
    ]

    def __init__(
        self,
        keeper: Keeper,
        summaries: Sequence[BriefingSummary],
        read: Callable[[str], Briefing] | None = None,
    ) -> None:
        """`read`: a briefing of the library by id (its records are compared with
        the pins and notes); None: they are listed as kept."""
        super().__init__()
        self.keeper = keeper
        self.read = read
        #: per briefing, how the record of each pin and note stands, once read
        self.standings: dict[str, KeptIn] = {}
        self.store = keeper.store
        #: the pins taken off while the screen is shown, by record key, as they were
        self.unpinned: dict[str, Document] = {}
        self.titles = {s.id: s.title or s.folder for s in summaries if s.id is not None and s.opens}
        #: the briefings of the library that do not open (errors), by id
        self.broken = {s.id: s.folder for s in summaries if s.id is not None and not s.opens}

    CSS_PATH = "pins.tcss"

    def compose(self) -> ComposeResult:
        yield KeptList()
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_rows()
        self.query_one(KeptList).listing.focus()
        if self.read is not None:
            ids = sorted({key.briefing for key, _, _ in self.listed()} & self.titles.keys())
            self.keeper.kept_standings(self.read, ids, self.take_standings)

    def take_standings(self, standings: KeptStandings) -> None:
        """How the records of the pins and notes stand, read: their rows say so."""
        self.standings.update(standings)
        if self.is_attached:
            self.show_rows()

    def standing(self, key: RecordKey) -> Standing:
        return self.standings.get(key.briefing, NOTHING_KEPT).standings.get(key, Standing.CURRENT)

    def renamed(self, key: RecordKey) -> RecordKey | None:
        """The one record of its briefing that reads as the gone record `key` did."""
        return self.standings.get(key.briefing, NOTHING_KEPT).renamed.get(key)

    def chosen(self) -> Kept | None:
        return self.query_one(KeptList).chosen()

    def show_rows(self) -> None:
        groups: dict[str, list[Kept]] = {}
        move = key_shown(self.app, LibraryPinsScreen.BINDINGS, "library_pins.move")
        for key, pin, note in self.listed():
            last = note or pin or self.unpinned.get(str(key), {})
            text = note["text"] if note is not None else None
            standing = self.standing(key)
            why = self.unopened(key.briefing) or (GONE if standing is Standing.REMOVED else "")
            target = self.renamed(key) if standing is Standing.REMOVED else None
            if target is not None and (pin is not None or note is not None):
                why = f"{GONE}, {reads_as_now(target, move)}"
            kept = Kept(key, last.get("record", ""), pin is not None, text, standing, unopened=why)
            groups.setdefault(key.briefing, []).append(kept)
        records = [kept for group in groups.values() for kept in group]
        order = sorted(groups, key=lambda b: (b not in self.titles, b))
        headings = [(self.heading(b), groups[b]) for b in order]
        count = counted(sum(1 for kept in records if kept.kept), "pinned or noted record")
        enter = list_key(self.app, "select")
        unpin, note_key = (
            key_shown(self.app, LibraryPinsScreen.BINDINGS, f"library_pins.{a}")
            for a in ("pin", "note")
        )
        title = join(
            plain("Pins and notes of every briefing", "bold"),
            plain(f"  {count}", "dim"),
            plain(
                f"   {enter}: open the briefing on it · {unpin}: unpin · {note_key}: its note",
                "dim",
            ),
        )
        empty = (
            f"Nothing pinned or noted yet: in a briefing, {briefing_key(self.app, 'briefing.pin')} "
            f"pins the record under the cursor and {briefing_key(self.app, 'briefing.note')} "
            "writes a note on it."
        )
        self.query_one(KeptList).show(records, layout(headings), title, empty)

    def listed(self) -> list[tuple[RecordKey, Document | None, Document | None]]:
        """Every pinned or noted record (`all_kept`), and those unpinned here since."""
        kept = all_kept(self.store)
        listed = {str(key) for key, _, _ in kept}
        for text in self.unpinned.keys() - listed:
            key = RecordKey.parse(text)
            if key is not None:
                kept.append((key, None, None))
        return sorted(kept, key=lambda item: item[0].listed_order())

    def action_pin(self) -> None:
        """Unpin the record, or pin it again as it was if it was unpinned here."""
        record = self.chosen()
        if record is None:
            return
        key = str(record.key)
        document = self.store.get(PINS, key)
        if document is not None:
            self.unpinned[key] = document
            self.store.put(PINS, key, None)
            said = "Unpinned"
        elif key in self.unpinned:
            self.store.put(PINS, key, self.unpinned.pop(key))
            said = "Pinned again"
        else:  # a note only: pinning needs the record as it is now, in its briefing
            self.notify(
                f"Open its briefing to pin it: {briefing_key(self.app, 'briefing.pin')} there "
                "pins the record under the cursor.",
                markup=False,
                timeout=3,
            )
            return
        told = f"{said}: {visible_line(record.record)}"
        pinned = said != "Unpinned"
        app = self.app
        self.keeper.changed(then=lambda outcome: say_pin_saved(app, told, pinned, outcome))
        self.show_rows()

    def action_note(self) -> None:
        """Edit, or empty to delete, the note on the record, of any briefing: one
        of a briefing no longer in the library could be edited nowhere (a trial).
        A new note is written in the record's briefing, where the record is."""
        record = self.chosen()
        if record is None:
            return
        key = record.key
        self.store.refresh()  # the note as another reader may have saved it meanwhile
        note = kept_note(self.store, key)
        if note is None:
            there = briefing_key(self.app, "briefing.note")
            self.notify(
                f"Open its briefing to write a note on it: {there} there notes the record "
                "under the cursor.",
                markup=False,
                timeout=4,
            )
            return

        known = self.store.get(NOTES, str(key))  # as the editor opens on it (see Remembering)

        def write(text: str, tie: bool) -> bool:
            # tied to the record as it was noted whatever the key: its briefing
            # is not open here, and may be in no library
            return rewrite_kept_note(self.store, key, text, known)

        edit_note_with(self.keeper, record.record, key, note, write, self.show_rows)

    def unopened(self, briefing_id: str) -> str:
        """Why Enter cannot open the briefing, in its rows ("": it can)."""
        if briefing_id in self.titles:
            return ""
        if briefing_id in self.broken:
            return "its briefing does not open: it has errors"
        return "its briefing is not in this library"

    def heading(self, briefing_id: str) -> str:
        """The heading of the briefing's group: its title, or why it does not open."""
        if briefing_id in self.titles:
            return self.titles[briefing_id]
        if briefing_id in self.broken:
            return f"{briefing_id} (in {self.broken[briefing_id]}/, which does not open)"
        return f"{briefing_id} (not in this library)"

    def on_record_list_selected(self, event: RecordList.Selected) -> None:
        event.stop()
        record = self.chosen()
        if record is None or record.unopened:  # (Enter is not offered on those)
            return
        briefing_id = record.key.briefing
        if briefing_id not in self.standings and self.read is not None:
            # Enter before the worker said: this one briefing read now, at once
            self.standings[briefing_id] = standings_in(self.store, self.read, briefing_id)
            if self.standing(record.key) is Standing.REMOVED:
                self.show_rows()
                self.query_one(KeptList).refused(str(record.key))
                return
        self.dismiss((briefing_id, record.key.ref))

    def action_close(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`m` shown where a record gone reads as one that is in its briefing now
        (as in the briefing's own `P`): dimmed on the other rows while there is
        one, not shown at all otherwise."""
        if action != "move":
            return True
        record = self.chosen()
        if record is not None and record.kept and self.renamed(record.key) is not None:
            return True
        return None if any(kept.renamed for kept in self.standings.values()) else False

    def action_move(self) -> None:
        """The pin and note of a record gone, onto the record of its briefing that
        reads as it did: the library's list was the only place that said the
        record was gone, and sent the user to the briefing to move them."""
        record = self.chosen()
        target = self.renamed(record.key) if record is not None else None
        if record is None or target is None or self.read is None:
            return
        self.store.refresh()  # as another reader may have saved them meanwhile
        key, briefing_id = str(record.key), record.key.briefing
        kept_there = self.store.get(NOTES, key) is not None or self.store.get(PINS, key) is not None
        moved = move_in(self.store, self.read, record.key) if kept_there else None
        if moved is None:  # another window moved them, or the briefing changed
            self.standings[briefing_id] = standings_in(self.store, self.read, briefing_id)
            self.show_rows()
            self.query_one(KeptList).listing.move_to(str(target))
            said = (
                "No record of its briefing reads as it did now: nothing to move it onto."
                if kept_there
                else "Nothing left to move: another window moved or removed its note and pin "
                "meanwhile (listed as they are now)."
            )
            self.notify(said, markup=False, timeout=5)
            return
        said, target, self.standings[briefing_id] = moved
        self.unpinned.pop(key, None)  # (`*` again would pin the gone record, not the moved one)
        self.keeper.recount(briefing_id)  # the record moved onto is seen: fewer "new"
        app = self.app
        self.keeper.changed(then=lambda outcome: say_moved(app, said, outcome))
        self.show_rows()
        self.refresh_bindings()
        self.query_one(KeptList).listing.move_to(str(target))


#: What LibraryPinsScreen dismisses with: the briefing to open, and the record to show.
PinChoice = tuple[str, RecordRef | None]
