"""The reader's key bindings, read from its classes: the one source for docs/keys.md
and for checking a keymap.

Every class of the reader's screens package that declares BINDINGS is found
(`binding_classes`), so a binding added anywhere is documented and can be
remapped without a list kept by hand. Where a binding acts is worked out
from the code too: an app's bindings act everywhere, a screen's on that
screen, and a widget's on the screens whose modules use it (or use a widget
whose module does).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import (
    KEY_DISPLAY_ALIASES,
    REPLACED_KEYS,
    Keys,
    key_to_character,
)
from textual.screen import Screen
from textual.widget import Widget

import briefing.screens
from briefing.files.config import KeyTaken
from briefing.screens.key_sending import MODIFIER_ORDER, shifted_character
from briefing.screens.textual_private import ANSI_SEQUENCES_KEYS, character_to_key

if TYPE_CHECKING:
    from textual.widgets import Input, TextArea

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
#: Names people write for a modifier, and Textual's name for it.
MODIFIER_SPELLINGS = {"control": "ctrl", "cmd": "super", "command": "super", "option": "alt"}
#: Textual's names of the keys that are not characters ("escape", "f5",
#: "pageup", "tab"...): the last part of each of textual.keys.Keys, without
#: Textual's own ("<any>") and "return", which no terminal's key arrives as.
KEY_NAMES = frozenset(
    name
    for name in (key.value.rpartition("+")[2] for key in Keys)
    if len(name) > 1 and name.isidentifier() and name != "return"
)
#: Other names of those keys, as people (and Textual's footer) write them.
KEY_SPELLINGS = {
    **{shown: key for key, shown in KEY_DISPLAY_ALIASES.items() if shown != key},
    "return": "enter",
    "esc": "escape",
    "page_down": "pagedown",
    "page_up": "pageup",
    "pgdown": "pagedown",
}


@dataclass(frozen=True)
class ReaderBinding:
    """One binding as a class of the reader declares it."""

    binding: Binding
    #: the class that declares it
    owner: type[DOMNode]

    @property
    def keys(self) -> list[str]:
        return [key.strip() for key in self.binding.key.split(",")]


def is_key(key: str) -> bool:
    """Whether `key` names a key as Textual reads them: "x", "X", "ctrl+x",
    "f5", "escape", "slash", "question_mark"... with any modifiers."""
    return key_problem(key) is None


def key_problem(key: str) -> str | None:
    """None when `key` names a key as Textual reads it from a terminal; else
    why it is not one (a phrase that follows the key), with the key meant
    where that is plain: `"+"` -> 'is not a key: the + key is called plus;
    write "plus"'.

    A name Textual never gives a key would be taken by Textual's keymap and
    never act: `latin_small_letter_x` (Textual calls that key "x"), `ctrl+i`
    (a terminal sends the byte of tab), `ctrl+shift+banana`.
    """
    found = _diagnosis(key)
    if found is None:
        return None
    reason, meant = found
    if meant is None:
        return reason
    if reason.endswith("did you mean"):  # a guess
        return f"{reason} {_quoted(meant)}?"
    return f"{reason}; write {_quoted(meant)}"


_NOT_A_KEY = 'is not a key (keys are written like "x", "X", "ctrl+x", "f5", "escape", "slash")'
_MODIFIERS_SAID = ", ".join(sorted(MODIFIERS))
#: Every key Textual's table names ("ctrl+@", "shift+tab"), but its own
#: ("<any>") and "return", which no terminal's key arrives as.
_TEXTUAL_KEYS = frozenset(k.value for k in Keys if not k.value.startswith("<")) - {"return"}


def _diagnosis(key: str) -> tuple[str, str | None] | None:
    """Why `key` is not a key, and the key meant if it is plain; None for a key."""
    *modifiers, name = key.split("+")
    if key == "+" or key.endswith("++"):  # "+" itself, "ctrl++"
        return "is not a key: the + key is called plus", _fixed(key[:-1] + "plus")
    if not name:
        return "is not a key: a key's name follows its modifiers", None
    respelt = [MODIFIER_SPELLINGS.get(m.lower(), m.lower()) for m in modifiers]
    if respelt != modifiers:
        meant = _fixed("+".join([*respelt, name])) if all(m in MODIFIERS for m in respelt) else None
        if meant == key.lower():
            return "is not a key: key names are lowercase", meant
        return f"is not a key: Textual names the modifiers {_MODIFIERS_SAID}", meant
    if any(m not in MODIFIERS for m in modifiers):
        return f"is not a key: Textual names the modifiers {_MODIFIERS_SAID}", None
    if len(set(modifiers)) != len(modifiers):
        once = "+".join([*dict.fromkeys(modifiers), name])
        return "is not a key: a modifier is given twice", _fixed(once)
    in_order = sorted(modifiers, key=MODIFIER_ORDER.index)
    if in_order != modifiers:  # Textual's key has them in its order: "shift+ctrl+x" never came
        return (
            f"is not a key: Textual gives the modifiers in the order {', '.join(MODIFIER_ORDER)}",
            _fixed("+".join([*in_order, name])),
        )
    if modifiers == ["shift"] and (shifted := _shift_types(name)) is not None:
        return shifted
    arrives = arrives_as(key)
    if arrives is not None:
        return (
            f"is not a key of its own: most terminals send it as {arrives} (the same "
            f"byte), so it would act as {arrives}",
            arrives,
        )
    if key in _TEXTUAL_KEYS:
        return None
    prefix = "".join(f"{m}+" for m in modifiers)
    return _name_diagnosis(name, prefix)


def _shift_types(name: str) -> tuple[str, str | None] | None:
    """Why shift and `name`, a key that types a character other than a letter,
    is not a key: a terminal sends the character shift types ("!" for shift+1),
    even one that speaks the kitty protocol (briefing.screens.key_sending)."""
    character = name if len(name) == 1 else key_to_character(REPLACED_KEYS.get(name, name))
    if (
        character is None
        or len(character) != 1
        or not character.isprintable()
        or character.isspace()
        or character.isalpha()  # said as shift+x is
    ):
        return None
    meant = shifted_character(name)
    typed = f' ("{key_to_character(meant)}" on a US keyboard)' if meant else ""
    return (
        f"is not a key of its own: a terminal sends shift and {character} as the "
        f"character shift types{typed}",
        meant,
    )


def _name_diagnosis(name: str, prefix: str) -> tuple[str, str | None] | None:
    """Why `name`, the part of a key after its modifiers (`prefix`), names no key
    Textual reads, and the key meant if it is plain."""
    if len(name) == 1:
        character = name
        if not character.isprintable() or character.isspace():
            return _NOT_A_KEY, (prefix + "space" if name == " " else None)
        if prefix and not character.isalnum():  # Textual gives "ctrl+slash", never "ctrl+/"
            return (
                "is not a key: after a modifier a character is written by its name",
                _fixed(prefix + character_to_key(character)),
            )
        if prefix == "shift+" and character.lower() != character.upper():  # cased
            return (
                "is not a key of its own: a terminal sends shift and a letter as the "
                "capital letter",
                character.upper() if len(character.upper()) == 1 else None,
            )
        if prefix and character.isupper():  # a terminal sends ctrl+S as ctrl+s
            return (
                "is not a key: after a modifier a letter is written lowercase "
                "(shift is a modifier of its own)",
                _fixed(prefix + character.lower()),
            )
    elif name in KEY_NAMES:
        return None
    else:
        character = key_to_character(REPLACED_KEYS.get(name, name)) or ""
        if not character.isprintable() or character.isspace() or len(character) != 1:
            meant = _fixed(prefix + name.lower()) if name.lower() != name else None
            if meant is not None:
                return "is not a key: key names are lowercase", meant
            guess = _meant(name)
            if guess is None:
                return _NOT_A_KEY, None
            return "is not a key; did you mean", _fixed(prefix + guess)
        if character_to_key(character) != name:
            return (
                f"is not a key: Textual calls the key {character} by another name",
                _fixed(prefix + character_to_key(character)),
            )
    if unicodedata.category(character) == "So" and unicodedata.east_asian_width(character) in (
        "W",
        "F",
    ):
        return "is not a key: it is an emoji, which no key of a keyboard types", None
    return None


def _fixed(key: str) -> str | None:
    """`key` if it is a key, else the key it plainly means, else None."""
    found = _diagnosis(key)
    return key if found is None else found[1]


def arrives_as(key: str) -> str | None:
    """The key a terminal sends for `key`, when it is another: ctrl+i -> "tab".

    Ctrl and a letter (or `[`) is sent as one control byte, which tab, enter,
    backspace and escape are too: Textual reads that byte as those keys
    (textual._ansi_sequences), so ctrl+i never arrives as itself (but in
    terminals that speak the kitty keyboard protocol).
    """
    modifier, _, name = key.partition("+")
    if modifier != "ctrl":
        return None
    character = {"left_square_bracket": "[", "left_square_brace": "["}.get(name, name)
    if len(character) != 1 or not ("a" <= character <= "z" or character == "["):
        return None
    sent = ANSI_SEQUENCES_KEYS.get(chr(ord(character.upper()) - 64))
    if not isinstance(sent, tuple) or not sent or sent[0].value.startswith("ctrl+"):
        return None
    return str(sent[0].value)


def _meant(name: str) -> str | None:
    """The key a misspelt key name means, when it is plain: "esc" -> "escape"."""
    import difflib  # only for a settings file with a mistake

    lowered = name.lower()
    if lowered in KEY_SPELLINGS:
        return KEY_SPELLINGS[lowered]
    close = difflib.get_close_matches(lowered, sorted(KEY_NAMES), n=1, cutoff=0.75)
    return close[0] if close else None


def _quoted(key: str) -> str:
    return f'"{key}"'


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
    boxes = [c for c in _classes(module) if issubclass(c, (Input, TextArea))]
    return next((c for c in boxes if not any(o is not c and issubclass(o, c) for o in boxes)), None)


def _every_box() -> list[type[Widget]]:
    """Every text box class the reader's screens use (Input, the `/` filters,
    the palette's, the note's TextArea), each once."""
    Input, TextArea = _text_boxes()
    found: dict[str, type[Widget]] = {}
    for module in reader_modules():
        for cls in _classes(module):
            if issubclass(cls, (Input, TextArea)):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def _text_boxes() -> tuple[type[Input], type[TextArea]]:
    """Textual's Input and TextArea, imported when a keymap is checked: TextArea
    costs some 10 ms of a start that shows no note editor."""
    from textual.widgets import Input, TextArea

    return Input, TextArea


def reader_modules() -> list[ModuleType]:
    """Every module of the reader's screens package, imported."""
    package = briefing.screens
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    return [importlib.import_module(f"{package.__name__}.{name}") for name in names]


@cache
def binding_classes() -> tuple[type[DOMNode], ...]:
    """The reader's classes that declare BINDINGS of their own, in module order,
    and Textual's App (its Ctrl+Q holds in the reader too)."""
    found: list[type[DOMNode]] = [App]
    for module in reader_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, DOMNode)
                and cls.__module__ == module.__name__
                and "BINDINGS" in cls.__dict__
            ):
                found.append(cls)
    return tuple(found)


@cache
def reader_bindings() -> tuple[ReaderBinding, ...]:
    """Every binding the reader's classes declare."""
    found: list[ReaderBinding] = []
    for cls in binding_classes():
        for binding in Binding.make_bindings(cls.__dict__["BINDINGS"]):
            if binding.system:
                continue  # Textual's, never shown
            # make_bindings splits "a,b" into one binding per key: join them again
            previous = found[-1] if found and found[-1].owner is cls else None
            if previous is not None and _same(previous.binding, binding):
                joined = previous.binding.with_key(f"{previous.binding.key},{binding.key}")
                found[-1] = ReaderBinding(joined, cls)
            elif previous is not None and _turns(previous.binding, binding):
                described = f"{previous.binding.description} / {binding.description}"
                found[-1] = ReaderBinding(replace(previous.binding, description=described), cls)
            else:
                found.append(ReaderBinding(binding, cls))
    return tuple(found)


def binding_ids() -> frozenset[str]:
    return frozenset(b.binding.id for b in reader_bindings() if b.binding.id)


def _same(one: Binding, other: Binding) -> bool:
    return (one.id, one.action, one.description) == (other.id, other.action, other.description)


def _turns(one: Binding, other: Binding) -> bool:
    """Whether `one` and `other` are a key that says what it does next, one
    shown at a time (the viewer's f: "Full text", then "Paragraph"): one id, one key."""
    return one.id is not None and (one.id, one.key) == (other.id, other.key)


def screen_name(cls: type[DOMNode]) -> str:
    """A screen class as people call it: BriefingScreen -> "briefing screen"."""
    name = cls.__name__.removesuffix("Screen")
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return f"{words} screen" if issubclass(cls, Screen) and words != "screen" else words


def where(cls: type[DOMNode]) -> tuple[str, ...]:
    """Where the bindings of `cls` act, for people: "everywhere" for the app's,
    the screen for a screen's, the screens that use it for a widget's."""
    if issubclass(cls, App):
        return ("everywhere",)
    if issubclass(cls, Screen):
        return (screen_name(cls),)
    return tuple(sorted(screen_name(s) for s in _screens_using(cls)))


def _screens_using(widget: type[DOMNode]) -> set[type[Screen[object]]]:
    """The reader's screens whose modules hold `widget` (or a subclass of it),
    or a widget class from a module that does, and so on."""
    modules = reader_modules()
    holding = {m.__name__ for m in modules if any(issubclass(c, widget) for c in _classes(m))}
    grew = True
    while grew:
        grew = False
        for module in modules:
            if module.__name__ not in holding and any(
                c.__module__ in holding and issubclass(c, Widget) and not issubclass(c, Screen)
                for c in _classes(module)
            ):
                holding.add(module.__name__)
                grew = True
    return {
        cls
        for module in modules
        if module.__name__ in holding
        for cls in _classes(module)
        if issubclass(cls, Screen) and cls.__module__ == module.__name__
    }


def _classes(module: ModuleType) -> list[type[DOMNode]]:
    """The Textual classes a module defines or imports."""
    return [c for _, c in inspect.getmembers(module, inspect.isclass) if issubclass(c, DOMNode)]


def keys_taken(keymap: Mapping[str, str]) -> list[KeyTaken]:
    """Each key `keymap` gives a binding that another binding acting on a same
    screen still has (by default or by the keymap): only one of them acts on
    it, the one nearer the focus. Two bindings of the same action (Textual's
    Ctrl+Q and `app.quit`) do not clash."""
    bindings = reader_bindings()
    # Each worked out once: `where` walks every module of the reader.
    places_of = {each.owner: where(each.owner) for each in bindings}
    keys_of: dict[ReaderBinding, list[str]] = {}
    for each in bindings:
        typed = keymap.get(each.binding.id or "")
        keys_of[each] = [k.strip() for k in typed.split(",")] if typed is not None else each.keys

    found: list[KeyTaken] = []
    for given in bindings:
        binding_id = given.binding.id
        if binding_id is None or binding_id not in keymap:
            continue
        places = places_of[given.owner]
        for key in keys_of[given]:
            others = []
            fixed = first = False
            replaced = True
            for other in bindings:
                if other.binding.id == binding_id or other.binding.action == given.binding.action:
                    continue
                if key in given.keys and key in other.keys and other.binding.id not in keymap:
                    continue  # theirs by default: options.down's "down" and Find's Results
                shared = _shared(places, places_of[other.owner])
                if shared and key in keys_of[other]:
                    others.append(_named(other, shared))
                    fixed = fixed or other.binding.id is None
                    first = first or other.binding.priority
                    replaced = (
                        replaced and _one_node(given, other) and other.binding.id not in keymap
                    )
            if others:
                found.append(
                    KeyTaken(
                        binding_id, key, ", ".join(others), fixed, first, replaced and not fixed
                    )
                )
    return found


def _one_node(one: ReaderBinding, other: ReaderBinding) -> bool:
    """Whether `one` and `other` are bound on the same widget or screen (a class
    and its subclass merge their bindings): a keymap giving `one` a key of
    `other`'s takes that key from `other` there (Textual's `apply_keymap`)."""
    return issubclass(one.owner, other.owner) or issubclass(other.owner, one.owner)


def _shared(one: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """Where bindings acting in places `one` and in places `other` both act."""
    if "everywhere" in one:
        return other
    if "everywhere" in other:
        return one
    return tuple(place for place in one if place in other)


def _named(other: ReaderBinding, places: tuple[str, ...]) -> str:
    """ "briefing.find (Find) on the briefing screen" """
    ident = other.binding.id or "Textual's own binding"
    what = other.binding.description or other.binding.action
    where_it_acts = "everywhere" if places == ("everywhere",) else "on the " + ", ".join(places)
    return f"{ident} ({what}) {where_it_acts}"
