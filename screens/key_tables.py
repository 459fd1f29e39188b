"""Key tables that screens share with the hints written about them.

The briefing screen's bindings and the lists' are declared here, in a module
that imports no screen, so that a hint on another screen ("* pins the record
under the cursor", "Enter: go to the record") reads the keys as the user's
keymap has them (briefing.screens.bound_keys) without importing the screen
that binds them, which imports those screens in turn.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

#: The briefing screen's own keys (briefing.screens.briefing_screen).
BRIEFING_BINDINGS: tuple[Binding, ...] = (
    # Not in the footer, to leave 80 columns room for Find and Keys: below
    # 100x30 the tabs line says "Tab: next"; wider, every pane is in sight.
    # → and ← too: the panes stand side by side, and below 100x30 as tabs on one
    # line (a reader's trial tried the arrows there); the lists use neither
    Binding("tab,right", "next_pane", "Pane", show=False, id="briefing.next_pane"),
    Binding(
        "shift+tab,left",
        "previous_pane",
        "Previous pane",
        show=False,
        id="briefing.previous_pane",
    ),
    Binding("escape", "clear_filter", "Clear", id="briefing.clear_filter"),
    Binding("backspace", "back", "Back", id="briefing.back"),
    Binding("d", "details", "Details", id="briefing.details"),
    # Not in the footer, which 80 columns cannot hold with them: the key
    # panel lists them, and the quote viewer's footer shows them.
    Binding("c", "copy", "Copy", show=False, id="briefing.copy"),
    Binding("o", "open_source", "Open source", show=False, id="briefing.open"),
    Binding("s", "summary", "Summary", id="briefing.summary"),
    Binding("b", "elsewhere", "Elsewhere", show=False, id="briefing.elsewhere"),
    Binding("e", "export", "Export", show=False, id="briefing.export"),
    Binding("f", "find", "Find", id="briefing.find"),
    # What the reader remembers: in the key panel (?), not the footer.
    Binding("asterisk", "pin", "Pin or unpin", show=False, id="briefing.pin"),
    Binding("w", "note", "Note on the record", show=False, id="briefing.note"),
    Binding("W", "briefing_note", "Note on the briefing", show=False, id="briefing.briefing_note"),
    Binding("u", "next_new", "Next new or changed", show=False, id="briefing.next_new"),
    Binding("A", "mark_seen", "Mark all seen", show=False, id="briefing.mark_seen"),
    Binding("P", "pins", "Pins and notes", show=False, id="briefing.pins"),
)


def list_keys(prefix: str, page_down: str, page_up: str) -> list[BindingType]:
    """The keys of every list of the reader (ids `prefix.down` ...), one set of
    words for them in `?`; `page_down`, `page_up`: the list's own page actions."""
    return [
        Binding("down,j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("home,g", "first", "First", show=False, id=f"{prefix}.first"),
        Binding("end,G", "last", "Last", show=False, id=f"{prefix}.last"),
        Binding("pagedown", page_down, "Page down", show=False, id=f"{prefix}.page_down"),
        Binding("pageup", page_up, "Page up", show=False, id=f"{prefix}.page_up"),
        Binding("enter", "select", "Open", id=f"{prefix}.select"),
    ]


#: The keys of the reader's record lists (briefing.screens.record_list.RecordList).
RECORD_LIST_BINDINGS = list_keys("list", "page(1)", "page(-1)")
