"""A binding's key as the user has it, for the hints a screen writes in words.

A header that says "w: its note" said w after the user's keymap had moved the
note to n, and w did nothing (an analyst's trial). The footer and the keys
panel read the keys from the bindings; so do these hints, through here.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from briefing.screens.settings import applied_keymap

#: Keys a sentence names in words, as the docs do ("Enter: go to the record"),
#: where the footer has room for a symbol only (⏎).
_IN_WORDS = {"enter": "Enter", "escape": "Esc", "tab": "Tab", "backspace": "Backspace"}


def declared(owner: type[DOMNode], binding_id: str) -> Binding:
    """The binding of `owner`'s BINDINGS with this id (a KeyError if none: a typo)."""
    for binding in owner.BINDINGS:
        if isinstance(binding, Binding) and binding.id == binding_id:
            return binding
    raise KeyError(f"{owner.__name__} has no binding {binding_id!r}")


def key_shown(app: App[Any], owner: type[DOMNode], binding_id: str) -> str:
    """The first key of `owner`'s binding `binding_id`, as the footer shows it
    (`w`, `^n`, `*`), the user's keymap applied."""
    binding = declared(owner, binding_id)
    keys = applied_keymap(app).get(binding_id) or binding.key
    first = keys.split(",")[0].strip()
    if first in _IN_WORDS:
        return _IN_WORDS[first]
    moved = binding_id in applied_keymap(app)  # its own key_display is for its own key
    shown = None if moved else binding.key_display
    return app.get_key_display(Binding(first, binding.action, key_display=shown))


def briefing_key(app: App[Any], binding_id: str) -> str:
    """`key_shown` of a key of the briefing screen, for a screen that says what
    to press there (the pins, the summary's legend)."""
    from briefing.screens.briefing_screen import BriefingScreen  # it imports those screens

    return key_shown(app, BriefingScreen, binding_id)


def list_key(app: App[Any], action: str) -> str:
    """`key_shown` of a key every list of the reader has (`select`: Enter)."""
    from briefing.screens.record_list import RecordList

    return key_shown(app, RecordList, f"list.{action}")
