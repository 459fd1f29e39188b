"""One open briefing's memory, as its screens use it: seen, pin, note, and what to show.

The briefing screen makes one when the briefing's memory is ready
(briefing.screens.keeper) and hands it to the quote viewer, the details and
the pins screen it opens, so each marks what it shows as seen, pins and
notes the record it shows, and shows its note, the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.content import Content
from textual.screen import Screen

from briefing.records.refs import RecordRef
from briefing.records.text import visible_line
from briefing.screens.keeper import Keeper, SaveOutcome
from briefing.screens.marks import KIND_NAMES, note_block
from briefing.screens.safe import plain
from briefing.userdata.keys import RecordKey
from briefing.userdata.reading import BriefingMemory, Mark, Note

if TYPE_CHECKING:
    from briefing.screens.note_editor import Written


class Remembering:
    def __init__(self, memory: BriefingMemory, keeper: Keeper) -> None:
        self.memory = memory
        self.keeper = keeper

    def look_again(self) -> None:
        """The pins and notes as saved now: another reader open at the same time
        may have saved some since this one last read or wrote them."""
        self.keeper.store.refresh()

    def key(self, ref: RecordRef | None) -> RecordKey:
        """The record's key; None: the briefing itself."""
        memory = self.memory
        return memory.briefing_key if ref is None else memory.key(ref.kind, ref.id)

    def seen(self, ref: RecordRef) -> None:
        """The record is on screen in full: it is no longer new or changed."""
        if self.memory.seen(self.key(ref)):
            self.keeper.changed(at_once=False)

    def mark(self, ref: RecordRef) -> Mark | None:
        """Whether the record is new or changed (until `seen`)."""
        return self.memory.mark(self.key(ref))

    def pinned(self, ref: RecordRef) -> bool:
        return self.memory.pinned(self.key(ref))

    def toggle_pin(self, screen: Screen[Any], ref: RecordRef) -> None:
        key = self.key(ref)
        pinned = self.memory.toggle_pin(key)
        text = visible_line(self.memory.record_text(key) or ref.id)
        said = f"{'Pinned' if pinned else 'Unpinned'}: {text}"
        app = self.keeper.app  # the screen may be gone by the time the save is over
        self.keeper.changed(then=lambda outcome: say_pin_saved(app, said, pinned, outcome))

    def note_block(self, ref: RecordRef | None) -> Content | None:
        """The note on the record (None: the briefing), as the details show it."""
        key = self.key(ref)
        note = self.memory.note(key)
        return None if note is None else note_block(note, KIND_NAMES[key.kind])

    def edit_note(self, ref: RecordRef | None, then: Callable[[], None] | None = None) -> None:
        """Open the note editor on the record (None: the briefing); `then` after a change."""
        key = self.key(ref)
        self.look_again()  # the note as another reader may have saved it meanwhile
        note = self.memory.note(key)
        about = self.memory.record_text(key) or (note.record if note is not None else key.id)
        # As the editor opens on it: another reader may save it while this one
        # types, and this one's store read it again before the save (a trial).
        known = self.memory.note_as_kept(key)

        def write(text: str, tie: bool) -> bool:
            return self.memory.write_note(key, text, known, tie=tie) is not None

        edit_note_with(self.keeper, about, key, note, write, then)


def edit_note_with(
    keeper: Keeper,
    about: str,
    key: RecordKey,
    note: Note | None,
    write: Callable[[str, bool], bool],
    then: Callable[[], None] | None = None,
) -> None:
    """Open the note editor on `note` (None: a new one) of the record `key`, which
    reads `about`. `write` keeps the text (blank: deletes the note), tied to the
    record as it is now or not (Esc keeps a flagged note flagged), and says
    whether a note is kept; `then` runs after a change. Shared by the briefing's
    memory and the library's list of every briefing's notes."""

    def done(written: Written | None) -> None:
        if written is None:
            return
        kept = write(written.text, written.tie)
        app = keeper.app  # the editor's screen below may be gone by then
        keeper.changed(then=lambda outcome: say_note_saved(app, kept, outcome))
        if then is not None:
            then()

    def keep_at_exit(text: str) -> None:
        write(text, False)  # in the reader's last save, which follows; as Esc keeps it

    # Imported when first used: the editor's TextArea costs some 10 ms of a start.
    from briefing.screens.note_editor import NoteEditor

    editor = NoteEditor(plain(about, "italic"), KIND_NAMES[key.kind], note, keep_at_exit)
    keeper.app.push_screen(editor, done)


def say_note_saved(app: App[Any], kept: bool, outcome: SaveOutcome) -> None:
    """Say what became of a note, once its save is over: "saved" only when it is
    in the file. Otherwise it is saved again at the next change and at the end
    (a read-only folder may be made writable meanwhile), which prints it if it
    still cannot be; a file that may never be written keeps it this session only."""
    if outcome.saved:
        app.notify("Note saved." if kept else "Note deleted.", markup=False, timeout=3)
        return
    why = outcome.why or "your notes file could not be written"
    what = "Note kept" if kept else "Note deleted"
    if outcome.tried_again:
        app.notify(
            visible_line(
                f"{what}, not saved yet: {why}; saving again at the next change, "
                f"and when you quit{', which prints it if it still cannot' if kept else ''}."
            ),
            title="Not saved yet",
            severity="warning",
            markup=False,
            timeout=10,
        )
        return
    after = "quitting prints it, to copy" if kept else "your notes file still holds it"
    app.notify(
        visible_line(f"{what} in this session only: {why}; {after}."),
        title="Not saved",
        severity="warning",
        markup=False,
        timeout=10,
    )


def say_pin_saved(app: App[Any], said: str, pinned: bool, outcome: SaveOutcome) -> None:
    """Say what became of a pin, as `say_note_saved` does of a note: `said`
    ("Pinned: …") alone only once it is in the file. A pin that could not be
    saved was told "Pinned: …" all the same, where a note was "kept, not saved
    yet" (a trial); then it said "not saved yet" without why, where a note's
    notice said why (a trial of a shared desk)."""
    if outcome.saved:
        app.notify(said, markup=False, timeout=3)
        return
    what = "pin kept" if pinned else "pin removed"
    why = outcome.why or "your notes file could not be written"
    if outcome.tried_again:
        then = "saving again at the next change, and when you quit"
        prints = ", which prints it if it still cannot" if pinned else ""
        told = f"{said} — {what}, not saved yet: {why}; {then}{prints}."
        title = "Not saved yet"
    else:
        after = "quitting prints it, to copy" if pinned else "your notes file still holds it"
        told, title = f"{said} — {what} in this session only: {why}; {after}.", "Not saved"
    app.notify(visible_line(told), title=title, severity="warning", markup=False, timeout=10)


def say_moved(app: App[Any], said: str, outcome: SaveOutcome) -> None:
    """Say what a move of a pin and a note did (`said`), once its save is over,
    and if it is not in the file yet, why."""
    if outcome.saved:
        app.notify(said, markup=False, timeout=6)
        return
    why = outcome.why or "your notes file could not be written"
    then = (
        "saving again at the next change, and when you quit"
        if outcome.tried_again
        else ("kept in this session only")
    )
    app.notify(
        visible_line(f"{said} Not saved yet: {why}; {then}."),
        title="Not saved yet",
        severity="warning",
        markup=False,
        timeout=10,
    )
