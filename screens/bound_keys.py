"""A binding's key as the user has it, for the hints a screen writes in words.

A header that says "w: its note" said w after the user's keymap had moved the
note to n, and w did nothing (an analyst's trial). The footer and the keys
panel read the keys from the bindings; so do these hints, through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from textual.app import App
from textual.binding import Binding, BindingType

from briefing.screens.key_tables import BRIEFING_BINDINGS, RECORD_LIST_BINDINGS

#: The keymap each app was given (Textual keeps it under a private name).
_APPLIED: WeakKeyDictionary[App[Any], Mapping[str, str]] = WeakKeyDictionary()


def remember_keymap(app: App[Any], keymap: Mapping[str, str]) -> None:
    """Keep the keymap the settings gave `app` (briefing.screens.settings), for `key_shown`."""
    _APPLIED[app] = keymap


def applied_keymap(app: App[Any]) -> Mapping[str, str]:
    """The keymap of the user's settings that `app` was given ({}: none)."""
    return _APPLIED.get(app, {})


#: Keys a sentence names in words, as the docs do ("Enter: go to the record"),
#: where the footer has room for a symbol only (⏎).
_IN_WORDS = {"enter": "Enter", "escape": "Esc", "tab": "Tab", "backspace": "Backspace"}


def declared(bindings: Iterable[BindingType], binding_id: str) -> Binding:
    """The binding of `bindings` (a class's BINDINGS) with this id (a KeyError if
    none: a typo)."""
    for binding in bindings:
        if isinstance(binding, Binding) and binding.id == binding_id:
            return binding
    raise KeyError(f"no binding {binding_id!r}")


def key_shown(app: App[Any], bindings: Iterable[BindingType], binding_id: str) -> str:
    """The first key of the binding `binding_id` of `bindings` (a class's BINDINGS),
    as the footer shows it (`w`, `^n`, `*`), the user's keymap applied."""
    binding = declared(bindings, binding_id)
    given = applied_keymap(app).get(binding_id)
    first = (given or binding.key).split(",")[0].strip()
    if first in _IN_WORDS:
        return _IN_WORDS[first]
    shown = binding.key_display if given is None else None  # its display is for its own key
    return app.get_key_display(Binding(first, binding.action, key_display=shown))


def briefing_key(app: App[Any], binding_id: str) -> str:
    """`key_shown` of a key of the briefing screen, for a screen that says what
    to press there (the pins, the summary's legend)."""
    return key_shown(app, BRIEFING_BINDINGS, binding_id)


def list_key(app: App[Any], action: str) -> str:
    """`key_shown` of a key every list of the reader has (`select`: Enter)."""
    return key_shown(app, RECORD_LIST_BINDINGS, f"list.{action}")


def with_box_key(in_list: str, in_box: str) -> str:
    """A list's key, and its `/` box's where a keymap parts them (one binding each:
    a hint named the list's while the cursor was in the box, where it typed)."""
    return in_list if in_box == in_list else f"{in_list} ({in_box} in the box)"
