"""The reader's key bindings, read from its classes: the one source for docs/keys.md
and for checking a keymap.

Every class of the reader's screens package that declares BINDINGS is found
(`binding_classes`), so a binding added anywhere is documented and can be
remapped without a list kept by hand. Where a binding acts is worked out
from the code too: an app's bindings act everywhere, a screen's on that
screen, and a widget's on the screens whose modules use it (or use a widget
whose module does). Which names are keys is briefing.screens.key_names's to
say, which keys a text box takes first briefing.screens.typed_keys's.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

import briefing.screens
from briefing.files.config import KeyTaken


@dataclass(frozen=True)
class ReaderBinding:
    """One binding as a class of the reader declares it."""

    binding: Binding
    #: the class that declares it
    owner: type[DOMNode]

    @property
    def keys(self) -> list[str]:
        return [key.strip() for key in self.binding.key.split(",")]


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
    holding = {m.__name__ for m in modules if any(issubclass(c, widget) for c in module_classes(m))}
    grew = True
    while grew:
        grew = False
        for module in modules:
            if module.__name__ not in holding and any(
                c.__module__ in holding and issubclass(c, Widget) and not issubclass(c, Screen)
                for c in module_classes(module)
            ):
                holding.add(module.__name__)
                grew = True
    return {
        cls
        for module in modules
        if module.__name__ in holding
        for cls in module_classes(module)
        if issubclass(cls, Screen) and cls.__module__ == module.__name__
    }


def module_classes(module: ModuleType) -> list[type[DOMNode]]:
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

    # per binding id and key, each other binding: where both act, and its fate.
    # A binding declared by several classes (the lists' `list.select`) is one:
    # it was warned of once for each, the same line three times (a review).
    taken: dict[tuple[str, str], dict[ReaderBinding, tuple[list[str], str]]] = {}
    for given in bindings:
        binding_id = given.binding.id
        if binding_id is None or binding_id not in keymap:
            continue
        places = places_of[given.owner]
        for key in keys_of[given]:
            others = taken.setdefault((binding_id, key), {})
            for other in bindings:
                if other.binding.id == binding_id or other.binding.action == given.binding.action:
                    continue
                if key in given.keys and key in other.keys and other.binding.id not in keymap:
                    continue  # theirs by default: options.down's "down" and Find's Results
                shared = _shared(places, places_of[other.owner])
                if shared and key in keys_of[other]:
                    where_both, _ = others.setdefault(other, ([], _fate(given, other, keymap)))
                    where_both.extend(place for place in shared if place not in where_both)
    return [
        _key_taken(binding_id, key, others) for (binding_id, key), others in taken.items() if others
    ]


def _key_taken(
    binding_id: str, key: str, others: dict[ReaderBinding, tuple[list[str], str]]
) -> KeyTaken:
    by_fate: dict[str, list[str]] = {"replaced": [], "acts_first": [], "nearer": []}
    for other, (where_both, fate) in others.items():
        by_fate[fate].append(_named(other, tuple(where_both)))
    return KeyTaken(
        binding_id,
        key,
        fixed=any(other.binding.id is None for other in others),
        first=any(other.binding.priority for other in others),
        **{fate: ", ".join(names) for fate, names in by_fate.items()},
    )


def _fate(given: ReaderBinding, other: ReaderBinding, keymap: Mapping[str, str]) -> str:
    """What becomes of a key the keymap gives `given` that `other` has too:
    "acts_first" (a priority binding acts before any); "replaced" (bound on the
    same widget or screen, a class and its subclass merging their bindings,
    Textual's `apply_keymap` takes the key from `other` there); "nearer" (the
    binding nearer the focus acts)."""
    if other.binding.priority:
        return "acts_first"
    one_node = issubclass(given.owner, other.owner) or issubclass(other.owner, given.owner)
    if one_node and other.binding.id is not None and other.binding.id not in keymap:
        return "replaced"
    return "nearer"


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
