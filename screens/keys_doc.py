"""docs/keys.md, written from the bindings themselves: `python -m briefing.screens.keys_doc`.

A test compares the file with what this prints, so a binding added, removed
or given another key anywhere in the reader cannot go undocumented.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.keys import format_key

from briefing.screens.keys import ReaderBinding, reader_bindings, screen_name, where

INTRO = """\
# Keys

Every key the reader binds, where it acts, and the id to remap it by.
Generated from the bindings themselves by `python -m briefing.screens.keys_doc >
docs/keys.md`; a test keeps this file current. Press `?` in the reader to see
the keys that act where you are. Textual's own keys of the views it scrolls
(↑ ↓ ← →, Home, End, PgUp, PgDn: `?` lists them where they act) and of its
text boxes (moving and editing in the text) are not in the tables below, and
have no id to remap them by.

## Remapping keys

Write the binding's id and its new key (or keys) in the `[keys]` table of the
settings file, `config.toml` in briefing's config folder (`~/.config/briefing/`
on Linux, `~/Library/Application Support/briefing/` on macOS; the environment
variable `BRIEFING_CONFIG_DIR` names another folder). The same file keeps the
theme chosen in the command palette (Ctrl+P, then "Theme").

```toml
theme = "nord"

[keys]
"app.quit" = "ctrl+q"           # one key
"pane.filter" = ["slash", "F"]  # several keys: a list, or "slash,F"
```

Keys are written as Textual names them, in lowercase but for a capital
letter: `x`, `X` (shift+x), `ctrl+x`, `f5`, `escape`, `enter`, `tab`, `space`,
`backspace`, `up`, `pagedown`, `slash`, `question_mark`, `plus`; after a
modifier a character goes by its name (`ctrl+slash`). `ctrl+i`, `ctrl+m`,
`ctrl+h` and `ctrl+[` are not keys of their own: most terminals send them as
tab, enter, backspace and escape; nor is shift and a key that types a
character, which arrives as the character (`exclamation_mark`, not
`shift+1`); modifiers go in Textual's order (`ctrl+shift+d`, not
`shift+ctrl+d`). Most terminals send only characters, Ctrl and a letter, and
the arrows, pages, `home`, `end`, `insert`, `delete` and F keys with shift,
alt or ctrl: a key beyond those (`ctrl+shift+d`, `ctrl+enter`, `super+f`)
applies with a warning (`warning[config-key-unsent]`), since only a terminal
that speaks the kitty keyboard protocol (kitty, WezTerm, foot, Ghostty,
iTerm2, Alacritty) sends it. A mapping replaces the binding's keys. An
id that does not exist, a key that is not one, or a file that is not valid
TOML is reported (`config.toml:LINE:COL: ...`, in the reader and on the
terminal, with the key meant where it is plain) and the default keys stay.
So is a key a text box types or uses itself (a character, `space`, `enter`
in a note, `backspace`) given to a binding that acts while you type in it
(`note.*`, `filter.clear`, `search.*`): the box would take it first; and
given to one that acts before any text box (`app.palette`, `app.suspend`):
no box could type it, or edit with it, any more (a shortcut of the boxes',
such as `ctrl+k`, may go to them).
A key given to a binding while another binding of the same screen still has
it is applied, and a warning names both (`warning[config-key-taken]`): bound
by the same widget or screen, the one given the key acts on it and the other
no longer does; bound by a pane and by its screen, the pane's acts while it
has the focus; a key of `app.palette` or `app.suspend`, which act before any
other, never acts for another binding. Give one of them a key of its own.
A binding without an id (—) cannot be remapped.

The boxes over a briefing (the summary, the problems `!`, the export choice,
the palette) take none of the app's keys: they bind Quit, Keys and Ctrl+C
again under ids of their own (`summary.quit`, `problems.interrupt`...), which
follow `app.quit`, `app.help` and `app.interrupt` in a keymap unless given
keys of their own. So Ctrl+C quits from every screen but the note editor,
where it copies what is selected, or says how to close the note first (a
note being written is never lost to it); in any text box with a selection,
it copies the selection.
"""


def _keys(binding: ReaderBinding) -> str:
    shown = []
    for key in binding.keys:
        display = format_key(key.split("+")[-1])
        prefix = key.rpartition("+")[0]
        symbol = f"{prefix}+{display}" if prefix else display
        shown.append(f"`{key}`" + (f" ({_cell(symbol)})" if symbol != key else ""))
    return ", ".join(shown)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _row(binding: ReaderBinding, where_from: str) -> str:
    ident = f"`{binding.binding.id}`" if binding.binding.id else "—"
    description = _cell(binding.binding.description or binding.binding.action)
    return f"| {ident} | {_keys(binding)} | {description} | {where_from} |"


def _sections() -> Iterator[tuple[str, list[str]]]:
    """(title, table rows) for "everywhere" and then each screen."""
    by_place: dict[str, list[ReaderBinding]] = {}
    for binding in reader_bindings():
        for place in where(binding.owner):
            by_place.setdefault(place, []).append(binding)
    rows = {
        place: [_row(b, _bound_by(b)) for b in _acting(found)] for place, found in by_place.items()
    }
    if "everywhere" in rows:
        yield "Everywhere", rows.pop("everywhere")
    for place in sorted(rows):
        yield place[0].upper() + place[1:], rows[place]


def _bound_by(binding: ReaderBinding) -> str:
    owner = binding.owner
    places = where(owner)
    if owner.__module__.startswith("textual."):
        return "Textual"
    if places == ("everywhere",):
        return "the app"
    if places == (screen_name(owner),):
        return "the screen"
    return screen_name(owner)


def _acting(bindings: list[ReaderBinding]) -> list[ReaderBinding]:
    """`bindings` of one place, without those a subclass there binds every key of
    (the export dialog's format list: Enter exports, it does not open)."""
    return [
        binding
        for binding in bindings
        if not any(
            other.owner is not binding.owner
            and issubclass(other.owner, binding.owner)
            and set(binding.keys) <= set(other.keys)
            for other in bindings
        )
    ]


def markdown() -> str:
    """The text of docs/keys.md."""
    lines = [INTRO]
    for title, rows in _sections():
        lines += [f"## {title}", "", "| id | keys | does | bound by |", "|---|---|---|---|"]
        lines += rows
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
