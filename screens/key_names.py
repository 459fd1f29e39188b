"""Key names as a keymap writes them: which are keys a terminal sends, and for
one that is not, why, with the key meant where that is plain ("esc" ->
"escape", "shift+1" -> "exclamation_mark", "ctrl+i" -> "tab").
"""

from __future__ import annotations

import unicodedata

from textual.keys import (
    KEY_DISPLAY_ALIASES,
    REPLACED_KEYS,
    Keys,
    key_to_character,
)

from briefing.screens.key_sending import MODIFIER_ORDER, shifted_character
from briefing.screens.textual_private import ANSI_SEQUENCES_KEYS, character_to_key

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
