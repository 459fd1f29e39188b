"""Keys a text box takes first: a keymap's key for a binding that acts while
you type in a box (the note editor's Done, Find's Back, the filter's Clear)
must be one the box leaves alone, and one for a binding that acts before
every box (the palette, suspend) must not be a key the boxes type.
"""

from __future__ import annotations

import inspect
from functools import cache
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import key_to_character
from textual.widget import Widget

from briefing.screens.keys import module_classes, reader_bindings, reader_modules
from briefing.screens.textual_private import character_to_key

if TYPE_CHECKING:
    from textual.widgets import Input, TextArea


#: The bindings that act while the user types in a text box, by id, and the
#: box as people call it: a key the box takes first (a character it types, a
#: key of its own) never reaches them, and a user who gave note.done "q"
#: could not leave the note editor (a trial). The keys of a text box itself
#: (the `/` filters' Esc) are found without this list; it names their box.
TYPED_IN = {
    "note.done": "the note's text box",
    "note.save": "the note's text box",
    "search.back": "Find's box",
    "search.results": "Find's box",
    "search.up": "Find's box",
    "filter.clear": "the filter box",
}
#: What Textual's TextArea inserts for keys that are not characters
#: (TextArea._on_key; its check_consume_key does not say so for Enter).
TEXT_AREA_INSERTS = frozenset({"enter"})
#: Every text box of the reader, as people call them, for an app's binding that
#: acts first (priority) wherever the focus is: app.palette given "p" took the
#: p of `/pu` and opened the palette, app.suspend given "z" stopped the reader
#: at `/kaz` (a power user's trial). Textual leaves a box the keys it types
#: only as the bindings declare them, before a keymap moves them.
EVERY_BOX = "the reader's text boxes (the / filter, Find's box, a note)"


def typed_problem(binding_id: str, key: str) -> str | None:
    """Why `key` cannot act for `binding_id`, a binding that acts while a text box
    has the focus, because the box takes it first: None when it can. Or, for a
    binding that acts before the box (priority: the app's palette and suspend),
    why the box could no longer type it, or edit with it (Enter, Backspace).

    A phrase that follows the key, as `key_problem`'s: "is typed into the
    note's text box ...".
    """
    for box, name, binding in _typing_boxes(binding_id):
        if binding.priority and key in [k.strip() for k in binding.key.split(",")]:
            continue  # its own default (app.suspend's Ctrl+Z, the note's Undo): as it was
        taken = _taken_by(box, key, binding_id)
        what = f'"{binding.description or binding_id}"'
        if taken == "":
            if binding.priority:  # acting first, it would take the character from the box
                return f"is typed into {name}: given to {what}, it could no longer be typed there"
            return f"is typed into {name}, which takes it first: it would never act as {what}"
        if taken is not None:
            if name == EVERY_BOX and "+" in key:
                continue  # a shortcut of the boxes' (Ctrl+K) given up, not typing: allowed
            if binding.priority:
                return (
                    f"is a key of {name} while you type there ({taken}): given to {what}, "
                    "it would no longer do that there"
                )
            return (
                f"is a key of {name} while you type there ({taken}), which it takes first: "
                f"it would never act as {what}"
            )
    return None


def _taken_by(box: Widget, key: str, binding_id: str) -> str | None:
    """ "" when `box` types `key`; what it does with it when it is one of its own
    keys ("Delete character left"); None when the box leaves it alone."""
    Input, TextArea = _text_boxes()
    name = character_to_key(key) if len(key) == 1 else key
    character = key if len(key) == 1 else key_to_character(name)
    if box.check_consume_key(name, character):
        return ""
    if isinstance(box, TextArea) and name in TEXT_AREA_INSERTS and not box.read_only:
        return ""
    # Its own keys and Input's or TextArea's, not the scrolling keys they inherit
    # from Widget, which let the key go on when there is nothing to scroll.
    for cls in (c for c in type(box).__mro__ if issubclass(c, (Input, TextArea))):
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.key == name and binding.id != binding_id:
                return binding.description or binding.action
    return None


@cache
def _typing_boxes(binding_id: str) -> tuple[tuple[Widget, str, Binding], ...]:
    """The text boxes `binding_id` acts in while they have the focus, each with
    its name and the binding: its own class's box, or the box of a screen
    named in TYPED_IN (the Input or TextArea of the screen's module)."""
    Input, TextArea = _text_boxes()
    found: list[tuple[Widget, str, Binding]] = []
    for each in reader_bindings():
        if each.binding.id != binding_id:
            continue
        owner = each.owner
        if issubclass(owner, App) and each.binding.priority:
            found.extend((box(), EVERY_BOX, each.binding) for box in _every_box())
            continue
        if issubclass(owner, (Input, TextArea)):
            box_class: type[DOMNode] | None = owner
        elif binding_id in TYPED_IN:
            box_class = _box_of(owner)
        else:
            continue
        if box_class is not None and issubclass(box_class, Widget):
            name = TYPED_IN.get(binding_id, "the text box")
            found.append((box_class(), name, each.binding))
    return tuple(found)


def _box_of(screen: type[DOMNode]) -> type[DOMNode] | None:
    """The text box of a screen: the Input or TextArea class its module uses
    (the most derived: the note editor's NoteArea, not TextArea)."""
    Input, TextArea = _text_boxes()
    module = inspect.getmodule(screen)
    if module is None:
        return None
    boxes = [c for c in module_classes(module) if issubclass(c, (Input, TextArea))]
    return next((c for c in boxes if not any(o is not c and issubclass(o, c) for o in boxes)), None)


def _every_box() -> list[type[Widget]]:
    """Every text box class the reader's screens use (Input, the `/` filters,
    the palette's, the note's TextArea), each once."""
    Input, TextArea = _text_boxes()
    found: dict[str, type[Widget]] = {}
    for module in reader_modules():
        for cls in module_classes(module):
            if issubclass(cls, (Input, TextArea)):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def _text_boxes() -> tuple[type[Input], type[TextArea]]:
    """Textual's Input and TextArea, imported when a keymap is checked: TextArea
    costs some 10 ms of a start that shows no note editor."""
    from textual.widgets import Input, TextArea

    return Input, TextArea
