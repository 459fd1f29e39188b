"""The note editor: a few lines of the user's own, on a record or on the briefing.

Textual's TextArea in a modal screen, over the record it is about. Esc (or
Ctrl+S) keeps what was typed: nothing typed is lost by leaving. A note made
empty is deleted. When the record changed since the note was written, or is
no longer in the briefing, the editor says so and shows the record as it
read then. Only Ctrl+S ties the note to the record as it is now: Esc keeps
what was typed and the flag, with the wording the note was written about
(its hint says Esc "keeps it", and an edit left with Esc threw that wording
away: a trial of a shared desk). Esc with nothing typed writes nothing:
whoever came in by surprise leaves without a trace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from briefing.records.text import needs_marks, visible
from briefing.screens.bound_keys import key_shown
from briefing.screens.footer import KeysFooter
from briefing.screens.safe import join, plain
from briefing.screens.sharing import key_of
from briefing.userdata.reading import Note, Standing

#: Characters that print nothing of their own but change the text beside them:
#: the joiners (an emoji family, Persian and Indic words), the direction marks
#: and the soft hyphen.
KEPT_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\u061c\u00ad")


class NoteArea(TextArea):
    """Textual's TextArea, keeping the invisible characters typed into it.

    A terminal sends what an input method (or a paste without bracketed
    paste) commits one key at a time, and the TextArea drops every key it
    takes for unprintable. Handled here, before the TextArea's own handler,
    each is put in where it came, in its place among the keys around it.
    """

    def on_key(self, event: events.Key) -> None:
        if event.character in KEPT_INVISIBLE and not self.read_only:
            event.stop()
            event.prevent_default()
            self.insert(event.character)

    def action_copy(self) -> None:
        """Ctrl+C copies what is selected, as in any text box; with nothing
        selected it said nothing, where everywhere else it quits (an
        analyst's trial took the reader for stuck)."""
        if self.selected_text:
            super().action_copy()
            return
        close = key_shown(self.app, NoteEditor.BINDINGS, "note.done")
        self.notify(
            f"Nothing is selected to copy. To quit, close the note first: {close} keeps it.",
            markup=False,
            timeout=4,
        )


@dataclass(frozen=True)
class Written:
    """What the editor was left with: the note's text (empty: delete it), and
    whether it is tied to the record as it is now (Ctrl+S) or stays tied to the
    record as it read when the note was written, flag and all (Esc)."""

    text: str
    tie: bool


class NoteEditor(ModalScreen[Written | None]):
    """Dismisses with what was written, or None when nothing is to be written."""

    CSS_PATH = "note_editor.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Keep and close", id="note.done"),
        Binding("ctrl+s", "save", "Save", id="note.save"),
    ]

    def __init__(
        self,
        about: Content,
        kind_name: str,
        note: Note | None,
        keep_at_exit: Callable[[str], None] | None = None,
    ) -> None:
        """`about`: the record as it is now (or as it last read), in a line or two.

        `keep_at_exit`: given the text typed when the reader ends with the
        editor open (a signal, the terminal closed), before the last save.
        """
        super().__init__()
        self.about = about
        self.kind_name = kind_name
        self.note = note
        self.keep_at_exit = keep_at_exit
        text = note.text if note is not None else ""
        #: the text as it was: dismissing with it unchanged writes nothing
        self.before = visible(text) if needs_marks(text) else text
        #: the text as typed so far (the TextArea is gone by the time the screen is)
        self.typed = self.before
        self.closed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(plain(f"Your note on the {self.kind_name}", "bold"), id="note-title")
            yield Static(self.about, id="note-about")
            warning = self._warning()
            if warning is not None:
                yield Static(warning, id="note-warning")
            yield NoteArea(self.before, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(plain(self._hint("Esc", "Ctrl+S"), "dim"), id="note-hint")
        yield KeysFooter()

    def _warning(self) -> Content | None:
        note = self.note
        if note is None or note.standing is Standing.CURRENT:
            return None
        what = (
            "changed since this note was written"
            if note.standing is Standing.CHANGED
            else "is no longer in the briefing"
        )
        return join(
            plain(f"! The {self.kind_name} {what}. It read: ", "bold $text-warning"),
            plain(note.record, "italic"),
        )

    def _hint(self, done: str, save: str) -> str:
        """What the keys do, `done` and `save` said as the keys of note.done and note.save."""
        if self.note is None or self.note.standing is Standing.CURRENT:
            return f"{done} keeps it and closes · a note left empty is deleted"
        return (
            f"{done} keeps it, flagged still, and closes · a note left empty is deleted · "
            f"{save} ties it to the {self.kind_name} as it is now"
        )

    def on_mount(self) -> None:
        # The keys as a keymap gives them: "Esc keeps it" with Esc moved to F2
        # sent the user to a key that did nothing.
        done, save = key_of(self, "done"), key_of(self, "save")
        if (done, save) != ("esc", "^s"):
            self.query_one("#note-hint", Static).update(
                plain(self._hint(_said(done or "esc"), _said(save or "^s")), "dim")
            )
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.typed = event.text_area.text

    def action_done(self) -> None:
        """Esc: what was typed is kept, a flagged note flagged still; nothing
        typed, nothing is written."""
        text = self.query_one(TextArea).text
        self.closed = True
        self.dismiss(None if text == self.before else Written(text, tie=False))

    def action_save(self) -> None:
        """Ctrl+S: kept as Esc keeps it, and a flagged note tied to the record as it is now."""
        text = self.query_one(TextArea).text
        current = self.note is None or self.note.standing is Standing.CURRENT
        self.closed = True
        self.dismiss(None if text == self.before and current else Written(text, tie=True))

    def on_unmount(self) -> None:
        """The reader ends with the editor open: what was typed is kept all the same."""
        self.keep_typed()

    def keep_typed(self) -> None:
        """What was typed, kept as the reader ends (once: the editor is closed by it).

        Read from the box while it is there: the last Changed message may still
        be waiting, behind the key that stopped the reader (a review)."""
        areas = self.query(TextArea)
        typed = areas.first().text if areas else self.typed
        if not self.closed and typed != self.before and self.keep_at_exit is not None:
            self.closed = True
            self.keep_at_exit(typed)


def _said(key: str) -> str:
    """A key as the footer shows it ("esc", "f2", "^s") as a sentence says it."""
    if key.startswith("^"):
        return "Ctrl+" + key[1:].upper()
    return key[:1].upper() + key[1:]
