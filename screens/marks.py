"""How the reader's memory looks on screen: a record's marks, the header's counts, a note.

A row carries, at its right end, what the reader remembers of its record:

    +  new since the briefing was last opened      Δ  changed by its author since
    ★  pinned                                      ✎  has a note (✎! : its record
                                                      changed since the note)

Each mark is one cell and has a meaning without its colour (NO_COLOR).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from textual.content import Content

from briefing.records.refs import Kind
from briefing.records.text import visible
from briefing.screens.cells import truncate
from briefing.screens.safe import join, plain
from briefing.userdata.reading import BriefingMemory, Mark, Note, Standing

# Δ, not ~: a date shows ~ for "approximate" (`~7 Feb 2022`), and a changed
# event's ~ beside its sources read as "an approximate source" (a user's trial).
NEW, CHANGED, PINNED, NOTED, FLAGGED = "+", "Δ", "★", "✎", "!"
MARK_STYLES = {
    Mark.NEW: (NEW, "bold $text-success"),
    Mark.CHANGED: (CHANGED, "bold $text-warning"),
}
PIN_STYLE = "bold $text-accent"
#: What the details and the viewer say of a record that was new or changed when
#: they opened on it (its row's mark goes as they show it: a trial saw a Δ go
#: with no word of what it had meant).
WAS_MARKED = {
    Mark.NEW: "new since you last opened the briefing",
    Mark.CHANGED: "changed by its author since you last saw it (its earlier wording is not kept)",
}
#: The same, in the viewer's position line.
WAS_SHORT = {Mark.NEW: "new", Mark.CHANGED: "changed since you last saw it"}
NOTE_STYLE = "$text-primary"
#: What each mark means, for the summary's legend, with the keys of the
#: briefing screen's bindings named by id (`legend` says them as the user has them).
LEGEND = (
    (
        NEW,
        "new since the briefing was last opened ({next_new}: the next one; {mark_seen}: all seen)",
    ),
    (CHANGED, "changed by its author since you saw it"),
    (PINNED, "pinned ({pin} pins and unpins; {pins} lists the pins)"),
    (
        NOTED,
        "has a note ({note}; {briefing_note}: on the briefing); "
        "✎! the record changed since the note",
    ),
)


def legend(key: Callable[[str], str]) -> list[tuple[str, str]]:
    """LEGEND, each key said by `key` (a binding id's last part to the key shown):
    the names are read from LEGEND's own fields, not listed again beside it."""
    return [(mark, meaning.format_map(_Keys(key))) for mark, meaning in LEGEND]


class _Keys(dict[str, str]):
    """Each field of a meaning, as `key` says it, asked when the meaning names it."""

    def __init__(self, key: Callable[[str], str]) -> None:
        super().__init__()
        self._key = key

    def __missing__(self, name: str) -> str:
        self[name] = self._key(name)
        return self[name]


#: What a kind of record is called in a note's heading.
KIND_NAMES = {Kind.ACTOR: "actor", Kind.EVENT: "event", Kind.QUOTE: "quote", "briefing": "briefing"}


def row_marks(memory: BriefingMemory, kind: Kind) -> dict[str, Content]:
    """The marks of every record of `kind` that has one, by id.

    Every record of a x1000 briefing the author rewrote is marked changed
    (74,000): a Content made for each took two seconds at each return from
    the details or the viewer. The few combinations are made once, and shared.
    """
    marks = memory.marks(kind)
    pinned = memory.pinned_ids(kind)
    noted = memory.noted_ids(kind)
    found = {record_id: _combined(mark, False, None) for record_id, mark in marks.items()}
    for record_id in pinned.union(noted):  # a few, where the marks may be thousands
        mark, standing = marks.get(record_id), noted.get(record_id)
        found[record_id] = _combined(mark, record_id in pinned, standing)
    return found


@cache
def _combined(mark: Mark | None, pinned: bool, standing: Standing | None) -> Content:
    """A row's marks: new or changed, pinned, noted (flagged when its record changed)."""
    parts: list[Content] = []
    if mark is not None:
        parts.append(plain(*MARK_STYLES[mark]))
    if pinned:
        parts.append(plain(PINNED, PIN_STYLE))
    if standing is not None:
        parts.append(plain(NOTED, NOTE_STYLE))
        if standing is not Standing.CURRENT:
            parts.append(plain(FLAGGED, "bold $text-warning"))
    return join(*parts)


def with_mark(line: Content, mark: Content | None, width: int) -> Content:
    """`line` (cut if need be) with `mark` at the right end of `width` cells."""
    if mark is None or width < mark.cell_length + 4:
        return line
    room = width - mark.cell_length - 1
    line = truncate(line, room)
    return join(line, " " * (width - line.cell_length - mark.cell_length), mark)


def header_counts(memory: BriefingMemory) -> Content | None:
    """`+2 new · ~1 changed · ★3 · ✎1 · 2 gone `: what the header says of the
    reader's memory. The pins and notes of records no longer in the briefing
    are counted apart, as "gone": counted with the others, ★13 stood for 9 pins
    to be found on screen (a trial of a shared desk); P lists them."""
    new, changed = memory.counts()
    all_pins, all_notes = memory.pins(), memory.notes()
    pins = sum(1 for pin in all_pins if pin.standing is not Standing.REMOVED)
    notes = sum(1 for note in all_notes if note.standing is not Standing.REMOVED)
    gone = len(
        {pin.key for pin in all_pins if pin.standing is Standing.REMOVED}
        | {note.key for note in all_notes if note.standing is Standing.REMOVED}
    )
    parts: list[Content] = []
    if new:
        parts.append(plain(f"{NEW}{new} new", "bold $text-success"))
    if changed:
        parts.append(plain(f"{CHANGED}{changed} changed", "bold $text-warning"))
    if pins:
        parts.append(plain(f"{PINNED}{pins}", PIN_STYLE))
    if notes:
        parts.append(plain(f"{NOTED}{notes}", NOTE_STYLE))
    if gone:
        parts.append(plain(f"{gone} gone", "$text-warning"))
    if not parts:
        return None
    return join(join(*parts, separator=" · "), plain(" │ ", "dim"))


def note_block(note: Note, kind_name: str) -> Content:
    """A note as the details and the quote viewer show it: a heading, then its text.

    When the record changed since the note, or is gone, the heading says
    so and gives the record as it read then.
    """
    heading = [plain(f"{NOTED} Your note", "bold"), plain(f" · {note.written[:10]}", "dim")]
    if note.standing is Standing.CHANGED:
        heading.append(
            plain(f"\n  ! the {kind_name} changed since this note; it read: ", "$text-warning")
        )
        heading.append(plain(note.record, "italic"))
    elif note.standing is Standing.REMOVED:
        heading.append(
            plain(f"\n  ! the {kind_name} is no longer in the briefing; it read: ", "$text-warning")
        )
        heading.append(plain(note.record, "italic"))
    return join(*heading, plain("\n" + visible(note.text)))


def was_marked_line(mark: Mark | None) -> Content | None:
    """`Δ changed by its author since you last saw it ...`; None for no mark."""
    if mark is None:
        return None
    symbol, style = MARK_STYLES[mark]
    return join(plain(f"{symbol} ", style), plain(WAS_MARKED[mark], "italic"))
