"""Which keys a terminal can send the reader, for the keymap's checks.

Textual reads a key as the terminal sends it. Most terminals (xterm, GNOME
Terminal and every VTE one, Konsole, tmux, screen, Windows Terminal) send a
character as itself, Ctrl and a letter as one control byte, and the arrows,
Home, End, Insert, Delete, the pages and the F keys with Shift, Alt and Ctrl
in xterm's way (CSI 1;5A is Ctrl+Up); nothing else. So a keymap's
`shift+1`, `ctrl+shift+d`, `super+f`, `ctrl+enter` were accepted and never
acted there (a power user's trial).

Terminals that speak the kitty keyboard protocol (kitty, WezTerm, foot,
Ghostty, iTerm2, Alacritty), which Textual asks for, do send those but
`shift+1`: they are accepted with a warning that most terminals never send
them. `shift+1` arrives from every terminal as the character Shift types
("!"), as `shift+a` does as "A" (textual._xterm_parser leaves Shift out of a
key that types a character): it is refused, as `shift+a` is.
"""

from __future__ import annotations

from functools import cache

from briefing.screens.textual_private import ANSI_SEQUENCES_KEYS, character_to_key

#: The keys xterm sends with any of Shift, Alt and Ctrl (CSI 1;5A, CSI 15;2~).
FUNCTION_KEYS = frozenset(
    {"up", "down", "left", "right", "home", "end", "insert", "delete", "pageup", "pagedown"}
    | {f"f{n}" for n in range(1, 25)}
)
#: Where the kitty keyboard protocol is spoken, for the messages.
KITTY_TERMINALS = "kitty, WezTerm, foot, Ghostty, iTerm2, Alacritty"
#: What Shift types on a US keyboard, for the key meant by `shift+1`.
US_SHIFTED = dict(zip("1234567890-=[]\\;',./`", '!@#$%^&*()_+{}|:"<>?~', strict=True))
#: Textual's order of a key's modifiers (sorted: textual._xterm_parser).
MODIFIER_ORDER = ("alt", "ctrl", "hyper", "meta", "shift", "super")
#: What most terminals send for a key they cannot send, where it is not just
#: the key without its modifiers.
_SENT_INSTEAD = {"ctrl+space": "ctrl+@"}


@cache
def _one_byte_keys() -> frozenset[str]:
    """The keys a terminal sends as one byte (Ctrl and a letter, Tab, Enter...),
    and Shift+Tab (CSI Z)."""
    found = {"shift+tab"}
    for sequence, keys in ANSI_SEQUENCES_KEYS.items():
        if len(sequence) == 1 and isinstance(keys, tuple):
            found.update(str(key.value) for key in keys)
    return frozenset(found)


def any_terminal_sends(key: str) -> bool:
    """Whether a terminal without the kitty keyboard protocol can send `key`
    (a key, as `briefing.screens.key_names.key_problem` accepts it)."""
    *modifiers, name = key.split("+")
    if not modifiers:
        return True
    if name in FUNCTION_KEYS:
        return set(modifiers) <= {"alt", "ctrl", "shift"}
    if key in _one_byte_keys():
        return True
    # Esc and a letter: Alt and the letter (Alt+Shift+x, for Alt and X)
    return modifiers in (["alt"], ["alt", "shift"]) and len(name) == 1 and name.isalpha()


def sent_instead(key: str) -> str | None:
    """What most terminals send when `key` is pressed, if they send a key the
    reader reads: its modifiers they cannot send left out."""
    if key in _SENT_INSTEAD:
        return _SENT_INSTEAD[key]
    *modifiers, name = key.split("+")
    if any(m in ("super", "hyper", "meta") for m in modifiers):
        return None  # kept by the system or the terminal: nothing arrives
    for dropped in (("shift",), ("ctrl",), ("alt",), ("shift", "ctrl"), ("shift", "ctrl", "alt")):
        kept = [m for m in modifiers if m not in dropped]
        if kept != modifiers:
            candidate = "+".join([*kept, name])
            if any_terminal_sends(candidate):
                return candidate
    return None


def unsent_problem(key: str) -> str | None:
    """None when a terminal of any kind sends `key`; else a phrase, following the
    key, saying that most never send it and what to use."""
    if any_terminal_sends(key):
        return None
    modifiers = key.split("+")[:-1]
    rare = [m for m in modifiers if m in ("super", "hyper", "meta")]
    instead = sent_instead(key)
    if rare:
        why = f"most terminals never send the {rare[0]} modifier"
    elif instead is not None:
        why = f'most terminals send it as "{instead}"'
    else:
        why = "most terminals cannot send it"
    return (
        f"may never reach the reader: {why}; only those that speak the kitty keyboard "
        f"protocol ({KITTY_TERMINALS}) send it; a letter, Ctrl and a letter, or an F key "
        "reaches it from any terminal"
    )


def shifted_character(name: str) -> str | None:
    """The key meant by Shift and the character key `name` ("1" -> "exclamation_mark"),
    on a US keyboard; None when the key types no character of its own."""
    character = name if len(name) == 1 else None
    if character is None:
        for typed, key_name in ((c, character_to_key(c)) for c in US_SHIFTED):
            if key_name == name:
                character = typed
                break
    if character is None or character not in US_SHIFTED:
        return None
    return character_to_key(US_SHIFTED[character])
