"""What could not be saved, said in full once the reader has given the terminal back.

When the notes file cannot be written (a read-only folder, a file that is
not briefing's, a disk that is full), the reader keeps pins and notes in
memory until it ends. Saying then only "3 changes could not be saved" lost
the text of every note (a new user's trial). So the notes and pins left are
printed, each with the record it belongs to and, for a note, its whole
text, for the user to copy; reading marks and removals are only counted: a
long walk through the quotes would bury the notes under hundreds of lines.

Printing is the fallback, not another file: it needs no folder that can be
written (the very thing that failed), and it cannot fail without the user
seeing it. Every line is made visible (briefing.records.text): the records'
text is content, and a note may hold anything that was pasted into it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.records.text import counted, visible, visible_line
from briefing.userdata.keys import BRIEFING, RecordKey
from briefing.userdata.store import Change
from briefing.userdata.storefile import NOTES, PINS, Document, written_at


@dataclass
class Unsaved:
    """The changes left out of the notes file, sorted by what the user loses."""

    #: notes written or changed, by their record's key
    notes: list[tuple[str, Document]] = field(default_factory=list)
    #: records pinned
    pins: list[tuple[str, Document]] = field(default_factory=list)
    #: notes deleted and records unpinned (the file keeps them as they were)
    removals: int = 0
    #: records seen, briefings opened
    marks: int = 0

    @classmethod
    def of(cls, changes: Iterable[Change]) -> Unsaved:
        """The last change of each document (a note typed twice is one note)."""
        last: dict[tuple[str, str], Document | None] = {}
        for table, key, document in changes:
            last.pop((table, key), None)  # in the order of its last change
            last[(table, key)] = document
        found = cls()
        for (table, key), document in last.items():
            if table not in (NOTES, PINS):
                found.marks += 1
            elif document is None:
                found.removals += 1
            else:  # listed even under a key of another shape: the text is the user's
                (found.notes if table == NOTES else found.pins).append((key, document))
        return found

    def __bool__(self) -> bool:
        return bool(self.notes or self.pins or self.removals or self.marks)

    def summary(self) -> str:
        """`1 note, 1 pin and 3 reading marks` ("nothing" when there is none)."""
        parts = []
        if self.notes:
            parts.append(counted(len(self.notes), "note"))
        if self.pins:
            parts.append(counted(len(self.pins), "pin"))
        if self.removals:
            parts.append(counted(self.removals, "note or pin removed", "notes or pins removed"))
        if self.marks:
            parts.append(counted(self.marks, "reading mark"))
        if len(parts) < 2:
            return parts[0] if parts else "nothing"
        return f"{', '.join(parts[:-1])} and {parts[-1]}"

    def what_follows(self) -> str:
        """`is the note`, `are the 2 notes and the pin`: what `listing` shows."""
        shown = [
            f"the {noun}" if len(found) == 1 else f"the {len(found)} {noun}s"
            for noun, found in (("note", self.notes), ("pin", self.pins))
            if found
        ]
        verb = "is" if len(self.notes) + len(self.pins) == 1 else "are"
        return f"{verb} {' and '.join(shown)}"

    def listing(self) -> list[str]:
        """The notes and pins in full, one terminal line each, every character visible."""
        lines: list[str] = []
        for key, note in self.notes:
            written = written_at(note.get("written")) or "in this session"
            lines += ["", f"Note on {_named(key, note)}, written {visible_line(written)}:"]
            text = str(note.get("text", "")).replace("\r\n", "\n")
            lines += [visible(line) for line in text.split("\n")]
        if self.pins:
            lines.append("")
        for key, pin in self.pins:
            lines.append(f"Pinned: {_named(key, pin)}")
        return lines


def _named(key: str, document: Document) -> str:
    """`the quote q1 of briefing b (“the words” — who)`, on one visible line."""
    parsed = RecordKey.parse(key)
    if parsed is None:
        what = f"the record {key}"
    elif parsed.kind == BRIEFING:
        what = f"the briefing {parsed.briefing}"
    else:
        what = f"the {parsed.kind} {parsed.id} of briefing {parsed.briefing}"
    record = str(document.get("record") or "")
    return visible_line(f"{what} ({record})" if record else what)
